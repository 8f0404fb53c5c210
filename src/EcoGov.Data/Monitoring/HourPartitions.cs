using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace EcoGov.Data.Monitoring;

/// <summary>
/// PostgreSQL only: <c>air_hourly_observations</c> is partitioned by RANGE on <c>HourStartCst</c>, one partition per
/// calendar year (<c>air_hourly_observations_y2027</c> holds [2027-01-01, 2028-01-01)), created by migration
/// <c>AirHoursByYear</c>. There is no DEFAULT partition: an hour whose year has no partition is refused by the server
/// ("no partition of relation … found for row"), so every writer of hours calls <see cref="EnsureAsync(EcoGovDbContext, IEnumerable{int}, CancellationToken)"/>
/// for the years it brings, inside its own transaction, before writing (the monitoring import's <see cref="BulkInsert"/>
/// and the restore of <c>StoreSnapshot.Load</c>). Without a DEFAULT partition a later year's partition is a plain
/// CREATE TABLE … PARTITION OF: nothing has to be moved out of a default one. On SQLite this does nothing.
/// </summary>
public static class HourPartitions
{
    /// <summary>The partitioned table.</summary>
    public const string Table = "air_hourly_observations";

    /// <summary>Its partition key column.</summary>
    public const string KeyColumn = "HourStartCst";

    /// <summary>The partition holding <paramref name="year"/>'s hours.</summary>
    public static string PartitionName(int year) => $"{Table}_y{year:D4}";

    /// <summary>Creates the missing year partitions for <paramref name="years"/> (PostgreSQL), in the current transaction.</summary>
    public static async Task EnsureAsync(EcoGovDbContext db, IEnumerable<int> years, CancellationToken ct)
    {
        if (!db.Database.IsNpgsql()) return;
        await db.Database.OpenConnectionAsync(ct);
        try { await EnsureAsync((NpgsqlConnection)db.Database.GetDbConnection(), years, ct); }
        finally { await db.Database.CloseConnectionAsync(); }
    }

    /// <summary>As <see cref="EnsureAsync(EcoGovDbContext, IEnumerable{int}, CancellationToken)"/> on an open connection (its transaction, if any).</summary>
    public static async Task EnsureAsync(NpgsqlConnection connection, IEnumerable<int> years, CancellationToken ct)
    {
        var missing = new List<int>();
        foreach (var y in years.Distinct().Order())
            if (!await ExistsAsync(connection, y, ct)) missing.Add(y);
        if (missing.Count == 0) return;
        await using var command = connection.CreateCommand();
        // Two writers creating the same year: the second waits for the first's commit, then finds the partition.
        command.CommandText = "SELECT pg_advisory_xact_lock(4541837257113154)";
        await command.ExecuteNonQueryAsync(ct);
        foreach (var year in missing)
        {
            if (await ExistsAsync(connection, year, ct)) continue;
            command.CommandText = $"CREATE TABLE IF NOT EXISTS \"{PartitionName(year)}\" PARTITION OF \"{Table}\" " +
                                  $"FOR VALUES FROM ('{year:D4}-01-01') TO ('{year + 1:D4}-01-01')";
            await command.ExecuteNonQueryAsync(ct);
        }
    }

    /// <summary>The year partitions that exist, by year (PostgreSQL).</summary>
    public static async Task<IReadOnlyList<string>> PartitionsAsync(NpgsqlConnection connection, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT c.relname FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid " +
                              $"WHERE i.inhparent = '\"{Table}\"'::regclass ORDER BY c.relname";
        await using var reader = await command.ExecuteReaderAsync(ct);
        var names = new List<string>();
        while (await reader.ReadAsync(ct)) names.Add(reader.GetString(0));
        return names;
    }

    private static async Task<bool> ExistsAsync(NpgsqlConnection connection, int year, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT to_regclass('\"{PartitionName(year)}\"') IS NOT NULL";
        return await command.ExecuteScalarAsync(ct) is true;
    }
}
