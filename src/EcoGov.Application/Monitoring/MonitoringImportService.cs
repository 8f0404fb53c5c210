using System.Globalization;
using System.Security.Cryptography;
using EcoGov.Core.Air;
using EcoGov.Core.Monitoring;
using EcoGov.Core.Text;
using EcoGov.Core.Water;
using EcoGov.Data;
using EcoGov.Data.Monitoring;
using EcoGov.Ingest.Monitoring;
using Microsoft.Extensions.Logging;

namespace EcoGov.Application.Monitoring;

/// <summary>
/// A monitoring file to import: its path, the kind of data, the jurisdiction code new stations/sections are created in, whether
/// to keep the good rows of a file with bad ones, and whether the time column labels the hour's end.
/// </summary>
public sealed record MonitoringImportRequest(string File, MonitoringDataKind Kind, string Jurisdiction, bool KeepGood = false, bool HourEnding = false);

/// <summary>
/// Imports a monitoring file (CSV or .xlsx, one shared validation) into the monitoring store: the one operation behind
/// `monitoring import`. The file is read with the Ingest readers (<see cref="MonitoringTableReader"/>, bounded), its
/// header mapped to columns (<see cref="MonitoringColumns"/>) and every row checked here; the store
/// (<see cref="MonitoringImporter"/>) receives the parsed rows and writes them in one transaction. An unknown kind or
/// jurisdiction, or a file that cannot be read at all, is refused with an <see cref="ApplicationInputException"/>
/// (no field: the message names the file or the value); a bad header or bad rows are in the result
/// (<see cref="MonitoringImportResult.FileRejected"/> when nothing was written).
/// </summary>
public sealed class MonitoringImportService(EcoGovDbContext db, ILogger<MonitoringImporter>? logger = null)
{
    private readonly MonitoringImporter importer = new(db, logger);

    /// <summary>What an import did as `monitoring import` prints it (JSON and table): at most <see cref="UserText.MaxListedErrors"/> rejections listed, the count of all.</summary>
    public static MonitoringImportReport Report(MonitoringImportResult result) => MonitoringImportReport.From(result);

    /// <summary>Imports the file; <paramref name="progress"/> hears how many hours have been written (air only).</summary>
    public async Task<MonitoringImportResult> ImportAsync(MonitoringImportRequest request, IProgress<ImportProgress>? progress = null, CancellationToken ct = default)
    {
        if (!Enum.IsDefined(request.Kind))
            throw new ApplicationInputException(ErrorCode.InvalidValue, null,
                AppText.UnknownDataKind((int)request.Kind, string.Join(" or ", MonitoringDataKinds.Names)));
        if (!await importer.JurisdictionExistsAsync(request.Jurisdiction, ct))
            throw new ApplicationInputException(ErrorCode.UnknownJurisdiction, null,
                AppText.ReleaseUnknownJurisdiction(request.Jurisdiction));

        MonitoringTable table;
        try { table = MonitoringTableReader.Read(request.File); }
        catch (MonitoringFileException e) { throw new ApplicationInputException(ErrorCode.InvalidValue, null, e.Message); }
        var file = Path.GetFileName(request.File);
        var sha = Sha256(request.File);

        var rejected = new List<MonitoringRejection>();
        var air = request.Kind == MonitoringDataKind.AirHourly;
        var map = MonitoringColumns.Map(table.Header, air ? MonitoringColumns.AirHourly : MonitoringColumns.WaterSamples, rejected);
        if (!air && map.ContainsKey("longitude") != map.ContainsKey("latitude"))
            rejected.Add(new(1, map.ContainsKey("longitude") ? "latitude" : "longitude", map.ContainsKey("longitude")
                ? "有经度列而缺少纬度列 (a longitude column needs a latitude column)" : "有纬度列而缺少经度列 (a latitude column needs a longitude column)"));
        if (rejected.Count > 0)
            return new MonitoringImportResult(null, file, table.Rows.Count, 0, 0, rejected) { FileRejected = true };

        if (air)
            return await importer.ImportAirAsync(new AirHourlyImport(file, sha, table.Rows.Count, AirRows(table, map, request.HourEnding, rejected),
                rejected, request.Jurisdiction, request.KeepGood, table.Header[map["time"]]), progress, ct);
        var coordinates = new Dictionary<string, SectionCoordinates>(StringComparer.Ordinal);
        var rows = WaterRows(table, map, rejected, coordinates);
        var water = new WaterSampleImport(file, sha, table.Rows.Count, rows, rejected, request.Jurisdiction, request.KeepGood,
            table.Header[map["type"]], table.Header[map["id"]])
        {
            Coordinates = coordinates,
        };
        return await importer.ImportWaterAsync(water, ct);
    }

    private static readonly string[] AirPollutants = ["SO2", "NO2", "CO", "O3", "PM10", "PM2.5"];

