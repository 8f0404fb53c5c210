using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace EcoGov.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class SupervisionSettings : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "jurisdiction_settings",
                columns: table => new
                {
                    JurisdictionCode = table.Column<string>(type: "text", nullable: false),
                    HeatingSeasonStart = table.Column<string>(type: "character varying(5)", maxLength: 5, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_jurisdiction_settings", x => x.JurisdictionCode);
                    table.ForeignKey(
                        name: "FK_jurisdiction_settings_jurisdictions_JurisdictionCode",
                        column: x => x.JurisdictionCode,
                        principalTable: "jurisdictions",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "plan_settings",
                columns: table => new
                {
                    PlanId = table.Column<string>(type: "text", nullable: false),
                    DueSoonDays = table.Column<int>(type: "integer", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_plan_settings", x => x.PlanId);
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "jurisdiction_settings");

            migrationBuilder.DropTable(
                name: "plan_settings");
        }
    }
}
