using System.Globalization;
using EcoGov.Core.Air;
using EcoGov.Core.Monitoring;
using EcoGov.Core.Text;
using EcoGov.Data;
using EcoGov.Data.Monitoring;
using EcoGov.Ingest.Monitoring;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace EcoGov.Application.Monitoring;

/// <summary>A station of a national release as kept by an import or a check: code, name, city, longitude, latitude.</summary>
public sealed record ReleaseStationDto(string Code, string? Name, string? City, double? Longitude, double? Latitude)
{
    public static ReleaseStationDto From(ReleaseStation s) => new(s.Code, s.Name, s.City, s.Longitude, s.Latitude);
}

/// <summary>A problem of one file of a release set: the file, the row (header = 1) and column where known, and the message.</summary>
public sealed record ReleaseRejectionDto(string File, int? Row, string? Column, string Reason)
{
    public static ReleaseRejectionDto From(AirCsvError e) => new(e.File, e.Row, e.ColumnName, e.Message);

    public override string ToString() => Row is null ? $"{File}: {Reason}"
        : Column is null ? $"{File} 第 {Row} 行 (row {Row}): {Reason}" : $"{File} 第 {Row} 行，列 {Column} (row {Row}, column {Column}): {Reason}";
}

/// <summary>
/// What `monitoring import PATH --kind air-hourly` did with a national release set: files read, station-hours in them,
/// stored, unchanged (already in the store: a second import, or the same hour in an overlapping file), duplicates (copies of
/// a station-hour within the set, counted once), rows and stations skipped as outside the jurisdiction, rejections, the
/// station master kept (the stations imported; the store keeps code, name and jurisdiction only — longitude, latitude
/// and city are reported here), the store's import ids, and the files the store refused (<see cref="FilesRefused"/>: a row
/// conflicting with a value stored earlier, without keep-good; nothing of such a file is written, the other files are).
/// </summary>
public sealed record ReleaseImportReport(int Files, int Rows, int Stored, int Unchanged, int Duplicates, int SkippedRows, int SkippedStations,
    int RejectedCount, IReadOnlyList<ReleaseRejectionDto> Rejected, IReadOnlyList<ReleaseStationDto> Stations, IReadOnlyList<int> Imports, int FilesRefused = 0)
{
    /// <summary>Nothing was written because a file was bad (without keep-good).</summary>
    [System.Text.Json.Serialization.JsonIgnore] public bool Refused { get; init; }
}

/// <summary>A disagreement as `monitoring check --json` and POST /api/monitoring/check report it.</summary>
public sealed record ReleaseDisagreementDto(string Station, string Time, string Field, string? Published, string? Computed, Message Reason, string File, int Row);

/// <summary>
/// `monitoring check --json` and POST /api/monitoring/check: station-hours checked (<c>rows</c>), those agreeing in every
/// field checked (<c>agree</c>), every disagreement; and the fields not checkable because their window reaches before the
/// data held (<c>unchecked</c>), files read, duplicate copies dropped.
/// </summary>
public sealed record ReleaseCheckReport(int Rows, int Agree, IReadOnlyList<ReleaseDisagreementDto> Disagreements, int Unchecked, int Files, int Duplicates);

/// <summary>
/// The operations on national monitoring releases (ADR 0005; docs/monitoring-releases.md): importing a release file,
/// folder or zip into the monitoring store, and checking the published figures of a release against its own hourly
/// concentrations. Files are read by <see cref="NationalReleaseReader"/> (bounded), the check is
/// <see cref="ReleaseCheck"/> (pure), the store is <see cref="MonitoringImporter"/> (one transaction per file,
/// idempotent by SHA-256 and by (station, hour)).
/// </summary>
public sealed class MonitoringReleaseService(EcoGovDbContext? db = null, ILogger<MonitoringImporter>? logger = null)
{
    /// <summary>
    /// True when <paramref name="path"/> is a national release set (a folder, a zip, or a file whose header is a release's):
    /// `monitoring import --kind air-hourly` imports it with <see cref="Import"/> rather than as our hourly CSV.
    /// </summary>
    public static bool IsRelease(string path) => NationalReleaseReader.IsRelease(path);

    /// <summary>Checks the release at <paramref name="path"/> (file, folder or zip).</summary>
    public static ReleaseCheckReport Check(string path) => Check(() => NationalReleaseReader.Sources(path));

