using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace EcoGov.Data.Migrations
{
    /// <inheritdoc />
    public partial class MonitoringStore : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "monitoring_imports",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    FileName = table.Column<string>(type: "TEXT", nullable: false),
                    Sha256 = table.Column<string>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", nullable: false),
                    ImportedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Rows = table.Column<int>(type: "INTEGER", nullable: false),
                    RejectedRows = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_monitoring_imports", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "monitoring_stations",
                columns: table => new
                {
                    Code = table.Column<string>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", nullable: false),
                    JurisdictionCode = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_monitoring_stations", x => x.Code);
                    table.ForeignKey(
                        name: "FK_monitoring_stations_jurisdictions_JurisdictionCode",
                        column: x => x.JurisdictionCode,
                        principalTable: "jurisdictions",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "water_sections",
                columns: table => new
                {
                    Code = table.Column<string>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", nullable: false),
                    JurisdictionCode = table.Column<string>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_water_sections", x => x.Code);
                    table.ForeignKey(
                        name: "FK_water_sections_jurisdictions_JurisdictionCode",
                        column: x => x.JurisdictionCode,
                        principalTable: "jurisdictions",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "air_hourly_observations",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    StationCode = table.Column<string>(type: "TEXT", nullable: false),
                    HourStartCst = table.Column<DateTime>(type: "TEXT", nullable: false),
                    So2 = table.Column<double>(type: "REAL", nullable: true),
                    No2 = table.Column<double>(type: "REAL", nullable: true),
                    Co = table.Column<double>(type: "REAL", nullable: true),
                    O3 = table.Column<double>(type: "REAL", nullable: true),
                    Pm10 = table.Column<double>(type: "REAL", nullable: true),
                    Pm25 = table.Column<double>(type: "REAL", nullable: true),
                    ImportId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_air_hourly_observations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_air_hourly_observations_monitoring_imports_ImportId",
                        column: x => x.ImportId,
                        principalTable: "monitoring_imports",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_air_hourly_observations_monitoring_stations_StationCode",
                        column: x => x.StationCode,
                        principalTable: "monitoring_stations",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "water_samples",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    SectionCode = table.Column<string>(type: "TEXT", nullable: false),
                    SampledOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    SampleId = table.Column<string>(type: "TEXT", nullable: false),
                    ValuesJson = table.Column<string>(type: "TEXT", nullable: false),
                    ImportId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_water_samples", x => x.Id);
                    table.ForeignKey(
                        name: "FK_water_samples_monitoring_imports_ImportId",
                        column: x => x.ImportId,
                        principalTable: "monitoring_imports",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_water_samples_water_sections_SectionCode",
                        column: x => x.SectionCode,
                        principalTable: "water_sections",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_air_hourly_observations_ImportId",
                table: "air_hourly_observations",
                column: "ImportId");

            migrationBuilder.CreateIndex(
                name: "IX_air_hourly_observations_StationCode_HourStartCst",
                table: "air_hourly_observations",
                columns: new[] { "StationCode", "HourStartCst" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_monitoring_imports_Kind_Sha256",
                table: "monitoring_imports",
                columns: new[] { "Kind", "Sha256" });

            migrationBuilder.CreateIndex(
                name: "IX_monitoring_stations_JurisdictionCode",
                table: "monitoring_stations",
                column: "JurisdictionCode");

            migrationBuilder.CreateIndex(
                name: "IX_water_samples_ImportId",
                table: "water_samples",
                column: "ImportId");

            migrationBuilder.CreateIndex(
                name: "IX_water_samples_SectionCode_SampledOn_SampleId",
                table: "water_samples",
                columns: new[] { "SectionCode", "SampledOn", "SampleId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_water_sections_JurisdictionCode",
                table: "water_sections",
                column: "JurisdictionCode");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "air_hourly_observations");

            migrationBuilder.DropTable(
                name: "water_samples");

            migrationBuilder.DropTable(
                name: "monitoring_stations");

            migrationBuilder.DropTable(
                name: "monitoring_imports");

            migrationBuilder.DropTable(
                name: "water_sections");
        }
    }
}
