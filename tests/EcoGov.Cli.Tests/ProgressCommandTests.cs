using System.Globalization;
using System.Text;
using System.Text.Json;

namespace EcoGov.Cli.Tests;

public sealed class ProgressCommandTests : IDisposable
{
    private const string HourlyHeader = "station,time,SO2,NO2,CO,O3,PM10,PM2.5";

    private readonly CliRunner cli = new();
    private readonly string dir = Path.Combine(Path.GetTempPath(), "ecogov-progress-" + Guid.NewGuid().ToString("N"));

    public ProgressCommandTests() => Directory.CreateDirectory(dir);

    public void Dispose()
    {
        cli.Dispose();
        try { Directory.Delete(dir, recursive: true); } catch (IOException) { }
    }

    /// <summary>
    /// Two stations, every hour of January and February 2023. PM2.5: January A 30, B 40 (city mean 35, Jan target 54);
    /// February A 80, B 90 (city mean 85, Feb target 70). SO2 10 both months (Jan target 12, Feb target 9).
    /// NO2 20, CO 0.5, O3 50, PM10 60 constant.
    /// </summary>
    private string JanFeb(bool hourEnding = false)
    {
        var sb = new StringBuilder(HourlyHeader + "\n");
        for (var d = new DateOnly(2023, 1, 1); d <= new DateOnly(2023, 2, 28); d = d.AddDays(1))
            foreach (var (station, jan, feb) in new[] { ("A", 30, 80), ("B", 40, 90) })
                for (int h = 0; h < 24; h++)
                    sb.Append(CultureInfo.InvariantCulture, $"{station},{d:yyyy-MM-dd} {(hourEnding ? h + 1 : h):00}:00,10,20,0.5,50,60,{(d.Month == 1 ? jan : feb)}\n");
        var path = Path.Combine(dir, hourEnding ? "hourly-ending.csv" : "hourly.csv");
        File.WriteAllText(path, sb.ToString());
        return path;
    }

    private static JsonElement Row(JsonElement report, string pollutant, int? month) =>
        report.GetProperty("targets").EnumerateArray().Single(t =>
            t.GetProperty("pollutant").GetString() == pollutant &&
            (month is null ? t.GetProperty("month").ValueKind == JsonValueKind.Null
                           : t.GetProperty("month").ValueKind == JsonValueKind.Number && t.GetProperty("month").GetInt32() == month));

    private static string Status(JsonElement row) => row.GetProperty("status").GetString()!;

    [Fact]
    public void January_below_target_February_above_later_months_not_due()
    {
        var report = cli.Json("progress", "--plan", "chengqu-2023-air", "--input", JanFeb());
        Assert.Equal("2023-02-28", report.GetProperty("asOf").GetString());
        Assert.Equal(2, report.GetProperty("stations").GetInt32());
        var targets = report.GetProperty("targets").EnumerateArray().ToList();
        Assert.Equal(78, targets.Count);

        var jan = Row(report, "PM2.5", 1);
        Assert.Equal(54, jan.GetProperty("target").GetDouble());
        Assert.Equal(35, jan.GetProperty("actual").GetDouble());
        Assert.Equal(80, jan.GetProperty("previousYear").GetDouble());
        Assert.Equal("achieved", Status(jan));
        Assert.Equal("periodAtMost", jan.GetProperty("rule").GetString());
        Assert.Equal("μg/m³", jan.GetProperty("unit").GetString());
        Assert.Equal("002", jan.GetProperty("source").GetProperty("document").GetString());
        Assert.Equal("1 月", jan.GetProperty("source").GetProperty("row").GetString());
        Assert.Contains("GB 3095-2012", jan.GetProperty("standard").GetString());
        Assert.Equal(31, jan.GetProperty("validDays").GetInt32());
        Assert.Equal("2023-01-31", jan.GetProperty("evaluatedTo").GetString());

        var feb = Row(report, "PM2.5", 2);
        Assert.Equal(85, feb.GetProperty("actual").GetDouble());
        Assert.Equal("notAchieved", Status(feb));
        Assert.Contains("未达标", feb.GetProperty("reason").GetString());

        Assert.Equal("achieved", Status(Row(report, "SO2", 1)));    // 10 ≤ 12
        Assert.Equal("notAchieved", Status(Row(report, "SO2", 2))); // 10 > 9
        Assert.Equal("achieved", Status(Row(report, "CO", 1)));     // P95 0.5 ≤ 2

        // Annual PM2.5 to 28 Feb: (31 × 35 + 28 × 85) / 59 = 58.7 → 59; baseline 38, target 36, share 59/365:
        // required reduction 2 × 59/365 ≈ 0.32, achieved 38 − 59 = −21 → lagging.
        var year = Row(report, "PM2.5", null);
        Assert.Equal(59, year.GetProperty("actual").GetDouble());
        Assert.Equal("lagging", Status(year));
        Assert.Equal("timeProportional", year.GetProperty("rule").GetString());
        // Same period of 2022 from the printed monthly values: (31 × 80 + 28 × 50) / 59 = 65.8.
        Assert.Equal(65.8, year.GetProperty("previousYearToDate").GetDouble());
        Assert.Contains("上年同期约 65.8", year.GetProperty("reason").GetString());
        Assert.Equal(JsonValueKind.Null, Row(report, "O3", null).GetProperty("previousYearToDate").ValueKind);
        Assert.Equal(JsonValueKind.Null, jan.GetProperty("previousYearToDate").ValueKind);

        var later = targets.Where(t => t.GetProperty("month").ValueKind == JsonValueKind.Number && t.GetProperty("month").GetInt32() > 2).ToList();
        Assert.Equal(60, later.Count);
        Assert.All(later, t =>
        {
            Assert.Equal("cannotJudge", Status(t));
            Assert.Equal("未到期", t.GetProperty("reason").GetString());
            Assert.Equal(JsonValueKind.Null, t.GetProperty("actual").ValueKind);
        });
    }

