using System.Text.RegularExpressions;
using EcoGov.Core.Text;
using EcoGov.Data.Monitoring;
using EcoGov.Ingest.Monitoring;

namespace EcoGov.Application.Monitoring;

/// <summary>One column a monitoring file may carry: its canonical name, accepted header names, and its unit (null = none).</summary>
public sealed record MonitoringColumn(string Name, IReadOnlyList<string> Aliases, string? Unit, bool Required = false);

/// <summary>
/// The header of a monitoring file mapped to canonical columns. Header names are Chinese or English
/// (case-insensitive); a header may state a unit in parentheses — <c>CO(mg/m3)</c>, <c>SO2（μg/m³）</c> —
/// which must be the column's expected unit (³ = 3, µ = μ = u).
/// </summary>
public static partial class MonitoringColumns
{
    private const string Ugm3 = "μg/m3";
    private const string Mgm3 = "mg/m3";
    private const string MgL = "mg/L";

    /// <summary>Hourly air: station, hour, six pollutants (CO in mg/m³, the rest μg/m³).</summary>
    public static readonly IReadOnlyList<MonitoringColumn> AirHourly =
    [
        new("station", ["station", "站点", "站点名称", "监测站点"], null, true),
        new("time", ["time", "时间", "监测时间"], null, true),
        new("SO2", ["SO2", "二氧化硫"], Ugm3),
        new("NO2", ["NO2", "二氧化氮"], Ugm3),
        new("CO", ["CO", "一氧化碳"], Mgm3),
        new("O3", ["O3", "臭氧"], Ugm3),
        new("PM10", ["PM10", "可吸入颗粒物"], Ugm3),
        new("PM2.5", ["PM2.5", "PM25", "细颗粒物"], Ugm3),
    ];

    /// <summary>Water samples: section, date, sample id, water-body type, optional longitude and latitude, then GB 3838-2002 items (mg/L; pH none; FC 个/L).</summary>
    public static readonly IReadOnlyList<MonitoringColumn> WaterSamples =
    [
        new("section", ["section", "断面", "断面名称", "监测断面"], null, true),
        new("date", ["date", "日期", "采样日期"], null, true),
        new("id", ["id", "样品编号", "sample"], null, true),
        new("type", ["type", "类型", "水体类型"], null, true),
        // optional: where the section is (WGS 84 degrees; both or neither), stored with a section that has none yet
        new("longitude", ["longitude", "经度", "lon", "lng"], null),
        new("latitude", ["latitude", "纬度", "lat"], null),
        .. WaterSampleCsvReader.ItemColumns.Select(c => new MonitoringColumn(c, [c],
            c switch { "pH" => null, "FC" => "个/L", _ => MgL })),
    ];

    [GeneratedRegex(@"^(?<name>[^()（）]+?)\s*[(（](?<unit>[^()（）]*)[)）]\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex WithUnit();

    /// <summary>
    /// Canonical name → 0-based index, or the header errors (each naming its column, quoted by <see cref="UserText.Quote"/>).
    /// The reader has already bounded the header to <see cref="MonitoringLimits.MaxColumns"/> columns,
    /// so there are at most that many errors.
    /// </summary>
    public static Dictionary<string, int> Map(IReadOnlyList<string> header, IReadOnlyList<MonitoringColumn> columns, List<MonitoringRejection> errors)
    {
        var map = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < header.Count; i++)
        {
            var text = header[i].Trim();
            if (text.Length == 0) continue;
            string name = text, unit = "";
            var m = WithUnit().Match(text);
            if (m.Success) { name = m.Groups["name"].Value.Trim(); unit = m.Groups["unit"].Value.Trim(); }
            var column = columns.FirstOrDefault(c => c.Aliases.Any(a => string.Equals(a, name, StringComparison.OrdinalIgnoreCase)));
            var quoted = UserText.Quote(text); // a header cell may be up to MonitoringLimits.MaxCellChars long
            if (column is null)
            {
                errors.Add(new(1, quoted, $"未知列“{quoted}” (unknown column; expected {string.Join(", ", columns.Select(c => c.Name))})"));
                continue;
            }
            if (m.Success && !SameUnit(unit, column.Unit))
            {
                errors.Add(new(1, quoted, column.Unit is null
                    ? $"列“{quoted}”不应带单位 (column {column.Name} takes no unit)"
                    : $"列“{quoted}”单位应为 {column.Unit} (unit mismatch: column {column.Name} expects {column.Unit}, got \"{UserText.Quote(unit)}\")"));
                continue;
            }
            if (!map.TryAdd(column.Name, i))
                errors.Add(new(1, quoted, $"列“{quoted}”重复 (duplicate column {column.Name})"));
        }
        foreach (var c in columns.Where(c => c.Required && !map.ContainsKey(c.Name)))
            errors.Add(new(1, c.Name, $"缺少必需列“{c.Aliases[0]}/{c.Aliases[1]}” (missing required column {c.Name})"));
        return map;
    }

    private static bool SameUnit(string given, string? expected) =>
        expected is null ? given.Length == 0 || given is "无量纲" or "-" : Normalize(given) == Normalize(expected);

    private static string Normalize(string unit) => unit.Replace(" ", "", StringComparison.Ordinal)
        .Replace('³', '3').Replace('µ', 'μ').Replace("ug", "μg", StringComparison.OrdinalIgnoreCase)
        .ToLowerInvariant();
}
