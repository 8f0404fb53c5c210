using System.Globalization;
using System.Text;
using System.Text.Json;

namespace EcoGov.Cli.Tests;

/// <summary>`air evaluate --from-store`, `progress --from-store` and water section-target progress.</summary>
public sealed class StoreAndWaterProgressTests : IDisposable
{
    private readonly CliRunner cli = new();
    private readonly string dir = Path.Combine(Path.GetTempPath(), "ecogov-store-" + Guid.NewGuid().ToString("N"));

    public StoreAndWaterProgressTests() => Directory.CreateDirectory(dir);

    public void Dispose()
    {
        cli.Dispose();
        try { Directory.Delete(dir, recursive: true); } catch (IOException) { }
    }

    private string Write(string name, string text)
    {
        var path = Path.Combine(dir, name);
        File.WriteAllText(path, text);
        return path;
    }

    /// <summary>Two stations, 10 days of hours (a few missing), values varying by hour.</summary>
    private static string HourlyCsv()
    {
        var sb = new StringBuilder("station,time,SO2,NO2,CO,O3,PM10,PM2.5\n");
        var start = new DateTime(2023, 1, 1);
        for (var h = 0; h < 24 * 10; h++)
            foreach (var (station, k) in new[] { ("城区A", 0), ("城区B", 7) })
            {
                if ((h + k) % 37 == 5) continue;
                var t = start.AddHours(h);
                sb.Append(CultureInfo.InvariantCulture, $"{station},{t:yyyy-MM-dd HH:mm},{8 + (h + k) % 6},{20 + (h + k) % 11},{0.5 + (h % 5) / 10.0},{40 + (h * 3 + k) % 90},{60 + (h + k) % 40},{30 + (h * 2 + k) % 50}\n");
            }
        return sb.ToString();
    }

    [Fact]
    public void Evaluating_from_the_store_equals_evaluating_the_imported_file()
    {
        var path = Write("hourly.csv", HourlyCsv());
        cli.Json("monitoring", "import", path, "--kind", "air-hourly", "--jurisdiction", "140502");
        foreach (var extra in new[] { Array.Empty<string>(), ["--from", "2023-01-02", "--to", "2023-01-08"], ["--compare", "GB3095-2026"] })
        {
            var fromFile = cli.Run(["air", "evaluate", "--input", path, "--standard", "GB3095-2012", .. extra, "--json"]);
            var fromStore = cli.Run(["air", "evaluate", "--from-store", "--jurisdiction", "140502", "--standard", "GB3095-2012", .. extra, "--json"]);
            Assert.Equal((0, 0), (fromFile.Exit, fromStore.Exit));
            Assert.Equal(fromFile.Out, fromStore.Out);
        }
        using var doc = JsonDocument.Parse(cli.Run("air", "evaluate", "--from-store", "--station", "城区B", "--standard", "GB3095-2012", "--json").Out);
        Assert.Equal("城区B", Assert.Single(doc.RootElement.GetProperty("stations").EnumerateArray()).GetProperty("station").GetString());
        Assert.Equal(10, doc.RootElement.GetProperty("all").GetProperty("days").GetInt32());
    }

    [Theory]
    [InlineData("--input|X|--from-store", "二选一")]
    [InlineData("", "--from-store")]
    [InlineData("--from-store|--station|没有的站", "没有的站")]
    [InlineData("--from-store|--jurisdiction|999999", "999999")]
    [InlineData("--input|X|--jurisdiction|140502", "--from-store")]
    public void Bad_source_options_exit_2_with_a_message(string args, string expected)
    {
        var path = Write("hourly.csv", HourlyCsv());
        cli.Json("monitoring", "import", path, "--kind", "air-hourly", "--jurisdiction", "140502");
        var list = args.Length == 0 ? [] : args.Split('|').Select(a => a == "X" ? path : a).ToArray();
        var (exit, stdout, stderr) = cli.Run(["air", "evaluate", .. list, "--standard", "GB3095-2012", "--json"]);
        Assert.Equal(2, exit);
        Assert.Equal("", stdout);
        Assert.Contains(expected == "二选一" ? "只能选一个" : expected, stderr);
    }

