using System.Text.Json;
using System.Text.Json.Serialization;
using EcoGov.Core.Air;
using EcoGov.Core.Monitoring;
using EcoGov.Core.Text;
using EcoGov.Core.Water;
using EcoGov.Data.Entities;
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

/// <summary>One good row of an hourly air file: its row (header = 1), the station as written and the hour's values.</summary>
public sealed record AirHourlyImportRow(int Row, string Station, HourlyObservation Hour);

/// <summary>
/// One good row of a water-sample file: its row (header = 1), section, sampling date, sample id, water-body kind, and the
/// item values present (GB 3838-2002 item → value, in the file's column order).
/// </summary>
public sealed record WaterSampleImportRow(int Row, string Section, DateOnly Date, string SampleId, WaterBodyKind Kind, IReadOnlyDictionary<string, double> Values);

/// <summary>
/// A monitoring file as the store receives it, already read and checked row by row (by
/// <c>EcoGov.Application.Monitoring.MonitoringImportService</c>): its name and SHA-256, how many data rows it has, the
/// good rows and the rows rejected so far; stations/sections unknown to the database are created in
/// <paramref name="JurisdictionCode"/>; <paramref name="KeepGood"/> stores the good rows despite rejected ones.
/// <paramref name="TimeColumn"/> is the time column as headed in the file (a conflict with stored data is reported there).
/// </summary>
public sealed record AirHourlyImport(string File, string Sha256, int Rows, IReadOnlyList<AirHourlyImportRow> Good,
    IReadOnlyList<MonitoringRejection> Rejected, string JurisdictionCode, bool KeepGood, string TimeColumn)
{
    /// <summary>
    /// The station master as the file gives it, by code (a national release's positionname, area, longitude, latitude):
    /// a new station takes it (a station not listed is named by its code); a known one gets the city and coordinates it lacks.
    /// </summary>
    public IReadOnlyDictionary<string, StationDetails>? Stations { get; init; }
}

/// <summary>What a monitoring file says about a station: name, city, WGS 84 longitude and latitude (each may be absent).</summary>
public sealed record StationDetails(string? Name, string? City, double? Longitude, double? Latitude);

/// <summary>
/// As <see cref="AirHourlyImport"/> for water samples; <paramref name="TypeColumn"/> and <paramref name="IdColumn"/> are the
/// columns as headed in the file where a section stored as the other kind and a sample stored with other values are reported.
/// </summary>
public sealed record WaterSampleImport(string File, string Sha256, int Rows, IReadOnlyList<WaterSampleImportRow> Good,
    IReadOnlyList<MonitoringRejection> Rejected, string JurisdictionCode, bool KeepGood, string TypeColumn, string IdColumn)
{
    /// <summary>
    /// The sections' WGS 84 longitude and latitude as the file gives them, by section code: a new section takes them; a
    /// known one without coordinates gets them (coordinates already stored are kept).
    /// </summary>
    public IReadOnlyDictionary<string, SectionCoordinates>? Coordinates { get; init; }
}

/// <summary>Where a water section is: WGS 84 / CGCS2000 longitude and latitude.</summary>
public sealed record SectionCoordinates(double Longitude, double Latitude);

/// <summary>
/// Stores monitoring rows that were read and checked before (the file reading and the row checks are
/// <c>EcoGov.Application.Monitoring.MonitoringImportService</c>'s). The writes happen in one transaction. Without
/// <c>KeepGood</c> the whole file is refused when any row is bad; with it the good rows are stored and the bad ones
/// reported. Idempotent: a file whose SHA-256 was imported before changes nothing, and a row whose natural key —
/// (station, hour) or (section, date, sample id) — is already stored with the same values is counted unchanged; with
/// different values it is rejected as a conflict (never overwritten).
/// </summary>
public sealed class MonitoringImporter(EcoGovDbContext db, ILogger<MonitoringImporter>? logger = null, TimeProvider? clock = null)
{
    private readonly ILogger log = logger ?? NullLogger<MonitoringImporter>.Instance;

    /// <summary>Whether the jurisdiction code exists (new stations and sections are created in it).</summary>
    public Task<bool> JurisdictionExistsAsync(string code, CancellationToken ct = default) => db.Jurisdictions.AnyAsync(j => j.Code == code, ct);

