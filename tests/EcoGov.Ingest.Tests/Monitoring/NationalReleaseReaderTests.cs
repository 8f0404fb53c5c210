using System.IO.Compression;
using System.Text;
using EcoGov.Core.Air;
using EcoGov.Ingest.Monitoring;

namespace EcoGov.Ingest.Tests;

/// <summary>The national release layouts: recognised from the header, read with the release's column meanings, bounded.</summary>
public sealed class NationalReleaseReaderTests
{
    private const string Header =
        "timepoint,stationcode,longitude,latitude,area,positionname,primarypollutant,aqi,pm10,pm10_24h,pm2_5,pm2_5_24h,o3,o3_24h,o3_8h,o3_8h_24h,no2,no2_24h,so2,so2_24h,co,co_24h";

    [Fact]
    public void Hourly_layout_maps_the_o3_columns_by_meaning_and_keeps_missing_values_missing()
    {
        var r = NationalReleaseReader.Parse("h.csv", Header + "\n"
            + "2022-07-01 15:00:00,1001A,112.85,35.49,晋城,市监测站,\"PM2.5,PM10\",100,150,120,75,60,236,180,170,150,—,20,-,7,,0.6\n");
        Assert.True(r.Ok, string.Join("\n", r.Errors));
        Assert.Equal(ReleaseLayout.Hourly, r.Layout);
        var row = Assert.Single(r.Rows);
        Assert.Equal(new DateTime(2022, 7, 1, 14, 0, 0), row.HourStart); // timepoint is the hour's end
        Assert.Equal(180, row[ReleaseColumn.O3]);          // o3_24h: the hour's own O3
        Assert.Equal(236, row[ReleaseColumn.O3Max24h]);    // o3: the trailing 24h maximum
        Assert.Equal(150, row[ReleaseColumn.O3Moving8h]);  // o3_8h_24h
        Assert.Equal(180, row.ToHourlyRecord().O3);
        Assert.Null(row[ReleaseColumn.No2]);               // "—"
        Assert.Null(row[ReleaseColumn.So2]);               // "-"
        Assert.Null(row[ReleaseColumn.Co]);                // ""
        Assert.Equal([Pollutant.PM25, Pollutant.PM10], row.Primary);
        Assert.Equal(new ReleaseStation("1001A", "市监测站", "晋城", 112.85, 35.49), Assert.Single(r.Stations));
    }

    [Fact]
    public void Wide_layout_is_recognised_and_its_hour_is_the_hour_ending_label()
    {
        var r = NationalReleaseReader.Parse("w.csv",
            "date,hour,type,1001A,1002A\n"
            + "20220701,0,AQI,40,—\n"
            + "20220701,0,PM2.5,27,\n"
            + "20220701,0,O3,90,88\n"
            + "20220701,0,O3_24h,30,31\n"
            + "20220701,1,PM2.5,28,33\n");
        Assert.True(r.Ok, string.Join("\n", r.Errors));
        Assert.Equal(ReleaseLayout.Wide, r.Layout);
        var a0 = r.Rows.Single(x => x.Station == "1001A" && x.HourStart == new DateTime(2022, 6, 30, 23, 0, 0));
        Assert.Equal((40.0, 27.0, 30.0, 90.0), (a0[ReleaseColumn.Aqi]!.Value, a0[ReleaseColumn.Pm25]!.Value, a0[ReleaseColumn.O3]!.Value, a0[ReleaseColumn.O3Max24h]!.Value));
        Assert.Null(a0.Primary); // the wide layout carries no primary pollutant
        var b0 = r.Rows.Single(x => x.Station == "1002A" && x.HourStart == new DateTime(2022, 6, 30, 23, 0, 0));
        Assert.Null(b0[ReleaseColumn.Aqi]);
        Assert.Null(b0[ReleaseColumn.Pm25]);
        Assert.Contains(r.Rows, x => x.Station == "1002A" && x.HourStart == new DateTime(2022, 7, 1, 0, 0, 0) && x[ReleaseColumn.Pm25] == 33);
    }

    [Theory]
    [InlineData("2022-07-01 15:00:00,1001A,112.85,35.49,晋城,市监测站,PM2.5,1o0,1,1,1,1,1,1,1,1,1,1,1,1,0.1,0.1", "row 2, column 8 (aqi)")]
    [InlineData("2022-07-01 15:30:00,1001A,112.85,35.49,晋城,市监测站,PM2.5,100,1,1,1,1,1,1,1,1,1,1,1,1,0.1,0.1", "row 2, column 1 (timepoint)")]
    [InlineData("2022-07-01 15:00:00,1001A,112.85,35.49,晋城,市监测站,苯,100,1,1,1,1,1,1,1,1,1,1,1,1,0.1,0.1", "row 2, column 7 (primarypollutant)")]
    [InlineData("2022-07-01 15:00:00,1001A,112.85,35.49,晋城,市监测站,PM2.5,100,1,1,1,1,1,1,1,1,1,1,-3,1,0.1,0.1", "row 2, column 19 (so2)")]
    public void A_bad_cell_names_file_row_and_column(string line, string where)
    {
        var r = NationalReleaseReader.Parse("bad.csv", Header + "\n" + line + "\n");
        Assert.False(r.Ok);
        Assert.Empty(r.Rows);
        Assert.Contains("bad.csv " + where, r.Errors[0].ToString());
    }

