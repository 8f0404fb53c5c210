using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace EcoGov.Data.Migrations
{
    /// <inheritdoc />
    public partial class ZoningLayers : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "zoning_layer_versions",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Layer = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    JurisdictionCode = table.Column<string>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    EffectiveFrom = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ImportedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    SourceName = table.Column<string>(type: "TEXT", nullable: false),
                    Sha256 = table.Column<string>(type: "TEXT", nullable: false),
                    SourceEpsg = table.Column<int>(type: "INTEGER", nullable: false),
                    FeatureCount = table.Column<int>(type: "INTEGER", nullable: false),
                    Synthetic = table.Column<bool>(type: "INTEGER", nullable: false),
                    Note = table.Column<string>(type: "TEXT", nullable: true),
                    MetadataJson = table.Column<string>(type: "TEXT", nullable: true),
                    ReportJson = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_zoning_layer_versions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_zoning_layer_versions_jurisdictions_JurisdictionCode",
                        column: x => x.JurisdictionCode,
                        principalTable: "jurisdictions",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "zoning_layer_features",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    VersionId = table.Column<long>(type: "INTEGER", nullable: false),
                    Seq = table.Column<int>(type: "INTEGER", nullable: false),
                    FeatureId = table.Column<string>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", nullable: true),
                    Class = table.Column<string>(type: "TEXT", nullable: true),
                    GeometryWkb = table.Column<byte[]>(type: "BLOB", nullable: false),
                    AttributesJson = table.Column<string>(type: "TEXT", nullable: false),
                    MinX = table.Column<double>(type: "REAL", nullable: false),
                    MinY = table.Column<double>(type: "REAL", nullable: false),
                    MaxX = table.Column<double>(type: "REAL", nullable: false),
                    MaxY = table.Column<double>(type: "REAL", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_zoning_layer_features", x => x.Id);
                    table.ForeignKey(
                        name: "FK_zoning_layer_features_zoning_layer_versions_VersionId",
                        column: x => x.VersionId,
                        principalTable: "zoning_layer_versions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_zoning_layer_features_VersionId_FeatureId",
                table: "zoning_layer_features",
                columns: new[] { "VersionId", "FeatureId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_zoning_layer_features_VersionId_MinX_MaxX_MinY_MaxY",
                table: "zoning_layer_features",
                columns: new[] { "VersionId", "MinX", "MaxX", "MinY", "MaxY" });

            migrationBuilder.CreateIndex(
                name: "IX_zoning_layer_versions_JurisdictionCode",
                table: "zoning_layer_versions",
                column: "JurisdictionCode");

            migrationBuilder.CreateIndex(
                name: "IX_zoning_layer_versions_Layer_JurisdictionCode_EffectiveFrom",
                table: "zoning_layer_versions",
                columns: new[] { "Layer", "JurisdictionCode", "EffectiveFrom" });

            migrationBuilder.CreateIndex(
                name: "IX_zoning_layer_versions_Layer_JurisdictionCode_Version",
                table: "zoning_layer_versions",
                columns: new[] { "Layer", "JurisdictionCode", "Version" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "zoning_layer_features");

            migrationBuilder.DropTable(
                name: "zoning_layer_versions");
        }
    }
}
