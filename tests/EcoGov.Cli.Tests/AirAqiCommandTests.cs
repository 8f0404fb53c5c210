using System.Globalization;
using System.Text.Json;

namespace EcoGov.Cli.Tests;

public sealed class AirAqiCommandTests : IDisposable
{
    private const string DailyHeader = "station,date,SO2,NO2,CO,PM10,PM2.5,O3_1h,O3_8h";
    private const string HourlyHeader = "station,time,SO2,NO2,CO,O3,PM10,PM2.5";

    private readonly CliRunner cli = new();
    private readonly string dir = Path.Combine(Path.GetTempPath(), "ecogov-aqi-" + Guid.NewGuid().ToString("N"));

    public AirAqiCommandTests() => Directory.CreateDirectory(dir);

    public void Dispose()
    {
        cli.Dispose();
        try { Directory.Delete(dir, recursive: true); } catch (IOException) { }
    }

    private string Csv(string name, params string[] lines)
    {
        var path = Path.Combine(dir, name);
        File.WriteAllText(path, string.Join("\n", lines) + "\n");
        return path;
    }

    private static int? Iaqi(JsonElement row, string pollutant)
    {
        var v = row.GetProperty("iaqi").GetProperty(pollutant);
        return v.ValueKind == JsonValueKind.Null ? null : v.GetInt32();
    }

    private static int? Aqi(JsonElement row) =>
        row.GetProperty("aqi").ValueKind == JsonValueKind.Null ? null : row.GetProperty("aqi").GetInt32();

    private static IEnumerable<string> Notes(JsonElement row) => row.GetProperty("notes").EnumerateArray().Select(n => n.GetString()!);

    [Fact]
    public void Daily_same_row_under_2012_and_2026_by_date()
    {
        var f = Csv("d.csv", DailyHeader, "A,2026-02-28,10,20,0.5,40,75,80,60", "A,2026-03-01,10,20,0.5,40,75,80,60");
        var rows = cli.Json("air", "aqi", "--input", f).EnumerateArray().ToList();
        Assert.Equal(2, rows.Count);

        Assert.Equal("A", rows[0].GetProperty("station").GetString());
        Assert.Equal("2026-02-28", rows[0].GetProperty("date").GetString());
        Assert.Equal("HJ 633-2012", rows[0].GetProperty("standard").GetString());
        Assert.Equal(100, Iaqi(rows[0], "PM2.5"));
        Assert.Equal(100, Aqi(rows[0]));
        Assert.Equal("二级", rows[0].GetProperty("level").GetString());
        Assert.Equal("良", rows[0].GetProperty("category").GetString());
        Assert.Equal("黄色", rows[0].GetProperty("color").GetString());
        Assert.Equal(["PM2.5"], rows[0].GetProperty("primary").EnumerateArray().Select(p => p.GetString()));

        Assert.Equal("HJ 633-2026", rows[1].GetProperty("standard").GetString());
        Assert.Equal(114, Iaqi(rows[1], "PM2.5"));
        Assert.Equal(114, Aqi(rows[1]));
        Assert.Equal("轻度污染", rows[1].GetProperty("category").GetString());
        Assert.Equal(["SO2", "NO2", "CO", "O3", "PM10", "PM2.5"], rows[1].GetProperty("iaqi").EnumerateObject().Select(p => p.Name));
    }

    [Fact]
    public void Forced_standard_overrides_the_date()
    {
        var f = Csv("d.csv", DailyHeader, "A,2023-06-01,10,20,0.5,40,75,80,60");
        var row = cli.Json("air", "aqi", "--input", f, "--standard", "HJ633-2026").EnumerateArray().Single();
        Assert.Equal("HJ 633-2026", row.GetProperty("standard").GetString());
        Assert.Equal(114, Aqi(row));
        var by2012 = cli.Json("air", "aqi", "--input", f, "--standard", "hj633-2012").EnumerateArray().Single();
        Assert.Equal(100, Aqi(by2012));
    }

    [Fact]
    public void A_bad_standard_is_bad_input()
    {
        var f = Csv("d.csv", DailyHeader, "A,2023-06-01,10,20,0.5,40,75,80,60");
        var (exit, stdout, stderr) = cli.Run("air", "aqi", "--input", f, "--standard", "HJ633-2020", "--json");
        Assert.Equal(2, exit);
        Assert.Equal("", stdout);
        Assert.Contains("HJ633-2020", stderr);
    }

