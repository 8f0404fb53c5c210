using EcoGov.Application.Monitoring;
using EcoGov.Core.Monitoring;
using EcoGov.Data.Entities;
using EcoGov.Data.Monitoring;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql;

namespace EcoGov.Data.Tests;

/// <summary>
/// PostgreSQL's hours are partitioned by year (migration AirHoursByYear, <see cref="HourPartitions"/>): imports and
/// restores create the partitions their years need, queries by station and time prune the others, and the migration
/// moves the hours of an older store into their partitions.
/// </summary>
public sealed class HourPartitionTests(PostgresServer server) : IClassFixture<PostgresServer>, IDisposable
{
    private const string Jincheng = "140500";
    private readonly List<TestStore> stores = [];

    public void Dispose()
    {
        foreach (var s in stores) s.Dispose();
    }

    private TestStore NewStore(Func<TestStore>? make = null)
    {
        var s = (make ?? server.NewStore)();
        stores.Add(s);
        return s;
    }

    private static EcoGovDbContext Migrated(TestStore store)
    {
        var db = store.Open();
        db.Database.Migrate();
        db.Jurisdictions.Add(new JurisdictionEntity { Code = Jincheng, Name = "晋城市", Level = Core.Jurisdictions.JurisdictionLevel.City });
        db.SaveChanges();
        return db;
    }

    private static async Task<MonitoringImportResult> Import(TestStore store, EcoGovDbContext db, string name, string csv)
    {
        var path = Path.Combine(store.Directory, name);
        File.WriteAllText(path, "station,time,SO2,NO2,CO,O3,PM10,PM2.5\n" + csv);
        return await new MonitoringImportService(db).ImportAsync(new MonitoringImportRequest(path, MonitoringDataKind.AirHourly, Jincheng, false));
    }

    private static T Scalar<T>(EcoGovDbContext db, string sql)
    {
        db.Database.OpenConnection();
        try
        {
            using var command = db.Database.GetDbConnection().CreateCommand();
            command.CommandText = sql;
            return (T)command.ExecuteScalar()!;
        }
        finally { db.Database.CloseConnection(); }
    }

    /// <summary>Rows per partition: partition name → count.</summary>
    private static async Task<Dictionary<string, long>> PerPartition(EcoGovDbContext db)
    {
        db.Database.OpenConnection();
        try
        {
            var connection = (NpgsqlConnection)db.Database.GetDbConnection();
            return (await HourPartitions.PartitionsAsync(connection, default)).ToDictionary(p => p, p =>
            {
                using var command = connection.CreateCommand();
                command.CommandText = $"SELECT count(*) FROM \"{p}\"";
                return (long)command.ExecuteScalar()!;
            });
        }
        finally { db.Database.CloseConnection(); }
    }

    private static string Plan(EcoGovDbContext db, string sql, params NpgsqlParameter[] parameters)
    {
        db.Database.OpenConnection();
        try
        {
            using var command = ((NpgsqlConnection)db.Database.GetDbConnection()).CreateCommand();
            command.CommandText = "EXPLAIN " + sql;
            command.Parameters.AddRange(parameters);
            using var reader = command.ExecuteReader();
            var lines = new List<string>();
            while (reader.Read()) lines.Add(reader.GetString(0));
            return string.Join("\n", lines);
        }
        finally { db.Database.CloseConnection(); }
    }

    private const string NewYear =
        "S1,2026-12-31 22:00,10,20,0.8,30,60,35\n" +
        "S1,2026-12-31 23:00,11,21,0.9,31,61,36\n" +
        "S1,2027-01-01 00:00,12,22,1.0,32,62,37\n" +
        "S2,2027-01-01 00:00,13,23,1.1,33,63,38\n";

