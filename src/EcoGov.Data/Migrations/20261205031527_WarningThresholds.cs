using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace EcoGov.Data.Migrations
{
    /// <inheritdoc />
    public partial class WarningThresholds : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<double>(
                name: "ExcessForInterviewPercent",
                table: "plan_settings",
                type: "REAL",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "NotReportedWarns",
                table: "plan_settings",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "OverdueTasksForInterview",
                table: "plan_settings",
                type: "INTEGER",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "ExcessForInterviewPercent",
                table: "plan_settings");

            migrationBuilder.DropColumn(
                name: "NotReportedWarns",
                table: "plan_settings");

            migrationBuilder.DropColumn(
                name: "OverdueTasksForInterview",
                table: "plan_settings");
        }
    }
}