    /// <summary>Checks an uploaded release (a CSV or a zip of them) held in memory.</summary>
    public static ReleaseCheckReport Check(string fileName, byte[] content) => Check(() => NationalReleaseReader.Upload(fileName, content));

    private static ReleaseCheckReport Check(Func<IReadOnlyList<ReleaseSource>> sources)
    {
        var set = NationalReleaseReader.Merge(Read(sources).Select(NationalReleaseReader.Parse).ToList());
        ThrowIfErrors(set.Errors);
        if (set.Rows.Count == 0)
            throw new ApplicationInputException(ErrorCode.NoData, "file", AppText.ReleaseNoDataRows());
        var r = ReleaseCheck.Check(set.Rows);
        return new ReleaseCheckReport(r.Rows, r.Agree,
            r.Disagreements.Select(d => new ReleaseDisagreementDto(d.Station, d.Time, d.Field, d.Published, d.Computed, d.Reason, d.File, d.Row)).ToList(),
            r.Unchecked, set.Files, set.Duplicates);
    }

    private static IReadOnlyList<ReleaseSource> Read(Func<IReadOnlyList<ReleaseSource>> sources)
    {
        try { return sources(); }
        catch (MonitoringFileException e) { throw new ApplicationInputException(ErrorCode.InvalidValue, "file", e.Message); }
    }

    private static void ThrowIfErrors(IReadOnlyList<AirCsvError> errors)
    {
        if (errors.Count == 0) return;
        var lines = UserText.FirstLines(errors.Select(e => e.ToString()), errors.Count);
        throw new ApplicationInputException(ErrorCode.InvalidValue, "file", AppText.ReleaseFileErrors(string.Join("\n", lines)));
    }

