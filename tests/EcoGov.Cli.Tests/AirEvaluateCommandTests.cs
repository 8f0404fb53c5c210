using System.Globalization;
using System.Text.Json;

namespace EcoGov.Cli.Tests;

/// <summary>
/// `air evaluate` on a synthetic hourly CSV: two stations, constant values within each day so every daily mean is
/// the hourly value. Common to all hours: SO2 10, NO2 20, CO 0.5, O3 80 (so O3 daily max 8h = 80, 90th pct 80).
///   Station A: PM10 40; PM2.5 70 on 06-01, 30 on 06-02, 70 on 06-03; 06-04 has only 12 hours (PM2.5 200) —
///              fewer than 20 valid hours (and &lt; 14 valid O3 8h means), so no daily values and no AQI.
///   Station B: PM10 100, PM2.5 20 on 06-01 .. 06-03.
/// </summary>
public sealed class AirEvaluateCommandTests : IDisposable
{
    private const string HourlyHeader = "station,time,SO2,NO2,CO,O3,PM10,PM2.5";

    private readonly CliRunner cli = new();
    private readonly string dir = Path.Combine(Path.GetTempPath(), "ecogov-eval-" + Guid.NewGuid().ToString("N"));

    public AirEvaluateCommandTests() => Directory.CreateDirectory(dir);

    public void Dispose()
    {
        cli.Dispose();
        try { Directory.Delete(dir, recursive: true); } catch (IOException) { }
    }

    private string Csv(string name, IEnumerable<string> lines)
    {
        var path = Path.Combine(dir, name);
        File.WriteAllText(path, string.Join("\n", lines) + "\n");
        return path;
    }

    private static IEnumerable<string> Day(string station, int day, double pm10, double pm25, int hours = 24) =>
        Enumerable.Range(0, hours).Select(h => string.Create(CultureInfo.InvariantCulture,
            $"{station},2025-06-{day:00} {h:00}:00,10,20,0.5,80,{pm10},{pm25}"));

    private string Synthetic() => Csv("hourly.csv",
        [
            HourlyHeader,
            .. Day("A", 1, 40, 70), .. Day("A", 2, 40, 30), .. Day("A", 3, 40, 70), .. Day("A", 4, 40, 200, hours: 12),
            .. Day("B", 1, 100, 20), .. Day("B", 2, 100, 20), .. Day("B", 3, 100, 20),
        ]);

    private static decimal? Dec(JsonElement e, string name) =>
        e.GetProperty(name).ValueKind == JsonValueKind.Null ? null : e.GetProperty(name).GetDecimal();

    private static decimal Mean(JsonElement s, string pollutant) => s.GetProperty("means").GetProperty(pollutant).GetDecimal();

    private static IEnumerable<string?> Exceeding(JsonElement s) => s.GetProperty("exceeding").EnumerateArray().Select(x => x.GetString());

