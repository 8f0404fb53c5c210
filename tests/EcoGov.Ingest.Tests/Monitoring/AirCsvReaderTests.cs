using EcoGov.Ingest.Monitoring;

namespace EcoGov.Ingest.Tests.Monitoring;

public class AirCsvReaderTests
{
    private const string DailyHeader = "station,date,SO2,NO2,CO,PM10,PM2.5,O3_1h,O3_8h\n";

    [Fact]
    public void Reads_daily_rows_with_missing_cells_and_absent_columns()
    {
        var r = AirCsvReader.ParseDaily("\uFEFFStation,DATE,so2,PM25,O3_8h\r\nA,2023-01-05,10,,60\r\n\"B, north\",2023/1/6,12.5,80,\r\n", "d.csv");
        Assert.True(r.Ok, string.Join("\n", r.Errors));
        Assert.Equal(2, r.Rows.Count);
        var a = r.Rows[0];
        Assert.Equal(("A", new DateOnly(2023, 1, 5), 10.0, (double?)null, (double?)null, 60.0), (a.Station, a.Date, a.SO2, a.PM25, a.NO2, a.O3Max8h));
        Assert.Equal("B, north", r.Rows[1].Station);
        Assert.Equal(new DateOnly(2023, 1, 6), r.Rows[1].Date);
        Assert.Equal(80, r.Rows[1].PM25);
        Assert.Null(r.Rows[1].O3Max8h);
    }

    [Fact]
    public void Quoted_fields_may_hold_quotes_and_line_breaks()
    {
        var recs = CsvRecords.Parse("a,\"x \"\"y\"\"\",b\n\"line1\nline2\",2,3\nlast,4,5").ToList();
        Assert.Equal(3, recs.Count);
        Assert.Equal(["a", "x \"y\"", "b"], recs[0].Fields);
        Assert.Equal("line1\nline2", recs[1].Fields[0]);
        Assert.Equal(2, recs[1].Row);
        Assert.Equal(3, recs[2].Row); // rows count records, as a spreadsheet shows them: a quoted line break does not start a row
    }

    [Theory]
    [InlineData("station,date,SO2\nA,2023-01-01,abc\n", 2, 3, "SO2", "not a number")]
    [InlineData("station,date,SO2\nA,2023-01-01,1\nA,2023-01-01,-4\n", 3, 3, "SO2", "negative")]
    [InlineData("station,date,PM25\nA,2023-02-30,1\n", 2, 2, "date", "bad date")]
    [InlineData("station,date,PM25\nA,2023-01-01,1\nA,2023-01-01,2\n", 3, 2, "date", "duplicate")]
    [InlineData("station,date,PM25,foo\nA,2023-01-01,1,2\n", 1, 4, "foo", "unknown column")]
    [InlineData("station,day,PM25\nA,2023-01-01,1\n", 1, 2, "day", "unknown column")]
    [InlineData("station,date,PM2.5\nA,2023-01-01\n", 2, 3, "PM2.5", "fields")]
    [InlineData("station,date,PM2.5\nA,\"2023-01-01,1\n", 2, 2, null, "unterminated")]
    public void Bad_daily_input_names_row_and_column(string text, int row, int column, string? name, string message)
    {
        var r = AirCsvReader.ParseDaily(text, "bad.csv");
        Assert.False(r.Ok);
        Assert.Empty(r.Rows);
        var e = r.Errors[0];
        Assert.Equal((row, column, name), (e.Row, e.Column, e.ColumnName));
        Assert.Contains(message, e.Message);
        Assert.Contains("bad.csv", e.ToString());
        Assert.Contains($"row {row}", e.ToString());
    }

    [Fact]
    public void Missing_required_column_is_named()
    {
        var r = AirCsvReader.ParseDaily("date,PM2.5\n2023-01-01,3\n", "m.csv");
        var e = Assert.Single(r.Errors);
        Assert.Equal((1, "station"), (e.Row, e.ColumnName));
        Assert.Contains("missing required column", e.Message);
    }

    [Fact]
    public void Hourly_time_is_the_hour_start_or_with_hour_ending_the_hour_end()
    {
        const string text = "station,time,O3\nA,2023-01-01 01:00,5\nA,2023-01-01 24:00,6\n";
        var ending = AirCsvReader.ParseHourly(text, "h.csv", hourEnding: true);
        Assert.True(ending.Ok, string.Join("\n", ending.Errors));
        Assert.Equal(new DateTime(2023, 1, 1, 0, 0, 0), ending.Rows[0].HourStart);
        Assert.Equal(new DateTime(2023, 1, 1, 23, 0, 0), ending.Rows[1].HourStart);

        var starting = AirCsvReader.ParseHourly(text, "h.csv", hourEnding: false);
        var e = Assert.Single(starting.Errors);
        Assert.Equal((3, 2, "time"), (e.Row, e.Column, e.ColumnName));
        Assert.Contains("--hour-ending", e.Message);
    }

    [Fact]
    public void Hour_ending_24_00_and_next_day_00_00_are_the_same_hour()
    {
        var r = AirCsvReader.ParseHourly("station,time,O3\nA,2023-01-01 24:00,5\nA,2023-01-02 00:00,6\n", "h.csv", hourEnding: true);
        var e = Assert.Single(r.Errors);
        Assert.Equal((3, "time"), (e.Row, e.ColumnName));
        Assert.Contains("duplicate", e.Message);
    }

    [Theory]
    [InlineData("2023-01-01 00:30")]
    [InlineData("2023-01-01")]
    [InlineData("2023-13-01 01:00")]
    [InlineData("2023-01-01 25:00")]
    public void Bad_times_are_rejected(string time)
    {
        var r = AirCsvReader.ParseHourly($"station,time,O3\nA,{time},5\n", "h.csv", hourEnding: false);
        var e = Assert.Single(r.Errors);
        Assert.Equal((2, 2), (e.Row, e.Column));
    }

    [Fact]
    public void Files_that_do_not_exist_or_are_too_large_are_errors()
    {
        var missing = Path.Combine(Path.GetTempPath(), "ecogov-no-such-" + Guid.NewGuid().ToString("N") + ".csv");
        Assert.Contains("does not exist", Assert.Single(AirCsvReader.ReadDaily(missing).Errors).Message);

        var big = Path.Combine(Path.GetTempPath(), "ecogov-big-" + Guid.NewGuid().ToString("N") + ".csv");
        try
        {
            using (var f = File.Create(big)) f.SetLength(AirCsvReader.MaxFileBytes + 1); // sparse
            Assert.Contains("100 MB", Assert.Single(AirCsvReader.ReadDaily(big).Errors).Message);
        }
        finally { File.Delete(big); }
    }

    [Fact]
    public void Reads_a_file_with_bom()
    {
        var path = Path.Combine(Path.GetTempPath(), "ecogov-bom-" + Guid.NewGuid().ToString("N") + ".csv");
        try
        {
            File.WriteAllText(path, DailyHeader + "城区,2023-01-01,1,2,0.3,4,5,6,7\n", new System.Text.UTF8Encoding(true));
            var r = AirCsvReader.ReadDaily(path);
            Assert.True(r.Ok, string.Join("\n", r.Errors));
            Assert.Equal("城区", Assert.Single(r.Rows).Station);
        }
        finally { File.Delete(path); }
    }
}
