using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace EcoGov.Data.Monitoring;

/// <summary>
/// PostgreSQL only: <c>air_hourly_observations</c> is partitioned by RANGE on <c>HourStartCst</c>, one partition per
/// calendar year (<c>air_hourly_observations_y2027</c> holds [2027-01-01, 2028-01-01)), created by migration
/// <c>AirHoursByYear</c>. There is no DEFAULT partition: an hour whose year has no partition is refused by the server
/// ("no partition of relation … found for row"), so every writer of hours calls <see cref="Ensure(EcoGovDbContext, IEnumerable{int})"/>
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
    public static void Ensure(EcoGovDbContext db, IEnumerable<int> years)
    {
        if (!db.Database.IsNpgsql()) return;
        db.Database.OpenConnection();
        try { Ensure((NpgsqlConnection)db.Database.GetDbConnection(), years); }
        finally { db.Database.CloseConnection(); }
    }

    /// <summary>As <see cref="Ensure(EcoGovDbContext, IEnumerable{int})"/> on an open connection (its transaction, if any).</summary>
    public static void Ensure(NpgsqlConnection connection, IEnumerable<int> years)
    {
        var missing = years.Distinct().Where(y => !Exists(connection, y)).Order().ToList();
        if (missing.Count == 0) return;
        using var command = connection.CreateCommand();
        // Two writers creating the same year: the second waits for the first's commit, then finds the partition.
        command.CommandText = "SELECT pg_advisory_xact_lock(4541837257113154)";
        command.ExecuteNonQuery();
        foreach (var year in missing)
        {
            if (Exists(connection, year)) continue;
            command.CommandText = $"CREATE TABLE IF NOT EXISTS \"{PartitionName(year)}\" PARTITION OF \"{Table}\" " +
                                  $"FOR VALUES FROM ('{year:D4}-01-01') TO ('{year + 1:D4}-01-01')";
            command.ExecuteNonQuery();
        }
    }

    /// <summary>The year partitions that exist, by year (PostgreSQL).</summary>
    public static IReadOnlyList<string> Partitions(NpgsqlConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT c.relname FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid " +
                              $"WHERE i.inhparent = '\"{Table}\"'::regclass ORDER BY c.relname";
        using var reader = command.ExecuteReader();
        var names = new List<string>();
        while (reader.Read()) names.Add(reader.GetString(0));
        return names;
    }

    private static bool Exists(NpgsqlConnection connection, int year)
    {
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT to_regclass('\"{PartitionName(year)}\"') IS NOT NULL";
        return command.ExecuteScalar() is true;
    }
}
