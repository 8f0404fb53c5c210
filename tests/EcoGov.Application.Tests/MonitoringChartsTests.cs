using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using EcoGov.Core.Air;

namespace EcoGov.Application.Tests;

/// <summary>
/// Issue 13 item 2 (monitoring views): the AQI calendar and a station's series are one operation each
/// (<c>AirCalendarService</c>, <c>StationSeriesService</c>) that the web and the CLI render alike — the same JSON, the same
/// .xlsx rows, the same refusals — over the hours of <see cref="BothHosts"/> (城区A and 城区B, 2023-01-01 … 01-05, hour h
/// holding SO2 8+h%5, NO2 25+h%9, CO 0.7, O3 50+h%40, PM10 80+h%30, PM2.5 45+h%25). A day's AQI is the Core engine's
/// daily report of the day's statistics computed from the hours, and for 2023-01-01 at 城区A also a hand calculation.
/// </summary>
public sealed class MonitoringChartsTests(BothHosts hosts) : IClassFixture<BothHosts>
{
    private static readonly DateOnly First = new(2023, 1, 1), Last = new(2023, 1, 5);

    /// <summary>The fixture's hours of a station (k = 0 for both: the two stations hold the same values).</summary>
    private static List<HourlyObservation> Hours() =>
        [.. Enumerable.Range(0, 24 * 5).Select(h => new HourlyObservation(new DateTime(2023, 1, 1).AddHours(h),
            8 + h % 5, 25 + h % 9, 0.7, 50 + h % 40, 80 + h % 30, 45 + h % 25))];

    private async Task<JsonNode> Same(string url, string cli)
    {
        var web = JsonNode.Parse(await hosts.Client.GetStringAsync(url))!;
        var (exit, stdout, stderr) = hosts.Cli.Run([.. cli.Split(' '), "--json"]);
        Assert.True(exit == 0, stderr);
        var fromCli = JsonNode.Parse(stdout)!;
        Assert.True(JsonNode.DeepEquals(web, fromCli), $"web:\n{web.ToJsonString()}\ncli:\n{fromCli.ToJsonString()}");
        return web;
    }

    [Fact]
    public async Task A_stations_calendar_is_the_engines_daily_AQI_in_both_hosts()
    {
        var c = await Same("/api/monitoring/calendar?station=城区A&year=2023", "monitoring calendar --station 城区A --year 2023");
        Assert.Equal("station", (string?)c["subject"]);
        Assert.Equal("GB 3095-2012 + HJ 633-2012", (string?)c["standard"]);
        var days = c["days"]!.AsArray();
        Assert.Equal(365, days.Count);
        Assert.Equal(5, (int)c["validDays"]!);
        Assert.Equal(["#00e400", "#ffff00", "#ff7e00", "#ff0000", "#99004c", "#7e0023"], c["levels"]!.AsArray().Select(l => (string)l!["colour"]!).ToArray());

        // Hand calculation of 2023-01-01 (hours 0–23): PM2.5 mean 56.5 → 56 (half-even), IAQI 50 + (56−35)·50/40 = 76.25 → 77;
        // PM10 91.5 → 92, IAQI 71; NO2 28.625 → 29, IAQI 37; O3 max 8h 69.5 → 70, IAQI 35; SO2 10, CO 0.7 lower. AQI 77, 良, PM2.5.
        var jan1 = days[0]!;
        Assert.Equal("2023-01-01", (string?)jan1["date"]);
        Assert.Equal(77, (int?)jan1["aqi"]);
        Assert.Equal(2, (int?)jan1["level"]);
        Assert.Equal("良", (string?)jan1["category"]);
        Assert.Equal(["PM2.5"], jan1["primary"]!.AsArray().Select(p => (string)p!).ToArray());

        // Every day: the Core's daily report of the day's statistics computed from the hours (not the stored days).
        var values = StationAirSeries.OfHours(Hours()).Daily(First, Last, AmbientAirLimitTables.Gb3095_2012, LimitGrade.GradeII, AirDataValidity.Gb3095Table4);
        foreach (var v in values)
        {
            var expected = AqiCalculator.Daily(v.Date, v.ToConcentrations());
            var day = days[v.Date.DayNumber - First.DayNumber]!;
            Assert.Equal(expected.Aqi, (int?)day["aqi"]);
            Assert.Equal(expected.Level!.Number, (int?)day["level"]);
            Assert.Equal(expected.Category, (string?)day["category"]);
            Assert.Equal(expected.PrimaryPollutants.Select(PollutantNames.Display).ToArray(), day["primary"]!.AsArray().Select(p => (string)p!).ToArray());
            Assert.True((bool)day["valid"]!);
        }
        Assert.All(days.Skip(5), d => Assert.False((bool)d!["valid"]!));
        Assert.All(days.Skip(5), d => Assert.Null((int?)d!["aqi"]));
    }

