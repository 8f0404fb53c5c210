using BenchmarkDotNet.Attributes;
using EcoGov.Application.Startup;
using EcoGov.Core.Plans;
using EcoGov.Data;
using EcoGov.Documents.Seeds;
using Microsoft.Data.Sqlite;

namespace EcoGov.Bench;

/// <summary>
/// What a start costs. Every start of the web app or the CLI calls EcoGovDatabase.Initialize: on a fresh
/// database that migrates and imports all seed data (cold); on a seeded one it only checks the seed
/// files' hashes (warm). Extraction (seed documents → JSON) runs only when a developer re-extracts.
/// Cold start is the baseline the others are compared with.
/// </summary>
[MemoryDiagnoser]
public class StartupBenchmarks
{
    private EcoGovPaths paths = null!;
    private string dir = null!;
    private string warmDb = null!;
    private IReadOnlyList<SeedText> texts = null!;
    private int n;

    [GlobalSetup]
    public void Setup()
    {
        paths = EcoGovPaths.Locate(AppContext.BaseDirectory);
        dir = Path.Combine(Path.GetTempPath(), "ecogov-bench-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        warmDb = Path.Combine(dir, "warm.db");
        using (var db = Open(warmDb)) EcoGovStartup.Initialize(db, paths, initialAdminPassword: "bench");
        texts = Directory.GetFiles(Path.Combine(paths.SeedDirectory, "documents"), "*.txt").Order().Select(SeedText.Load).ToList();
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(dir, recursive: true);
    }

    private static EcoGovDbContext Open(string file) => new(EcoGovDatabase.Options(EcoGovDatabase.SqliteConnectionString(file)));

    [Benchmark(Baseline = true, Description = "cold start: migrate + import all seed data")]
    public int ColdStart()
    {
        var file = Path.Combine(dir, $"cold-{n++}.db");
        using var db = Open(file);
        var (seed, _) = EcoGovStartup.Initialize(db, paths, initialAdminPassword: "bench");
        return seed.Imported.Count;
    }

    [Benchmark(Description = "warm start: seeded database, nothing changed")]
    public int WarmStart()
    {
        using var db = Open(warmDb);
        var (seed, _) = EcoGovStartup.Initialize(db, paths);
        return seed.Unchanged.Count;
    }

    [Benchmark(Description = "extract all five seed documents to records + JSON")]
    public int ExtractAll()
    {
        var total = 0;
        foreach (var e in SeedExtractors.All)
            total += SeedJson.Serialize(e.Extract(texts.Single(t => t.Id == e.DocumentId))).Length;
        return total;
    }
}
