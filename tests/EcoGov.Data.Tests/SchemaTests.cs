using Microsoft.EntityFrameworkCore;

namespace EcoGov.Data.Tests;

public class SchemaTests
{
    [Fact]
    public void The_migrations_match_the_model()
    {
        using var store = new TestStore();
        using var db = store.Open();
        Assert.False(db.Database.HasPendingModelChanges(), "the EF model changed without a migration: run `dotnet ef migrations add` in src/EcoGov.Data");
    }

    [Fact]
    public void Migrating_an_empty_file_creates_every_table()
    {
        using var store = new TestStore();
        using var db = store.Open();
        db.Database.Migrate();
        var tables = db.Database.SqlQueryRaw<string>("SELECT name AS Value FROM sqlite_master WHERE type = 'table'").ToList();
        foreach (var t in new[] { "plans", "indicators", "tasks", "projects", "air_targets", "section_targets", "unit_statistics",
                     "access_requirements", "stated_totals", "seed_findings", "jurisdictions", "source_documents", "users",
                     "monitoring_stations", "water_sections", "monitoring_imports", "air_hourly_observations", "water_samples",
                     "zoning_layer_versions", "zoning_layer_features" })
            Assert.Contains(t, tables);
    }
}