    [Fact]
    public async Task An_import_spanning_two_years_lands_in_two_partitions_and_a_later_year_gets_its_own()
    {
        var store = NewStore();
        using var db = Migrated(store);
        Assert.Equal("p", Scalar<char>(db, "SELECT relkind FROM pg_class WHERE relname = 'air_hourly_observations'").ToString());
        Assert.Empty((await PerPartition(db))); // no DEFAULT partition, no year before its first hour

        Assert.Equal(4, (await Import(store, db, "a.csv", NewYear)).Stored);
        Assert.Equal(new Dictionary<string, long> { ["air_hourly_observations_y2026"] = 2, ["air_hourly_observations_y2027"] = 2 }, (await PerPartition(db)));

        // The same file again: nothing written; the same hours in another file: unchanged; another value: refused.
        var again = await Import(store, db, "a.csv", NewYear);
        Assert.Equal((0, 4), (again.Stored, again.Unchanged));
        var copy = await Import(store, db, "copy.csv", NewYear + "S2,2027-01-01 01:00,13,23,1.1,33,63,38\n");
        Assert.Equal((1, 4), (copy.Stored, copy.Unchanged));
        var conflict = await Import(store, db, "conflict.csv", "S1,2027-01-01 00:00,99,22,1.0,32,62,37\n");
        Assert.True(conflict.FileRejected);
        Assert.Contains("not overwritten", Assert.Single(conflict.Rejected).Reason);

        // A second import of a new year creates its partition, in the import's transaction.
        Assert.Equal(2, (await Import(store, db, "b.csv", "S1,2028-06-01 00:00,1,2,0.3,4,5,6\nS3,2028-06-01 00:00,1,2,0.3,4,5,6\n")).Stored);
        Assert.Equal(new Dictionary<string, long>
        {
            ["air_hourly_observations_y2026"] = 2,
            ["air_hourly_observations_y2027"] = 3,
            ["air_hourly_observations_y2028"] = 2,
        }, (await PerPartition(db)));
        Assert.Equal(7, db.AirHourlyObservations.Count());
        Assert.Equal(7, db.AirHourlyObservations.Select(o => o.Id).Distinct().Count());

        // A file whose new year is refused (a bad row) leaves no partition behind: it was created in the rolled-back transaction.
        Assert.True((await Import(store, db, "bad.csv", "S1,2029-01-01 00:00,1,2,0.3,4,5,6\nS1,2029-01-01 01:00,x,2,0.3,4,5,6\n")).FileRejected);
        Assert.DoesNotContain("air_hourly_observations_y2029", (await PerPartition(db)).Keys);
    }

    [Fact]
    public async Task A_query_by_station_and_time_reads_only_its_years_partitions()
    {
        var store = NewStore();
        using var db = Migrated(store);
        await Import(store, db, "a.csv", NewYear + "S1,2028-06-01 00:00,1,2,0.3,4,5,6\n");
        Assert.Equal(3, (await PerPartition(db)).Count);

        const string sql = "SELECT * FROM air_hourly_observations WHERE \"StationCode\" = 'S1' " +
                           "AND \"HourStartCst\" >= '2027-01-01' AND \"HourStartCst\" < '2027-02-01'";
        var plan = Plan(db, sql);
        Assert.Contains("air_hourly_observations_y2027", plan);
        Assert.DoesNotContain("air_hourly_observations_y2026", plan);
        Assert.DoesNotContain("air_hourly_observations_y2028", plan);

        // With parameters, as EF sends them (MonitoringStoreQuery, the importer's duplicate check).
        var parameterised = Plan(db, "SELECT * FROM air_hourly_observations WHERE \"StationCode\" = ANY(@s) AND \"HourStartCst\" >= @from AND \"HourStartCst\" < @to",
            new NpgsqlParameter("s", new[] { "S1", "S2" }), new NpgsqlParameter("from", new DateTime(2026, 12, 1)), new NpgsqlParameter("to", new DateTime(2026, 12, 31)));
        Assert.Contains("air_hourly_observations_y2026", parameterised);
        Assert.DoesNotContain("air_hourly_observations_y2027", parameterised);
        Assert.DoesNotContain("air_hourly_observations_y2028", parameterised);

        // And EF's own query for the import's stored hours reads the right rows.
        var from = new DateTime(2027, 1, 1);
        Assert.Equal(1, db.AirHourlyObservations.Count(o => o.StationCode == "S1" && o.HourStartCst >= from && o.HourStartCst < from.AddYears(1)));
    }

