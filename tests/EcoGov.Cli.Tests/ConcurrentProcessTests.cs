using System.Diagnostics;
using System.Text;

namespace EcoGov.Cli.Tests;

/// <summary>
/// Hardening probe 1 as the probe ran it (docs/reliability.md): many `ecogov monitoring import` processes started at
/// once on one new SQLite file. They used to fail with "database is locked", leave a row in <c>__EFMigrationsLock</c>
/// and make every later command hang. Now one stores, the rest find the rows unchanged, and the store stays usable.
/// Every process is bounded in time and killed if it overruns.
/// </summary>
public sealed class ConcurrentProcessTests : IDisposable
{
    private readonly string dir = Path.Combine(Path.GetTempPath(), "ecogov-procs-" + Guid.NewGuid().ToString("N"));
    private string Db => Path.Combine(dir, "shared.db");

    public ConcurrentProcessTests() => Directory.CreateDirectory(dir);

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(dir, recursive: true); } catch (IOException) { }
    }

    private static string RepoRoot()
    {
        var d = new DirectoryInfo(AppContext.BaseDirectory);
        while (d is not null && !File.Exists(Path.Combine(d.FullName, "EcoGov.slnx"))) d = d.Parent;
        return d?.FullName ?? throw new InvalidOperationException("EcoGov.slnx not found");
    }

    /// <summary>The CLI built with the tests (src/EcoGov.Cli/bin/…/ecogov.dll, the newest build).</summary>
    private static string CliDll() =>
        Directory.GetFiles(Path.Combine(RepoRoot(), "src", "EcoGov.Cli", "bin"), "ecogov.dll", SearchOption.AllDirectories)
            .OrderByDescending(File.GetLastWriteTimeUtc).First();

    private Process Start(params string[] args)
    {
        var psi = new ProcessStartInfo("dotnet", [CliDll(), .. args, "--db", Db])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        psi.Environment["ECOGOV_HOME"] = RepoRoot();
        psi.Environment["ECOGOV_ADMIN_PASSWORD"] = "concurrent-test-password";
        return Process.Start(psi)!;
    }

    private static (int Exit, string Out, string Err) Finish(Process p, TimeSpan limit)
    {
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        if (!p.WaitForExit(limit))
        {
            p.Kill(entireProcessTree: true);
            p.WaitForExit();
            return (-1, stdout.Result, "timed out: " + stderr.Result);
        }
        return (p.ExitCode, stdout.Result, stderr.Result);
    }

    /// <summary>
    /// Issue "Production", item 7: a monitoring import killed while it writes (after its first progress line, 50,000 of
    /// ~61,000 hours into the bulk insert) leaves all of the import or none of it, and its station days with it; the next
    /// command opens the store, and the same import run again completes it.
    /// </summary>
    [Fact]
    [Trait("Category", "Probe")]
    public void An_import_killed_while_it_writes_leaves_all_of_it_or_none_and_running_it_again_completes_it()
    {
        Assert.Equal(0, Finish(Start("plans", "--json"), TimeSpan.FromMinutes(4)).Exit); // seeded first: the kill hits the import
        var file = Path.Combine(dir, "year.csv");
        var generated = Finish(Start("monitoring", "generate", "--out", file, "--from-year", "2023", "--years", "1", "--stations", "7", "--json"), TimeSpan.FromMinutes(4));
        Assert.True(generated.Exit == 0, generated.Err);
        var rows = System.Text.Json.JsonDocument.Parse(generated.Out).RootElement.GetProperty("rows").GetInt32();

        var import = Start("monitoring", "import", file, "--kind", "air-hourly", "--jurisdiction", "140502");
        KillAtFirstProgressLine(import);

        var stations = Finish(Start("monitoring", "stations", "--json"), TimeSpan.FromMinutes(4));
        Assert.True(stations.Exit == 0, stations.Err);
        var hours = System.Text.Json.JsonDocument.Parse(stations.Out).RootElement.EnumerateArray().Sum(s => s.GetProperty("hours").GetInt32());
        Assert.True(hours == 0 || hours == rows, $"{hours} of {rows} hours stored after the kill");

        var again = Finish(Start("monitoring", "import", file, "--kind", "air-hourly", "--jurisdiction", "140502", "--json"), TimeSpan.FromMinutes(4));
        Assert.True(again.Exit == 0, again.Err);
        var result = System.Text.Json.JsonDocument.Parse(again.Out).RootElement;
        Assert.Equal(rows, result.GetProperty("stored").GetInt32() + result.GetProperty("unchanged").GetInt32());
        // The station days are whole too: the evaluation from them covers the year's days.
        var evaluation = Finish(Start("air", "evaluate", "--from-store", "--standard", "GB3095-2012", "--json"), TimeSpan.FromMinutes(4));
        Assert.True(evaluation.Exit == 0, evaluation.Err);
        Assert.Equal(365, System.Text.Json.JsonDocument.Parse(evaluation.Out).RootElement.GetProperty("all").GetProperty("days").GetInt32());
    }

    /// <summary>
    /// Kills the import (and its children) at its first progress line on stderr (`写入 written [`: rows are being written
    /// in its open transaction); fails when it ends before one, since then nothing was killed mid-write.
    /// </summary>
    private static void KillAtFirstProgressLine(Process import)
    {
        _ = import.StandardOutput.ReadToEndAsync();
        var sawProgress = false;
        while (true)
        {
            var line = import.StandardError.ReadLineAsync().WaitAsync(TimeSpan.FromMinutes(4)).GetAwaiter().GetResult();
            if (line is null) break;
            if (!line.StartsWith("写入 written [", StringComparison.Ordinal)) continue;
            sawProgress = true;
            import.Kill(entireProcessTree: true);
            break;
        }
        import.WaitForExit();
        Assert.True(sawProgress, "the import ended before its first progress line: nothing was killed mid-write");
    }

    /// <summary>
    /// A GeoJSON layer of <paramref name="count"/> environmental-sensitivity polygons (24-gons) in 晋城 (140500), each with
    /// its own code: large enough that storing it takes many feature batches.
    /// </summary>
    private static string LargeLayer(int count)
    {
        var sb = new StringBuilder("{\"type\":\"FeatureCollection\",\"metadata\":{\"crs\":\"EPSG:4490\"},\"features\":[\n");
        var inv = System.Globalization.CultureInfo.InvariantCulture;
        for (var i = 0; i < count; i++)
        {
            var cx = 112.6 + (i % 200) * 0.004;
            var cy = 35.4 + (i / 200) * 0.004;
            if (i > 0) sb.Append(",\n");
            sb.Append(inv, $"{{\"type\":\"Feature\",\"properties\":{{\"code\":\"MG{i:D6}\",\"name\":\"示意敏感目标{i}\",\"kind\":\"居民区\"}},\"geometry\":{{\"type\":\"Polygon\",\"coordinates\":[[");
            for (var k = 0; k <= 24; k++)
            {
                var a = 2 * Math.PI * (k % 24) / 24;
                if (k > 0) sb.Append(',');
                sb.Append(inv, $"[{cx + 0.0015 * Math.Cos(a):0.000000},{cy + 0.0015 * Math.Sin(a):0.000000}]");
            }
            sb.Append("]]}}");
        }
        return sb.Append("\n]}\n").ToString();
    }

    private long Scalar(string sql)
    {
        using var c = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={Db};Pooling=False");
        c.Open();
        using var cmd = c.CreateCommand();
        cmd.CommandText = sql;
        return (long)cmd.ExecuteScalar()!;
    }

    /// <summary>
    /// Issue "Production", item 7: a layer import killed while it writes its features (after its first progress line,
    /// 1,000 of 20,000 written in the open transaction) leaves the whole version or nothing of it — no version row, no
    /// features, no file left beside the store (the import writes none: the geometry is in the database) — and the same
    /// import run again stores the whole layer.
    /// </summary>
    [Fact]
    [Trait("Category", "Probe")]
    public void A_layer_import_killed_while_it_writes_leaves_the_whole_version_or_none_and_running_it_again_stores_it()
    {
        const int count = 20_000;
        Assert.Equal(0, Finish(Start("plans", "--json"), TimeSpan.FromMinutes(4)).Exit); // seeded first: the kill hits the import
        var layerDir = Path.Combine(dir, "layers");
        Directory.CreateDirectory(layerDir);
        var file = Path.Combine(layerDir, "big-sensitive.geojson");
        File.WriteAllText(file, LargeLayer(count));
        static bool Aux(string f) => f.EndsWith("-wal", StringComparison.Ordinal) || f.EndsWith("-shm", StringComparison.Ordinal) || f.EndsWith("-journal", StringComparison.Ordinal);
        string[] Files() => [.. Directory.GetFiles(dir, "*", SearchOption.AllDirectories).Where(f => !Aux(f) && !f.Contains($"{Path.DirectorySeparatorChar}logs{Path.DirectorySeparatorChar}", StringComparison.Ordinal)).Order(StringComparer.Ordinal)];
        var before = Files();
        const string versions = "SELECT COUNT(*) FROM zoning_layer_versions WHERE \"Layer\" = 'sensitive' AND \"SourceName\" = 'big-sensitive.geojson'";
        const string features = "SELECT COUNT(*) FROM zoning_layer_features f JOIN zoning_layer_versions v ON v.\"Id\" = f.\"VersionId\" WHERE v.\"SourceName\" = 'big-sensitive.geojson'";
        const string orphans = "SELECT COUNT(*) FROM zoning_layer_features WHERE \"VersionId\" NOT IN (SELECT \"Id\" FROM zoning_layer_versions)";

        var import = Start("zoning", "import", file, "--layer", "sensitive", "--jurisdiction", "140500", "--effective", "2026-01-01");
        KillAtFirstProgressLine(import);

        // The next command opens the store (it recovers the interrupted transaction) and answers.
        var listed = Finish(Start("zoning", "versions", "--layer", "sensitive", "--jurisdiction", "140500", "--json"), TimeSpan.FromMinutes(4));
        Assert.True(listed.Exit == 0, listed.Err);
        var stored = Scalar(versions);
        var storedFeatures = Scalar(features);
        Assert.True(stored == 0 && storedFeatures == 0 || stored == 1 && storedFeatures == count,
            $"after the kill: {stored} version rows, {storedFeatures} of {count} features");
        Assert.Equal(0L, Scalar(orphans));
        Assert.Equal(stored, System.Text.Json.JsonDocument.Parse(listed.Out).RootElement.EnumerateArray()
            .Count(v => v.GetProperty("sourceName").GetString() == "big-sensitive.geojson"));
        Assert.Equal(before, Files()); // no file written or left behind by the import

        var again = Finish(Start("zoning", "import", file, "--layer", "sensitive", "--jurisdiction", "140500", "--effective", "2026-01-01", "--json"), TimeSpan.FromMinutes(4));
        Assert.True(again.Exit == 0, again.Err);
        var result = System.Text.Json.JsonDocument.Parse(again.Out).RootElement;
        Assert.Equal(stored == 0 ? "created" : "unchanged", result.GetProperty("status").GetString());
        Assert.Equal(count, result.GetProperty("version").GetProperty("featureCount").GetInt32());
        Assert.Equal(1L, Scalar(versions));
        Assert.Equal((long)count, Scalar(features));
    }

    [Fact]
    [Trait("Category", "Probe")]
    public void Ten_imports_started_together_on_a_new_database_all_succeed_and_the_store_stays_usable()
    {
        var csv = new StringBuilder("station,time,SO2,NO2,CO,O3,PM10,PM2.5\n");
        for (var h = 0; h < 200; h++)
            csv.Append("并发站,").Append(new DateTime(2026, 1, 1).AddHours(h).ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture))
                .Append(",10,20,0.8,30,60,35\n");
        var file = Path.Combine(dir, "hourly.csv");
        File.WriteAllText(file, csv.ToString());

        var processes = Enumerable.Range(0, 10)
            .Select(_ => Start("monitoring", "import", file, "--kind", "air-hourly", "--jurisdiction", "140502", "--json")).ToList();
        var results = processes.Select(p => Finish(p, TimeSpan.FromMinutes(4))).ToList();

        Assert.All(results, r => Assert.True(r.Exit == 0, $"exit {r.Exit}: {r.Err}"));
        var stored = results.Select(r => System.Text.Json.JsonDocument.Parse(r.Out).RootElement.GetProperty("stored").GetInt32()).ToList();
        Assert.Equal(1, stored.Count(s => s == 200));
        Assert.Equal(9, stored.Count(s => s == 0));

        // The store is usable afterwards: no lock left behind, a later command answers.
        var after = Finish(Start("monitoring", "stations", "--json"), TimeSpan.FromMinutes(1));
        Assert.True(after.Exit == 0, $"exit {after.Exit}: {after.Err}");
        Assert.Contains("并发站", after.Out);
        using var c = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={Db}");
        c.Open();
        using var cmd = c.CreateCommand();
        cmd.CommandText = "SELECT COUNT(*) FROM sqlite_master WHERE name = '__EFMigrationsLock'";
        if ((long)cmd.ExecuteScalar()! > 0)
        {
            cmd.CommandText = "SELECT COUNT(*) FROM \"__EFMigrationsLock\"";
            Assert.Equal(0L, (long)cmd.ExecuteScalar()!);
        }
    }
}