    [Fact]
    public void An_empty_store_is_bad_input()
    {
        var (exit, _, stderr) = cli.Run("air", "evaluate", "--from-store", "--standard", "GB3095-2012");
        Assert.Equal(2, exit);
        Assert.Contains("monitoring import", stderr);
    }

    [Fact]
    public void Air_progress_from_the_store_equals_progress_from_the_file()
    {
        var path = Write("hourly.csv", HourlyCsv());
        cli.Json("monitoring", "import", path, "--kind", "air-hourly", "--jurisdiction", "140502");
        var fromFile = cli.Run("progress", "--plan", "chengqu-2023-air", "--input", path, "--json");
        var fromStore = cli.Run("progress", "--plan", "chengqu-2023-air", "--from-store", "--year", "2023", "--json");
        Assert.Equal((0, 0), (fromFile.Exit, fromStore.Exit));
        Assert.Equal(fromFile.Out, fromStore.Out);
        using var doc = JsonDocument.Parse(fromStore.Out);
        Assert.Equal(2, doc.RootElement.GetProperty("stations").GetInt32());
        var pm25 = doc.RootElement.GetProperty("indicators").EnumerateArray().First(i => i.GetProperty("name").GetString()!.StartsWith("PM2.5", StringComparison.Ordinal));
        Assert.Equal(36, pm25.GetProperty("target").GetDouble());
        Assert.Equal(JsonValueKind.Number, pm25.GetProperty("actual").ValueKind);
        Assert.Contains(pm25.GetProperty("status").GetString(), new[] { "onTrack", "lagging" });
        var rank = doc.RootElement.GetProperty("indicators").EnumerateArray().First(i => i.GetProperty("name").GetString()!.Contains("排名", StringComparison.Ordinal));
        Assert.Equal("cannotJudge", rank.GetProperty("status").GetString());
    }

    /// <summary>白水河 class Ⅱ all year (target 完成省定目标 → 省考 Ⅲ), 洞头 劣Ⅴ all year (target Ⅴ), 金匠桥 no samples.</summary>
    private static string WaterCsv()
    {
        var sb = new StringBuilder("id,type,section,date,pH,DO,CODMn,COD,BOD5,NH3N,TP\n");
        for (var m = 1; m <= 12; m++)
        {
            sb.Append(CultureInfo.InvariantCulture, $"bs{m},river,白水河,2023-{m:00}-10,7.5,7,3,12,2,0.3,0.05\n");
            sb.Append(CultureInfo.InvariantCulture, $"dt{m},river,洞头,2023-{m:00}-12,7.4,3,10,35,8,2.5,0.5\n");
        }
        return sb.ToString();
    }

    private static JsonElement Target(JsonElement report, string section) =>
        report.GetProperty("targets").EnumerateArray().Single(t => t.GetProperty("section").GetString() == section);

    [Fact]
    public void Water_section_targets_are_achieved_not_achieved_or_cannot_be_judged_with_the_reason()
    {
        var r = cli.Json("progress", "--plan", "chengqu-2023-water", "--input", Write("samples.csv", WaterCsv()));
        Assert.Equal((2023, "2023-12-31"), (r.GetProperty("year").GetInt32(), r.GetProperty("asOf").GetString()));

        var baishui = Target(r, "白水河");
        Assert.Equal(("achieved", "III", "II", 12), (baishui.GetProperty("status").GetString(), baishui.GetProperty("targetClass").GetString(),
            baishui.GetProperty("yearToDateClass").GetString(), baishui.GetProperty("monthsWithData").GetInt32()));
        Assert.Contains("省考断面", baishui.GetProperty("targetBasis").GetString());
        Assert.All(baishui.GetProperty("months").EnumerateArray(), m => Assert.Equal("II", m.GetProperty("class").GetString()));

        var dongtou = Target(r, "洞头");
        Assert.Equal(("notAchieved", "V", "劣V"), (dongtou.GetProperty("status").GetString(), dongtou.GetProperty("targetClass").GetString(), dongtou.GetProperty("yearToDateClass").GetString()));
        Assert.Contains("未达标", dongtou.GetProperty("reason").GetString());
        Assert.False(dongtou.GetProperty("months")[0].GetProperty("meets").GetBoolean());

        var jinjiang = Target(r, "金匠桥");
        Assert.Equal("cannotJudge", jinjiang.GetProperty("status").GetString());
        Assert.Contains("无“金匠桥”断面的监测样品", jinjiang.GetProperty("reason").GetString());
        Assert.Equal(JsonValueKind.Null, jinjiang.GetProperty("yearToDateClass").ValueKind);

        var indicators = r.GetProperty("indicators").EnumerateArray().ToList();
        Assert.Equal(4, indicators.Count);
        Assert.Equal("achieved", indicators.Single(i => i.GetProperty("name").GetString() == "地表水省考断面").GetProperty("status").GetString());
        Assert.Equal("notAchieved", indicators.Single(i => i.GetProperty("name").GetString() == "市考断面").GetProperty("status").GetString());
        Assert.Equal("cannotJudge", indicators.Single(i => i.GetProperty("name").GetString()!.StartsWith("黑臭", StringComparison.Ordinal)).GetProperty("status").GetString());
    }

