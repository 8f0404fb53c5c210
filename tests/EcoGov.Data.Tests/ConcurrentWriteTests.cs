using System.Text;
using EcoGov.Application.Monitoring;
using EcoGov.Application.Startup;
using EcoGov.Core.Monitoring;
using EcoGov.Data.Entities;
using EcoGov.Data.Monitoring;
using Microsoft.EntityFrameworkCore;

namespace EcoGov.Data.Tests;

/// <summary>
/// Hardening probe 1 (docs/reliability.md): concurrent imports on one store. Monitoring imports run at once from
/// separate connections (as separate processes would) over overlapping rows; every import must finish without an
/// exception, the rows be stored once, and the store stay usable. On both engines.
/// </summary>
public abstract class ConcurrentWriteTests : IDisposable
{
    private const string Jincheng = "140500";
    private readonly TestStore store;

    protected ConcurrentWriteTests(TestStore store)
    {
        this.store = store;
        using var db = store.Open();
        db.Database.Migrate();
        db.Jurisdictions.Add(new JurisdictionEntity { Code = Jincheng, Name = "晋城市", Level = Core.Jurisdictions.JurisdictionLevel.City });
        db.SaveChanges();
    }

    public void Dispose()
    {
        store.Dispose();
        GC.SuppressFinalize(this);
    }

    /// <summary>
    /// <paramref name="hours"/> hours of station S1 and S2; <paramref name="variant"/> only changes a trailing comment
    /// line's absence/presence so that files hold the same rows under different SHA-256 (the file-level shortcut
    /// cannot answer, the row-level duplicate check must).
    /// </summary>
    private string AirFile(int variant, int hours)
    {
        var b = new StringBuilder("station,time,SO2,NO2,CO,O3,PM10,PM2.5\n");
        var start = new DateTime(2026, 1, 1);
        for (var h = 0; h < hours; h++)
            foreach (var s in new[] { "S1", "S2" })
                b.Append(s).Append(',').Append(start.AddHours(h).ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture))
                    .Append(",10,20,0.8,30,60,").Append(35 + h % 7).Append('\n');
        b.Append(new string('\n', variant)); // blank lines at the end: same rows, different bytes
        var path = Path.Combine(store.Directory, $"air-{variant}.csv");
        File.WriteAllText(path, b.ToString());
        return path;
    }

    [Fact]
    [Trait("Category", "Probe")]
    public void Concurrent_imports_of_the_same_rows_store_them_once_without_an_error()
    {
        const int importers = 8;
        const int hours = 500;
        var files = Enumerable.Range(0, importers).Select(i => AirFile(i, hours)).ToList();
        using var start = new Barrier(importers);
        var results = new MonitoringImportResult?[importers];
        var errors = new Exception?[importers];
        var threads = Enumerable.Range(0, importers).Select(i => new Thread(() =>
        {
            try
            {
                using var db = store.Open();
                start.SignalAndWait();
                results[i] = new MonitoringImportService(db).ImportAsync(new MonitoringImportRequest(files[i], MonitoringDataKind.AirHourly, Jincheng)).GetAwaiter().GetResult(); // each importer on its own thread, as separate processes would be
            }
            catch (Exception e) { errors[i] = e; }
        })).ToList();
        threads.ForEach(t => t.Start());
        foreach (var t in threads) Assert.True(t.Join(TimeSpan.FromMinutes(3)), "an import did not finish within 3 minutes");

        Assert.All(errors, e => Assert.Null(e));
        Assert.Single(results, r => r!.Stored == 2 * hours);
        Assert.All(results.Where(r => r!.Stored == 0), r => Assert.Equal((2 * hours, 0), (r!.Unchanged, r.Rejected.Count)));
        using var check = store.Open();
        Assert.Equal(2 * hours, check.AirHourlyObservations.Count());
        Assert.Equal(1, check.MonitoringImports.Count());
    }

    [Fact]
    [Trait("Category", "Probe")]
    public void Concurrent_imports_of_the_same_file_record_one_import()
    {
        const int importers = 6;
        var file = AirFile(0, 50);
        using var start = new Barrier(importers);
        var results = new MonitoringImportResult?[importers];
        var errors = new Exception?[importers];
        var tasks = Enumerable.Range(0, importers).Select(i => Task.Factory.StartNew(() =>
        {
            try
            {
                using var db = store.Open();
                start.SignalAndWait();
                results[i] = new MonitoringImportService(db).ImportAsync(new MonitoringImportRequest(file, MonitoringDataKind.AirHourly, Jincheng)).GetAwaiter().GetResult(); // each importer on its own thread, as separate processes would be
            }
            catch (Exception e) { errors[i] = e; }
        }, TaskCreationOptions.LongRunning)).ToArray();
        Assert.True(Task.WaitAll(tasks, TimeSpan.FromMinutes(3)));
        Assert.All(errors, e => Assert.Null(e));
        Assert.Single(results, r => r!.Stored == 100);
        using var check = store.Open();
        Assert.Equal(1, check.MonitoringImports.Count());
        Assert.Equal(100, check.AirHourlyObservations.Count());
    }
}

