using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Serialization;
using EcoGov.Core.Text;
using EcoGov.Core.Water;
using EcoGov.Data.Entities;
using EcoGov.Ingest.Monitoring;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace EcoGov.Data.Monitoring;

/// <summary>A row (header = 1) left out of an import, the column where known (as headed in the file), and why.</summary>
public sealed record MonitoringRejection(int Row, string? Column, string Reason)
{
    public override string ToString() => Column is null
        ? $"第 {Row} 行 (row {Row})：{Reason}"
        : $"第 {Row} 行，列 {Column} (row {Row}, column {Column})：{Reason}";
}

/// <summary>What an import did. <see cref="Import"/> is the import's id (null when nothing was stored).</summary>
public sealed record MonitoringImportResult(int? Import, string File, int Rows, int Stored, int Unchanged, IReadOnlyList<MonitoringRejection> Rejected)
{
    /// <summary>The whole file was refused (reject-file mode with a bad row, or a bad header): nothing was written.</summary>
    [JsonIgnore] public bool FileRejected { get; init; }
}

/// <summary>The import cannot start: unknown kind or jurisdiction, or a file that cannot be read at all.</summary>
public sealed class MonitoringImportException(string message) : Exception(message);

/// <summary>How to import: kind <c>air-hourly</c> or <c>water-samples</c>; stations/sections unknown to the database are created in <paramref name="JurisdictionCode"/>.</summary>
public sealed record MonitoringImportOptions(string Kind, string JurisdictionCode, bool KeepGood = false, bool HourEnding = false);

/// <summary>
/// Imports monitoring files (CSV or .xlsx, one shared validation) into the monitoring store. Every row is
/// validated before anything is written, and the writes happen in one transaction. Default mode rejects
/// the whole file when any row is bad; <see cref="MonitoringImportOptions.KeepGood"/> stores the good rows
/// and reports the bad ones. Idempotent: a file whose SHA-256 was imported before changes nothing, and a
/// row whose natural key — (station, hour) or (section, date, sample id) — is already stored with the same
/// values is counted unchanged; with different values it is rejected as a conflict (never overwritten).
/// </summary>
public sealed class MonitoringImporter(EcoGovDbContext db, ILogger<MonitoringImporter>? logger = null)
{
    public const string AirHourly = "air-hourly";
    public const string WaterSamples = "water-samples";
    private readonly ILogger log = logger ?? NullLogger<MonitoringImporter>.Instance;

    public MonitoringImportResult Import(string path, MonitoringImportOptions options)
    {
        if (options.Kind is not (AirHourly or WaterSamples))
            throw new MonitoringImportException($"未知数据类型“{options.Kind}” (unknown kind; expected {AirHourly} or {WaterSamples})");
        if (!db.Jurisdictions.Any(j => j.Code == options.JurisdictionCode))
            throw new MonitoringImportException($"行政区划代码“{options.JurisdictionCode}”不存在 (unknown jurisdiction code)");

        MonitoringTable table;
        try { table = MonitoringTableReader.Read(path); }
        catch (MonitoringFileException e) { throw new MonitoringImportException(e.Message); }
        var file = Path.GetFileName(path);
        var sha = Sha256(path);

        var rejected = new List<MonitoringRejection>();
        var columns = options.Kind == AirHourly ? MonitoringColumns.AirHourly : MonitoringColumns.WaterSamples;
        var map = MonitoringColumns.Map(table.Header, columns, rejected);
        if (rejected.Count > 0)
            return new MonitoringImportResult(null, file, table.Rows.Count, 0, 0, rejected) { FileRejected = true };

        return options.Kind == AirHourly
            ? ImportAir(table, map, file, sha, options, rejected)
            : ImportWater(table, map, file, sha, options, rejected);
    }

    private sealed record AirRow(int Row, string Station, DateTime Hour, double?[] Values);

    private static readonly string[] AirPollutants = ["SO2", "NO2", "CO", "O3", "PM10", "PM2.5"];

