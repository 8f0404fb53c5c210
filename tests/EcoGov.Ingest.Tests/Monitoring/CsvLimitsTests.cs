using System.Text;
using EcoGov.Ingest.Monitoring;

namespace EcoGov.Ingest.Tests.Monitoring;

/// <summary>
/// The CSV readers stop at the bounds of <see cref="MonitoringLimits"/> as they read (hardening probes 5–7): a header
/// of a million columns, a 100-million-character cell, a million and one rows, identifiers with control characters.
/// </summary>
public sealed class CsvLimitsTests : IDisposable
{
    private readonly string dir = Path.Combine(Path.GetTempPath(), "ecogov-limits-" + Guid.NewGuid().ToString("N"));

    public CsvLimitsTests() => Directory.CreateDirectory(dir);

    public void Dispose()
    {
        try { Directory.Delete(dir, recursive: true); } catch (IOException) { }
    }

    private string Write(string name, string text)
    {
        var path = Path.Combine(dir, name);
        File.WriteAllText(path, text);
        return path;
    }

    [Fact]
    [Trait("Category", "Probe")]
    public void The_tokenizer_stops_at_the_first_field_past_the_column_cap()
    {
        // Probe 5: a header of 10^6 columns (7.9 MB); the reader must give up at column 257, not read on.
        var text = new RepeatingReader(("SO2,", 1_000_000), ("SO2\n", 1));
        var e = Assert.Throws<CsvSyntaxException>(() => CsvRecords.Read(text).ToList());
        Assert.Equal((1, MonitoringLimits.MaxColumns + 1), (e.Row, e.Column));
        Assert.Contains("more than 256 fields", e.Message);
        Assert.True(text.Consumed < 64 * 1024, $"read {text.Consumed} of {text.Length} characters");
    }

    [Fact]
    [Trait("Category", "Probe")]
    public void A_row_of_exactly_256_fields_and_a_cell_of_exactly_4096_characters_are_read()
    {
        var header = string.Join(",", Enumerable.Range(1, MonitoringLimits.MaxColumns).Select(i => "c" + i));
        var cell = new string('x', MonitoringLimits.MaxCellChars);
        var records = CsvRecords.Parse($"{header}\n{cell},\"{cell[..^1]}\"\"\"\n").ToList();
        Assert.Equal(MonitoringLimits.MaxColumns, records[0].Fields.Count);
        Assert.Equal([cell, cell[..^1] + "\""], records[1].Fields);
    }

    [Trait("Category", "Probe")]
    [Theory]
    [InlineData("", "")]
    [InlineData("\"", "\"")]       // quoted
    [InlineData("\"\"\"", "\"")]   // quoted, beginning with a doubled quote
    public void The_tokenizer_stops_a_100_million_character_cell_at_the_cell_cap(string open, string close)
    {
        // Probe 6: a 100,000,000-character station cell. Read just past 4,096 characters, never held whole.
        var text = new RepeatingReader(("station,time\n", 1), (open, 1), ("A", 100_000_000), (close + ",2026-01-01 00:00\n", 1));
        var before = GC.GetAllocatedBytesForCurrentThread();
        var e = Assert.Throws<CsvSyntaxException>(() => CsvRecords.Read(text).ToList());
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.Equal((2, 1), (e.Row, e.Column));
        Assert.Contains("cell longer than 4096 characters", e.Message);
        Assert.Contains("AAAA…", e.Message);
        Assert.True(e.Message.Length < 120, e.Message);
        Assert.True(text.Consumed < 64 * 1024, $"read {text.Consumed} characters");
        Assert.True(allocated < 1_000_000, $"allocated {allocated} bytes");
    }

    [Fact]
    [Trait("Category", "Probe")]
    public void A_monitoring_csv_with_a_million_columns_is_refused_naming_row_1_column_257()
    {
        var path = Write("wide.csv", "station,time," + string.Concat(Enumerable.Repeat("SO2,", 1_000_000)) + "PM10\n");
        var e = Assert.Throws<MonitoringFileException>(() => MonitoringTableReader.Read(path));
        Assert.StartsWith(path, e.Message);
        Assert.Contains("row 1, column 257", e.Message);
        Assert.True(e.Message.Length < path.Length + 120, e.Message);
    }

    [Fact]
    [Trait("Category", "Probe")]
    public void A_monitoring_csv_with_a_huge_time_cell_is_refused_with_a_short_message()
    {
        var path = Write("time.csv", "station,time,SO2\nS1," + new string('9', 1_000_000) + ",1\n");
        var e = Assert.Throws<MonitoringFileException>(() => MonitoringTableReader.Read(path));
        Assert.Contains("row 2, column 2", e.Message);
        Assert.Contains("4096", e.Message);
        Assert.True(e.Message.Length < path.Length + 120, e.Message);
    }

    [Fact]
    [Trait("Category", "Probe")]
    public void A_monitoring_csv_of_more_than_a_million_data_rows_is_refused()
    {
        var sb = new StringBuilder("station\n", 2_000_020);
        for (var i = 0; i <= MonitoringLimits.MaxRows; i++) sb.Append("S\n");
        var e = Assert.Throws<MonitoringFileException>(() => MonitoringTableReader.Read(Write("long.csv", sb.ToString())));
        Assert.Contains("row 1000002", e.Message);
        Assert.Contains("more than 1,000,000 data rows", e.Message);
    }