    [Fact]
    public void Stations_and_all_under_2012()
    {
        var doc = cli.Json("air", "evaluate", "--input", Synthetic(), "--standard", "GB3095-2012");
        Assert.Equal("GB 3095-2012 + HJ 633-2012", doc.GetProperty("standard").GetString());
        // Default period: first and last day in the data (A's short day 06-04 is the last).
        Assert.Equal("2025-06-01", doc.GetProperty("from").GetString());
        Assert.Equal("2025-06-04", doc.GetProperty("to").GetString());
        Assert.Equal(JsonValueKind.Null, doc.GetProperty("compareStandard").ValueKind);

        var stations = doc.GetProperty("stations").EnumerateArray().ToList();
        Assert.Equal(["A", "B"], stations.Select(s => s.GetProperty("station").GetString()));

        var a = stations[0];
        Assert.Equal(4, a.GetProperty("days").GetInt32());
        // 06-04 has 12 hours < 20: not a valid day, so 3 valid days; its PM2.5 200 enters no mean.
        Assert.Equal(3, a.GetProperty("validDays").GetInt32());
        Assert.Equal(10m, Mean(a, "SO2"));
        Assert.Equal(20m, Mean(a, "NO2"));
        Assert.Equal(40m, Mean(a, "PM10"));
        // (70 + 30 + 70) / 3 = 56.67 → 57.
        Assert.Equal(57m, Mean(a, "PM2.5"));
        Assert.Equal(0.5m, Dec(a, "coP95"));
        Assert.Equal(80m, Dec(a, "o3P90"));
        // HJ 633-2012 PM2.5 IAQI: 70 → 50 + 50·(70−35)/(75−35) = 93.75 → 94; 30 → 50·30/35 = 42.9 → 43. All good.
        Assert.Equal(3, a.GetProperty("goodDays").GetInt32());
        Assert.Equal(1m, Dec(a, "goodRatio"));
        Assert.Equal(0, a.GetProperty("heavyDays").GetInt32());
        // 10/60 + 20/40 + 40/70 + 57/35 + 0.5/4 + 80/160 = 0.1667 + 0.5 + 0.5714 + 1.6286 + 0.125 + 0.5 = 3.4917 → 3.49.
        Assert.Equal(3.49m, Dec(a, "index"));
        // PM2.5 57 > 35 (annual Grade II); PM10 40 ≤ 70.
        Assert.Equal(["PM2.5"], Exceeding(a));
        Assert.Equal(JsonValueKind.Null, a.GetProperty("whatIf").ValueKind);

        var b = stations[1];
        Assert.Equal(3, b.GetProperty("validDays").GetInt32());
        Assert.Equal(100m, Mean(b, "PM10"));
        Assert.Equal(20m, Mean(b, "PM2.5"));
        // PM10 IAQI 50 + 50·(100−50)/100 = 75: good.
        Assert.Equal(3, b.GetProperty("goodDays").GetInt32());
        // 0.1667 + 0.5 + 100/70 (1.4286) + 20/35 (0.5714) + 0.125 + 0.5 = 3.2917 → 3.29.
        Assert.Equal(3.29m, Dec(b, "index"));
        Assert.Equal(["PM10"], Exceeding(b));

        // All stations: daily means of the stations' values. PM2.5 45, 25, 45 → mean 38.33 → 38; PM10 70 each day.
        var all = doc.GetProperty("all");
        Assert.Equal("全部站点", all.GetProperty("station").GetString());
        Assert.Equal(3, all.GetProperty("validDays").GetInt32());
        Assert.Equal(38m, Mean(all, "PM2.5"));
        Assert.Equal(70m, Mean(all, "PM10"));
        // Day IAQI: PM2.5 45 → 62.5 → 63, PM10 70 → 60: good all three days.
        Assert.Equal(3, all.GetProperty("goodDays").GetInt32());
        // 0.1667 + 0.5 + 70/70 + 38/35 (1.0857) + 0.125 + 0.5 = 3.3774 → 3.38.
        Assert.Equal(3.38m, Dec(all, "index"));
        // PM2.5 38 > 35; PM10 70 is not above 70.
        Assert.Equal(["PM2.5"], Exceeding(all));
    }

    [Fact]
    public void Compare_shows_a_PM25_of_70_good_under_2012_but_not_under_2026()
    {
        var doc = cli.Json("air", "evaluate", "--input", Synthetic(), "--standard", "GB3095-2012", "--compare", "GB3095-2026");
        // 2025 data "under 2026": the transitional limits (the period ends before 2031).
        Assert.Equal("GB 3095-2026 (transitional) + HJ 633-2026", doc.GetProperty("compareStandard").GetString());
        var w = doc.GetProperty("stations")[0].GetProperty("whatIf");
        // HJ 633-2026 PM2.5 70 → 100 + 50·(70−60)/(115−60) = 109.1 → 110 > 100: 06-01 and 06-03 not good; 06-02 good.
        Assert.Equal(3, w.GetProperty("goodDays").GetInt32());
        Assert.Equal(1, w.GetProperty("compareGoodDays").GetInt32());
        Assert.Equal(-2, w.GetProperty("goodDaysDifference").GetInt32());
        Assert.Equal(1m, Dec(w, "goodRatio"));
        Assert.Equal(0.3333m, Dec(w, "compareGoodRatio"));
        Assert.Equal(-0.6667m, Dec(w, "goodRatioDifference"));
        // 2026 transitional: 10/60 + 20/40 + 40/60 + 57/30 + 0.125 + 0.5 = 3.8583 → 3.86; 3.86 − 3.49 = 0.37.
        Assert.Equal(3.49m, Dec(w, "index"));
        Assert.Equal(3.86m, Dec(w, "compareIndex"));
        Assert.Equal(0.37m, Dec(w, "indexDifference"));

        // All stations: PM2.5 45 → 50 + 50·10/25 = 70, PM10 70 → 50 + 50·20/70 = 64.3: still good under 2026.
        var all = doc.GetProperty("all").GetProperty("whatIf");
        Assert.Equal(3, all.GetProperty("compareGoodDays").GetInt32());
        Assert.Equal(0m, Dec(all, "goodRatioDifference"));
    }

