using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Xml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using EcoGov.Core.Text;

namespace EcoGov.Ingest.Monitoring;

/// <summary>One data row of a monitoring table: its 1-based row number (the header is row 1) and its cells as text.</summary>
public sealed record MonitoringTableRow(int Row, IReadOnlyList<string> Cells);

/// <summary>A monitoring file read into header + rows, whatever its format (CSV or .xlsx), so validation is shared.</summary>
public sealed record MonitoringTable(IReadOnlyList<string> Header, IReadOnlyList<MonitoringTableRow> Rows);

/// <summary>The whole file cannot be read (missing, too large, not UTF-8, bad CSV syntax, unsafe .xlsx); the message names the file.</summary>
public sealed class MonitoringFileException(string message) : Exception(message);

/// <summary>
/// Reads a monitoring upload into a <see cref="MonitoringTable"/>: CSV (RFC 4180, UTF-8 with or without BOM,
/// via <see cref="CsvRecords"/>) or the first worksheet of an .xlsx workbook (row 1 is the header; shared
/// strings, inline strings, numbers and booleans; a missing cell is empty). Uploads are bounded: 100 MB per
/// file; an .xlsx whose zip would expand past 500 MB, holds more than 10,000 entries, compresses any entry
/// more than 100:1, or names an entry with ".." or a leading "/" is refused before it is opened. Both formats are
/// then read within <see cref="MonitoringLimits"/> (columns, cell length, rows; for .xlsx also shared strings and
/// Excel's last column XFD), and refused as soon as the reader passes one, naming the row and column or cell.
/// </summary>
public static class MonitoringTableReader
{
    public const long MaxFileBytes = 100L * 1024 * 1024;
    public const long MaxUncompressedBytes = 500L * 1024 * 1024;
    public const int MaxZipEntries = 10_000;
    public const double MaxCompressionRatio = 100;

