using EcoGov.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace EcoGov.Data.Tests;

/// <summary>
/// <see cref="StoreGeneration"/>: after the migrations every table of the model but the hours and the users carries the
/// trigger; every kind of write — SaveChanges, ExecuteUpdate, ExecuteDelete, raw SQL, from another connection — moves the
/// number on when it commits and not before, a rolled-back write does not, and the hours alone do not.
/// </summary>
public abstract class StoreGenerationTests : IDisposable
{
    private readonly TestStore store;
    private readonly EcoGovDbContext db;

    protected StoreGenerationTests(TestStore store)
    {
        this.store = store;
        db = store.Open();
        EcoGovDatabase.Migrate(db);
    }

    public void Dispose()
    {
        db.Dispose();
        store.Dispose();
        GC.SuppressFinalize(this);
    }

    private long Now()
    {
        using var other = store.Open();
        return StoreGeneration.ReadAsync(other).GetAwaiter().GetResult();
    }

    [Fact]
    public void Every_table_but_the_hours_and_the_users_is_tracked_and_ensuring_again_writes_nothing()
    {
        var tables = StoreGeneration.TrackedTables(db);
        Assert.Contains("air_station_days", tables);
        Assert.Contains("progress_reports", tables);
        Assert.DoesNotContain("air_hourly_observations", tables);
        Assert.DoesNotContain("users", tables);
        Assert.Equal(db.Model.GetEntityTypes().Select(e => e.GetTableName()).OfType<string>().Distinct().Count() - 2, tables.Count);

        var before = Now();
        StoreGeneration.Ensure(db);
        Assert.Equal(before, Now());

        // a trigger lost (a SQLite table rebuild drops them) comes back at the next Ensure
        db.Database.ExecuteSqlRaw(store.Provider == TestProvider.PostgreSql
            ? "DROP TRIGGER \"ecogov_generation_jurisdictions\" ON jurisdictions"
            : "DROP TRIGGER \"ecogov_generation_jurisdictions_update\"");
        StoreGeneration.Ensure(db);
        var g = Now();
        db.Jurisdictions.Add(new JurisdictionEntity { Code = "140500", Name = "晋城市", Level = Core.Jurisdictions.JurisdictionLevel.City });
        db.SaveChanges();
        Assert.True(Now() > g);
        g = Now();
        db.Jurisdictions.Where(j => j.Code == "140500").ExecuteUpdate(s => s.SetProperty(j => j.Name, "晋城"));
        Assert.True(Now() > g);
    }

    [Fact]
    public async Task Each_kind_of_write_moves_it_on_at_commit_and_a_rollback_does_not()
    {
        var g0 = Now();
        db.Jurisdictions.Add(new JurisdictionEntity { Code = "140500", Name = "晋城市", Level = Core.Jurisdictions.JurisdictionLevel.City });
        db.SaveChanges();
        var g1 = Now();
        Assert.True(g1 > g0);

        db.Jurisdictions.Where(j => j.Code == "140500").ExecuteUpdate(s => s.SetProperty(j => j.Name, "晋城"));
        var g2 = Now();
        Assert.True(g2 > g1);

        using (var tx = db.Database.BeginTransaction())
        {
            db.MonitoringStations.Add(new MonitoringStationEntity { Code = "S1", Name = "一站", JurisdictionCode = "140500" });
            db.SaveChanges();
            Assert.Equal(g2, Now()); // another connection sees the committed number only
            tx.Rollback();
        }
        db.ChangeTracker.Clear();
        Assert.Equal(g2, Now());

        db.MonitoringStations.Add(new MonitoringStationEntity { Code = "S1", Name = "一站", JurisdictionCode = "140500" });
        db.SaveChanges();
        var g3 = Now();
        Assert.True(g3 > g2);

        // the hours alone: no change (an import writes the station days with them)
        var import = new MonitoringImportEntity { FileName = "x.csv", Sha256 = "00", Kind = "air-hourly", ImportedAtUtc = DateTime.UtcNow };
        db.MonitoringImports.Add(import);
        db.SaveChanges();
        var g4 = Now();
        Assert.True(g4 > g3);
        await Monitoring.HourPartitions.EnsureAsync(db, [2026], default); // PostgreSQL: the year's partition of the hours (nothing on SQLite)
        db.AirHourlyObservations.Add(new AirHourlyObservationEntity { StationCode = "S1", HourStartCst = new DateTime(2026, 1, 1), Pm25 = 35, ImportId = import.Id });
        db.SaveChanges();
        Assert.Equal(g4, Now());

        db.MonitoringStations.Where(s => s.Code == "S9").ExecuteDelete(); // deletes nothing: PostgreSQL's statement trigger still counts it
        var g5 = Now();
        Assert.True(g5 >= g4);
        db.AirStationDays.Add(new AirStationDayEntity { StationCode = "S1", Date = new DateOnly(2026, 1, 1), Hours = 1 });
        db.SaveChanges();
        Assert.True(Now() > g5);
    }
}

public sealed class StoreGenerationTestsSqlite() : StoreGenerationTests(new TestStore());

public sealed class StoreGenerationTestsPostgreSql(PostgresServer server) : StoreGenerationTests(server.NewStore()), IClassFixture<PostgresServer>;
