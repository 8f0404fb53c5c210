using System.Text.Json;

namespace EcoGov.Cli.Tests;

/// <summary>`monitoring generate` then `foresight backtest` (issue 14 item 3), and their refusals.</summary>
public sealed class ForesightBacktestCommandTests : IDisposable
{
    private readonly CliRunner cli = new();
    private readonly string dir = Path.Combine(Path.GetTempPath(), "ecogov-backtest-" + Guid.NewGuid().ToString("N"));

    public ForesightBacktestCommandTests() => Directory.CreateDirectory(dir);

    public void Dispose()
    {
        cli.Dispose();
        try { Directory.Delete(dir, recursive: true); } catch (IOException) { }
    }

    [Fact]
    public void Generated_years_imported_are_backtested_from_the_second_year_on()
    {
        var file = Path.Combine(dir, "synthetic.csv");
        var gen = cli.Json("monitoring", "generate", "--out", file, "--from-year", "2021", "--years", "2", "--stations", "1", "--seed", "11");
        Assert.Equal(["合成站1"], gen.GetProperty("stations").EnumerateArray().Select(s => s.GetString()));
        var again = Path.Combine(dir, "again.csv");
        cli.Json("monitoring", "generate", "--out", again, "--from-year", "2021", "--years", "2", "--stations", "1", "--seed", "11");
        Assert.Equal(File.ReadAllText(file), File.ReadAllText(again));   // deterministic

        var import = cli.Json("monitoring", "import", file, "--kind", "air-hourly", "--jurisdiction", "140502");
        Assert.Equal(gen.GetProperty("rows").GetInt32(), import.GetProperty("stored").GetInt32());

        var r = cli.Json("foresight", "backtest", "--jurisdiction", "140502");
        Assert.Equal([2021, 2022], r.GetProperty("years").EnumerateArray().Select(y => y.GetInt32()));
        Assert.Equal([2022], r.GetProperty("yearsTested").EnumerateArray().Select(y => y.GetInt32()));
        // 8 statistics × 11 month ends of 2022, each from 2021 alone.
        Assert.Equal(88, r.GetProperty("cases").GetInt32());
        var pm25 = r.GetProperty("byStatistic").EnumerateArray().Single(f => f.GetProperty("statistic").GetString() == "PM2.5");
        Assert.Equal(11, pm25.GetProperty("cases").GetInt32());
        Assert.Equal(88, r.GetProperty("byMonth").GetArrayLength());

        // Only 2022 selected: no earlier year, nothing tested.
        var alone = cli.Json("foresight", "backtest", "--jurisdiction", "140502", "--from-year", "2022");
        Assert.Equal(0, alone.GetProperty("cases").GetInt32());
        Assert.Empty(alone.GetProperty("yearsTested").EnumerateArray());
    }

    [Theory]
    [InlineData("--from-year:", "foresight", "backtest", "--jurisdiction", "140502", "--from-year", "abc")]
    [InlineData("--to-year:", "foresight", "backtest", "--jurisdiction", "140502", "--from-year", "2023", "--to-year", "2022")]
    [InlineData("--jurisdiction:", "foresight", "backtest", "--jurisdiction", "999999")]
    [InlineData("--jurisdiction:", "foresight", "backtest", "--jurisdiction", "140502")]   // no data
    [InlineData("--years:", "monitoring", "generate", "--out", "x.csv", "--from-year", "2021", "--years", "0")]
    [InlineData("--stations:", "monitoring", "generate", "--out", "x.csv", "--from-year", "2021", "--years", "1", "--stations", "11")]
    public void Bad_input_exits_2_naming_the_option(string prefix, params string[] args)
    {
        var (exit, _, stderr) = cli.Run([.. args, "--json"]);
        Assert.Equal(2, exit);
        // A fresh store reports its seeding on stderr first: the refusal is the last line.
        Assert.StartsWith(prefix, stderr.TrimEnd().Split('\n')[^1]);
    }
}