    [Fact]
    public void A_missing_pollutant_makes_a_low_aqi_NA_but_a_high_one_is_published()
    {
        var f = Csv("d.csv", DailyHeader, "A,2026-03-01,10,20,,40,30,,60", "B,2026-03-01,10,20,,40,150,,60");
        var rows = cli.Json("air", "aqi", "--input", f).EnumerateArray().ToList();
        Assert.Null(Iaqi(rows[0], "CO"));
        Assert.Null(Aqi(rows[0]));
        Assert.Equal(JsonValueKind.Null, rows[0].GetProperty("level").ValueKind);
        Assert.Equal(JsonValueKind.Null, rows[0].GetProperty("category").ValueKind);
        Assert.Contains(Notes(rows[0]), n => n.StartsWith("AQI 不发布：缺测 CO，", StringComparison.Ordinal) && n.Contains("/ NA: missing CO", StringComparison.Ordinal));
        Assert.Equal(43, Iaqi(rows[0], "PM2.5"));

        Assert.Equal(200, Aqi(rows[1]));
        Assert.Contains(Notes(rows[1]), n => n.Contains("missing CO", StringComparison.Ordinal));
    }

    [Fact]
    public void O3_daily_max_1h_counts_under_2012_only()
    {
        var f = Csv("d.csv", DailyHeader, "A,2025-07-01,5,10,0.4,30,20,300,60", "A,2026-07-01,5,10,0.4,30,20,300,60");
        var rows = cli.Json("air", "aqi", "--input", f).EnumerateArray().ToList();
        Assert.Equal(150, Iaqi(rows[0], "O3"));
        Assert.Equal(150, Aqi(rows[0]));
        Assert.Equal(["O3"], rows[0].GetProperty("primary").EnumerateArray().Select(p => p.GetString()));
        Assert.Equal(30, Iaqi(rows[1], "O3"));
        Assert.Equal(30, Aqi(rows[1]));
        Assert.Contains(Notes(rows[1]), n => n.Contains("not used by HJ 633-2026", StringComparison.Ordinal));
    }

    private static string[] Hours(string station, Func<int, string> label, int count, Func<int, string> pm25) =>
        Enumerable.Range(0, count).Select(k => $"{station},{label(k)},10,20,0.5,100,50,{pm25(k)}").ToArray();

    private static string Start(int k) => new DateTime(2023, 1, 1, 0, 0, 0).AddHours(k).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    [Fact]
    public void Hourly_2012_follows_the_1h_rule_and_publishes_the_moving_means()
    {
        // PM2.5 1h: 40 for the first 12 hours, 80 for the next 12. SO2 10, NO2 20, CO 0.5, O3 100, PM10 50 throughout.
        var f = Csv("h.csv", [HourlyHeader, .. Hours("A", Start, 24, k => k < 12 ? "40" : "80")]);
        var rows = cli.Json("air", "aqi", "--input", f, "--hourly").EnumerateArray().ToList();
        Assert.Equal(24, rows.Count);

        var last = rows[23];
        Assert.Equal("2023-01-01T23:00:00+08:00", last.GetProperty("time").GetString());
        Assert.Equal("HJ 633-2012", last.GetProperty("standard").GetString());
        // the moving means are published as concentrations …
        var means = last.GetProperty("movingMeans");
        Assert.Equal(["O3_8h", "PM10_24h", "PM2.5_24h", "SO2_24h"], means.EnumerateObject().Select(p => p.Name));
        Assert.Equal(60, means.GetProperty("PM2.5_24h").GetProperty("value").GetDouble());
        Assert.Equal(24, means.GetProperty("PM2.5_24h").GetProperty("validHours").GetInt32());
        Assert.Equal(100, means.GetProperty("O3_8h").GetProperty("value").GetDouble());
        // … but the IAQIs are the 1h values': PM2.5 1h 80 on the 2012 24h row 75..115 → 106.25 → 107 (the 24h mean 60 would be 82)
        Assert.Equal(107, Iaqi(last, "PM2.5"));
        Assert.Equal(50, Iaqi(last, "PM10"));
        Assert.Equal(32, Iaqi(last, "O3")); // O3 1h 100 → 31.25 → 32; the 8h moving mean 100 (→ 50) is not rated
        Assert.Equal(107, Aqi(last));
        Assert.Equal(["PM2.5"], last.GetProperty("primary").EnumerateArray().Select(p => p.GetString()));
        Assert.Contains(Notes(last), n => n.StartsWith("实时报口径：HJ 633-2012 5.1.3 按全国发布口径", StringComparison.Ordinal)
            && n.Contains("/ Real-time AQI: HJ 633-2012 5.1.3 as the national network published it", StringComparison.Ordinal));

        // Index 18: 19 hours so far — the 24h moving means are not valid, yet the 1h rule needs none of them.
        var early = rows[18];
        var pm25Mean = early.GetProperty("movingMeans").GetProperty("PM2.5_24h");
        Assert.Equal(JsonValueKind.Null, pm25Mean.GetProperty("value").ValueKind);
        Assert.Equal(19, pm25Mean.GetProperty("validHours").GetInt32());
        Assert.Equal(107, Aqi(early));
        Assert.DoesNotContain(Notes(early), n => n.Contains("moving mean missing", StringComparison.Ordinal));

        // The first hour: PM2.5 1h 40 → 50 + 50·5/40 = 56.25 → 57.
        Assert.Equal(57, Aqi(rows[0]));
    }

