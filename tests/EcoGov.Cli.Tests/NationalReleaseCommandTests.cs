using System.Globalization;
using System.IO.Compression;
using System.Text.Json;
using EcoGov.Testing.Monitoring;

namespace EcoGov.Cli.Tests;

/// <summary>
/// Issue 11 items 4 and 5: a day of national hourly releases (<see cref="ReleaseFixture"/>, written here in the exact
/// layout) imported, rated and evaluated from the folder, and checked: zero disagreements on the rows computed by hand,
/// exactly the planted ones.
/// </summary>
public sealed class NationalReleaseCommandTests : IDisposable
{
    private readonly CliRunner cli = new();
    private readonly string dir = Path.Combine(Path.GetTempPath(), "ecogov-release-" + Guid.NewGuid().ToString("N"));
    private readonly string day;

    public NationalReleaseCommandTests() => day = ReleaseFixture.WriteDay(Path.Combine(dir, "day"));

    public void Dispose()
    {
        cli.Dispose();
        try { Directory.Delete(dir, recursive: true); } catch (IOException) { }
    }

    private static int Int(JsonElement e, string name) => e.GetProperty(name).GetInt32();

    [Fact]
    public void The_folder_imports_with_the_station_master_jurisdiction_filter_and_duplicate_hour_counted_once()
    {
        var (exit, stdout, stderr) = cli.Run("monitoring", "import", day, "--kind", "air-hourly", "--jurisdiction", "140500", "--json");
        Assert.True(exit == 0, stderr);
        var r = JsonDocument.Parse(stdout).RootElement;
        // 24 files × 3 stations + the repeated row; 1003A (长治) is outside 晋城市: its 24 rows skipped; the repeated hour
        // is one copy within the set and, stored by the earlier file, unchanged when the later file brings it again.
        Assert.Equal((24, 73, 48, 1, 1, 24, 1, 0),
            (Int(r, "files"), Int(r, "rows"), Int(r, "stored"), Int(r, "unchanged"), Int(r, "duplicates"), Int(r, "skippedRows"), Int(r, "skippedStations"), Int(r, "rejectedCount")));
        var stations = r.GetProperty("stations").EnumerateArray().ToList();
        Assert.Equal(["1001A", "1002A"], stations.Select(s => s.GetProperty("code").GetString()!).ToArray());
        Assert.Equal("市监测站", stations[0].GetProperty("name").GetString());
        Assert.Equal("晋城", stations[0].GetProperty("city").GetString());
        Assert.Equal(112.8503, stations[0].GetProperty("longitude").GetDouble());
        Assert.Equal(35.4906, stations[0].GetProperty("latitude").GetDouble());
        Assert.Contains("[24/24]", stderr); // the progress line

        var held = cli.Json("monitoring", "stations").EnumerateArray().ToDictionary(s => s.GetProperty("code").GetString()!);
        Assert.Equal(("市监测站", "140500", 24), (held["1001A"].GetProperty("name").GetString(), held["1001A"].GetProperty("jurisdiction").GetString(), Int(held["1001A"], "hours")));
        Assert.Equal(("白马寺", 24), (held["1002A"].GetProperty("name").GetString(), Int(held["1002A"], "hours")));
        Assert.False(held.ContainsKey("1003A"));
        // the station master kept from the files: city and coordinates
        Assert.Equal(("晋城", 112.8503, 35.4906), (held["1001A"].GetProperty("city").GetString(), held["1001A"].GetProperty("longitude").GetDouble(), held["1001A"].GetProperty("latitude").GetDouble()));
        Assert.Equal("2022-07-01T00:00:00", held["1001A"].GetProperty("firstHour").GetString()); // timepoint 01:00 is the hour from 00:00
        Assert.Equal("2022-07-01T23:00:00", held["1001A"].GetProperty("lastHour").GetString());

        // Idempotent: the same folder again stores nothing.
        var again = cli.Json("monitoring", "import", day, "--kind", "air-hourly", "--jurisdiction", "140500");
        Assert.Equal((0, 49), (Int(again, "stored"), Int(again, "unchanged")));

        // --all-stations takes the station outside the jurisdiction too.
        var all = cli.Json("monitoring", "import", day, "--kind", "air-hourly", "--jurisdiction", "140500", "--all-stations");
        Assert.Equal((24, 0), (Int(all, "stored"), Int(all, "skippedRows")));
    }

    [Fact]
    public void A_zip_of_the_day_imports_like_the_folder()
    {
        var zip = Path.Combine(dir, "day.zip");
        ZipFile.CreateFromDirectory(day, zip);
        var r = cli.Json("monitoring", "import", zip, "--kind", "air-hourly", "--jurisdiction", "140500");
        Assert.Equal((24, 48, 1, 24), (Int(r, "files"), Int(r, "stored"), Int(r, "duplicates"), Int(r, "skippedRows")));
    }

