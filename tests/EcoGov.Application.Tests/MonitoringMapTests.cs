using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using EcoGov.Application.Monitoring;
using EcoGov.Cli.Tests;
using EcoGov.Core.Monitoring;
using EcoGov.Data.Monitoring;
using EcoGov.Web.Tests;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace EcoGov.Application.Tests;

/// <summary>
/// The same small data set in both hosts' stores for the 监测点位一张图, in 城区 (140502):
/// station 1001A of a national release (placed at 112.85, 35.49), every hour of 2023-03-01 holding SO2 10, NO2 30, CO 0.8,
/// O3 60, PM10 60, PM2.5 40 and every hour of 2023-03-02 the same but PM10 100 and PM2.5 80; station 无坐标站 of a plain
/// hourly file (no coordinates) with 2023-03-01's values; water samples of 白水河 (placed at 112.84, 35.52; class Ⅱ on
/// 2023-02-10, Ⅳ on 2023-03-03) and of 洞头 (no coordinates; class Ⅲ on 2023-03-04). The seed plan chengqu-2023-water
/// sets 白水河 Ⅲ (省考, by its 主要目标) and 洞头 Ⅴ.
/// </summary>
public sealed class MonitoringMapHosts : IAsyncLifetime
{
    public EcoGovFactory Web { get; } = new();
    public CliRunner Cli { get; } = new();
    public HttpClient Client { get; private set; } = null!;

    private static string Release()
    {
        var csv = new StringBuilder("timepoint,stationcode,longitude,latitude,area,positionname,primarypollutant,aqi,pm10,pm10_24h,pm2_5,pm2_5_24h,o3,o3_24h,o3_8h,o3_8h_24h,no2,no2_24h,so2,so2_24h,co,co_24h\n");
        for (var h = 0; h < 48; h++)
        {
            var (pm10, pm25) = h < 24 ? (60, 40) : (100, 80);
            // the release labels an hour by its end
            csv.Append(CultureInfo.InvariantCulture,
                $"{new DateTime(2023, 3, 1).AddHours(h + 1):yyyy-MM-dd HH:mm:ss},1001A,112.85,35.49,城区,市监测站,PM2.5,0,{pm10},{pm10},{pm25},{pm25},60,60,60,60,30,30,10,10,0.8,0.8\n");
        }
        return csv.ToString();
    }

    public async Task InitializeAsync()
    {
        var file = Path.Combine(Path.GetTempPath(), "ecogov-release-" + Guid.NewGuid().ToString("N") + ".csv");
        File.WriteAllText(file, Release());
        try
        {
            var (exit, _, stderr) = Cli.Run("monitoring", "import", file, "--kind", MonitoringDataKinds.Name(MonitoringDataKind.AirHourly), "--jurisdiction", "140502", "--json");
            Assert.True(exit == 0, stderr);
            using var scope = Web.Services.CreateScope();
            var report = await scope.ServiceProvider.GetRequiredService<MonitoringReleaseService>()
                .ImportAsync(new MonitoringImportRequest(file, MonitoringDataKind.AirHourly, "140502"), allStations: false);
            Assert.Equal(48, report.Stored);
        }
        finally
        {
            File.Delete(file);
        }
        var air = new StringBuilder("station,time,SO2,NO2,CO,O3,PM10,PM2.5\n");
        for (var h = 0; h < 24; h++) air.Append(CultureInfo.InvariantCulture, $"无坐标站,2023-03-01 {h:D2}:00,10,30,0.8,60,60,40\n");
        await HostImports.IntoBoth(Web, Cli, air.ToString(), MonitoringDataKind.AirHourly, "140502");
        await HostImports.IntoBoth(Web, Cli,
            "section,date,id,type,longitude,latitude,pH,DO,CODMn,COD,BOD5,NH3N,TP\n" +
            "白水河,2023-02-10,B-1,river,112.84,35.52,7.5,7.0,3,12,2,0.3,0.05\n" +      // Ⅱ
            "白水河,2023-03-03,B-2,river,112.84,35.52,7.5,4.0,8,25,5,1.2,0.25\n" +      // Ⅳ (DO, CODMn, COD, BOD5, NH3-N, TP)
            "洞头,2023-03-04,D-1,river,,,7.5,5.5,5,18,3.5,0.8,0.15\n",                  // Ⅲ
            MonitoringDataKind.WaterSamples, "140502");
        Client = await Web.SignedInClient();
    }