    private MonitoringImportResult ImportAir(MonitoringTable table, Dictionary<string, int> map, string file, string sha,
        MonitoringImportOptions options, List<MonitoringRejection> rejected)
    {
        var good = new List<AirRow>();
        var seen = new Dictionary<(string, DateTime), int>();
        foreach (var r in table.Rows)
        {
            if (!FieldCount(r, table.Header, rejected)) continue;
            var station = r.Cells[map["station"]].Trim();
            if (station.Length == 0) { rejected.Add(new(r.Row, table.Header[map["station"]], "站点为空 (empty station)")); continue; }
            if (MonitoringLimits.IdentifierProblem(station, "站点", "station") is { } stationProblem) { rejected.Add(new(r.Row, table.Header[map["station"]], stationProblem)); continue; }
            var timeCell = DateCell(r.Cells[map["time"]], withTime: true);
            var hour = Ingest.Monitoring.AirCsvReader.ParseHourStart(timeCell, options.HourEnding, out var timeError);
            if (hour is null) { rejected.Add(new(r.Row, table.Header[map["time"]], timeError!)); continue; }
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
            good.Add(new AirRow(r.Row, station, hour.Value, values));
        }
        if (rejected.Count > 0 && !options.KeepGood) return Refused(file, table, rejected);

        // From the duplicate check to the insert, one write transaction: a concurrent import of the same rows waits here.
        using var tx = BeginImportTransaction();
        var known = KnownImport(AirHourly, sha);
        if (known is not null) return new MonitoringImportResult(known, file, table.Rows.Count, 0, good.Count, rejected);

        // Natural keys already stored: same values → unchanged; different values → conflict (rejected).
        var stations = good.Select(g => g.Station).Distinct().ToList();
        var existing = new Dictionary<(string, DateTime), AirHourlyObservationEntity>();
        if (good.Count > 0)
        {
            var from = good.Min(g => g.Hour);
            var to = good.Max(g => g.Hour);
            foreach (var o in db.AirHourlyObservations.AsNoTracking()
                         .Where(o => stations.Contains(o.StationCode) && o.HourStartCst >= from && o.HourStartCst <= to))
                existing[(o.StationCode, o.HourStartCst)] = o;
        }
        var fresh = new List<AirRow>();
        var unchanged = 0;
        foreach (var g in good)
        {
            if (!existing.TryGetValue((g.Station, g.Hour), out var o)) { fresh.Add(g); continue; }
            double?[] stored = [o.So2, o.No2, o.Co, o.O3, o.Pm10, o.Pm25];
            if (stored.SequenceEqual(g.Values)) unchanged++;
            else rejected.Add(new(g.Row, table.Header[map["time"]],
                $"与已存数据（导入 {o.ImportId}）数值不同，未覆盖 (conflicts with the value stored by import {o.ImportId}; not overwritten)"));
        }
        if (rejected.Count > 0 && !options.KeepGood) return Refused(file, table, rejected);
        rejected.Sort((a, b) => a.Row.CompareTo(b.Row));
        if (fresh.Count == 0) return new MonitoringImportResult(null, file, table.Rows.Count, 0, unchanged, rejected);

        var import = RecordImport(file, sha, AirHourly, table.Rows.Count, rejected.Count);
        var knownStations = db.MonitoringStations.Where(s => stations.Contains(s.Code)).Select(s => s.Code).ToHashSet(StringComparer.Ordinal);
        foreach (var s in fresh.Select(f => f.Station).Distinct().Where(s => !knownStations.Contains(s)))
            db.MonitoringStations.Add(new MonitoringStationEntity { Code = s, Name = s, JurisdictionCode = options.JurisdictionCode });
        foreach (var f in fresh)
            db.AirHourlyObservations.Add(new AirHourlyObservationEntity
            {
                StationCode = f.Station,
                HourStartCst = f.Hour,
                ImportId = import.Id,
                So2 = f.Values[0],
                No2 = f.Values[1],
                Co = f.Values[2],
                O3 = f.Values[3],
                Pm10 = f.Values[4],
                Pm25 = f.Values[5],
            });
        db.SaveChanges();
        tx.Commit();
        db.ChangeTracker.Clear();
        log.LogInformation("Monitoring import {Import} {File}: {Stored} stored, {Unchanged} unchanged, {Rejected} rejected",
            import.Id, file, fresh.Count, unchanged, rejected.Count);
        return new MonitoringImportResult(import.Id, file, table.Rows.Count, fresh.Count, unchanged, rejected);
    }

