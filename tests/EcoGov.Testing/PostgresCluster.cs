using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace EcoGov.Testing;

/// <summary>
/// A throwaway PostgreSQL cluster on loopback for integration tests and benchmarks (GUIDE: "Tests that need
/// PostgreSQL start a throwaway cluster on loopback (initdb + pg_ctl into a temp dir) — no Docker here").
/// The binaries come from $ECOGOV_PG_BIN or /usr/lib/postgresql/15/bin (scripts/ensure-postgres.sh installs
/// postgresql-15 and postgresql-15-postgis-3). PostgreSQL refuses to run as root, so when the process is root the
/// cluster runs as the Debian "postgres" user through runuser. Disposing stops the server and deletes the folder.
/// </summary>
public sealed class PostgresCluster : IDisposable
{
    private readonly string _bin;
    private bool _running;

    private PostgresCluster(string bin, string directory, int port)
    {
        _bin = bin;
        ClusterDirectory = directory;
        Port = port;
    }

    /// <summary>The cluster's folder (data in "data", socket and log beside it).</summary>
    public string ClusterDirectory { get; }

    public int Port { get; }

    /// <summary>Connection string for the superuser "postgres" to database "postgres" (trust auth on loopback).</summary>
    public string ConnectionString(string database = "postgres") =>
        $"Host=127.0.0.1;Port={Port};Username=postgres;Database={database};Pooling=true;Include Error Detail=true";

    /// <summary>Where the binaries are, or null when PostgreSQL is not installed.</summary>
    public static string? FindBinaries()
    {
        foreach (var dir in new[] { Environment.GetEnvironmentVariable("ECOGOV_PG_BIN"), "/usr/lib/postgresql/15/bin" })
            if (!string.IsNullOrEmpty(dir) && File.Exists(Path.Combine(dir, "initdb"))) return dir;
        return null;
    }

    /// <summary>
    /// Initialises and starts a cluster; throws with the tool's output when that fails (a missing installation is
    /// an error, not a reason to skip: test.sh installs it).
    /// </summary>
    public static PostgresCluster Start()
    {
        var bin = FindBinaries() ?? throw new InvalidOperationException(
            "PostgreSQL 15 未安装：运行 scripts/ensure-postgres.sh（test.sh 会自动安装）/ PostgreSQL 15 not installed");
        var dir = Path.Combine(Path.GetTempPath(), "ecogov-pg-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(dir);
        var cluster = new PostgresCluster(bin, dir, FreePort());
        try
        {
            if (IsRoot) Run("chown", $"postgres:postgres {dir}", asPostgres: false);
            cluster.Tool("initdb", $"-D {dir}/data -U postgres -A trust -E UTF8 --locale=C.UTF-8 --no-sync");
            cluster.StartServer();
            return cluster;
        }
        catch
        {
            cluster.Dispose();
            throw;
        }
    }

    private void StartServer()
    {
        var dir = ClusterDirectory;
        // max_connections: one test process runs many hosts in turn, each with its own database and so its own Npgsql pool,
        // whose idle connections outlive the host for a while; the default 100 ran out once the application suite grew.
        Tool("pg_ctl", $"-D {dir}/data -l {dir}/server.log -w -t 60 -o \"-p {Port} -k {dir} " +
            "-c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=400\" start");
        _running = true;
    }

    /// <summary>Stops the server (fast shutdown: sessions are terminated), keeping the data; <see cref="Restart"/> brings it back.</summary>
    public void Stop()
    {
        if (!_running) return;
        Tool("pg_ctl", $"-D {ClusterDirectory}/data -m fast -w -t 60 stop");
        _running = false;
    }

    /// <summary>Starts the stopped server again on the same port with the same data.</summary>
    public void Restart()
    {
        if (!_running) StartServer();
    }

    public void Dispose()
    {
        if (_running)
        {
            try { Tool("pg_ctl", $"-D {ClusterDirectory}/data -m immediate -w stop"); }
            catch (InvalidOperationException) { /* already gone; the folder is removed below */ }
            _running = false;
        }
        try { Directory.Delete(ClusterDirectory, recursive: true); }
        catch (IOException) { }
        catch (UnauthorizedAccessException) { }
    }

    private void Tool(string name, string arguments) => Run(Path.Combine(_bin, name), arguments, asPostgres: IsRoot);

    private static bool IsRoot => Environment.UserName == "root";

    private static void Run(string file, string arguments, bool asPostgres)
    {
        var psi = asPostgres
            ? new ProcessStartInfo("runuser", $"-u postgres -- {file} {arguments}")
            : new ProcessStartInfo(file, arguments);
        psi.RedirectStandardOutput = true;
        psi.RedirectStandardError = true;
        psi.UseShellExecute = false;
        using var p = Process.Start(psi) ?? throw new InvalidOperationException($"cannot start {file}");
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEnd();
        p.WaitForExit();
        if (p.ExitCode != 0)
            throw new InvalidOperationException($"{Path.GetFileName(file)} {arguments} → exit {p.ExitCode}\n{stdout.Result}\n{stderr}");
    }

    private static int FreePort()
    {
        using var l = new TcpListener(IPAddress.Loopback, 0);
        l.Start();
        return ((IPEndPoint)l.LocalEndpoint).Port;
    }
}