    [Fact]
    public void Hourly_literal_2012_option_rates_the_moving_means_and_is_named_in_the_output()
    {
        var f = Csv("h.csv", [HourlyHeader, .. Hours("A", Start, 24, k => k < 12 ? "40" : "80")]);
        var rows = cli.Json("air", "aqi", "--input", f, "--hourly", "--hourly-literal-2012").EnumerateArray().ToList();
        var last = rows[23];
        Assert.Equal("HJ 633-2012 (literal 5.1.3)", last.GetProperty("standard").GetString());
        Assert.Equal(82, Iaqi(last, "PM2.5")); // 24h moving mean 60: 50 + 50·25/40 = 81.25 → 82
        Assert.Equal(50, Iaqi(last, "O3"));    // O3 8h moving mean 100 → 50 beats the 1h IAQI 32
        Assert.Equal(82, Aqi(last));
        Assert.Contains(Notes(last), n => n.StartsWith("实时报口径：HJ 633-2012 5.1.3 按文本字面口径", StringComparison.Ordinal)
            && n.Contains("/ Real-time AQI: HJ 633-2012 5.1.3 read literally", StringComparison.Ordinal));

        // Index 18: only 19 hours so far — on this reading the 24h moving means are missing, and AQI of the rest ≤ 100 is NA.
        Assert.Null(Aqi(rows[18]));
        Assert.Contains(Notes(rows[18]), n => n.Contains("PM2.5 24h moving mean missing: 19 valid hour(s)", StringComparison.Ordinal));

        // Forced 2012 works too; rows in force under HJ 633-2026 are not affected.
        Assert.Equal(82, Aqi(cli.Json("air", "aqi", "--input", f, "--hourly", "--hourly-literal-2012", "--standard", "HJ633-2012").EnumerateArray().Last()));
        var f2026 = Csv("h2026.csv", HourlyHeader, "A,2026-03-01 00:00,10,20,0.5,100,50,75");
        var row2026 = cli.Json("air", "aqi", "--input", f2026, "--hourly", "--hourly-literal-2012").EnumerateArray().Single();
        Assert.Equal("HJ 633-2026", row2026.GetProperty("standard").GetString());
        Assert.Equal(114, Aqi(row2026));
    }

    [Theory]
    [InlineData(false, null)]
    [InlineData(true, "HJ633-2026")]
    public void Hourly_literal_2012_option_misused_is_bad_usage(bool hourly, string? standard)
    {
        var f = Csv("h.csv", HourlyHeader, "A,2023-06-01 00:00,10,20,0.5,100,50,75");
        string[] args = ["air", "aqi", "--input", f, "--hourly-literal-2012", "--json"];
        if (hourly) args = [.. args, "--hourly"];
        if (standard is not null) args = [.. args, "--standard", standard];
        var (exit, stdout, stderr) = cli.Run(args);
        Assert.Equal(2, exit);
        Assert.Equal("", stdout);
        Assert.Contains("--hourly-literal-2012", stderr);
    }

