using System.Globalization;
using System.Text.Json;
using EcoGov.Core;
using EcoGov.Core.Text;
using EcoGov.Core.Zoning;
using EcoGov.Data;
using EcoGov.Data.Zoning;
using EcoGov.Spatial.Crs;
using EcoGov.Spatial.Zoning;
using EcoGov.Spatial.Zoning.Import;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using NetTopologySuite.IO;
using NetTopologySuite.IO.Converters;

namespace EcoGov.Application.Zoning;

/// <summary>
/// The zoning requests' field names, as the web's query parameters and JSON members (the CLI's options are --layer,
/// --jurisdiction, --version, --date, --from, --to, --effective, --crs, --site, --point, --industry, …).
/// </summary>
public static class ZoningFields
{
    public const string Layer = "layer";
    public const string Jurisdiction = "jurisdiction";
    public const string Version = "version";
    public const string Date = "date";
    public const string From = "from";
    public const string To = "to";
    public const string Effective = "effective";
    public const string Crs = "crs";
    public const string Site = "site";
    public const string Point = "point";
    public const string Industry = "industry";
    public const string Facts = "facts";
    public const string Field = "field";
}

/// <summary>The versions of a layer (<c>layer</c>) of a jurisdiction (<c>jurisdiction</c>; blank = the default, 140500).</summary>
public sealed record LayerVersionsRequest(string? Layer, string? Jurisdiction);

/// <summary>
/// One version of a layer to export: by its id (<c>version</c>), the one in force on a date (<c>date</c>,
/// <c>yyyy-MM-dd</c>), or — neither given — the latest; not both.
/// </summary>
public sealed record LayerExportRequest(string? Layer, string? Jurisdiction, long? Version = null, string? Date = null);

/// <summary>The changes from one version (<c>from</c>, an id) to another (<c>to</c>) of the same layer.</summary>
public sealed record LayerDiffRequest(long? From, long? To);

/// <summary>
/// A layer file to import as a new version of (<c>layer</c>, <c>jurisdiction</c>), in force from <c>effective</c>
/// (<c>yyyy-MM-dd</c>); <c>crs</c> when the file names none. The file is read already (its name and bytes).
/// </summary>
/// <param name="Fields">Column roles the user sets, "role=COLUMN" each (`--field`, the preview page); an empty column removes the role.</param>
/// <param name="DryRun">Validate and show the mapping, store nothing.</param>
public sealed record LayerImportRequest(string? Layer, string? Jurisdiction, string? Effective, string? Crs, string FileName, byte[] Content,
    IReadOnlyList<string>? Fields = null, bool DryRun = false);

/// <summary>The map's data: the layers of a jurisdiction (blank = the default) in force on a date (blank = today in China).</summary>
public sealed record ZoningMapRequest(string? Jurisdiction, string? Date);

/// <summary>Control units of one class in the layer in force: count and area (km², measured in Gauss-Krüger).</summary>
public sealed record UnitClassStatistics(string Class, int Count, double AreaKm2, double Share);

/// <summary>
/// The zoning layers as users work with them: import a file as a new version, list versions, diff two, export one
/// (one version-selection rule), and the map's data. The one operation behind `zoning import/versions/diff/export`,
/// /api/zoning/map, /api/zoning/versions, /api/zoning/layers/{layer}/geojson and the 分区管控 pages. Bad input is
/// refused with an <see cref="ApplicationInputException"/> naming the field.
/// </summary>
public sealed class ZoningLayerService(EcoGovDbContext db, TimeProvider? clock = null, ILogger<ZoningLayerRepository>? log = null)
{
    /// <summary>The jurisdiction of a request that names none (the web's pages and endpoints; the CLI requires it).</summary>
    public const string DefaultJurisdiction = "140500";

    private static readonly JsonSerializerOptions GeometryOptions = new() { Converters = { new GeoJsonConverterFactory() } };

    private readonly ZoningLayerRepository store = new(db, log, clock);
    private readonly TimeProvider time = clock ?? TimeProvider.System;

    /// <summary>Today in China by the service's clock: the date of a request that gives none.</summary>
    public DateOnly Today() => ChinaTime.Today(time);

    /// <summary>The layer kind of a layer code; an unknown one is refused, listing the known codes.</summary>
    public static ZoningLayerKind CheckLayer(string? layer) =>
        ZoningLayerKinds.Find(layer?.Trim() ?? "") ?? throw new ApplicationInputException(
            RequestValues.Absent(layer) ? ErrorCode.Required : ErrorCode.UnknownLayer, ZoningFields.Layer,
            AppText.UnknownLayer(UserText.Quote(layer), string.Join(", ", ZoningLayerKinds.All.Select(k => k.Code))));

