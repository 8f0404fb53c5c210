using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using EcoGov.Core.Text;
using EcoGov.Core.Zoning;
using EcoGov.Data.Entities;
using EcoGov.Data.Seeding;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace EcoGov.Data.Zoning;

/// <summary>The import cannot start or the file cannot be read (unknown layer or jurisdiction, unreadable file, CRS, a version number taken): nothing stored.</summary>
public sealed class LayerImportException(Message text, string? field = null) : Exception(text.Bilingual)
{
    /// <summary>What is wrong, from a catalogue (the store's or the application layer's).</summary>
    public Message Text { get; } = text;

    /// <summary>The request field the problem is in ("field" for a column role that cannot be applied), or null: the file.</summary>
    public string? Field { get; } = field;
}

/// <summary>A jurisdiction's place in the tree: what a layer import matches county names against.</summary>
public sealed record JurisdictionLink(string Code, string Name, string? ParentCode);

/// <summary>The jurisdiction a layer is imported for, with its boundary (WKB, WGS 84; null: none held) and the whole tree.</summary>
public sealed record LayerJurisdiction(string Code, string Name, string? ParentCode, byte[]? BoundaryWkb, IReadOnlyList<JurisdictionLink> All);

/// <summary>
/// One feature of a layer version as stored: its id (the unit code for units), name, class (units' 管控类别), geometry as
/// WKB in EPSG:4490 with its envelope (degrees), and its attributes (standard field names).
/// </summary>
public sealed record LayerFeatureRow(string FeatureId, string? Name, string? Class, byte[] GeometryWkb, IReadOnlyDictionary<string, string?> Attributes,
    double MinX, double MinY, double MaxX, double MaxY);

/// <summary>
/// A layer version ready to store: read, mapped, validated and reprojected above the store (the application layer).
/// <see cref="FieldMappingJson"/> is the column roles (role → column, the store's JSON); <see cref="Problems"/> the warnings kept with it.
/// </summary>
public sealed record LayerVersionRows(string Layer, string JurisdictionCode, DateOnly EffectiveFrom, string SourceName, string Sha256, int SourceEpsg,
    bool Synthetic, string? MetadataJson, string FieldMappingJson, IReadOnlyList<LayerProblem> Problems, IReadOnlyList<LayerFeatureRow> Features);

/// <summary>What storing a version did: <see cref="LayerImportStatus.Created"/> (<see cref="Version"/> is new) or <see cref="LayerImportStatus.Unchanged"/> (the version stored before; its problems as stored).</summary>
public sealed record LayerStoreResult(LayerImportStatus Status, LayerVersionInfo Version, IReadOnlyList<LayerProblem> Problems);

/// <summary>A stored version with its features (as stored: WKB and envelope), in the source file's order.</summary>
public sealed record StoredLayer(LayerVersionInfo Version, IReadOnlyList<LayerFeatureRow> Features);

/// <summary>
/// The zoning layer store: persists prepared layer versions (one transaction; idempotent by content hash, effective date
/// and column roles), lists versions, and reads a version or the version in force on a date as stored rows. Geometry is
/// stored as WKB in EPSG:4490 with its envelope (docs/adr/0003-zoning-layers.md); reading files, validating, reprojecting,
/// decoding and diffing happen above the store (EcoGov.Application.Zoning.ZoningLayerRepository, EcoGov.Spatial).
/// </summary>
public sealed class ZoningLayerStore(EcoGovDbContext db, ILogger? logger = null, TimeProvider? clock = null)
{
    /// <summary>Where the demo layers are looked for, under data/seed.</summary>
    public const string DemoFolder = "zoning/demo";

    /// <summary>The default effective date of the demo layers (000 is the 2023 update).</summary>
    public static readonly DateOnly DemoEffectiveFrom = new(2023, 12, 31);

    /// <summary>Features saved (and reported) per batch of an import.</summary>
    public const int FeatureBatch = 1000;

    private readonly ILogger log = logger ?? NullLogger<ZoningLayerStore>.Instance;
    private readonly TimeProvider time = clock ?? TimeProvider.System;

