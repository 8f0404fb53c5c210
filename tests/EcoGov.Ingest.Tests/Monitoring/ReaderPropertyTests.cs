using System.IO.Compression;
using System.Text;
using EcoGov.Ingest.Monitoring;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace EcoGov.Ingest.Tests.Monitoring;

/// <summary>
/// Property tests of the monitoring file readers (issue "Production", item 8): any bytes — random, a valid file mutated
/// (bytes replaced, inserted, removed), or fragments chosen to hurt (quotes, line breaks, BOMs, GBK text, NUL, formulas,
/// long cells, many columns) — give rows or a typed rejection that names the file (and the row where there is one), never
/// another exception. Inputs are small (≤ a few KB) and the number of cases fixed, with fixed seeds (Replay) so that CI
/// runs the same cases every time: the whole class runs in seconds. Change a seed to explore further.
/// </summary>
[Trait("Category", "Probe")]
public sealed class ReaderPropertyTests : IDisposable
{
    private readonly string dir = Path.Combine(Path.GetTempPath(), "ecogov-ingest-prop-" + Guid.NewGuid().ToString("N"));
    private int files;

    public ReaderPropertyTests() => Directory.CreateDirectory(dir);

    public void Dispose()
    {
        try { Directory.Delete(dir, recursive: true); } catch (IOException) { }
    }

    private const string AirHourly = "station,time,SO2,NO2,CO,O3,PM10,PM2.5\n城区A,2023-01-01 01:00,8,25,0.7,50,80,45\n城区A,2023-01-01 02:00,9,26,0.8,51,81,46\n城区B,2023/1/1 3:00,,27,0.9,52,82,47\n";
    private const string Water = "id,type,section,date,pH,DO,CODMn,NH3N,TP\nW1,river,汾河,2023-01-05,7.2,8.1,3.2,0.4,0.1\nW2,lake,湖,2023-01-06,7.0,6.0,4.0,0.8,0.03\n";

    private static readonly string[] Fragments =
    [
        ",", "\"", "\"\"", "\n", "\r", "\r\n", "\uFEFF", "\0", "\u001b[31m", "\u202E", "=cmd|' /C calc'!A0", "+SUM(A1:A9)", "@HYPERLINK(\"x\")",
        "-2+3", "'; DROP TABLE air_hourly; --", "<script>alert(1)</script>", "station", "time", "SO2", "PM2.5", "date", "sample_id",
        "2023-01-01 01:00", "2023-02-30", "9999-12-31 23:59", "0000-00-00", "NaN", "1e309", "-0", "∞", "１２", "城区", " ",
        new string('A', 5000), string.Concat(Enumerable.Repeat("c,", 300)), "\t",
    ];

    private static readonly byte[][] ByteFragments =
    [
        [0xEF, 0xBB, 0xBF], [0xFF, 0xFE], [0xFE, 0xFF], [0xC3], [0xE4, 0xB8], [0x80], [0xB3, 0xC7, 0xC7, 0xF8], // BOMs, cut UTF-8, GBK 城区
        [0x00], [0x0D], [0x0A], [0x22], [0x2C],
    ];

    private static Gen<byte> AnyByte => Gen.Choose(0, 255).Select(i => (byte)i);

    /// <summary>Random bytes, fragments strung together, or a valid file with a few edits.</summary>
    private static Gen<byte[]> Bytes(string valid) => Gen.OneOf(
        Gen.Choose(0, 400).SelectMany(n => Gen.ArrayOf(AnyByte, n)),
        Gen.Choose(0, 24).SelectMany(n => Gen.ArrayOf(Gen.OneOf(Gen.Elements(Fragments).Select(f => Encoding.UTF8.GetBytes(f)), Gen.Elements(ByteFragments)), n))
            .Select(parts => parts.SelectMany(p => p).ToArray()),
        Gen.Choose(1, 8).SelectMany(n => Gen.ArrayOf(Edit, n)).Select(edits => Apply(Encoding.UTF8.GetBytes(valid), edits)));

    /// <summary>One edit of a file: (kind, relative position, bytes).</summary>
    private static Gen<(int Kind, double At, byte[] Bytes)> Edit =>
        from kind in Gen.Choose(0, 2)
        from at in Gen.Choose(0, 10_000).Select(i => i / 10_000.0)
        from bytes in Gen.OneOf(Gen.Elements(Fragments).Select(f => Encoding.UTF8.GetBytes(f)), Gen.Elements(ByteFragments), Gen.Choose(1, 4).SelectMany(n => Gen.ArrayOf(AnyByte, n)))
        select (kind, at, bytes);

    private static byte[] Apply(byte[] file, (int Kind, double At, byte[] Bytes)[] edits)
    {
        var list = new List<byte>(file);
        foreach (var (kind, at, bytes) in edits)
        {
            var i = (int)(at * list.Count);
            switch (kind)
            {
                case 0: list.InsertRange(i, bytes); break;                                                  // insert
                case 1: list.RemoveRange(i, Math.Min(bytes.Length, list.Count - i)); break;                 // delete
                default: for (var k = 0; k < bytes.Length && i + k < list.Count; k++) list[i + k] = bytes[k]; break; // overwrite
            }
        }
        return [.. list];
    }

    private string Write(string ext, byte[] bytes)
    {
        var path = Path.Combine(dir, $"f{Interlocked.Increment(ref files)}{ext}");
        File.WriteAllBytes(path, bytes);
        return path;
    }