    [Fact]
    public void Hourly_table_shows_the_moving_means_as_concentrations_and_the_reading_once()
    {
        var f = Csv("h.csv", [HourlyHeader, .. Hours("城区站", Start, 24, k => k < 12 ? "40" : "80")]);
        var (exit, stdout, stderr) = cli.Run("air", "aqi", "--input", f, "--hourly");
        Assert.True(exit == 0, stderr);
        Assert.Contains("滑动", stdout);
        Assert.Contains("moving-mean columns are concentrations", stdout);
        var reading = stdout.Split('\n').Where(l => l.StartsWith("实时报口径：HJ 633-2012 5.1.3 按全国发布口径", StringComparison.Ordinal)).ToList();
        Assert.Single(reading);
        var last = stdout.Split('\n').Single(l => l.Contains("2023-01-01 23:00", StringComparison.Ordinal));
        // IAQIs 4 10 5 32 50 107, then the moving means O3 8h 100, PM10 24h 50, PM2.5 24h 60, SO2 24h 10, then AQI 107
        Assert.Matches(@"107\s*│\s*100\s*│\s*50\s*│\s*60\s*│\s*10\s*│\s*107\s*│", last);
    }

    [Fact]
    public void The_national_release_layout_is_refused_not_mapped_by_name()
    {
        // In the release layout `o3` is the maximum hourly O3 over the trailing 24 h and `o3_24h` the hour's own value
        // (domain reference air-quality.md, "Correction"). The reader maps no release column: the file is refused,
        // naming the unknown columns, rather than read with `o3` taken as the hourly O3.
        var f = Csv("release.csv",
            "station,time,so2,so2_24h,no2,no2_24h,co,co_24h,o3,o3_24h,o3_8h,o3_8h_24h,pm10,pm10_24h,pm2_5,pm2_5_24h",
            "1001A,2022-07-01 15:00,6,7,18,20,0.5,0.6,236,236,180,180,61,58,27,25");
        var (exit, stdout, stderr) = cli.Run("air", "aqi", "--input", f, "--hourly", "--json");
        Assert.Equal(2, exit);
        Assert.Equal("", stdout);
        Assert.Contains("so2_24h", stderr);
        Assert.Contains("o3_24h", stderr);
    }

    [Fact]
    public void Hourly_hour_ending_labels_including_24_00()
    {
        string End(int k) => k == 23 ? "2023-01-01 24:00" : new DateTime(2023, 1, 1, 1, 0, 0).AddHours(k).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
        var f = Csv("h.csv", [HourlyHeader, .. Hours("A", End, 24, _ => "80")]);
        var rows = cli.Json("air", "aqi", "--input", f, "--hourly", "--hour-ending").EnumerateArray().ToList();
        Assert.Equal("2023-01-01T00:00:00+08:00", rows[0].GetProperty("time").GetString());
        Assert.Equal("2023-01-01T01:00:00+08:00", rows[0].GetProperty("hourEnd").GetString());
        Assert.Equal("2023-01-01T23:00:00+08:00", rows[23].GetProperty("time").GetString());
        Assert.Equal("2023-01-02T00:00:00+08:00", rows[23].GetProperty("hourEnd").GetString());
        Assert.Equal(24, rows[23].GetProperty("movingMeans").GetProperty("PM2.5_24h").GetProperty("validHours").GetInt32());
        Assert.Equal(107, Iaqi(rows[23], "PM2.5"));

        // Without --hour-ending, 24:00 is not an hour's start.
        var (exit, stdout, stderr) = cli.Run("air", "aqi", "--input", f, "--hourly", "--json");
        Assert.Equal(2, exit);
        Assert.Equal("", stdout);
        Assert.Contains("row 25", stderr);
        Assert.Contains("time", stderr);
    }

