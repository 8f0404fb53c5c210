using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Serialization;
using EcoGov.Core.Jurisdictions;
using EcoGov.Core.Text;
using EcoGov.Core.Zoning;
using EcoGov.Data;
using EcoGov.Data.Zoning;
using EcoGov.Spatial.Crs;
using EcoGov.Spatial.Zoning;
using EcoGov.Spatial.Zoning.Import;
using Microsoft.Extensions.Logging;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO;

namespace EcoGov.Application.Zoning;

/// <summary>
/// What an import did: <see cref="Status"/> created (a new version), unchanged (the same file with the same
/// effective date and column roles was imported before — <see cref="Version"/> is that version), rejected (errors in
/// the report; nothing stored, <see cref="Version"/> null) or checked (a dry run without errors; nothing stored).
/// <see cref="Mapping"/> is the role of each column (null when the file could not be mapped); <see cref="FirstRows"/>
/// the first features' attributes as read, for the preview (dry runs only).
/// </summary>
public sealed record LayerImportResult(
    [property: JsonConverter(typeof(JsonStringEnumConverter<LayerImportStatus>))] LayerImportStatus Status,
    LayerVersionInfo? Version, LayerValidationReport Report)
{
    /// <summary>How many features a dry run shows.</summary>
    public const int PreviewRows = 5;

    [JsonIgnore] public bool Rejected => Status == LayerImportStatus.Rejected;

    public LayerColumnMapping? Mapping { get; init; }

    /// <summary>Features that passed validation (those a version holds or would hold).</summary>
    public int Features { get; init; }

    public IReadOnlyList<IReadOnlyDictionary<string, string?>> FirstRows { get; init; } = [];
}

/// <summary>
/// The zoning layers over the store: imports layer files as new versions (read, column roles, validation and
/// reprojection here with the Spatial engine; the version stored by <see cref="ZoningLayerStore"/> in one transaction,
/// idempotent by content hash and effective date), lists versions, reads a version or the version in force on a date as
/// a <see cref="LayerSnapshot"/> (the stored WKB decoded), and diffs two versions. Areas are measured in the Gauss-Krüger
/// zone (docs/adr/0003-zoning-layers.md).
/// </summary>
public sealed class ZoningLayerRepository(EcoGovDbContext db, ILogger? logger = null, TimeProvider? clock = null)
{
    private readonly ZoningLayerStore store = new(db, logger, clock);

    /// <summary>
    /// Reads, validates and stores a layer file as a new version of (<paramref name="layer"/>, <paramref name="jurisdictionCode"/>).
    /// Throws <see cref="LayerImportException"/> when the file cannot be read at all or <paramref name="fields"/> cannot be
    /// applied; returns a "rejected" result with the problems when validation finds errors. <paramref name="synthetic"/>
    /// (or "metadata": {"synthetic": true} in a GeoJSON file) labels the version as generated demo data.
    /// The columns' roles are detected (<see cref="LayerColumnDetector"/>, county names matched against the
    /// jurisdiction's counties) unless <paramref name="fields"/> (role → column) says otherwise; the mapping is stored
    /// with the version. <paramref name="dryRun"/>: validate and return the mapping and the first rows, store nothing.
    /// The version row and its features are one transaction; the features are saved
    /// <see cref="ZoningLayerStore.FeatureBatch"/> at a time, each batch reported to <paramref name="progress"/> (written, total).
    /// </summary>
    public async Task<LayerImportResult> ImportAsync(string layer, string jurisdictionCode, DateOnly effectiveFrom, string fileName, byte[] content,
        int? crs = null, bool synthetic = false, string? note = null, IReadOnlyDictionary<string, string>? fields = null, bool dryRun = false,
        IProgress<Core.Monitoring.ImportProgress>? progress = null, CancellationToken ct = default)
    {
        var jurisdiction = await store.JurisdictionAsync(jurisdictionCode, ct);
        var prepared = LayerPreparation.Prepare(layer, jurisdictionCode, jurisdiction, effectiveFrom, fileName, content, crs, synthetic, fields, dryRun);
        if (prepared.Result is { } done) return done;
        var stored = await store.StoreAsync(prepared.Rows, note, progress, ct);
        return prepared.Stored(stored);
    }

    /// <summary>All versions of a layer for a jurisdiction, oldest first.</summary>
    public Task<IReadOnlyList<LayerVersionInfo>> VersionsAsync(string layer, string jurisdictionCode, CancellationToken ct = default) =>
        store.VersionsAsync(layer, jurisdictionCode, ct);

    /// <summary>One version by its store id, or null.</summary>
    public Task<LayerVersionInfo?> VersionAsync(long versionId, CancellationToken ct = default) => store.VersionAsync(versionId, ct);

    /// <summary>The validation warnings stored with a version.</summary>
    public Task<IReadOnlyList<LayerProblem>> WarningsAsync(long versionId, CancellationToken ct = default) => store.WarningsAsync(versionId, ct);

