using System.IO.Compression;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using EcoGov.Application;
using EcoGov.Application.Monitoring;
using EcoGov.Core.Monitoring;
using EcoGov.Data.Entities;
using EcoGov.Data.Monitoring;
using Microsoft.EntityFrameworkCore;

namespace EcoGov.Data.Tests;

public abstract class MonitoringImportTests : IDisposable
{
    private const string Jincheng = "140500";
    private readonly TestStore store;
    private readonly EcoGovDbContext db;

    protected MonitoringImportTests(TestStore store)
    {
        this.store = store;
        db = store.Open();
        db.Database.Migrate();
        db.Jurisdictions.Add(new JurisdictionEntity { Code = Jincheng, Name = "晋城市", Level = Core.Jurisdictions.JurisdictionLevel.City });
        db.SaveChanges();
    }

    public void Dispose()
    {
        db.Dispose();
        store.Dispose();
        GC.SuppressFinalize(this);
    }

    private string Write(string name, string text)
    {
        var path = Path.Combine(store.Directory, name);
        File.WriteAllText(path, text);
        return path;
    }

    private Task<MonitoringImportResult> Import(string path, MonitoringDataKind kind = MonitoringDataKind.AirHourly, bool keepGood = false, string jurisdiction = Jincheng) =>
        new MonitoringImportService(db).ImportAsync(new MonitoringImportRequest(path, kind, jurisdiction, keepGood));

    private const string AirCsv =
        "station,time,SO2,NO2,CO,O3,PM10,PM2.5\n" +
        "S1,2026-01-01 00:00,10,20,0.8,30,60,35\n" +
        "S1,2026-01-01 01:00,11,21,0.9,,61,36\n" +
        "S2,2026-01-01 00:00,12,22,1.0,32,62,37\n";

    [Fact]
    public async Task Hourly_air_csv_is_stored_with_its_stations_and_import_record()
    {
        var r = await Import(Write("air.csv", AirCsv));
        Assert.False(r.FileRejected);
        Assert.Equal((3, 3, 0), (r.Rows, r.Stored, r.Unchanged));
        Assert.Empty(r.Rejected);
        Assert.NotNull(r.Import);
        Assert.Equal(3, db.AirHourlyObservations.Count());
        var o = db.AirHourlyObservations.Single(x => x.StationCode == "S1" && x.HourStartCst == new DateTime(2026, 1, 1, 1, 0, 0));
        Assert.Null(o.O3);
        Assert.Equal(0.9, o.Co);
        Assert.Equal(r.Import, o.ImportId);
        Assert.All(db.MonitoringStations.ToList(), s => Assert.Equal(Jincheng, s.JurisdictionCode));
        var imp = db.MonitoringImports.Single();
        Assert.Equal(("air.csv", 64, 3, 0), (imp.FileName, imp.Sha256.Length, imp.Rows, imp.RejectedRows));
    }

    [Fact]
    public async Task Importing_the_same_file_again_changes_nothing()
    {
        var path = Write("air.csv", AirCsv);
        var first = await Import(path);
        var second = await Import(path);
        Assert.Equal(first.Import, second.Import);
        Assert.Equal((0, 3), (second.Stored, second.Unchanged));
        Assert.Equal(1, db.MonitoringImports.Count());
        Assert.Equal(3, db.AirHourlyObservations.Count());
    }

    [Fact]
    public async Task An_overlapping_file_stores_only_the_new_rows()
    {
        await Import(Write("air.csv", AirCsv));
        var r = await Import(Write("air2.csv",
            "站点,时间,二氧化硫,二氧化氮,一氧化碳,臭氧,可吸入颗粒物,细颗粒物\n" +
            "S1,2026-01-01 01:00,11,21,0.9,,61,36\n" +
            "S1,2026-01-01 02:00,13,23,1.1,33,63,38\n"));
        Assert.False(r.FileRejected);
        Assert.Equal((1, 1), (r.Stored, r.Unchanged));
        Assert.Equal(4, db.AirHourlyObservations.Count());
        Assert.Equal(2, db.MonitoringImports.Count());
    }

