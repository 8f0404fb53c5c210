using System.Security.Cryptography;
using System.Text;
using EcoGov.Data.Entities;
using EcoGov.Data.Seeding;
using EcoGov.Data.Users;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace EcoGov.Data;

/// <summary>Where the platform's files are: the repository (or install) root with data/ and data/seed/.</summary>
public sealed record EcoGovPaths(string Home)
{
    public string DataDirectory => Path.Combine(Home, "data");
    public string SeedDirectory => Path.Combine(DataDirectory, "seed");
    public string DefaultDatabaseFile => Path.Combine(DataDirectory, "ecogov.db");

    /// <summary>
    /// ECOGOV_HOME when set; otherwise the first folder above <paramref name="start"/> that holds data/seed.
    /// </summary>
    public static EcoGovPaths Locate(string start)
    {
        var env = Environment.GetEnvironmentVariable("ECOGOV_HOME");
        if (!string.IsNullOrWhiteSpace(env)) return new EcoGovPaths(Path.GetFullPath(env));
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            if (Directory.Exists(Path.Combine(dir.FullName, "data", "seed"))) return new EcoGovPaths(dir.FullName);
        throw new InvalidOperationException(DataText.SeedDirectoryNotFound(start).Bilingual);
    }
}

/// <summary>What <see cref="EcoGovDatabase.Migrate"/> did: the migrations it applied (oldest first) and all those the store now has.</summary>
public sealed record MigrationReport(IReadOnlyList<string> Applied, IReadOnlyList<string> Current, bool StaleMigrationLockCleared);

/// <summary>The first administrator, when one was created by this start (password shown once).</summary>
public sealed record InitialAdmin(string UserName, string Password, string CredentialsFile);

/// <summary>Creating the context, migrating, seeding and creating the first administrator.</summary>
public static class EcoGovDatabase
{
    /// <summary>The name of the assembly that holds the PostgreSQL migrations (src/EcoGov.Data.Postgres, ADR 0004).</summary>
    public const string PostgreSqlMigrationsAssembly = "EcoGov.Data.Postgres";

    /// <summary>How long a SQLite command waits for a lock held by another connection before the database counts as busy.</summary>
    public const int BusyTimeoutSeconds = 60;