    [Fact]
    public void Gb3095_2026_is_the_version_in_force_or_explicit()
    {
        var f = Synthetic();
        Assert.Equal("GB 3095-2026 (transitional) + HJ 633-2026",
            cli.Json("air", "evaluate", "--input", f, "--standard", "gb3095-2026").GetProperty("standard").GetString());
        var final = cli.Json("air", "evaluate", "--input", f, "--standard", "GB3095-2026-final");
        Assert.Equal("GB 3095-2026 + HJ 633-2026", final.GetProperty("standard").GetString());
        // Final limits: 10/20 + 20/30 + 40/50 + 57/25 + 0.125 + 0.5 = 0.5 + 0.6667 + 0.8 + 2.28 + 0.125 + 0.5 = 4.8717 → 4.87.
        Assert.Equal(4.87m, Dec(final.GetProperty("stations")[0], "index"));

        // Data from 2031 under plain GB3095-2026: the final limits.
        var late = Csv("late.csv", [HourlyHeader, .. Enumerable.Range(0, 24).Select(h => $"A,2031-01-02 {h:00}:00,10,20,0.5,80,40,30")]);
        Assert.Equal("GB 3095-2026 + HJ 633-2026",
            cli.Json("air", "evaluate", "--input", late, "--standard", "GB3095-2026").GetProperty("standard").GetString());
    }

    [Fact]
    public void From_and_to_limit_the_period()
    {
        var doc = cli.Json("air", "evaluate", "--input", Synthetic(), "--standard", "GB3095-2012", "--from", "2025-06-02", "--to", "2025-06-02");
        var a = doc.GetProperty("stations")[0];
        Assert.Equal(1, a.GetProperty("days").GetInt32());
        Assert.Equal(1, a.GetProperty("validDays").GetInt32());
        Assert.Equal(30m, Mean(a, "PM2.5"));
        Assert.Empty(Exceeding(a));
    }

    [Theory]
    [InlineData("--standard", "GB3095-2020", "GB3095-2020")]
    [InlineData("--compare", "HJ633-2026", "GB3095-2026-transitional")]
    [InlineData("--from", "2025-13-01", "2025-13-01")]
    [InlineData("--to", "yesterday", "yesterday")]
    public void Bad_options_are_bad_usage(string option, string value, string expected)
    {
        string[] args = option == "--standard"
            ? ["air", "evaluate", "--input", Synthetic(), option, value, "--json"]
            : ["air", "evaluate", "--input", Synthetic(), "--standard", "GB3095-2012", option, value, "--json"];
        var (exit, stdout, stderr) = cli.Run(args);
        Assert.Equal(2, exit);
        Assert.Equal("", stdout);
        Assert.Contains(expected, stderr);
        Assert.Contains(option, stderr);
    }

    [Fact]
    public void From_after_to_is_bad_usage()
    {
        var (exit, stdout, stderr) = cli.Run("air", "evaluate", "--input", Synthetic(), "--standard", "GB3095-2012",
            "--from", "2025-06-03", "--to", "2025-06-01", "--json");
        Assert.Equal(2, exit);
        Assert.Equal("", stdout);
        Assert.Contains("--from: 起始日期 2025-06-03 晚于终止日期 2025-06-01 / from is after to", stderr);

        // --from alone after the data's last day: the period is empty the other way round.
        (exit, _, stderr) = cli.Run("air", "evaluate", "--input", Synthetic(), "--standard", "GB3095-2012", "--from", "2025-07-01");
        Assert.Equal(2, exit);
        Assert.Contains("2025-07-01", stderr);
    }