    [Fact]
    public async Task A_row_conflicting_with_stored_values_is_not_overwritten()
    {
        await Import(Write("air.csv", AirCsv));
        var r = await Import(Write("air2.csv", "station,time,SO2\nS1,2026-01-01 00:00,99\n"));
        Assert.True(r.FileRejected);
        Assert.Equal(2, Assert.Single(r.Rejected).Row);
        Assert.Equal(10, db.AirHourlyObservations.Single(x => x.StationCode == "S1" && x.HourStartCst == new DateTime(2026, 1, 1)).So2);
    }

    [Fact]
    public async Task A_bad_row_rejects_the_whole_file_by_default_and_names_row_and_column()
    {
        var r = await Import(Write("bad.csv", AirCsv + "S3,2026-01-01 00:00,x,1,1,1,1,1\n"));
        Assert.True(r.FileRejected);
        var e = Assert.Single(r.Rejected);
        Assert.Equal((5, "SO2"), (e.Row, e.Column));
        Assert.Contains("not a number", e.Reason);
        Assert.Contains("row 5", e.ToString());
        Assert.Equal(0, db.AirHourlyObservations.Count());
        Assert.Equal(0, db.MonitoringStations.Count());
        Assert.Equal(0, db.MonitoringImports.Count());
    }

    [Fact]
    public async Task Keep_good_stores_the_good_rows_and_reports_the_bad()
    {
        var r = await Import(Write("bad.csv", AirCsv + "S3,2026-01-01 00:30,1,1,1,1,1,1\nS3,2026-01-01 03:00,1,-2,1,1,1,1\n"), keepGood: true);
        Assert.False(r.FileRejected);
        Assert.Equal(3, r.Stored);
        Assert.Equal([(5, "time"), (6, "NO2")], r.Rejected.Select(x => (x.Row, x.Column)).ToArray());
        Assert.Equal(3, db.AirHourlyObservations.Count());
        Assert.Equal(2, db.MonitoringImports.Single().RejectedRows);
    }

    [Theory]
    [InlineData("CO(μg/m3)")]
    [InlineData("SO2(mg/m3)")]
    [InlineData("PM2.5（mg/m³）")]
    public async Task A_header_unit_that_is_not_the_expected_one_rejects_the_file_naming_the_column(string column)
    {
        var r = await Import(Write("unit.csv", $"station,time,{column}\nS1,2026-01-01 00:00,1\n"));
        Assert.True(r.FileRejected);
        var e = Assert.Single(r.Rejected);
        Assert.Equal((1, column), (e.Row, e.Column));
        Assert.Contains("unit mismatch", e.Reason);
        Assert.Equal(0, db.AirHourlyObservations.Count());
    }

    [Fact]
    public async Task Header_units_that_match_are_accepted()
    {
        var r = await Import(Write("unit.csv", "站点,时间,CO(mg/m3),SO2(μg/m³),NO2(ug/m3)\nS1,2026-01-01 00:00,1.2,5,6\n"));
        Assert.False(r.FileRejected, string.Join("; ", r.Rejected));
        Assert.Equal(1.2, db.AirHourlyObservations.Single().Co);
    }

    [Fact]
    public async Task An_unknown_jurisdiction_is_refused_before_reading()
    {
        var e = await Assert.ThrowsAsync<ApplicationInputException>(() => Import(Write("air.csv", AirCsv), jurisdiction: "999999"));
        Assert.Contains("999999", e.Message);
    }

    [Fact]
    public async Task Water_samples_are_stored_once_per_section_date_and_sample()
    {
        var path = Write("water.csv",
            "断面,采样日期,样品编号,类型,pH,DO,NH3N,TP\n" +
            "丹河青天河,2026-01-05,W1,河流,7.5,8.1,0.3,0.05\n" +
            "丹河青天河,2026-01-05,W2,river,7.6,,0.4,\n");
        var r = await Import(path, MonitoringDataKind.WaterSamples);
        Assert.False(r.FileRejected, string.Join("; ", r.Rejected));
        Assert.Equal(2, r.Stored);
        Assert.Equal(Core.Water.WaterBodyKind.River, db.WaterSections.Single().Kind);
        Assert.Contains("\"NH3N\":0.4", db.WaterSamples.Single(s => s.SampleId == "W2").ValuesJson);
        Assert.DoesNotContain("DO", db.WaterSamples.Single(s => s.SampleId == "W2").ValuesJson);
        var again = await Import(path, MonitoringDataKind.WaterSamples);
        Assert.Equal((0, 2), (again.Stored, again.Unchanged));
        Assert.Equal(2, db.WaterSamples.Count());
    }