    /// <summary>
    /// Stores the new hours (bulk: COPY on PostgreSQL, a prepared insert on SQLite) and recomputes the station days
    /// (<see cref="StationDays"/>) they fall on, in the same transaction; <paramref name="progress"/> hears of the hours written.
    /// </summary>
    public async Task<MonitoringImportResult> ImportAirAsync(AirHourlyImport import, IProgress<ImportProgress>? progress = null, CancellationToken ct = default)
    {
        var (file, sha, rows) = (import.File, import.Sha256, import.Rows);
        var good = import.Good;
        var rejected = import.Rejected.ToList();
        if (rejected.Count > 0 && !import.KeepGood) return Refused(file, rows, rejected);

        // From the duplicate check to the insert, one write transaction: a concurrent import of the same rows waits here.
        await using var tx = await BeginImportTransactionAsync(ct);
        var known = await KnownImportAsync(MonitoringDataKind.AirHourly, sha, ct);
        if (known is not null) return new MonitoringImportResult(known, file, rows, 0, good.Count, rejected);

        // Natural keys already stored: same values → unchanged; different values → conflict (rejected).
        var stations = good.Select(g => g.Station).Distinct().ToList();
        // Whole days: the station days the import touches are recomputed from all their hours, stored and new.
        var existing = new Dictionary<(string, DateTime), AirHourlyObservationEntity>();
        if (good.Count > 0)
        {
            var from = good.Min(g => g.Hour.HourStart).Date;
            var to = good.Max(g => g.Hour.HourStart).Date.AddDays(1);
            await foreach (var o in db.AirHourlyObservations.AsNoTracking()
                         .Where(o => stations.Contains(o.StationCode) && o.HourStartCst >= from && o.HourStartCst < to).AsAsyncEnumerable().WithCancellation(ct))
                existing[(o.StationCode, o.HourStartCst)] = o;
        }
        var fresh = new List<AirHourlyImportRow>();
        var unchanged = 0;
        foreach (var g in good)
        {
            if (!existing.TryGetValue((g.Station, g.Hour.HourStart), out var o)) { fresh.Add(g); continue; }
            double?[] stored = [o.So2, o.No2, o.Co, o.O3, o.Pm10, o.Pm25];
            double?[] given = [g.Hour.So2, g.Hour.No2, g.Hour.Co, g.Hour.O3, g.Hour.Pm10, g.Hour.Pm25];
            if (stored.SequenceEqual(given)) unchanged++;
            else rejected.Add(new(g.Row, import.TimeColumn,
                $"与已存数据（导入 {o.ImportId}）数值不同，未覆盖 (conflicts with the value stored by import {o.ImportId}; not overwritten)"));
        }
        if (rejected.Count > 0 && !import.KeepGood) return Refused(file, rows, rejected);
        rejected.Sort((a, b) => a.Row.CompareTo(b.Row));
        if (fresh.Count == 0) return new MonitoringImportResult(null, file, rows, 0, unchanged, rejected);

        var record = await RecordImportAsync(file, sha, MonitoringDataKind.AirHourly, rows, rejected.Count, ct);
        var knownStations = await db.MonitoringStations.Where(s => stations.Contains(s.Code)).ToDictionaryAsync(s => s.Code, StringComparer.Ordinal, ct);
        foreach (var s in fresh.Select(f => f.Station).Distinct())
        {
            var details = import.Stations?.GetValueOrDefault(s);
            if (knownStations.TryGetValue(s, out var station))
            {
                // the master grows from later files: a city or coordinates the station was stored without
                station.City ??= details?.City;
                if (station.Longitude is null && details is { Longitude: { } lon, Latitude: { } lat }) (station.Longitude, station.Latitude) = (lon, lat);
                continue;
            }
            db.MonitoringStations.Add(new MonitoringStationEntity
            {
                Code = s,
                Name = details?.Name ?? s,
                JurisdictionCode = import.JurisdictionCode,
                City = details?.City,
                Longitude = details?.Longitude,
                Latitude = details?.Latitude,
            });
        }
        await db.SaveChangesAsync(ct);
        await HourPartitions.EnsureAsync(db, fresh.Select(f => f.Hour.HourStart.Year), ct);
        await BulkInsert.InsertAsync(db, fresh.Select(f => new AirHourlyObservationEntity
        {
            StationCode = f.Station,
            HourStartCst = f.Hour.HourStart,
            ImportId = record.Id,
            So2 = f.Hour.So2,
            No2 = f.Hour.No2,
            Co = f.Hour.Co,
            O3 = f.Hour.O3,
            Pm10 = f.Hour.Pm10,
            Pm25 = f.Hour.Pm25,
        }), progress is null ? null : n => progress.Report(new ImportProgress(n, fresh.Count)), ct);
        await StationDays.ReplaceAsync(db, fresh.Select(f => (f.Station, f.Hour)), existing.Values, ct);
        await tx.CommitAsync(ct);
        db.ChangeTracker.Clear();
        log.LogInformation("Monitoring import {Import} {File}: {Stored} stored, {Unchanged} unchanged, {Rejected} rejected",
            record.Id, file, fresh.Count, unchanged, rejected.Count);
        return new MonitoringImportResult(record.Id, file, rows, fresh.Count, unchanged, rejected);
    }

