using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace EcoGov.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class Supervision : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "DepartmentId",
                table: "users",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "JurisdictionCode",
                table: "users",
                type: "text",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "audit_entries",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    AtUtc = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UserName = table.Column<string>(type: "text", nullable: false),
                    Action = table.Column<string>(type: "text", nullable: false),
                    ObjectType = table.Column<string>(type: "text", nullable: false),
                    ObjectId = table.Column<string>(type: "text", nullable: false),
                    Changes = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_audit_entries", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "departments",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    JurisdictionCode = table.Column<string>(type: "text", nullable: false),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    FromPlans = table.Column<bool>(type: "boolean", nullable: false),
                    IsActive = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_departments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_departments_jurisdictions_JurisdictionCode",
                        column: x => x.JurisdictionCode,
                        principalTable: "jurisdictions",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "progress_reports",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    PlanId = table.Column<string>(type: "text", nullable: false),
                    SubjectKind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    SubjectSeq = table.Column<int>(type: "integer", nullable: false),
                    JurisdictionCode = table.Column<string>(type: "text", nullable: false),
                    Period = table.Column<string>(type: "character varying(7)", maxLength: 7, nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    PreviousId = table.Column<int>(type: "integer", nullable: true),
                    DepartmentId = table.Column<int>(type: "integer", nullable: false),
                    Part = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Status = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Percent = table.Column<int>(type: "integer", nullable: true),
                    Text = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    InvestmentCompleted = table.Column<decimal>(type: "numeric(18,6)", precision: 18, scale: 6, nullable: true),
                    SubmittedById = table.Column<int>(type: "integer", nullable: false),
                    SubmittedAtUtc = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Review = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    ReviewedById = table.Column<int>(type: "integer", nullable: true),
                    ReviewedAtUtc = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    ReviewComment = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_progress_reports", x => x.Id);
                    table.ForeignKey(
                        name: "FK_progress_reports_departments_DepartmentId",
                        column: x => x.DepartmentId,
                        principalTable: "departments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_progress_reports_progress_reports_PreviousId",
                        column: x => x.PreviousId,
                        principalTable: "progress_reports",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_progress_reports_users_ReviewedById",
                        column: x => x.ReviewedById,
                        principalTable: "users",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_progress_reports_users_SubmittedById",
                        column: x => x.SubmittedById,
                        principalTable: "users",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "evidence_files",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ReportId = table.Column<int>(type: "integer", nullable: false),
                    FileName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ContentType = table.Column<string>(type: "text", nullable: false),
                    Length = table.Column<long>(type: "bigint", nullable: false),
                    Sha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_evidence_files", x => x.Id);
                    table.ForeignKey(
                        name: "FK_evidence_files_progress_reports_ReportId",
                        column: x => x.ReportId,
                        principalTable: "progress_reports",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_users_DepartmentId",
                table: "users",
                column: "DepartmentId");

            migrationBuilder.CreateIndex(
                name: "IX_users_JurisdictionCode",
                table: "users",
                column: "JurisdictionCode");

            migrationBuilder.CreateIndex(
                name: "IX_audit_entries_AtUtc",
                table: "audit_entries",
                column: "AtUtc");

            migrationBuilder.CreateIndex(
                name: "IX_audit_entries_ObjectType_ObjectId",
                table: "audit_entries",
                columns: new[] { "ObjectType", "ObjectId" });

            migrationBuilder.CreateIndex(
                name: "IX_departments_JurisdictionCode_Name",
                table: "departments",
                columns: new[] { "JurisdictionCode", "Name" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_evidence_files_ReportId",
                table: "evidence_files",
                column: "ReportId");

            migrationBuilder.CreateIndex(
                name: "IX_progress_reports_DepartmentId",
                table: "progress_reports",
                column: "DepartmentId");

            migrationBuilder.CreateIndex(
                name: "IX_progress_reports_PlanId_Period",
                table: "progress_reports",
                columns: new[] { "PlanId", "Period" });

            migrationBuilder.CreateIndex(
                name: "IX_progress_reports_PlanId_SubjectKind_SubjectSeq_Period_Depar~",
                table: "progress_reports",
                columns: new[] { "PlanId", "SubjectKind", "SubjectSeq", "Period", "DepartmentId", "Version" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_progress_reports_PreviousId",
                table: "progress_reports",
                column: "PreviousId");

            migrationBuilder.CreateIndex(
                name: "IX_progress_reports_Review",
                table: "progress_reports",
                column: "Review");

            migrationBuilder.CreateIndex(
                name: "IX_progress_reports_ReviewedById",
                table: "progress_reports",
                column: "ReviewedById");

            migrationBuilder.CreateIndex(
                name: "IX_progress_reports_SubmittedById",
                table: "progress_reports",
                column: "SubmittedById");

            migrationBuilder.AddForeignKey(
                name: "FK_users_departments_DepartmentId",
                table: "users",
                column: "DepartmentId",
                principalTable: "departments",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_users_jurisdictions_JurisdictionCode",
                table: "users",
                column: "JurisdictionCode",
                principalTable: "jurisdictions",
                principalColumn: "Code",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_users_departments_DepartmentId",
                table: "users");

            migrationBuilder.DropForeignKey(
                name: "FK_users_jurisdictions_JurisdictionCode",
                table: "users");

            migrationBuilder.DropTable(
                name: "audit_entries");

            migrationBuilder.DropTable(
                name: "evidence_files");

            migrationBuilder.DropTable(
                name: "progress_reports");

            migrationBuilder.DropTable(
                name: "departments");

            migrationBuilder.DropIndex(
                name: "IX_users_DepartmentId",
                table: "users");

            migrationBuilder.DropIndex(
                name: "IX_users_JurisdictionCode",
                table: "users");

            migrationBuilder.DropColumn(
                name: "DepartmentId",
                table: "users");

            migrationBuilder.DropColumn(
                name: "JurisdictionCode",
                table: "users");
        }
    }
}