    [Fact]
    public async Task Water_samples_may_place_their_section_and_a_later_file_places_one_stored_without()
    {
        var r = await Import(Write("water.csv",
            "section,date,id,type,longitude,latitude,DO,NH3N\n" +
            "白水河,2026-01-05,W1,river,112.84,35.52,6.1,0.3\n" +
            "白水河,2026-02-05,W2,river,,,6.2,0.3\n" +        // a row without coordinates keeps the section's
            "洞头,2026-01-06,W3,river,,,6.0,0.4\n"), MonitoringDataKind.WaterSamples);
        Assert.False(r.FileRejected, string.Join("; ", r.Rejected));
        var placed = db.WaterSections.AsNoTracking().Single(s => s.Code == "白水河");
        Assert.Equal((112.84, 35.52), (placed.Longitude, placed.Latitude));
        Assert.Null(db.WaterSections.AsNoTracking().Single(s => s.Code == "洞头").Longitude);

        // 经度/纬度 headers; only the section stored without coordinates takes them, even when every sample is already stored
        var again = await Import(Write("water-placed.csv",
            "断面,采样日期,样品编号,类型,经度,纬度,DO,NH3N\n" +
            "洞头,2026-01-06,W3,river,112.89,35.53,6.0,0.4\n" +
            "白水河,2026-01-05,W1,river,113,36,6.1,0.3\n"), MonitoringDataKind.WaterSamples);
        Assert.False(again.FileRejected, string.Join("; ", again.Rejected));
        Assert.Equal((0, 2), (again.Stored, again.Unchanged));
        var dongtou = db.WaterSections.AsNoTracking().Single(s => s.Code == "洞头");
        Assert.Equal((112.89, 35.53), (dongtou.Longitude, dongtou.Latitude));
        Assert.Equal(112.84, db.WaterSections.AsNoTracking().Single(s => s.Code == "白水河").Longitude);
    }

    [Theory]
    [InlineData("longitude,latitude", "12.84,35.52", "longitude", "longitude 12.84 is outside China's range 73–136")]
    [InlineData("longitude,latitude", "112.84,95.52", "latitude", "latitude 95.52 is outside China's range 3–54")]
    [InlineData("经度,纬度", "35.52,112.84", "经度", "经度 35.52 不在我国范围 73–136 内（请核对是否把经纬度写反）")]
    [InlineData("longitude,latitude", "east,35.52", "longitude", "longitude is not a number")]
    [InlineData("longitude,latitude", "112.84,", "latitude", "longitude without latitude")]
    [InlineData("longitude,latitude", ",35.52", "longitude", "latitude without longitude")]
    public async Task A_bad_coordinate_rejects_the_file_naming_row_and_column(string header, string cells, string column, string reason)
    {
        var r = await Import(Write("bad-place.csv",
            $"section,date,id,type,{header},DO\n" +
            "白水河,2026-01-05,W1,river,112.84,35.52,6.1\n" +
            $"金匠桥,2026-01-05,W2,river,{cells},6.1\n"), MonitoringDataKind.WaterSamples);
        Assert.True(r.FileRejected);
        var e = Assert.Single(r.Rejected);
        Assert.Equal((3, column), (e.Row, e.Column));
        Assert.Contains(reason, e.Reason);
        Assert.StartsWith($"第 3 行，列 {column} (row 3, column {column})", e.ToString());
        Assert.Equal(0, db.WaterSections.Count());
        Assert.Equal(0, db.WaterSamples.Count());
    }

    [Fact]
    public async Task A_section_placed_twice_differently_and_a_longitude_without_latitude_column_are_refused()
    {
        var twice = await Import(Write("twice.csv",
            "section,date,id,type,longitude,latitude,DO\n" +
            "白水河,2026-01-05,W1,river,112.84,35.52,6.1\n" +
            "白水河,2026-02-05,W2,river,112.85,35.52,6.1\n"), MonitoringDataKind.WaterSamples);
        var e = Assert.Single(twice.Rejected);
        Assert.Equal((3, "longitude"), (e.Row, e.Column));
        Assert.Contains("differ from row 2", e.Reason);

        var half = await Import(Write("half.csv", "section,date,id,type,longitude,DO\n白水河,2026-01-05,W1,river,112.84,6.1\n"), MonitoringDataKind.WaterSamples);
        Assert.True(half.FileRejected);
        Assert.Equal((1, "latitude"), (Assert.Single(half.Rejected).Row, half.Rejected[0].Column));
        Assert.Equal(0, db.WaterSamples.Count());
    }