    [Theory]
    [InlineData("细颗粒物(PM2.5)", new[] { Pollutant.PM25 })]
    [InlineData("颗粒物（PM10）、臭氧1小时", new[] { Pollutant.PM10, Pollutant.O3 })]
    [InlineData("—", new Pollutant[0])]
    public void Primary_pollutant_names_as_published(string cell, Pollutant[] expected) =>
        Assert.Equal(expected, NationalReleaseReader.PrimaryPollutants(cell, out _));

    [Fact]
    [Trait("Category", "Probe")]
    public void A_station_name_with_a_control_character_is_refused()
    {
        var r = NationalReleaseReader.Parse("n.csv", Header + "\n"
            + "2022-07-01 15:00:00,1001A,112.85,35.49,晋城,市监测站\u202E,O3,125,61,58,27,25,236,180,170,150,18,20,6,7,0.5,0.6\n");
        Assert.Contains("n.csv row 2, column 6 (positionname)", Assert.Single(r.Errors).ToString());
    }

    [Fact]
    public void Overlapping_files_keep_one_copy_and_report_a_copy_with_other_values()
    {
        const string line = "2022-07-01 15:00:00,1001A,112.85,35.49,晋城,市监测站,O3,125,61,58,27,25,236,180,170,150,18,20,6,7,0.5,0.6";
        var a = NationalReleaseReader.Parse("a.csv", Header + "\n" + line + "\n");
        var b = NationalReleaseReader.Parse("b.csv", Header + "\n" + line + "\n");
        var set = NationalReleaseReader.Merge([a, b]);
        Assert.True(set.Ok);
        Assert.Equal((1, 1), (set.Rows.Count, set.Duplicates));

        var c = NationalReleaseReader.Parse("c.csv", Header + "\n" + line.Replace(",125,", ",126,", StringComparison.Ordinal) + "\n");
        var conflict = NationalReleaseReader.Merge([a, c]);
        Assert.Contains("also in a.csv row 2 with other values", Assert.Single(conflict.Errors).ToString());
    }

    [Fact]
    public void A_platform_csv_is_not_a_release()
    {
        Assert.Equal(ReleaseLayout.None, NationalReleaseReader.Detect(["station", "time", "SO2"]));
        Assert.Equal(ReleaseLayout.Hourly, NationalReleaseReader.Detect(Header.Split(',')));
        Assert.Equal(ReleaseLayout.Wide, NationalReleaseReader.Detect(["date", "hour", "type", "1001A"]));
    }

    private static byte[] Zip(params (string Name, byte[] Content)[] entries)
    {
        using var ms = new MemoryStream();
        using (var zip = new ZipArchive(ms, ZipArchiveMode.Create, leaveOpen: true))
            foreach (var (name, content) in entries)
            {
                using var s = zip.CreateEntry(name).Open();
                s.Write(content);
            }
        return ms.ToArray();
    }

    [Fact]
    [Trait("Category", "Probe")]
    public void A_zip_entry_outside_the_archive_is_refused()
    {
        var bytes = Zip(("../evil.csv", Encoding.UTF8.GetBytes(Header + "\n")));
        var e = Assert.Throws<MonitoringFileException>(() => NationalReleaseReader.Upload("x.zip", bytes));
        Assert.Contains("unsafe zip entry name", e.Message);
    }

    [Fact]
    [Trait("Category", "Probe")]
    public void A_zip_bomb_is_refused_before_it_is_expanded()
    {
        var bytes = Zip(("a.csv", new byte[5_000_000])); // zeros compress far beyond 100:1
        var e = Assert.Throws<MonitoringFileException>(() => NationalReleaseReader.Upload("bomb.zip", bytes));
        Assert.Contains("compression ratio", e.Message);
    }

    [Fact]
    public void A_zip_is_read_in_memory_entry_by_entry()
    {
        const string line = "2022-07-01 15:00:00,1001A,112.85,35.49,晋城,市监测站,O3,125,61,58,27,25,236,180,170,150,18,20,6,7,0.5,0.6";
        var bytes = Zip(("d/1.csv", Encoding.UTF8.GetBytes(Header + "\n" + line + "\n")), ("readme.txt", "x"u8.ToArray()));
        var sources = NationalReleaseReader.Upload("day.zip", bytes);
        Assert.Equal("d/1.csv", Assert.Single(sources).Name);
        Assert.Single(NationalReleaseReader.Merge(sources.Select(NationalReleaseReader.Parse).ToList()).Rows);
    }
}