    /// <summary>The version in force on <paramref name="date"/>: the latest with EffectiveFrom ≤ date (ties: the higher version); null if none.</summary>
    public Task<LayerVersionInfo?> VersionAsOfAsync(string layer, string jurisdictionCode, DateOnly date, CancellationToken ct = default) =>
        store.VersionAsOfAsync(layer, jurisdictionCode, date, ct);

    /// <summary>A version with its features, or null when there is no such version.</summary>
    public async Task<LayerSnapshot?> SnapshotAsync(long versionId, CancellationToken ct = default) =>
        await store.ReadAsync(versionId, ct) is { } stored ? LayerPreparation.Snapshot(stored) : null;

    /// <summary>The snapshot of the version in force on <paramref name="date"/>, or null.</summary>
    public async Task<LayerSnapshot?> SnapshotAsOfAsync(string layer, string jurisdictionCode, DateOnly date, CancellationToken ct = default) =>
        await VersionAsOfAsync(layer, jurisdictionCode, date, ct) is { } v ? await SnapshotAsync(v.Id, ct) : null;

    /// <summary>
    /// The features of a version whose envelope intersects <paramref name="envelope"/> (EPSG:4490 degrees): a cheap
    /// filter on the stored envelope columns, without decoding the other geometries. Candidates only — test the
    /// geometry itself for an exact answer.
    /// </summary>
    public async Task<List<LayerFeature>> FeaturesIntersectingAsync(long versionId, Envelope envelope, CancellationToken ct = default) =>
        LayerPreparation.Decode(await store.FeaturesIntersectingAsync(versionId, envelope.MinX, envelope.MinY, envelope.MaxX, envelope.MaxY, ct));

    /// <summary>Changes from one version to another (they should be versions of the same layer). Throws <see cref="LayerImportException"/> for an unknown id.</summary>
    public async Task<LayerDiffResult> DiffAsync(long fromVersionId, long toVersionId, CancellationToken ct = default)
    {
        var from = await SnapshotAsync(fromVersionId, ct) ?? throw new LayerImportException(AppText.NoLayerVersion(fromVersionId));
        var to = await SnapshotAsync(toVersionId, ct) ?? throw new LayerImportException(AppText.NoLayerVersion(toVersionId));
        if (from.Version.Layer != to.Version.Layer)
            throw new LayerImportException(AppText.VersionsOfDifferentLayers(fromVersionId, from.Version.Layer, toVersionId, to.Version.Layer));
        return LayerDiff.Compare(from, to);
    }
}

/// <summary>A layer file read, mapped and validated, ready to store (<see cref="Rows"/>); or, in <see cref="Result"/>, the answer without storing.</summary>
internal sealed record PreparedLayer(LayerVersionRows Rows, LayerColumnMapping Mapping, LayerValidationReport Report, LayerImportResult? Result)
{
    /// <summary>The import's answer once the store has stored (or recognised) the version.</summary>
    public LayerImportResult Stored(LayerStoreResult stored) => stored.Status == LayerImportStatus.Unchanged
        ? new LayerImportResult(LayerImportStatus.Unchanged, stored.Version, new LayerValidationReport(stored.Problems)) { Mapping = Mapping, Features = stored.Version.FeatureCount }
        : new LayerImportResult(stored.Status, stored.Version, Report) { Mapping = Mapping, Features = stored.Version.FeatureCount };
}