    [Fact]
    public void Air_aqi_hourly_on_the_folder_gives_the_hand_computed_aqi_of_every_station_hour()
    {
        var rows = cli.Json("air", "aqi", "--hourly", "--input", day).EnumerateArray().ToList();
        Assert.Equal(72, rows.Count);
        var codes = ReleaseFixture.Stations.Select(s => s.Code).ToList();
        foreach (var row in rows)
        {
            var s = codes.IndexOf(row.GetProperty("station").GetString()!);
            var k = DateTime.Parse(row.GetProperty("time").GetString()![..19], CultureInfo.InvariantCulture).Hour;
            var (aqi, primary) = ReleaseFixture.Aqi(s, k);
            Assert.True(aqi == (row.GetProperty("aqi").ValueKind == JsonValueKind.Null ? null : row.GetProperty("aqi").GetInt32()), $"{codes[s]} hour {k}");
            var names = row.GetProperty("primary").EnumerateArray().Select(p => p.GetString()).Order().ToArray();
            Assert.Equal(primary == "—" || aqi is null ? [] : primary.Split(',').Order().ToArray(), names);
        }
        var tie = rows.Single(r => r.GetProperty("station").GetString() == "1001A" && r.GetProperty("time").GetString() == "2022-07-01T12:00:00+08:00");
        Assert.Equal(100, tie.GetProperty("aqi").GetInt32());
        Assert.Equal(["PM10", "PM2.5"], tie.GetProperty("primary").EnumerateArray().Select(p => p.GetString()!).Order().ToArray());
        // Missing is missing, not zero: 1002A's PM10 at 05:00 is "—", so the AQI of the rest (82 ≤ 100) is NA.
        var na = rows.Single(r => r.GetProperty("station").GetString() == "1002A" && r.GetProperty("time").GetString() == "2022-07-01T05:00:00+08:00");
        Assert.Equal(JsonValueKind.Null, na.GetProperty("aqi").ValueKind);
        Assert.Null(na.GetProperty("iaqi").GetProperty("PM10").GetString());
    }

    [Fact]
    public void Air_evaluate_runs_on_the_folder()
    {
        var r = cli.Json("air", "evaluate", "--input", day, "--standard", "GB3095-2012");
        Assert.Equal(["1001A", "1002A", "1003A"], r.GetProperty("stations").EnumerateArray().Select(s => s.GetProperty("station").GetString()!).Order().ToArray());
        Assert.Equal("2022-07-01", r.GetProperty("from").GetString());
    }

    [Fact]
    public void Monitoring_check_reports_exactly_the_planted_disagreements()
    {
        var (exit, stdout, stderr) = cli.Run("monitoring", "check", day, "--json");
        Assert.True(exit == 1, stderr); // ran, and found disagreements
        var r = JsonDocument.Parse(stdout).RootElement;
        Assert.Equal(["rows", "agree", "disagreements", "unchecked", "files", "duplicates"], r.EnumerateObject().Select(p => p.Name).ToArray());
        Assert.Equal((72, 70, 24, 1), (Int(r, "rows"), Int(r, "agree"), Int(r, "files"), Int(r, "duplicates")));
        Assert.True(Int(r, "unchecked") > 0); // windows reaching into 2022-06-30, which the set does not hold
        var found = r.GetProperty("disagreements").EnumerateArray().ToList();
        Assert.Equal(ReleaseFixture.Planted.Select(p => $"{p.Station} {p.Time} {p.Field}").Order(),
            found.Select(d => $"{d.GetProperty("station").GetString()} {d.GetProperty("time").GetString()} {d.GetProperty("field").GetString()}").Order());
        var aqi = found.Single(d => d.GetProperty("field").GetString() == "aqi");
        var (expected, _) = ReleaseFixture.Aqi(1, 15);
        Assert.Equal(((expected + 7)!.Value.ToString(CultureInfo.InvariantCulture), expected!.Value.ToString(CultureInfo.InvariantCulture)),
            (aqi.GetProperty("published").GetString(), aqi.GetProperty("computed").GetString()));
        Assert.Contains("1h", aqi.GetProperty("reason").GetString());
        var pm = found.Single(d => d.GetProperty("field").GetString() == "pm2_5_24h");
        Assert.Equal(5m, decimal.Parse(pm.GetProperty("published").GetString()!, CultureInfo.InvariantCulture) - decimal.Parse(pm.GetProperty("computed").GetString()!, CultureInfo.InvariantCulture));
        Assert.Contains("24h moving mean", pm.GetProperty("reason").GetString());

        // The same from a zip of the folder.
        var zip = Path.Combine(dir, "day.zip");
        ZipFile.CreateFromDirectory(day, zip);
        var (zipExit, zipOut, _) = cli.Run("monitoring", "check", zip, "--json");
        Assert.Equal(1, zipExit);
        Assert.Equal(stdout, zipOut);
    }

