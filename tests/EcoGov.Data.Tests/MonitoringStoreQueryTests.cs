using EcoGov.Application.Monitoring;
using EcoGov.Core.Monitoring;
using EcoGov.Core.Water;
using EcoGov.Data.Entities;
using EcoGov.Data.Monitoring;
using Microsoft.EntityFrameworkCore;
using EcoGov.Core.Jurisdictions;

namespace EcoGov.Data.Tests;

public abstract class MonitoringStoreQueryTests : IDisposable, IAsyncLifetime
{
    private readonly TestStore store;
    private readonly EcoGovDbContext db;

    protected MonitoringStoreQueryTests(TestStore store)
    {
        this.store = store;
        db = store.Open();
        db.Database.Migrate();
        db.Jurisdictions.AddRange(
            new JurisdictionEntity { Code = "140500", Name = "晋城市", Level = Core.Jurisdictions.JurisdictionLevel.City },
            new JurisdictionEntity { Code = "140502", Name = "城区", Level = Core.Jurisdictions.JurisdictionLevel.County, ParentCode = "140500" },
            new JurisdictionEntity { Code = "140800", Name = "运城市", Level = Core.Jurisdictions.JurisdictionLevel.City });
        db.SaveChanges();
    }

    public async Task InitializeAsync()
    {
        await Import("chengqu.csv", "station,time,SO2,NO2,CO,O3,PM10,PM2.5\n" +
                              "B站,2023-01-01 00:00,10,20,0.8,30,60,35\n" +
                              "A站,2023-01-01 01:00,11,,0.9,31,61,36\n" +
                              "A站,2023-01-01 00:00,12,22,1.0,32,62,37\n" +
                              "A站,2023-01-03 05:00,13,23,1.1,33,63,38\n", MonitoringDataKind.AirHourly, "140502");
        await Import("yuncheng.csv", "station,time,SO2,NO2,CO,O3,PM10,PM2.5\nC站,2023-01-01 00:00,1,2,0.1,3,4,5\n", MonitoringDataKind.AirHourly, "140800");
        await Import("water.csv", "section,date,id,type,DO,NH3N,TP\n" +
                            "洞头,2023-02-10,s1,river,6.5,0.4,0.1\n" +
                            "洞头,2022-12-10,s0,river,5,1.2,\n" +
                            "西湖,2023-02-11,s2,lake,7,0.1,0.02\n", MonitoringDataKind.WaterSamples, "140502");
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private async Task Import(string name, string text, MonitoringDataKind kind, string jurisdiction)
    {
        var path = Path.Combine(store.Directory, name);
        File.WriteAllText(path, text);
        var r = await new MonitoringImportService(db).ImportAsync(new MonitoringImportRequest(path, kind, jurisdiction));
        Assert.Empty(r.Rejected);
    }

    public void Dispose()
    {
        db.Dispose();
        store.Dispose();
        GC.SuppressFinalize(this);
    }

    [Fact]
    public async Task A_city_includes_its_districts_and_stations_come_ordered_by_code_with_hours_in_order()
    {
        var q = new MonitoringStoreQuery(db);
        var city = (await q.AirHoursAsync("140500"));
        Assert.Equal(["A站", "B站"], city.Select(s => s.Code).ToArray());
        var a = city[0];
        Assert.Equal("140502", a.Jurisdiction);
        Assert.Equal([new DateTime(2023, 1, 1, 0, 0, 0), new DateTime(2023, 1, 1, 1, 0, 0), new DateTime(2023, 1, 3, 5, 0, 0)], a.Hours.Select(h => h.HourStart).ToArray());
        Assert.Equal((12.0, 22.0, 1.0, 32.0, 62.0, 37.0), (a.Hours[0].So2!.Value, a.Hours[0].No2!.Value, a.Hours[0].Co!.Value, a.Hours[0].O3!.Value, a.Hours[0].Pm10!.Value, a.Hours[0].Pm25!.Value));
        Assert.Null(a.Hours[1].No2);
        Assert.Equal(["A站", "B站", "C站"], (await q.AirHoursAsync()).Select(s => s.Code).ToArray());
        Assert.Equal(["C站"], (await q.AirHoursAsync("140800")).Select(s => s.Code).ToArray());
        Assert.Equal(3, (await q.AirHoursAsync("140000")).Count);
        Assert.Empty((await q.AirHoursAsync("140521")));
    }

    [Fact]
    public async Task Stations_and_days_narrow_the_selection_inclusively()
    {
        var q = new MonitoringStoreQuery(db);
        var one = Assert.Single((await q.AirHoursAsync(null, ["A站"], new DateOnly(2023, 1, 3), new DateOnly(2023, 1, 3))));
        Assert.Equal(new DateTime(2023, 1, 3, 5, 0, 0), Assert.Single(one.Hours).HourStart);
        Assert.Equal(2, Assert.Single((await q.AirHoursAsync(null, ["A站"], null, new DateOnly(2023, 1, 1)))).Hours.Count);
        Assert.Empty((await q.AirHoursAsync("140502", ["C站"])));
    }

    [Fact]
    public async Task Water_samples_come_per_section_with_their_kind_values_and_dates()
    {
        var q = new MonitoringStoreQuery(db);
        var all = (await q.WaterSamplesAsync("140502"));
        Assert.Equal(["洞头", "西湖"], all.Select(s => s.Code).ToArray());
        Assert.Equal(WaterBodyKind.LakeOrReservoir, all[1].Kind);
        var dongtou = all[0];
        Assert.Equal([new DateOnly(2022, 12, 10), new DateOnly(2023, 2, 10)], dongtou.Samples.Select(s => s.Date).ToArray());
        Assert.Equal(0.4, dongtou.Samples[1].Values["NH3N"]);
        Assert.False(dongtou.Samples[0].Values.ContainsKey("TP"));
        var y2023 = Assert.Single((await q.WaterSamplesAsync("140502", ["洞头"], 2023)));
        Assert.Equal(new DateOnly(2023, 2, 10), Assert.Single(y2023.Samples).Date);
        Assert.Empty((await q.WaterSamplesAsync("140800")));
    }
}

public sealed class MonitoringStoreQueryTestsSqlite() : MonitoringStoreQueryTests(new TestStore());

public sealed class MonitoringStoreQueryTestsPostgreSql(PostgresServer server) : MonitoringStoreQueryTests(server.NewStore()), IClassFixture<PostgresServer>;