    [Fact]
    public async Task An_xlsx_workbook_is_read_like_a_csv()
    {
        var path = Path.Combine(store.Directory, "air.xlsx");
        using (var doc = SpreadsheetDocument.Create(path, SpreadsheetDocumentType.Workbook))
        {
            var wb = doc.AddWorkbookPart();
            wb.Workbook = new Workbook();
            var strings = wb.AddNewPart<SharedStringTablePart>();
            strings.SharedStringTable = new SharedStringTable(
                new[] { "站点", "时间", "一氧化碳(mg/m3)", "细颗粒物", "S1" }.Select(s => new SharedStringItem(new Text(s))));
            var ws = wb.AddNewPart<WorksheetPart>();
            Cell S(string r, int i) => new() { CellReference = r, DataType = CellValues.SharedString, CellValue = new CellValue(i.ToString()) };
            Cell N(string r, string v) => new() { CellReference = r, CellValue = new CellValue(v) };
            Cell T(string r, string v) => new() { CellReference = r, DataType = CellValues.InlineString, InlineString = new InlineString(new Text(v)) };
            ws.Worksheet = new Worksheet(new SheetData(
                new Row(S("A1", 0), S("B1", 1), S("C1", 2), S("D1", 3)) { RowIndex = 1 },
                new Row(S("A2", 4), T("B2", "2026-01-01 00:00"), N("C2", "0.7"), N("D2", "41")) { RowIndex = 2 },
                // a date-time serial (2026-01-01 01:00) and an empty (absent) PM2.5 cell
                new Row(S("A3", 4), N("B3", "46023.041666666664"), N("C3", "0.8")) { RowIndex = 3 }));
            wb.Workbook.AppendChild(new Sheets(new Sheet { Id = wb.GetIdOfPart(ws), SheetId = 1, Name = "小时数据" }));
        }
        var r = await Import(path);
        Assert.False(r.FileRejected, string.Join("; ", r.Rejected));
        Assert.Equal((2, 2), (r.Rows, r.Stored));
        var rows = db.AirHourlyObservations.OrderBy(o => o.HourStartCst).ToList();
        Assert.Equal((new DateTime(2026, 1, 1, 0, 0, 0), 0.7, (double?)41), (rows[0].HourStartCst, rows[0].Co!.Value, rows[0].Pm25));
        Assert.Equal((new DateTime(2026, 1, 1, 1, 0, 0), 0.8, (double?)null), (rows[1].HourStartCst, rows[1].Co!.Value, rows[1].Pm25));
    }

    [Fact]
    public async Task A_zip_bomb_is_refused()
    {
        var path = Path.Combine(store.Directory, "bomb.xlsx");
        using (var zip = ZipFile.Open(path, ZipArchiveMode.Create))
        using (var s = zip.CreateEntry("xl/worksheets/sheet1.xml", CompressionLevel.SmallestSize).Open())
            s.Write(new byte[20 * 1024 * 1024]);
        var e = await Assert.ThrowsAsync<ApplicationInputException>(() => Import(path));
        Assert.Contains("compression ratio", e.Message);
    }

    [Theory]
    [InlineData("../evil.xml")]
    [InlineData("/etc/evil.xml")]
    public async Task An_xlsx_with_an_entry_outside_the_archive_is_refused(string entry)
    {
        var path = Path.Combine(store.Directory, "path.xlsx");
        using (var zip = ZipFile.Open(path, ZipArchiveMode.Create))
        using (var w = new StreamWriter(zip.CreateEntry(entry).Open()))
            w.Write("<x/>");
        var e = await Assert.ThrowsAsync<ApplicationInputException>(() => Import(path));
        Assert.Contains("unsafe zip entry", e.Message);
        Assert.Equal(0, db.MonitoringImports.Count());
    }

