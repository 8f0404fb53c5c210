using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using EcoGov.Application.Monitoring;
using EcoGov.Core.Monitoring;
using EcoGov.Data;
using EcoGov.Data.Monitoring;
using Microsoft.Extensions.DependencyInjection;

namespace EcoGov.Web.Tests;

/// <summary>Fresh app per class: imports a small air file and a water file, then asks the monitoring and progress API and pages.</summary>
public sealed class MonitoringApiTests : IClassFixture<EcoGovFactory>
{
    private readonly EcoGovFactory factory;

    public MonitoringApiTests(EcoGovFactory factory)
    {
        this.factory = factory;
        lock (factory)
        {
            using var scope = factory.Services.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<EcoGovDbContext>();
            if (db.MonitoringStations.Any()) return;
            var dir = Path.Combine(Path.GetTempPath(), "ecogov-webmon-" + Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(dir);
            var air = new StringBuilder("station,time,SO2,NO2,CO,O3,PM10,PM2.5\n");
            for (var h = 0; h < 24 * 5; h++)
                foreach (var s in new[] { "城区A", "城区B" })
                    air.Append(CultureInfo.InvariantCulture, $"{s},{new DateTime(2023, 1, 1).AddHours(h):yyyy-MM-dd HH:mm},{8 + h % 5},{25 + h % 9},0.7,{50 + h % 40},{80 + h % 30},{45 + h % 25}\n");
            File.WriteAllText(Path.Combine(dir, "air.csv"), air.ToString());
            var water = new StringBuilder("section,date,id,type,DO,CODMn,NH3N,TP\n");
            for (var m = 1; m <= 12; m++) water.Append(CultureInfo.InvariantCulture, $"洞头,2023-{m:00}-15,d{m},river,6.5,5,0.8,0.15\n");
            File.WriteAllText(Path.Combine(dir, "water.csv"), water.ToString());
            var importer = new MonitoringImportService(db);
            Assert.Empty(importer.ImportAsync(new MonitoringImportRequest(Path.Combine(dir, "air.csv"), MonitoringDataKind.AirHourly, "140502")).GetAwaiter().GetResult().Rejected); // in the fixture's constructor, under its lock
            Assert.Empty(importer.ImportAsync(new MonitoringImportRequest(Path.Combine(dir, "water.csv"), MonitoringDataKind.WaterSamples, "140502")).GetAwaiter().GetResult().Rejected); // in the fixture's constructor, under its lock
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public async Task Evaluate_answers_the_cli_contract_per_station_and_combined()
    {
        var client = await factory.SignedInClient();
        var r = JsonDocument.Parse(await client.GetStringAsync("/api/air/evaluate?jurisdiction=140500&standard=GB3095-2012&compare=GB3095-2026&from=2023-01-01&to=2023-01-05")).RootElement;
        Assert.Equal(["standard", "from", "to", "compareStandard", "stations", "all"], r.EnumerateObject().Select(p => p.Name).ToArray());
        Assert.Equal(new string?[] { "城区A", "城区B" }, r.GetProperty("stations").EnumerateArray().Select(s => s.GetProperty("station").GetString()).ToArray());
        var all = r.GetProperty("all");
        Assert.Equal(("全部站点", 5), (all.GetProperty("station").GetString(), all.GetProperty("validDays").GetInt32()));
        Assert.Equal(JsonValueKind.Object, all.GetProperty("whatIf").ValueKind);
        var one = JsonDocument.Parse(await client.GetStringAsync("/api/air/evaluate?station=城区B&standard=GB3095-2012")).RootElement;
        Assert.Equal("城区B", Assert.Single(one.GetProperty("stations").EnumerateArray()).GetProperty("station").GetString());
    }

    [Theory]
    [InlineData("/api/air/evaluate?standard=GB3095-1996", "GB3095-1996")]
    [InlineData("/api/air/evaluate?standard=GB3095-2012&from=2023-13-01", "起始日期")]
    [InlineData("/api/air/evaluate?standard=GB3095-2012&jurisdiction=140800", "没有符合条件")]
    [InlineData("/api/plans/chengqu-2023-air/progress?asOf=x", "评价截止日期")]
    [InlineData("/api/plans/chengqu-2023-air/progress?year=0", "year must be from 1900 to 2100")]
    public async Task Bad_requests_answer_400_with_a_message(string url, string expected)
    {
        var client = await factory.SignedInClient();
        var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains(expected, JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Progress_of_the_air_and_water_plans_reads_the_store()
    {
        var client = await factory.SignedInClient();
        var air = JsonDocument.Parse(await client.GetStringAsync("/api/plans/chengqu-2023-air/progress?year=2023")).RootElement;
        Assert.Equal((2, "2023-01-05"), (air.GetProperty("stations").GetInt32(), air.GetProperty("asOf").GetString()));
        var jan = air.GetProperty("targets").EnumerateArray().First(t => t.GetProperty("month").ValueKind == JsonValueKind.Number);
        Assert.Equal(JsonValueKind.Number, jan.GetProperty("actual").ValueKind);
        Assert.Equal(8, air.GetProperty("indicators").GetArrayLength()); // 7 stated targets and the binding 市下达 one (issue 9)

        var water = JsonDocument.Parse(await client.GetStringAsync("/api/plans/chengqu-2023-water/progress")).RootElement;
        var dongtou = water.GetProperty("targets").EnumerateArray().Single(t => t.GetProperty("section").GetString() == "洞头");
        Assert.Equal(("achieved", "III"), (dongtou.GetProperty("status").GetString(), dongtou.GetProperty("yearToDateClass").GetString()));
        var baishui = water.GetProperty("targets").EnumerateArray().Single(t => t.GetProperty("section").GetString() == "白水河");
        Assert.Equal("cannotJudge", baishui.GetProperty("status").GetString());

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/api/plans/no-such-plan/progress")).StatusCode);
        var stations = JsonDocument.Parse(await client.GetStringAsync("/api/monitoring/stations")).RootElement;
        Assert.Equal(2, stations.GetArrayLength());
    }

    [Fact]
    public async Task The_pages_show_the_evaluation_and_the_progress()
    {
        var client = await factory.SignedInClient();
        var page = await client.GetStringAsync("/Monitoring?Jurisdiction=140502&Standard=GB3095-2012&Compare=GB3095-2026");
        Assert.Contains("城区（140502）", page);
        Assert.Contains("全部站点", page);
        Assert.Contains("对比综合指数", page);
        // A selection the API refuses is refused on the page with the same message (an unknown station is no empty result).
        var refused = await client.GetStringAsync("/Monitoring?Standard=GB3095-2012&Station=" + Uri.EscapeDataString("没有的站"));
        Assert.Contains("库中没有站点 没有的站", refused);
        Assert.Equal(HttpStatusCode.BadRequest, (await client.GetAsync("/Progress?Plan=chengqu-2023-air&Year=1800")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/Progress?Plan=no-such-plan")).StatusCode);
        var progress = await client.GetStringAsync("/Progress?Plan=chengqu-2023-water");
        Assert.Contains("金匠桥", progress);
        Assert.Contains("无法判断", progress);
        Assert.Contains("达标", progress);
        var airProgress = await client.GetStringAsync("/Progress?Plan=chengqu-2023-air");
        Assert.Contains("PM2.5平均浓度", airProgress);
        Assert.Equal(HttpStatusCode.Unauthorized, (await factory.NoRedirectClient().GetAsync("/api/air/evaluate?standard=GB3095-2012")).StatusCode);
    }

    [Fact]
    public async Task The_monitoring_map_page_lists_every_point_and_asks_anonymous_users_to_sign_in()
    {
        var client = await factory.SignedInClient();
        var page = await client.GetStringAsync("/Monitoring/Map?Jurisdiction=140500&AsOf=2023-12-31");
        Assert.Contains("<h1>监测点位一张图</h1>", page);
        Assert.Contains("晋城市（140500）· 截至 2023-12-31", page);
        // the imported stations and section have no coordinates: not on the map, listed below it as 无坐标
        Assert.Contains("该行政区没有带坐标的站点或断面", page);
        Assert.Contains("data-station=\"城区A\"", page);
        Assert.Contains("data-station=\"城区B\"", page);
        Assert.Contains("data-section=\"洞头\"", page);
        Assert.Equal(3, System.Text.RegularExpressions.Regex.Matches(page, "<td class=\"nodata\">无坐标</td>").Count);
        // the latest day of the stations (2023-01-05) and the latest month of 洞头 (December: Ⅲ, against the plan's Ⅴ)
        Assert.Contains("2023-01-05", page);
        Assert.Contains("2023-12-15", page);
        Assert.Contains("Ⅲ类", page);
        Assert.Contains("href=\"/Progress?Plan=chengqu-2023-water&amp;Year=2023\"", page);
        Assert.Contains("监测点位一张图", await client.GetStringAsync("/Monitoring"));

        var anonymous = factory.NoRedirectClient();
        var response = await anonymous.GetAsync("/Monitoring/Map");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/Login", response.Headers.Location?.OriginalString);
    }
}
