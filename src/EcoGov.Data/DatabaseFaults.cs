using System.Net.Sockets;
using EcoGov.Core.Text;
using Microsoft.Data.Sqlite;

namespace EcoGov.Data;

/// <summary>
/// The database cannot be reached: the server is down, restarting, or refused the connection (PostgreSQL), or the file
/// cannot be opened (SQLite). Nothing was written by the operation that was refused; retrying once the database is back
/// is safe. The web answers 503, the CLI exit 2 (docs/reliability.md, "故障 / Faults"). The message is the bilingual line
/// of <see cref="Text"/>.
/// </summary>
public sealed class DatabaseUnavailableException(Message text, Exception? inner = null) : Exception(text.Bilingual, inner)
{
    /// <summary>The answer (<see cref="DataText.DatabaseUnavailable"/>, <see cref="DataText.DatabaseUnavailableAt"/>).</summary>
    public Message Text { get; } = text;

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
    public static DatabaseUnavailableException Create(string? where = null, Exception? inner = null) =>
        new(where is null ? DataText.DatabaseUnavailable() : DataText.DatabaseUnavailableAt(where), inner);
}

/// <summary>
/// The disk is full (ENOSPC, or a quota: EDQUOT; ERROR_DISK_FULL / ERROR_HANDLE_DISK_FULL on Windows; SQLITE_FULL) while
/// a file or the database was written. The operation wrote nothing that stays (the partial file is removed); the web
/// answers 507, the CLI exit 2. The message is the bilingual line of <see cref="Text"/>.
/// </summary>
public sealed class StorageFullException(Message text, Exception? inner = null) : Exception(text.Bilingual, inner)
{
    /// <summary>The answer (<see cref="DataText.StorageFull"/>).</summary>
    public Message Text { get; } = text;

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

    /// <summary>"磁盘空间不足…" naming what was being written (a file when not given).</summary>
    public static StorageFullException From(Exception e, Message? what = null) =>
        e as StorageFullException ?? new StorageFullException(DataText.StorageFull(what ?? DataText.AFile()), e);

    /// <summary>"磁盘空间不足…" naming what was being written, as a text in the "中文 / English" convention.</summary>
    public static StorageFullException From(Exception e, string what) => From(e, CoreText.Verbatim(what));
}