    [Fact]
    public void As_of_end_of_January_leaves_February_not_due_and_the_year_on_track()
    {
        var report = cli.Json("progress", "--plan", "chengqu-2023-air", "--input", JanFeb(), "--as-of", "2023-01-31");
        var targets = report.GetProperty("targets").EnumerateArray().ToList();
        Assert.Equal(78, targets.Count);
        Assert.Equal("achieved", Status(Row(report, "PM2.5", 1)));
        Assert.All(targets.Where(t => t.GetProperty("month").ValueKind == JsonValueKind.Number && t.GetProperty("month").GetInt32() >= 2),
            t => Assert.Equal("cannotJudge", Status(t)));
        // Year to 31 Jan: 35; required reduction (38 − 36) × 31/365 ≈ 0.17, achieved 3 → on track.
        var year = Row(report, "PM2.5", null);
        Assert.Equal(35, year.GetProperty("actual").GetDouble());
        Assert.Equal("onTrack", Status(year));
    }

    [Fact]
    public void Mid_February_is_judged_to_date()
    {
        var report = cli.Json("progress", "--plan", "chengqu-2023-air", "--input", JanFeb(), "--as-of", "2023-02-14");
        var feb = Row(report, "PM2.5", 2);
        // Feb target 70 is above last February's 50 (no reduction asked): to-date 85 > 70 → lagging.
        Assert.Equal("lagging", Status(feb));
        Assert.Equal("toDateAgainstTarget", feb.GetProperty("rule").GetString());
        Assert.Equal(0.5, feb.GetProperty("elapsedShare").GetDouble());
    }

    [Fact]
    public void Hour_ending_labels_give_the_same_result()
    {
        var report = cli.Json("progress", "--plan", "chengqu-2023-air", "--input", JanFeb(hourEnding: true), "--hour-ending");
        Assert.Equal("2023-02-28", report.GetProperty("asOf").GetString());
        Assert.Equal(35, Row(report, "PM2.5", 1).GetProperty("actual").GetDouble());
        Assert.Equal("notAchieved", Status(Row(report, "PM2.5", 2)));
        // Without --hour-ending, 24:00 is rejected with its row and column.
        var (exit, _, stderr) = cli.Run("progress", "--plan", "chengqu-2023-air", "--input", JanFeb(hourEnding: true), "--json");
        Assert.Equal(2, exit);
        Assert.Contains("row 25, column 2", stderr);
    }

    [Fact]
    public void Data_outside_the_targets_years_is_noted()
    {
        var path = Path.Combine(dir, "2024.csv");
        File.WriteAllText(path, HourlyHeader + "\nA,2024-01-01 00:00,10,20,0.5,50,60,30\n");
        var (exit, stdout, stderr) = cli.Run("progress", "--plan", "chengqu-2023-air", "--input", path, "--json");
        Assert.Equal(0, exit);
        Assert.Contains("2023", stderr);
        using var doc = JsonDocument.Parse(stdout);
        Assert.All(doc.RootElement.GetProperty("targets").EnumerateArray(), t => Assert.Equal("cannotJudge", Status(t)));
    }

    [Fact]
    public void Table_is_in_Chinese()
    {
        var (exit, stdout, stderr) = cli.Run("progress", "--plan", "chengqu-2023-air", "--input", JanFeb());
        Assert.True(exit == 0, stderr);
        Assert.Contains("序时进度", stdout);
        Assert.Contains("达标", stdout);
        Assert.Contains("未到期", stdout);
        Assert.Contains("全年", stdout);
        Assert.Contains("共 78 条", stdout);
    }

    [Fact]
    public void Unknown_plan_is_bad_input()
    {
        var (exit, _, stderr) = cli.Run("progress", "--plan", "nope", "--input", JanFeb(), "--json");
        Assert.Equal(2, exit);
        Assert.Contains("nope", stderr);
    }

    [Fact]
    public void An_hourly_air_file_for_the_water_plan_is_bad_input()
    {
        // The water plan's progress reads water samples (section targets), so an air file's columns are unknown there.
        var (exit, stdout, stderr) = cli.Run("progress", "--plan", "chengqu-2023-water", "--input", JanFeb(), "--json");
        Assert.Equal(2, exit);
        Assert.Equal("", stdout);
        Assert.Contains("未知列“station”", stderr);
    }

    [Fact]
    public void Reader_errors_name_row_and_column()
    {
        var path = Path.Combine(dir, "bad.csv");
        File.WriteAllText(path, HourlyHeader + "\nA,2023-01-01 00:00,10,20,0.5,50,60,30\nA,2023-01-01 01:00,10,x,0.5,50,60,30\n");
        var (exit, stdout, stderr) = cli.Run("progress", "--plan", "chengqu-2023-air", "--input", path, "--json");
        Assert.Equal(2, exit);
        Assert.Equal("", stdout);
        Assert.Contains("row 3, column 4", stderr);
    }

    [Fact]
    public void Bad_as_of_is_bad_input()
    {
        var (exit, _, stderr) = cli.Run("progress", "--plan", "chengqu-2023-air", "--input", JanFeb(), "--as-of", "2023/01/31");
        Assert.Equal(2, exit);
        Assert.Contains("--as-of", stderr);
    }
}