    [Fact]
    public async Task The_migration_moves_the_hours_of_an_older_store_into_their_year_partitions()
    {
        var store = NewStore();
        using var db = store.Open();
        db.GetService<IMigrator>().Migrate("20261206000140_AirStationDays");
        Assert.Equal("r", Scalar<char>(db, "SELECT relkind FROM pg_class WHERE relname = 'air_hourly_observations'").ToString());
        db.Jurisdictions.Add(new JurisdictionEntity { Code = Jincheng, Name = "晋城市", Level = Core.Jurisdictions.JurisdictionLevel.City });
        db.MonitoringStations.AddRange(new MonitoringStationEntity { Code = "S1", Name = "S1", JurisdictionCode = Jincheng },
            new MonitoringStationEntity { Code = "S2", Name = "S2", JurisdictionCode = Jincheng });
        var old = new MonitoringImportEntity { FileName = "old.csv", Sha256 = "abc", Kind = MonitoringDataKinds.Name(MonitoringDataKind.AirHourly), ImportedAtUtc = DateTime.UtcNow, Rows = 1000 };
        db.MonitoringImports.Add(old);
        db.SaveChanges();
        db.Database.ExecuteSqlRaw($"""
            INSERT INTO air_hourly_observations ("StationCode", "HourStartCst", "So2", "Pm25", "ImportId")
            SELECT CASE WHEN k % 2 = 0 THEN 'S1' ELSE 'S2' END, timestamp '2025-12-31 00:00' + (k / 2) * interval '1 hour', k, k / 2.0, {old.Id}
            FROM generate_series(0, 999) k
            """);
        var before = db.AirHourlyObservations.AsNoTracking().OrderBy(o => o.Id).Select(o => new { o.Id, o.StationCode, o.HourStartCst, o.So2, o.Pm25 }).ToList();
        Assert.Equal(1000, before.Count);

        db.Database.Migrate();
        Assert.Equal("p", Scalar<char>(db, "SELECT relkind FROM pg_class WHERE relname = 'air_hourly_observations'").ToString());
        // 2025-12-31 00:00 + 499 h: 24 hours × 2 stations in 2025, the rest in 2026.
        Assert.Equal(new Dictionary<string, long> { ["air_hourly_observations_y2025"] = 48, ["air_hourly_observations_y2026"] = 952 }, (await PerPartition(db)));
        var after = db.AirHourlyObservations.AsNoTracking().OrderBy(o => o.Id).Select(o => new { o.Id, o.StationCode, o.HourStartCst, o.So2, o.Pm25 }).ToList();
        Assert.Equal(before, after);
        // The key, the unique hour and the references (statement triggers, no row-level foreign key) are back, and the
        // identity continues after the moved rows.
        Assert.Equal("p", Scalar<string>(db, "SELECT string_agg(contype::text, '') FROM pg_constraint WHERE conrelid = 'air_hourly_observations'::regclass"));
        Assert.Throws<PostgresException>(() => db.Database.ExecuteSqlRaw(
            "INSERT INTO air_hourly_observations (\"StationCode\", \"HourStartCst\", \"ImportId\") VALUES ('S1', '2025-12-31 00:00', " + old.Id + ")"));
        Assert.Equal(PostgresErrorCodes.ForeignKeyViolation, Assert.Throws<PostgresException>(() => db.Database.ExecuteSqlRaw(
            "INSERT INTO air_hourly_observations (\"StationCode\", \"HourStartCst\", \"ImportId\") VALUES ('S9', '2026-06-01 00:00', " + old.Id + ")")).SqlState);
        Assert.Equal(1, (await Import(store, db, "new.csv", "S1,2027-03-01 00:00,1,2,0.3,4,5,6\n")).Stored);
        Assert.True(db.AirHourlyObservations.Single(o => o.HourStartCst == new DateTime(2027, 3, 1)).Id > before.Max(o => o.Id));
        Assert.Contains("air_hourly_observations_y2027", (await PerPartition(db)).Keys);
    }

