using System.Text.Json;

namespace EcoGov.Cli.Tests;

public sealed class MonitoringCommandTests : IDisposable
{
    private readonly CliRunner cli = new();
    private readonly string dir = Path.Combine(Path.GetTempPath(), "ecogov-mon-" + Guid.NewGuid().ToString("N"));

    public MonitoringCommandTests() => Directory.CreateDirectory(dir);

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

    private const string Air =
        "站点,时间,二氧化硫,二氧化氮,一氧化碳(mg/m3),臭氧,PM10,PM2.5\n" +
        "城区站,2026-01-01 01:00,10,20,0.8,30,60,35\n" +
        "城区站,2026-01-01 24:00,11,21,0.9,31,61,36\n";

    [Fact]
    public void Import_prints_the_json_contract_and_a_second_import_changes_nothing()
    {
        var path = Write("air.csv", Air);
        var r = cli.Json("monitoring", "import", path, "--kind", "air-hourly", "--jurisdiction", "140502", "--hour-ending");
        Assert.Equal(["import", "file", "rows", "stored", "unchanged", "rejected"], r.EnumerateObject().Select(p => p.Name).ToArray());
        Assert.Equal(JsonValueKind.Number, r.GetProperty("import").ValueKind);
        Assert.Equal(("air.csv", 2, 2, 0, 0), (r.GetProperty("file").GetString(), r.GetProperty("rows").GetInt32(),
            r.GetProperty("stored").GetInt32(), r.GetProperty("unchanged").GetInt32(), r.GetProperty("rejected").GetArrayLength()));

        var again = cli.Json("monitoring", "import", path, "--kind", "air-hourly", "--jurisdiction", "140502", "--hour-ending");
        Assert.Equal((0, 2), (again.GetProperty("stored").GetInt32(), again.GetProperty("unchanged").GetInt32()));

        var station = Assert.Single(cli.Json("monitoring", "stations").EnumerateArray());
        Assert.Equal(("城区站", "140502", 2), (station.GetProperty("code").GetString(), station.GetProperty("jurisdiction").GetString(), station.GetProperty("hours").GetInt32()));
        Assert.Equal("2026-01-01T00:00:00", station.GetProperty("firstHour").GetString());
        Assert.Equal("2026-01-01T23:00:00", station.GetProperty("lastHour").GetString());
    }

    [Fact]
    public void A_rejected_file_exits_2_with_the_rows_in_json_and_writes_nothing()
    {
        var path = Write("bad.csv", Air + "城区站,2026-01-02 01:00,abc,1,1,1,1,1\n");
        var (exit, stdout, stderr) = cli.Run("monitoring", "import", path, "--kind", "air-hourly", "--jurisdiction", "140502", "--hour-ending", "--json");
        Assert.Equal(2, exit);
        using var doc = JsonDocument.Parse(stdout);
        var bad = Assert.Single(doc.RootElement.GetProperty("rejected").EnumerateArray());
        Assert.Equal((4, "二氧化硫"), (bad.GetProperty("row").GetInt32(), bad.GetProperty("column").GetString()));
        Assert.Equal(JsonValueKind.Null, doc.RootElement.GetProperty("import").ValueKind);
        Assert.Contains("rejected", stderr);
        Assert.Empty(cli.Json("monitoring", "stations").EnumerateArray());
    }

    [Fact]
    public void Keep_good_stores_the_good_rows_and_exits_0()
    {
        var path = Write("bad.csv", Air + "城区站,2026-01-02 01:00,abc,1,1,1,1,1\n");
        var r = cli.Json("monitoring", "import", path, "--kind", "air-hourly", "--jurisdiction", "140502", "--hour-ending", "--keep-good");
        Assert.Equal(2, r.GetProperty("stored").GetInt32());
        Assert.Equal(4, Assert.Single(r.GetProperty("rejected").EnumerateArray()).GetProperty("row").GetInt32());
    }

    [Theory]
    [InlineData("--jurisdiction", "999999")]
    [InlineData("--kind", "soil")]
    public void Bad_usage_or_an_unknown_jurisdiction_exits_2(string option, string value)
    {
        var path = Write("air.csv", Air);
        string[] args = ["monitoring", "import", path, "--kind", "air-hourly", "--jurisdiction", "140502", "--hour-ending"];
        args[Array.IndexOf(args, option) + 1] = value;
        var (exit, _, stderr) = cli.Run(args);
        Assert.Equal(2, exit);
        Assert.Contains(value, stderr);
    }

    [Fact]
    public void A_missing_file_exits_2()
    {
        var (exit, _, stderr) = cli.Run("monitoring", "import", Path.Combine(dir, "none.csv"), "--kind", "air-hourly", "--jurisdiction", "140502");
        Assert.Equal(2, exit);
        Assert.Contains("file not found", stderr);
    }
}