    /// <summary>A date field by <see cref="CalendarDate"/>; absent → null.</summary>
    public static DateOnly? OptionalDate(string? text, string field, AppMessage label) => RequestValues.OptionalDate(text, field, label);

    /// <summary>The jurisdiction code of a request (blank → <see cref="DefaultJurisdiction"/>); an unknown code is refused (404).</summary>
    public async Task<string> CheckJurisdictionAsync(string? jurisdiction, CancellationToken ct = default)
    {
        var code = RequestValues.Absent(jurisdiction) ? DefaultJurisdiction : jurisdiction!.Trim();
        if (!await db.Jurisdictions.AsNoTracking().AnyAsync(j => j.Code == code, ct))
            throw new ApplicationInputException(ErrorCode.NotFound, ZoningFields.Jurisdiction,
                AppText.JurisdictionNotFound(UserText.Quote(code)));
        return code;
    }

    /// <summary>All versions of the layer for the jurisdiction, oldest first (JSON as `zoning versions --json`).</summary>
    public async Task<IReadOnlyList<LayerVersionInfo>> VersionsAsync(LayerVersionsRequest request, CancellationToken ct = default)
    {
        var kind = CheckLayer(request.Layer);
        return await store.VersionsAsync(kind.Code, await CheckJurisdictionAsync(request.Jurisdiction, ct), ct);
    }

    /// <summary>
    /// Checks what an export request can be refused for without the store: the layer, version and date not both, the
    /// date. Returns the layer kind and the date.
    /// </summary>
    public static (ZoningLayerKind Kind, DateOnly? Date) CheckExport(LayerExportRequest request)
    {
        var kind = CheckLayer(request.Layer);
        if (request.Version is not null && !RequestValues.Absent(request.Date))
            throw new ApplicationInputException(ErrorCode.Conflict, ZoningFields.Version,
                AppText.GiveVersionOrDateNotBoth());
        return (kind, OptionalDate(request.Date, ZoningFields.Date, AppText.LabelExportDate));
    }

    /// <summary>
    /// The version to export — the one rule both hosts use: by its id (it must be of this layer and jurisdiction), or
    /// the one in force on the date, or the latest.
    /// </summary>
    public async Task<LayerSnapshot> ExportAsync(LayerExportRequest request, CancellationToken ct = default)
    {
        var (kind, date) = CheckExport(request);
        var code = await CheckJurisdictionAsync(request.Jurisdiction, ct);
        if (request.Version is { } id)
        {
            var snapshot = await store.SnapshotAsync(id, ct) ?? throw new ApplicationInputException(ErrorCode.NotFound, ZoningFields.Version,
                AppText.NoLayerVersion(id));
            if (snapshot.Version.Layer != kind.Code || snapshot.Version.JurisdictionCode != code)
                throw new ApplicationInputException(ErrorCode.Conflict, ZoningFields.Version,
                    AppText.VersionBelongsToAnotherLayer(id, snapshot.Version.Layer, snapshot.Version.JurisdictionCode, kind.Code, code));
            return snapshot;
        }
        if (date is { } day)
            return await store.SnapshotAsOfAsync(kind.Code, code, day, ct) ?? throw new ApplicationInputException(ErrorCode.NoData, ZoningFields.Date,
                AppText.NoVersionInForceOn(kind.Code, code, CalendarDate.ToText(day)));
        var latest = (await store.VersionsAsync(kind.Code, code, ct)).LastOrDefault() ?? throw new ApplicationInputException(ErrorCode.NoData, ZoningFields.Layer,
            AppText.LayerHasNoVersionYet(kind.Code, code));
        return (await store.SnapshotAsync(latest.Id, ct))!;
    }

    /// <summary>The exported version as GeoJSON text (EPSG:4490), as `zoning export` prints and the API answers.</summary>
    public async Task<string> ExportGeoJsonAsync(LayerExportRequest request, CancellationToken ct = default) =>
        LayerGeoJson.ToText(await ExportAsync(request, ct));

