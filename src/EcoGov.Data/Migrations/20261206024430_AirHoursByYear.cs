using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace EcoGov.Data.Migrations
{
    /// <inheritdoc />
    public partial class AirHoursByYear : Migration
    {
        /// <summary>
        /// Nothing on SQLite: the PostgreSQL migration of the same name partitions air_hourly_observations by year and
        /// leaves the EF model as it was. It exists so that both providers' schemas keep the same last migration name,
        /// which a backup records and a restore (SQLite ↔ PostgreSQL) compares.
        /// </summary>
        protected override void Up(MigrationBuilder migrationBuilder)
        {
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
        }
    }
}
