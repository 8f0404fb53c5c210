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

    [Fact]
    public void A_large_import_shows_a_progress_bar_on_stderr_and_a_small_one_none()
    {
        var file = Path.Combine(dir, "year.csv");
        var rows = cli.Json("monitoring", "generate", "--out", file, "--from-year", "2023", "--years", "1", "--stations", "7").GetProperty("rows").GetInt32();
        Assert.True(rows > 50_000, $"{rows} rows");
        var (exit, stdout, stderr) = cli.Run("monitoring", "import", file, "--kind", "air-hourly", "--jurisdiction", "140502", "--json");
        Assert.Equal(0, exit);
        Assert.Equal(rows, JsonDocument.Parse(stdout).RootElement.GetProperty("stored").GetInt32());
        var bars = stderr.Split('\n').Where(l => l.StartsWith("写入 written [", StringComparison.Ordinal)).ToList();
        Assert.Equal($"写入 written [{new string('█', 20 * 50_000 / rows)}{new string('░', 20 - 20 * 50_000 / rows)}] 50,000/{rows:N0} ({100 * 50_000 / rows}%)", bars[0]);
        Assert.Equal($"写入 written [{new string('█', 20)}] {rows:N0}/{rows:N0} (100%)", bars[^1]);
        Assert.Equal(2, bars.Count);

        var small = Write("small.csv", Air);
        var (_, _, quiet) = cli.Run("monitoring", "import", small, "--kind", "air-hourly", "--jurisdiction", "140502", "--json");
        Assert.DoesNotContain("写入 written", quiet, StringComparison.Ordinal);
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
        Assert.Equal(["import", "file", "rows", "stored", "unchanged", "rejected", "rejectedCount"], r.EnumerateObject().Select(p => p.Name).ToArray());
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

    // Hardening probes 5–7: short, bounded reports; nothing raw reaches the terminal.

    private static void AssertNoControlCharacters(string text) =>
        Assert.DoesNotContain(text, c => (char.IsControl(c) && c is not ('\n' or '\r')) || c is '\u202E' or '\u200B');

    [Fact]
    [Trait("Category", "Probe")]
    public void A_header_of_thousands_of_columns_exits_2_with_one_short_message()
    {
        var path = Write("wide.csv", "station,time," + string.Concat(Enumerable.Repeat("foo,", 20_000)) + "SO2\nS1,2026-01-01 00:00\n");
        var (exit, stdout, stderr) = cli.Run("monitoring", "import", path, "--kind", "air-hourly", "--jurisdiction", "140502", "--json");
        Assert.Equal(2, exit);
        Assert.Equal("", stdout);
        Assert.Contains("row 1, column 257", stderr);
        Assert.True(stderr.Length < 1_000, $"{stderr.Length} characters on stderr");
        Assert.Empty(cli.Json("monitoring", "stations").EnumerateArray());
    }

    [Fact]
    [Trait("Category", "Probe")]
    public void Rejections_are_listed_up_to_20_with_the_total_count()
    {
        var rows = string.Concat(Enumerable.Range(0, 100).Select(i => $"城区站,2026-01-02 {i % 24:00}:00,abc,1,1,1,1,1\n"));
        var path = Write("bad.csv", Air + rows);
        var (exit, stdout, _) = cli.Run("monitoring", "import", path, "--kind", "air-hourly", "--jurisdiction", "140502", "--hour-ending", "--json");
        Assert.Equal(2, exit);
        using (var doc = JsonDocument.Parse(stdout))
        {
            Assert.Equal(20, doc.RootElement.GetProperty("rejected").GetArrayLength());
            Assert.Equal(100, doc.RootElement.GetProperty("rejectedCount").GetInt32());
            Assert.Equal(4, doc.RootElement.GetProperty("rejected")[0].GetProperty("row").GetInt32());
        }

        (exit, stdout, var stderr) = cli.Run("monitoring", "import", path, "--kind", "air-hourly", "--jurisdiction", "140502", "--hour-ending");
        Assert.Equal(2, exit);
        var lines = stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(22, lines.Length); // "file rejected", 20 rows, "and 80 more"
        Assert.Equal("… 另有 80 处 (and 80 more)", lines[^1]);
        Assert.Contains("… 另有 80 处 (and 80 more)", stdout);
        Assert.Contains("不合格 rejected 100", stdout);

        var kept = cli.Json("monitoring", "import", path, "--kind", "air-hourly", "--jurisdiction", "140502", "--hour-ending", "--keep-good");
        Assert.Equal((2, 20, 100), (kept.GetProperty("stored").GetInt32(), kept.GetProperty("rejected").GetArrayLength(), kept.GetProperty("rejectedCount").GetInt32()));
    }

    [Fact]
    [Trait("Category", "Probe")]
    public void A_station_with_control_characters_is_refused_and_the_message_shows_them_escaped()
    {
        var path = Write("ctl.csv", "station,time,SO2\n\"S\u0000\u001b[31mRED\u0007\",2026-01-01 00:00,1\n");
        var (exit, stdout, stderr) = cli.Run("monitoring", "import", path, "--kind", "air-hourly", "--jurisdiction", "140502");
        Assert.Equal(2, exit);
        Assert.Contains("U+0000", stderr);
        Assert.Contains("row 2, column station", stderr);
        Assert.Contains("S\\u0000\\u001B[31mRED\\u0007", stderr);
        AssertNoControlCharacters(stdout);
        AssertNoControlCharacters(stderr);
        Assert.Empty(cli.Json("monitoring", "stations").EnumerateArray());
    }

    [Fact]
    [Trait("Category", "Probe")]
    public void Stations_output_shows_stored_control_characters_escaped_and_cuts_long_names()
    {
        // Defence in depth: rows stored before the import checks existed, put in behind the CLI's back.
        Assert.Equal(0, cli.Run("monitoring", "stations").Exit); // creates and seeds the database
        using (var db = new EcoGov.Data.EcoGovDbContext(EcoGov.Data.EcoGovDatabase.Options(EcoGov.Data.EcoGovDatabase.ConnectionString(cli.Db))))
        {
            db.MonitoringStations.Add(new() { Code = "S\u0000\u001b[31mRED\u0007", Name = "A\u202EB\r\u009b", JurisdictionCode = "140502" });
            db.MonitoringStations.Add(new() { Code = "LONG", Name = new string('名', 1_000_000), JurisdictionCode = "140502" });
            db.SaveChanges();
        }
        var (exit, stdout, _) = cli.Run("monitoring", "stations");
        Assert.Equal(0, exit);
        AssertNoControlCharacters(stdout.Replace("\r\n", "\n"));
        Assert.DoesNotContain('\r', stdout.Replace("\r\n", "\n"));
        Assert.Contains("S\\u0000\\u001B[31mRED\\u0007", stdout);
        Assert.Contains("A\\u202EB\\u000D\\u009B", stdout);
        // Cut to 64 characters (the table may wrap them over lines); one more 名 is the column header 名称.
        Assert.Equal(64 + 1, stdout.Count(c => c == '名'));
        Assert.Contains("…", stdout);
        Assert.True(stdout.Length < 5_000, $"{stdout.Length} characters on stdout");
    }
}
