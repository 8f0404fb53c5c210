using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace EcoGov.Data.Migrations
{
    /// <inheritdoc />
    public partial class WaterSectionCoordinates : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<double>(
                name: "Latitude",
                table: "water_sections",
                type: "REAL",
                nullable: true);

            migrationBuilder.AddColumn<double>(
                name: "Longitude",
                table: "water_sections",
                type: "REAL",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Latitude",
                table: "water_sections");

            migrationBuilder.DropColumn(
                name: "Longitude",
                table: "water_sections");
        }
    }
}