    [Fact]
    public async Task A_station_or_import_the_hours_name_must_exist_checked_once_per_statement()
    {
        var store = NewStore();
        using var db = Migrated(store);
        Assert.Equal(4, (await Import(store, db, "a.csv", NewYear)).Stored);
        var import = db.MonitoringImports.Single().Id;
        db.MonitoringStations.Add(new MonitoringStationEntity { Code = "EMPTY", Name = "EMPTY", JurisdictionCode = Jincheng });
        db.SaveChanges();
        db.ChangeTracker.Clear();

        string Refused(Action write) => Assert.Throws<PostgresException>(write) is var e && e.SqlState == PostgresErrorCodes.ForeignKeyViolation
            ? e.MessageText : throw new Xunit.Sdk.XunitException("not a foreign-key violation: " + e.SqlState + " " + e.MessageText);

        // An INSERT naming an unknown station or import.
        Assert.Contains("\"NOPE\"", Refused(() => db.Database.ExecuteSqlRaw(
            $"INSERT INTO air_hourly_observations (\"StationCode\", \"HourStartCst\", \"ImportId\") VALUES ('S1', '2027-02-01', {import}), ('NOPE', '2027-02-01', {import})")));
        Assert.Contains("99999", Refused(() => db.Database.ExecuteSqlRaw(
            "INSERT INTO air_hourly_observations (\"StationCode\", \"HourStartCst\", \"ImportId\") VALUES ('S1', '2027-02-01', 99999)")));
        // A binary COPY (the import's path) with one bad station among good rows: the whole statement is refused.
        db.Database.OpenConnection();
        try
        {
            var connection = (NpgsqlConnection)db.Database.GetDbConnection();
            Refused(() =>
            {
                using var copy = connection.BeginBinaryImport("COPY air_hourly_observations (\"StationCode\", \"HourStartCst\", \"ImportId\") FROM STDIN (FORMAT BINARY)");
                foreach (var (station, hour) in new[] { ("S1", 1), ("S2", 1), ("NOPE", 2) })
                {
                    copy.StartRow();
                    copy.Write(station, NpgsqlTypes.NpgsqlDbType.Text);
                    copy.Write(new DateTime(2027, 3, 1, hour, 0, 0), NpgsqlTypes.NpgsqlDbType.Timestamp);
                    copy.Write(import, NpgsqlTypes.NpgsqlDbType.Integer);
                }
                copy.Complete();
            });
        }
        finally { db.Database.CloseConnection(); }
        // An UPDATE moving hours to an unknown station.
        Refused(() => db.Database.ExecuteSqlRaw("UPDATE air_hourly_observations SET \"StationCode\" = 'NOPE' WHERE \"StationCode\" = 'S2'"));
        Assert.Equal(4, db.AirHourlyObservations.Count());

        // RESTRICT: a station or import the hours name is neither deleted nor renamed; a station without hours is.
        Refused(() => db.MonitoringStations.Where(s => s.Code == "S1").ExecuteDelete());
        Refused(() => db.MonitoringStations.Where(s => s.Code == "S2").ExecuteUpdate(u => u.SetProperty(s => s.Code, "S2b")));
        Refused(() => db.MonitoringImports.Where(i => i.Id == import).ExecuteDelete());
        Assert.Equal(1, db.MonitoringStations.Where(s => s.Code == "EMPTY").ExecuteDelete());
        Assert.Equal(2, db.MonitoringStations.Count());
    }

    [Fact]
    public async Task Backups_from_sqlite_and_from_postgresql_restore_into_year_partitions()
    {
        var sqlite = NewStore(() => new TestStore());
        await BackupRestoreTests.Populate(sqlite); // two hours of 2026-01-01
        using (var db = sqlite.Open()) Assert.Equal(4, (await Import(sqlite, db, "a.csv", NewYear)).Stored);
        var dir = sqlite.Directory;
        await BackupRestoreTests.Backup(sqlite, Path.Combine(dir, "sqlite.zip"));

        var postgres = NewStore();
        await BackupRestoreTests.Restore(postgres, Path.Combine(dir, "sqlite.zip"));
        using (var db = postgres.Open())
        {
            Assert.Equal(new Dictionary<string, long> { ["air_hourly_observations_y2026"] = 4, ["air_hourly_observations_y2027"] = 2 }, (await PerPartition(db)));
            // The restored store takes the next import, of a new year, after the restored identities.
            Assert.Equal(1, (await Import(postgres, db, "b.csv", "S1,2028-01-01 00:00,1,2,0.3,4,5,6\n")).Stored);
        }
        await BackupRestoreTests.Backup(postgres, Path.Combine(dir, "postgres.zip"));

        // PostgreSQL → PostgreSQL: the same rows, in the same partitions.
        var again = NewStore();
        await BackupRestoreTests.Restore(again, Path.Combine(dir, "postgres.zip"));
        await BackupRestoreTests.Backup(again, Path.Combine(dir, "again.zip"));
        Assert.Equal(BackupRestoreTests.TableHashes(Path.Combine(dir, "postgres.zip")), BackupRestoreTests.TableHashes(Path.Combine(dir, "again.zip")));
        using var check = again.Open();
        Assert.Equal(new Dictionary<string, long>
        {
            ["air_hourly_observations_y2026"] = 4,
            ["air_hourly_observations_y2027"] = 2,
            ["air_hourly_observations_y2028"] = 1,
        }, (await PerPartition(check)));
    }
}