/// <summary>
/// Everything of a layer import that needs no database — read the file, detect the columns, validate and reproject (the
/// jurisdiction comes in), write the features as WKB with their envelopes — and the way back: stored rows decoded into
/// <see cref="LayerFeature"/>s (EPSG:4490).
/// </summary>
internal static class LayerPreparation
{
    public static PreparedLayer Prepare(string layer, string jurisdictionCode, LayerJurisdiction? jurisdiction,
        DateOnly effectiveFrom, string fileName, byte[] content, int? crs, bool synthetic, IReadOnlyDictionary<string, string>? fields, bool dryRun)
    {
        var kind = ZoningLayerKinds.Find(layer)
            ?? throw new LayerImportException(AppText.UnknownLayer(layer, string.Join(", ", ZoningLayerKinds.All.Select(k => k.Code))));
        if (jurisdiction is null) throw new LayerImportException(AppText.UnknownJurisdictionCode(jurisdictionCode));
        fileName = Path.GetFileName(fileName);
        var sha = Convert.ToHexStringLower(SHA256.HashData(content));

        RawLayer raw;
        try { raw = LayerFileReader.Read(fileName, content, crs); }
        catch (LayerFileException e) { throw new LayerImportException(e.Text); }
        Geometry? boundary = null;
        if (kind == ZoningLayerKinds.Units && jurisdiction.BoundaryWkb is { } wkb)
        {
            boundary = new WKBReader().Read(wkb);
            boundary.SRID = CoordinateSystems.Cgcs2000; // held as published (WGS 84); CGCS2000 is the same at map scale
        }
        var directory = Counties(jurisdiction);
        LayerColumnMapping mapping;
        try { mapping = LayerColumnDetector.Detect(raw, directory, fields); }
        catch (LayerMappingException e) { throw new LayerImportException(e.Text, e.Field); }
        var validation = LayerValidator.Validate(raw, kind, boundary, kind == ZoningLayerKinds.Units ? directory.Counties.Keys.ToHashSet(StringComparer.Ordinal) : null, directory, mapping);
        var firstRows = dryRun ? raw.Features.Take(LayerImportResult.PreviewRows).Select(f => f.Attributes).ToList() : [];
        if (validation.Features.Count == 0 && !validation.Report.Rejected)
            validation = validation with
            {
                Report = new LayerValidationReport(
                [LayerProblem.Of(LayerProblemSeverity.Error, "no-features", null, null, null, AppText.LayerFileHasNoFeatures(fileName))])
            };
        LayerImportResult? result = null;
        if (validation.Report.Rejected) result = new LayerImportResult(LayerImportStatus.Rejected, null, validation.Report) { Mapping = mapping, FirstRows = firstRows, Features = validation.Features.Count };
        else if (dryRun) result = new LayerImportResult(LayerImportStatus.Checked, null, validation.Report) { Mapping = mapping, FirstRows = firstRows, Features = validation.Features.Count };
        synthetic |= MetadataFlag(raw.MetadataJson);
        var mappingJson = JsonSerializer.Serialize(mapping.Roles.OrderBy(r => r.Key, StringComparer.Ordinal).ToDictionary(), ZoningLayerStore.Json);
        // a result without storing needs no rows
        var features = result is null ? Rows(validation.Features) : [];
        var rows = new LayerVersionRows(layer, jurisdictionCode, effectiveFrom, fileName, sha, raw.SourceEpsg, synthetic, raw.MetadataJson, mappingJson,
            validation.Report.Problems, features);
        return new PreparedLayer(rows, mapping, validation.Report, result);
    }

    /// <summary>The validated features as the store keeps them: WKB (EPSG:4490) with the envelope, the class denormalised.</summary>
    private static List<LayerFeatureRow> Rows(IReadOnlyList<LayerFeature> features)
    {
        var writer = new WKBWriter();
        return [.. features.Select(f =>
        {
            var env = f.Geometry.EnvelopeInternal;
            return new LayerFeatureRow(f.Id, f.Name, f.Attribute(UnitFields.Class), writer.Write(f.Geometry), f.Attributes, env.MinX, env.MinY, env.MaxX, env.MaxY);
        })];
    }

    /// <summary>A stored version decoded: its features' geometries in EPSG:4490.</summary>
    public static LayerSnapshot Snapshot(StoredLayer stored) => new(stored.Version, Decode(stored.Features));

    public static List<LayerFeature> Decode(IEnumerable<LayerFeatureRow> rows)
    {
        var reader = new WKBReader();
        return [.. rows.Select(f =>
        {
            var g = reader.Read(f.GeometryWkb);
            g.SRID = CoordinateSystems.Cgcs2000;
            return new LayerFeature(f.FeatureId, f.Name, g, f.Attributes);
        })];
    }

    /// <summary>
    /// The counties under the jurisdiction (and the jurisdiction itself), code → name, with the names of the
    /// jurisdiction and its ancestors as the prefixes a county name may carry (晋城市城区).
    /// </summary>
    private static CountyDirectory Counties(LayerJurisdiction jurisdiction)
    {
        var all = jurisdiction.All.ToDictionary(j => j.Code);
        var counties = jurisdiction.All.Where(j => Jurisdiction.IsWithin(j.Code, jurisdiction.Code))
            .ToDictionary(j => j.Code, j => j.Name, StringComparer.Ordinal);
        var parents = new List<string>();
        for (var c = jurisdiction.ParentCode; c is not null && all.TryGetValue(c, out var p); c = p.ParentCode) parents.Insert(0, p.Name);
        parents.Add(jurisdiction.Name);
        return new CountyDirectory(counties, parents);
    }

    /// <summary>The CRS a demo file names in metadata.crs (the demo files are CGCS2000 lon/lat; RFC 7946 files would otherwise count as WGS 84), or null.</summary>
    public static int? MetadataCrs(byte[] geojson)
    {
        try
        {
            using var doc = JsonDocument.Parse(geojson);
            if (doc.RootElement.TryGetProperty("metadata", out var m) && m.ValueKind == JsonValueKind.Object
                && m.TryGetProperty("crs", out var c) && c.ValueKind == JsonValueKind.String)
                return CoordinateSystems.Parse(c.GetString()!);
        }
        catch (JsonException) { }
        catch (UnsupportedCrsException) { }
        return null;
    }

    private static bool MetadataFlag(string? metadataJson)
    {
        if (metadataJson is null) return false;
        using var doc = JsonDocument.Parse(metadataJson);
        return doc.RootElement.TryGetProperty("synthetic", out var s) && s.ValueKind == JsonValueKind.True;
    }
}
