using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Serialization;
using EcoGov.Core.Zoning;
using EcoGov.Data.Entities;
using EcoGov.Data.Seeding;
using EcoGov.Spatial.Crs;
using EcoGov.Spatial.Zoning;
using EcoGov.Spatial.Zoning.Import;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO;

namespace EcoGov.Data.Zoning;

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

/// <summary>The import cannot start or the file cannot be read (unknown layer or jurisdiction, unreadable file, CRS): nothing stored.</summary>
public sealed class LayerImportException(string message, string? field = null) : Exception(message)
{
    /// <summary>The request field the problem is in ("field" for a column role that cannot be applied), or null: the file.</summary>
    public string? Field { get; } = field;
}

/// <summary>
/// The zoning layer store: imports layer files as new versions (one transaction; idempotent by content hash and
/// effective date), lists versions, reads a version or the version in force on a date as a <see cref="LayerSnapshot"/>,
/// and diffs two versions. Geometry is stored as WKB in EPSG:4490 with its envelope; areas are measured in the
/// Gauss-Krüger zone (docs/adr/0003-zoning-layers.md).
/// </summary>
public sealed class ZoningLayerStore(EcoGovDbContext db, ILogger<ZoningLayerStore>? logger = null, TimeProvider? clock = null)
{
    /// <summary>Where the demo layers are looked for, under data/seed.</summary>
    public const string DemoFolder = "zoning/demo";

    /// <summary>The default effective date of the demo layers (000 is the 2023 update).</summary>
    public static readonly DateOnly DemoEffectiveFrom = new(2023, 12, 31);

    private readonly ILogger log = logger ?? NullLogger<ZoningLayerStore>.Instance;
    private readonly TimeProvider time = clock ?? TimeProvider.System;

    internal static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>
    /// Reads, validates and stores a layer file as a new version of (<paramref name="layer"/>, <paramref name="jurisdictionCode"/>).
    /// Throws <see cref="LayerImportException"/> when the file cannot be read at all or <paramref name="fields"/> cannot be
    /// applied; returns a "rejected" result with the problems when validation finds errors. <paramref name="synthetic"/>
    /// (or "metadata": {"synthetic": true} in a GeoJSON file) labels the version as generated demo data.
    /// The columns' roles are detected (<see cref="LayerColumnDetector"/>, county names matched against the
    /// jurisdiction's counties) unless <paramref name="fields"/> (role → column) says otherwise; the mapping is stored
    /// with the version. <paramref name="dryRun"/>: validate and return the mapping and the first rows, store nothing.
    /// The version row and its features are one transaction (a process killed while it writes leaves none of it); the
    /// features are saved <see cref="FeatureBatch"/> at a time, each batch reported to <paramref name="progress"/> (written, total).
    /// </summary>
    public async Task<LayerImportResult> ImportAsync(string layer, string jurisdictionCode, DateOnly effectiveFrom, string fileName, byte[] content,
        int? crs = null, bool synthetic = false, string? note = null, IReadOnlyDictionary<string, string>? fields = null, bool dryRun = false,
        IProgress<Core.Monitoring.ImportProgress>? progress = null, CancellationToken ct = default)
    {
        var jurisdiction = await db.Jurisdictions.AsNoTracking().FirstOrDefaultAsync(j => j.Code == jurisdictionCode, ct);
        var all = jurisdiction is null ? [] : await db.Jurisdictions.AsNoTracking().Select(j => new JurisdictionLink(j.Code, j.Name, j.ParentCode)).ToListAsync(ct);
        var prepared = Prepare(layer, jurisdictionCode, jurisdiction, all, effectiveFrom, fileName, content, crs, synthetic, fields, dryRun);
        if (prepared.Result is { } done) return done;

        // inside a caller's transaction the caller commits
        await using var tx = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(ct) : null;
        var known = await db.ZoningLayerVersions.AsNoTracking().FirstOrDefaultAsync(Same(prepared), ct);
        if (known is not null) return Unchanged(known, prepared);
        var next = (await db.ZoningLayerVersions.Where(v => v.Layer == layer && v.JurisdictionCode == jurisdictionCode).MaxAsync(v => (int?)v.Version, ct) ?? 0) + 1;
        var entity = NewVersion(prepared, next, note);
        db.ZoningLayerVersions.Add(entity);
        try { await db.SaveChangesAsync(ct); }
        catch (DbUpdateException) { throw Taken(prepared); }
        var seq = 0;
        foreach (var feature in Features(prepared, entity.Id))
        {
            db.ZoningLayerFeatures.Add(feature);
            if (++seq % FeatureBatch != 0) continue;
            // a batch at a time keeps the change tracker small; still the one transaction, committed below
            await db.SaveChangesAsync(ct);
            db.ChangeTracker.Clear();
            progress?.Report(new Core.Monitoring.ImportProgress(seq, entity.FeatureCount));
        }
        await db.SaveChangesAsync(ct);
        if (tx is not null) await tx.CommitAsync(ct);
        return Created(entity, prepared);
    }