public sealed class ConcurrentWriteTestsSqlite() : ConcurrentWriteTests(new TestStore());

public sealed class ConcurrentWriteTestsPostgreSql(PostgresServer server) : ConcurrentWriteTests(server.NewStore()), IClassFixture<PostgresServer>;

/// <summary>
/// Hardening probe 1, the stuck store: a row left in EF Core's SQLite migration lock table by an interrupted process
/// used to make every later start loop forever on <c>INSERT OR IGNORE INTO "__EFMigrationsLock"</c>.
/// </summary>
public sealed class MigrationLockTests : IDisposable
{
    private readonly TestStore store = new();

    public void Dispose() => store.Dispose();

    private static void LeaveStaleLock(EcoGovDbContext db)
    {
        // The table and row as EF Core 10's SqliteHistoryRepository writes them while it migrates.
        db.Database.ExecuteSqlRaw("CREATE TABLE IF NOT EXISTS \"__EFMigrationsLock\" (\"Id\" INTEGER NOT NULL CONSTRAINT \"PK___EFMigrationsLock\" PRIMARY KEY, \"Timestamp\" TEXT NOT NULL)");
        db.Database.ExecuteSqlRaw("INSERT INTO \"__EFMigrationsLock\" (\"Id\", \"Timestamp\") VALUES (1, '2026-12-01 08:00:00')");
    }

    private static T Within<T>(TimeSpan limit, Func<T> run)
    {
        var task = Task.Factory.StartNew(run, TaskCreationOptions.LongRunning);
        Assert.True(task.Wait(limit), $"did not finish within {limit.TotalSeconds} s (a start hanging on a stale migration lock)");
        return task.Result;
    }

    [Fact]
    [Trait("Category", "Probe")]
    public void A_stale_migration_lock_is_cleared_with_a_message_and_the_store_opens()
    {
        using (var db = store.Open()) EcoGovStartup.Initialize(db, store.Paths);
        using (var db = store.Open())
        {
            LeaveStaleLock(db);
            // An interrupted start never marks the file current (PRAGMA user_version is set last, EcoGovDatabase.Fingerprint).
            if (!db.Database.IsNpgsql()) db.Database.ExecuteSqlRaw("PRAGMA user_version = 0");
        }

        var (seed, _) = Within(TimeSpan.FromSeconds(60), () =>
        {
            using var db = store.Open();
            return EcoGovStartup.Initialize(db, store.Paths);
        });
        Assert.True(seed.StaleMigrationLockCleared);
        using var check = store.Open();
        Assert.Equal(0, check.Database.SqlQueryRaw<long>("SELECT COUNT(*) AS \"Value\" FROM \"__EFMigrationsLock\"").AsEnumerable().First());
        Assert.True(check.Plans.Any());
    }

    [Fact]
    [Trait("Category", "Probe")]
    public void A_stale_migration_lock_on_a_new_database_does_not_stop_the_first_migration()
    {
        using (var db = store.Open()) LeaveStaleLock(db);
        var (seed, admin) = Within(TimeSpan.FromSeconds(90), () =>
        {
            using var db = store.Open();
            return EcoGovStartup.Initialize(db, store.Paths);
        });
        Assert.True(seed.StaleMigrationLockCleared);
        Assert.NotNull(admin);
    }

    [Fact]
    [Trait("Category", "Probe")]
    public void Starts_on_a_current_store_write_nothing_and_leave_no_lock()
    {
        using (var db = store.Open()) EcoGovStartup.Initialize(db, store.Paths);
        // Another connection holds the write lock (as a long import would): a start must not need it.
        using var writer = store.Open();
        using var tx = writer.Database.BeginTransaction();
        writer.MonitoringImports.Add(new MonitoringImportEntity { FileName = "x.csv", Sha256 = new string('0', 64), Kind = "air-hourly", ImportedAtUtc = DateTime.UtcNow });
        writer.SaveChanges();
        var (seed, admin) = Within(TimeSpan.FromSeconds(20), () =>
        {
            using var db = store.Open();
            return EcoGovStartup.Initialize(db, store.Paths);
        });
        Assert.False(seed.ChangedAnything);
        Assert.Null(admin);
        tx.Rollback();
        using var check = new Microsoft.Data.Sqlite.SqliteConnection(store.ConnectionString);
        check.Open();
        using var mode = check.CreateCommand();
        mode.CommandText = "PRAGMA journal_mode";
        Assert.Equal("wal", (string)mode.ExecuteScalar()!, ignoreCase: true);
    }
}