    private sealed record WaterRow(int Row, string Section, DateOnly Date, string SampleId, WaterBodyKind Kind, string ValuesJson);

    private MonitoringImportResult ImportWater(MonitoringTable table, Dictionary<string, int> map, string file, string sha,
        MonitoringImportOptions options, List<MonitoringRejection> rejected)
    {
        var good = new List<WaterRow>();
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
            var date = Ingest.Monitoring.AirCsvReader.ParseDate(DateCell(Cell("date"), withTime: false), out var dateError);
            if (date is null) { rejected.Add(new(r.Row, Head("date"), dateError!)); continue; }
            WaterBodyKind? kind = Cell("type").ToLowerInvariant() switch
            {
                "river" or "河流" => WaterBodyKind.River,
                "lake" or "湖库" => WaterBodyKind.LakeOrReservoir,
                _ => null,
            };
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
            var key = (Cell("section"), date.Value, Cell("id"));
            if (seen.TryGetValue(key, out var first))
            {
                rejected.Add(new(r.Row, Head("id"), $"断面、日期与样品编号重复，首见第 {first} 行 (duplicate section, date and sample id, first at row {first})"));
                continue;
            }
            seen[key] = r.Row;
            good.Add(new WaterRow(r.Row, key.Item1, key.Item2, key.Item3, kind.Value, JsonSerializer.Serialize(values)));
        }

        // From the duplicate check to the insert, one write transaction: a concurrent import of the same rows waits here.
        using var tx = BeginImportTransaction();
        // A section already stored as the other water-body kind is a conflict.
        var sections = good.Select(g => g.Section).Distinct().ToList();
        var knownSections = db.WaterSections.AsNoTracking().Where(s => sections.Contains(s.Code)).ToDictionary(s => s.Code, s => s.Kind, StringComparer.Ordinal);
        foreach (var g in good.Where(g => knownSections.TryGetValue(g.Section, out var k) && k != g.Kind).ToList())
        {
            rejected.Add(new(g.Row, table.Header[map["type"]], $"断面“{UserText.Quote(g.Section)}”已登记为 {knownSections[g.Section]} (section is stored as {knownSections[g.Section]})"));
            good.Remove(g);
        }
        if (rejected.Count > 0 && !options.KeepGood) return Refused(file, table, rejected);

        var known = KnownImport(WaterSamples, sha);
        if (known is not null) return new MonitoringImportResult(known, file, table.Rows.Count, 0, good.Count, rejected);

        var existing = new Dictionary<(string, DateOnly, string), WaterSampleEntity>();
        foreach (var s in db.WaterSamples.AsNoTracking().Where(s => sections.Contains(s.SectionCode)))
            existing[(s.SectionCode, s.SampledOn, s.SampleId)] = s;
        var fresh = new List<WaterRow>();
        var unchanged = 0;
        foreach (var g in good)
        {
            if (!existing.TryGetValue((g.Section, g.Date, g.SampleId), out var s)) { fresh.Add(g); continue; }
            if (s.ValuesJson == g.ValuesJson) unchanged++;
            else rejected.Add(new(g.Row, table.Header[map["id"]],
                $"与已存样品（导入 {s.ImportId}）数值不同，未覆盖 (conflicts with the sample stored by import {s.ImportId}; not overwritten)"));
        }
        if (rejected.Count > 0 && !options.KeepGood) return Refused(file, table, rejected);
        rejected.Sort((a, b) => a.Row.CompareTo(b.Row));
        if (fresh.Count == 0) return new MonitoringImportResult(null, file, table.Rows.Count, 0, unchanged, rejected);

