using System.Text.Json;
using EcoGov.Testing;

namespace EcoGov.Cli.Tests;

/// <summary>The CLI against PostgreSQL: --db takes a connection string; the first command creates, migrates and seeds the database.</summary>
public sealed class PostgreSqlCliTests : IDisposable
{
    private readonly PostgresCluster cluster = PostgresCluster.Start();
    private readonly string database = "ecogov_cli_" + Guid.NewGuid().ToString("N")[..12];

    public void Dispose()
    {
        Npgsql.NpgsqlConnection.ClearAllPools();
        cluster.Dispose();
        // For PostgreSQL the first administrator's credentials go to the data folder, named after the database.
        var home = Data.EcoGovPaths.Locate(AppContext.BaseDirectory);
        File.Delete(Path.Combine(home.DataDirectory, $"initial-admin-{database}.txt"));
    }

    private (int Exit, string Out, string Err) Run(params string[] args)
    {
        var o = new StringWriter();
        var e = new StringWriter();
        var exit = CliApp.Run(args, o, e);
        return (exit, o.ToString(), e.ToString());
    }

    [Fact]
    public void Plans_come_from_a_new_postgresql_database_that_the_first_command_creates_and_seeds()
    {
        var db = cluster.ConnectionString(database);
        var (exit, stdout, stderr) = Run("plans", "--json", "--db", db);
        Assert.True(exit == 0, $"exit {exit}: {stderr}");
        Assert.Contains("已导入种子数据 / seeded", stderr);
        using (var plans = JsonDocument.Parse(stdout))
            Assert.Equal(8, plans.RootElement.GetArrayLength());

        // The second command finds the database seeded, and reads the same data as the SQLite store would.
        (exit, stdout, stderr) = Run("indicators", "--plan", "jincheng-14fyp-eco", "--json", "--db", db);
        Assert.True(exit == 0, $"exit {exit}: {stderr}");
        Assert.DoesNotContain("seeded", stderr);
        using var indicators = JsonDocument.Parse(stdout);
        Assert.Equal(23, indicators.RootElement.EnumerateArray().Count(i => !i.GetProperty("fromProse").GetBoolean()));
    }