    /// <summary>The JSON of the stored mapping, attributes and problems (also what the application layer writes <see cref="LayerVersionRows.FieldMappingJson"/> with).</summary>
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>The jurisdiction a layer is imported for, with the tree; null when there is no such code.</summary>
    public async Task<LayerJurisdiction?> JurisdictionAsync(string jurisdictionCode, CancellationToken ct = default)
    {
        var j = await db.Jurisdictions.AsNoTracking().FirstOrDefaultAsync(j => j.Code == jurisdictionCode, ct);
        if (j is null) return null;
        var all = await db.Jurisdictions.AsNoTracking().Select(x => new JurisdictionLink(x.Code, x.Name, x.ParentCode)).ToListAsync(ct);
        return new LayerJurisdiction(j.Code, j.Name, j.ParentCode, j.BoundaryWkb, all);
    }

    /// <summary>As <see cref="JurisdictionAsync"/>, synchronously: only for <see cref="SeedDemo"/>, under the initialisation lock.</summary>
    private LayerJurisdiction? Jurisdiction(string jurisdictionCode)
    {
        var j = db.Jurisdictions.AsNoTracking().FirstOrDefault(j => j.Code == jurisdictionCode);
        if (j is null) return null;
        var all = db.Jurisdictions.AsNoTracking().Select(x => new JurisdictionLink(x.Code, x.Name, x.ParentCode)).ToList();
        return new LayerJurisdiction(j.Code, j.Name, j.ParentCode, j.BoundaryWkb, all);
    }

    /// <summary>
    /// Stores a prepared version as the next version of its (layer, jurisdiction), or answers
    /// <see cref="LayerImportStatus.Unchanged"/> with the version that holds the same file (same SHA-256, effective date
    /// and column roles). Throws <see cref="LayerImportException"/> when another import took the version number first.
    /// The version row and its features are one transaction (a process killed while it writes leaves none of it); the
    /// features are saved <see cref="FeatureBatch"/> at a time, each batch reported to <paramref name="progress"/> (written, total).
    /// </summary>
    public async Task<LayerStoreResult> StoreAsync(LayerVersionRows rows, string? note = null,
        IProgress<Core.Monitoring.ImportProgress>? progress = null, CancellationToken ct = default)
    {
        // inside a caller's transaction the caller commits
        await using var tx = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(ct) : null;
        var known = await db.ZoningLayerVersions.AsNoTracking().FirstOrDefaultAsync(Same(rows), ct);
        if (known is not null) return Unchanged(known);
        var next = (await db.ZoningLayerVersions.Where(v => v.Layer == rows.Layer && v.JurisdictionCode == rows.JurisdictionCode).MaxAsync(v => (int?)v.Version, ct) ?? 0) + 1;
        var entity = NewVersion(rows, next, note);
        db.ZoningLayerVersions.Add(entity);
        try { await db.SaveChangesAsync(ct); }
        catch (DbUpdateException) { throw Taken(rows); }
        var seq = 0;
        foreach (var feature in Features(rows, entity.Id))
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
        return Created(entity, rows);
    }

    /// <summary>
    /// As <see cref="StoreAsync"/>, synchronously, inside <see cref="SeedDemo"/>'s transaction: only the demo layers of the
    /// start-up initialisation, which runs under the initialisation lock, are stored this way.
    /// </summary>
    private LayerStoreResult Store(LayerVersionRows rows, string note)
    {
        var known = db.ZoningLayerVersions.AsNoTracking().FirstOrDefault(Same(rows));
        if (known is not null) return Unchanged(known);
        var next = (db.ZoningLayerVersions.Where(v => v.Layer == rows.Layer && v.JurisdictionCode == rows.JurisdictionCode).Max(v => (int?)v.Version) ?? 0) + 1;
        var entity = NewVersion(rows, next, note);
        db.ZoningLayerVersions.Add(entity);
        try { db.SaveChanges(); }
        catch (DbUpdateException) { throw Taken(rows); }
        var seq = 0;
        foreach (var feature in Features(rows, entity.Id))
        {
            db.ZoningLayerFeatures.Add(feature);
            if (++seq % FeatureBatch != 0) continue;
            db.SaveChanges();
            db.ChangeTracker.Clear();
        }
        db.SaveChanges();
        return Created(entity, rows);
    }

