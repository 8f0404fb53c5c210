using System.IO.Compression;
using System.Text;
using EcoGov.Ingest.Monitoring;

namespace EcoGov.Ingest.Tests.Monitoring;

/// <summary>
/// The .xlsx reader reads the sheet and the shared strings as streams within <see cref="MonitoringLimits"/>
/// (hardening probe 8, the column bomb, and the row, shared-string and cell bounds). Workbooks are written by hand
/// (System.IO.Compression, XML as text) so they can say what Excel never would.
/// </summary>
public sealed class XlsxLimitsTests : IDisposable
{
    private readonly string dir = Path.Combine(Path.GetTempPath(), "ecogov-xlsx-" + Guid.NewGuid().ToString("N"));

    public XlsxLimitsTests() => Directory.CreateDirectory(dir);

    public void Dispose()
    {
        try { Directory.Delete(dir, recursive: true); } catch (IOException) { }
    }

    private const string Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private const string Header = """<row r="1"><c r="A1" t="inlineStr"><is><t>station</t></is></c><c r="B1" t="inlineStr"><is><t>time</t></is></c></row>""";

    /// <summary>A one-sheet workbook (sheet 小时数据) with the given sheetData content and, if given, shared strings (the &lt;si&gt; items).</summary>
    private string Xlsx(string name, string sheetData, string? sharedItems = null, CompressionLevel level = CompressionLevel.Optimal)
    {
        var path = Path.Combine(dir, name);
        using var zip = ZipFile.Open(path, ZipArchiveMode.Create);
        void Entry(string entry, string xml)
        {
            using var w = new StreamWriter(zip.CreateEntry(entry, level).Open(), new UTF8Encoding(false));
            w.Write(xml);
        }
        Entry("[Content_Types].xml", """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
            <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
            <Default Extension="xml" ContentType="application/xml"/>
            <Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>
            <Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>
            <Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>
            </Types>
            """);
        Entry("_rels/.rels", """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>
            """);
        Entry("xl/workbook.xml", $"""
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <workbook xmlns="{Main}" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="小时数据" sheetId="1" r:id="rId1"/></sheets></workbook>
            """);
        var sharedRel = sharedItems is null ? "" :
            """<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>""";
        Entry("xl/_rels/workbook.xml.rels", $"""
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>{sharedRel}</Relationships>
            """);
        Entry("xl/worksheets/sheet1.xml", $"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="{Main}"><sheetData>{sheetData}</sheetData></worksheet>""");
        if (sharedItems is not null)
            Entry("xl/sharedStrings.xml", $"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?><sst xmlns="{Main}">{sharedItems}</sst>""");
        return path;
    }

    [Trait("Category", "Probe")]
    [Theory]
    [InlineData("IW2", "x", "beyond column 256")]          // one past the cap, with a value
    [InlineData("XFD2", "x", "beyond column 256")]         // Excel's last column, with a value
    [InlineData("XFE2", "", "beyond Excel's last column")] // past XFD, even empty
    [InlineData("CZZZZZ2", "x", "beyond Excel's last column")]   // probe 8: 48 million cells of padding before
    [InlineData("CZZZZZ2", "", "beyond Excel's last column")]
    [InlineData("ZZZZZZ2", "x", "beyond Excel's last column")]   // ~321 million
    [InlineData("ZZZZZZZZZZZZZZZ2", "x", "beyond Excel's last column")] // past int: not a negative column
    public void A_cell_reference_beyond_the_column_bound_is_refused_before_any_padding(string reference, string value, string reason)
    {
        var cell = value.Length == 0 ? $"""<c r="{reference}"/>""" : $"""<c r="{reference}" t="inlineStr"><is><t>{value}</t></is></c>""";
        var path = Xlsx("bomb.xlsx", Header + $"""<row r="2"><c r="A2" t="inlineStr"><is><t>S1</t></is></c>{cell}</row>""");
        Assert.True(new FileInfo(path).Length < 4096); // a file of a few KB
        var before = GC.GetAllocatedBytesForCurrentThread();
        var e = Assert.Throws<MonitoringFileException>(() => MonitoringTableReader.Read(path));
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.StartsWith(path, e.Message);
        Assert.Contains("小时数据", e.Message);
        Assert.Contains($"cell {reference} is {reason}", e.Message);
        Assert.True(allocated < 32_000_000, $"allocated {allocated} bytes"); // padding to CZZZZZ alone would be ≥ 384 MB
    }

    [Theory]
    [Trait("Category", "Probe")]
    [InlineData("""<c r="A2" t="inlineStr"><is><t>S1</t></is></c><c r="C2"><v>1</v></c><c r="B2"><v>2</v></c>""", "B2")] // out of order
    [InlineData("""<c r="A2" t="inlineStr"><is><t>S1</t></is></c><c r="A2"><v>1</v></c>""", "A2")] // repeated
    public void A_cell_left_of_or_on_the_cell_before_it_is_refused_naming_it(string cells, string reference)
    {
        // Review finding: such a cell was appended — B2's value landed in column D, and a row of a million <c r="A2"/>
        // passed the 256-column cap.
        var path = Xlsx("order.xlsx", Header + $"""<row r="2">{cells}</row>""");
        var e = Assert.Throws<MonitoringFileException>(() => MonitoringTableReader.Read(path));
        Assert.Contains($"cell {reference} repeats or precedes", e.Message);
    }