    [Fact]
    public async Task An_xlsx_with_more_than_10000_entries_is_refused()
    {
        var path = Path.Combine(store.Directory, "many.xlsx");
        using (var zip = ZipFile.Open(path, ZipArchiveMode.Create))
            for (var i = 0; i <= 10_000; i++) zip.CreateEntry($"e/{i}.xml");
        var e = await Assert.ThrowsAsync<ApplicationInputException>(() => Import(path));
        Assert.Contains("too many zip entries", e.Message);
    }

    [Fact]
    public async Task Water_keep_good_reports_bad_type_and_date_and_a_section_kind_conflict()
    {
        await Import(Write("w1.csv", "section,date,id,type,pH\nA,2026-01-05,W1,lake,7\n"), MonitoringDataKind.WaterSamples);
        var r = await Import(Write("w2.csv",
            "section,date,id,type,pH\n" +
            "A,2026-01-06,W1,river,7\n" +
            "B,2026-02-30,W1,river,7\n" +
            "B,2026-01-06,W2,sea,7\n" +
            "B,2026-01-06,W3,river,7.2\n"), MonitoringDataKind.WaterSamples, keepGood: true);
        Assert.Equal([(2, "type"), (3, "date"), (4, "type")], r.Rejected.Select(x => (x.Row, x.Column)).ToArray());
        Assert.Equal(1, r.Stored);
        Assert.Equal(["A", "B"], db.WaterSections.OrderBy(s => s.Code).Select(s => s.Code).ToArray());
        Assert.Equal(2, db.WaterSamples.Count());
    }

    // Hardening probes 5–8: bounded refusals, short messages, nothing stored.

    private void AssertNothingStored()
    {
        Assert.Equal(0, db.MonitoringImports.Count());
        Assert.Equal(0, db.MonitoringStations.Count());
        Assert.Equal(0, db.WaterSections.Count());
        Assert.Equal(0, db.AirHourlyObservations.Count());
    }

    [Fact]
    [Trait("Category", "Probe")]
    public async Task A_header_of_thousands_of_columns_is_refused_at_the_column_cap_with_one_short_message()
    {
        var path = Write("wide.csv", "station,time," + string.Concat(Enumerable.Repeat("foo,", 20_000)) + "SO2\nS1,2026-01-01 00:00\n");
        var e = await Assert.ThrowsAsync<ApplicationInputException>(() => Import(path));
        Assert.Contains("row 1, column 257", e.Message);
        Assert.True(e.Message.Length < path.Length + 120, e.Message);
        AssertNothingStored();
    }

    [Trait("Category", "Probe")]
    [Theory]
    [InlineData("{0},2026-01-01 00:00,1,1,1,1,1,1", "row 2, column 1")] // probe 6: a huge station cell
    [InlineData("S1,{0},1,1,1,1,1,1", "row 2, column 2")]             // and a huge time cell
    public async Task A_huge_cell_is_refused_with_a_short_message_and_nothing_stored(string row, string where)
    {
        var path = Write("huge.csv", "station,time,SO2,NO2,CO,O3,PM10,PM2.5\n" + string.Format(row, new string('7', 1_000_000)) + "\n");
        var e = await Assert.ThrowsAsync<ApplicationInputException>(() => Import(path));
        Assert.Contains(where, e.Message);
        Assert.Contains("cell longer than 4096 characters", e.Message);
        Assert.True(e.Message.Length < path.Length + 160, e.Message);
        AssertNothingStored();
    }

    [Fact]
    [Trait("Category", "Probe")]
    public async Task Identifiers_longer_than_64_characters_are_rejected_naming_row_and_column()
    {
        var ok = new string('站', 64);
        var r = await Import(Write("long.csv", "station,time,SO2\n" +
            $"{ok},2026-01-01 00:00,1\n" +
            $"{ok}X,2026-01-01 00:00,1\n"), keepGood: true);
        var bad = Assert.Single(r.Rejected);
        Assert.Equal((3, "station"), (bad.Row, bad.Column));
        Assert.Contains("65 characters long, over 64", bad.Reason);
        Assert.True(bad.Reason.Length < 120, bad.Reason);
        Assert.Equal(ok, db.MonitoringStations.Single().Code);

        var w = await Import(Write("long-w.csv", "section,date,id,type\n" +
            $"{new string('断', 65)},2026-01-05,W1,river\n" +
            $"A,2026-01-05,{new string('W', 65)},river\n"), MonitoringDataKind.WaterSamples);
        Assert.True(w.FileRejected);
        Assert.Equal([(2, "section"), (3, "id")], w.Rejected.Select(x => (x.Row, x.Column)).ToArray());
        Assert.Equal(0, db.WaterSections.Count());
    }

