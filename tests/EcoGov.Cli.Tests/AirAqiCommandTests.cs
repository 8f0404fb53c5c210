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
        Assert.Contains(Notes(rows[0]), n => n.StartsWith("NA: missing CO", StringComparison.Ordinal));
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
    public void Hourly_2012_uses_moving_means_from_the_preceding_hours()
    {
        // PM2.5 1h: 40 for the first 12 hours, 80 for the next 12.
        var f = Csv("h.csv", [HourlyHeader, .. Hours("A", Start, 24, k => k < 12 ? "40" : "80")]);
        var rows = cli.Json("air", "aqi", "--input", f, "--hourly").EnumerateArray().ToList();
        Assert.Equal(24, rows.Count);

        var last = rows[23];
        Assert.Equal("2023-01-01T23:00:00+08:00", last.GetProperty("time").GetString());
        Assert.Equal("HJ 633-2012", last.GetProperty("standard").GetString());
        var pm25 = last.GetProperty("movingMeans").GetProperty("PM2.5_24h");
        Assert.Equal(60, pm25.GetProperty("value").GetDouble());
        Assert.Equal(24, pm25.GetProperty("validHours").GetInt32());
        Assert.Equal(82, Iaqi(last, "PM2.5")); // 24h moving mean 60, not the 1h value 80
        Assert.Equal(50, Iaqi(last, "O3")); // O3 8h moving mean 100 → 50 beats the 1h IAQI 32
        Assert.Equal(82, Aqi(last));

        // Hour 20 of the day (index 19): 20 valid hours — enough for a 24h mean: (12×40 + 8×80) / 20 = 56.
        Assert.Equal(77, Iaqi(rows[19], "PM2.5"));

        // Index 18: only 19 hours so far — the 24h moving means are missing, and AQI of the rest ≤ 100 is NA.
        var early = rows[18];
        Assert.Null(Iaqi(early, "PM2.5"));
        Assert.Null(Iaqi(early, "PM10"));
        Assert.Null(Aqi(early));
        Assert.Contains(Notes(early), n => n.Contains("PM2.5 24h moving mean missing: 19 valid hour(s)", StringComparison.Ordinal));
        Assert.Equal(50, Iaqi(early, "O3"));

        // Index 4: only 5 hours — the O3 8h moving mean is missing too; O3's IAQI comes from its 1h value.
        Assert.Contains(Notes(rows[4]), n => n.Contains("O3 8h moving mean missing: 5 valid hour(s)", StringComparison.Ordinal));
        Assert.Equal(32, Iaqi(rows[4], "O3"));
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
