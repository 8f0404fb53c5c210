using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.Logging;

namespace EcoGov.Data;

/// <summary>
/// The database is busy: another process holds what this one needs for longer than it waits. Nothing was written by
/// the operation that was refused; retrying later is safe.
/// </summary>
public sealed class DatabaseBusyException(string message, Exception? inner = null) : Exception(message, inner)
{
    /// <summary>
    /// SQLITE_BUSY / SQLITE_LOCKED from SQLite; lock_not_available / deadlock_detected from PostgreSQL, or no connection
    /// to be had within the connection string's Timeout (Npgsql's pool exhausted by more concurrent requests than
    /// Max Pool Size, or the server not accepting a new one in time: an NpgsqlException over a TimeoutException).
    /// </summary>
    public static bool IsBusy(Exception e) => e switch
    {
        SqliteException s => s.SqliteErrorCode is 5 or 6,
        Npgsql.PostgresException p => p.SqlState is "55P03" or "40P01",
        Npgsql.NpgsqlException { InnerException: TimeoutException } => true,
        _ => e.InnerException is not null && IsBusy(e.InnerException),
    };

    /// <summary>
    /// The busy answer for an exception that <see cref="IsBusy"/> or already is one: an SQLite/PostgreSQL lock error that
    /// escaped an operation (it waited the connection's busy timeout) becomes the same message.
    /// </summary>
    public static DatabaseBusyException From(Exception e) =>
        e as DatabaseBusyException
        ?? (NoConnection(e)
            ? new DatabaseBusyException("数据库连接已全部占用（同时处理的请求过多），未能在等待时间内取得连接；本次未写入任何数据，请稍后重试 " +
                                        "(no database connection free in time: too many requests at once; nothing was written, retry later)", e)
            : Writing(TimeSpan.FromSeconds(EcoGovDatabase.BusyTimeoutSeconds), e));

    private static bool NoConnection(Exception e) =>
        e is Npgsql.NpgsqlException { InnerException: TimeoutException } and not Npgsql.PostgresException
        || e.InnerException is not null && NoConnection(e.InnerException);

    /// <summary>True when <paramref name="e"/> is a busy answer or a lock error that should become one.</summary>
    public static bool Is(Exception e) => e is DatabaseBusyException || IsBusy(e);

    /// <summary>The message a user gets when a write waited <paramref name="waited"/> and the database stayed busy.</summary>
    public static DatabaseBusyException Writing(TimeSpan waited, Exception inner) => new(
        $"数据库正被其他写入占用，等待 {waited.TotalSeconds:0} 秒后仍未释放；本次未写入任何数据，请稍后重试 " +
        $"(database busy: another process kept it locked for {waited.TotalSeconds:0} s; nothing was written, retry later)", inner);
}

/// <summary>
/// Serialises database initialisation (migrations, seed import, first administrator) across processes, so that
/// migrations run once and twenty commands started together on a new database do not race:
/// for SQLite an exclusive lock on the file <c>&lt;database&gt;.init-lock</c> beside the database (flock on Unix, released
/// by the operating system when the process ends, however it ends); for PostgreSQL a session advisory lock.
/// While it is held, a row left in EF Core's <c>__EFMigrationsLock</c> (SQLite) can only be stale — an
/// interrupted migration — and is cleared with a warning instead of making every later start wait forever.
/// </summary>
public sealed class DatabaseInitializationLock : IDisposable
{
    /// <summary>How long a start waits for another process's initialisation before giving up.</summary>
    public static readonly TimeSpan DefaultWait = TimeSpan.FromMinutes(2);

    // PostgreSQL session advisory lock; the key is a constant bigint ("EcoGovI" in ASCII).
    private const string PostgresTryLock = "SELECT pg_try_advisory_lock(19531102984042057)";
    private const string PostgresUnlock = "SELECT pg_advisory_unlock(19531102984042057)";

    private readonly EcoGovDbContext db;
    private readonly FileStream? file;
    private readonly Npgsql.NpgsqlConnection? postgres;

    private DatabaseInitializationLock(EcoGovDbContext db, FileStream? file, Npgsql.NpgsqlConnection? postgres)
    {
        this.db = db;
        this.file = file;
        this.postgres = postgres;
    }

    /// <summary>The lock file of a SQLite database, or null for an in-memory database.</summary>
    public static string? LockFile(EcoGovDbContext db)
    {
        if (db.Database.IsNpgsql()) return null;
        var source = db.Database.GetDbConnection().DataSource;
        if (string.IsNullOrEmpty(source) || source == ":memory:" || source.StartsWith("file::memory:", StringComparison.Ordinal)) return null;
        return Path.GetFullPath(source) + ".init-lock";
    }