    public static MonitoringTable Read(string path)
    {
        var info = new FileInfo(path);
        if (!info.Exists) throw new MonitoringFileException($"{path}: 文件不存在 (file not found)");
        if (info.Length > MaxFileBytes)
            throw new MonitoringFileException(string.Create(CultureInfo.InvariantCulture,
                $"{path}: 文件超过 100 MB（{info.Length} 字节）(file over 100 MB)"));
        return path.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase) ? ReadXlsx(path) : ReadCsv(path);
    }

    public static MonitoringTable ReadCsv(string path)
    {
        try
        {
            using var reader = new StreamReader(path, new UTF8Encoding(false, throwOnInvalidBytes: true), detectEncodingFromByteOrderMarks: true);
            if (reader.Peek() == '\uFEFF') reader.Read();
            IReadOnlyList<string>? header = null;
            var rows = new List<MonitoringTableRow>();
            foreach (var r in CsvRecords.Read(reader))
            {
                if (header is null) { header = r.Fields.Select(f => f.Trim()).ToArray(); continue; }
                if (rows.Count == MonitoringLimits.MaxRows) throw TooManyRows(path, r.Row);
                rows.Add(new MonitoringTableRow(r.Row, r.Fields));
            }
            if (header is null) throw new MonitoringFileException($"{path}: 文件为空，缺少表头 (empty file; missing header)");
            return new MonitoringTable(header, rows);
        }
        catch (DecoderFallbackException)
        {
            throw new MonitoringFileException($"{path}: 不是有效的 UTF-8 文本 (not valid UTF-8)");
        }
        catch (CsvSyntaxException e)
        {
            throw new MonitoringFileException(string.Create(CultureInfo.InvariantCulture,
                $"{path}: 第 {e.Row} 行第 {e.Column} 列：{e.Message} (row {e.Row}, column {e.Column})"));
        }
    }

    private static MonitoringFileException TooManyRows(string path, int row) => new(string.Create(CultureInfo.InvariantCulture,
        $"{path}: 第 {row} 行：数据行超过 {MonitoringLimits.MaxRows:N0} 行，请分成几个文件导入 (row {row}: more than {MonitoringLimits.MaxRows:N0} data rows; split the file)"));

    /// <summary>Refuses a zip that is a bomb or names entries outside the archive; throws <see cref="MonitoringFileException"/>.</summary>
    public static void CheckZip(string path)
    {
        try
        {
            using var zip = ZipFile.OpenRead(path);
            if (zip.Entries.Count > MaxZipEntries)
                throw new MonitoringFileException($"{path}: 压缩包条目 {zip.Entries.Count} 个，超过 {MaxZipEntries} (too many zip entries)");
            long total = 0;
            foreach (var e in zip.Entries)
            {
                if (e.FullName.Contains("..", StringComparison.Ordinal) || e.FullName.StartsWith('/') || e.FullName.StartsWith('\\'))
                    throw new MonitoringFileException($"{path}: 压缩包条目路径不安全“{UserText.Quote(e.FullName)}” (unsafe zip entry name)");
                total += e.Length;
                if (total > MaxUncompressedBytes)
                    throw new MonitoringFileException($"{path}: 解压后超过 500 MB (uncompressed size over 500 MB)");
                if (e.Length > 0 && (e.CompressedLength == 0 || (double)e.Length / e.CompressedLength > MaxCompressionRatio))
                    throw new MonitoringFileException($"{path}: 条目“{UserText.Quote(e.FullName)}”压缩比超过 {MaxCompressionRatio}:1 (compression ratio over 100, possible zip bomb)");
            }
        }
        catch (InvalidDataException)
        {
            throw new MonitoringFileException($"{path}: 不是有效的 .xlsx（zip）文件 (not a valid .xlsx/zip file)");
        }
    }

    private const string SpreadsheetMain = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    private static readonly XmlReaderSettings XmlSettings = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        CloseInput = true,
    };

    /// <summary>
    /// The first worksheet, read as a stream (never as a whole document): the sheet's XML and the shared strings are
    /// read element by element and cell text chunk by chunk, so every bound in <see cref="MonitoringLimits"/> is
    /// checked before what passes it is held — a cell reference beyond the column cap before any padding, a cell's
    /// text at the first character past <see cref="MonitoringLimits.MaxCellChars"/>, the row and shared-string
    /// counts at the first one past their cap. A cell beyond the column cap that holds nothing (a formatted empty
    /// cell) is ignored; one with a value, or any reference beyond Excel's XFD, refuses the file.
    /// </summary>
    public static MonitoringTable ReadXlsx(string path)
    {
        CheckZip(path);
        try
        {
            using var doc = SpreadsheetDocument.Open(path, false);
            var wb = doc.WorkbookPart ?? throw new MonitoringFileException($"{path}: 工作簿为空 (no workbook)");
            var sheet = wb.Workbook.Sheets?.Elements<Sheet>().FirstOrDefault()
                ?? throw new MonitoringFileException($"{path}: 没有工作表 (no worksheet)");
            var part = sheet.Id?.Value is { } id && wb.GetPartById(id) is WorksheetPart worksheet ? worksheet
                : throw new MonitoringFileException($"{path}: 第一个工作表不是数据表 (the first sheet is not a worksheet)");
            var shared = wb.SharedStringTablePart is { } sst ? ReadSharedStrings(sst, path) : [];
            using var xml = XmlReader.Create(part.GetStream(FileMode.Open, FileAccess.Read), XmlSettings);
            return ReadSheet(xml, shared, path, UserText.Quote(sheet.Name?.Value ?? "1"));
        }
        catch (Exception e) when (IsBrokenPackage(e))
        {
            throw new MonitoringFileException($"{path}: 无法读取 .xlsx (cannot read workbook: {UserText.EscapeControls(e.Message)})");
        }
    }

    /// <summary>
    /// What the packaging and OpenXml libraries throw on a damaged workbook (found by ReaderPropertyTests: a relationship to
    /// a part the package lacks is an InvalidOperationException, a bad relationship id an ArgumentOutOfRangeException).
    /// </summary>
    private static bool IsBrokenPackage(Exception e) => e is OpenXmlPackageException or InvalidDataException or FileFormatException
        or XmlException or ArgumentException or InvalidOperationException or KeyNotFoundException or UriFormatException or IOException;

    /// <summary>
    /// Every worksheet of an .xlsx, in workbook order with its name, each read as <see cref="ReadXlsx"/> reads the first
    /// (zip checked first, header in row 1, every bound of <see cref="MonitoringLimits"/>), but with at most
    /// <paramref name="maxRows"/> data rows per sheet.
    /// </summary>
    public static IReadOnlyList<(string Name, MonitoringTable Table)> ReadXlsxSheets(string path, int maxRows)
    {
        CheckZip(path);
        try
        {
            using var doc = SpreadsheetDocument.Open(path, false);
            var wb = doc.WorkbookPart ?? throw new MonitoringFileException($"{path}: 工作簿为空 (no workbook)");
            var sheets = wb.Workbook.Sheets?.Elements<Sheet>().ToList() ?? [];
            if (sheets.Count == 0) throw new MonitoringFileException($"{path}: 没有工作表 (no worksheet)");
            if (sheets.Count > 64) throw new MonitoringFileException($"{path}: 工作表超过 64 个 (more than 64 worksheets)");
            var shared = wb.SharedStringTablePart is { } sst ? ReadSharedStrings(sst, path) : [];
            var result = new List<(string, MonitoringTable)>();
            foreach (var sheet in sheets)
            {
                var name = sheet.Name?.Value ?? "";
                if (sheet.Id?.Value is not { } id || wb.GetPartById(id) is not WorksheetPart part) continue; // a chart sheet
                using var xml = XmlReader.Create(part.GetStream(FileMode.Open, FileAccess.Read), XmlSettings);
                result.Add((name, ReadSheet(xml, shared, path, UserText.Quote(name), maxRows)));
            }
            return result;
        }
        catch (Exception e) when (IsBrokenPackage(e))
        {
            throw new MonitoringFileException($"{path}: 无法读取 .xlsx (cannot read workbook: {UserText.EscapeControls(e.Message)})");
        }
    }

    private static MonitoringTable ReadSheet(XmlReader xml, string[] shared, string path, string sheet, int maxRows = MonitoringLimits.MaxRows)
    {
        var rows = new List<MonitoringTableRow>();
        IReadOnlyList<string>? header = null;
        var text = new StringBuilder();
        var chunk = new char[4096];
        var rowElements = 0;
        if (xml.ReadToFollowing("sheetData", SpreadsheetMain) && !xml.IsEmptyElement)
        {
            var dataDepth = xml.Depth;
            while (xml.Read() && xml.Depth > dataDepth)
            {
                if (xml.NodeType != XmlNodeType.Element || xml.Depth != dataDepth + 1 || xml.LocalName != "row" || xml.NamespaceURI != SpreadsheetMain)
                    continue;
                if (++rowElements > maxRows + 1)
                    throw new MonitoringFileException(string.Create(CultureInfo.InvariantCulture,
                        $"{path}: 工作表“{sheet}”超过 {maxRows:N0} 个数据行，请分成几个文件导入 (sheet {sheet}: more than {maxRows:N0} data rows; split the file)"));
                var number = int.TryParse(xml.GetAttribute("r"), NumberStyles.None, CultureInfo.InvariantCulture, out var r) && r > 0
                    ? r : rows.Count + (header is null ? 1 : 2);
                var cells = ReadRow(xml, number, shared, path, sheet, text, chunk);
                if (cells.All(c => c.Trim().Length == 0)) continue;
                if (header is null)
                {
                    if (number != 1) throw new MonitoringFileException($"{path}: 表头须在第 1 行 (header must be row 1)");
                    header = cells.Select(c => c.Trim()).ToArray();
                }
                else rows.Add(new MonitoringTableRow(number, cells));
            }
        }
        if (header is null) throw new MonitoringFileException($"{path}: 工作表为空，缺少表头 (empty worksheet; missing header)");
        // Short rows are padded: a missing trailing cell is empty.
        return new MonitoringTable(header, rows.Select(r => r.Cells.Count < header.Count
            ? r with { Cells = r.Cells.Concat(Enumerable.Repeat("", header.Count - r.Cells.Count)).ToArray() } : r).ToList());
    }

    /// <summary>The cells of the row element the reader is on (a missing cell is empty); leaves the reader on the row's end.</summary>
    private static List<string> ReadRow(XmlReader xml, int row, string[] shared, string path, string sheet, StringBuilder text, char[] chunk)
    {
        var cells = new List<string>();
        if (xml.IsEmptyElement) return cells;
        var rowDepth = xml.Depth;
        var next = 0;
        while (xml.Read() && xml.Depth > rowDepth)
        {
            if (xml.NodeType != XmlNodeType.Element || xml.Depth != rowDepth + 1 || xml.LocalName != "c" || xml.NamespaceURI != SpreadsheetMain)
                continue;
            var reference = xml.GetAttribute("r");
            var col = reference is null ? next : ColumnIndex(reference);
            if (col < 0) col = next; // a reference without column letters: the next cell, as before
            var where = reference ?? ColumnName(col) + row.ToString(CultureInfo.InvariantCulture);
            // Checked on the reference, before the cell's text is read or the row padded up to it.
            if (col >= MonitoringLimits.MaxExcelColumns)
                throw new MonitoringFileException(string.Create(CultureInfo.InvariantCulture,
                    $"{path}: 工作表“{sheet}”单元格 {UserText.Quote(where)} 超出 Excel 的最大列 XFD（{MonitoringLimits.MaxExcelColumns} 列）(cell {UserText.Quote(where)} is beyond Excel's last column XFD)"));
            var value = CellText(xml, shared, path, sheet, where, text, chunk);
            if (col >= MonitoringLimits.MaxColumns)
            {
                if (value.Length == 0) continue; // a formatted empty cell far right: nothing to pad for
                throw new MonitoringFileException(string.Create(CultureInfo.InvariantCulture,
                    $"{path}: 工作表“{sheet}”单元格 {UserText.Quote(where)} 超出第 {MonitoringLimits.MaxColumns} 列（{ColumnName(MonitoringLimits.MaxColumns - 1)}）(cell {UserText.Quote(where)} is beyond column {MonitoringLimits.MaxColumns}, {ColumnName(MonitoringLimits.MaxColumns - 1)})"));
            }
            // A cell must lie right of the one before it: a repeated or out-of-order reference would otherwise be appended
            // (past the column cap, or into the wrong column).
            if (col < cells.Count)
                throw new MonitoringFileException(string.Create(CultureInfo.InvariantCulture,
                    $"{path}: 工作表“{sheet}”单元格 {UserText.Quote(where)} 重复或不在前一单元格右侧 (cell {UserText.Quote(where)} repeats or precedes the cell before it in its row)"));
            while (cells.Count < col) cells.Add("");
            cells.Add(value);
            next = col + 1;
        }
        return cells;
    }

    /// <summary>The text of the cell element the reader is on; leaves the reader on the cell's end.</summary>
    private static string CellText(XmlReader xml, string[] shared, string path, string sheet, string where, StringBuilder text, char[] chunk)
    {
        var type = xml.GetAttribute("t");
        text.Clear();
        if (xml.IsEmptyElement) return "";
        var cellDepth = xml.Depth;
        var phonetic = -1; // depth of an rPh (phonetic guide) element being skipped
        while (xml.Read() && xml.Depth > cellDepth)
        {
            if (xml.NodeType == XmlNodeType.EndElement && xml.Depth == phonetic) { phonetic = -1; continue; }
            if (xml.NodeType != XmlNodeType.Element || phonetic >= 0 || xml.NamespaceURI != SpreadsheetMain) continue;
            if (xml.LocalName == "rPh" && !xml.IsEmptyElement) phonetic = xml.Depth;
            else if (type == "inlineStr" ? xml.LocalName == "t" : xml.LocalName == "v" && xml.Depth == cellDepth + 1)
            {
                if (!AppendText(xml, text, chunk, MonitoringLimits.MaxCellChars))
                    throw new MonitoringFileException(string.Create(CultureInfo.InvariantCulture,
                        $"{path}: 工作表“{sheet}”单元格 {UserText.Quote(where)}：内容“{UserText.Quote(text.ToString(0, Math.Min(text.Length, UserText.MaxQuotedChars)), int.MaxValue)}”超过 {MonitoringLimits.MaxCellChars} 个字符 (cell {UserText.Quote(where)} longer than {MonitoringLimits.MaxCellChars} characters)"));
            }
        }
        if (type == "s")
        {
            var raw = text.ToString();
            if (!int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out var i) || i >= shared.Length)
                throw new MonitoringFileException($"{path}: 工作表“{sheet}”单元格 {UserText.Quote(where)} 的共享字符串无效 (bad shared string index)");
            return shared[i];
        }
        if (type == "b") return text.Length == 1 && text[0] == '1' ? "TRUE" : "FALSE";
        return text.ToString(); // numbers are stored in invariant culture; strings (t="str") as text
    }

    /// <summary>
    /// Appends the text content of the element the reader is on, chunk by chunk, and leaves the reader on its end;
    /// false (having read no further) as soon as <paramref name="text"/> would pass <paramref name="max"/> characters.
    /// </summary>
    private static bool AppendText(XmlReader xml, StringBuilder text, char[] chunk, long max)
    {
        if (xml.IsEmptyElement) return true;
        var depth = xml.Depth;
        while (xml.Read() && xml.Depth > depth)
        {
            if (xml.NodeType is not (XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace)) continue;
            if (!xml.CanReadValueChunk)
            {
                var value = xml.Value;
                if (text.Length + value.Length > max) return false;
                text.Append(value);
                continue;
            }
            int n;
            while ((n = xml.ReadValueChunk(chunk, 0, chunk.Length)) > 0)
            {
                if (text.Length + n > max) return false;
                text.Append(chunk, 0, n);
            }
        }
        return true;
    }

    /// <summary>The shared-string table, read as a stream and bounded in count, in each string's length and in total characters.</summary>
    private static string[] ReadSharedStrings(SharedStringTablePart part, string path)
    {
        var strings = new List<string>();
        var text = new StringBuilder();
        var chunk = new char[4096];
        long total = 0;
        using var xml = XmlReader.Create(part.GetStream(FileMode.Open, FileAccess.Read), XmlSettings);
        if (!xml.ReadToFollowing("sst", SpreadsheetMain) || xml.IsEmptyElement) return [];
        var sstDepth = xml.Depth;
        while (xml.Read() && xml.Depth > sstDepth)
        {
            if (xml.NodeType != XmlNodeType.Element || xml.Depth != sstDepth + 1 || xml.LocalName != "si" || xml.NamespaceURI != SpreadsheetMain) continue;
            var index = strings.Count;
            if (index == MonitoringLimits.MaxSharedStrings)
                throw new MonitoringFileException(string.Create(CultureInfo.InvariantCulture,
                    $"{path}: 共享字符串超过 {MonitoringLimits.MaxSharedStrings:N0} 个 (more than {MonitoringLimits.MaxSharedStrings:N0} shared strings)"));
            text.Clear();
            if (!xml.IsEmptyElement)
            {
                var itemDepth = xml.Depth;
                var phonetic = -1;
                while (xml.Read() && xml.Depth > itemDepth)
                {
                    if (xml.NodeType == XmlNodeType.EndElement && xml.Depth == phonetic) { phonetic = -1; continue; }
                    if (xml.NodeType != XmlNodeType.Element || phonetic >= 0 || xml.NamespaceURI != SpreadsheetMain) continue;
                    if (xml.LocalName == "rPh" && !xml.IsEmptyElement) phonetic = xml.Depth;
                    else if (xml.LocalName == "t" && !AppendText(xml, text, chunk, MonitoringLimits.MaxCellChars))
                        throw new MonitoringFileException(string.Create(CultureInfo.InvariantCulture,
                            $"{path}: 第 {index + 1} 个共享字符串“{UserText.Quote(text.ToString(0, Math.Min(text.Length, UserText.MaxQuotedChars)), int.MaxValue)}”超过 {MonitoringLimits.MaxCellChars} 个字符 (shared string {index + 1} longer than {MonitoringLimits.MaxCellChars} characters)"));
                }
            }
            total += text.Length;
            if (total > MonitoringLimits.MaxSharedStringChars)
                throw new MonitoringFileException(string.Create(CultureInfo.InvariantCulture,
                    $"{path}: 共享字符串合计超过 {MonitoringLimits.MaxSharedStringChars:N0} 个字符 (shared strings over {MonitoringLimits.MaxSharedStringChars:N0} characters in all)"));
            strings.Add(text.ToString());
        }
        return [.. strings];
    }

    /// <summary>
    /// 0-based column of a cell reference such as "B3" or "AA10" (−1 without letters). Saturates at
    /// <see cref="int.MaxValue"/> rather than overflow: "ZZZZZZZZZZZZZZ1" is far beyond any bound, not a negative column.
    /// </summary>
    public static int ColumnIndex(string reference)
    {
        long n = 0;
        foreach (var ch in reference)
        {
            if (ch is >= 'A' and <= 'Z') n = n * 26 + (ch - 'A' + 1);
            else if (ch is >= 'a' and <= 'z') n = n * 26 + (ch - 'a' + 1);
            else break;
            if (n > int.MaxValue) return int.MaxValue;
        }
        return (int)(n - 1);
    }

    /// <summary>Column letters of a 0-based column: 0 → A, 255 → IV, 16383 → XFD.</summary>
    public static string ColumnName(int index)
    {
        var letters = new StringBuilder();
        for (var n = (long)index + 1; n > 0; n = (n - 1) / 26) letters.Insert(0, (char)('A' + (int)((n - 1) % 26)));
        return letters.ToString();
    }
}