    /// <summary>The changes between two versions of one layer (JSON as `zoning diff --json`).</summary>
    public async Task<LayerDiffResult> DiffAsync(LayerDiffRequest request, CancellationToken ct = default)
    {
        async Task<LayerSnapshot> Version(long? id, string field) =>
            id is { } v
                ? await store.SnapshotAsync(v, ct) ?? throw new ApplicationInputException(ErrorCode.NotFound, field, AppText.NoLayerVersion(v))
                : throw new ApplicationInputException(ErrorCode.Required, field, AppText.VersionIdIsRequired());
        var from = await Version(request.From, ZoningFields.From);
        var to = await Version(request.To, ZoningFields.To);
        if (from.Version.Layer != to.Version.Layer)
            throw new ApplicationInputException(ErrorCode.Conflict, ZoningFields.To,
                AppText.VersionsOfDifferentLayers(request.From, from.Version.Layer, request.To, to.Version.Layer));
        return LayerDiff.Compare(from, to);
    }

    /// <summary>As <see cref="DiffAsync"/>, for a host that renders it (the import page).</summary>
    public async Task<LayerVersionDiff> CompareAsync(LayerDiffRequest request, CancellationToken ct = default) => new(await DiffAsync(request, ct));

    /// <summary>
    /// Checks what an import can be refused for before its file is read: layer, effective date (required) and CRS.
    /// Returns the layer kind, the date and the EPSG code (null: the file's own).
    /// </summary>
    public static (ZoningLayerKind Kind, DateOnly Effective, int? Epsg) CheckImport(string? layer, string? effective, string? crs)
    {
        var kind = CheckLayer(layer);
        var date = OptionalDate(effective, ZoningFields.Effective, AppText.LabelEffectiveDate)
            ?? throw new ApplicationInputException(ErrorCode.Required, ZoningFields.Effective, AppText.EffectiveDateIsRequired());
        int? epsg = null;
        if (!RequestValues.Absent(crs))
        {
            try { epsg = CoordinateSystems.Parse(crs!.Trim()); }
            catch (UnsupportedCrsException e) { throw new ApplicationInputException(ErrorCode.InvalidValue, ZoningFields.Crs, AppText.CrsInvalid(AppMessage.Verbatim(e.Text))); }
        }
        return (kind, date, epsg);
    }

    /// <summary>
    /// Reads, validates and stores the file as a new version (idempotent: the same file with the same date is
    /// <see cref="LayerImportStatus.Unchanged"/>). A file with validation errors is <see cref="LayerImportStatus.Rejected"/>
    /// with its report, nothing stored; a file that cannot be read at all is refused (field null: the message names the file).
    /// </summary>
    public async Task<LayerImport> ImportAsync(LayerImportRequest request, IProgress<Core.Monitoring.ImportProgress>? progress = null, CancellationToken ct = default)
    {
        var (kind, effective, epsg) = CheckImport(request.Layer, request.Effective, request.Crs);
        var fields = CheckFields(request.Fields);
        var code = await CheckJurisdictionAsync(request.Jurisdiction, ct);
        try { return new LayerImport(await store.ImportAsync(kind.Code, code, effective, request.FileName, request.Content, epsg, fields: fields, dryRun: request.DryRun, progress: progress, ct: ct)); }
        catch (LayerImportException e) { throw new ApplicationInputException(ErrorCode.InvalidValue, e.Field, AppMessage.Verbatim(e.Text)); }
    }

