using Microsoft.EntityFrameworkCore.Design;

namespace EcoGov.Data;

/// <summary>Lets `dotnet ef migrations add` build the model without starting the app.</summary>
public sealed class DesignTimeFactory : IDesignTimeDbContextFactory<EcoGovDbContext>
{
    public EcoGovDbContext CreateDbContext(string[] args) =>
        new(EcoGovDatabase.Options("Data Source=" + Path.Combine(Path.GetTempPath(), "ecogov-design.db")));
}