    public async Task DisposeAsync()
    {
        Client?.Dispose();
        await Web.DisposeAsync();
        Cli.Dispose();
    }
}

/// <summary>
/// 监测点位一张图: <c>MonitoringMapService.Latest</c> gives the same JSON to GET /api/monitoring/map and `monitoring map
/// --json`, with each station's latest day's AQI (worked out by hand from HJ 633-2012 Table 1 below), each section's latest
/// month's GB 3838 class against the plan's target, and the points without coordinates listed apart, never dropped.
/// </summary>
public sealed class MonitoringMapTests(MonitoringMapHosts hosts) : IClassFixture<MonitoringMapHosts>
{
    private async Task<JsonNode> Same(string query)
    {
        var web = JsonNode.Parse(await hosts.Client.GetStringAsync("/api/monitoring/map?" + query))!;
        var args = new List<string> { "monitoring", "map" };
        foreach (var pair in query.Split('&'))
        {
            var (name, value) = (pair[..pair.IndexOf('=')], pair[(pair.IndexOf('=') + 1)..]);
            args.AddRange([name == "asOf" ? "--as-of" : "--" + name, value]);
        }
        var (exit, stdout, stderr) = hosts.Cli.Run([.. args, "--json"]);
        Assert.True(exit == 0, stderr);
        var fromCli = JsonNode.Parse(stdout)!;
        Assert.True(JsonNode.DeepEquals(web, fromCli), $"web:\n{web.ToJsonString()}\ncli:\n{fromCli.ToJsonString()}");
        return web;
    }

    private static JsonNode One(JsonNode map, string list, string code) =>
        Assert.Single(map[list]!.AsArray(), p => (string?)p!["code"] == code)!;

    [Fact]
    public async Task Latest_values_on_a_day_are_the_same_in_both_hosts_and_worked_out_by_hand()
    {
        var m = await Same("jurisdiction=140502&asOf=2023-03-05");
        Assert.Equal(("140502", "城区", "2023-03-05", false), ((string?)m["jurisdiction"], (string?)m["name"], (string?)m["asOf"], (bool)m["demo"]!));

        // 1001A on 2023-03-02, HJ 633-2012 Table 1, IAQI rounded up: PM2.5 24h 80 → 100 + (80−75)·50/40 = 106.25 → 107;
        // PM10 100 → 50 + (100−50)·50/100 = 75; NO2 30 → 37.5 → 38; CO 0.8 → 20; SO2 10 → 10; O3 8h 60 → 30.
        // AQI 107, level 3 轻度污染 (orange), primary PM2.5.
        var located = Assert.Single(m["stations"]!.AsArray())!;
        Assert.Equal("1001A", (string?)located["code"]);
        Assert.Equal("市监测站", (string?)located["name"]);
        Assert.Equal((112.85, 35.49), ((double)located["longitude"]!, (double)located["latitude"]!));
        Assert.Equal("2023-03-02", (string?)located["date"]);
        Assert.Equal("HJ 633-2012", (string?)located["aqiStandard"]);
        Assert.Equal(107, (int?)located["aqi"]);
        Assert.Equal(3, (int?)located["level"]);
        Assert.Equal("轻度污染", (string?)located["category"]);
        Assert.Equal("#ff7e00", (string?)located["colour"]);
        Assert.Equal(["PM2.5"], located["primary"]!.AsArray().Select(p => (string)p!).ToArray());
        Assert.Equal(80m, (decimal?)located["pm25"]);
        Assert.False((bool)located["demo"]!);

        // 无坐标站: listed apart, its last day 2023-03-01: PM2.5 40 → 50 + (40−35)·50/40 = 56.25 → 57; PM10 60 → 55. AQI 57 良.
        var apart = Assert.Single(m["stationsWithoutCoordinates"]!.AsArray())!;
        Assert.Equal(("无坐标站", "2023-03-01", 57, "良"), ((string?)apart["code"], (string?)apart["date"], (int?)apart["aqi"], (string?)apart["category"]));
        Assert.Null(apart["longitude"]);

        // 白水河: latest sample 2023-03-03, class Ⅳ, against Ⅲ (省考, the plan's 主要目标) — not met.
        var baishui = Assert.Single(m["sections"]!.AsArray())!;
        Assert.Equal(("白水河", "river", "2023-03-03", "2023-03", 1), ((string?)baishui["code"], (string?)baishui["kind"], (string?)baishui["date"], (string?)baishui["month"], (int)baishui["samples"]!));
        Assert.Equal(("IV", "Ⅳ类", "III", "Ⅲ类", false), ((string?)baishui["class"], (string?)baishui["className"], (string?)baishui["targetClass"], (string?)baishui["targetClassName"], (bool?)baishui["meets"]));
        Assert.Equal("chengqu-2023-water", (string?)baishui["targetPlan"]);
        Assert.Equal((112.84, 35.52), ((double)baishui["longitude"]!, (double)baishui["latitude"]!));
        // 洞头: no coordinates, class Ⅲ against Ⅴ — met.
        var dongtou = Assert.Single(m["sectionsWithoutCoordinates"]!.AsArray())!;
        Assert.Equal(("洞头", "III", "V", true), ((string?)dongtou["code"], (string?)dongtou["class"], (string?)dongtou["targetClass"], (bool?)dongtou["meets"]));

        Assert.Equal(6, m["aqiLevels"]!.AsArray().Count);
        Assert.Equal(["I", "II", "III", "IV", "V", "劣V"], m["waterClasses"]!.AsArray().Select(c => (string)c!["class"]!).ToArray());
    }

