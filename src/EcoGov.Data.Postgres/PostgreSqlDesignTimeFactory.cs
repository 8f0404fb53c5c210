using Microsoft.EntityFrameworkCore.Design;

namespace EcoGov.Data.Postgres;

/// <summary>
/// Lets `dotnet ef migrations add --project src/EcoGov.Data.Postgres --startup-project src/EcoGov.Data.Postgres` build the
/// Npgsql model without a server (adding a migration never connects; ECOGOV_DESIGN_PG overrides the connection string
/// for commands that do, e.g. `dotnet ef database update`).
/// </summary>
public sealed class PostgreSqlDesignTimeFactory : IDesignTimeDbContextFactory<EcoGovDbContext>
{
    public EcoGovDbContext CreateDbContext(string[] args) =>
        new(EcoGovDatabase.Options(Environment.GetEnvironmentVariable("ECOGOV_DESIGN_PG")
                                   ?? "Host=127.0.0.1;Database=ecogov_design;Username=postgres"));
}
