using EcoGov.Data.Entities;
using EcoGov.Data.Seeding;
using EcoGov.Data.Users;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

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
        throw new InvalidOperationException($"找不到 data/seed 目录（从 {start} 向上查找）；请设置 ECOGOV_HOME / data/seed not found above {start}; set ECOGOV_HOME");
    }
}

/// <summary>The first administrator, when one was created by this start (password shown once).</summary>
public sealed record InitialAdmin(string UserName, string Password, string CredentialsFile);

/// <summary>Creating the context, migrating, seeding and creating the first administrator.</summary>
public static class EcoGovDatabase
{
    /// <summary>SQLite connection string for a database file; the folder is created if missing.</summary>
    public static string SqliteConnectionString(string file)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(file))!);
        return new SqliteConnectionStringBuilder { DataSource = file, ForeignKeys = true, Pooling = true }.ToString();
    }

    public static DbContextOptions<EcoGovDbContext> Options(string connectionString) =>
        Configure(new DbContextOptionsBuilder<EcoGovDbContext>(), connectionString).Options;

    public static TBuilder Configure<TBuilder>(TBuilder b, string connectionString) where TBuilder : DbContextOptionsBuilder
    {
        b.UseSqlite(connectionString, o => o.MigrationsAssembly(typeof(EcoGovDbContext).Assembly.FullName));
        return b;
    }

    /// <summary>
    /// Brings the database to the current schema, imports data/seed (idempotent), and creates the
    /// first administrator when there is no user. Returns the new administrator's credentials, or null.
    /// </summary>
    public static (SeedImportReport Seed, InitialAdmin? Admin) Initialize(
        EcoGovDbContext db, EcoGovPaths paths, ILoggerFactory? logs = null, string? initialAdminPassword = null)
    {
        db.Database.Migrate();
        var report = new SeedImporter(db, logs?.CreateLogger<SeedImporter>()).Import(paths.SeedDirectory);
        // Demo zoning layers (synthetic, data/seed/zoning/demo): imported once per layer, when the layer has no version.
        var demo = new Zoning.ZoningLayerStore(db, logs?.CreateLogger<Zoning.ZoningLayerStore>())
            .SeedDemo(Path.Combine(paths.SeedDirectory, Zoning.ZoningLayerStore.DemoFolder));
        if (demo.Count > 0) report = report with { Imported = [.. report.Imported, .. demo] };
        return (report, EnsureAdministrator(db, initialAdminPassword));
    }

    /// <summary>initial-admin.txt beside the database file: where the first administrator's credentials are kept.</summary>
    public static string CredentialsFile(EcoGovDbContext db) =>
        Path.Combine(Path.GetDirectoryName(Path.GetFullPath(db.Database.GetDbConnection().DataSource))!, "initial-admin.txt");

    /// <summary>
    /// Creates user "admin" when there is no user: with <paramref name="password"/> when given
    /// (ECOGOV_ADMIN_PASSWORD), else a random one; the credentials are written to initial-admin.txt beside the database (mode 600).
    /// </summary>
    private static InitialAdmin? EnsureAdministrator(EcoGovDbContext db, string? password)
    {
        // One transaction (SQLite takes the write lock at BEGIN): two processes starting on a new
        // database cannot both create "admin", and the user exists only if its credentials were saved.
        using var tx = db.Database.BeginTransaction();
        if (db.Users.Any()) return null;
        if (string.IsNullOrEmpty(password)) password = PasswordHashing.Generate();
        db.Users.Add(new UserEntity
        {
            UserName = "admin",
            DisplayName = "系统管理员",
            Role = Roles.Administrator,
            PasswordHash = PasswordHashing.Hash(password),
            MustChangePassword = false,
        });
        db.SaveChanges();
        var file = CredentialsFile(db);
        var options = new FileStreamOptions { Mode = FileMode.Create, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows()) options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        using (var w = new StreamWriter(file, new System.Text.UTF8Encoding(false), options))
            w.Write($"用户名 user: admin\n密码 password: {password}\n");
        tx.Commit();
        return new InitialAdmin("admin", password, file);
    }
}

/// <summary>角色 user roles.</summary>
public static class Roles
{
    public const string Administrator = "administrator";
}
