using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace EcoGov.Data.Tests;

/// <summary>
/// SQLite stores open with the model compiled ahead (src/EcoGov.Data/CompiledModel, EcoGovDatabase.Configure). It must
/// describe exactly the model the code builds: a changed entity or mapping without a regenerated compiled model fails here.
/// </summary>
public sealed class CompiledModelTests
{
    private const string Regenerate =
        "the compiled model is stale: run `dotnet ef dbcontext optimize --project src/EcoGov.Data --output-dir CompiledModel " +
        "--namespace EcoGov.Data.CompiledModel` and delete CompiledModel/EcoGovDbContextAssemblyAttributes.cs (docs/architecture.md)";

    /// <summary>Everything of the model that reaches the database or the materialiser, one line per fact, sorted.</summary>
    private static List<string> Describe(IModel model)
    {
        var lines = new List<string>();
        foreach (var e in model.GetEntityTypes())
        {
            var table = e.GetTableName();
            var store = table is null ? (StoreObjectIdentifier?)null : StoreObjectIdentifier.Table(table, e.GetSchema());
            var owner = $"{e.Name} -> {table}";
            lines.Add($"{owner} key ({string.Join(",", e.FindPrimaryKey()?.Properties.Select(p => p.Name) ?? [])})");
            foreach (var p in e.GetProperties())
                lines.Add($"{owner} . {p.Name}: {p.ClrType.Name} column {(store is { } s ? p.GetColumnName(s) : p.GetColumnName())} " +
                          $"{p.GetColumnType()} null={p.IsNullable} generated={p.ValueGenerated} converter={p.GetValueConverter()?.GetType().Name} " +
                          $"maxLength={p.GetMaxLength()} concurrency={p.IsConcurrencyToken}");
            foreach (var i in e.GetIndexes())
                lines.Add($"{owner} index ({string.Join(",", i.Properties.Select(p => p.Name))}) unique={i.IsUnique} name={i.GetDatabaseName()}");
            foreach (var f in e.GetForeignKeys())
                lines.Add($"{owner} fk ({string.Join(",", f.Properties.Select(p => p.Name))}) -> {f.PrincipalEntityType.Name} delete={f.DeleteBehavior} ownership={f.IsOwnership}");
            foreach (var n in e.GetNavigations())
                lines.Add($"{owner} navigation {n.Name} -> {n.TargetEntityType.Name}");
        }
        lines.Sort(StringComparer.Ordinal);
        return lines;
    }

    [Fact]
    public void The_compiled_SQLite_model_is_the_model_the_code_builds()
    {
        using var built = new EcoGovDbContext(new DbContextOptionsBuilder<EcoGovDbContext>().UseSqlite("Data Source=:memory:").Options);
        using var compiled = new EcoGovDbContext(EcoGovDatabase.Options("Data Source=:memory:"));
        Assert.NotSame(built.Model, compiled.Model);
        Assert.IsType<CompiledModel.EcoGovDbContextModel>(compiled.Model);
        var expected = Describe(built.Model);
        var actual = Describe(compiled.Model);
        var missing = expected.Except(actual).ToList();
        var extra = actual.Except(expected).ToList();
        Assert.True(missing.Count == 0 && extra.Count == 0,
            Regenerate + "\nin the code, not compiled:\n  " + string.Join("\n  ", missing.Take(20)) +
            "\ncompiled, not in the code:\n  " + string.Join("\n  ", extra.Take(20)));
        Assert.True(expected.Count > 300, $"{expected.Count} facts");
    }

    [Fact]
    public void PostgreSQL_stores_build_their_own_model()
    {
        using var pg = new EcoGovDbContext(EcoGovDatabase.Options("Host=localhost;Database=none"));
        Assert.IsNotType<CompiledModel.EcoGovDbContextModel>(pg.Model);
        // the PostgreSQL-only column type (ADR 0004) is in it
        Assert.Equal("timestamp without time zone",
            pg.Model.FindEntityType(typeof(Entities.AirHourlyObservationEntity))!.FindProperty(nameof(Entities.AirHourlyObservationEntity.HourStartCst))!.GetColumnType());
    }

    /// <summary>
    /// Issue 8 item 2: every entity has its one <see cref="IEntityTypeConfiguration{TEntity}"/> in EcoGov.Data, applied
    /// from the assembly — an entity mapped inline in OnModelCreating, or configured twice, fails here.
    /// </summary>
    [Fact]
    public void Every_entity_has_exactly_one_configuration_class()
    {
        using var db = new EcoGovDbContext(new DbContextOptionsBuilder<EcoGovDbContext>().UseSqlite("Data Source=:memory:").Options);
        var configured = typeof(EcoGovDbContext).Assembly.GetTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false })
            .SelectMany(t => t.GetInterfaces().Where(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEntityTypeConfiguration<>))
                .Select(i => (Entity: i.GetGenericArguments()[0], Configuration: t)))
            .ToList();
        var entities = db.Model.GetEntityTypes().Where(e => !e.IsOwned()).Select(e => e.ClrType).ToList();
        Assert.True(entities.Count >= 30, $"{entities.Count} entities");
        foreach (var entity in entities)
            Assert.True(configured.Count(c => c.Entity == entity) == 1,
                $"{entity.Name}: {configured.Count(c => c.Entity == entity)} configuration classes (one IEntityTypeConfiguration<{entity.Name}> expected)");
        // and none for a type that is not an entity of the model
        Assert.Empty(configured.Where(c => !entities.Contains(c.Entity)).Select(c => c.Configuration.Name));
    }
}