        var import = RecordImport(file, sha, WaterSamples, table.Rows.Count, rejected.Count);
        foreach (var g in fresh.GroupBy(f => f.Section).Where(g => !knownSections.ContainsKey(g.Key)))
            db.WaterSections.Add(new WaterSectionEntity { Code = g.Key, Name = g.Key, JurisdictionCode = options.JurisdictionCode, Kind = g.First().Kind });
        foreach (var f in fresh)
            db.WaterSamples.Add(new WaterSampleEntity
            {
                SectionCode = f.Section,
                SampledOn = f.Date,
                SampleId = f.SampleId,
                ValuesJson = f.ValuesJson,
                ImportId = import.Id,
            });
        db.SaveChanges();
        tx.Commit();
        db.ChangeTracker.Clear();
        log.LogInformation("Monitoring import {Import} {File}: {Stored} stored, {Unchanged} unchanged, {Rejected} rejected",
            import.Id, file, fresh.Count, unchanged, rejected.Count);
        return new MonitoringImportResult(import.Id, file, table.Rows.Count, fresh.Count, unchanged, rejected);
    }

    /// <summary>
    /// The write transaction of an import: on SQLite BEGIN IMMEDIATE (Microsoft.Data.Sqlite's default), which takes the
    /// database's write lock at once, waiting out another writer for up to the busy timeout; on PostgreSQL, where two
    /// READ COMMITTED transactions could both miss each other's rows, a transaction-scoped advisory lock serialises
    /// monitoring imports. A lock still held after the wait is <see cref="DatabaseBusyException"/>, with nothing written.
    /// </summary>
    private Microsoft.EntityFrameworkCore.Storage.IDbContextTransaction BeginImportTransaction()
    {
        var started = System.Diagnostics.Stopwatch.StartNew();
        Microsoft.EntityFrameworkCore.Storage.IDbContextTransaction? tx = null;
        try
        {
            tx = db.Database.BeginTransaction();
            if (db.Database.IsNpgsql())
            {
                // Try, sleep, try again until the busy timeout: a blocking pg_advisory_xact_lock would end at Npgsql's
                // command timeout with a TimeoutException instead of the busy answer.
                if (!LockWait.Until(() => db.Database.SqlQueryRaw<bool>(PostgresImportLock).AsEnumerable().First(),
                        TimeSpan.FromSeconds(EcoGovDatabase.BusyTimeoutSeconds)))
                    throw DatabaseBusyException.Writing(started.Elapsed, new TimeoutException("pg_try_advisory_xact_lock"));
            }
            return tx;
        }
        catch (Exception e) when (e is not DatabaseBusyException && DatabaseBusyException.IsBusy(e))
        {
            tx?.Dispose();
            throw DatabaseBusyException.Writing(started.Elapsed, e);
        }
        catch
        {
            tx?.Dispose();
            throw;
        }
    }

    private const string PostgresImportLock = "SELECT pg_try_advisory_xact_lock(4541837257113153) AS \"Value\"";

    private static MonitoringImportResult Refused(string file, MonitoringTable table, List<MonitoringRejection> rejected)
    {
        rejected.Sort((a, b) => a.Row.CompareTo(b.Row));
        return new MonitoringImportResult(null, file, table.Rows.Count, 0, 0, rejected) { FileRejected = true };
    }

    private int? KnownImport(string kind, string sha) =>
        db.MonitoringImports.AsNoTracking().Where(i => i.Kind == kind && i.Sha256 == sha).OrderBy(i => i.Id).Select(i => (int?)i.Id).FirstOrDefault();

    private MonitoringImportEntity RecordImport(string file, string sha, string kind, int rows, int rejected)
    {
        var import = new MonitoringImportEntity
        {
            FileName = file,
            Sha256 = sha,
            Kind = kind,
            ImportedAtUtc = DateTime.UtcNow,
            Rows = rows,
            RejectedRows = rejected,
        };
        db.MonitoringImports.Add(import);
        db.SaveChanges();
        return import;
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

/// <summary>A monitoring station with how many hours are stored for it.</summary>
public sealed record MonitoringStationSummary(string Code, string Name, string Jurisdiction, int Hours, DateTime? FirstHour, DateTime? LastHour);

/// <summary>Read side of the monitoring store.</summary>
public static class MonitoringQueries
{
    public static IReadOnlyList<MonitoringStationSummary> Stations(EcoGovDbContext db) =>
        db.MonitoringStations.AsNoTracking().OrderBy(s => s.Code)
            .Select(s => new MonitoringStationSummary(s.Code, s.Name, s.JurisdictionCode,
                db.AirHourlyObservations.Count(o => o.StationCode == s.Code),
                db.AirHourlyObservations.Where(o => o.StationCode == s.Code).Min(o => (DateTime?)o.HourStartCst),
                db.AirHourlyObservations.Where(o => o.StationCode == s.Code).Max(o => (DateTime?)o.HourStartCst)))
            .ToList();
}
