using System.Globalization;
using System.Text;
using EcoGov.Core.Text;
using EcoGov.Core.Water;

namespace EcoGov.Ingest.Monitoring;

/// <summary>
/// One sample row of a water-sample CSV: only the item values present and not empty are in <see cref="Values"/>.
/// <see cref="Section"/> and <see cref="Date"/> come from the optional <c>section</c> and <c>date</c> columns (null without them).
/// </summary>
public sealed record WaterSampleRow(int Row, string Id, WaterBodyKind Kind, IReadOnlyDictionary<string, double?> Values,
    string? Section = null, DateOnly? Date = null);

/// <summary>Bad water-sample CSV input; the message names the file, and the row and column where there is one.</summary>
public sealed class WaterSampleCsvException(string message) : Exception(message);

/// <summary>
/// Reads surface-water samples from CSV: columns <c>id,type,pH,DO,CODMn,…,FC</c> (header names case-insensitive,
/// any item column may be absent or empty), <c>type</c> river|lake (河流|湖库 also accepted). Optional columns
/// <c>section</c> (断面) and <c>date</c> (采样日期, yyyy-MM-dd) place a sample for section progress; when present
/// they must be filled on every row. Optional columns <c>longitude</c>/<c>latitude</c> (经度/纬度, together) place the section
/// for `monitoring import`; here they are checked as the import checks them and otherwise ignored. UTF-8 with or
/// without BOM, RFC 4180 quoting. Rows are 1-based records, the header is row 1. Read within <see cref="MonitoringLimits"/>:
/// columns and cell length (by the tokenizer), data rows, and ids and sections (length, no control characters).
/// </summary>
public static class WaterSampleCsvReader
{
    /// <summary>Largest file accepted (100 MB).</summary>
    public const long MaxBytes = 100L * 1024 * 1024;

    /// <summary>The item columns in contract order (GB 3838-2002 Table 1 codes).</summary>
    public static readonly IReadOnlyList<string> ItemColumns =
        ["pH", "DO", "CODMn", "COD", "BOD5", "NH3N", "TP", "TN", "Cu", "Zn", "F", "Se", "As", "Hg", "Cd", "Cr6", "Pb", "CN", "VP", "Petro", "LAS", "S2", "FC"];

    public static IReadOnlyList<WaterSampleRow> ReadFile(string path)
    {
        var name = Path.GetFileName(path);
        var info = new FileInfo(path);
        if (!info.Exists) throw new WaterSampleCsvException($"{path}: 文件不存在 (file not found)");
        if (info.Length > MaxBytes)
            throw new WaterSampleCsvException(string.Create(CultureInfo.InvariantCulture,
                $"{path}: 文件超过 100 MB（{info.Length} 字节）(file over 100 MB)"));
        using var stream = info.OpenRead();
        using var reader = new StreamReader(stream, new UTF8Encoding(false, throwOnInvalidBytes: true), detectEncodingFromByteOrderMarks: false);
        try
        {
            return Read(reader, path);
        }
        catch (DecoderFallbackException)
        {
            throw new WaterSampleCsvException($"{path}: 不是有效的 UTF-8 文本 (not valid UTF-8)");
        }
    }

    /// <summary>Reads from text; <paramref name="file"/> names the source in messages. A leading BOM is skipped.</summary>
    public static IReadOnlyList<WaterSampleRow> Read(TextReader reader, string file)
    {
        if (reader.Peek() == '\uFEFF') reader.Read();
        var result = new List<WaterSampleRow>();
        string[] header = [];
        int idCol = -1, typeCol = -1, sectionCol = -1, dateCol = -1, lonCol = -1, latCol = -1;
        var itemCols = new List<(int Index, string Code)>();
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);

        Exception Error(int row, string column, string message) =>
            new WaterSampleCsvException(string.Create(CultureInfo.InvariantCulture, $"{file}: 第 {row} 行，列 {column}：{message} (row {row}, column {column})"));

