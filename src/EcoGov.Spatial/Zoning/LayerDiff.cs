using EcoGov.Core.Zoning;
using EcoGov.Spatial.Crs;

namespace EcoGov.Spatial.Zoning;

/// <summary>A feature present in only one of the two versions; <see cref="AreaM2"/> is 0 for points and lines.</summary>
public sealed record LayerDiffFeature(string Id, string? Name, string? Class, double AreaM2);

/// <summary>A unit whose class (管控类别) changed.</summary>
public sealed record LayerReclassified(string Id, string? Name, string? FromClass, string? ToClass);

/// <summary>A feature whose geometry changed: areas before/after (m²), their difference, and the symmetric-difference area.</summary>
public sealed record LayerGeometryChange(string Id, string? Name, double AreaBeforeM2, double AreaAfterM2, double AreaChangeM2, double ChangedAreaM2);

/// <summary>What changed from one version of a layer to another, features matched by id (the unit code).</summary>
public sealed record LayerDiffResult(
    LayerVersionInfo From,
    LayerVersionInfo To,
    IReadOnlyList<LayerDiffFeature> Added,
    IReadOnlyList<LayerDiffFeature> Removed,
    IReadOnlyList<LayerReclassified> Reclassified,
    IReadOnlyList<LayerGeometryChange> GeometryChanged,
    int Unchanged);

/// <summary>Compares two layer snapshots (pure; areas in the Gauss-Krüger zone of each feature, <see cref="MetricFrame"/>).</summary>
public static class LayerDiff
{
    /// <summary>A geometry whose symmetric difference with its previous shape is at most this (m²) counts as unchanged.</summary>
    public const double DefaultToleranceM2 = 1.0;

    public static LayerDiffResult Compare(LayerSnapshot from, LayerSnapshot to, double toleranceM2 = DefaultToleranceM2)
    {
        var before = from.Features.ToDictionary(f => f.Id, StringComparer.Ordinal);
        var after = to.Features.ToDictionary(f => f.Id, StringComparer.Ordinal);
        var added = to.Features.Where(f => !before.ContainsKey(f.Id)).Select(Describe).OrderBy(f => f.Id, StringComparer.Ordinal).ToList();
        var removed = from.Features.Where(f => !after.ContainsKey(f.Id)).Select(Describe).OrderBy(f => f.Id, StringComparer.Ordinal).ToList();
        var reclassified = new List<LayerReclassified>();
        var changed = new List<LayerGeometryChange>();
        var unchanged = 0;
        foreach (var a in from.Features.OrderBy(f => f.Id, StringComparer.Ordinal))
        {
            if (!after.TryGetValue(a.Id, out var b)) continue;
            var same = true;
            var ca = a.Attribute(UnitFields.Class);
            var cb = b.Attribute(UnitFields.Class);
            if (ca != cb)
            {
                reclassified.Add(new LayerReclassified(a.Id, b.Name ?? a.Name, ca, cb));
                same = false;
            }
            if (!a.Geometry.EqualsExact(b.Geometry))
            {
                var frame = MetricFrame.For(a.Geometry);
                var pa = frame.Project(a.Geometry);
                var pb = frame.Project(b.Geometry);
                var sym = pa.SymmetricDifference(pb);
                var measure = sym.Dimension == NetTopologySuite.Geometries.Dimension.Surface ? sym.Area : sym.Length;
                if (pa.Dimension == NetTopologySuite.Geometries.Dimension.Point) measure = pa.Distance(pb) + (pa.EqualsTopologically(pb) ? 0 : 1e-9);
                if (measure > toleranceM2)
                {
                    changed.Add(new LayerGeometryChange(a.Id, b.Name ?? a.Name, pa.Area, pb.Area, pb.Area - pa.Area, measure));
                    same = false;
                }
            }
            if (same) unchanged++;
        }
        return new LayerDiffResult(from.Version, to.Version, added, removed, reclassified, changed, unchanged);
    }

    private static LayerDiffFeature Describe(LayerFeature f) =>
        new(f.Id, f.Name, f.Attribute(UnitFields.Class), f.Geometry is NetTopologySuite.Geometries.IPolygonal ? MetricFrame.For(f.Geometry).Area(f.Geometry) : 0);
}