    [Fact]
    public async Task An_earlier_day_gives_the_values_of_that_day_and_a_jurisdiction_above_includes_the_points_below()
    {
        var m = await Same("jurisdiction=140500&asOf=2023-03-01");
        Assert.Equal("晋城市", (string?)m["name"]);
        var located = One(m, "stations", "1001A");
        Assert.Equal(("2023-03-01", 57, 2, "良"), ((string?)located["date"], (int?)located["aqi"], (int?)located["level"], (string?)located["category"]));
        Assert.Equal(40m, (decimal?)located["pm25"]);
        var baishui = One(m, "sections", "白水河");
        Assert.Equal(("2023-02-10", "II", true), ((string?)baishui["date"], (string?)baishui["class"], (bool?)baishui["meets"]));
        var dongtou = One(m, "sectionsWithoutCoordinates", "洞头");
        Assert.Null(dongtou["date"]);
        Assert.Null(dongtou["meets"]);
    }

    [Fact]
    public async Task A_day_before_any_data_lists_every_point_without_a_latest_value()
    {
        var m = await Same("jurisdiction=140502&asOf=2023-01-01");
        foreach (var list in new[] { "stations", "stationsWithoutCoordinates" })
            Assert.All(m[list]!.AsArray(), s => Assert.True(s!["date"] is null && s["aqi"] is null && s["level"] is null && s["pm25"] is null));
        foreach (var list in new[] { "sections", "sectionsWithoutCoordinates" })
            Assert.All(m[list]!.AsArray(), s => Assert.True(s!["date"] is null && s["class"] is null && s["meets"] is null && (int)s["samples"]! == 0));
        Assert.Equal(2, m["stations"]!.AsArray().Count + m["stationsWithoutCoordinates"]!.AsArray().Count);
        Assert.Equal(2, m["sections"]!.AsArray().Count + m["sectionsWithoutCoordinates"]!.AsArray().Count);

        // the CLI's table says so
        var (exit, stdout, stderr) = hosts.Cli.Run("monitoring", "map", "--jurisdiction", "140502", "--as-of", "2023-01-01");
        Assert.True(exit == 0, stderr);
        Assert.Contains("无坐标", stdout);
        Assert.Contains("无数据", stdout);
    }