    /// <summary>
    /// "role=COLUMN" overrides (`--field code=HJZHGKDYBM`) → role → column. Refused: no "=", an unknown role
    /// (<see cref="ColumnRoles.All"/>), a role given twice. Whether the column exists is checked against the file.
    /// </summary>
    public static IReadOnlyDictionary<string, string>? CheckFields(IReadOnlyList<string>? fields)
    {
        if (fields is null || fields.Count == 0) return null;
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var text in fields)
        {
            var eq = text.IndexOf('=', StringComparison.Ordinal);
            if (eq <= 0)
                throw new ApplicationInputException(ErrorCode.InvalidValue, ZoningFields.Field, AppText.ExpectedRoleCOLUMN(text));
            var role = text[..eq].Trim();
            if (ColumnRoles.Label(role) is null)
                throw new ApplicationInputException(ErrorCode.InvalidValue, ZoningFields.Field,
                    AppText.UnknownColumnRole(role, string.Join(", ", ColumnRoles.All.Select(r => $"{r.Role}（{r.Label}）"))));
            if (!result.TryAdd(role, text[(eq + 1)..].Trim()))
                throw new ApplicationInputException(ErrorCode.InvalidValue, ZoningFields.Field, AppText.RoleGivenTwice(role));
        }
        return result;
    }

    /// <summary>The version of each layer in force on the date (null where none is).</summary>
    public async Task<IReadOnlyList<(ZoningLayerKind Kind, IReadOnlyList<LayerVersionInfo> Versions, LayerVersionInfo? InForce)>> LayersAsync(string jurisdiction, DateOnly date,
        CancellationToken ct = default)
    {
        var layers = new List<(ZoningLayerKind, IReadOnlyList<LayerVersionInfo>, LayerVersionInfo?)>();
        foreach (var k in ZoningLayerKinds.All)
            layers.Add((k, await store.VersionsAsync(k.Code, jurisdiction, ct), await store.VersionAsOfAsync(k.Code, jurisdiction, date, ct)));
        return layers;
    }

    /// <summary>The unit layer in force on the date, or null.</summary>
    public Task<LayerSnapshot?> UnitsInForceAsync(string jurisdiction, DateOnly date, CancellationToken ct = default) =>
        store.SnapshotAsOfAsync(ZoningLayerKinds.Units.Code, jurisdiction, date, ct);

    /// <summary>Count and area of the units of each class (areas in the Gauss-Krüger zone of each unit), in the classes' order.</summary>
    public static IReadOnlyList<UnitClassStatistics> ClassStatistics(LayerSnapshot units)
    {
        var rows = units.Features.GroupBy(f => f.Attribute(UnitFields.Class) ?? "（未填）")
            .Select(g => (Class: g.Key, Count: g.Count(), Area: g.Sum(f => MetricFrame.For(f.Geometry).Area(f.Geometry)) / 1e6)).ToList();
        var total = rows.Sum(r => r.Area);
        return [.. rows.OrderBy(r => ControlUnitClasses.Find(r.Class) is { } c ? (int)c : 99)
            .Select(r => new UnitClassStatistics(r.Class, r.Count, r.Area, total > 0 ? r.Area / total : 0))];
    }

    /// <summary>
    /// The map's data: {jurisdiction, jurisdictionName, date, boundary: FeatureCollection, layers: {code: {name, synthetic,
    /// version, versionId, effectiveFrom, sourceName, featureCount, features}}} with the versions in force on the date
    /// (default today in China), as UTF-8 JSON.
    /// </summary>
    public async Task<byte[]> MapJsonAsync(ZoningMapRequest request, CancellationToken ct = default)
    {
        var date = OptionalDate(request.Date, ZoningFields.Date, AppText.LabelDate) ?? Today();
        var code = await CheckJurisdictionAsync(request.Jurisdiction, ct);
        var j = await db.Jurisdictions.AsNoTracking().FirstAsync(x => x.Code == code, ct);
        var snapshots = new List<(ZoningLayerKind Kind, LayerSnapshot Snapshot)>();
        foreach (var kind in ZoningLayerKinds.All)
            if (await store.SnapshotAsOfAsync(kind.Code, code, date, ct) is { } s) snapshots.Add((kind, s));
        using var ms = new MemoryStream();
        using (var w = new Utf8JsonWriter(ms, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            w.WriteStartObject();
            w.WriteString("jurisdiction", j.Code);
            w.WriteString("jurisdictionName", j.Name);
            w.WriteString("date", CalendarDate.ToText(date));
            w.WriteStartObject("boundary");
            w.WriteString("type", "FeatureCollection");
            w.WriteStartArray("features");
            if (j.BoundaryWkb is { } wkb)
            {
                w.WriteStartObject();
                w.WriteString("type", "Feature");
                w.WritePropertyName("geometry");
                JsonSerializer.Serialize(w, new WKBReader().Read(wkb), GeometryOptions);
                w.WriteStartObject("properties");
                w.WriteString("code", j.Code);
                w.WriteString("name", j.Name);
                w.WriteEndObject();
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteEndObject();
            w.WriteStartObject("layers");
            foreach (var (kind, s) in snapshots)
            {
                w.WriteStartObject(kind.Code);
                w.WriteString("name", kind.Name);
                w.WriteBoolean("synthetic", s.Version.Synthetic);
                w.WriteNumber("version", s.Version.Version);
                w.WriteNumber("versionId", s.Version.Id);
                w.WriteString("effectiveFrom", CalendarDate.ToText(s.Version.EffectiveFrom));
                w.WriteString("sourceName", s.Version.SourceName);
                w.WriteNumber("featureCount", s.Features.Count);
                w.WritePropertyName("features");
                w.WriteRawValue(LayerGeoJson.ToText(s), skipInputValidation: true);
                w.WriteEndObject();
            }
            w.WriteEndObject();
            w.WriteEndObject();
        }
        return ms.ToArray();
    }
}