    [Fact]
    [Trait("Category", "Probe")]
    public void An_air_csv_with_thousands_of_columns_gives_one_error_not_one_per_column()
    {
        var text = "station,time," + string.Concat(Enumerable.Repeat("foo,", 20_000)) + "SO2\nS1,2026-01-01 00:00\n";
        var r = AirCsvReader.ParseHourly(text, "wide.csv", hourEnding: false);
        var e = Assert.Single(r.Errors);
        Assert.Equal((1, MonitoringLimits.MaxColumns + 1), (e.Row, e.Column));
        Assert.Empty(r.Rows);
    }

    [Fact]
    [Trait("Category", "Probe")]
    public void An_air_csv_of_line_breaks_does_not_reserve_room_for_every_line()
    {
        var text = "station,time,SO2\n" + new string('\n', 10_000_000);
        var before = GC.GetAllocatedBytesForCurrentThread();
        var r = AirCsvReader.ParseHourly(text, "blank.csv", hourEnding: false);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.True(r.Ok);
        Assert.Empty(r.Rows);
        Assert.True(allocated < 100_000_000, $"allocated {allocated} bytes for an empty table"); // was ~440 MB: room for 10 M rows
    }

    [Theory]
    [InlineData("S\u0000\u001b[31mRED\u0007", "U+0000")]
    [InlineData("A\u202EB", "U+202E")]
    [InlineData("站\u200B点", "U+200B")]
    [Trait("Category", "Probe")]
    public void An_air_station_with_a_control_character_is_an_error_naming_it(string station, string code)
    {
        var r = AirCsvReader.ParseHourly($"station,time,SO2\n\"{station}\",2026-01-01 00:00,1\n", "ctl.csv", hourEnding: false);
        var e = Assert.Single(r.Errors);
        Assert.Equal((2, 1, "station"), (e.Row, e.Column, e.ColumnName));
        Assert.Contains(code, e.Message);
        Assert.DoesNotContain(e.ToString(), c => c < ' ' || c is '\u202E' or '\u200B');
    }

    [Fact]
    [Trait("Category", "Probe")]
    public void An_air_station_longer_than_64_characters_is_an_error_and_64_is_fine()
    {
        var ok = new string('站', MonitoringLimits.MaxIdentifierChars);
        var r = AirCsvReader.ParseHourly($"station,time,SO2\n{ok},2026-01-01 00:00,1\n{ok}x,2026-01-01 00:00,1\n", "long.csv", hourEnding: false);
        var e = Assert.Single(r.Errors);
        Assert.Equal((3, "station"), (e.Row, e.ColumnName));
        Assert.Contains("over 64", e.Message);
        Assert.True(e.Message.Length < 160, e.Message);
    }

    [Fact]
    [Trait("Category", "Probe")]
    public void Air_messages_quote_at_most_a_short_prefix_of_a_bad_cell()
    {
        var bad = new string('x', 4_000);
        var r = AirCsvReader.ParseHourly($"station,time,SO2\nS1,{bad},1\nS1,2026-01-01 00:00,{bad}\n", "bad.csv", hourEnding: false);
        Assert.Equal(2, r.Errors.Count);
        Assert.All(r.Errors, e => Assert.True(e.ToString().Length < 200, e.ToString()));
        Assert.All(r.Errors, e => Assert.Contains(new string('x', 32) + "…", e.Message));
    }

    [Theory]
    [InlineData("id,type,section\nW\u00001,river,A\n", "id（第 1 列）", "U+0000")]
    [InlineData("id,type,section\nW1,river,断面\u202E\n", "section（第 3 列）", "U+202E")]
    [Trait("Category", "Probe")]
    public void A_water_id_or_section_with_a_control_character_is_refused(string text, string column, string code)
    {
        var e = Assert.Throws<WaterSampleCsvException>(() => WaterSampleCsvReader.Read(new StringReader(text), "w.csv"));
        Assert.Contains("第 2 行", e.Message);
        Assert.Contains("列 " + column, e.Message);
        Assert.Contains(code, e.Message);
    }

    [Fact]
    [Trait("Category", "Probe")]
    public void Water_messages_quote_at_most_a_short_prefix_and_long_ids_are_refused()
    {
        var bad = new string('x', 4_000);
        var e = Assert.Throws<WaterSampleCsvException>(() => WaterSampleCsvReader.Read(new StringReader($"id,type,COD\nW1,river,{bad}\n"), "w.csv"));
        Assert.True(e.Message.Length < 200, e.Message);
        var id = new string('W', MonitoringLimits.MaxIdentifierChars + 1);
        e = Assert.Throws<WaterSampleCsvException>(() => WaterSampleCsvReader.Read(new StringReader($"id,type\n{id},river\n"), "w.csv"));
        Assert.Contains("over 64", e.Message);
        Assert.True(e.Message.Length < 200, e.Message);
        e = Assert.Throws<WaterSampleCsvException>(() => WaterSampleCsvReader.Read(new StringReader($"id,type\n{new string('W', 5_000)},river\n"), "w.csv"));
        Assert.Contains("4096", e.Message);
        Assert.True(e.Message.Length < 200, e.Message);
    }
}