    /// <summary>
    /// As <see cref="ImportAsync"/>, synchronously, inside <see cref="SeedDemo"/>'s transaction: only the demo layers of the
    /// start-up initialisation, which runs under the initialisation lock, import this way.
    /// </summary>
    private LayerImportResult ImportDemo(string layer, string jurisdictionCode, DateOnly effectiveFrom, string fileName, byte[] content, int? crs, string note)
    {
        var jurisdiction = db.Jurisdictions.AsNoTracking().FirstOrDefault(j => j.Code == jurisdictionCode);
        var all = jurisdiction is null ? [] : db.Jurisdictions.AsNoTracking().Select(j => new JurisdictionLink(j.Code, j.Name, j.ParentCode)).ToList();
        var prepared = Prepare(layer, jurisdictionCode, jurisdiction, all, effectiveFrom, fileName, content, crs, synthetic: false, fields: null, dryRun: false);
        if (prepared.Result is { } done) return done;
        var known = db.ZoningLayerVersions.AsNoTracking().FirstOrDefault(Same(prepared));
        if (known is not null) return Unchanged(known, prepared);
        var next = (db.ZoningLayerVersions.Where(v => v.Layer == layer && v.JurisdictionCode == jurisdictionCode).Max(v => (int?)v.Version) ?? 0) + 1;
        var entity = NewVersion(prepared, next, note);
        db.ZoningLayerVersions.Add(entity);
        try { db.SaveChanges(); }
        catch (DbUpdateException) { throw Taken(prepared); }
        var seq = 0;
        foreach (var feature in Features(prepared, entity.Id))
        {
            db.ZoningLayerFeatures.Add(feature);
            if (++seq % FeatureBatch != 0) continue;
            db.SaveChanges();
            db.ChangeTracker.Clear();
        }
        db.SaveChanges();
        return Created(entity, prepared);
    }

    private sealed record JurisdictionLink(string Code, string Name, string? ParentCode);

    /// <summary>A layer file read, mapped and validated, ready to store; or, in <see cref="Result"/>, the answer without storing.</summary>
    private sealed record PreparedLayer(string Layer, string JurisdictionCode, DateOnly EffectiveFrom, string FileName, string Sha256, RawLayer Raw,
        LayerColumnMapping Mapping, string MappingJson, LayerValidation Validation, bool Synthetic, LayerImportResult? Result);