    [Fact]
    public void Missing_months_make_a_section_cannot_be_judged_and_an_unfinished_year_is_on_track()
    {
        var csv = string.Join("\n", WaterCsv().Split('\n').Where(l => !l.Contains("2023-03-10", StringComparison.Ordinal)));
        var r = cli.Json("progress", "--plan", "chengqu-2023-water", "--input", Write("gap.csv", csv));
        var baishui = Target(r, "白水河");
        Assert.Equal("cannotJudge", baishui.GetProperty("status").GetString());
        Assert.Contains("3月", baishui.GetProperty("reason").GetString());
        Assert.Equal([3], baishui.GetProperty("missingMonths").EnumerateArray().Select(m => m.GetInt32()).ToArray());

        var mid = cli.Json("progress", "--plan", "chengqu-2023-water", "--input", Write("all.csv", WaterCsv()), "--as-of", "2023-06-30");
        Assert.Equal("onTrack", Target(mid, "白水河").GetProperty("status").GetString());
        Assert.Equal("lagging", Target(mid, "洞头").GetProperty("status").GetString());
        Assert.Equal("cannotJudge", Target(mid, "白水河").GetProperty("months")[6].GetProperty("status").GetString());
    }

    [Fact]
    public void Water_progress_from_the_store_equals_progress_from_the_file()
    {
        var path = Write("samples.csv", WaterCsv());
        cli.Json("monitoring", "import", path, "--kind", "water-samples", "--jurisdiction", "140502");
        var fromFile = cli.Json("progress", "--plan", "chengqu-2023-water", "--input", path);
        var fromStore = cli.Json("progress", "--plan", "chengqu-2023-water", "--from-store", "--year", "2023");
        Assert.Equal(fromFile.GetProperty("targets").GetRawText(), fromStore.GetProperty("targets").GetRawText());
        Assert.Equal(fromFile.GetProperty("indicators").GetRawText(), fromStore.GetProperty("indicators").GetRawText());
    }

    [Fact]
    public void Water_progress_needs_section_and_date_columns_and_good_rows()
    {
        var noSection = cli.Run("progress", "--plan", "chengqu-2023-water", "--input", Write("classify.csv", "id,type,DO\ns1,river,6\n"));
        Assert.Equal(2, noSection.Exit);
        Assert.Contains("section", noSection.Err);
        var badDate = cli.Run("progress", "--plan", "chengqu-2023-water", "--input", Write("bad.csv", "id,type,section,date,DO\ns1,river,洞头,2023-13-01,6\n"));
        Assert.Equal(2, badDate.Exit);
        Assert.Contains("第 2 行", badDate.Err);
        Assert.Contains("date", badDate.Err);
        var none = cli.Run("progress", "--plan", "chengqu-2023-water");
        Assert.Equal(2, none.Exit);
    }

    [Fact]
    public void The_classify_contract_still_reads_files_with_section_and_date()
    {
        var r = cli.Json("water", "classify", "--input", Write("s.csv", "id,type,section,date,DO\ns1,river,洞头,2023-01-05,6\n"));
        Assert.Equal("II", Assert.Single(r.EnumerateArray()).GetProperty("class").GetString());
    }
}
