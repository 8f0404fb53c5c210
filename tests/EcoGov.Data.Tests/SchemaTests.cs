using EcoGov.Application.Startup;
using Microsoft.EntityFrameworkCore;

namespace EcoGov.Data.Tests;

public class SchemaTests
{
    internal static readonly string[] Tables =
    [
        "plans", "indicators", "tasks", "projects", "air_targets", "section_targets", "unit_statistics",
        "access_requirements", "stated_totals", "seed_findings", "jurisdictions", "source_documents", "users",
        "monitoring_stations", "water_sections", "monitoring_imports", "air_hourly_observations", "water_samples",
        "zoning_layer_versions", "zoning_layer_features", "departments", "progress_reports", "evidence_files", "audit_entries",
        "plan_settings", "jurisdiction_settings", "supervision_rules", "task_duties", "task_unit_additions", "warning_letters",
        "indicator_actuals",
    ];

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
        foreach (var t in Tables) Assert.Contains(t, tables);
    }
}

/// <summary>The PostgreSQL migrations (src/EcoGov.Data.Postgres) against a real server.</summary>
public class PostgreSqlSchemaTests(PostgresServer server) : IClassFixture<PostgresServer>
{
    [Fact]
    public void The_postgresql_migrations_match_the_model()
    {
        using var store = server.StoreWithoutDatabase();
        using var db = store.Open();
        Assert.True(db.Database.IsNpgsql());
        Assert.False(db.Database.HasPendingModelChanges(),
            "the EF model changed without a PostgreSQL migration: see docs/adr/0004-postgresql.md (dotnet ef migrations add … --project src/EcoGov.Data.Postgres)");
        Assert.Equal(
            db.Database.GetMigrations().Count(),
            typeof(Postgres.PostgreSqlDesignTimeFactory).Assembly.GetTypes().Count(t => t.IsSubclassOf(typeof(Microsoft.EntityFrameworkCore.Migrations.Migration))));
    }

    [Fact]
    public void Migrating_an_empty_database_creates_every_table_with_postgresql_types()
    {
        using var store = server.NewStore();
        using var db = store.Open();
        db.Database.Migrate();
        var tables = db.Database.SqlQueryRaw<string>("SELECT table_name AS \"Value\" FROM information_schema.tables WHERE table_schema = 'public'").ToList();
        foreach (var t in SchemaTests.Tables) Assert.Contains(t, tables);
        string Type(string table, string column) => db.Database.SqlQueryRaw<string>(
            "SELECT data_type AS \"Value\" FROM information_schema.columns WHERE table_name = {0} AND column_name = {1}", table, column).Single();
        Assert.Equal("timestamp without time zone", Type("air_hourly_observations", "HourStartCst"));
        Assert.Equal("timestamp with time zone", Type("zoning_layer_versions", "ImportedAt"));
        Assert.Equal("numeric", Type("projects", "Investment"));
        Assert.Equal("bytea", Type("zoning_layer_features", "GeometryWkb"));
        Assert.Equal("jsonb", Type("indicators", "Targets"));
    }

    [Fact]
    public void First_start_creates_a_missing_database_migrates_and_seeds_it()
    {
        using var store = server.StoreWithoutDatabase();
        Assert.False(server.DatabaseExists(store.DatabaseName!));
        using var db = store.Open();
        var (seed, admin) = EcoGovStartup.Initialize(db, store.Paths);
        Assert.True(server.DatabaseExists(store.DatabaseName!));
        Assert.Equal(6, seed.Imported.Count(f => !f.StartsWith("zoning/", StringComparison.Ordinal)));
        Assert.Empty(db.Database.GetPendingMigrations());
        Assert.NotNull(admin);
        Assert.Equal(["000", "001", "002", "003", "004"], db.SourceDocuments.Where(d => d.Id.Length == 3).OrderBy(d => d.Id).Select(d => d.Id).ToList());
        Assert.Equal($"postgresql://127.0.0.1:{server.Cluster.Port}/{store.DatabaseName}", EcoGovDatabase.Describe(db));
    }
}