    /// <summary>Everything of an import that needs no database: read the file, detect the columns, validate (the lookups come in).</summary>
    private static PreparedLayer Prepare(string layer, string jurisdictionCode, JurisdictionEntity? jurisdiction, IReadOnlyList<JurisdictionLink> all,
        DateOnly effectiveFrom, string fileName, byte[] content, int? crs, bool synthetic, IReadOnlyDictionary<string, string>? fields, bool dryRun)
    {
        var kind = ZoningLayerKinds.Find(layer)
            ?? throw new LayerImportException($"未知图层“{layer}” / unknown layer. 可用 / known: {string.Join(", ", ZoningLayerKinds.All.Select(k => k.Code))}");
        if (jurisdiction is null) throw new LayerImportException($"行政区划代码“{jurisdictionCode}”不存在 / unknown jurisdiction code");
        fileName = Path.GetFileName(fileName);
        var sha = Convert.ToHexStringLower(SHA256.HashData(content));

        RawLayer raw;
        try { raw = LayerFileReader.Read(fileName, content, crs); }
        catch (LayerFileException e) { throw new LayerImportException(e.Message); }
        Geometry? boundary = null;
        if (kind == ZoningLayerKinds.Units && jurisdiction.BoundaryWkb is { } wkb)
        {
            boundary = new WKBReader().Read(wkb);
            boundary.SRID = CoordinateSystems.Cgcs2000; // held as published (WGS 84); CGCS2000 is the same at map scale
        }
        var directory = Counties(jurisdiction, all);
        LayerColumnMapping mapping;
        try { mapping = LayerColumnDetector.Detect(raw, directory, fields); }
        catch (LayerMappingException e) { throw new LayerImportException(e.Message, e.Field); }
        var validation = LayerValidator.Validate(raw, kind, boundary, kind == ZoningLayerKinds.Units ? directory.Counties.Keys.ToHashSet(StringComparer.Ordinal) : null, directory, mapping);
        var firstRows = dryRun ? raw.Features.Take(LayerImportResult.PreviewRows).Select(f => f.Attributes).ToList() : [];
        if (validation.Features.Count == 0 && !validation.Report.Rejected)
            validation = validation with
            {
                Report = new LayerValidationReport(
                [new LayerProblem(LayerProblemSeverity.Error, "no-features", null, null, null, $"{fileName}: 没有要素 / the file has no features")])
            };
        LayerImportResult? result = null;
        if (validation.Report.Rejected) result = new LayerImportResult(LayerImportStatus.Rejected, null, validation.Report) { Mapping = mapping, FirstRows = firstRows, Features = validation.Features.Count };
        else if (dryRun) result = new LayerImportResult(LayerImportStatus.Checked, null, validation.Report) { Mapping = mapping, FirstRows = firstRows, Features = validation.Features.Count };
        synthetic |= MetadataFlag(raw.MetadataJson);
        var mappingJson = JsonSerializer.Serialize(mapping.Roles.OrderBy(r => r.Key, StringComparer.Ordinal).ToDictionary(), Json);
        return new PreparedLayer(layer, jurisdictionCode, effectiveFrom, fileName, sha, raw, mapping, mappingJson, validation, synthetic, result);
    }

    private static System.Linq.Expressions.Expression<Func<ZoningLayerVersionEntity, bool>> Same(PreparedLayer p)
    {
        var (layer, jurisdictionCode, sha, mappingJson, effectiveFrom) = (p.Layer, p.JurisdictionCode, p.Sha256, p.MappingJson, p.EffectiveFrom);
        return v => v.Layer == layer && v.JurisdictionCode == jurisdictionCode && v.Sha256 == sha && v.EffectiveFrom == effectiveFrom
                    && (v.FieldMappingJson == mappingJson || v.FieldMappingJson == null);
    }

    private static LayerImportResult Unchanged(ZoningLayerVersionEntity known, PreparedLayer p) =>
        new(LayerImportStatus.Unchanged, ToInfo(known), new LayerValidationReport(Problems(known))) { Mapping = p.Mapping, Features = known.FeatureCount };

    private static LayerImportException Taken(PreparedLayer p) =>
        // (layer, jurisdiction, version) is unique: another import of this layer took the number first
        new($"{p.Layer} {p.JurisdictionCode} 正在被另一次导入写入新版本，请稍后重试；本次未写入任何数据 / another import of this layer is in progress; nothing stored, retry");

    private ZoningLayerVersionEntity NewVersion(PreparedLayer p, int next, string? note) => new()
    {
        Layer = p.Layer,
        JurisdictionCode = p.JurisdictionCode,
        Version = next,
        EffectiveFrom = p.EffectiveFrom,
        ImportedAt = time.GetUtcNow(),
        SourceName = p.FileName,
        Sha256 = p.Sha256,
        SourceEpsg = p.Raw.SourceEpsg,
        FeatureCount = p.Validation.Features.Count,
        Synthetic = p.Synthetic,
        Note = note,
        MetadataJson = p.Raw.MetadataJson,
        ReportJson = JsonSerializer.Serialize(p.Validation.Report.Problems, Json),
        FieldMappingJson = p.MappingJson,
    };