    /// <summary>Waits at most <paramref name="wait"/> for the lock; <see cref="DatabaseBusyException"/> when it stays held.</summary>
    public static DatabaseInitializationLock Acquire(EcoGovDbContext db, TimeSpan? wait = null)
    {
        var limit = wait ?? DefaultWait;
        if (db.Database.IsNpgsql())
        {
            // The lock lives in the database, so the database must exist first (Migrate would otherwise create it).
            var creator = db.GetService<IRelationalDatabaseCreator>();
            try
            {
                if (!creator.Exists()) creator.Create();
            }
            // Created meanwhile by another start: 42P04, or 23505 when both inserted into pg_database at once.
            catch (Npgsql.PostgresException e) when (e.SqlState is "42P04" or "23505") { }
            catch (InvalidOperationException e) when (e.InnerException is System.Data.Common.DbException inner)
            {
                // EF's execution strategy wraps an unreachable server as a "transient failure": the server's own error is the message.
                System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(inner);
            }
            // A connection of its own (not EF's, which migrations open and close): the session advisory lock lasts as long as it.
            var connection = new Npgsql.NpgsqlConnection(db.Database.GetConnectionString());
            try
            {
                connection.Open();
                using var command = new Npgsql.NpgsqlCommand(PostgresTryLock, connection);
                if (!LockWait.Until(() => (bool)command.ExecuteScalar()!, limit)) throw Held(limit);
            }
            catch
            {
                connection.Dispose();
                throw;
            }
            return new DatabaseInitializationLock(db, null, connection);
        }
        var path = LockFile(db);
        if (path is null) return new DatabaseInitializationLock(db, null, null);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        FileStream? file = null;
        bool TryOpen()
        {
            // FileShare.None is an exclusive flock on Unix (a LockFileEx on Windows): one holder across processes.
            try { file = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None); }
            catch (IOException) when (File.Exists(path)) { return false; }
            return true;
        }
        if (!LockWait.Until(TryOpen, limit)) throw Held(limit);
        return new DatabaseInitializationLock(db, file, null);
    }

    private static DatabaseBusyException Held(TimeSpan limit) => new(
        $"另一个进程正在初始化数据库（迁移/导入种子数据），等待 {limit.TotalSeconds:0} 秒后仍未完成，请稍后重试 " +
        $"(another process has been initialising the database for over {limit.TotalSeconds:0} s; retry later)");

    /// <summary>
    /// SQLite: deletes a row left in <c>__EFMigrationsLock</c> by a process that died or failed while migrating (under this
    /// lock no live EcoGov process can hold it). Returns true when one was cleared.
    /// </summary>
    public bool ClearStaleMigrationLock(ILogger? log = null)
    {
        if (postgres is not null) return false; // Npgsql's migration lock is an advisory lock: it dies with its session
        if (LockFile(db) is null) return false;
        var table = db.Database.SqlQueryRaw<long>(
            "SELECT COUNT(*) AS \"Value\" FROM sqlite_master WHERE type = 'table' AND name = '__EFMigrationsLock'").AsEnumerable().First();
        if (table == 0) return false;
        // Read first: a DELETE is a write and would wait for any other writer even when there is nothing to delete.
        if (db.Database.SqlQueryRaw<long>("SELECT COUNT(*) AS \"Value\" FROM \"__EFMigrationsLock\"").AsEnumerable().First() == 0) return false;
        db.Database.ExecuteSqlRaw("DELETE FROM \"__EFMigrationsLock\"");
        log?.LogWarning("Cleared a stale EF Core migration lock (__EFMigrationsLock) left by an interrupted process in {Database}",
            db.Database.GetDbConnection().DataSource);
        return true;
    }

    public void Dispose()
    {
        // Closing the session releases its advisory lock; unlocking first returns the pooled connection clean.
        if (postgres is not null)
        {
            try
            {
                using var command = new Npgsql.NpgsqlCommand(PostgresUnlock, postgres);
                command.ExecuteScalar();
            }
            catch (Npgsql.NpgsqlException)
            {
                // Closing the connection below ends the session, which releases its advisory locks anyway; an error here
                // must not replace the exception (if any) that ended initialisation.
                Npgsql.NpgsqlConnection.ClearPool(postgres);
            }
            finally { postgres.Dispose(); }
        }
        file?.Dispose();
    }
}

/// <summary>Waiting for a lock that can only be tried: try, sleep 100 ms, try again, until a time limit.</summary>
internal static class LockWait
{
    /// <summary>True once <paramref name="tryTake"/> succeeds; false when <paramref name="limit"/> passed first.</summary>
    public static bool Until(Func<bool> tryTake, TimeSpan limit)
    {
        var clock = Stopwatch.StartNew();
        while (!tryTake())
        {
            if (clock.Elapsed > limit) return false;
            Thread.Sleep(100);
        }
        return true;
    }

    /// <summary>As <see cref="Until"/>, waiting without holding a thread (the monitoring import's PostgreSQL lock).</summary>
    public static async Task<bool> UntilAsync(Func<Task<bool>> tryTake, TimeSpan limit, CancellationToken ct)
    {
        var clock = Stopwatch.StartNew();
        while (!await tryTake())
        {
            if (clock.Elapsed > limit) return false;
            await Task.Delay(100, ct);
        }
        return true;
    }
}
