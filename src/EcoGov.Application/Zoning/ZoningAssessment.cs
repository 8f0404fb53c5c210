using EcoGov.Core.Zoning;
using EcoGov.Core.Zoning.Rules;
using EcoGov.Data;
using EcoGov.Data.Queries;
using EcoGov.Data.Zoning;
using EcoGov.Spatial.Zoning;
using EcoGov.Spatial.Zoning.Assessment;
using Microsoft.EntityFrameworkCore;
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
    public async Task<AssessmentResult> AssessAsync(ParsedSite site, string? jurisdictionCode, string? industryCode, ProjectFacts facts, DateOnly date,
        CancellationToken ct = default)
    {
        var store = new ZoningLayerRepository(db);
        var catalog = new PlanCatalog(db);
        var code = jurisdictionCode ?? await FindJurisdictionAsync(store, site, date, ct);
        // A layer is looked up along the jurisdiction's chain, most specific first: a county's own layer when it has one,
        // otherwise its city's (the demo layers, like most zoning results, are drawn for the whole city).
        var chain = await catalog.AncestorsAndSelfAsync(code, ct) ?? throw new ZoningAssessmentException(AppText.UnknownJurisdiction(code));
        async Task<LayerVersionInfo?> InForce(string layer)
        {
            foreach (var c in chain)
                if (await store.VersionAsOfAsync(layer, c, date, ct) is { } v) return v;
            return null;
        }
        var unitsVersion = await InForce(ZoningLayerKinds.Units.Code)
            ?? throw new ZoningAssessmentException(AppText.NoUnitLayerInForce(code, date));
        var units = await SnapshotAsync(store, unitsVersion, ct);
        var layers = new List<LayerSnapshot>();
        foreach (var k in ZoningLayerKinds.All.Where(k => k != ZoningLayerKinds.Units))
            if (await InForce(k.Code) is { } v) layers.Add(await SnapshotAsync(store, v, ct));
        // The access list's levels from the plans, and the unit-level requirements the unit layer in force carries itself.
        var requirements = (await catalog.AccessListAsync(code, includeUnitLevel: true, ct) ?? []).Concat(LayerUnitRequirements.From(units)).ToList();
        return Assessor.Assess(site, industryCode, facts, date, units, layers, requirements);
    }

    private Task<LayerSnapshot> SnapshotAsync(ZoningLayerRepository store, LayerVersionInfo v, CancellationToken ct) =>
        snapshots.GetOrAddAsync($"{v.Id}|{v.Layer}|{v.JurisdictionCode}|{v.Version}|{v.EffectiveFrom:yyyy-MM-dd}|{v.Sha256}",
            async () => await store.SnapshotAsync(v.Id, ct) ?? throw new ZoningAssessmentException(AppText.NoSuchLayerVersion(v.Id)));

    private async Task<string> FindJurisdictionAsync(ZoningLayerRepository store, ParsedSite site, DateOnly date, CancellationToken ct)
    {
        var candidates = (await db.ZoningLayerVersions.Where(v => v.Layer == ZoningLayerKinds.Units.Code)
            .Select(v => v.JurisdictionCode).Distinct().ToListAsync(ct))
            .OrderByDescending(c => c, StringComparer.Ordinal); // a county (1405xx) before its city (140500)
        var inForce = false;
        foreach (var c in candidates)
        {
            var v = await store.VersionAsOfAsync(ZoningLayerKinds.Units.Code, c, date, ct);
            inForce |= v is not null;
            if (v is not null && (await store.FeaturesIntersectingAsync(v.Id, site.Geometry.EnvelopeInternal, ct)).Any(f => f.Geometry.Intersects(site.Geometry)))
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

    public async Task<LayerSnapshot> GetOrAddAsync(string key, Func<Task<LayerSnapshot>> load) =>
        (await cache.GetOrCreateAsync(key, async entry =>
        {
            entry.Size = 1;
            entry.SlidingExpiration = Idle;
            return await load();
        }))!;

    public void Dispose() => cache.Dispose();
}