    private static IEnumerable<ZoningLayerFeatureEntity> Features(PreparedLayer p, long versionId)
    {
        var writer = new WKBWriter();
        var seq = 0;
        foreach (var f in p.Validation.Features)
        {
            var env = f.Geometry.EnvelopeInternal;
            yield return new ZoningLayerFeatureEntity
            {
                VersionId = versionId,
                Seq = ++seq,
                FeatureId = f.Id,
                Name = f.Name,
                Class = f.Attribute(UnitFields.Class),
                GeometryWkb = writer.Write(f.Geometry),
                AttributesJson = JsonSerializer.Serialize(f.Attributes, Json),
                MinX = env.MinX,
                MinY = env.MinY,
                MaxX = env.MaxX,
                MaxY = env.MaxY,
            };
        }
    }

    private LayerImportResult Created(ZoningLayerVersionEntity entity, PreparedLayer p)
    {
        db.ChangeTracker.Clear();
        log.LogInformation("Imported {Layer} {Jurisdiction} v{Version} from {File}: {Features} features, {Warnings} warnings",
            p.Layer, p.JurisdictionCode, entity.Version, p.FileName, entity.FeatureCount, p.Validation.Report.Warnings);
        return new LayerImportResult(LayerImportStatus.Created, ToInfo(entity), p.Validation.Report) { Mapping = p.Mapping, Features = entity.FeatureCount };
    }

    /// <summary>Features saved (and reported) per batch of an import.</summary>
    public const int FeatureBatch = 1000;

    /// <summary>All versions of a layer for a jurisdiction, oldest first.</summary>
    public async Task<IReadOnlyList<LayerVersionInfo>> VersionsAsync(string layer, string jurisdictionCode, CancellationToken ct = default) =>
        (await db.ZoningLayerVersions.AsNoTracking().Where(v => v.Layer == layer && v.JurisdictionCode == jurisdictionCode)
            .OrderBy(v => v.Version).ToListAsync(ct)).Select(ToInfo).ToList();

    /// <summary>One version by its store id, or null.</summary>
    public async Task<LayerVersionInfo?> VersionAsync(long versionId, CancellationToken ct = default) =>
        await db.ZoningLayerVersions.AsNoTracking().FirstOrDefaultAsync(v => v.Id == versionId, ct) is { } v ? ToInfo(v) : null;

    /// <summary>The validation warnings stored with a version.</summary>
    public async Task<IReadOnlyList<LayerProblem>> WarningsAsync(long versionId, CancellationToken ct = default) =>
        await db.ZoningLayerVersions.AsNoTracking().FirstOrDefaultAsync(v => v.Id == versionId, ct) is { } v ? Problems(v) : [];

    /// <summary>A version with its features, or null when there is no such version.</summary>
    public async Task<LayerSnapshot?> SnapshotAsync(long versionId, CancellationToken ct = default)
    {
        var v = await db.ZoningLayerVersions.AsNoTracking().FirstOrDefaultAsync(x => x.Id == versionId, ct);
        if (v is null) return null;
        return new LayerSnapshot(ToInfo(v), await ReadAsync(db.ZoningLayerFeatures.AsNoTracking().Where(f => f.VersionId == versionId), ct));
    }

    /// <summary>
    /// The features of a version whose envelope intersects <paramref name="envelope"/> (EPSG:4490 degrees): a cheap
    /// filter on the stored envelope columns, without decoding the other geometries. Candidates only — test the
    /// geometry itself for an exact answer.
    /// </summary>
    public Task<List<LayerFeature>> FeaturesIntersectingAsync(long versionId, Envelope envelope, CancellationToken ct = default) =>
        ReadAsync(db.ZoningLayerFeatures.AsNoTracking().Where(f => f.VersionId == versionId
            && f.MinX <= envelope.MaxX && f.MaxX >= envelope.MinX && f.MinY <= envelope.MaxY && f.MaxY >= envelope.MinY), ct);

