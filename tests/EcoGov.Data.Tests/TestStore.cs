using EcoGov.Data;
using Npgsql;

namespace EcoGov.Data.Tests;

/// <summary>The database engines the store tests run against (GUIDE: "the same migrations and tests run against both").</summary>
public enum TestProvider
{
    Sqlite,
    PostgreSql,
}

/// <summary>
/// A throwaway database for one test — a SQLite file, or a fresh database (CREATE DATABASE with a unique name) in a
/// <see cref="PostgresServer"/> — and a home folder whose data/seed is the repository's (a symlink) or a copy a test may damage.
/// </summary>
public sealed class TestStore : IDisposable
{
    /// <summary>A store on a new SQLite file.</summary>
    public TestStore()
    {
        Provider = TestProvider.Sqlite;
        System.IO.Directory.CreateDirectory(Directory);
        ConnectionString = EcoGovDatabase.SqliteConnectionString(DatabaseFile);
    }

    /// <summary>A store on a PostgreSQL database named <paramref name="database"/> (created by the caller, or not yet).</summary>
    public TestStore(PostgresServer server, string database)
    {
        Provider = TestProvider.PostgreSql;
        System.IO.Directory.CreateDirectory(Directory);
        DatabaseName = database;
        ConnectionString = server.Cluster.ConnectionString(database);
    }

    public TestProvider Provider { get; }
    public string Directory { get; } = Path.Combine(Path.GetTempPath(), "ecogov-test-" + Guid.NewGuid().ToString("N"));
    public string DatabaseFile => Path.Combine(Directory, "ecogov.db");
    public string? DatabaseName { get; }
    public string ConnectionString { get; }

    public static string RepoRoot { get; } = FindRepoRoot();

    public EcoGovDbContext Open() => new(EcoGovDatabase.Options(ConnectionString));

    /// <summary>
    /// Paths whose data/seed is the repository's (a symbolic link, not to be damaged) and whose data folder is this
    /// store's own: the first administrator's credentials file is written there for PostgreSQL.
    /// </summary>
    public EcoGovPaths Paths
    {
        get
        {
            var home = Path.Combine(Directory, "repo-home");
            var seed = Path.Combine(home, "data", "seed");
            if (!System.IO.Directory.Exists(seed))
            {
                System.IO.Directory.CreateDirectory(Path.GetDirectoryName(seed)!);
                System.IO.Directory.CreateSymbolicLink(seed, Path.Combine(RepoRoot, "data", "seed"));
            }
            return new EcoGovPaths(home);
        }
    }

    /// <summary>Paths whose data/seed is a fresh copy of the repository's, which a test may damage.</summary>
    public EcoGovPaths CopyOfSeed()
    {
        var home = Path.Combine(Directory, "home");
        Copy(Path.Combine(RepoRoot, "data", "seed"), Path.Combine(home, "data", "seed"));
        return new EcoGovPaths(home);
    }

    public static EcoGovPaths RepoPaths => new(RepoRoot);

    private static void Copy(string from, string to)
    {
        System.IO.Directory.CreateDirectory(to);
        foreach (var f in System.IO.Directory.GetFiles(from)) File.Copy(f, Path.Combine(to, Path.GetFileName(f)));
        foreach (var d in System.IO.Directory.GetDirectories(from)) Copy(d, Path.Combine(to, Path.GetFileName(d)));
    }

    private static string FindRepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "EcoGov.slnx"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("EcoGov.slnx not found");
    }

    public void Dispose()
    {
        if (Provider == TestProvider.Sqlite) Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { System.IO.Directory.Delete(Directory, recursive: true); } catch (IOException) { }
    }
}

/// <summary>
/// One throwaway PostgreSQL cluster per test class (xUnit class fixture); each test gets its own database. The cluster
/// must start: a missing PostgreSQL installation fails the tests (test.sh installs it), it does not skip them.
/// </summary>
public sealed class PostgresServer : IDisposable
{
    public Testing.PostgresCluster Cluster { get; } = Testing.PostgresCluster.Start();

    /// <summary>A store on a new, empty database.</summary>
    public TestStore NewStore()
    {
        var name = NewDatabaseName();
        using (var connection = new NpgsqlConnection(Cluster.ConnectionString()))
        {
            connection.Open();
            using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
            create.ExecuteNonQuery();
        }
        return new TestStore(this, name);
    }

    /// <summary>A store on a database that does not exist yet (the application must create it).</summary>
    public TestStore StoreWithoutDatabase() => new(this, NewDatabaseName());

    public bool DatabaseExists(string name)
    {
        using var connection = new NpgsqlConnection(Cluster.ConnectionString());
        connection.Open();
        using var cmd = new NpgsqlCommand("SELECT count(*) FROM pg_database WHERE datname = @n", connection);
        cmd.Parameters.AddWithValue("n", name);
        return (long)cmd.ExecuteScalar()! == 1;
    }

    private static string NewDatabaseName() => "ecogov_test_" + Guid.NewGuid().ToString("N")[..16];

    public void Dispose()
    {
        NpgsqlConnection.ClearAllPools();
        Cluster.Dispose();
    }
}