    [Theory]
    [InlineData(MonitoringDataKind.AirHourly, "station,time,SO2\n\"S\u0000\u001b[31mRED\u0007\",2026-01-01 00:00,1\n", "station", "U+0000")]
    [InlineData(MonitoringDataKind.AirHourly, "station,time,SO2\nA\u202EB,2026-01-01 00:00,1\n", "station", "U+202E")]
    [InlineData(MonitoringDataKind.WaterSamples, "section,date,id,type\n断面\u0007,2026-01-05,W1,river\n", "section", "U+0007")]
    [InlineData(MonitoringDataKind.WaterSamples, "section,date,id,type\nA,2026-01-05,W\u200B1,river\n", "id", "U+200B")]
    [Trait("Category", "Probe")]
    public async Task Control_characters_in_identifiers_are_refused_naming_row_and_column(MonitoringDataKind kind, string csv, string column, string code)
    {
        var r = await Import(Write("ctl.csv", csv), kind);
        Assert.True(r.FileRejected);
        var bad = Assert.Single(r.Rejected);
        Assert.Equal((2, column), (bad.Row, bad.Column));
        Assert.Contains("control character " + code, bad.Reason);
        Assert.DoesNotContain(bad.ToString(), c => char.IsControl(c) || c is '\u202E' or '\u200B');
        AssertNothingStored();
    }

    [Fact]
    [Trait("Category", "Probe")]
    public async Task Rejection_reasons_quote_at_most_a_short_prefix_of_the_cell()
    {
        var x = new string('x', 4_000);
        var r = await Import(Write("quote.csv", "station,time,SO2\n" + $"S1,2026-01-01 00:00,{x}\nS1,{x},1\n"), keepGood: true);
        Assert.Equal(2, r.Rejected.Count);
        Assert.All(r.Rejected, b => Assert.Contains(new string('x', 32) + "…", b.Reason));
        Assert.All(r.Rejected, b => Assert.True(b.Reason.Length < 160, b.Reason));
        var w = await Import(Write("quote-w.csv", "section,date,id,type\n" + $"A,2026-01-05,W1,{x}\n"), MonitoringDataKind.WaterSamples);
        Assert.True(Assert.Single(w.Rejected).Reason.Length < 160);
    }

    [Theory]
    [InlineData("CZZZZZ2")] // probe 8: 48 million cells of padding before the fix
    [InlineData("ZZZZZZ2")]
    [Trait("Category", "Probe")]
    public async Task An_xlsx_cell_far_beyond_the_last_column_is_refused_naming_the_cell(string reference)
    {
        var path = Path.Combine(store.Directory, "bomb.xlsx");
        using (var doc = SpreadsheetDocument.Create(path, SpreadsheetDocumentType.Workbook))
        {
            var wb = doc.AddWorkbookPart();
            wb.Workbook = new Workbook();
            var ws = wb.AddNewPart<WorksheetPart>();
            Cell T(string r, string v) => new() { CellReference = r, DataType = CellValues.InlineString, InlineString = new InlineString(new Text(v)) };
            ws.Worksheet = new Worksheet(new SheetData(
                new Row(T("A1", "站点"), T("B1", "时间")) { RowIndex = 1 },
                new Row(T("A2", "S1"), T("B2", "2026-01-01 00:00"), T(reference, "x")) { RowIndex = 2 }));
            wb.Workbook.AppendChild(new Sheets(new Sheet { Id = wb.GetIdOfPart(ws), SheetId = 1, Name = "小时数据" }));
        }
        var e = await Assert.ThrowsAsync<ApplicationInputException>(() => Import(path));
        Assert.Contains($"cell {reference} is beyond Excel's last column XFD", e.Message);
        Assert.Contains("小时数据", e.Message);
        AssertNothingStored();
    }