    private static async Task<List<LayerFeature>> ReadAsync(IQueryable<ZoningLayerFeatureEntity> rows, CancellationToken ct)
    {
        var reader = new WKBReader();
        return (await rows.OrderBy(f => f.Seq).ToListAsync(ct)).Select(f =>
        {
            var g = reader.Read(f.GeometryWkb);
            g.SRID = CoordinateSystems.Cgcs2000;
            var attrs = JsonSerializer.Deserialize<Dictionary<string, string?>>(f.AttributesJson, Json) ?? [];
            return new LayerFeature(f.FeatureId, f.Name, g, attrs);
        }).ToList();
    }

    /// <summary>The version in force on <paramref name="date"/>: the latest with EffectiveFrom ≤ date (ties: the higher version); null if none.</summary>
    public async Task<LayerVersionInfo?> VersionAsOfAsync(string layer, string jurisdictionCode, DateOnly date, CancellationToken ct = default) =>
        await db.ZoningLayerVersions.AsNoTracking()
            .Where(v => v.Layer == layer && v.JurisdictionCode == jurisdictionCode && v.EffectiveFrom <= date)
            .OrderByDescending(v => v.EffectiveFrom).ThenByDescending(v => v.Version).FirstOrDefaultAsync(ct) is { } v ? ToInfo(v) : null;

    /// <summary>The snapshot of the version in force on <paramref name="date"/>, or null.</summary>
    public async Task<LayerSnapshot?> SnapshotAsOfAsync(string layer, string jurisdictionCode, DateOnly date, CancellationToken ct = default) =>
        await VersionAsOfAsync(layer, jurisdictionCode, date, ct) is { } v ? await SnapshotAsync(v.Id, ct) : null;

    /// <summary>Changes from one version to another (they should be versions of the same layer). Throws <see cref="LayerImportException"/> for an unknown id.</summary>
    public async Task<LayerDiffResult> DiffAsync(long fromVersionId, long toVersionId, CancellationToken ct = default)
    {
        var from = await SnapshotAsync(fromVersionId, ct) ?? throw new LayerImportException($"图层版本 {fromVersionId} 不存在 / no layer version {fromVersionId}");
        var to = await SnapshotAsync(toVersionId, ct) ?? throw new LayerImportException($"图层版本 {toVersionId} 不存在 / no layer version {toVersionId}");
        if (from.Version.Layer != to.Version.Layer)
            throw new LayerImportException($"版本 {fromVersionId}（{from.Version.Layer}）与 {toVersionId}（{to.Version.Layer}）不是同一图层 / versions of different layers");
        return LayerDiff.Compare(from, to);
    }

    /// <summary>
    /// Imports data/seed/zoning/demo/*.geojson (file stem = layer code) for <paramref name="jurisdictionCode"/> when that
    /// layer has no version yet; effective date from metadata.effectiveFrom/effectiveDate, else 2023-12-31; synthetic when
    /// metadata.synthetic is true. Returns the files imported. A rejected demo file throws <see cref="SeedFileException"/>.
    /// Synchronous: part of the start-up initialisation (<c>EcoGovDatabase.Initialize</c>), under the initialisation lock.
    /// </summary>
    public IReadOnlyList<string> SeedDemo(string directory, string jurisdictionCode = "140500")
    {
        if (!Directory.Exists(directory) || !db.Jurisdictions.Any(j => j.Code == jurisdictionCode)) return [];
        if (DemoSeeded(directory, jurisdictionCode)) return []; // the usual start: a read, no write lock
        // all or nothing: a rejected demo file leaves no demo layer behind (the next start retries them all)
        using var tx = db.Database.CurrentTransaction is null ? db.Database.BeginTransaction() : null;
        try { return SeedDemoFiles(directory, jurisdictionCode, tx); }
        catch
        {
            db.ChangeTracker.Clear();
            throw;
        }
    }

    /// <summary>Every demo layer file's layer has a version, and the demo unit requirements (if any) are stored.</summary>
    private bool DemoSeeded(string directory, string jurisdictionCode)
    {
        var layers = Directory.GetFiles(directory, "*.geojson").Select(Path.GetFileNameWithoutExtension)
            .Where(l => ZoningLayerKinds.Find(l!) is not null).ToList();
        var present = db.ZoningLayerVersions.Where(v => v.JurisdictionCode == jurisdictionCode && layers.Contains(v.Layer))
            .Select(v => v.Layer).Distinct().Count();
        return present == layers.Count
               && (!File.Exists(Path.Combine(directory, DemoUnitRequirementsFile))
                   || db.AccessRequirements.Any(a => a.DocumentId == DemoUnitRequirementsDocument));
    }