    [Fact]
    public async Task A_jurisdictions_calendar_is_the_citys_daily_mean_as_the_evaluation_computes_it()
    {
        var c = await Same("/api/monitoring/calendar?jurisdiction=140502&year=2023&standard=GB3095-2026",
            "monitoring calendar --jurisdiction 140502 --year 2023 --standard GB3095-2026");
        Assert.Equal("jurisdiction", (string?)c["subject"]);
        Assert.Equal(["城区A", "城区B"], c["stations"]!.AsArray().Select(s => (string)s!).ToArray());
        var standard = AirEvaluationStandards.Gb3095_2026Transitional;
        Assert.Equal(standard.Code, (string?)c["standard"]);
        var city = CityAirAggregation.EvaluateFromHours([Hours(), Hours()], new DateOnly(2023, 1, 1), new DateOnly(2023, 12, 31), standard);
        var days = c["days"]!.AsArray();
        foreach (var r in city.DailyResults)
            Assert.Equal(r.Aqi.Aqi, (int?)days[r.Values.Date.DayNumber - First.DayNumber]!["aqi"]);
        Assert.Equal(city.GoodDays, (int)c["goodDays"]!);
    }

    [Fact]
    public async Task A_stations_series_carries_the_values_and_the_grade_II_limits_in_both_hosts()
    {
        var d = await Same("/api/monitoring/stations/城区A/series?from=2023-01-01&to=2023-01-06",
            "monitoring series --station 城区A --from 2023-01-01 --to 2023-01-06");
        Assert.Equal("day", (string?)d["resolution"]);
        var points = d["points"]!.AsArray();
        Assert.Equal(6, points.Count);
        // 2023-01-01 as computed by hand above; 2023-01-06 has no data.
        Assert.Equal([10m, 29m, 0.7m, 70m, 92m, 56m], new[] { "so2", "no2", "co", "o3", "pm10", "pm25" }.Select(k => (decimal)points[0]![k]!).ToArray());
        Assert.Null((decimal?)points[5]!["pm25"]);
        var limits = d["pollutants"]!.AsArray().ToDictionary(p => (string)p!["key"]!, p => (decimal?)p!["limit"]);
        Assert.Equal(75m, limits["pm25"]);
        Assert.Equal(160m, limits["o3"]);     // daily max 8h, GB 3095-2012 grade II
        Assert.Equal(4m, limits["co"]);

        var h = await Same("/api/monitoring/stations/城区B/series?from=2023-01-02&to=2023-01-03&resolution=hour",
            "monitoring series --station 城区B --from 2023-01-02 --to 2023-01-03 --resolution hour");
        var hours = h["points"]!.AsArray();
        Assert.Equal(48, hours.Count);
        Assert.Equal("2023-01-02 05:00", (string?)hours[5]!["time"]);
        var k = 24 + 5;   // the hour's index in the fixture
        Assert.Equal(8 + k % 5, (decimal)hours[5]!["so2"]!);
        Assert.Equal(50 + k % 40, (decimal)hours[5]!["o3"]!);
        var hourLimits = h["pollutants"]!.AsArray().ToDictionary(p => (string)p!["key"]!, p => (decimal?)p!["limit"]);
        Assert.Equal(200m, hourLimits["o3"]);     // 1h
        Assert.Null(hourLimits["pm25"]);          // GB 3095 sets no 1h limit for PM2.5
        Assert.Equal(500m, hourLimits["so2"]);
    }