    /// <summary>Hours of one station: day 2026-03-01 hours 00:00 … (n-1):00, PM2.5 = 10 + hour, O3 = 100 + 5 × hour.</summary>
    private static string Hours(string station, int from, int count) =>
        "station,time,SO2,NO2,CO,O3,PM10,PM2.5\n" + string.Concat(Enumerable.Range(from, count).Select(h =>
            $"{station},2026-03-01 {h:00}:00,5,20,0.5,{100 + 5 * h},50,{10 + h}\n"));

    [Fact]
    public async Task An_import_stores_the_station_days_and_a_later_import_of_more_hours_recomputes_the_day()
    {
        Assert.Equal(19, (await Import(Write("a.csv", Hours("S1", 0, 19)))).Stored);
        var day = db.AirStationDays.AsNoTracking().Single();
        // 19 hours: no 24h mean (GB 3095 Table 4 needs 20), and the hours are counted.
        Assert.Equal(("S1", new DateOnly(2026, 3, 1), 19), (day.StationCode, day.Date, day.Hours));
        Assert.Null(day.Pm25);
        var query = new MonitoringStoreQuery(db);
        Assert.Null((await query.AirDaysAsync()).Single().Series.Daily(new(2026, 3, 1), new(2026, 3, 1),
            Core.Air.AmbientAirLimitTables.Gb3095_2012, Core.Air.LimitGrade.GradeII, Core.Air.AirDataValidity.Gb3095Table4)[0].Pm25);

        // The 20th … 24th hours arrive in a second file: the day is recomputed from all 24 hours.
        Assert.Equal(5, (await Import(Write("b.csv", Hours("S1", 19, 5)))).Stored);
        day = db.AirStationDays.AsNoTracking().Single();
        Assert.Equal(24, day.Hours);
        Assert.Equal(Enumerable.Range(0, 24).Average(h => 10.0 + h), day.Pm25!.Value, 9);
        // O3 rises through the day: the largest 8h mean is the last window (16:00–23:00), 17 windows valid.
        Assert.Equal((Enumerable.Range(16, 8).Average(h => 100.0 + 5 * h), 17), (day.O3LargestEightHourMean!.Value, day.ValidO3EightHourMeans));
        Assert.Equal(100 + 5 * 23, day.O3Max1h);

        // The same day computed from the stored hours by the engine.
        var hours = db.AirHourlyObservations.AsNoTracking().OrderBy(o => o.HourStartCst).AsEnumerable()
            .Select(o => new Core.Air.HourlyObservation(o.HourStartCst, o.So2, o.No2, o.Co, o.O3, o.Pm10, o.Pm25)).ToList();
        var expected = Assert.Single(Core.Air.DailyAirStatistics.StationDays(new(2026, 3, 1), new(2026, 3, 1), hours));
        Assert.Equal(expected, StationDaysOf(day));
    }

    private static Core.Air.StationDay StationDaysOf(AirStationDayEntity e) =>
        new(e.Date, e.So2, e.No2, e.Co, e.Pm10, e.Pm25, e.O3LargestEightHourMean, e.ValidO3EightHourMeans, e.O3Max1h, e.Hours);

    [Fact]
    public async Task A_refused_file_stores_no_station_day_and_a_store_without_days_is_filled_once_from_its_hours()
    {
        var bad = Hours("S1", 0, 3) + "S1,2026-03-01 05:00,5,20,0.5,x,50,10\n";
        Assert.True((await Import(Write("bad.csv", bad))).FileRejected);
        Assert.Empty(db.AirStationDays);

        await Import(Write("a.csv", Hours("S1", 0, 24)));
        await Import(Write("b.csv", Hours("S2", 2, 21)));
        var before = db.AirStationDays.AsNoTracking().OrderBy(d => d.StationCode).AsEnumerable().Select(StationDaysOf).ToList();
        Assert.Equal(2, before.Count);
        // A store made before the table existed: hours, no days.
        db.AirStationDays.ExecuteDelete();
        Assert.Equal(2, StationDays.FillIfMissing(db));
        Assert.Equal(before, db.AirStationDays.AsNoTracking().OrderBy(d => d.StationCode).AsEnumerable().Select(StationDaysOf).ToList());
        Assert.Equal(0, StationDays.FillIfMissing(db));
    }
}

public sealed class MonitoringImportTestsSqlite() : MonitoringImportTests(new TestStore());

public sealed class MonitoringImportTestsPostgreSql(PostgresServer server) : MonitoringImportTests(server.NewStore()), IClassFixture<PostgresServer>;
