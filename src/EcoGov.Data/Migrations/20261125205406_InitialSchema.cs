using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace EcoGov.Data.Migrations
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
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    DocumentId = table.Column<string>(type: "TEXT", nullable: false),
                    PlanId = table.Column<string>(type: "TEXT", nullable: false),
                    JurisdictionCode = table.Column<string>(type: "TEXT", nullable: false),
                    Level = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Category = table.Column<string>(type: "TEXT", nullable: false),
                    Subcategory = table.Column<string>(type: "TEXT", nullable: true),
                    Seq = table.Column<int>(type: "INTEGER", nullable: false),
                    Text = table.Column<string>(type: "TEXT", nullable: false),
                    Basis = table.Column<string>(type: "TEXT", nullable: false),
                    UnitCode = table.Column<string>(type: "TEXT", nullable: true),
                    source_document = table.Column<string>(type: "TEXT", nullable: false),
                    source_line = table.Column<int>(type: "INTEGER", nullable: false),
                    source_row = table.Column<string>(type: "TEXT", nullable: true),
                    source_section = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_access_requirements", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "air_targets",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    DocumentId = table.Column<string>(type: "TEXT", nullable: false),
                    PlanId = table.Column<string>(type: "TEXT", nullable: false),
                    Pollutant = table.Column<string>(type: "TEXT", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Month = table.Column<int>(type: "INTEGER", nullable: true),
                    Target = table.Column<double>(type: "REAL", nullable: false),
                    PreviousYear = table.Column<int>(type: "INTEGER", nullable: false),
                    PreviousYearValue = table.Column<double>(type: "REAL", nullable: true),
                    Unit = table.Column<string>(type: "TEXT", nullable: false),
                    source_document = table.Column<string>(type: "TEXT", nullable: false),
                    source_line = table.Column<int>(type: "INTEGER", nullable: false),
                    source_row = table.Column<string>(type: "TEXT", nullable: true),
                    source_section = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_air_targets", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "indicators",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    DocumentId = table.Column<string>(type: "TEXT", nullable: false),
                    PlanId = table.Column<string>(type: "TEXT", nullable: false),
                    Seq = table.Column<int>(type: "INTEGER", nullable: false),
                    Category = table.Column<string>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", nullable: false),
                    Unit = table.Column<string>(type: "TEXT", nullable: true),
                    HasBaseline = table.Column<bool>(type: "INTEGER", nullable: false),
                    BaselineYear = table.Column<int>(type: "INTEGER", nullable: true),
                    BaselineValue = table.Column<double>(type: "REAL", nullable: true),
                    BaselineText = table.Column<string>(type: "TEXT", nullable: true),
                    BaselineUnit = table.Column<string>(type: "TEXT", nullable: true),
                    Binding = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    source_document = table.Column<string>(type: "TEXT", nullable: false),
                    source_line = table.Column<int>(type: "INTEGER", nullable: false),
                    source_row = table.Column<string>(type: "TEXT", nullable: true),
                    source_section = table.Column<string>(type: "TEXT", nullable: false),
                    Observed = table.Column<string>(type: "TEXT", nullable: true),
                    Targets = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_indicators", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "jurisdictions",
                columns: table => new
                {
                    Code = table.Column<string>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", nullable: false),
                    ParentCode = table.Column<string>(type: "TEXT", nullable: true),
                    Level = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    FormerNames = table.Column<string>(type: "TEXT", nullable: false),
                    BoundaryWkb = table.Column<byte[]>(type: "BLOB", nullable: true),
                    BoundarySource = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_jurisdictions", x => x.Code);
                });

            migrationBuilder.CreateTable(
                name: "plans",
                columns: table => new
                {
                    Id = table.Column<string>(type: "TEXT", nullable: false),
                    DocumentId = table.Column<string>(type: "TEXT", nullable: false),
                    JurisdictionCode = table.Column<string>(type: "TEXT", nullable: false),
                    Title = table.Column<string>(type: "TEXT", nullable: false),
                    DocNumber = table.Column<string>(type: "TEXT", nullable: true),
                    Issued = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    PeriodStart = table.Column<int>(type: "INTEGER", nullable: true),
                    PeriodEnd = table.Column<int>(type: "INTEGER", nullable: true),
                    BaseYear = table.Column<int>(type: "INTEGER", nullable: true),
                    source_document = table.Column<string>(type: "TEXT", nullable: false),
                    source_line = table.Column<int>(type: "INTEGER", nullable: false),
                    source_row = table.Column<string>(type: "TEXT", nullable: true),
                    source_section = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_plans", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "projects",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    DocumentId = table.Column<string>(type: "TEXT", nullable: false),
                    PlanId = table.Column<string>(type: "TEXT", nullable: false),
                    Seq = table.Column<int>(type: "INTEGER", nullable: false),
                    Category = table.Column<string>(type: "TEXT", nullable: false),
                    SubCategory = table.Column<string>(type: "TEXT", nullable: true),
                    Name = table.Column<string>(type: "TEXT", nullable: false),
                    Content = table.Column<string>(type: "TEXT", nullable: true),
                    PeriodFrom = table.Column<int>(type: "INTEGER", nullable: true),
                    PeriodTo = table.Column<int>(type: "INTEGER", nullable: true),
                    PeriodText = table.Column<string>(type: "TEXT", nullable: true),
                    Investment = table.Column<decimal>(type: "TEXT", precision: 18, scale: 6, nullable: true),
                    LeadUnit = table.Column<string>(type: "TEXT", nullable: true),
                    source_document = table.Column<string>(type: "TEXT", nullable: false),
                    source_line = table.Column<int>(type: "INTEGER", nullable: false),
                    source_row = table.Column<string>(type: "TEXT", nullable: true),
                    source_section = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_projects", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "section_targets",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    DocumentId = table.Column<string>(type: "TEXT", nullable: false),
                    PlanId = table.Column<string>(type: "TEXT", nullable: false),
                    Seq = table.Column<int>(type: "INTEGER", nullable: false),
                    County = table.Column<string>(type: "TEXT", nullable: false),
                    Section = table.Column<string>(type: "TEXT", nullable: false),
                    Assessment = table.Column<string>(type: "TEXT", nullable: true),
                    source_document = table.Column<string>(type: "TEXT", nullable: false),
                    source_line = table.Column<int>(type: "INTEGER", nullable: false),
                    source_row = table.Column<string>(type: "TEXT", nullable: true),
                    source_section = table.Column<string>(type: "TEXT", nullable: false),
                    Target = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_section_targets", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "seed_findings",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    DocumentId = table.Column<string>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Message = table.Column<string>(type: "TEXT", nullable: false),
                    source_document = table.Column<string>(type: "TEXT", nullable: false),
                    source_line = table.Column<int>(type: "INTEGER", nullable: false),
                    source_row = table.Column<string>(type: "TEXT", nullable: true),
                    source_section = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_seed_findings", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "source_documents",
                columns: table => new
                {
                    Id = table.Column<string>(type: "TEXT", nullable: false),
                    FileName = table.Column<string>(type: "TEXT", nullable: false),
                    Title = table.Column<string>(type: "TEXT", nullable: false),
                    TextSha256 = table.Column<string>(type: "TEXT", nullable: false),
                    SeedFileSha256 = table.Column<string>(type: "TEXT", nullable: false),
                    SeedFileName = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_source_documents", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "stated_totals",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    DocumentId = table.Column<string>(type: "TEXT", nullable: false),
                    PlanId = table.Column<string>(type: "TEXT", nullable: false),
                    Subject = table.Column<string>(type: "TEXT", nullable: false),
                    Value = table.Column<decimal>(type: "TEXT", precision: 18, scale: 6, nullable: false),
                    Text = table.Column<string>(type: "TEXT", nullable: false),
                    source_document = table.Column<string>(type: "TEXT", nullable: false),
                    source_line = table.Column<int>(type: "INTEGER", nullable: false),
                    source_row = table.Column<string>(type: "TEXT", nullable: true),
                    source_section = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_stated_totals", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "tasks",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    DocumentId = table.Column<string>(type: "TEXT", nullable: false),
                    PlanId = table.Column<string>(type: "TEXT", nullable: false),
                    Seq = table.Column<int>(type: "INTEGER", nullable: false),
                    Category = table.Column<string>(type: "TEXT", nullable: false),
                    Text = table.Column<string>(type: "TEXT", nullable: false),
                    LeadUnits = table.Column<string>(type: "TEXT", nullable: false),
                    CooperatingUnits = table.Column<string>(type: "TEXT", nullable: false),
                    DeadlineText = table.Column<string>(type: "TEXT", nullable: true),
                    DeadlineKind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    DeadlineStart = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    DeadlineDue = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    DeadlineYear = table.Column<int>(type: "INTEGER", nullable: true),
                    DeadlineMonth = table.Column<int>(type: "INTEGER", nullable: true),
                    Notes = table.Column<string>(type: "TEXT", nullable: true),
                    source_document = table.Column<string>(type: "TEXT", nullable: false),
                    source_line = table.Column<int>(type: "INTEGER", nullable: false),
                    source_row = table.Column<string>(type: "TEXT", nullable: true),
                    source_section = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_tasks", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "unit_statistics",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    DocumentId = table.Column<string>(type: "TEXT", nullable: false),
                    PlanId = table.Column<string>(type: "TEXT", nullable: false),
                    JurisdictionCode = table.Column<string>(type: "TEXT", nullable: false),
                    JurisdictionName = table.Column<string>(type: "TEXT", nullable: false),
                    Priority = table.Column<int>(type: "INTEGER", nullable: false),
                    Key = table.Column<int>(type: "INTEGER", nullable: false),
                    General = table.Column<int>(type: "INTEGER", nullable: false),
                    Total = table.Column<int>(type: "INTEGER", nullable: false),
                    source_document = table.Column<string>(type: "TEXT", nullable: false),
                    source_line = table.Column<int>(type: "INTEGER", nullable: false),
                    source_row = table.Column<string>(type: "TEXT", nullable: true),
                    source_section = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_unit_statistics", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "users",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    UserName = table.Column<string>(type: "TEXT", nullable: false),
                    DisplayName = table.Column<string>(type: "TEXT", nullable: false),
                    PasswordHash = table.Column<string>(type: "TEXT", nullable: false),
                    Role = table.Column<string>(type: "TEXT", nullable: false),
                    MustChangePassword = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_users", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_access_requirements_JurisdictionCode_Level",
                table: "access_requirements",
                columns: new[] { "JurisdictionCode", "Level" });

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
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "access_requirements");

            migrationBuilder.DropTable(
                name: "air_targets");

            migrationBuilder.DropTable(
                name: "indicators");

            migrationBuilder.DropTable(
                name: "jurisdictions");

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
        }
    }
}