    /// <summary>Runs a reader; true when it returned, or refused with <typeparamref name="TRefusal"/> whose message names the file. Any other exception fails the property.</summary>
    private static bool RowsOrRefusal<TRefusal>(string path, Action read, Func<string, bool>? messageOk = null) where TRefusal : Exception
    {
        try
        {
            read();
            return true;
        }
        catch (TRefusal e)
        {
            return e.Message.Contains(Path.GetFileName(path), StringComparison.Ordinal) && (messageOk?.Invoke(e.Message) ?? true) && e.Message.Length < 2_000;
        }
    }

    [Property(MaxTest = 300, Replay = "(20261205,1013)")]
    public Property The_monitoring_table_reader_gives_rows_or_a_rejection_naming_the_file() => Prop.ForAll(Bytes(AirHourly).ToArbitrary(), bytes =>
    {
        var path = Write(".csv", bytes);
        return RowsOrRefusal<MonitoringFileException>(path, () =>
        {
            var table = MonitoringTableReader.ReadCsv(path);
            Assert.True(table.Header.Count <= MonitoringLimits.MaxColumns);
            Assert.All(table.Rows, r => Assert.True(r.Cells.Count <= MonitoringLimits.MaxColumns && r.Cells.All(c => c.Length <= MonitoringLimits.MaxCellChars)));
        });
    });

    [Property(MaxTest = 300, Replay = "(20261205,1015)")]
    public Property The_air_csv_reader_gives_rows_or_errors_naming_file_and_row() => Prop.ForAll(Bytes(AirHourly).ToArbitrary(), bytes =>
    {
        var path = Write(".csv", bytes);
        var hourly = AirCsvReader.ReadHourly(path, hourEnding: false);
        var daily = AirCsvReader.ReadDaily(path);
        return new[] { hourly.Errors, daily.Errors }.All(errors => errors.All(e => e.File == path && e.Message.Length < 2_000 && (e.Row is null || e.Row >= 1)));
    });

    [Property(MaxTest = 300, Replay = "(20261205,1017)")]
    public Property The_water_sample_reader_gives_rows_or_a_rejection_naming_file_and_row() => Prop.ForAll(Bytes(Water).ToArbitrary(), bytes =>
    {
        var path = Write(".csv", bytes);
        return RowsOrRefusal<WaterSampleCsvException>(path, () => WaterSampleCsvReader.ReadFile(path));
    });

    [Property(MaxTest = 300, Replay = "(20261205,1019)")]
    public Property The_csv_tokenizer_reads_records_or_names_row_and_column() => Prop.ForAll(Bytes(AirHourly).ToArbitrary(), bytes =>
    {
        try
        {
            var records = CsvRecords.Read(new StringReader(Encoding.UTF8.GetString(bytes))).ToList();
            return records.All(r => r.Row >= 1 && r.Fields.Count <= MonitoringLimits.MaxColumns);
        }
        catch (CsvSyntaxException e)
        {
            return e.Row >= 1 && e.Column >= 1;
        }
    });

    /// <summary>A small valid workbook (stored, not deflated, so that edits land in its XML), then edited.</summary>
    private static byte[] Workbook(string cell)
    {
        const string main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
        using var memory = new MemoryStream();
        using (var zip = new ZipArchive(memory, ZipArchiveMode.Create, leaveOpen: true))
        {
            void Entry(string name, string xml)
            {
                using var w = new StreamWriter(zip.CreateEntry(name, CompressionLevel.NoCompression).Open(), new UTF8Encoding(false));
                w.Write(xml);
            }
            Entry("[Content_Types].xml", """<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>""");
            Entry("_rels/.rels", """<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>""");
            Entry("xl/workbook.xml", $"""<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="{main}" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="小时数据" sheetId="1" r:id="rId1"/></sheets></workbook>""");
            Entry("xl/_rels/workbook.xml.rels", """<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>""");
            Entry("xl/worksheets/sheet1.xml", $"""<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="{main}"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>station</t></is></c><c r="B1" t="inlineStr"><is><t>time</t></is></c><c r="C1" t="inlineStr"><is><t>SO2</t></is></c></row><row r="2"><c r="A2" t="inlineStr"><is><t>{System.Security.SecurityElement.Escape(cell)}</t></is></c><c r="B2"><v>44927.5</v></c><c r="C2" t="str"><f>1+1</f><v>8</v></c></row></sheetData></worksheet>""");
        }
        return memory.ToArray();
    }

    private static Gen<byte[]> WorkbookBytes =>
        from cell in Gen.Elements(Fragments.Where(f => !f.Contains('\0') && !f.Contains('\u001b')).ToArray())
        from edits in Gen.Choose(0, 6).SelectMany(n => Gen.ArrayOf(Edit, n))
        select Apply(Workbook(cell), edits);

    [Property(MaxTest = 200, Replay = "(20261205,1021)")]
    public Property The_xlsx_reader_gives_rows_or_a_rejection_naming_the_file() => Prop.ForAll(WorkbookBytes.ToArbitrary(), bytes =>
    {
        var path = Write(".xlsx", bytes);
        return RowsOrRefusal<MonitoringFileException>(path, () =>
        {
            var table = MonitoringTableReader.Read(path);
            Assert.True(table.Header.Count <= MonitoringLimits.MaxColumns);
        });
    });

    [Fact]
    public void The_unedited_inputs_are_read()
    {
        Assert.Equal(3, AirCsvReader.ReadHourly(Write(".csv", Encoding.UTF8.GetBytes(AirHourly)), false).Rows.Count);
        Assert.Equal(2, WaterSampleCsvReader.ReadFile(Write(".csv", Encoding.UTF8.GetBytes(Water))).Count);
        Assert.Single(MonitoringTableReader.Read(Write(".xlsx", Workbook("城区A"))).Rows);
    }
}