    public async Task<MonitoringImportResult> ImportWaterAsync(WaterSampleImport import, CancellationToken ct = default)
    {
        var (file, sha, rows) = (import.File, import.Sha256, import.Rows);
        var good = import.Good.ToList();
        var rejected = import.Rejected.ToList();

        // From the duplicate check to the insert, one write transaction: a concurrent import of the same rows waits here.
        await using var tx = await BeginImportTransactionAsync(ct);
        // A section already stored as the other water-body kind is a conflict.
        var sections = good.Select(g => g.Section).Distinct().ToList();
        var knownSections = await db.WaterSections.AsNoTracking().Where(s => sections.Contains(s.Code)).ToDictionaryAsync(s => s.Code, s => s.Kind, StringComparer.Ordinal, ct);
        foreach (var g in good.Where(g => knownSections.TryGetValue(g.Section, out var k) && k != g.Kind).ToList())
        {
            rejected.Add(new(g.Row, import.TypeColumn, $"断面“{UserText.Quote(g.Section)}”已登记为 {knownSections[g.Section]} (section is stored as {knownSections[g.Section]})"));
            good.Remove(g);
        }
        if (rejected.Count > 0 && !import.KeepGood) return Refused(file, rows, rejected);

        var known = await KnownImportAsync(MonitoringDataKind.WaterSamples, sha, ct);
        if (known is not null) return new MonitoringImportResult(known, file, rows, 0, good.Count, rejected);

        var existing = new Dictionary<(string, DateOnly, string), WaterSampleEntity>();
        await foreach (var s in db.WaterSamples.AsNoTracking().Where(s => sections.Contains(s.SectionCode)).AsAsyncEnumerable().WithCancellation(ct))
            existing[(s.SectionCode, s.SampledOn, s.SampleId)] = s;
        var fresh = new List<(WaterSampleImportRow Row, string ValuesJson)>();
        var unchanged = 0;
        foreach (var g in good)
        {
            var valuesJson = JsonSerializer.Serialize(g.Values);
            if (!existing.TryGetValue((g.Section, g.Date, g.SampleId), out var s)) { fresh.Add((g, valuesJson)); continue; }
            if (s.ValuesJson == valuesJson) unchanged++;
            else rejected.Add(new(g.Row, import.IdColumn,
                $"与已存样品（导入 {s.ImportId}）数值不同，未覆盖 (conflicts with the sample stored by import {s.ImportId}; not overwritten)"));
        }
        if (rejected.Count > 0 && !import.KeepGood) return Refused(file, rows, rejected);
        rejected.Sort((a, b) => a.Row.CompareTo(b.Row));

        // the master grows from later files: coordinates a known section of a good row was stored without
        var located = good.Select(g => g.Section).Distinct().Where(c => knownSections.ContainsKey(c) && import.Coordinates?.ContainsKey(c) == true).ToList();
        var placed = 0;
        await foreach (var section in db.WaterSections.Where(s => located.Contains(s.Code) && s.Longitude == null).AsAsyncEnumerable().WithCancellation(ct))
        {
            (section.Longitude, section.Latitude) = (import.Coordinates![section.Code].Longitude, import.Coordinates[section.Code].Latitude);
            placed++;
        }
        if (fresh.Count == 0)
        {
            if (placed > 0)
            {
                await db.SaveChangesAsync(ct);
                await tx.CommitAsync(ct);
                db.ChangeTracker.Clear();
            }
            return new MonitoringImportResult(null, file, rows, 0, unchanged, rejected);
        }

        var record = await RecordImportAsync(file, sha, MonitoringDataKind.WaterSamples, rows, rejected.Count, ct);
        foreach (var g in fresh.GroupBy(f => f.Row.Section).Where(g => !knownSections.ContainsKey(g.Key)))
        {
            var at = import.Coordinates?.GetValueOrDefault(g.Key);
            db.WaterSections.Add(new WaterSectionEntity
            {
                Code = g.Key,
                Name = g.Key,
                JurisdictionCode = import.JurisdictionCode,
                Kind = g.First().Row.Kind,
                Longitude = at?.Longitude,
                Latitude = at?.Latitude,
            });
        }
        foreach (var (f, valuesJson) in fresh)
            db.WaterSamples.Add(new WaterSampleEntity
            {
                SectionCode = f.Section,
                SampledOn = f.Date,
                SampleId = f.SampleId,
                ValuesJson = valuesJson,
                ImportId = record.Id,
            });
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        db.ChangeTracker.Clear();
        log.LogInformation("Monitoring import {Import} {File}: {Stored} stored, {Unchanged} unchanged, {Rejected} rejected",
            record.Id, file, fresh.Count, unchanged, rejected.Count);
        return new MonitoringImportResult(record.Id, file, rows, fresh.Count, unchanged, rejected);
    }

