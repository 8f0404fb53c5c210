namespace EcoGov.Testing;

/// <summary>
/// The store the host-level test suites run on. By default each test host gets its own SQLite file; with
/// <c>ECOGOV_TEST_STORE=postgresql</c> (test.sh runs the application suite a second time so) each gets its own new
/// PostgreSQL database in one throwaway cluster per test process — the same tests, the same hosts, the production store.
/// </summary>
public static class TestStores
{
    public const string Variable = "ECOGOV_TEST_STORE";

    private static readonly System.Collections.Concurrent.ConcurrentBag<string> Databases = [];

    private static readonly Lazy<PostgresCluster> Cluster = new(() =>
    {
        var cluster = PostgresCluster.Start();
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            // A PostgreSQL store keeps its files in $ECOGOV_HOME/data, named after the database: the tests' go with them
            // (first: the time a process gives its exit handlers is short, and stopping the server takes most of it).
            if (Environment.GetEnvironmentVariable("ECOGOV_HOME") is { Length: > 0 } home)
            {
                var data = Path.Combine(home, "data");
                foreach (var database in Databases)
                {
                    File.Delete(Path.Combine(data, $"initial-admin-{database}.txt"));
                    var evidence = Path.Combine(data, $"evidence-{database}");
                    if (Directory.Exists(evidence)) Directory.Delete(evidence, recursive: true);
                }
            }
            Npgsql.NpgsqlConnection.ClearAllPools();
            cluster.Dispose();
        };
        return cluster;
    });

    /// <summary>Whether this run's hosts use PostgreSQL.</summary>
    public static bool PostgreSql =>
        string.Equals(Environment.GetEnvironmentVariable(Variable), "postgresql", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// The database setting for a new host: <paramref name="sqliteFile"/>, or the connection string of a database not
    /// created yet (the host's first start creates, migrates and seeds it).
    /// </summary>
    public static string Setting(string sqliteFile)
    {
        if (!PostgreSql) return sqliteFile;
        var database = "t_" + Guid.NewGuid().ToString("N")[..20];
        Databases.Add(database);
        return Cluster.Value.ConnectionString(database);
    }
}