    private List<string> SeedDemoFiles(string directory, string jurisdictionCode, Microsoft.EntityFrameworkCore.Storage.IDbContextTransaction? tx)
    {
        var imported = new List<string>();
        foreach (var file in Directory.GetFiles(directory, "*.geojson").OrderBy(f => f, StringComparer.Ordinal))
        {
            var layer = Path.GetFileNameWithoutExtension(file);
            if (ZoningLayerKinds.Find(layer) is null)
            {
                log.LogWarning("Demo layer file {File} names no known layer; skipped", file);
                continue;
            }
            if (db.ZoningLayerVersions.Any(v => v.Layer == layer && v.JurisdictionCode == jurisdictionCode)) continue;
            var bytes = File.ReadAllBytes(file);
            var effective = MetadataDate(bytes) ?? DemoEffectiveFrom;
            LayerImportResult r;
            // the demo files are written in CGCS2000 lon/lat and say so in metadata.crs (RFC 7946 files would otherwise count as WGS 84)
            try { r = ImportDemo(layer, jurisdictionCode, effective, Path.GetFileName(file), bytes, MetadataCrs(bytes), "demo layer seeded from data/seed/zoning/demo"); }
            catch (LayerImportException e) { throw new SeedFileException(Path.GetFileName(file), "file", e.Message); }
            if (r.Rejected)
            {
                var first = r.Report.Problems.First(p => p.Severity == LayerProblemSeverity.Error);
                throw new SeedFileException(Path.GetFileName(file), first.FeatureId ?? "file", first.ToString());
            }
            if (r.Status == LayerImportStatus.Created) imported.Add($"zoning/demo/{Path.GetFileName(file)}");
        }
        if (SeedDemoUnitRequirements(directory, jurisdictionCode)) imported.Add($"{DemoFolder}/{DemoUnitRequirementsFile}");
        tx?.Commit();
        return imported;
    }

    public const string DemoUnitRequirementsFile = "unit-requirements.json";

    /// <summary>Document id under which the demo unit-level requirements are stored (they come from no plan).</summary>
    public const string DemoUnitRequirementsDocument = DemoFolder + "/" + DemoUnitRequirementsFile;

    /// <summary>
    /// Demo unit-level access requirements (synthetic, 示意; zoning reference §1: the fourth level of the access list) from
    /// data/seed/zoning/demo/unit-requirements.json, stored once as unit-level <see cref="AccessRequirementEntity"/> rows
    /// whose plan and document are the demo file itself, so they are never mistaken for a seed document's records.
    /// </summary>
    private bool SeedDemoUnitRequirements(string directory, string jurisdictionCode)
    {
        var path = Path.Combine(directory, DemoUnitRequirementsFile);
        if (!File.Exists(path) || db.AccessRequirements.Any(a => a.DocumentId == DemoUnitRequirementsDocument)) return false;
        DemoUnitRequirements? file;
        try { file = JsonSerializer.Deserialize<DemoUnitRequirements>(File.ReadAllBytes(path), DemoJson); }
        catch (JsonException e) { throw new SeedFileException(DemoUnitRequirementsFile, e.Path ?? "file", e.Message); }
        if (file?.Requirements is not { Count: > 0 } list) throw new SeedFileException(DemoUnitRequirementsFile, "requirements", "没有任何要求 / no requirements");
        for (var i = 0; i < list.Count; i++)
        {
            var r = list[i];
            var at = $"requirements[{i}]";
            if (string.IsNullOrWhiteSpace(r.UnitCode) || string.IsNullOrWhiteSpace(r.Category) || string.IsNullOrWhiteSpace(r.Text))
                throw new SeedFileException(DemoUnitRequirementsFile, at, "unitCode、category、text 不能为空 / required");
            if (!AccessListCategories.TryParse(r.Category, out var category))
                throw new SeedFileException(DemoUnitRequirementsFile, at + ".category", $"“{r.Category}”不是四类管控类别之一 / not an access-list category");
            db.AccessRequirements.Add(new AccessRequirementEntity
            {
                DocumentId = DemoUnitRequirementsDocument,
                PlanId = DemoUnitRequirementsDocument,
                JurisdictionCode = jurisdictionCode,
                Level = AccessListLevel.Unit,
                Category = AccessListCategories.Name(category),
                Subcategory = r.Subcategory,
                Seq = r.Seq,
                Text = r.Text,
                Basis = r.Basis ?? "",
                UnitCode = r.UnitCode,
                Source = new SourceRef { Document = DemoUnitRequirementsDocument, Section = r.UnitName ?? r.UnitCode, Line = 0, Row = at },
            });
        }
        db.SaveChanges();
        return true;
    }