    [Fact]
    public void Reader_errors_list_file_row_and_column()
    {
        var f = Csv("bad.csv", [HourlyHeader, "A,2025-06-01 00:00,10,20,0.5,80,40,30", "A,2025-06-01 01:00,10,x,0.5,80,40,30"]);
        var (exit, stdout, stderr) = cli.Run("air", "evaluate", "--input", f, "--standard", "GB3095-2012", "--json");
        Assert.Equal(2, exit);
        Assert.Equal("", stdout);
        Assert.Contains("bad.csv", stderr);
        Assert.Contains("row 3", stderr);
        Assert.Contains("NO2", stderr);
    }

    [Fact]
    public void Table_in_Chinese_and_json_is_one_document()
    {
        var f = Synthetic();
        var (exit, stdout, _) = cli.Run("air", "evaluate", "--input", f, "--standard", "GB3095-2012", "--compare", "GB3095-2026-final");
        Assert.Equal(0, exit);
        Assert.Contains("全部站点", stdout);
        Assert.Contains("优良天数", stdout);
        Assert.Contains("综合指数差", stdout);

        (exit, stdout, _) = cli.Run("air", "evaluate", "--input", f, "--standard", "GB3095-2012", "--json");
        Assert.Equal(0, exit);
        using var doc = JsonDocument.Parse(stdout);
        Assert.Equal(JsonValueKind.Object, doc.RootElement.ValueKind);
    }

    [Fact]
    public void Hour_ending_labels_put_24_00_in_the_day_it_ends()
    {
        // Labels 01:00 .. 24:00 of 2025-06-01 are the hours 00:00 .. 23:00 of that day: one full day, PM2.5 70.
        var f = Csv("ending.csv", [HourlyHeader, .. Enumerable.Range(1, 24).Select(h => $"A,2025-06-01 {h:00}:00,10,20,0.5,80,40,70")]);
        var doc = cli.Json("air", "evaluate", "--input", f, "--standard", "GB3095-2012", "--hour-ending");
        Assert.Equal("2025-06-01", doc.GetProperty("to").GetString());
        var a = doc.GetProperty("stations")[0];
        Assert.Equal(1, a.GetProperty("days").GetInt32());
        Assert.Equal(1, a.GetProperty("validDays").GetInt32());
        Assert.Equal(70m, Mean(a, "PM2.5"));

        // Without --hour-ending, 24:00 is not a valid time.
        var (exit, _, stderr) = cli.Run("air", "evaluate", "--input", f, "--standard", "GB3095-2012");
        Assert.Equal(2, exit);
        Assert.Contains("row 25", stderr);
    }

    [Theory]
    // 20 hours: a valid day. PM2.5 mean (30 + 70) / 2 = 50; 2 valid days.
    [InlineData(20, 2, 50)]
    // 19 hours: the 24h means are missing (GB 3095 Table 4 needs ≥ 20); O3 alone (IAQI 40 ≤ 100) publishes no AQI
    // (HJ 633-2026 5.3.1), so only 06-01 counts and PM2.5 is its 30.
    [InlineData(19, 1, 30)]
    public void A_day_needs_20_valid_hours(int hours, int validDays, int pm25)
    {
        var f = Csv("edge.csv", [HourlyHeader, .. Day("A", 1, 40, 30), .. Day("A", 2, 40, 70, hours)]);
        var a = cli.Json("air", "evaluate", "--input", f, "--standard", "GB3095-2012").GetProperty("stations")[0];
        Assert.Equal(2, a.GetProperty("days").GetInt32());
        Assert.Equal(validDays, a.GetProperty("validDays").GetInt32());
        Assert.Equal(pm25, Mean(a, "PM2.5"));
    }
}
