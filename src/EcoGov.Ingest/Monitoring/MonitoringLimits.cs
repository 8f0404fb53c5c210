using System.Globalization;
using EcoGov.Core.Text;

namespace EcoGov.Ingest.Monitoring;

/// <summary>
/// Bounds on what a monitoring file may hold, enforced by the readers as they read (so a hostile file is refused
/// after reading just past the bound, not after materialising it), and the rule for identifiers (station, section,
/// sample id). A real monitoring table is far inside every bound: 8 (air) or 27 (water) columns, cells of a few
/// characters, a year of hourly data for 100 stations is 876,000 rows.
/// </summary>
public static class MonitoringLimits
{
    /// <summary>Columns (fields) per row, header included; the reader stops at the first field past it.</summary>
    public const int MaxColumns = 256;

    /// <summary>Characters per cell (CSV field or .xlsx cell/shared string); the reader stops at the first character past it.</summary>
    public const int MaxCellChars = 4_096;

    /// <summary>Data rows per file (the header not counted); an .xlsx sheet may hold at most this many row elements after the header.</summary>
    public const int MaxRows = 1_000_000;

    /// <summary>Excel's own last column, XFD: a cell reference beyond it is not a worksheet cell.</summary>
    public const int MaxExcelColumns = 16_384;

    /// <summary>Shared strings an .xlsx may hold (two per data row: the usual text cells of a row are its station/section and its time or id).</summary>
    public const int MaxSharedStrings = 2 * MaxRows;

    /// <summary>Characters in all shared strings together: as many as a CSV at the 100 MB file limit can hold.</summary>
    public const long MaxSharedStringChars = MonitoringTableReader.MaxFileBytes;

    /// <summary>Characters in an identifier: station code, section code, sample id.</summary>
    public const int MaxIdentifierChars = 64;

    /// <summary>China's extent (WGS 84 degrees), the range a station's or a section's coordinates must fall in.</summary>
    public const double MinLongitude = 73, MaxLongitude = 136, MinLatitude = 3, MaxLatitude = 54;

    /// <summary>
    /// Why a longitude or latitude cell (already trimmed, not empty) cannot be stored, or null when it can: not a
    /// number, or outside China's extent (<see cref="MinLongitude"/>–<see cref="MaxLongitude"/>,
    /// <see cref="MinLatitude"/>–<see cref="MaxLatitude"/>). <paramref name="value"/> is the number when it is one.
    /// </summary>
    public static string? CoordinateProblem(string text, bool longitude, out double value)
    {
        var (zh, en, min, max) = longitude ? ("经度", "longitude", MinLongitude, MaxLongitude) : ("纬度", "latitude", MinLatitude, MaxLatitude);
        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out value) || !double.IsFinite(value))
            return $"{zh}“{UserText.Quote(text)}”不是数值 ({en} is not a number)";
        if (value < min || value > max)
            return string.Create(CultureInfo.InvariantCulture,
                $"{zh} {UserText.Quote(text)} 不在我国范围 {min}–{max} 内（请核对是否把经纬度写反）({en} {UserText.Quote(text)} is outside China's range {min}–{max})");
        return null;
    }

    /// <summary>
    /// Why an identifier (already trimmed) cannot be stored, or null when it can: longer than
    /// <see cref="MaxIdentifierChars"/>, or holding a control character (<see cref="UserText.IsControl"/>: NUL, ESC,
    /// BEL, bidi overrides such as U+202E, zero-width characters). <paramref name="zh"/>/<paramref name="en"/> name the
    /// field, e.g. 站点/station.
    /// </summary>
    public static string? IdentifierProblem(string value, string zh, string en)
    {
        if (value.Length > MaxIdentifierChars)
            return string.Create(CultureInfo.InvariantCulture,
                $"{zh}“{UserText.Quote(value)}”长 {value.Length} 个字符，超过 {MaxIdentifierChars} ({en} is {value.Length} characters long, over {MaxIdentifierChars})");
        for (var i = 0; i < value.Length; i++)
            if (UserText.IsControl(value[i]))
                return string.Create(CultureInfo.InvariantCulture,
                    $"{zh}“{UserText.Quote(value)}”第 {i + 1} 个字符为控制字符 U+{(int)value[i]:X4} ({en} contains control character U+{(int)value[i]:X4} at character {i + 1})");
        return null;
    }
}