    private static System.Linq.Expressions.Expression<Func<ZoningLayerVersionEntity, bool>> Same(LayerVersionRows p)
    {
        var (layer, jurisdictionCode, sha, mappingJson, effectiveFrom) = (p.Layer, p.JurisdictionCode, p.Sha256, p.FieldMappingJson, p.EffectiveFrom);
        return v => v.Layer == layer && v.JurisdictionCode == jurisdictionCode && v.Sha256 == sha && v.EffectiveFrom == effectiveFrom
                    && (v.FieldMappingJson == mappingJson || v.FieldMappingJson == null);
    }

    private static LayerStoreResult Unchanged(ZoningLayerVersionEntity known) => new(LayerImportStatus.Unchanged, ToInfo(known), Problems(known));

    private static LayerImportException Taken(LayerVersionRows p) =>
        // (layer, jurisdiction, version) is unique: another import of this layer took the number first
        new(DataText.LayerImportInProgress(p.Layer, p.JurisdictionCode));

    private ZoningLayerVersionEntity NewVersion(LayerVersionRows p, int next, string? note) => new()
    {
        Layer = p.Layer,
        JurisdictionCode = p.JurisdictionCode,
        Version = next,
        EffectiveFrom = p.EffectiveFrom,
        ImportedAt = time.GetUtcNow(),
        SourceName = p.SourceName,
        Sha256 = p.Sha256,
        SourceEpsg = p.SourceEpsg,
        FeatureCount = p.Features.Count,
        Synthetic = p.Synthetic,
        Note = note,
        MetadataJson = p.MetadataJson,
        ReportJson = JsonSerializer.Serialize(p.Problems, Json),
        FieldMappingJson = p.FieldMappingJson,
    };

    private static IEnumerable<ZoningLayerFeatureEntity> Features(LayerVersionRows p, long versionId)
    {
        var seq = 0;
        foreach (var f in p.Features)
            yield return new ZoningLayerFeatureEntity
            {
                VersionId = versionId,
                Seq = ++seq,
                FeatureId = f.FeatureId,
                Name = f.Name,
                Class = f.Class,
                GeometryWkb = f.GeometryWkb,
                AttributesJson = JsonSerializer.Serialize(f.Attributes, Json),
                MinX = f.MinX,
                MinY = f.MinY,
                MaxX = f.MaxX,
                MaxY = f.MaxY,
            };
    }

    private LayerStoreResult Created(ZoningLayerVersionEntity entity, LayerVersionRows p)
    {
        db.ChangeTracker.Clear();
        log.LogInformation("Imported {Layer} {Jurisdiction} v{Version} from {File}: {Features} features, {Warnings} warnings",
            p.Layer, p.JurisdictionCode, entity.Version, p.SourceName, entity.FeatureCount, p.Problems.Count(x => x.Severity == LayerProblemSeverity.Warning));
        return new LayerStoreResult(LayerImportStatus.Created, ToInfo(entity), p.Problems);
    }

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

    /// <summary>A version with its features as stored, or null when there is no such version.</summary>
    public async Task<StoredLayer?> ReadAsync(long versionId, CancellationToken ct = default)
    {
        var v = await db.ZoningLayerVersions.AsNoTracking().FirstOrDefaultAsync(x => x.Id == versionId, ct);
        if (v is null) return null;
        return new StoredLayer(ToInfo(v), await RowsAsync(db.ZoningLayerFeatures.AsNoTracking().Where(f => f.VersionId == versionId), ct));
    }

    /// <summary>
    /// The features of a version whose stored envelope intersects the given one (EPSG:4490 degrees): a cheap filter on the
    /// envelope columns. Candidates only — test the geometry itself for an exact answer.
    /// </summary>
    public Task<List<LayerFeatureRow>> FeaturesIntersectingAsync(long versionId, double minX, double minY, double maxX, double maxY, CancellationToken ct = default) =>
        RowsAsync(db.ZoningLayerFeatures.AsNoTracking().Where(f => f.VersionId == versionId
            && f.MinX <= maxX && f.MaxX >= minX && f.MinY <= maxY && f.MaxY >= minY), ct);

    private static async Task<List<LayerFeatureRow>> RowsAsync(IQueryable<ZoningLayerFeatureEntity> rows, CancellationToken ct) =>
        (await rows.OrderBy(f => f.Seq).ToListAsync(ct)).Select(f => new LayerFeatureRow(f.FeatureId, f.Name, f.Class, f.GeometryWkb,
            JsonSerializer.Deserialize<Dictionary<string, string?>>(f.AttributesJson, Json) ?? [], f.MinX, f.MinY, f.MaxX, f.MaxY)).ToList();