    private static readonly JsonSerializerOptions DemoJson = new() { PropertyNameCaseInsensitive = true };

    private sealed record DemoUnitRequirements(List<DemoUnitRequirement>? Requirements);

    private sealed record DemoUnitRequirement(string UnitCode, string? UnitName, string Category, string? Subcategory, int Seq, string Text, string? Basis);

    /// <summary>The code and every descendant's code (the tree is small: a province at most).</summary>
    /// <summary>
    /// The counties under the jurisdiction (and the jurisdiction itself), code → name, with the names of the
    /// jurisdiction and its ancestors as the prefixes a county name may carry (晋城市城区).
    /// </summary>
    private static CountyDirectory Counties(JurisdictionEntity jurisdiction, IReadOnlyList<JurisdictionLink> links)
    {
        var all = links.ToDictionary(j => j.Code);
        var within = Within(jurisdiction.Code, links);
        var counties = within.Where(all.ContainsKey).ToDictionary(c => c, c => all[c].Name, StringComparer.Ordinal);
        var parents = new List<string>();
        for (var c = jurisdiction.ParentCode; c is not null && all.TryGetValue(c, out var p); c = p.ParentCode) parents.Insert(0, p.Name);
        parents.Add(jurisdiction.Name);
        return new CountyDirectory(counties, parents);
    }

    private static HashSet<string> Within(string code, IReadOnlyList<JurisdictionLink> links)
    {
        var children = links
            .Where(j => j.ParentCode is not null).ToLookup(j => j.ParentCode!, j => j.Code);
        var result = new HashSet<string>(StringComparer.Ordinal) { code };
        var queue = new Queue<string>([code]);
        while (queue.TryDequeue(out var c))
            foreach (var child in children[c])
                if (result.Add(child)) queue.Enqueue(child);
        return result;
    }

    private static int? MetadataCrs(byte[] geojson)
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

    private static DateOnly? MetadataDate(byte[] geojson)
    {
        try
        {
            using var doc = JsonDocument.Parse(geojson);
            if (!doc.RootElement.TryGetProperty("metadata", out var m) || m.ValueKind != JsonValueKind.Object) return null;
            foreach (var name in new[] { "effectiveFrom", "effectiveDate", "effective" })
                if (m.TryGetProperty(name, out var d) && d.ValueKind == JsonValueKind.String
                    && DateOnly.TryParseExact(d.GetString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
                    return date;
        }
        catch (JsonException) { }
        return null;
    }

    private static bool MetadataFlag(string? metadataJson)
    {
        if (metadataJson is null) return false;
        using var doc = JsonDocument.Parse(metadataJson);
        return doc.RootElement.TryGetProperty("synthetic", out var s) && s.ValueKind == JsonValueKind.True;
    }

    private static List<LayerProblem> Problems(ZoningLayerVersionEntity v) =>
        JsonSerializer.Deserialize<List<LayerProblem>>(v.ReportJson, Json) ?? [];

    private static LayerVersionInfo ToInfo(ZoningLayerVersionEntity v) =>
        new(v.Id, v.Layer, v.JurisdictionCode, v.Version, v.EffectiveFrom, v.ImportedAt, v.SourceName, v.Sha256, v.SourceEpsg, v.FeatureCount, v.Synthetic, v.Note);
}
