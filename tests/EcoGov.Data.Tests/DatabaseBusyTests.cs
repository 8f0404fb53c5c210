namespace EcoGov.Data.Tests;

/// <summary>Which database errors become the busy answer (503 + Retry-After on the web, exit 2 on the CLI) rather than a 500.</summary>
public sealed class DatabaseBusyTests
{
    [Fact]
    public void No_PostgreSQL_connection_within_the_timeout_is_busy_as_EF_Core_wraps_it()
    {
        // What 200 concurrent requests against Max Pool Size 100 produced (bench load --postgres): EF Core's
        // "transient failure" InvalidOperationException over Npgsql's pool-exhausted NpgsqlException over a TimeoutException.
        var pool = new Npgsql.NpgsqlException("The connection pool has been exhausted, either raise 'Max Pool Size' (currently 100) or 'Timeout' (currently 15 seconds) in your connection string.",
            new TimeoutException("The operation has timed out."));
        var wrapped = new InvalidOperationException("An exception has been raised that is likely due to a transient failure.", pool);
        Assert.True(DatabaseBusyException.Is(wrapped));
        Assert.StartsWith("数据库连接已全部占用", DatabaseBusyException.From(wrapped).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Other_database_errors_are_not_busy()
    {
        Assert.False(DatabaseBusyException.Is(new Npgsql.NpgsqlException("connection refused", new System.Net.Sockets.SocketException(111))));
        Assert.False(DatabaseBusyException.Is(new InvalidOperationException("x", new Npgsql.NpgsqlException("bad"))));
        Assert.False(DatabaseBusyException.Is(new TimeoutException()));
        Assert.True(DatabaseBusyException.Is(new Microsoft.Data.Sqlite.SqliteException("database is locked", 5)));
    }
}