    [Fact]
    public void Monitoring_check_of_a_correct_release_agrees_everywhere_and_exits_0()
    {
        // The first file alone: one hour, every row's aqi and primarypollutant checkable, no moving-mean window covered.
        var one = Path.Combine(day, "china_sites_2022070101.csv");
        var r = cli.Json("monitoring", "check", one);
        Assert.Equal((3, 3, 0), (Int(r, "rows"), Int(r, "agree"), r.GetProperty("disagreements").GetArrayLength()));
    }

    [Fact]
    public void A_bad_cell_is_refused_naming_file_row_and_column()
    {
        var bad = Path.Combine(dir, "bad");
        Directory.CreateDirectory(bad);
        File.WriteAllText(Path.Combine(bad, "a.csv"), ReleaseFixture.Header + "\n" + ReleaseFixture.Row(0, 0).Replace(",112.8503,", ",abc,", StringComparison.Ordinal) + "\n");
        var (exit, stdout, stderr) = cli.Run("monitoring", "check", bad, "--json");
        Assert.Equal(2, exit);
        Assert.Equal("", stdout);
        Assert.Contains("a.csv row 2, column 3 (longitude)", stderr);

        var (importExit, _, importErr) = cli.Run("monitoring", "import", bad, "--kind", "air-hourly", "--jurisdiction", "140500");
        Assert.Equal(2, importExit);
        Assert.Contains("longitude", importErr);
        Assert.Empty(cli.Json("monitoring", "stations").EnumerateArray());
    }

    [Fact]
    public void The_wide_layout_imports_stations_already_held_in_the_jurisdiction_and_its_hour_is_hour_ending()
    {
        Assert.Equal(48, Int(cli.Json("monitoring", "import", day, "--kind", "air-hourly", "--jurisdiction", "140500"), "stored"));
        // The next day's hour 1 (01:00, the hour 00:00–01:00 of 2022-07-02) for 1001A (held in 140500) and 1003A (not held; no city in this layout).
        var wide = Path.Combine(dir, "wide.csv");
        File.WriteAllText(wide, "date,hour,type,1001A,1003A\n"
            + "20220702,1,AQI,45,50\n20220702,1,PM2.5,20,22\n20220702,1,PM10,40,45\n20220702,1,SO2,5,6\n20220702,1,NO2,30,31\n"
            + "20220702,1,O3,250,240\n20220702,1,O3_24h,140,160\n20220702,1,CO,0.5,—\n");
        var r = cli.Json("monitoring", "import", wide, "--kind", "air-hourly", "--jurisdiction", "140500");
        Assert.Equal((1, 2, 1, 1, 1), (Int(r, "files"), Int(r, "rows"), Int(r, "stored"), Int(r, "skippedRows"), Int(r, "skippedStations")));
        var held = cli.Json("monitoring", "stations").EnumerateArray().Single(s => s.GetProperty("code").GetString() == "1001A");
        Assert.Equal(("2022-07-02T00:00:00", 25), (held.GetProperty("lastHour").GetString(), Int(held, "hours")));

        // AQI from the wide file: O3 from O3_24h (140 → 44), not from O3 (the 24h maximum, 250 → 125).
        var aqi = cli.Json("air", "aqi", "--hourly", "--input", wide).EnumerateArray().Single(x => x.GetProperty("station").GetString() == "1001A");
        Assert.Equal(44, aqi.GetProperty("iaqi").GetProperty("O3").GetInt32());
    }

    [Fact]
    public void A_release_hour_conflicting_with_a_stored_value_is_refused_not_overwritten()
    {
        Assert.Equal(48, Int(cli.Json("monitoring", "import", day, "--kind", "air-hourly", "--jurisdiction", "140500"), "stored"));
        var other = Path.Combine(dir, "other");
        Directory.CreateDirectory(other);
        var row = ReleaseFixture.Row(0, 3);
        var cells = row.Split(',');
        cells[10] = (int.Parse(cells[10], CultureInfo.InvariantCulture) + 1).ToString(CultureInfo.InvariantCulture); // pm2_5 of 1001A, 04:00
        File.WriteAllText(Path.Combine(other, "corrected.csv"), ReleaseFixture.Header + "\n" + string.Join(",", cells) + "\n");
        var (exit, stdout, stderr) = cli.Run("monitoring", "import", other, "--kind", "air-hourly", "--jurisdiction", "140500", "--json");
        Assert.Equal(2, exit);
        var r = JsonDocument.Parse(stdout).RootElement;
        Assert.Equal((0, 1, 1), (Int(r, "stored"), Int(r, "filesRefused"), Int(r, "rejectedCount")));
        Assert.Contains("corrected.csv", stderr);
        Assert.Contains("not overwritten", stderr);
    }
}
