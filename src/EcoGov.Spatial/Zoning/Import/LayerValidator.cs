using System.Globalization;
using System.Text.RegularExpressions;
using EcoGov.Core.Text;
using EcoGov.Core.Zoning;
using EcoGov.Spatial.Crs;
using NetTopologySuite.Geometries;
using NetTopologySuite.Geometries.Utilities;
using NetTopologySuite.Index.Strtree;
using NetTopologySuite.Operation.Overlay;
using NetTopologySuite.Operation.OverlayNG;

namespace EcoGov.Spatial.Zoning.Import;

/// <summary>Validated features (standard field names, valid geometry in EPSG:4490) and the report.</summary>
public sealed record LayerValidation(IReadOnlyList<LayerFeature> Features, LayerValidationReport Report);

/// <summary>
/// Validates a read layer and maps its fields to the standard names. Policy (docs/adr/0003-zoning-layers.md):
/// <list type="bullet">
/// <item>Errors (reject the import): no geometry or an empty one; an invalid geometry whose repair (NTS
/// <see cref="GeometryFixer"/>) is empty or changes the area by more than <see cref="MaxRepairAreaChange"/>; a geometry
/// of the wrong kind for the layer; coordinates outside China's extent (a wrong CRS); for units a missing code,
/// class or county, an unknown class, or a duplicate code (codes identify units across versions).</item>
/// <item>Warnings (stored with the version): a geometry repaired within the bound; a unit code that does not follow
/// "ZH" + county + class digit + sequence or disagrees with the class or county (zoning reference §5); overlaps
/// between units and gaps between the units' union and the jurisdiction's boundary, each with its area in m².</item>
/// </list>
/// </summary>
public static partial class LayerValidator
{
    /// <summary>A repair that changes the area by more than this share is not trusted: the feature is rejected.</summary>
    public const double MaxRepairAreaChange = 0.01;

    /// <summary>Overlaps and gaps smaller than this (m²) are digitising noise and not reported.</summary>
    public const double AreaToleranceM2 = 1.0;

    /// <summary>
    /// Overlap and gap parts thinner than this (mean width 2·area/perimeter, m) are slivers — e.g. a boundary edge
    /// drawn straight in another projection, where the units carry intermediate vertices — and are not reported.
    /// </summary>
    public const double SliverWidthM = 0.5;

    /// <summary>The unit classes' names (<see cref="ControlUnitClasses.Names"/>).</summary>
    public static IReadOnlyList<string> UnitClasses => ControlUnitClasses.Names;

