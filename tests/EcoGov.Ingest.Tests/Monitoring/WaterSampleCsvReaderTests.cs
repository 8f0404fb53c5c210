using System.Text;
using EcoGov.Core.Water;
using EcoGov.Ingest.Monitoring;

namespace EcoGov.Ingest.Tests.Monitoring;

public class CsvRecordsTests
{
    private static List<CsvRecord> Read(string text) => CsvRecords.Read(new StringReader(text)).ToList();

    [Fact]
    public void Quoted_fields_hold_commas_quotes_and_line_breaks()
    {
        var r = Read("a,\"b,1\",\"say \"\"hi\"\"\"\r\n\"x\ny\",,\"\"\n");
        Assert.Equal(2, r.Count);
        Assert.Equal(["a", "b,1", "say \"hi\""], r[0].Fields);
        Assert.Equal(["x\ny", "", ""], r[1].Fields);
        Assert.Equal(2, r[1].Row);
    }

    [Fact]
    public void Blank_lines_are_skipped_but_counted_and_the_last_line_needs_no_break()
    {
        var r = Read("h\n\n1\r2");
        Assert.Equal([1, 3, 4], r.Select(x => x.Row));
        Assert.Equal(["2"], r[2].Fields);
    }

    [Theory]
    [InlineData("a,\"b\n", 1, 2)]
    [InlineData("a,\"b\"c\n", 1, 2)]
    [InlineData("a\nb,c\"d\n", 2, 2)]
    public void Bad_quoting_names_row_and_column(string text, int row, int column)
    {
        var e = Assert.Throws<CsvSyntaxException>(() => Read(text));
        Assert.Equal(row, e.Row);
        Assert.Equal(column, e.Column);
    }
}

public class WaterSampleCsvReaderTests
{
    private static IReadOnlyList<WaterSampleRow> Read(string text) => WaterSampleCsvReader.Read(new StringReader(text), "s.csv");

    [Fact]
    public void Headers_are_case_insensitive_and_map_to_table_codes()
    {
        var rows = Read("\uFEFFID,TYPE,ph,codmn,nh3n,cr6,fc\nA,River,7,3,0.5,0.01,100\nB,湖库,,,,,\n");
        Assert.Equal(2, rows.Count);
        Assert.Equal(WaterBodyKind.River, rows[0].Kind);
        Assert.Equal(2, rows[0].Row);
        Assert.Equal(["CODMn", "Cr6", "FC", "NH3N", "pH"], rows[0].Values.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(0.5, rows[0].Values["NH3N"]);
        Assert.Equal(WaterBodyKind.LakeOrReservoir, rows[1].Kind);
        Assert.Empty(rows[1].Values); // empty cells are missing, not zero
    }

    [Fact]
    public void Longitude_and_latitude_columns_are_read_past_and_checked_as_the_import_checks_them()
    {
        var rows = Read("id,type,longitude,latitude,DO\nA,river,112.84,35.52,6\nB,river,,,6\n");
        Assert.Equal(2, rows.Count);
        Assert.Equal(["DO"], rows[0].Values.Keys);
        var e = Assert.Throws<WaterSampleCsvException>(() => Read("id,type,经度,纬度,DO\nA,river,35.52,112.84,6\n"));
        Assert.Contains("s.csv: 第 2 行，列 经度（第 3 列）", e.Message);
        Assert.Contains("不在我国范围 73–136 内", e.Message);
        var half = Assert.Throws<WaterSampleCsvException>(() => Read("id,type,longitude,DO\nA,river,112.84,6\n"));
        Assert.Contains("column latitude", half.Message);
    }

    [Fact]
    public void Numbers_use_the_invariant_culture_and_exponents()
    {
        var v = Read("id,type,Hg,COD\nA,lake,5E-05, 15 \n")[0].Values;
        Assert.Equal(0.00005, v["Hg"]);
        Assert.Equal(15, v["COD"]);
    }

    [Theory]
    [InlineData("", "第 1 行", "id")]
    [InlineData("id,type,COD,cod\n", "第 1 行", "cod（第 4 列）")]
    [InlineData("id,type\nA,river,1\n", "第 2 行", "第 3 列")]
    [InlineData("id,type,COD\nA,river,NaN\n", "第 2 行", "COD（第 3 列）")]
    [InlineData("id,type,COD\nA,river,1,5\n", "第 2 行", "第 4 列")]
    [InlineData("id,type,COD\nA,\"river\"x,1\n", "第 2 行", "type（第 2 列）")]
    public void Bad_input_names_file_row_and_column(string text, string row, string column)
    {
        var e = Assert.Throws<WaterSampleCsvException>(() => Read(text));
        Assert.StartsWith("s.csv: ", e.Message);
        Assert.Contains(row, e.Message);
        Assert.Contains("列 " + column, e.Message);
    }

    [Fact]
    public void Invalid_utf8_is_rejected_naming_the_file()
    {
        var path = Path.Combine(Path.GetTempPath(), "ecogov-bad-" + Guid.NewGuid().ToString("N") + ".csv");
        File.WriteAllBytes(path, [.. Encoding.ASCII.GetBytes("id,type\nA,river\n"), 0xFF, 0xFE, 0x41]);
        try
        {
            var e = Assert.Throws<WaterSampleCsvException>(() => WaterSampleCsvReader.ReadFile(path));
            Assert.Contains(path, e.Message);
            Assert.Contains("UTF-8", e.Message);
        }
        finally { File.Delete(path); }
    }

    [Fact]
    public void File_with_bom_reads_like_one_without()
    {
        var path = Path.Combine(Path.GetTempPath(), "ecogov-bom-" + Guid.NewGuid().ToString("N") + ".csv");
        File.WriteAllText(path, "id,type,COD\nA,河流,20\n", new UTF8Encoding(true));
        try
        {
            var row = Assert.Single(WaterSampleCsvReader.ReadFile(path));
            Assert.Equal("A", row.Id);
            Assert.Equal(20, row.Values["COD"]);
        }
        finally { File.Delete(path); }
    }
}