    /// <summary>The version in force on <paramref name="date"/>: the latest with EffectiveFrom ≤ date (ties: the higher version); null if none.</summary>
    public async Task<LayerVersionInfo?> VersionAsOfAsync(string layer, string jurisdictionCode, DateOnly date, CancellationToken ct = default) =>
        await db.ZoningLayerVersions.AsNoTracking()
            .Where(v => v.Layer == layer && v.JurisdictionCode == jurisdictionCode && v.EffectiveFrom <= date)
            .OrderByDescending(v => v.EffectiveFrom).ThenByDescending(v => v.Version).FirstOrDefaultAsync(ct) is { } v ? ToInfo(v) : null;

    /// <summary>
    /// Stores data/seed/zoning/demo/*.geojson (file stem = layer code) for <paramref name="jurisdictionCode"/> when that
    /// layer has no version yet; effective date from metadata.effectiveFrom/effectiveDate, else 2023-12-31. Each file is
    /// read and validated by <paramref name="geometry"/> (<see cref="ISeedGeometry.DemoLayer"/>, the application layer's).
    /// Returns the files imported. A rejected demo file throws <see cref="SeedFileException"/>.
    /// Synchronous: part of the start-up initialisation (<c>EcoGovDatabase.Initialize</c>), under the initialisation lock.
    /// </summary>
    public IReadOnlyList<string> SeedDemo(string directory, ISeedGeometry geometry, string jurisdictionCode = "140500")
    {
        if (!Directory.Exists(directory) || !db.Jurisdictions.Any(j => j.Code == jurisdictionCode)) return [];
        if (DemoSeeded(directory, jurisdictionCode)) return []; // the usual start: a read, no write lock
        // all or nothing: a rejected demo file leaves no demo layer behind (the next start retries them all)
        using var tx = db.Database.CurrentTransaction is null ? db.Database.BeginTransaction() : null;
        try { return SeedDemoFiles(directory, geometry, jurisdictionCode, tx); }
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

    private List<string> SeedDemoFiles(string directory, ISeedGeometry geometry, string jurisdictionCode, Microsoft.EntityFrameworkCore.Storage.IDbContextTransaction? tx)
    {
        var imported = new List<string>();
        LayerJurisdiction? jurisdiction = null;
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
            jurisdiction ??= Jurisdiction(jurisdictionCode)!; // SeedDemo checked that it exists
            var rows = geometry.DemoLayer(new DemoLayerSource(layer, effective, Path.GetFileName(file), bytes), jurisdiction);
            LayerStoreResult r;
            try { r = Store(rows, "demo layer seeded from data/seed/zoning/demo"); }
            catch (LayerImportException e) { throw new SeedFileException(Path.GetFileName(file), "file", e.Message); }
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
        if (file?.Requirements is not { Count: > 0 } list) throw new SeedFileException(DemoUnitRequirementsFile, "requirements", DataText.DemoNoRequirements());
        for (var i = 0; i < list.Count; i++)
        {
            var r = list[i];
            var at = $"requirements[{i}]";
            if (string.IsNullOrWhiteSpace(r.UnitCode) || string.IsNullOrWhiteSpace(r.Category) || string.IsNullOrWhiteSpace(r.Text))
                throw new SeedFileException(DemoUnitRequirementsFile, at, DataText.DemoRequirementFieldsRequired());
            if (!AccessListCategories.TryParse(r.Category, out var category))
                throw new SeedFileException(DemoUnitRequirementsFile, at + ".category", DataText.NotAnAccessListCategory(r.Category));
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

    private static List<LayerProblem> Problems(ZoningLayerVersionEntity v) =>
        JsonSerializer.Deserialize<List<LayerProblem>>(v.ReportJson, Json) ?? [];

    private static LayerVersionInfo ToInfo(ZoningLayerVersionEntity v) =>
        new(v.Id, v.Layer, v.JurisdictionCode, v.Version, v.EffectiveFrom, v.ImportedAt, v.SourceName, v.Sha256, v.SourceEpsg, v.FeatureCount, v.Synthetic, v.Note);
}
