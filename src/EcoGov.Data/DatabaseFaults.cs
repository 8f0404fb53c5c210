using System.Net.Sockets;
using Microsoft.Data.Sqlite;

namespace EcoGov.Data;

/// <summary>
/// The database cannot be reached: the server is down, restarting, or refused the connection (PostgreSQL), or the file
/// cannot be opened (SQLite). Nothing was written by the operation that was refused; retrying once the database is back
/// is safe. The web answers 503, the CLI exit 2 (docs/reliability.md, "故障 / Faults").
/// </summary>
public sealed class DatabaseUnavailableException(string message, Exception? inner = null) : Exception(message, inner)
{
    /// <summary>
    /// A connection that could not be made or was lost: an <see cref="Npgsql.NpgsqlException"/> over a socket or stream
    /// error (connection refused, reset, end of stream), PostgreSQL's connection-exception class 08 and the shutdown
    /// states 57P01 (admin_shutdown, also <c>pg_terminate_backend</c>), 57P02 (crash_shutdown), 57P03 (cannot_connect_now:
    /// starting up or shutting down); SQLITE_CANTOPEN. Not a busy database (<see cref="DatabaseBusyException.IsBusy"/>:
    /// no connection free in time is a different answer).
    /// </summary>
    public static bool IsUnavailable(Exception e) => e switch
    {
        DatabaseUnavailableException => true,
        Npgsql.PostgresException p => p.SqlState.StartsWith("08", StringComparison.Ordinal) || p.SqlState is "57P01" or "57P02" or "57P03",
        Npgsql.NpgsqlException { InnerException: SocketException or IOException or EndOfStreamException } => true,
        SqliteException s => s.SqliteErrorCode == 14,
        _ => e.InnerException is not null && IsUnavailable(e.InnerException),
    };

    /// <summary>
    /// Drops pooled PostgreSQL connections after the server went away, so that the first requests after it is back open new
    /// ones instead of failing on connections of the server that stopped.
    /// </summary>
    public static void ResetConnections() => Npgsql.NpgsqlConnection.ClearAllPools();

    /// <summary>True when <paramref name="e"/> should be answered as "database unavailable" (and is not a busy answer).</summary>
    public static bool Is(Exception e) => !DatabaseBusyException.Is(e) && IsUnavailable(e);

    /// <summary>
    /// The answer for an exception that <see cref="IsUnavailable"/>: "数据库暂时无法连接（{where}）…请稍后重试", naming the
    /// database (<see cref="EcoGovDatabase.Describe"/>: host:port/database, or the file) when <paramref name="where"/> is given.
    /// </summary>
    public static DatabaseUnavailableException From(Exception e, string? where = null) =>
        e is DatabaseUnavailableException known && where is null ? known : Create(where, e);

    /// <summary>The answer itself, for a database known to be unavailable (the web before its first initialisation).</summary>
    public static DatabaseUnavailableException Create(string? where = null, Exception? inner = null)
    {
        var at = where is null ? "" : $"（{where}）";
        var atEn = where is null ? "" : $" at {where}";
        return new DatabaseUnavailableException(
            $"数据库暂时无法连接{at}：服务器未运行、正在重启或网络不通；本次未写入任何数据，请确认数据库已启动后稍后重试 " +
            $"(the database{atEn} is unavailable: not running, restarting or unreachable; nothing was written, retry later)", inner);
    }
}

/// <summary>
/// The disk is full (ENOSPC, or a quota: EDQUOT; ERROR_DISK_FULL / ERROR_HANDLE_DISK_FULL on Windows; SQLITE_FULL) while
/// a file or the database was written. The operation wrote nothing that stays (the partial file is removed); the web
/// answers 507, the CLI exit 2.
/// </summary>
public sealed class StorageFullException(string message, Exception? inner = null) : Exception(message, inner)
{
    /// <summary>The HResult of an <see cref="IOException"/> for ENOSPC on Linux (.NET sets the errno).</summary>
    public const int Enospc = 28;

    /// <summary>True for a full disk or exhausted quota, anywhere in the exception's chain.</summary>
    public static bool IsDiskFull(Exception e) => e switch
    {
        StorageFullException => true,
        IOException io when io.HResult is Enospc or 122 // Unix: ENOSPC, EDQUOT
                            || (io.HResult & 0xFFFF) is 112 or 39 && (io.HResult >> 16 & 0x1FFF) == 7 => true, // Windows: HRESULT_FROM_WIN32
        SqliteException s => s.SqliteErrorCode == 13,
        _ => e.InnerException is not null && IsDiskFull(e.InnerException),
    };

    /// <summary>"磁盘空间不足…" naming what was being written.</summary>
    public static StorageFullException From(Exception e, string what = "文件 / a file") =>
        e as StorageFullException ?? new StorageFullException(
            $"磁盘空间不足，{what}未能保存；本次未保留任何部分文件或记录，请联系管理员清理磁盘后重试 " +
            "(disk full: nothing was kept, neither a partial file nor a record; free disk space and retry)", e);
}
