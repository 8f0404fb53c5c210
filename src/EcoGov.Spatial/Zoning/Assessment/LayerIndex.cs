using System.Runtime.CompilerServices;
using EcoGov.Core.Zoning.Rules;
using EcoGov.Spatial.Crs;
using NetTopologySuite.Geometries;
using NetTopologySuite.Geometries.Prepared;
using NetTopologySuite.Index.Strtree;

namespace EcoGov.Spatial.Zoning.Assessment;

/// <summary>
/// An STRtree of prepared geometries over one layer snapshot, built once and reused by any number of assessments
/// (queries may run concurrently: lazy structures are guarded). Envelopes are in EPSG:4490 degrees; metric answers (distance, area) are computed in
/// the caller's <see cref="MetricFrame"/> from projected copies cached per feature and zone.
/// </summary>
public sealed class LayerIndex
{
    private static readonly ConditionalWeakTable<LayerSnapshot, LayerIndex> Cache = new();
    private readonly STRtree<Entry> _tree = new();

    /// <summary>One indexed feature.</summary>
    public sealed class Entry(LayerFeature feature)
    {
        private sealed record Projection(int Zone, Geometry Geometry);

        private Projection? _projected;

        public LayerFeature Feature { get; } = feature;
        public IPreparedGeometry Prepared { get; } = PreparedGeometryFactory.Prepare(feature.Geometry);

        /// <summary>
        /// Prepared-geometry intersection test. NTS builds a prepared geometry's internal indexes lazily on first use,
        /// which is not documented as thread-safe, so the test holds the entry's lock (uncontended unless two requests
        /// test the same feature at the same moment).
        /// </summary>
        public bool Intersects(Geometry g)
        {
            lock (this) return Prepared.Intersects(g);
        }

        /// <summary>The feature projected into a frame (cached for the last zone asked).</summary>
        public Geometry Projected(MetricFrame frame)
        {
            if (_projected is { } hit && hit.Zone == frame.Zone) return hit.Geometry;
            var g = frame.Project(Feature.Geometry);
            _projected = new Projection(frame.Zone, g);
            return g;
        }
    }

    public LayerIndex(LayerSnapshot snapshot)
    {
        Snapshot = snapshot;
        foreach (var f in snapshot.Features)
        {
            if (f.Geometry is null || f.Geometry.IsEmpty) continue;
            _tree.Insert(f.Geometry.EnvelopeInternal, new Entry(f));
        }
        _tree.Build();
    }

    /// <summary>The index of a snapshot, built on first use and kept as long as the snapshot object lives.</summary>
    public static LayerIndex For(LayerSnapshot snapshot) => Cache.GetValue(snapshot, s => new LayerIndex(s));

    public LayerSnapshot Snapshot { get; }

    public string Layer => Snapshot.Version.Layer;

    public int Count => Snapshot.Features.Count;

    /// <summary>Features whose geometry intersects the site (boundary contact included).</summary>
    public IReadOnlyList<Entry> Intersecting(Geometry site)
    {
        var candidates = _tree.Query(site.EnvelopeInternal);
        var result = new List<Entry>(Math.Min(candidates.Count, 8));
        foreach (var c in candidates)
            if (c.Intersects(site)) result.Add(c);
        return result;
    }

    /// <summary>Features passing <paramref name="where"/> within <paramref name="meters"/> of the site, with their
    /// distance in metres (0 when touching), nearest first.</summary>
    public IReadOnlyList<(Entry Entry, double Distance)> Within(Geometry site, double meters, MetricFrame frame,
        IReadOnlyList<AttributeFilter>? where = null)
    {
        var env = Expand(site.EnvelopeInternal, meters);
        Geometry? projectedSite = null;
        var result = new List<(Entry, double)>();
        foreach (var c in _tree.Query(env))
        {
            if (!Passes(c.Feature, where)) continue;
            double d;
            if (c.Intersects(site)) d = 0;
            else
            {
                projectedSite ??= frame.Project(site);
                d = projectedSite.Distance(c.Projected(frame));
            }
            if (d <= meters) result.Add((c, d));
        }
        result.Sort((a, b) => a.Item2.CompareTo(b.Item2));
        return result;
    }

    /// <summary>How many features pass the filter.</summary>
    public int CountMatching(IReadOnlyList<AttributeFilter>? where) =>
        where is null or { Count: 0 } ? Count : Snapshot.Features.Count(f => Passes(f, where));

    /// <summary>Every entry whose envelope meets the given envelope (for drawing maps).</summary>
    public IList<Entry> Query(Envelope envelope) => _tree.Query(envelope);

    public static bool Passes(LayerFeature f, IReadOnlyList<AttributeFilter>? where) =>
        where is null || where.All(w => f.Attribute(w.Attribute) is { } v && w.Values.Contains(v.Trim()));

    /// <summary>
    /// An envelope grown by at least <paramref name="meters"/> on every side: 1° of latitude ≥ 110,574 m and 1° of
    /// longitude ≥ 111,320·cos(φ) m at the envelope's most poleward latitude; 2 % margin.
    /// </summary>
    internal static Envelope Expand(Envelope e, double meters)
    {
        if (meters <= 0) return new Envelope(e);
        var dLat = meters / 110_574.0 * 1.02;
        var maxLat = Math.Min(89, Math.Max(Math.Abs(e.MinY), Math.Abs(e.MaxY)) + dLat);
        var dLon = meters / (111_320.0 * Math.Cos(maxLat * Math.PI / 180)) * 1.02;
        return new Envelope(e.MinX - dLon, e.MaxX + dLon, e.MinY - dLat, e.MaxY + dLat);
    }
}