    [Fact]
    public async Task The_page_draws_the_same_points_and_lists_them_below_the_map()
    {
        var page = await hosts.Client.GetStringAsync("/Monitoring/Map?Jurisdiction=140502&AsOf=2023-03-05");
        Assert.Contains("<h1>监测点位一张图</h1>", page);
        Assert.Contains("id=\"monitoring-map\"", page);
        Assert.Contains("/js/monitoring-map.js", page);
        var data = JsonNode.Parse(WebUtility.HtmlDecode(System.Text.RegularExpressions.Regex.Match(page, "data-map=\"([^\"]*)\"").Groups[1].Value))!;
        var api = JsonNode.Parse(await hosts.Client.GetStringAsync("/api/monitoring/map?jurisdiction=140502&asOf=2023-03-05"))!;
        Assert.True(JsonNode.DeepEquals(api, data));
        // the tables: every point, those without coordinates marked, the links to the calendar and the progress
        Assert.Contains("data-station=\"1001A\"", page);
        Assert.Contains("data-station=\"无坐标站\"", page);
        Assert.Contains("data-section=\"白水河\"", page);
        Assert.Contains("data-section=\"洞头\"", page);
        Assert.Contains("无坐标", page);
        Assert.Contains("href=\"/Monitoring/Calendar?Station=1001A&amp;Year=2023\"", page);
        Assert.Contains("href=\"/Progress?Plan=chengqu-2023-water&amp;Year=2023\"", page);
        Assert.Contains("未达标", page);

        using var anonymous = hosts.Web.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var response = await anonymous.GetAsync("/Monitoring/Map");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/Login", response.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/api/monitoring/map?jurisdiction=140502")).StatusCode);

        // a bad day on the page: the message the API gives, in the page's language only (Chinese by default)
        var bad = await hosts.Client.GetAsync("/Monitoring/Map?Jurisdiction=140502&AsOf=2023-02-30");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var badPage = WebUtility.HtmlDecode(await bad.Content.ReadAsStringAsync());
        Assert.Contains("截至日期：“2023-02-30”不是日历上的日期", badPage);
        Assert.DoesNotContain("is not a calendar date", badPage);
    }

    [Fact]
    public void A_bad_coordinate_in_a_water_file_is_refused_by_the_cli_naming_file_row_and_column()
    {
        var file = Path.Combine(Path.GetTempPath(), "ecogov-bad-place-" + Guid.NewGuid().ToString("N") + ".csv");
        File.WriteAllText(file, "section,date,id,type,longitude,latitude,DO\n金匠桥,2023-03-05,J-1,river,35.48,112.86,6\n");
        try
        {
            var (exit, _, stderr) = hosts.Cli.Run("monitoring", "import", file, "--kind", MonitoringDataKinds.Name(MonitoringDataKind.WaterSamples), "--jurisdiction", "140502");
            Assert.Equal(2, exit);
            Assert.Contains(Path.GetFileName(file), stderr);
            Assert.Contains("第 2 行，列 longitude (row 2, column longitude)", stderr);
            Assert.Contains("经度 35.48 不在我国范围 73–136 内", stderr);
        }
        finally
        {
            File.Delete(file);
        }
    }

    /// <summary>Case, web query, CLI arguments, field, CLI option, code, a fragment of the message.</summary>
    public static TheoryData<string, string, string, string, string, string, string> BadInputs => new()
    {
        { "unknown jurisdiction", "jurisdiction=999999", "monitoring map --jurisdiction 999999", "jurisdiction", "--jurisdiction", "unknownJurisdiction", "unknown jurisdiction code \"999999\"" },
        { "no jurisdiction", "asOf=2023-03-01", "monitoring map --as-of 2023-03-01", "jurisdiction", "--jurisdiction", "required", "the jurisdiction is required" },
        { "day not a calendar day", "jurisdiction=140502&asOf=2023-02-30", "monitoring map --jurisdiction 140502 --as-of 2023-02-30", "asOf", "--as-of", "invalidDate", "\"2023-02-30\" is not a calendar date" },
        { "day in another format", "jurisdiction=140502&asOf=2023/03/01", "monitoring map --jurisdiction 140502 --as-of 2023/03/01", "asOf", "--as-of", "invalidDate", "2023/03/01" },
    };

    [Theory]
    [MemberData(nameof(BadInputs))]
    public async Task Bad_input_is_refused_alike(string @case, string query, string cli, string field, string option, string code, string fragment)
    {
        await RefusedAlike.AssertAsync(hosts.Client, hosts.Cli, @case, "/api/monitoring/map?" + query, cli, field, option, code, fragment);
    }
}