    [Fact]
    public void Hourly_2026_rates_the_1h_values_without_moving_means()
    {
        var f = Csv("h.csv", HourlyHeader, "A,2026-03-01 00:00,10,20,0.5,100,50,75");
        var row = cli.Json("air", "aqi", "--input", f, "--hourly").EnumerateArray().Single();
        Assert.Equal("HJ 633-2026", row.GetProperty("standard").GetString());
        Assert.Equal(114, Iaqi(row, "PM2.5"));
        Assert.Equal(JsonValueKind.Null, row.GetProperty("movingMeans").ValueKind);
    }

    [Fact]
    public void Table_output_is_in_chinese()
    {
        var f = Csv("d.csv", DailyHeader, "城区站,2026-03-01,10,20,0.5,40,75,80,60");
        var (exit, stdout, stderr) = cli.Run("air", "aqi", "--input", f);
        Assert.True(exit == 0, stderr);
        Assert.Contains("城区站", stdout);
        Assert.Contains("首要污染物", stdout);
        Assert.Contains("轻度污染", stdout);
    }

    [Theory]
    [InlineData("station,date,SO2,PM2.5,extra\nA,2023-01-01,1,2,3", "row 1", "extra")]
    [InlineData("stn,date,SO2\nA,2023-01-01,1", "row 1", "stn")]
    [InlineData("date,SO2\n2023-01-01,1", "row 1", "station")]
    [InlineData("station,date,SO2,PM2.5\nA,2023-01-01,1,2\nA,2023-01-02,1,x", "row 3", "PM2.5")]
    [InlineData("station,date,SO2,PM25\nA,2023-01-01,-1,2", "row 2", "SO2")]
    [InlineData("station,date,SO2\nA,2023-1-32,1", "row 2", "date")]
    [InlineData("station,date,SO2\nA,2023-01-01,1\nB,2023-01-01,1\nA,2023-01-01,2", "row 4", "date")]
    public void Bad_daily_input_is_exit_2_naming_row_and_column(string text, string row, string column)
    {
        var f = Csv("bad.csv", text);
        var (exit, stdout, stderr) = cli.Run("air", "aqi", "--input", f, "--json");
        Assert.Equal(2, exit);
        Assert.Equal("", stdout);
        Assert.Contains("bad.csv", stderr);
        Assert.Contains(row, stderr);
        Assert.Contains(column, stderr);
    }

    [Theory]
    [InlineData("station,time,O3\nA,2023-01-01 00:30,1", "row 2", "time")]
    [InlineData("station,O3\nA,1", "row 1", "time")]
    [InlineData("station,time,O3\nA,2023-01-01 01:00,1\nA,2023-01-01 01:00:00,2", "row 3", "time")]
    public void Bad_hourly_input_is_exit_2_naming_row_and_column(string text, string row, string column)
    {
        var f = Csv("bad.csv", text);
        var (exit, stdout, stderr) = cli.Run("air", "aqi", "--input", f, "--hourly", "--json");
        Assert.Equal(2, exit);
        Assert.Equal("", stdout);
        Assert.Contains(row, stderr);
        Assert.Contains(column, stderr);
    }

    [Fact]
    public void A_file_that_does_not_exist_is_bad_input()
    {
        var f = Path.Combine(dir, "nope.csv");
        var (exit, stdout, stderr) = cli.Run("air", "aqi", "--input", f, "--json");
        Assert.Equal(2, exit);
        Assert.Equal("", stdout);
        Assert.Contains("nope.csv", stderr);
        Assert.Contains("does not exist", stderr);
    }

    [Fact]
    public void A_file_over_100_MB_is_bad_input()
    {
        var f = Path.Combine(dir, "big.csv");
        using (var s = File.Create(f)) s.SetLength(100L * 1024 * 1024 + 1); // sparse: nothing is written
        var (exit, stdout, stderr) = cli.Run("air", "aqi", "--input", f, "--json");
        Assert.Equal(2, exit);
        Assert.Equal("", stdout);
        Assert.Contains("big.csv", stderr);
        Assert.Contains("100 MB", stderr);
    }

    [Fact]
    public void Hour_ending_without_hourly_is_bad_usage()
    {
        var f = Csv("d.csv", DailyHeader, "A,2023-06-01,10,20,0.5,40,75,80,60");
        var (exit, stdout, _) = cli.Run("air", "aqi", "--input", f, "--hour-ending", "--json");
        Assert.Equal(2, exit);
        Assert.Equal("", stdout);
    }
}
