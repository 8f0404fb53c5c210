using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace EcoGov.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class WarningLetters : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "warning_letters",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    PlanId = table.Column<string>(type: "text", nullable: false),
                    JurisdictionCode = table.Column<string>(type: "text", nullable: false),
                    IssuingJurisdictionCode = table.Column<string>(type: "text", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Sequence = table.Column<int>(type: "integer", nullable: false),
                    Number = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    Unit = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    DepartmentId = table.Column<int>(type: "integer", nullable: true),
                    Level = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Period = table.Column<string>(type: "character varying(7)", maxLength: 7, nullable: false),
                    AsOf = table.Column<DateOnly>(type: "date", nullable: false),
                    IssuedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    ReplyBy = table.Column<DateOnly>(type: "date", nullable: false),
                    Reasons = table.Column<string>(type: "text", nullable: false),
                    IssuedById = table.Column<int>(type: "integer", nullable: false),
                    IssuedAtUtc = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    State = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Reply = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    RepliedById = table.Column<int>(type: "integer", nullable: true),
                    RepliedAtUtc = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Comment = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    ClosedById = table.Column<int>(type: "integer", nullable: true),
                    ClosedAtUtc = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_warning_letters", x => x.Id);
                    table.ForeignKey(
                        name: "FK_warning_letters_departments_DepartmentId",
                        column: x => x.DepartmentId,
                        principalTable: "departments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_warning_letters_users_ClosedById",
                        column: x => x.ClosedById,
                        principalTable: "users",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_warning_letters_users_IssuedById",
                        column: x => x.IssuedById,
                        principalTable: "users",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_warning_letters_users_RepliedById",
                        column: x => x.RepliedById,
                        principalTable: "users",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_warning_letters_ClosedById",
                table: "warning_letters",
                column: "ClosedById");

            migrationBuilder.CreateIndex(
                name: "IX_warning_letters_DepartmentId",
                table: "warning_letters",
                column: "DepartmentId");

            migrationBuilder.CreateIndex(
                name: "IX_warning_letters_IssuedById",
                table: "warning_letters",
                column: "IssuedById");

            migrationBuilder.CreateIndex(
                name: "IX_warning_letters_IssuingJurisdictionCode_Year_Sequence",
                table: "warning_letters",
                columns: new[] { "IssuingJurisdictionCode", "Year", "Sequence" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_warning_letters_PlanId_Unit_Period",
                table: "warning_letters",
                columns: new[] { "PlanId", "Unit", "Period" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_warning_letters_RepliedById",
                table: "warning_letters",
                column: "RepliedById");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "warning_letters");
        }
    }
}
