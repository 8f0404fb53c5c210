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

    [Fact]
    public void A_postgresql_server_that_cannot_be_reached_is_bad_input()
    {
        var (exit, _, stderr) = Run("plans", "--json", "--db", $"postgres://postgres@127.0.0.1:1/nothing?Timeout=3");
        Assert.Equal(2, exit);
        Assert.Contains("bad input", stderr);
    }
}