    [Fact]
    public async Task The_xlsx_of_each_holds_the_same_rows_from_both_hosts()
    {
        var dir = Path.Combine(Path.GetTempPath(), "ecogov-charts-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        try
        {
            foreach (var (url, cli, sheet) in new[]
            {
                ("/api/monitoring/calendar/xlsx?station=城区A&year=2023", "monitoring calendar --station 城区A --year 2023", "AQI日历"),
                ("/api/monitoring/stations/城区A/series/xlsx?from=2023-01-01&to=2023-01-02&resolution=hour", "monitoring series --station 城区A --from 2023-01-01 --to 2023-01-02 --resolution hour", "小时浓度"),
            })
            {
                var response = await hosts.Client.GetAsync(url);
                Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
                Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType?.MediaType);
                var web = OfficeFiles.Excel(await response.Content.ReadAsByteArrayAsync());
                var path = Path.Combine(dir, sheet + ".xlsx");
                var (exit, _, stderr) = hosts.Cli.Run([.. cli.Split(' '), "--out", path]);
                Assert.True(exit == 0, stderr);
                var fromCli = OfficeFiles.Excel(File.ReadAllBytes(path));
                Assert.Equal(web.Keys, fromCli.Keys);
                foreach (var name in web.Keys) Assert.Equal(web[name], fromCli[name]);
                Assert.True(web.ContainsKey(sheet), string.Join(", ", web.Keys));
            }

            // The calendar's rows are the JSON's days.
            var book = OfficeFiles.Excel(await hosts.Client.GetByteArrayAsync("/api/monitoring/calendar/xlsx?station=城区A&year=2023"));
            var rows = book["AQI日历"];
            Assert.Equal(1 + 365, rows.Count);
            Assert.Equal(["2023-01-01", "77", "2", "良", "PM2.5", "是"], rows[1]);
            Assert.Equal(["2023-01-06", "", "", "", "", "否"], rows[6]);
            var series = OfficeFiles.Excel(await hosts.Client.GetByteArrayAsync("/api/monitoring/stations/城区A/series/xlsx?from=2023-01-01&to=2023-01-01"));
            Assert.Equal(["2023-01-01", "10", "29", "0.7", "70", "92", "56"], series["日浓度"][1]);
            Assert.Contains(series["二级浓度限值"], r => r[0] == "PM2.5" && r[3] == "75");
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public async Task The_evaluation_workbook_and_the_standard_comparison_chart_hold_the_evaluations_figures()
    {
        const string query = "jurisdiction=140502&from=2023-01-01&to=2023-01-05&standard=GB3095-2012&compare=GB3095-2026";
        var json = JsonNode.Parse(await hosts.Client.GetStringAsync("/api/air/evaluate?" + query))!;
        var book = OfficeFiles.Excel(await hosts.Client.GetByteArrayAsync("/api/air/evaluate/xlsx?" + query));
        var rows = book["空气质量评价"];
        Assert.Equal("对比优良天数", rows[0][14]);
        var stations = json["stations"]!.AsArray().Select(n => n!).Append(json["all"]!).ToList();
        Assert.Equal(stations.Count + 1, rows.Count);
        for (int i = 0; i < stations.Count; i++)
        {
            var s = stations[i];
            Assert.Equal(s["station"]!.GetValue<string>(), rows[i + 1][0]);
            Assert.Equal(s["goodDays"]!.GetValue<int>().ToString(CultureInfo.InvariantCulture), rows[i + 1][9]);
            Assert.Equal(s["whatIf"]!["compareGoodDays"]!.GetValue<int>().ToString(CultureInfo.InvariantCulture), rows[i + 1][14]);
        }
        Assert.Contains(book["说明"], r => r[0] == "对比标准 compared" && r[1] == json["compareStandard"]!.GetValue<string>());

        // The page draws the comparison from the same figures, and links the same file.
        var page = await hosts.Client.GetStringAsync("/Monitoring?Jurisdiction=140502&From=2023-01-01&To=2023-01-05&Standard=GB3095-2012&Compare=GB3095-2026");
        Assert.Contains("id=\"chart-whatif\"", page);
        Assert.Contains("href=\"/api/air/evaluate/xlsx?jurisdiction=140502&amp;from=2023-01-01&amp;to=2023-01-05&amp;standard=GB3095-2012&amp;compare=GB3095-2026\"", page);
        var data = JsonNode.Parse(System.Net.WebUtility.HtmlDecode(System.Text.RegularExpressions.Regex.Match(page, "data-whatif=\"([^\"]*)\"").Groups[1].Value))!;
        Assert.Equal(json["compareStandard"]!.GetValue<string>(), data["compare"]!.GetValue<string>());
        Assert.Equal(json["all"]!["whatIf"]!["compareIndex"]!.GetValue<decimal>(), data["rows"]!.AsArray().Last()!["compareIndex"]!.GetValue<decimal>());
    }

    /// <summary>Case, web path and query, CLI arguments, field, CLI option, code, HTTP status, a fragment of the message.</summary>
    public static TheoryData<string, string, string, string, string, string, int, string> BadInputs => new()
    {
        { "calendar of an unknown station", "/api/monitoring/calendar?station=没有的站&year=2023", "monitoring calendar --station 没有的站 --year 2023", "station", "--station", "unknownStation", 400, "库中没有站点 没有的站 / unknown station; 已有 / stored: 城区A, 城区B" },
        { "series of an unknown station", "/api/monitoring/stations/没有的站/series?from=2023-01-01&to=2023-01-02", "monitoring series --station 没有的站 --from 2023-01-01 --to 2023-01-02", "station", "--station", "unknownStation", 400, "库中没有站点 没有的站" },
        { "calendar of an unknown jurisdiction", "/api/monitoring/calendar?jurisdiction=999999&year=2023", "monitoring calendar --jurisdiction 999999 --year 2023", "jurisdiction", "--jurisdiction", "unknownJurisdiction", 400, "unknown jurisdiction code \"999999\"" },
        { "calendar of nothing", "/api/monitoring/calendar?year=2023", "monitoring calendar --year 2023", "jurisdiction", "--jurisdiction", "required", 400, "give a jurisdiction code or a station" },
        { "calendar without a year", "/api/monitoring/calendar?station=城区A", "monitoring calendar --station 城区A", "year", "--year", "required", 400, "the year is required" },
        { "calendar of a year not a number", "/api/monitoring/calendar?station=城区A&year=twenty", "monitoring calendar --station 城区A --year twenty", "year", "--year", "outOfRange", 400, "got \"twenty\"" },
        { "calendar of an unknown standard", "/api/monitoring/calendar?station=城区A&year=2023&standard=GB3095-1996", "monitoring calendar --station 城区A --year 2023 --standard GB3095-1996", "standard", "--standard", "unknownStandard", 400, "unknown standard \"GB3095-1996\"" },
        { "hourly series longer than 31 days", "/api/monitoring/stations/城区A/series?from=2023-01-01&to=2023-02-01&resolution=hour", "monitoring series --station 城区A --from 2023-01-01 --to 2023-02-01 --resolution hour", "to", "--to", "outOfRange", 400, "at most 31 days by hour, the range has 32" },
        { "series from after to", "/api/monitoring/stations/城区A/series?from=2023-01-05&to=2023-01-01", "monitoring series --station 城区A --from 2023-01-05 --to 2023-01-01", "from", "--from", "invalidPeriod", 400, "from is after to" },
        { "series from not a calendar day", "/api/monitoring/stations/城区A/series?from=2023-02-30&to=2023-03-01", "monitoring series --station 城区A --from 2023-02-30 --to 2023-03-01", "from", "--from", "invalidDate", 400, "\"2023-02-30\" is not a calendar date" },
        { "series without to", "/api/monitoring/stations/城区A/series?from=2023-01-01", "monitoring series --station 城区A --from 2023-01-01", "to", "--to", "required", 400, "to is required" },
        { "series of an unknown resolution", "/api/monitoring/stations/城区A/series?from=2023-01-01&to=2023-01-02&resolution=minute", "monitoring series --station 城区A --from 2023-01-01 --to 2023-01-02 --resolution minute", "resolution", "--resolution", "invalidValue", 400, "the resolution must be hour or day" },
        { "xlsx of an unknown station", "/api/monitoring/calendar/xlsx?station=没有的站&year=2023", "monitoring calendar --station 没有的站 --year 2023 --out x.xlsx", "station", "--station", "unknownStation", 400, "库中没有站点 没有的站" },
    };

    [Theory]
    [MemberData(nameof(BadInputs))]
    public async Task Bad_input_is_refused_alike(string @case, string url, string cli, string field, string option, string code, int status, string fragment)
    {
        await RefusedAlike.AssertAsync(hosts.Client, hosts.Cli, @case, url, cli, field, option, code, fragment, status);
    }
}
