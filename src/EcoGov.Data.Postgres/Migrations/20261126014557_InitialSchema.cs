using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace EcoGov.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class InitialSchema : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "access_requirements",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    DocumentId = table.Column<string>(type: "text", nullable: false),
                    PlanId = table.Column<string>(type: "text", nullable: false),
                    JurisdictionCode = table.Column<string>(type: "text", nullable: false),
                    Level = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Category = table.Column<string>(type: "text", nullable: false),
                    Subcategory = table.Column<string>(type: "text", nullable: true),
                    Seq = table.Column<int>(type: "integer", nullable: false),
                    Text = table.Column<string>(type: "text", nullable: false),
                    Basis = table.Column<string>(type: "text", nullable: false),
                    UnitCode = table.Column<string>(type: "text", nullable: true),
                    source_document = table.Column<string>(type: "text", nullable: false),
                    source_line = table.Column<int>(type: "integer", nullable: false),
                    source_row = table.Column<string>(type: "text", nullable: true),
                    source_section = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_access_requirements", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "air_targets",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    DocumentId = table.Column<string>(type: "text", nullable: false),
                    PlanId = table.Column<string>(type: "text", nullable: false),
                    Pollutant = table.Column<string>(type: "text", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Month = table.Column<int>(type: "integer", nullable: true),
                    Target = table.Column<double>(type: "double precision", nullable: false),
                    PreviousYear = table.Column<int>(type: "integer", nullable: false),
                    PreviousYearValue = table.Column<double>(type: "double precision", nullable: true),
                    Unit = table.Column<string>(type: "text", nullable: false),
                    source_document = table.Column<string>(type: "text", nullable: false),
                    source_line = table.Column<int>(type: "integer", nullable: false),
                    source_row = table.Column<string>(type: "text", nullable: true),
                    source_section = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_air_targets", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "indicators",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    DocumentId = table.Column<string>(type: "text", nullable: false),
                    PlanId = table.Column<string>(type: "text", nullable: false),
                    Seq = table.Column<int>(type: "integer", nullable: false),
                    Category = table.Column<string>(type: "text", nullable: false),
                    Name = table.Column<string>(type: "text", nullable: false),
                    Unit = table.Column<string>(type: "text", nullable: true),
                    HasBaseline = table.Column<bool>(type: "boolean", nullable: false),
                    BaselineYear = table.Column<int>(type: "integer", nullable: true),
                    BaselineValue = table.Column<double>(type: "double precision", nullable: true),
                    BaselineText = table.Column<string>(type: "text", nullable: true),
                    BaselineUnit = table.Column<string>(type: "text", nullable: true),
                    Binding = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    source_document = table.Column<string>(type: "text", nullable: false),
                    source_line = table.Column<int>(type: "integer", nullable: false),
                    source_row = table.Column<string>(type: "text", nullable: true),
                    source_section = table.Column<string>(type: "text", nullable: false),
                    Observed = table.Column<string>(type: "jsonb", nullable: true),
                    Targets = table.Column<string>(type: "jsonb", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_indicators", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "jurisdictions",
                columns: table => new
                {
                    Code = table.Column<string>(type: "text", nullable: false),
                    Name = table.Column<string>(type: "text", nullable: false),
                    ParentCode = table.Column<string>(type: "text", nullable: true),
                    Level = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    FormerNames = table.Column<List<string>>(type: "text[]", nullable: false),
                    BoundaryWkb = table.Column<byte[]>(type: "bytea", nullable: true),
                    BoundarySource = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_jurisdictions", x => x.Code);
                });

            migrationBuilder.CreateTable(
                name: "monitoring_imports",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    FileName = table.Column<string>(type: "text", nullable: false),
                    Sha256 = table.Column<string>(type: "text", nullable: false),
                    Kind = table.Column<string>(type: "text", nullable: false),
                    ImportedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Rows = table.Column<int>(type: "integer", nullable: false),
                    RejectedRows = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_monitoring_imports", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "plans",
                columns: table => new
                {
                    Id = table.Column<string>(type: "text", nullable: false),
                    DocumentId = table.Column<string>(type: "text", nullable: false),
                    JurisdictionCode = table.Column<string>(type: "text", nullable: false),
                    Title = table.Column<string>(type: "text", nullable: false),
                    DocNumber = table.Column<string>(type: "text", nullable: true),
                    Issued = table.Column<DateOnly>(type: "date", nullable: true),
                    Kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    PeriodStart = table.Column<int>(type: "integer", nullable: true),
                    PeriodEnd = table.Column<int>(type: "integer", nullable: true),
                    BaseYear = table.Column<int>(type: "integer", nullable: true),
                    source_document = table.Column<string>(type: "text", nullable: false),
                    source_line = table.Column<int>(type: "integer", nullable: false),
                    source_row = table.Column<string>(type: "text", nullable: true),
                    source_section = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_plans", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "projects",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    DocumentId = table.Column<string>(type: "text", nullable: false),
                    PlanId = table.Column<string>(type: "text", nullable: false),
                    Seq = table.Column<int>(type: "integer", nullable: false),
                    Category = table.Column<string>(type: "text", nullable: false),
                    SubCategory = table.Column<string>(type: "text", nullable: true),
                    Name = table.Column<string>(type: "text", nullable: false),
                    Content = table.Column<string>(type: "text", nullable: true),
                    PeriodFrom = table.Column<int>(type: "integer", nullable: true),
                    PeriodTo = table.Column<int>(type: "integer", nullable: true),
                    PeriodText = table.Column<string>(type: "text", nullable: true),
                    Investment = table.Column<decimal>(type: "numeric(18,6)", precision: 18, scale: 6, nullable: true),
                    LeadUnit = table.Column<string>(type: "text", nullable: true),
                    source_document = table.Column<string>(type: "text", nullable: false),
                    source_line = table.Column<int>(type: "integer", nullable: false),
                    source_row = table.Column<string>(type: "text", nullable: true),
                    source_section = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_projects", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "section_targets",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    DocumentId = table.Column<string>(type: "text", nullable: false),
                    PlanId = table.Column<string>(type: "text", nullable: false),
                    Seq = table.Column<int>(type: "integer", nullable: false),
                    County = table.Column<string>(type: "text", nullable: false),
                    Section = table.Column<string>(type: "text", nullable: false),
                    Assessment = table.Column<string>(type: "text", nullable: true),
                    source_document = table.Column<string>(type: "text", nullable: false),
                    source_line = table.Column<int>(type: "integer", nullable: false),
                    source_row = table.Column<string>(type: "text", nullable: true),
                    source_section = table.Column<string>(type: "text", nullable: false),
                    Target = table.Column<string>(type: "jsonb", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_section_targets", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "seed_findings",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    DocumentId = table.Column<string>(type: "text", nullable: false),
                    Kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Message = table.Column<string>(type: "text", nullable: false),
                    source_document = table.Column<string>(type: "text", nullable: false),
                    source_line = table.Column<int>(type: "integer", nullable: false),
                    source_row = table.Column<string>(type: "text", nullable: true),
                    source_section = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_seed_findings", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "source_documents",
                columns: table => new
                {
                    Id = table.Column<string>(type: "text", nullable: false),
                    FileName = table.Column<string>(type: "text", nullable: false),
                    Title = table.Column<string>(type: "text", nullable: false),
                    TextSha256 = table.Column<string>(type: "text", nullable: false),
                    SeedFileSha256 = table.Column<string>(type: "text", nullable: false),
                    SeedFileName = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_source_documents", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "stated_totals",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    DocumentId = table.Column<string>(type: "text", nullable: false),
                    PlanId = table.Column<string>(type: "text", nullable: false),
                    Subject = table.Column<string>(type: "text", nullable: false),
                    Value = table.Column<decimal>(type: "numeric(18,6)", precision: 18, scale: 6, nullable: false),
                    Text = table.Column<string>(type: "text", nullable: false),
                    source_document = table.Column<string>(type: "text", nullable: false),
                    source_line = table.Column<int>(type: "integer", nullable: false),
                    source_row = table.Column<string>(type: "text", nullable: true),
                    source_section = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_stated_totals", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "tasks",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    DocumentId = table.Column<string>(type: "text", nullable: false),
                    PlanId = table.Column<string>(type: "text", nullable: false),
                    Seq = table.Column<int>(type: "integer", nullable: false),
                    Category = table.Column<string>(type: "text", nullable: false),
                    Text = table.Column<string>(type: "text", nullable: false),
                    LeadUnits = table.Column<List<string>>(type: "text[]", nullable: false),
                    CooperatingUnits = table.Column<List<string>>(type: "text[]", nullable: false),
                    DeadlineText = table.Column<string>(type: "text", nullable: true),
                    DeadlineKind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    DeadlineStart = table.Column<DateOnly>(type: "date", nullable: true),
                    DeadlineDue = table.Column<DateOnly>(type: "date", nullable: true),
                    DeadlineYear = table.Column<int>(type: "integer", nullable: true),
                    DeadlineMonth = table.Column<int>(type: "integer", nullable: true),
                    Notes = table.Column<string>(type: "text", nullable: true),
                    source_document = table.Column<string>(type: "text", nullable: false),
                    source_line = table.Column<int>(type: "integer", nullable: false),
                    source_row = table.Column<string>(type: "text", nullable: true),
                    source_section = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_tasks", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "unit_statistics",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    DocumentId = table.Column<string>(type: "text", nullable: false),
                    PlanId = table.Column<string>(type: "text", nullable: false),
                    JurisdictionCode = table.Column<string>(type: "text", nullable: false),
                    JurisdictionName = table.Column<string>(type: "text", nullable: false),
                    Priority = table.Column<int>(type: "integer", nullable: false),
                    Key = table.Column<int>(type: "integer", nullable: false),
                    General = table.Column<int>(type: "integer", nullable: false),
                    Total = table.Column<int>(type: "integer", nullable: false),
                    source_document = table.Column<string>(type: "text", nullable: false),
                    source_line = table.Column<int>(type: "integer", nullable: false),
                    source_row = table.Column<string>(type: "text", nullable: true),
                    source_section = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_unit_statistics", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "users",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    UserName = table.Column<string>(type: "text", nullable: false),
                    DisplayName = table.Column<string>(type: "text", nullable: false),
                    PasswordHash = table.Column<string>(type: "text", nullable: false),
                    Role = table.Column<string>(type: "text", nullable: false),
                    MustChangePassword = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_users", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "monitoring_stations",
                columns: table => new
                {
                    Code = table.Column<string>(type: "text", nullable: false),
                    Name = table.Column<string>(type: "text", nullable: false),
                    JurisdictionCode = table.Column<string>(type: "text", nullable: false)
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
                    Code = table.Column<string>(type: "text", nullable: false),
                    Name = table.Column<string>(type: "text", nullable: false),
                    JurisdictionCode = table.Column<string>(type: "text", nullable: false),
                    Kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false)
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
                name: "zoning_layer_versions",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Layer = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    JurisdictionCode = table.Column<string>(type: "text", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    EffectiveFrom = table.Column<DateOnly>(type: "date", nullable: false),
                    ImportedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    SourceName = table.Column<string>(type: "text", nullable: false),
                    Sha256 = table.Column<string>(type: "text", nullable: false),
                    SourceEpsg = table.Column<int>(type: "integer", nullable: false),
                    FeatureCount = table.Column<int>(type: "integer", nullable: false),
                    Synthetic = table.Column<bool>(type: "boolean", nullable: false),
                    Note = table.Column<string>(type: "text", nullable: true),
                    MetadataJson = table.Column<string>(type: "text", nullable: true),
                    ReportJson = table.Column<string>(type: "text", nullable: false)
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
                name: "air_hourly_observations",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    StationCode = table.Column<string>(type: "text", nullable: false),
                    HourStartCst = table.Column<DateTime>(type: "timestamp without time zone", nullable: false),
                    So2 = table.Column<double>(type: "double precision", nullable: true),
                    No2 = table.Column<double>(type: "double precision", nullable: true),
                    Co = table.Column<double>(type: "double precision", nullable: true),
                    O3 = table.Column<double>(type: "double precision", nullable: true),
                    Pm10 = table.Column<double>(type: "double precision", nullable: true),
                    Pm25 = table.Column<double>(type: "double precision", nullable: true),
                    ImportId = table.Column<int>(type: "integer", nullable: false)
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
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    SectionCode = table.Column<string>(type: "text", nullable: false),
                    SampledOn = table.Column<DateOnly>(type: "date", nullable: false),
                    SampleId = table.Column<string>(type: "text", nullable: false),
                    ValuesJson = table.Column<string>(type: "text", nullable: false),
                    ImportId = table.Column<int>(type: "integer", nullable: false)
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

            migrationBuilder.CreateTable(
                name: "zoning_layer_features",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    VersionId = table.Column<long>(type: "bigint", nullable: false),
                    Seq = table.Column<int>(type: "integer", nullable: false),
                    FeatureId = table.Column<string>(type: "text", nullable: false),
                    Name = table.Column<string>(type: "text", nullable: true),
                    Class = table.Column<string>(type: "text", nullable: true),
                    GeometryWkb = table.Column<byte[]>(type: "bytea", nullable: false),
                    AttributesJson = table.Column<string>(type: "text", nullable: false),
                    MinX = table.Column<double>(type: "double precision", nullable: false),
                    MinY = table.Column<double>(type: "double precision", nullable: false),
                    MaxX = table.Column<double>(type: "double precision", nullable: false),
                    MaxY = table.Column<double>(type: "double precision", nullable: false)
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
                name: "IX_access_requirements_JurisdictionCode_Level",
                table: "access_requirements",
                columns: new[] { "JurisdictionCode", "Level" });

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
                name: "IX_air_targets_PlanId_Pollutant_Year_Month",
                table: "air_targets",
                columns: new[] { "PlanId", "Pollutant", "Year", "Month" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_indicators_PlanId_Seq",
                table: "indicators",
                columns: new[] { "PlanId", "Seq" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_jurisdictions_ParentCode",
                table: "jurisdictions",
                column: "ParentCode");

            migrationBuilder.CreateIndex(
                name: "IX_monitoring_imports_Kind_Sha256",
                table: "monitoring_imports",
                columns: new[] { "Kind", "Sha256" });

            migrationBuilder.CreateIndex(
                name: "IX_monitoring_stations_JurisdictionCode",
                table: "monitoring_stations",
                column: "JurisdictionCode");

            migrationBuilder.CreateIndex(
                name: "IX_plans_JurisdictionCode",
                table: "plans",
                column: "JurisdictionCode");

            migrationBuilder.CreateIndex(
                name: "IX_projects_PlanId_Seq",
                table: "projects",
                columns: new[] { "PlanId", "Seq" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_section_targets_PlanId_Seq",
                table: "section_targets",
                columns: new[] { "PlanId", "Seq" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_seed_findings_DocumentId",
                table: "seed_findings",
                column: "DocumentId");

            migrationBuilder.CreateIndex(
                name: "IX_tasks_PlanId_Seq",
                table: "tasks",
                columns: new[] { "PlanId", "Seq" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_unit_statistics_PlanId_JurisdictionCode",
                table: "unit_statistics",
                columns: new[] { "PlanId", "JurisdictionCode" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_users_UserName",
                table: "users",
                column: "UserName",
                unique: true);

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
                name: "access_requirements");

            migrationBuilder.DropTable(
                name: "air_hourly_observations");

            migrationBuilder.DropTable(
                name: "air_targets");

            migrationBuilder.DropTable(
                name: "indicators");

            migrationBuilder.DropTable(
                name: "plans");

            migrationBuilder.DropTable(
                name: "projects");

            migrationBuilder.DropTable(
                name: "section_targets");

            migrationBuilder.DropTable(
                name: "seed_findings");

            migrationBuilder.DropTable(
                name: "source_documents");

            migrationBuilder.DropTable(
                name: "stated_totals");

            migrationBuilder.DropTable(
                name: "tasks");

            migrationBuilder.DropTable(
                name: "unit_statistics");

            migrationBuilder.DropTable(
                name: "users");

            migrationBuilder.DropTable(
                name: "water_samples");

            migrationBuilder.DropTable(
                name: "zoning_layer_features");

            migrationBuilder.DropTable(
                name: "monitoring_stations");

            migrationBuilder.DropTable(
                name: "monitoring_imports");

            migrationBuilder.DropTable(
                name: "water_sections");

            migrationBuilder.DropTable(
                name: "zoning_layer_versions");

            migrationBuilder.DropTable(
                name: "jurisdictions");
        }
    }
}