    /// <summary>
    /// The write transaction of an import: on SQLite BEGIN IMMEDIATE (Microsoft.Data.Sqlite's default), which takes the
    /// database's write lock at once, waiting out another writer for up to the busy timeout; on PostgreSQL, where two
    /// READ COMMITTED transactions could both miss each other's rows, a transaction-scoped advisory lock serialises
    /// monitoring imports. A lock still held after the wait is <see cref="DatabaseBusyException"/>, with nothing written.
    /// </summary>
    private async Task<Microsoft.EntityFrameworkCore.Storage.IDbContextTransaction> BeginImportTransactionAsync(CancellationToken ct)
    {
        var started = System.Diagnostics.Stopwatch.StartNew();
        Microsoft.EntityFrameworkCore.Storage.IDbContextTransaction? tx = null;
        try
        {
            tx = await db.Database.BeginTransactionAsync(ct);
            if (db.Database.IsNpgsql())
            {
                // Try, sleep, try again until the busy timeout: a blocking pg_advisory_xact_lock would end at Npgsql's
                // command timeout with a TimeoutException instead of the busy answer.
                if (!await LockWait.UntilAsync(async () => (await db.Database.SqlQueryRaw<bool>(PostgresImportLock).ToListAsync(ct))[0],
                        TimeSpan.FromSeconds(EcoGovDatabase.BusyTimeoutSeconds), ct))
                    throw DatabaseBusyException.Writing(started.Elapsed, new TimeoutException("pg_try_advisory_xact_lock"));
            }
            return tx;
        }
        catch (Exception e) when (e is not DatabaseBusyException && DatabaseBusyException.IsBusy(e))
        {
            if (tx is not null) await tx.DisposeAsync();
            throw DatabaseBusyException.Writing(started.Elapsed, e);
        }
        catch
        {
            if (tx is not null) await tx.DisposeAsync();
            throw;
        }
    }

    private const string PostgresImportLock = "SELECT pg_try_advisory_xact_lock(4541837257113153) AS \"Value\"";

    private static MonitoringImportResult Refused(string file, int rows, List<MonitoringRejection> rejected)
    {
        rejected.Sort((a, b) => a.Row.CompareTo(b.Row));
        return new MonitoringImportResult(null, file, rows, 0, 0, rejected) { FileRejected = true };
    }

    private Task<int?> KnownImportAsync(MonitoringDataKind kind, string sha, CancellationToken ct)
    {
        var name = MonitoringDataKinds.Name(kind);
        return db.MonitoringImports.AsNoTracking().Where(i => i.Kind == name && i.Sha256 == sha).OrderBy(i => i.Id).Select(i => (int?)i.Id).FirstOrDefaultAsync(ct);
    }

    private async Task<MonitoringImportEntity> RecordImportAsync(string file, string sha, MonitoringDataKind kind, int rows, int rejected, CancellationToken ct)
    {
        var import = new MonitoringImportEntity
        {
            FileName = file,
            Sha256 = sha,
            Kind = MonitoringDataKinds.Name(kind),
            ImportedAtUtc = (clock ?? TimeProvider.System).GetUtcNow().UtcDateTime,
            Rows = rows,
            RejectedRows = rejected,
        };
        db.MonitoringImports.Add(import);
        await db.SaveChangesAsync(ct);
        return import;
    }
}

/// <summary>Read side of the monitoring store.</summary>
public static class MonitoringQueries
{
    public static async Task<IReadOnlyList<MonitoringStationSummary>> StationsAsync(EcoGovDbContext db, CancellationToken ct = default) =>
        await db.MonitoringStations.AsNoTracking().OrderBy(s => s.Code)
            .Select(s => new MonitoringStationSummary(s.Code, s.Name, s.JurisdictionCode,
                db.AirHourlyObservations.Count(o => o.StationCode == s.Code),
                db.AirHourlyObservations.Where(o => o.StationCode == s.Code).Min(o => (DateTime?)o.HourStartCst),
                db.AirHourlyObservations.Where(o => o.StationCode == s.Code).Max(o => (DateTime?)o.HourStartCst),
                s.City, s.Longitude, s.Latitude))
            .ToListAsync(ct);
}
