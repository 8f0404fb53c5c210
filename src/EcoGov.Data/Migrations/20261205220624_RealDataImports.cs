using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace EcoGov.Data.Migrations
{
    /// <inheritdoc />
    public partial class RealDataImports : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "FieldMappingJson",
                table: "zoning_layer_versions",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "City",
                table: "monitoring_stations",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<double>(
                name: "Latitude",
                table: "monitoring_stations",
                type: "REAL",
                nullable: true);

            migrationBuilder.AddColumn<double>(
                name: "Longitude",
                table: "monitoring_stations",
                type: "REAL",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "FieldMappingJson",
                table: "zoning_layer_versions");

            migrationBuilder.DropColumn(
                name: "City",
                table: "monitoring_stations");

            migrationBuilder.DropColumn(
                name: "Latitude",
                table: "monitoring_stations");

            migrationBuilder.DropColumn(
                name: "Longitude",
                table: "monitoring_stations");
        }
    }
}