    /// <summary>
    /// The deployment's "done when" (docs/deploy/README.md step 7): a SQLite store's backup restored into a new PostgreSQL
    /// database through the CLI shows the same data there; migrate then finds nothing to do.
    /// </summary>
    [Fact]
    public void A_sqlite_backup_restored_into_postgresql_shows_the_same_data()
    {
        var dir = Path.Combine(Path.GetTempPath(), "ecogov-pg-restore-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        try
        {
            var sqlite = Path.Combine(dir, "ecogov.db");
            var zip = Path.Combine(dir, "backup.zip");
            Assert.Equal(0, Run("plans", "--db", sqlite).Exit);
            var (exit, _, stderr) = Run("backup", "--out", zip, "--db", sqlite);
            Assert.True(exit == 0, stderr);
            var db = cluster.ConnectionString(database);
            (exit, var stdout, stderr) = Run("restore", zip, "--db", db, "--json");
            Assert.True(exit == 0, stderr);
            using (var result = JsonDocument.Parse(stdout))
                Assert.Equal("sqlite", result.RootElement.GetProperty("fromProvider").GetString());
            (exit, stdout, stderr) = Run("migrate", "--db", db, "--json");
            Assert.True(exit == 0, stderr);
            using (var migrate = JsonDocument.Parse(stdout))
                Assert.Equal(0, migrate.RootElement.GetProperty("applied").GetArrayLength());
            foreach (var args in new[] { new[] { "plans", "--json" }, ["indicators", "--plan", "jincheng-14fyp-eco", "--json"], ["zoning", "versions", "--layer", "units", "--jurisdiction", "140500", "--json"] })
            {
                var fromSqlite = Run([.. args, "--db", sqlite]);
                var fromPostgres = Run([.. args, "--db", db]);
                Assert.True(fromPostgres.Exit == 0, fromPostgres.Err);
                Assert.DoesNotContain("seeded", fromPostgres.Err); // the restored store is current: nothing imported again
                // PostgreSQL keeps instants to the microsecond, SQLite to 100 ns: the seventh digit is all that may differ
                // (and System.Text.Json drops trailing zeros, so a microsecond ending in 0 is written one digit shorter).
                Assert.Equal(Microseconds(fromSqlite.Out), Microseconds(fromPostgres.Out));
            }
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(dir, recursive: true);
        }
    }

    /// <summary>Every instant's fraction cut to the microsecond and written without trailing zeros.</summary>
    private static string Microseconds(string json) =>
        System.Text.RegularExpressions.Regex.Replace(json, @"(T\d\d:\d\d:\d\d)\.(\d{1,7})",
            m => m.Groups[2].Value.PadRight(7, '0')[..6].TrimEnd('0') is { Length: > 0 } f ? $"{m.Groups[1].Value}.{f}" : m.Groups[1].Value);

    /// <summary>
    /// Issue "Production", item 7: a command against a PostgreSQL server that cannot be reached exits 2 with a message
    /// naming the server (host:port/database), not an exception dump or "internal error".
    /// </summary>
    [Fact]
    [Trait("Category", "Probe")]
    public void A_postgresql_server_that_cannot_be_reached_exits_2_naming_it()
    {
        var (exit, _, stderr) = Run("plans", "--json", "--db", $"postgres://postgres@127.0.0.1:1/nothing?Timeout=3");
        Assert.Equal(2, exit);
        Assert.Contains("数据库暂时无法连接（postgresql://127.0.0.1:1/nothing）", stderr);
        Assert.Contains("the database at postgresql://127.0.0.1:1/nothing is unavailable", stderr);
        Assert.DoesNotContain("内部错误", stderr);
        Assert.DoesNotContain("   at ", stderr);
    }

    /// <summary>
    /// The server of a working store stopped: the next command exits 2 naming it and writes nothing; started again, the
    /// same command answers as before.
    /// </summary>
    [Fact]
    [Trait("Category", "Probe")]
    public void A_stopped_server_is_named_with_exit_2_and_the_same_command_works_once_it_is_back()
    {
        var db = cluster.ConnectionString(database);
        var (exit, before, stderr) = Run("plans", "--json", "--db", db);
        Assert.True(exit == 0, $"exit {exit}: {stderr}");
        Npgsql.NpgsqlConnection.ClearAllPools();
        cluster.Stop();
        (exit, var stdout, stderr) = Run("plans", "--json", "--db", db);
        Assert.Equal(2, exit);
        Assert.Equal("", stdout);
        Assert.Contains($"数据库暂时无法连接（postgresql://127.0.0.1:{cluster.Port}/{database}）", stderr);
        Assert.DoesNotContain("   at ", stderr);

        cluster.Restart();
        Npgsql.NpgsqlConnection.ClearAllPools();
        (exit, stdout, stderr) = Run("plans", "--json", "--db", db);
        Assert.True(exit == 0, $"exit {exit}: {stderr}");
        Assert.Equal(before, stdout);
    }

    /// <summary>
    /// `./ecogov serve --db "Host=…" --urls …` (issue "Production", item 3): the script publishes the web app when it is
    /// older than the sources, starts it on the PostgreSQL store, which the first start creates, migrates and seeds, and
    /// the app answers ready with the seeded plans behind its sign-in.
    /// </summary>
    [Fact]
    public async Task The_ecogov_script_serves_the_web_app_on_postgresql()
    {
        var repo = Data.EcoGovPaths.Locate(AppContext.BaseDirectory).Home;
        // a home of its own (the repository's seed): the app's data folder — keys, logs, credentials — is not the repository's
        var home = Path.Combine(Path.GetTempPath(), "ecogov-serve-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(home, "data"));
        Directory.CreateSymbolicLink(Path.Combine(home, "data", "seed"), Path.Combine(repo, "data", "seed"));
        var port = FreePort();
        var psi = new System.Diagnostics.ProcessStartInfo("bash",
            [Path.Combine(repo, "ecogov"), "serve", "--db", cluster.ConnectionString(database), "--urls", $"http://127.0.0.1:{port}"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        psi.Environment["ECOGOV_HOME"] = home;
        psi.Environment["ECOGOV_ADMIN_PASSWORD"] = "Serve-Check-Passw0rd!";
        psi.Environment["ECOGOV_DEMO_DATA"] = "0";
        using var server = System.Diagnostics.Process.Start(psi)!;
        var output = new System.Text.StringBuilder();
        server.OutputDataReceived += (_, e) => { lock (output) output.AppendLine(e.Data); };
        server.ErrorDataReceived += (_, e) => { lock (output) output.AppendLine(e.Data); };
        server.BeginOutputReadLine();
        server.BeginErrorReadLine();
        try
        {
            using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = TimeSpan.FromSeconds(10) };
            string? ready = null;
            // the first run in a clean clone publishes the web app first
            for (var deadline = DateTime.UtcNow.AddMinutes(10); DateTime.UtcNow < deadline && !server.HasExited;)
            {
                try
                {
                    ready = await http.GetStringAsync("/health/ready");
                    break;
                }
                catch (HttpRequestException) { await Task.Delay(1000); }
                catch (TaskCanceledException) { await Task.Delay(1000); }
            }
            Assert.True(ready == "{\"status\":\"Healthy\"}", $"not ready: {ready}\n{output}");
            var login = await http.GetAsync("/Login");
            Assert.Equal(System.Net.HttpStatusCode.OK, login.StatusCode);
            // the store the app brought up is the PostgreSQL database named on the command line
            await using var pg = new Npgsql.NpgsqlConnection(cluster.ConnectionString(database));
            await pg.OpenAsync();
            await using var count = new Npgsql.NpgsqlCommand("SELECT COUNT(*) FROM plans", pg);
            Assert.Equal(8L, (long)(await count.ExecuteScalarAsync())!);
        }
        finally
        {
            if (!server.HasExited) server.Kill(entireProcessTree: true);
            await server.WaitForExitAsync();
            Directory.Delete(home, recursive: true);
        }
    }

    private static int FreePort()
    {
        using var l = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        l.Start();
        return ((System.Net.IPEndPoint)l.LocalEndpoint).Port;
    }
}
