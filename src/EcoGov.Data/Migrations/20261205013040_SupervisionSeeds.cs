using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace EcoGov.Data.Migrations
{
    /// <inheritdoc />
    public partial class SupervisionSeeds : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "FromProse",
                table: "tasks",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<DateOnly>(
                name: "Due",
                table: "projects",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "FromProse",
                table: "indicators",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateTable(
                name: "supervision_rules",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    DocumentId = table.Column<string>(type: "TEXT", nullable: false),
                    PlanId = table.Column<string>(type: "TEXT", nullable: false),
                    Text = table.Column<string>(type: "TEXT", nullable: false),
                    Dispatcher = table.Column<string>(type: "TEXT", nullable: true),
                    Frequency = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    Receivers = table.Column<string>(type: "TEXT", nullable: false),
                    source_document = table.Column<string>(type: "TEXT", nullable: false),
                    source_line = table.Column<int>(type: "INTEGER", nullable: false),
                    source_row = table.Column<string>(type: "TEXT", nullable: true),
                    source_section = table.Column<string>(type: "TEXT", nullable: false),
                    Triggers = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_supervision_rules", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "task_duties",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    DocumentId = table.Column<string>(type: "TEXT", nullable: false),
                    PlanId = table.Column<string>(type: "TEXT", nullable: false),
                    TaskSeq = table.Column<int>(type: "INTEGER", nullable: false),
                    Text = table.Column<string>(type: "TEXT", nullable: false),
                    Frequency = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    source_document = table.Column<string>(type: "TEXT", nullable: false),
                    source_line = table.Column<int>(type: "INTEGER", nullable: false),
                    source_row = table.Column<string>(type: "TEXT", nullable: true),
                    source_section = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_task_duties", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "task_unit_additions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    DocumentId = table.Column<string>(type: "TEXT", nullable: false),
                    PlanId = table.Column<string>(type: "TEXT", nullable: false),
                    TaskSeq = table.Column<int>(type: "INTEGER", nullable: false),
                    Unit = table.Column<string>(type: "TEXT", nullable: false),
                    source_document = table.Column<string>(type: "TEXT", nullable: false),
                    source_line = table.Column<int>(type: "INTEGER", nullable: false),
                    source_row = table.Column<string>(type: "TEXT", nullable: true),
                    source_section = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_task_unit_additions", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_supervision_rules_DocumentId",
                table: "supervision_rules",
                column: "DocumentId");

            migrationBuilder.CreateIndex(
                name: "IX_supervision_rules_PlanId",
                table: "supervision_rules",
                column: "PlanId");

            migrationBuilder.CreateIndex(
                name: "IX_task_duties_DocumentId",
                table: "task_duties",
                column: "DocumentId");

            migrationBuilder.CreateIndex(
                name: "IX_task_duties_PlanId_TaskSeq",
                table: "task_duties",
                columns: new[] { "PlanId", "TaskSeq" });

            migrationBuilder.CreateIndex(
                name: "IX_task_unit_additions_DocumentId",
                table: "task_unit_additions",
                column: "DocumentId");

            migrationBuilder.CreateIndex(
                name: "IX_task_unit_additions_PlanId_TaskSeq_Unit",
                table: "task_unit_additions",
                columns: new[] { "PlanId", "TaskSeq", "Unit" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "supervision_rules");

            migrationBuilder.DropTable(
                name: "task_duties");

            migrationBuilder.DropTable(
                name: "task_unit_additions");

            migrationBuilder.DropColumn(
                name: "FromProse",
                table: "tasks");

            migrationBuilder.DropColumn(
                name: "Due",
                table: "projects");

            migrationBuilder.DropColumn(
                name: "FromProse",
                table: "indicators");
        }
    }
}