    /// <param name="jurisdictionBoundary">The jurisdiction's boundary (EPSG:4490), for the gap check of units; null to skip it.</param>
    /// <param name="counties">The jurisdiction's code and those of the divisions under it; a unit whose county is not among them is warned about. Null to skip.</param>
    /// <param name="directory">The jurisdiction's counties by name, to read a county-name column (<see cref="LayerColumnDetector"/>); null: names are not matched.</param>
    /// <param name="mapping">The columns' roles; null: detected from the file (<see cref="LayerColumnDetector.Detect"/>).</param>
    public static LayerValidation Validate(RawLayer raw, ZoningLayerKind kind, Geometry? jurisdictionBoundary = null, IReadOnlySet<string>? counties = null,
        CountyDirectory? directory = null, LayerColumnMapping? mapping = null)
    {
        mapping ??= LayerColumnDetector.Detect(raw, directory);
        var problems = new List<LayerProblem>();
        var features = new List<LayerFeature>();
        var isUnits = kind.Code == ZoningLayerKinds.Units.Code;
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var f in raw.Features)
        {
            var attrs = LayerColumnDetector.Apply(mapping, f.Attributes, directory);
            var id = attrs.GetValueOrDefault(UnitFields.Code) ?? f.GeoJsonId ?? attrs.GetValueOrDefault("id")
                ?? (isUnits ? null : "#" + f.Number.ToString(CultureInfo.InvariantCulture));
            var label = id ?? "#" + f.Number.ToString(CultureInfo.InvariantCulture);
            var ok = true;
            void Error(string k, string? field, Message message, double? area = null)
            {
                problems.Add(LayerProblem.Of(LayerProblemSeverity.Error, k, label, f.Number, field, message, area));
                ok = false;
            }
            void Warn(string k, string? field, Message message, double? area = null) =>
                problems.Add(LayerProblem.Of(LayerProblemSeverity.Warning, k, label, f.Number, field, message, area));

            if (isUnits) ok &= CheckUnitAttributes(attrs, Error, Warn);
            if (id is not null && seen.TryGetValue(id, out var first))
            {
                // Unit codes identify units across versions: a duplicate is an error. Other layers (river segments
                // sharing a river's code…) get a unique id "code#n" and a warning.
                if (isUnits) Error("duplicate-code", UnitFields.Code, SpatialText.DuplicateCode(first));
                else
                {
                    Warn("duplicate-id", "id", SpatialText.DuplicateId(first, id, f.Number));
                    id = $"{id}#{f.Number.ToString(CultureInfo.InvariantCulture)}";
                }
            }
            if (id is not null) seen.TryAdd(id, f.Number);
            if (isUnits && counties is not null && attrs.GetValueOrDefault(UnitFields.County) is { } county && !counties.Contains(county))
                Warn("county-outside-jurisdiction", UnitFields.County, SpatialText.CountyOutsideJurisdiction(county));
            var geometry = CheckGeometry(f.Geometry, kind, Error, Warn);
            if (!ok || geometry is null) continue;
            features.Add(new LayerFeature(id!, attrs.GetValueOrDefault(UnitFields.Name), geometry, attrs));
        }
        if (isUnits && !problems.Any(p => p.Severity == LayerProblemSeverity.Error) && features.Count > 0)
            CheckCoverage(features, jurisdictionBoundary, problems);
        return new LayerValidation(features, new LayerValidationReport(problems));
    }

    private static bool CheckUnitAttributes(Dictionary<string, string?> attrs, Action<string, string?, Message, double?> error, Action<string, string?, Message, double?> warn)
    {
        var ok = true;
        foreach (var (field, missing) in new[] { (UnitFields.Code, SpatialText.MissingUnitCode()), (UnitFields.Class, SpatialText.MissingUnitClass()), (UnitFields.County, SpatialText.MissingCounty()) })
            if (string.IsNullOrWhiteSpace(attrs.GetValueOrDefault(field)))
            {
                error("missing-attribute", field, missing, null);
                ok = false;
            }
        var cls = attrs.GetValueOrDefault(UnitFields.Class);
        var classIndex = cls is null ? -1 : UnitClasses.ToList().IndexOf(cls);
        if (cls is not null && classIndex < 0)
        {
            error("unknown-class", UnitFields.Class, SpatialText.UnknownClass(cls, string.Join("/", UnitClasses)), null);
            ok = false;
        }
        var county = attrs.GetValueOrDefault(UnitFields.County);
        if (county is not null && !CountyCode().IsMatch(county))
        {
            error("bad-county", UnitFields.County, SpatialText.BadCounty(county), null);
            ok = false;
        }
        var code = attrs.GetValueOrDefault(UnitFields.Code);
        if (code is null) return ok;
        var m = LayerColumnDetector.UnitCode().Match(code);
        if (!m.Success)
        {
            warn("code-format", UnitFields.Code, SpatialText.CodeFormat(code), null);
            return ok;
        }
        if (classIndex >= 0 && m.Groups[2].Value != (classIndex + 1).ToString(CultureInfo.InvariantCulture))
            warn("code-class-mismatch", UnitFields.Class, SpatialText.CodeClassMismatch(code, m.Groups[2].Value, cls!, classIndex + 1), null);
        if (county is not null && CountyCode().IsMatch(county) && m.Groups[1].Value != county)
            warn("code-county-mismatch", UnitFields.County, SpatialText.CodeCountyMismatch(code, m.Groups[1].Value, county), null);
        return ok;
    }

    private static Geometry? CheckGeometry(Geometry? g, ZoningLayerKind kind, Action<string, string?, Message, double?> error, Action<string, string?, Message, double?> warn)
    {
        if (g is null || g.IsEmpty)
        {
            error("empty-geometry", "geometry", SpatialText.EmptyGeometry(), null);
            return null;
        }
        var env = g.EnvelopeInternal;
        if (env.MinX < 73 || env.MaxX > 136 || env.MinY < 3 || env.MaxY > 54)
        {
            error("out-of-extent", "geometry", SpatialText.OutOfExtent(env.MinX, env.MinY, env.MaxX, env.MaxY), null);
            return null;
        }
        var expected = kind.Geometry;
        var actual = g switch { IPolygonal => LayerGeometry.Polygon, ILineal => LayerGeometry.Line, IPuntal => LayerGeometry.Point, _ => LayerGeometry.Any };
        if (expected != LayerGeometry.Any && actual != expected)
        {
            error("geometry-type", "geometry", SpatialText.WrongGeometryType(g.GeometryType, expected), null);
            return null;
        }
        if (g.IsValid) return g;
        var fixedGeometry = GeometryFixer.Fix(g);
        fixedGeometry.SRID = g.SRID;
        if (fixedGeometry.IsEmpty)
        {
            error("invalid-geometry", "geometry", SpatialText.GeometryUnrepairable(), null);
            return null;
        }
        if (actual == LayerGeometry.Polygon)
        {
            var frame = MetricFrame.For(g);
            double before = frame.Area(g), after = frame.Area(fixedGeometry);
            var change = before <= 0 ? double.PositiveInfinity : Math.Abs(after - before) / before;
            if (change > MaxRepairAreaChange || fixedGeometry is not IPolygonal)
            {
                error("invalid-geometry", "geometry", SpatialText.RepairChangesArea(before, after), after - before);
                return null;
            }
            warn("geometry-repaired", "geometry", SpatialText.GeometryRepairedArea(after - before), after - before);
        }
        else warn("geometry-repaired", "geometry", SpatialText.GeometryRepaired(), null);
        return fixedGeometry;
    }

    private static void CheckCoverage(List<LayerFeature> units, Geometry? boundary, List<LayerProblem> problems)
    {
        var all = units.Select(u => u.Geometry).ToList();
        var frame = MetricFrame.For(new GeometryCollection([.. all]));
        var projected = units.Select(u => frame.Project(u.Geometry)).ToList();
        var tree = new STRtree<int>();
        for (var i = 0; i < projected.Count; i++) tree.Insert(projected[i].EnvelopeInternal, i);
        for (var i = 0; i < projected.Count; i++)
        {
            var prepared = NetTopologySuite.Geometries.Prepared.PreparedGeometryFactory.Prepare(projected[i]);
            foreach (var j in tree.Query(projected[i].EnvelopeInternal))
            {
                double area;
                try
                {
                    if (j <= i || !prepared.Intersects(projected[j])) continue;
                    area = Significant(OverlayNGRobust.Overlay(projected[i], projected[j], SpatialFunction.Intersection)).Sum(p => p.Area);
                }
                catch (Exception e) when (e is TopologyException or ArgumentException or AggregateException)
                {
                    problems.Add(LayerProblem.Of(LayerProblemSeverity.Warning, "overlap-check-failed", units[i].Id, null, "geometry",
                        SpatialText.OverlapCheckFailed(units[j].Id, e.Message), null));
                    continue;
                }
                if (area <= AreaToleranceM2) continue;
                problems.Add(LayerProblem.Of(LayerProblemSeverity.Warning, "overlap", units[i].Id, null, "geometry", SpatialText.Overlap(units[j].Id, area), area));
            }
        }
        if (boundary is null || boundary.IsEmpty) return;
        var b = frame.Project(boundary);
        if (!b.IsValid) b = GeometryFixer.Fix(b);
        Geometry gaps;
        try
        {
            var union = OverlayNGRobust.Union(b.Factory.BuildGeometry(projected));
            gaps = OverlayNGRobust.Overlay(b, union, SpatialFunction.Difference);
        }
        catch (TopologyException e)
        {
            // Name the unit whose geometry defeats the union when one can be found; otherwise the whole layer.
            var culprit = units.Where((_, k) => Fails(b, projected[k])).Select(u => u.Id).FirstOrDefault();
            problems.Add(LayerProblem.Of(LayerProblemSeverity.Warning, "gap-check-failed", culprit, null, "geometry",
                culprit is null ? SpatialText.GapCheckFailed(e.Message) : SpatialText.GapCheckFailedAtUnit(culprit, e.Message), null));
            return;
        }
        var parts = Significant(gaps);
        if (parts.Count == 0) return;
        var total = parts.Sum(p => p.Area);
        var largest = parts.MaxBy(p => p.Area)!;
        var at = CoordinateSystems.ToCgcs2000(largest.InteriorPoint.X, largest.InteriorPoint.Y, frame.Epsg);
        problems.Add(LayerProblem.Of(LayerProblemSeverity.Warning, "gap", null, null, "geometry",
            SpatialText.Gaps(parts.Count, total, at.Longitude, at.Latitude), total));
    }

    private static bool Fails(Geometry boundary, Geometry unit)
    {
        try { OverlayNGRobust.Overlay(boundary, unit, SpatialFunction.Difference); return false; }
        catch (TopologyException) { return true; }
    }

    /// <summary>The polygonal parts of a geometry that are neither tiny nor slivers.</summary>
    private static List<Geometry> Significant(Geometry g) =>
        Enumerable.Range(0, g.NumGeometries).Select(g.GetGeometryN)
            .Where(p => p is IPolygonal && p.Area > AreaToleranceM2 && 2 * p.Area / p.Length > SliverWidthM).ToList();

    [GeneratedRegex("^[0-9]{6}$")]
    private static partial Regex CountyCode();
}
