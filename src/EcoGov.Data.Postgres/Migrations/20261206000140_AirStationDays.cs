using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace EcoGov.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class AirStationDays : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "air_station_days",
                columns: table => new
                {
                    StationCode = table.Column<string>(type: "text", nullable: false),
                    Date = table.Column<DateOnly>(type: "date", nullable: false),
                    So2 = table.Column<double>(type: "double precision", nullable: true),
                    No2 = table.Column<double>(type: "double precision", nullable: true),
                    Co = table.Column<double>(type: "double precision", nullable: true),
                    Pm10 = table.Column<double>(type: "double precision", nullable: true),
                    Pm25 = table.Column<double>(type: "double precision", nullable: true),
                    O3LargestEightHourMean = table.Column<double>(type: "double precision", nullable: true),
                    ValidO3EightHourMeans = table.Column<int>(type: "integer", nullable: false),
                    O3Max1h = table.Column<double>(type: "double precision", nullable: true),
                    Hours = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_air_station_days", x => new { x.StationCode, x.Date });
                    table.ForeignKey(
                        name: "FK_air_station_days_monitoring_stations_StationCode",
                        column: x => x.StationCode,
                        principalTable: "monitoring_stations",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "air_station_days");
        }
    }
}
