using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace EcoGov.Data.Migrations
{
    /// <inheritdoc />
    public partial class LayerFieldMapping : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "FieldMappingJson",
                table: "zoning_layer_versions",
                type: "TEXT",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "FieldMappingJson",
                table: "zoning_layer_versions");
        }
    }
}