    /// <summary>The good rows of an hourly air table; each bad row is added to <paramref name="rejected"/> with its column.</summary>
    private static List<AirHourlyImportRow> AirRows(MonitoringTable table, Dictionary<string, int> map, bool hourEnding, List<MonitoringRejection> rejected)
    {
        var good = new List<AirHourlyImportRow>();
        var seen = new Dictionary<(string, DateTime), int>();
        foreach (var r in table.Rows)
        {
            if (!FieldCount(r, table.Header, rejected)) continue;
            var station = r.Cells[map["station"]].Trim();
            if (station.Length == 0) { rejected.Add(new(r.Row, table.Header[map["station"]], "站点为空 (empty station)")); continue; }
            if (MonitoringLimits.IdentifierProblem(station, "站点", "station") is { } stationProblem) { rejected.Add(new(r.Row, table.Header[map["station"]], stationProblem)); continue; }
            var timeCell = DateCell(r.Cells[map["time"]], withTime: true);
            var hour = AirCsvReader.ParseHourStart(timeCell, hourEnding, out var timeError);
            if (hour is null) { rejected.Add(new(r.Row, table.Header[map["time"]], timeError!.Bilingual)); continue; }
            var values = new double?[AirPollutants.Length];
            var ok = true;
            for (var i = 0; i < AirPollutants.Length && ok; i++)
                if (map.TryGetValue(AirPollutants[i], out var index))
                    ok = Value(r, index, table.Header, rejected, out values[i]);
            if (!ok) continue;
            if (seen.TryGetValue((station, hour.Value), out var first))
            {
                rejected.Add(new(r.Row, table.Header[map["time"]], $"站点与时间重复，首见第 {first} 行 (duplicate station and hour, first at row {first})"));
                continue;
            }
            seen[(station, hour.Value)] = r.Row;
            good.Add(new AirHourlyImportRow(r.Row, station,
                new HourlyObservation(hour.Value, values[0], values[1], values[2], values[3], values[4], values[5])));
        }
        return good;
    }

    /// <summary>The good rows of a water-sample table; each bad row is added to <paramref name="rejected"/> with its column.</summary>
    /// <paramref name="coordinates"/> receives each section's longitude and latitude (first row giving them; another row
    /// of the section giving different ones is rejected).
    private static List<WaterSampleImportRow> WaterRows(MonitoringTable table, Dictionary<string, int> map, List<MonitoringRejection> rejected,
        Dictionary<string, SectionCoordinates> coordinates)
    {
        var placedAt = new Dictionary<string, int>(StringComparer.Ordinal);
        var good = new List<WaterSampleImportRow>();
        var seen = new Dictionary<(string, DateOnly, string), int>();
        var items = WaterSampleCsvReader.ItemColumns.Where(map.ContainsKey).ToList();
        foreach (var r in table.Rows)
        {
            if (!FieldCount(r, table.Header, rejected)) continue;
            string Cell(string c) => r.Cells[map[c]].Trim();
            string Head(string c) => table.Header[map[c]];
            if (Cell("section").Length == 0) { rejected.Add(new(r.Row, Head("section"), "断面为空 (empty section)")); continue; }
            if (MonitoringLimits.IdentifierProblem(Cell("section"), "断面", "section") is { } sectionProblem) { rejected.Add(new(r.Row, Head("section"), sectionProblem)); continue; }
            if (Cell("id").Length == 0) { rejected.Add(new(r.Row, Head("id"), "样品编号为空 (empty sample id)")); continue; }
            if (MonitoringLimits.IdentifierProblem(Cell("id"), "样品编号", "sample id") is { } idProblem) { rejected.Add(new(r.Row, Head("id"), idProblem)); continue; }
            var date = AirCsvReader.ParseDate(DateCell(Cell("date"), withTime: false), out var dateError);
            if (date is null) { rejected.Add(new(r.Row, Head("date"), dateError!.Bilingual)); continue; }
            var kind = WaterBodyKinds.Parse(Cell("type"));
            if (kind is null) { rejected.Add(new(r.Row, Head("type"), $"未知类型“{UserText.Quote(Cell("type"))}” (unknown type; expected river|lake|河流|湖库)")); continue; }
            var values = new Dictionary<string, double>(StringComparer.Ordinal);
            var ok = true;
            foreach (var item in items)
            {
                ok = Value(r, map[item], table.Header, rejected, out var v);
                if (!ok) break;
                if (v is not null) values[item] = v.Value;
            }
            if (!ok) continue;
            SectionCoordinates? at = null;
            if (map.ContainsKey("longitude"))
            {
                if (!Coordinates(r.Row, Cell("longitude"), Head("longitude"), Cell("latitude"), Head("latitude"), rejected, out at)) continue;
                if (at is not null && coordinates.TryGetValue(Cell("section"), out var placed) && placed != at)
                {
                    rejected.Add(new(r.Row, Head("longitude"), string.Create(CultureInfo.InvariantCulture,
                        $"断面“{UserText.Quote(Cell("section"))}”的经纬度与第 {placedAt[Cell("section")]} 行的 {placed.Longitude},{placed.Latitude} 不同 (the section's coordinates differ from row {placedAt[Cell("section")]})")));
                    continue;
                }
            }
            var key = (Cell("section"), date.Value, Cell("id"));
            if (seen.TryGetValue(key, out var first))
            {
                rejected.Add(new(r.Row, Head("id"), $"断面、日期与样品编号重复，首见第 {first} 行 (duplicate section, date and sample id, first at row {first})"));
                continue;
            }
            seen[key] = r.Row;
            if (at is not null && coordinates.TryAdd(key.Item1, at)) placedAt[key.Item1] = r.Row;
            good.Add(new WaterSampleImportRow(r.Row, key.Item1, key.Item2, key.Item3, kind.Value, values));
        }
        return good;
    }

