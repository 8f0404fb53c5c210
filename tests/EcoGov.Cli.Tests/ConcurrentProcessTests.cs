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