    /// <summary>SQLite connection string for a database file; the folder is created if missing.</summary>
    public static string SqliteConnectionString(string file)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(file))!);
        // A writer waits up to BusyTimeoutSeconds for another process's write to finish (Microsoft.Data.Sqlite retries
        // SQLITE_BUSY until the command timeout) instead of failing at once; WAL (set by Initialize) lets readers go on.
        return new SqliteConnectionStringBuilder
        {
            DataSource = file,
            ForeignKeys = true,
            Pooling = true,
            DefaultTimeout = BusyTimeoutSeconds,
        }.ToString();
    }

    /// <summary>
    /// True when <paramref name="setting"/> names a PostgreSQL database: a postgres:// or postgresql:// URL, or a
    /// key=value connection string with a Host (or Server) key, e.g. "Host=db;Database=ecogov;Username=ecogov".
    /// Anything else is a SQLite database: a file path, or a SQLite connection string ("Data Source=…").
    /// </summary>
    public static bool IsPostgreSql(string setting)
    {
        var s = setting.Trim();
        if (s.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase) || s.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase))
            return true;
        foreach (var part in s.Split(';'))
        {
            var eq = part.IndexOf('=', StringComparison.Ordinal);
            if (eq <= 0) continue;
            var key = part[..eq].Trim();
            if (key.Equals("Host", StringComparison.OrdinalIgnoreCase) || key.Equals("Server", StringComparison.OrdinalIgnoreCase)) return true;
        }
        return false;
    }

    /// <summary>
    /// The connection string for a database setting (--db, ECOGOV_DB, ConnectionStrings:EcoGov): PostgreSQL settings
    /// (see <see cref="IsPostgreSql"/>) in Npgsql's key=value form; a SQLite file path as a SQLite connection string
    /// (its folder created); a SQLite connection string unchanged.
    /// </summary>
    public static string ConnectionString(string setting)
    {
        var s = setting.Trim();
        if (IsPostgreSql(s))
            return s.Contains("://", StringComparison.Ordinal) ? PostgresUrlToConnectionString(s) : s;
        if (s.Contains('=', StringComparison.Ordinal) && s.Contains("Data Source", StringComparison.OrdinalIgnoreCase)) return s;
        return SqliteConnectionString(s);
    }

    /// <summary>postgres://user:password@host:port/database?key=value → Npgsql key=value form.</summary>
    public static string PostgresUrlToConnectionString(string url)
    {
        var u = new Uri(url);
        var b = new NpgsqlConnectionStringBuilder { Host = u.Host };
        if (u.Port > 0) b.Port = u.Port;
        var db = Uri.UnescapeDataString(u.AbsolutePath.TrimStart('/'));
        if (db.Length > 0) b.Database = db;
        if (u.UserInfo.Length > 0)
        {
            var colon = u.UserInfo.IndexOf(':', StringComparison.Ordinal);
            b.Username = Uri.UnescapeDataString(colon < 0 ? u.UserInfo : u.UserInfo[..colon]);
            if (colon >= 0) b.Password = Uri.UnescapeDataString(u.UserInfo[(colon + 1)..]);
        }
        foreach (var pair in u.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var eq = pair.IndexOf('=', StringComparison.Ordinal);
            if (eq > 0) b[Uri.UnescapeDataString(pair[..eq])] = Uri.UnescapeDataString(pair[(eq + 1)..]);
        }
        return b.ConnectionString;
    }

    public static DbContextOptions<EcoGovDbContext> Options(string connectionString) =>
        Configure(new DbContextOptionsBuilder<EcoGovDbContext>(), connectionString).Options;

    /// <summary>
    /// Npgsql for a PostgreSQL connection string (migrations from <see cref="PostgreSqlMigrationsAssembly"/>), SQLite
    /// otherwise (migrations in this assembly).
    /// </summary>
    public static TBuilder Configure<TBuilder>(TBuilder b, string connectionString) where TBuilder : DbContextOptionsBuilder
    {
        if (IsPostgreSql(connectionString))
            b.UseNpgsql(ConnectionString(connectionString), o => o.MigrationsAssembly(PostgreSqlMigrationsAssembly));
        else
            b.UseSqlite(connectionString, o => o.MigrationsAssembly(typeof(EcoGovDbContext).Assembly.FullName))
                // The SQLite model compiled ahead (CompiledModel/, `dotnet ef dbcontext optimize`): a command starts without
                // building the model (~0.5 s). CompiledModelTests fails when it no longer matches the model the code builds.
                .UseModel(CompiledModel.EcoGovDbContextModel.Instance);
        return b;
    }

    /// <summary>
    /// Brings the database to the current schema, imports data/seed (idempotent), and creates the
    /// first administrator when there is no user. Returns the new administrator's credentials, or null.
    /// One process at a time (<see cref="DatabaseInitializationLock"/>): migrations run once however many commands start
    /// together, a migration lock left by an interrupted process is cleared (reported in
    /// <see cref="SeedImportReport.StaleMigrationLockCleared"/>), and a start that finds everything current writes nothing.
    /// <paramref name="geometry"/> does the seed's geometry work Data cannot do (decoding the jurisdiction boundaries,
    /// reading and validating the demo zoning layers): the application layer's, passed by the hosts' composition
    /// (<c>EcoGov.Application.Startup.EcoGovStartup.Initialize</c>).
    /// </summary>
    public static (SeedImportReport Seed, InitialAdmin? Admin) Initialize(
        EcoGovDbContext db, EcoGovPaths paths, ISeedGeometry geometry, ILoggerFactory? logs = null, string? initialAdminPassword = null)
    {
        var log = logs?.CreateLogger("EcoGov.Database");
        // The usual start of a command on a SQLite file this build brought up to date: nothing to do, nothing to read.
        var fingerprint = DatabaseInitializationLock.LockFile(db) is null ? (int?)null : Fingerprint(paths, geometry);
        if (fingerprint is int current && UserVersion(db) == current)
            return (new SeedImportReport([], SeedImporter.SeedFiles(paths.SeedDirectory)), null);
        using var guard = DatabaseInitializationLock.Acquire(db);
        var staleLock = ApplyMigrations(db, guard, log).StaleMigrationLockCleared;
        var report = new SeedImporter(db, geometry, logs?.CreateLogger<SeedImporter>()).Import(paths.SeedDirectory);
        // Demo zoning layers (synthetic, data/seed/zoning/demo): imported once per layer, when the layer has no version.
        var demo = new Zoning.ZoningLayerStore(db, logs?.CreateLogger<Zoning.ZoningLayerStore>())
            .SeedDemo(Path.Combine(paths.SeedDirectory, Zoning.ZoningLayerStore.DemoFolder), geometry);
        if (demo.Count > 0) report = report with { Imported = [.. report.Imported, .. demo] };
        var days = Monitoring.StationDays.FillIfMissing(db);
        if (days > 0) log?.LogInformation("Station days computed from the stored hours: {Days}", days);
        var departments = Supervision.DepartmentSync.FromPlans(db);
        if (departments > 0) log?.LogInformation("Departments added from the plans' lead and cooperating units: {Count}", departments);
        var admin = EnsureAdministrator(db, paths, initialAdminPassword);
        if (fingerprint is int done) SetUserVersion(db, done);
        return (report with { StaleMigrationLockCleared = staleLock }, admin);
    }

    /// <summary>
    /// What a SQLite file initialised by this build holds in <c>PRAGMA user_version</c>: a hash of this assembly's build
    /// (its module version id — new with every build, so a new schema, seeding rule or migration always runs the whole
    /// initialisation once), of the builds of the assemblies that do the seed's geometry work (<see cref="ISeedGeometry.Code"/>:
    /// a changed validation rule runs it once too) and of every file under data/seed (names and contents). Never 0, SQLite's default.
    /// </summary>
    internal static int Fingerprint(EcoGovPaths paths, ISeedGeometry geometry)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(typeof(EcoGovDatabase).Assembly.ManifestModule.ModuleVersionId.ToByteArray());
        foreach (var assembly in geometry.Code.Distinct().OrderBy(a => a.FullName, StringComparer.Ordinal))
            hash.AppendData(assembly.ManifestModule.ModuleVersionId.ToByteArray());
        if (Directory.Exists(paths.SeedDirectory))
            foreach (var f in Directory.GetFiles(paths.SeedDirectory, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            {
                hash.AppendData(Encoding.UTF8.GetBytes(Path.GetRelativePath(paths.SeedDirectory, f) + "\0"));
                hash.AppendData(File.ReadAllBytes(f));
            }
        var value = BitConverter.ToInt32(hash.GetHashAndReset(), 0);
        return value == 0 ? 1 : value;
    }

    private static int UserVersion(EcoGovDbContext db)
    {
        db.Database.OpenConnection();
        try
        {
            using var command = db.Database.GetDbConnection().CreateCommand();
            command.CommandText = "PRAGMA user_version";
            return Convert.ToInt32(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
        }
        finally { db.Database.CloseConnection(); }
    }

    private static void SetUserVersion(EcoGovDbContext db, int value)
    {
        if (UserVersion(db) == value) return;
        db.Database.OpenConnection();
        try
        {
            using var command = db.Database.GetDbConnection().CreateCommand();
            // PRAGMA takes no parameters; the value is an int formatted here.
            command.CommandText = "PRAGMA user_version = " + value.ToString(System.Globalization.CultureInfo.InvariantCulture);
            command.ExecuteNonQuery();
        }
        finally { db.Database.CloseConnection(); }
    }

    /// <summary>
    /// Brings the database to the current schema and nothing else (<c>./ecogov migrate</c>, and the first step of a
    /// restore): under the initialisation lock, clears a stale migration lock, switches SQLite to WAL and applies the
    /// pending migrations; no seed import, no administrator. Creates a PostgreSQL database that does not exist yet.
    /// </summary>
    public static MigrationReport Migrate(EcoGovDbContext db, ILoggerFactory? logs = null)
    {
        using var guard = DatabaseInitializationLock.Acquire(db);
        return ApplyMigrations(db, guard, logs?.CreateLogger("EcoGov.Database"));
    }

    /// <summary>
    /// Whether the database exists, without creating it: the SQLite file is there, or the PostgreSQL database answers.
    /// </summary>
    public static bool Exists(EcoGovDbContext db) =>
        db.Database.IsNpgsql() ? db.Database.CanConnect() : File.Exists(db.Database.GetDbConnection().DataSource);

    /// <summary>The migrations this build knows, oldest first (ids of the store's provider).</summary>
    public static IReadOnlyList<string> KnownMigrations(EcoGovDbContext db) => [.. db.Database.GetMigrations()];

    /// <summary>The migrations applied to the store, oldest first; empty for a new database.</summary>
    public static IReadOnlyList<string> AppliedMigrations(EcoGovDbContext db) =>
        db.Database.CanConnect() ? [.. db.Database.GetAppliedMigrations()] : [];

    /// <summary>As <see cref="Exists"/>, without blocking a thread on the server (the backup's check).</summary>
    public static async Task<bool> ExistsAsync(EcoGovDbContext db, CancellationToken ct = default) =>
        db.Database.IsNpgsql() ? await db.Database.CanConnectAsync(ct) : File.Exists(db.Database.GetDbConnection().DataSource);

    /// <summary>As <see cref="AppliedMigrations"/>, asynchronously (the backup's check of the schema).</summary>
    public static async Task<IReadOnlyList<string>> AppliedMigrationsAsync(EcoGovDbContext db, CancellationToken ct = default) =>
        await db.Database.CanConnectAsync(ct) ? [.. await db.Database.GetAppliedMigrationsAsync(ct)] : [];

    /// <summary>
    /// The provider-independent name of a migration id: "20261205220624_RealDataImports" → "RealDataImports" (the
    /// SQLite and PostgreSQL migrations of one schema change have different time stamps and the same name).
    /// </summary>
    public static string MigrationName(string id)
    {
        var underscore = id.IndexOf('_', StringComparison.Ordinal);
        return underscore < 0 ? id : id[(underscore + 1)..];
    }

    private static MigrationReport ApplyMigrations(EcoGovDbContext db, DatabaseInitializationLock guard, ILogger? log)
    {
        var staleLock = guard.ClearStaleMigrationLock(log);
        UseWriteAheadLog(db);
        // Migrate() takes EF Core's migration lock (a row write) even when nothing is pending: only when needed.
        var pending = db.Database.GetPendingMigrations().ToList();
        if (pending.Count > 0)
        {
            db.Database.Migrate();
            log?.LogInformation("Migrations applied to {Database}: {Migrations}", Describe(db), string.Join(", ", pending));
        }
        StoreGeneration.Ensure(db);
        return new MigrationReport(pending, KnownMigrations(db), staleLock);
    }

    /// <summary>
    /// The folder of the store's files beside the database: the SQLite file's folder, or for PostgreSQL the data folder
    /// of <paramref name="paths"/>. The data-protection keys (<c>keys/</c>) live there.
    /// </summary>
    public static string DataFolder(string connectionString, EcoGovPaths paths) =>
        IsPostgreSql(connectionString)
            ? paths.DataDirectory
            : Path.GetDirectoryName(Path.GetFullPath(new SqliteConnectionStringBuilder(ConnectionString(connectionString)).DataSource))!;

    /// <summary>The data-protection key ring of the web app (sign-in cookies): <c>keys/</c> in <see cref="DataFolder"/>.</summary>
    public static string KeysDirectory(EcoGovDbContext db, EcoGovPaths paths) =>
        Path.Combine(DataFolder(db.Database.GetConnectionString()!, paths), "keys");

    /// <summary>
    /// SQLite: write-ahead logging (persistent in the file), so readers never wait for a writer and a writer waits only
    /// for another writer. Set once; a file already in WAL mode is left as it is.
    /// </summary>
    private static void UseWriteAheadLog(EcoGovDbContext db)
    {
        if (db.Database.IsNpgsql() || DatabaseInitializationLock.LockFile(db) is null) return;
        db.Database.OpenConnection();
        try
        {
            using var command = db.Database.GetDbConnection().CreateCommand();
            command.CommandText = "PRAGMA journal_mode";
            if (string.Equals(command.ExecuteScalar() as string, "wal", StringComparison.OrdinalIgnoreCase)) return;
            command.CommandText = "PRAGMA journal_mode=WAL";
            command.ExecuteScalar();
        }
        finally { db.Database.CloseConnection(); }
    }

    /// <summary>
    /// Where the first administrator's credentials are kept: initial-admin.txt beside a SQLite file; for PostgreSQL
    /// initial-admin-{database}.txt in the data folder of <paramref name="paths"/>.
    /// </summary>
    public static string CredentialsFile(EcoGovDbContext db, EcoGovPaths? paths = null)
    {
        var connection = db.Database.GetDbConnection();
        if (!db.Database.IsNpgsql())
            return Path.Combine(Path.GetDirectoryName(Path.GetFullPath(connection.DataSource))!, "initial-admin.txt");
        var folder = paths?.DataDirectory ?? throw new ArgumentNullException(nameof(paths), "PostgreSQL: the data folder is needed");
        Directory.CreateDirectory(folder);
        return Path.Combine(folder, $"initial-admin-{connection.Database}.txt");
    }

    /// <summary>
    /// Where evidence files of progress reports are kept (content-addressed by SHA-256): evidence/ beside a SQLite file;
    /// for PostgreSQL evidence-{database}/ in the data folder of <paramref name="paths"/>. Back it up with the database.
    /// </summary>
    public static string EvidenceDirectory(EcoGovDbContext db, EcoGovPaths paths)
    {
        var connection = db.Database.GetDbConnection();
        return db.Database.IsNpgsql()
            ? Path.Combine(paths.DataDirectory, $"evidence-{connection.Database}")
            : Path.Combine(Path.GetDirectoryName(Path.GetFullPath(connection.DataSource))!, "evidence");
    }

    /// <summary>A display name for the database in logs: the SQLite file, or host:port/database for PostgreSQL.</summary>
    public static string Describe(EcoGovDbContext db)
    {
        var connection = db.Database.GetDbConnection();
        if (!db.Database.IsNpgsql()) return connection.DataSource;
        var b = new NpgsqlConnectionStringBuilder(connection.ConnectionString);
        return $"postgresql://{b.Host}:{b.Port}/{b.Database}";
    }

    /// <summary>
    /// Creates user "admin" when there is no user: with <paramref name="password"/> when given
    /// (ECOGOV_ADMIN_PASSWORD), else a random one; the credentials are written to CredentialsFile (mode 600).
    /// </summary>
    private static InitialAdmin? EnsureAdministrator(EcoGovDbContext db, EcoGovPaths paths, string? password)
    {
        // One transaction (SQLite takes the write lock at BEGIN): two processes starting on a new
        // database cannot both create "admin", and the user exists only if its credentials were saved.
        if (db.Users.Any()) return null; // the usual case, without taking the write lock
        using var tx = db.Database.BeginTransaction();
        if (db.Users.Any()) return null;
        if (string.IsNullOrEmpty(password)) password = PasswordHashing.Generate();
        db.Users.Add(new UserEntity
        {
            UserName = "admin",
            DisplayName = "系统管理员",
            Role = Core.Supervision.UserRoles.AdministratorName,
            PasswordHash = PasswordHashing.Hash(password),
            MustChangePassword = false,
        });
        db.SaveChanges();
        var file = CredentialsFile(db, paths);
        var options = new FileStreamOptions { Mode = FileMode.Create, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows()) options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        using (var w = new StreamWriter(file, new System.Text.UTF8Encoding(false), options))
            w.Write($"用户名 user: admin\n密码 password: {password}\n");
        tx.Commit();
        return new InitialAdmin("admin", password, file);
    }
}