    /// <summary>
    /// Imports a national release set into the monitoring store. Stations whose <c>area</c> (city) is neither the
    /// jurisdiction nor below it — by name, with or without its 市/区/县 suffix, or a former name — are skipped with a
    /// count unless <paramref name="allStations"/>; a station without a city in the set (the wide layout) is kept when the
    /// store already holds it in the jurisdiction or below. Every file is read and checked first: without keep-good a bad
    /// file, or a station-hour held by two files with different values, refuses the whole set with nothing written; with
    /// it the bad files are left out and reported. Then each file is handed to the store in its own transaction (its
    /// SHA-256 recorded), so a station-hour already stored — by an earlier import or by an overlapping file of the same
    /// set — is counted unchanged, never stored twice. <paramref name="progress"/> hears (file number, files, name).
    /// </summary>
    public async Task<ReleaseImportReport> ImportAsync(MonitoringImportRequest request, bool allStations, Action<int, int, string>? progress = null,
        CancellationToken ct = default)
    {
        if (db is null) throw new InvalidOperationException("import needs the store");
        var importer = new MonitoringImporter(db, logger);
        if (request.Kind != MonitoringDataKind.AirHourly)
            throw new ApplicationInputException(ErrorCode.InvalidValue, null,
                AppText.ReleaseKindNotAirHourly(MonitoringDataKinds.Name(MonitoringDataKind.AirHourly)));
        if (!await importer.JurisdictionExistsAsync(request.Jurisdiction, ct))
            throw new ApplicationInputException(ErrorCode.UnknownJurisdiction, null,
                AppText.ReleaseUnknownJurisdiction(request.Jurisdiction));

        var sources = Read(() => NationalReleaseReader.Sources(request.File));
        var files = new List<(ReleaseSource Source, ReleaseFileResult Result)>(sources.Count);
        for (var i = 0; i < sources.Count; i++)
        {
            progress?.Invoke(i + 1, sources.Count, sources[i].Name);
            files.Add((sources[i], NationalReleaseReader.Parse(sources[i])));
        }
        var set = NationalReleaseReader.Merge(files.Select(f => f.Result).ToList());
        var rejected = set.Errors.Select(ReleaseRejectionDto.From).ToList();
        var totalRows = files.Sum(f => f.Result.Rows.Count);
        if (rejected.Count > 0 && !request.KeepGood)
            return new ReleaseImportReport(files.Count, totalRows, 0, 0, set.Duplicates, 0, 0, rejected.Count,
                rejected.Take(UserText.MaxListedErrors).ToList(), [], [])
            { Refused = true };

        // The jurisdiction and everything below it, by name.
        var nodes = await db.Jurisdictions.Select(j => new { j.Code, j.Name, j.ParentCode, j.FormerNames }).ToListAsync(ct);
        var inside = new HashSet<string>(StringComparer.Ordinal) { request.Jurisdiction };
        for (var grew = true; grew;)
        {
            grew = false;
            foreach (var n in nodes.Where(n => n.ParentCode is not null && inside.Contains(n.ParentCode) && !inside.Contains(n.Code)))
                grew = inside.Add(n.Code);
        }
        var names = nodes.Where(n => inside.Contains(n.Code)).SelectMany(n => n.FormerNames.Append(n.Name))
            .SelectMany(n => new[] { n, ShortName(n) }).ToHashSet(StringComparer.Ordinal);
        var stored = (await db.MonitoringStations.Where(s => inside.Contains(s.JurisdictionCode)).Select(s => s.Code).ToListAsync(ct)).ToHashSet(StringComparer.Ordinal);
        var master = set.Stations.ToDictionary(s => s.Code, StringComparer.Ordinal);
        bool Keep(string code) => allStations || stored.Contains(code)
            || (master.TryGetValue(code, out var s) && s.City is { } city && (names.Contains(city) || names.Contains(ShortName(city))));
        var stationMaster = set.Stations.ToDictionary(s => s.Code, s => new StationDetails(s.Name, s.City, s.Longitude, s.Latitude), StringComparer.Ordinal);

        int storedRows = 0, unchanged = 0, skippedRows = 0, filesRefused = 0;
        var skippedStations = new HashSet<string>(StringComparer.Ordinal);
        var kept = new HashSet<string>(StringComparer.Ordinal);
        var imports = new List<int>();
        foreach (var (source, result) in files.Where(f => f.Result.Ok))
        {
            var good = new List<AirHourlyImportRow>();
            foreach (var r in result.Rows)
            {
                if (!Keep(r.Station)) { skippedRows++; skippedStations.Add(r.Station); continue; }
                kept.Add(r.Station);
                var h = r.ToHourlyRecord();
                good.Add(new AirHourlyImportRow(r.Row, r.Station, new HourlyObservation(r.HourStart, h.SO2, h.NO2, h.CO, h.O3, h.PM10, h.PM25)));
            }
            if (good.Count == 0) continue;
            // The file's SHA-256 when every row is kept; when some stations were skipped, the hash of the file and the
            // stations kept, so that importing it again with --all-stations is not taken for the import already done.
            var sha = good.Count == result.Rows.Count ? source.Sha256
                : Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(
                    source.Sha256 + "\nstations:" + string.Join(",", good.Select(g => g.Station).Distinct().Order(StringComparer.Ordinal)))));
            var res = await importer.ImportAirAsync(new AirHourlyImport(source.Name, sha, result.Rows.Count, good, [], request.Jurisdiction, request.KeepGood,
                result.Layout == ReleaseLayout.Wide ? "hour" : "timepoint")
            { Stations = stationMaster }, null, ct);
            storedRows += res.Stored;
            unchanged += res.Unchanged;
            if (res.Import is int id && !imports.Contains(id)) imports.Add(id);
            if (res.FileRejected) filesRefused++;
            rejected.AddRange(res.Rejected.Select(x => new ReleaseRejectionDto(source.Name, x.Row, x.Column, x.Reason)));
        }
        return new ReleaseImportReport(files.Count, totalRows, storedRows, unchanged, set.Duplicates, skippedRows, skippedStations.Count, rejected.Count,
            rejected.Take(UserText.MaxListedErrors).ToList(),
            kept.Order(StringComparer.Ordinal).Select(c => master.TryGetValue(c, out var s) ? ReleaseStationDto.From(s) : new ReleaseStationDto(c, null, null, null, null)).ToList(),
            imports, filesRefused);
    }

    /// <summary>A place name without its administrative suffix: 晋城市 → 晋城, 城区 stays 城区 (too short to cut).</summary>
    private static string ShortName(string name)
    {
        foreach (var suffix in new[] { "自治州", "地区", "市", "县", "区", "盟" })
            if (name.Length > suffix.Length + 1 && name.EndsWith(suffix, StringComparison.Ordinal)) return name[..^suffix.Length];
        return name;
    }

    /// <summary>The one line the CLI prints after an import.</summary>
    public static string Summary(ReleaseImportReport r) =>
        AppText.ReleaseImportSummary(r.Files, r.Rows, r.Stored, r.Unchanged, r.Duplicates, r.SkippedRows, r.SkippedStations, r.RejectedCount).Bilingual;
}
