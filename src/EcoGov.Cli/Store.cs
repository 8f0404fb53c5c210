using System.CommandLine;
using EcoGov.Application;
using EcoGov.Application.Startup;
using EcoGov.Data;
using EcoGov.Data.Queries;
using EcoGov.Data.Seeding;
using Microsoft.Extensions.DependencyInjection;

namespace EcoGov.Cli;

/// <summary>
/// Opens the platform's database for a command: --db, ECOGOV_DB, or data/ecogov.db — a SQLite file or a PostgreSQL
/// connection string (Host=… or postgres://…, see EcoGovDatabase.IsPostgreSql);
/// migrated and seeded on first use exactly as the web app does.
/// </summary>
public sealed class Store : IDisposable
{
    // The command's one context and what the application layer is composed over; commands reach them only through
    // Get<T>() (an application operation), never directly (docs/architecture.md §2).
    private EcoGovDbContext Db { get; }
    private PlanCatalog Catalog { get; }
    private EcoGovPaths Paths { get; }

    private ServiceProvider? provider;
    private IServiceScope? scope;

    /// <summary>
    /// The application layer over this store, registered as the web registers it (<see cref="ApplicationServices.AddEcoGovApplication"/>):
    /// one scope per command, over the command's one context.
    /// </summary>
    public IServiceProvider Services
    {
        get
        {
            provider ??= new ServiceCollection()
                .AddSingleton(Db).AddSingleton(Paths).AddSingleton(Catalog)
                .AddLogging()
                .AddEcoGovApplication()
                .BuildServiceProvider();
            scope ??= provider.CreateScope();
            return scope.ServiceProvider;
        }
    }

    /// <summary>An application operation over this store.</summary>
    public T Get<T>() where T : notnull => Services.GetRequiredService<T>();

    private Store(EcoGovDbContext db, EcoGovPaths paths)
    {
        Db = db;
        Paths = paths;
        Catalog = new PlanCatalog(db);
    }

    /// <summary>
    /// The database a command names, opened without initialising it (no migration, seed import or administrator): for
    /// `migrate`, `backup` and `restore`, which decide themselves what may be written.
    /// </summary>
    public static (EcoGovDbContext Db, EcoGovPaths Paths) OpenUninitialized(ParseResult parse)
    {
        var paths = EcoGovPaths.Locate(AppContext.BaseDirectory);
        var setting = parse.GetValue(CliApp.Database) ?? Environment.GetEnvironmentVariable("ECOGOV_DB") ?? paths.DefaultDatabaseFile;
        return (new EcoGovDbContext(EcoGovDatabase.Options(EcoGovDatabase.ConnectionString(setting))), paths);
    }

    public static Store Open(ParseResult parse, Output output)
    {
        var (db, paths) = OpenUninitialized(parse);
        SeedImportReport seed;
        InitialAdmin? admin;
        try
        {
            (seed, admin) = EcoGovStartup.Initialize(db, paths,
                initialAdminPassword: Environment.GetEnvironmentVariable("ECOGOV_ADMIN_PASSWORD"));
        }
        catch (Exception e) when (DatabaseUnavailableException.Is(e))
        {
            // "数据库暂时无法连接（postgresql://host:port/db）…", exit 2 (CliApp), not an exception dump
            var where = EcoGovDatabase.Describe(db);
            db.Dispose();
            throw DatabaseUnavailableException.From(e, where);
        }
        if (seed.StaleMigrationLockCleared)
            output.Error.WriteLine("已清除被中断进程残留的数据库迁移锁 / cleared a stale migration lock (__EFMigrationsLock) left by an interrupted process");
        if (seed.ChangedAnything) output.Error.WriteLine($"已导入种子数据 / seeded: {string.Join(", ", seed.Imported)}");
        if (admin is not null)
            output.Error.WriteLine($"已创建管理员 / administrator created: {admin.UserName}，密码见 / password in {admin.CredentialsFile}");
        return new Store(db, paths);
    }

    public void Dispose()
    {
        // The context was handed to the container as an instance: the container does not dispose it.
        scope?.Dispose();
        provider?.Dispose();
        Db.Dispose();
    }
}