    /// <summary>
    /// A row's longitude and latitude: both empty = none (null); one without the other, not a number or outside China
    /// (<see cref="MonitoringLimits.CoordinateProblem"/>) is rejected naming the cell's column.
    /// </summary>
    private static bool Coordinates(int row, string lonText, string lonHead, string latText, string latHead, List<MonitoringRejection> rejected,
        out SectionCoordinates? at)
    {
        at = null;
        if (lonText.Length == 0 && latText.Length == 0) return true;
        if (lonText.Length == 0) { rejected.Add(new(row, lonHead, "有纬度而经度为空 (latitude without longitude)")); return false; }
        if (latText.Length == 0) { rejected.Add(new(row, latHead, "有经度而纬度为空 (longitude without latitude)")); return false; }
        if (MonitoringLimits.CoordinateProblem(lonText, longitude: true, out var lon) is { } lonProblem) { rejected.Add(new(row, lonHead, lonProblem)); return false; }
        if (MonitoringLimits.CoordinateProblem(latText, longitude: false, out var lat) is { } latProblem) { rejected.Add(new(row, latHead, latProblem)); return false; }
        at = new SectionCoordinates(lon, lat);
        return true;
    }

    /// <summary>A row must have the header's number of fields (extra empty trailing cells are tolerated).</summary>
    private static bool FieldCount(MonitoringTableRow r, IReadOnlyList<string> header, List<MonitoringRejection> rejected)
    {
        if (r.Cells.Count < header.Count)
        {
            rejected.Add(new(r.Row, header[r.Cells.Count], string.Create(CultureInfo.InvariantCulture,
                $"字段数 {r.Cells.Count} 少于表头的 {header.Count} 列 (fewer fields than header columns)")));
            return false;
        }
        if (r.Cells.Skip(header.Count).Any(c => c.Trim().Length > 0))
        {
            rejected.Add(new(r.Row, null, string.Create(CultureInfo.InvariantCulture,
                $"字段数 {r.Cells.Count} 多于表头的 {header.Count} 列 (more fields than header columns)")));
            return false;
        }
        return true;
    }

    /// <summary>An empty cell is a missing value; otherwise a finite non-negative number.</summary>
    private static bool Value(MonitoringTableRow r, int index, IReadOnlyList<string> header, List<MonitoringRejection> rejected, out double? value)
    {
        value = null;
        var text = r.Cells[index].Trim();
        if (text.Length == 0) return true;
        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) || !double.IsFinite(v))
        {
            rejected.Add(new(r.Row, header[index], $"无法解析的数值“{UserText.Quote(text)}” (not a number)"));
            return false;
        }
        if (v < 0)
        {
            rejected.Add(new(r.Row, header[index], $"数值为负“{UserText.Quote(text)}” (negative value)"));
            return false;
        }
        value = v;
        return true;
    }

    /// <summary>An .xlsx date/time cell holds an OLE Automation serial number; it is turned into the text form CSV uses.</summary>
    private static string DateCell(string cell, bool withTime)
    {
        var t = cell.Trim();
        if (!double.TryParse(t, NumberStyles.Float, CultureInfo.InvariantCulture, out var serial) || serial < 1 || serial > 2958465) return t;
        var dt = DateTime.FromOADate(serial);
        dt = new DateTime((dt.Ticks + TimeSpan.TicksPerMinute / 2) / TimeSpan.TicksPerMinute * TimeSpan.TicksPerMinute);
        return dt.ToString(withTime ? "yyyy-MM-dd HH:mm" : "yyyy-MM-dd", CultureInfo.InvariantCulture);
    }

    private static string Sha256(string path)
    {
        using var s = File.OpenRead(path);
        return Convert.ToHexStringLower(SHA256.HashData(s));
    }
}
