using EcoGov.Core.Zoning;
using EcoGov.Core.Zoning.Rules;
using EcoGov.Data;
using EcoGov.Data.Queries;
using EcoGov.Data.Zoning;
using EcoGov.Spatial.Zoning;
using EcoGov.Spatial.Zoning.Assessment;
using Microsoft.Extensions.Caching.Memory;

namespace EcoGov.Application.Zoning;

/// <summary>A siting assessment that cannot be made (no unit layer in force, unknown jurisdiction); the message says why.</summary>
public sealed class ZoningAssessmentException(AppMessage text) : Exception(text.Bilingual)
{
    /// <summary>The message from the application's catalogue, which the refusal passes on.</summary>
    public AppMessage Text { get; } = text;
}

/// <summary>
/// 选址预研判 against the store: the layer versions in force on the date (动态更新 — an assessment is reproducible for
/// any past date), the access list of the jurisdiction (county → with its city's requirements; unit-level requirements
/// of the touched units), and the shipped rule catalogue. Shared by `zoning assess` and the web page.
/// <para>
/// Stored versions never change, so their snapshots (and the indexes built on them) are kept in the host's
/// <see cref="ZoningSnapshotCache"/> — keyed by the version's id and identity (layer, jurisdiction, number, date, source
/// hash), not the id alone: one process may open several databases (tests, a CLI --db), where the same id is a different version.
/// </para>
/// </summary>
public sealed class ZoningAssessment(EcoGovDbContext db, ZoningSnapshotCache snapshots)
{
    private static readonly SiteAssessor Assessor = new();

    /// <summary>
    /// Assesses a site (EPSG:4490). <paramref name="jurisdictionCode"/> null → the jurisdiction whose unit layer in force
    /// on <paramref name="date"/> the site touches (the most specific when several do).
    /// </summary>
    public AssessmentResult Assess(ParsedSite site, string? jurisdictionCode, string? industryCode, ProjectFacts facts, DateOnly date)
    {
        var store = new ZoningLayerStore(db);
        var catalog = new PlanCatalog(db);
        var code = jurisdictionCode ?? FindJurisdiction(store, site, date);
        // A layer is looked up along the jurisdiction's chain, most specific first: a county's own layer when it has one,
        // otherwise its city's (the demo layers, like most zoning results, are drawn for the whole city).
        var chain = catalog.AncestorsAndSelf(code) ?? throw new ZoningAssessmentException(AppText.UnknownJurisdiction(code));
        LayerVersionInfo? InForce(string layer) =>
            chain.Select(c => store.VersionAsOf(layer, c, date)).FirstOrDefault(v => v is not null);
        var unitsVersion = InForce(ZoningLayerKinds.Units.Code)
            ?? throw new ZoningAssessmentException(AppText.NoUnitLayerInForce(code, date));
        var units = Snapshot(store, unitsVersion);
        var layers = ZoningLayerKinds.All.Where(k => k != ZoningLayerKinds.Units)
            .Select(k => InForce(k.Code)).OfType<LayerVersionInfo>()
            .Select(v => Snapshot(store, v)).ToList();
        // The access list's levels from the plans, and the unit-level requirements the unit layer in force carries itself.
        var requirements = (catalog.AccessList(code, includeUnitLevel: true) ?? []).Concat(LayerUnitRequirements.From(units)).ToList();
        return Assessor.Assess(site, industryCode, facts, date, units, layers, requirements);
    }

    private LayerSnapshot Snapshot(ZoningLayerStore store, LayerVersionInfo v) =>
        snapshots.GetOrAdd($"{v.Id}|{v.Layer}|{v.JurisdictionCode}|{v.Version}|{v.EffectiveFrom:yyyy-MM-dd}|{v.Sha256}",
            () => store.Snapshot(v.Id) ?? throw new ZoningAssessmentException(AppText.NoSuchLayerVersion(v.Id)));

    private string FindJurisdiction(ZoningLayerStore store, ParsedSite site, DateOnly date)
    {
        var candidates = db.ZoningLayerVersions.Where(v => v.Layer == ZoningLayerKinds.Units.Code)
            .Select(v => v.JurisdictionCode).Distinct().ToList()
            .OrderByDescending(c => c, StringComparer.Ordinal); // a county (1405xx) before its city (140500)
        var inForce = false;
        foreach (var c in candidates)
        {
            var v = store.VersionAsOf(ZoningLayerKinds.Units.Code, c, date);
            inForce |= v is not null;
            if (v is not null && store.FeaturesIntersecting(v.Id, site.Geometry.EnvelopeInternal).Any(f => f.Geometry.Intersects(site.Geometry)))
                return c;
        }
        if (!inForce)
            throw new ZoningAssessmentException(AppText.NoUnitLayerInForceOnDay(date));
        throw new ZoningAssessmentException(AppText.SiteInNoUnitLayer(date));
    }
}

/// <summary>
/// The layer snapshots (with their STRtree indexes) of the versions in recent use: an <see cref="IMemoryCache"/> of its own,
/// bounded to <see cref="MaxSnapshots"/> entries (a few jurisdictions × layers × versions; the least recently used go
/// first when it is full) and dropping an entry idle for <see cref="Idle"/>. One per host (a singleton on the web; one
/// per CLI command).
/// </summary>
public sealed class ZoningSnapshotCache : IDisposable
{
    public const int MaxSnapshots = 64;
    public static readonly TimeSpan Idle = TimeSpan.FromMinutes(30);

    private readonly MemoryCache cache = new(new MemoryCacheOptions { SizeLimit = MaxSnapshots });

    public LayerSnapshot GetOrAdd(string key, Func<LayerSnapshot> load) =>
        cache.GetOrCreate(key, entry =>
        {
            entry.Size = 1;
            entry.SlidingExpiration = Idle;
            return load();
        })!;

    public void Dispose() => cache.Dispose();
}