        try
        {
            bool first = true;
            foreach (var rec in CsvRecords.Read(reader))
            {
                if (first)
                {
                    first = false;
                    header = rec.Fields.Select(f => f.Trim()).ToArray();
                    var seen = new HashSet<string>(StringComparer.Ordinal);
                    for (int i = 0; i < header.Length; i++)
                    {
                        var h = header[i];
                        string code;
                        if (h.Equals("id", StringComparison.OrdinalIgnoreCase)) { code = "id"; idCol = i; }
                        else if (h.Equals("type", StringComparison.OrdinalIgnoreCase)) { code = "type"; typeCol = i; }
                        else if (h.Equals("section", StringComparison.OrdinalIgnoreCase) || h == "断面") { code = "section"; sectionCol = i; }
                        else if (h.Equals("date", StringComparison.OrdinalIgnoreCase) || h == "采样日期") { code = "date"; dateCol = i; }
                        else if (h.Equals("longitude", StringComparison.OrdinalIgnoreCase) || h == "经度") { code = "longitude"; lonCol = i; }
                        else if (h.Equals("latitude", StringComparison.OrdinalIgnoreCase) || h == "纬度") { code = "latitude"; latCol = i; }
                        else
                        {
                            code = ItemColumns.FirstOrDefault(c => c.Equals(h, StringComparison.OrdinalIgnoreCase))
                                ?? throw Error(rec.Row, Col(i, h), $"未知列“{UserText.Quote(h)}” (unknown column; expected id, type, section, date, longitude, latitude, {string.Join(", ", ItemColumns)})");
                            itemCols.Add((i, code));
                        }
                        if (!seen.Add(code)) throw Error(rec.Row, Col(i, h), $"列“{UserText.Quote(h)}”重复 (duplicate column)");
                    }
                    if (idCol < 0) throw Error(rec.Row, "id", "缺少 id 列 (missing id column)");
                    if (typeCol < 0) throw Error(rec.Row, "type", "缺少 type 列 (missing type column)");
                    if ((lonCol < 0) != (latCol < 0))
                        throw Error(rec.Row, lonCol < 0 ? "longitude" : "latitude", "经度与纬度列须同时出现 (longitude and latitude columns go together)");
                    continue;
                }

                if (result.Count == MonitoringLimits.MaxRows)
                    throw Error(rec.Row, Col(0, header.Length > 0 ? header[0] : null), string.Create(CultureInfo.InvariantCulture,
                        $"数据行超过 {MonitoringLimits.MaxRows:N0} 行，请分成几个文件 (more than {MonitoringLimits.MaxRows:N0} data rows; split the file)"));
                var f = rec.Fields;
                if (f.Count > header.Length)
                    throw Error(rec.Row, Col(header.Length, null), string.Create(CultureInfo.InvariantCulture, $"字段数 {f.Count} 多于表头的 {header.Length} 列 (more fields than header columns)"));
                if (f.Count < header.Length)
                    throw Error(rec.Row, Col(f.Count, header[f.Count]), string.Create(CultureInfo.InvariantCulture, $"字段数 {f.Count} 少于表头的 {header.Length} 列 (fewer fields than header columns)"));

                var id = f[idCol].Trim();
                if (id.Length == 0) throw Error(rec.Row, Col(idCol, header[idCol]), "id 为空 (missing id)");
                if (MonitoringLimits.IdentifierProblem(id, "样品编号", "sample id") is { } idProblem) throw Error(rec.Row, Col(idCol, header[idCol]), idProblem);
                if (ids.TryGetValue(id, out var firstRow))
                    throw Error(rec.Row, Col(idCol, header[idCol]), $"id“{UserText.Quote(id)}”重复，首次出现在第 {firstRow} 行 (duplicate id, first at row {firstRow})");
                ids[id] = rec.Row;

                var typeText = f[typeCol].Trim();
                var kind = WaterBodyKinds.Parse(typeText)
                    ?? throw Error(rec.Row, Col(typeCol, header[typeCol]), $"未知类型“{UserText.Quote(typeText)}” (unknown type; expected river|lake|河流|湖库)");

                var values = new Dictionary<string, double?>(StringComparer.Ordinal);
                foreach (var (index, code) in itemCols)
                {
                    var text = f[index].Trim();
                    if (text.Length == 0) continue;
                    if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) || !double.IsFinite(v))
                        throw Error(rec.Row, Col(index, header[index]), $"无法解析的数值“{UserText.Quote(text)}” (not a number)");
                    if (v < 0) throw Error(rec.Row, Col(index, header[index]), $"数值为负“{UserText.Quote(text)}” (negative value)");
                    values[code] = v;
                }
                string? section = null;
                if (sectionCol >= 0)
                {
                    section = f[sectionCol].Trim();
                    if (section.Length == 0) throw Error(rec.Row, Col(sectionCol, header[sectionCol]), "断面为空 (missing section)");
                    if (MonitoringLimits.IdentifierProblem(section, "断面", "section") is { } sectionProblem)
                        throw Error(rec.Row, Col(sectionCol, header[sectionCol]), sectionProblem);
                }
                DateOnly? date = null;
                if (dateCol >= 0)
                {
                    date = AirCsvReader.ParseDate(f[dateCol], out var dateError);
                    if (date is null) throw Error(rec.Row, Col(dateCol, header[dateCol]), dateError?.Bilingual ?? "日期无效 (bad date)");
                }
                if (lonCol >= 0)
                {
                    // where the section is: read by `monitoring import`; here only checked, as the import checks it
                    string lon = f[lonCol].Trim(), lat = f[latCol].Trim();
                    if (lon.Length == 0 && lat.Length > 0) throw Error(rec.Row, Col(lonCol, header[lonCol]), "有纬度而经度为空 (latitude without longitude)");
                    if (lat.Length == 0 && lon.Length > 0) throw Error(rec.Row, Col(latCol, header[latCol]), "有经度而纬度为空 (longitude without latitude)");
                    if (lon.Length > 0 && MonitoringLimits.CoordinateProblem(lon, longitude: true, out _) is { } lonProblem) throw Error(rec.Row, Col(lonCol, header[lonCol]), lonProblem);
                    if (lat.Length > 0 && MonitoringLimits.CoordinateProblem(lat, longitude: false, out _) is { } latProblem) throw Error(rec.Row, Col(latCol, header[latCol]), latProblem);
                }
                result.Add(new WaterSampleRow(rec.Row, id, kind, values, section, date));
            }
            if (first) throw Error(1, "id", "文件为空，缺少表头 (empty file; missing header with id and type columns)");
        }
        catch (CsvSyntaxException e)
        {
            var col = e.Column - 1 < header.Length ? Col(e.Column - 1, header[e.Column - 1]) : Col(e.Column - 1, null);
            throw Error(e.Row, col, e.Message);
        }
        return result;
    }

    private static string Col(int index, string? name)
    {
        var n = (index + 1).ToString(CultureInfo.InvariantCulture);
        return name is null or "" ? $"第 {n} 列" : $"{UserText.Quote(name)}（第 {n} 列）";
    }
}