    [Fact]
    [Trait("Category", "Probe")]
    public void A_hundred_thousand_repeated_references_are_refused_at_the_second()
    {
        var path = Xlsx("repeat.xlsx", Header + "<row r=\"2\">" + string.Concat(Enumerable.Repeat("<c r=\"A2\"/>", 100_000)) + "</row>",
            level: CompressionLevel.NoCompression); // stored: within the zip-bomb ratio check, so the reader itself must refuse it
        var e = Assert.Throws<MonitoringFileException>(() => MonitoringTableReader.Read(path));
        Assert.Contains("cell A2 repeats or precedes", e.Message);
    }

    [Fact]
    [Trait("Category", "Probe")]
    public void An_empty_formatted_cell_beyond_the_cap_but_within_xfd_is_ignored()
    {
        var path = Xlsx("formatted.xlsx", Header + """<row r="2"><c r="A2" t="inlineStr"><is><t>S1</t></is></c><c r="B2"><v>46023</v></c><c r="XFD2" s="3"/></row>""");
        var t = MonitoringTableReader.Read(path);
        Assert.Equal(["station", "time"], t.Header);
        Assert.Equal(["S1", "46023"], Assert.Single(t.Rows).Cells);
    }

    [Fact]
    public void Cells_are_read_from_shared_rich_inline_boolean_and_formula_cells_without_references()
    {
        var path = Xlsx("kinds.xlsx",
            """<row r="1"><c t="s"><v>0</v></c><c t="s"><v>1</v></c><c t="inlineStr"><is><r><t>P</t></r><r><t>M10</t></r></is></c><c t="str"><f>"B"</f><v>flag</v></c></row>""" +
            """<row r="3"><c r="A3" t="s"><v>2</v></c><c r="C3"><f>1+1</f><v>2</v></c><c r="D3" t="b"><v>1</v></c></row>""" +
            """<row r="4"/><row r="5"><c r="E5" t="inlineStr"><is><t xml:space="preserve"> </t></is></c></row>""",
            """<si><t>station</t></si><si><r><t>ti</t></r><r><rPr><b/></rPr><t>me</t></r></si><si><t>城区站</t><rPh sb="0" eb="1"><t>ふりがな</t></rPh></si>""");
        var t = MonitoringTableReader.Read(path);
        Assert.Equal(["station", "time", "PM10", "flag"], t.Header);
        var row = Assert.Single(t.Rows);
        Assert.Equal(3, row.Row);
        Assert.Equal(["城区站", "", "2", "TRUE"], row.Cells);
    }

    [Fact]
    [Trait("Category", "Probe")]
    public void A_cell_over_4096_characters_is_refused_naming_the_cell_with_a_short_message()
    {
        var path = Xlsx("long.xlsx", Header + $"""<row r="2"><c r="A2" t="inlineStr"><is><t>{new string('A', 5_000)}</t></is></c></row>""");
        var e = Assert.Throws<MonitoringFileException>(() => MonitoringTableReader.Read(path));
        Assert.Contains("cell A2 longer than 4096 characters", e.Message);
        Assert.True(e.Message.Length < path.Length + 200, e.Message);
    }

    [Fact]
    [Trait("Category", "Probe")]
    public void A_20_million_character_cell_is_refused_without_being_held()
    {
        // Stored, not compressed (a bomb would be refused by the compression ratio first): 20 MB of one cell's text.
        var cell = new string('9', 20_000_000);
        var path = Xlsx("huge.xlsx", Header + $"""<row r="2"><c r="A2" t="inlineStr"><is><t>S1</t></is></c><c r="B2"><v>{cell}</v></c></row>""",
            level: CompressionLevel.NoCompression);
        cell = null;
        var before = GC.GetAllocatedBytesForCurrentThread();
        var e = Assert.Throws<MonitoringFileException>(() => MonitoringTableReader.Read(path));
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.Contains("cell B2 longer than 4096 characters", e.Message);
        Assert.True(allocated < 20_000_000, $"allocated {allocated} bytes"); // the cell as a string alone would be 40 MB
    }

    [Fact]
    [Trait("Category", "Probe")]
    public void A_shared_string_over_4096_characters_is_refused()
    {
        var path = Xlsx("sst.xlsx", """<row r="1"><c t="s"><v>0</v></c><c t="s"><v>1</v></c></row>""",
            $"""<si><t>station</t></si><si><t>{new string('T', 5_000)}</t></si>""");
        var e = Assert.Throws<MonitoringFileException>(() => MonitoringTableReader.Read(path));
        Assert.Contains("shared string 2 longer than 4096 characters", e.Message);
        Assert.True(e.Message.Length < path.Length + 200, e.Message);
    }

    [Fact]
    [Trait("Category", "Probe")]
    public void More_than_two_million_shared_strings_are_refused()
    {
        var items = new StringBuilder("<si><t>station</t></si><si><t>time</t></si>");
        for (var i = 2; i <= MonitoringLimits.MaxSharedStrings; i++) items.Append("<si/>");
        var path = Xlsx("many-strings.xlsx", """<row r="1"><c t="s"><v>0</v></c><c t="s"><v>1</v></c></row>""", items.ToString(), CompressionLevel.NoCompression);
        var e = Assert.Throws<MonitoringFileException>(() => MonitoringTableReader.Read(path));
        Assert.Contains("more than 2,000,000 shared strings", e.Message);
    }

    [Fact]
    [Trait("Category", "Probe")]
    public void A_sheet_of_more_than_a_million_rows_after_the_header_is_refused()
    {
        var rows = new StringBuilder(Header, 6_100_000);
        for (var i = 0; i <= MonitoringLimits.MaxRows; i++) rows.Append("<row/>");
        var path = Xlsx("many-rows.xlsx", rows.ToString(), level: CompressionLevel.NoCompression);
        var e = Assert.Throws<MonitoringFileException>(() => MonitoringTableReader.Read(path));
        Assert.Contains("more than 1,000,000 data rows", e.Message);
    }
}
