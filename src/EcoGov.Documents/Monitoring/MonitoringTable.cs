using System.Globalization;
using System.IO.Compression;
using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace EcoGov.Documents.Monitoring;

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
/// more than 100:1, or names an entry with ".." or a leading "/" is refused before it is opened.
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
        string text;
        try
        {
            using var reader = new StreamReader(path, new UTF8Encoding(false, throwOnInvalidBytes: true), detectEncodingFromByteOrderMarks: true);
            text = reader.ReadToEnd();
        }
        catch (DecoderFallbackException)
        {
            throw new MonitoringFileException($"{path}: 不是有效的 UTF-8 文本 (not valid UTF-8)");
        }
        try
        {
            var records = CsvRecords.Parse(text).ToList();
            if (records.Count == 0) throw new MonitoringFileException($"{path}: 文件为空，缺少表头 (empty file; missing header)");
            return new MonitoringTable(
                records[0].Fields.Select(f => f.Trim()).ToArray(),
                records.Skip(1).Select(r => new MonitoringTableRow(r.Row, r.Fields)).ToList());
        }
        catch (CsvSyntaxException e)
        {
            throw new MonitoringFileException(string.Create(CultureInfo.InvariantCulture,
                $"{path}: 第 {e.Row} 行第 {e.Column} 列：{e.Message} (row {e.Row}, column {e.Column})"));
        }
    }

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
                    throw new MonitoringFileException($"{path}: 压缩包条目路径不安全“{e.FullName}” (unsafe zip entry name)");
                total += e.Length;
                if (total > MaxUncompressedBytes)
                    throw new MonitoringFileException($"{path}: 解压后超过 500 MB (uncompressed size over 500 MB)");
                if (e.Length > 0 && (e.CompressedLength == 0 || (double)e.Length / e.CompressedLength > MaxCompressionRatio))
                    throw new MonitoringFileException($"{path}: 条目“{e.FullName}”压缩比超过 {MaxCompressionRatio}:1 (compression ratio over 100, possible zip bomb)");
            }
        }
        catch (InvalidDataException)
        {
            throw new MonitoringFileException($"{path}: 不是有效的 .xlsx（zip）文件 (not a valid .xlsx/zip file)");
        }
    }

    public static MonitoringTable ReadXlsx(string path)
    {
        CheckZip(path);
        try
        {
            using var doc = SpreadsheetDocument.Open(path, false);
            var wb = doc.WorkbookPart ?? throw new MonitoringFileException($"{path}: 工作簿为空 (no workbook)");
            var sheet = wb.Workbook.Sheets?.Elements<Sheet>().FirstOrDefault()
                ?? throw new MonitoringFileException($"{path}: 没有工作表 (no worksheet)");
            var part = (WorksheetPart)wb.GetPartById(sheet.Id!.Value!);
            var shared = wb.SharedStringTablePart?.SharedStringTable.Elements<SharedStringItem>().Select(s => s.InnerText).ToArray() ?? [];
            var rows = new List<MonitoringTableRow>();
            IReadOnlyList<string>? header = null;
            var data = part.Worksheet.GetFirstChild<SheetData>();
            foreach (var row in data?.Elements<Row>() ?? [])
            {
                var number = (int)(row.RowIndex?.Value ?? (uint)(rows.Count + (header is null ? 1 : 2)));
                var cells = new List<string>();
                var next = 0;
                foreach (var cell in row.Elements<Cell>())
                {
                    var col = cell.CellReference?.Value is { } r ? ColumnIndex(r) : next;
                    while (cells.Count < col) cells.Add("");
                    cells.Add(CellText(cell, shared, path));
                    next = col + 1;
                }
                if (cells.All(c => c.Trim().Length == 0)) continue;
                if (header is null)
                {
                    if (number != 1) throw new MonitoringFileException($"{path}: 表头须在第 1 行 (header must be row 1)");
                    header = cells.Select(c => c.Trim()).ToArray();
                }
                else rows.Add(new MonitoringTableRow(number, cells));
            }
            if (header is null) throw new MonitoringFileException($"{path}: 工作表为空，缺少表头 (empty worksheet; missing header)");
            // Short rows are padded: a missing trailing cell is empty.
            return new MonitoringTable(header, rows.Select(r => r.Cells.Count < header.Count
                ? r with { Cells = r.Cells.Concat(Enumerable.Repeat("", header.Count - r.Cells.Count)).ToArray() } : r).ToList());
        }
        catch (Exception e) when (e is OpenXmlPackageException or InvalidDataException or FileFormatException)
        {
            throw new MonitoringFileException($"{path}: 无法读取 .xlsx (cannot read workbook: {e.Message})");
        }
    }

    private static string CellText(Cell cell, string[] shared, string path)
    {
        var type = cell.DataType?.Value;
        if (type == CellValues.InlineString) return cell.InlineString?.InnerText ?? "";
        var raw = cell.CellValue?.Text ?? "";
        if (type == CellValues.SharedString)
        {
            if (!int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out var i) || i >= shared.Length)
                throw new MonitoringFileException($"{path}: 单元格 {cell.CellReference} 的共享字符串无效 (bad shared string index)");
            return shared[i];
        }
        if (type == CellValues.Boolean) return raw == "1" ? "TRUE" : "FALSE";
        return raw; // numbers are stored in invariant culture; strings (t="str") as text
    }

    /// <summary>0-based column of a cell reference such as "B3" or "AA10".</summary>
    public static int ColumnIndex(string reference)
    {
        var n = 0;
        foreach (var ch in reference)
        {
            if (ch is >= 'A' and <= 'Z') n = n * 26 + (ch - 'A' + 1);
            else if (ch is >= 'a' and <= 'z') n = n * 26 + (ch - 'a' + 1);
            else break;
        }
        return n - 1;
    }
}
