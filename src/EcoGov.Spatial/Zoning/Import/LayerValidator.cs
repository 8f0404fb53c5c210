using System.Globalization;
using System.Text.RegularExpressions;
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
            void Error(string k, string? field, string message, double? area = null)
            {
                problems.Add(new LayerProblem(LayerProblemSeverity.Error, k, label, f.Number, field, message, area));
                ok = false;
            }
            void Warn(string k, string? field, string message, double? area = null) =>
                problems.Add(new LayerProblem(LayerProblemSeverity.Warning, k, label, f.Number, field, message, area));

            if (isUnits) ok &= CheckUnitAttributes(attrs, Error, Warn);
            if (id is not null && seen.TryGetValue(id, out var first))
            {
                // Unit codes identify units across versions: a duplicate is an error. Other layers (river segments
                // sharing a river's code…) get a unique id "code#n" and a warning.
                if (isUnits) Error("duplicate-code", UnitFields.Code, $"编码重复，首见第 {first} 个要素 / duplicate code, first at feature #{first}");
                else
                {
                    Warn("duplicate-id", "id", $"编号重复，首见第 {first} 个要素，本要素记为 {id}#{f.Number} / duplicate id, stored as {id}#{f.Number}");
                    id = $"{id}#{f.Number.ToString(CultureInfo.InvariantCulture)}";
                }
            }
            if (id is not null) seen.TryAdd(id, f.Number);
            if (isUnits && counties is not null && attrs.GetValueOrDefault(UnitFields.County) is { } county && !counties.Contains(county))
                Warn("county-outside-jurisdiction", UnitFields.County, $"行政区划代码 {county} 不属于导入的行政区 / county is not within the jurisdiction imported");
            var geometry = CheckGeometry(f.Geometry, kind, Error, Warn);
            if (!ok || geometry is null) continue;
            features.Add(new LayerFeature(id!, attrs.GetValueOrDefault(UnitFields.Name), geometry, attrs));
        }
        if (isUnits && !problems.Any(p => p.Severity == LayerProblemSeverity.Error) && features.Count > 0)
            CheckCoverage(features, jurisdictionBoundary, problems);
        return new LayerValidation(features, new LayerValidationReport(problems));
    }

    private static bool CheckUnitAttributes(Dictionary<string, string?> attrs, Action<string, string?, string, double?> error, Action<string, string?, string, double?> warn)
    {
        var ok = true;
        foreach (var (field, zh) in new[] { (UnitFields.Code, "单元编码"), (UnitFields.Class, "管控类别"), (UnitFields.County, "行政区划代码") })
            if (string.IsNullOrWhiteSpace(attrs.GetValueOrDefault(field)))
            {
                error("missing-attribute", field, field == UnitFields.County
                    ? "缺少行政区划代码：没有县区代码列，县区名称不能对应到本行政区的县，单元编码也不能给出（可用 --field county=列名 或 countyName=列名 指定）/ missing county: no county-code column, no county name of the jurisdiction, no unit code to derive it from"
                    : $"缺少{zh} / missing {field}", null);
                ok = false;
            }
        var cls = attrs.GetValueOrDefault(UnitFields.Class);
        var classIndex = cls is null ? -1 : UnitClasses.ToList().IndexOf(cls);
        if (cls is not null && classIndex < 0)
        {
            error("unknown-class", UnitFields.Class, $"管控类别“{cls}”不是 {string.Join("/", UnitClasses)} / unknown class", null);
            ok = false;
        }
        var county = attrs.GetValueOrDefault(UnitFields.County);
        if (county is not null && !CountyCode().IsMatch(county))
        {
            error("bad-county", UnitFields.County, $"行政区划代码“{county}”不是6位代码 / county must be a 6-digit GB/T 2260 code", null);
            ok = false;
        }
        var code = attrs.GetValueOrDefault(UnitFields.Code);
        if (code is null) return ok;
        var m = LayerColumnDetector.UnitCode().Match(code);
        if (!m.Success)
        {
            warn("code-format", UnitFields.Code, $"单元编码“{code}”不符合 ZH+6位行政区划代码+类别位+4位序号 / code does not follow ZH + county + class digit + 4-digit sequence", null);
            return ok;
        }
        if (classIndex >= 0 && m.Groups[2].Value != (classIndex + 1).ToString(CultureInfo.InvariantCulture))
            warn("code-class-mismatch", UnitFields.Class, $"单元编码“{code}”的类别位 {m.Groups[2].Value} 与管控类别“{cls}”（{classIndex + 1}）不符 / code's class digit disagrees with the class", null);
        if (county is not null && CountyCode().IsMatch(county) && m.Groups[1].Value != county)
            warn("code-county-mismatch", UnitFields.County, $"单元编码“{code}”的行政区划代码 {m.Groups[1].Value} 与所属县区 {county} 不符 / code's county disagrees with the county field", null);
        return ok;
    }

    private static Geometry? CheckGeometry(Geometry? g, ZoningLayerKind kind, Action<string, string?, string, double?> error, Action<string, string?, string, double?> warn)
    {
        if (g is null || g.IsEmpty)
        {
            error("empty-geometry", "geometry", "没有几何或几何为空 / no geometry", null);
            return null;
        }
        var env = g.EnvelopeInternal;
        if (env.MinX < 73 || env.MaxX > 136 || env.MinY < 3 || env.MaxY > 54)
        {
            error("out-of-extent", "geometry", string.Create(CultureInfo.InvariantCulture,
                $"坐标超出中国范围（{env.MinX:0.###},{env.MinY:0.###} – {env.MaxX:0.###},{env.MaxY:0.###}），坐标系可能有误 / coordinates outside China: wrong coordinate system?"), null);
            return null;
        }
        var expected = kind.Geometry;
        var actual = g switch { IPolygonal => LayerGeometry.Polygon, ILineal => LayerGeometry.Line, IPuntal => LayerGeometry.Point, _ => LayerGeometry.Any };
        if (expected != LayerGeometry.Any && actual != expected)
        {
            error("geometry-type", "geometry", $"几何类型 {g.GeometryType} 不符合图层要求（{expected}）/ wrong geometry type for the layer", null);
            return null;
        }
        if (g.IsValid) return g;
        var fixedGeometry = GeometryFixer.Fix(g);
        fixedGeometry.SRID = g.SRID;
        if (fixedGeometry.IsEmpty)
        {
            error("invalid-geometry", "geometry", "几何无效且无法修复 / invalid geometry cannot be repaired", null);
            return null;
        }
        if (actual == LayerGeometry.Polygon)
        {
            var frame = MetricFrame.For(g);
            double before = frame.Area(g), after = frame.Area(fixedGeometry);
            var change = before <= 0 ? double.PositiveInfinity : Math.Abs(after - before) / before;
            if (change > MaxRepairAreaChange || fixedGeometry is not IPolygonal)
            {
                error("invalid-geometry", "geometry", string.Create(CultureInfo.InvariantCulture,
                    $"几何无效（如自相交），修复后面积由 {before:0.#} m² 变为 {after:0.#} m²，变化超过 1%，拒收 / invalid geometry (e.g. self-intersection); repair changes the area by more than 1 %"), after - before);
                return null;
            }
            warn("geometry-repaired", "geometry", string.Create(CultureInfo.InvariantCulture,
                $"几何无效（如自相交），已自动修复，面积变化 {after - before:0.##} m² / invalid geometry repaired"), after - before);
        }
        else warn("geometry-repaired", "geometry", "几何无效，已自动修复 / invalid geometry repaired", null);
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
                    problems.Add(new LayerProblem(LayerProblemSeverity.Warning, "overlap-check-failed", units[i].Id, null, "geometry",
                        $"与单元 {units[j].Id} 的重叠无法计算，需人工核查 / overlap with unit {units[j].Id} could not be computed ({e.Message})", null));
                    continue;
                }
                if (area <= AreaToleranceM2) continue;
                problems.Add(new LayerProblem(LayerProblemSeverity.Warning, "overlap", units[i].Id, null, "geometry", string.Create(CultureInfo.InvariantCulture,
                    $"与单元 {units[j].Id} 重叠 {area:0.##} m² / overlaps unit {units[j].Id}"), area));
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
            problems.Add(new LayerProblem(LayerProblemSeverity.Warning, "gap-check-failed", culprit, null, "geometry",
                $"单元与行政区边界的覆盖检查无法计算{(culprit is null ? "" : $"（单元 {culprit}）")}，需人工核查 / coverage gaps could not be computed ({e.Message})", null));
            return;
        }
        var parts = Significant(gaps);
        if (parts.Count == 0) return;
        var total = parts.Sum(p => p.Area);
        var largest = parts.MaxBy(p => p.Area)!;
        var at = CoordinateSystems.ToCgcs2000(largest.InteriorPoint.X, largest.InteriorPoint.Y, frame.Epsg);
        problems.Add(new LayerProblem(LayerProblemSeverity.Warning, "gap", null, null, "geometry", string.Create(CultureInfo.InvariantCulture,
            $"单元未覆盖行政区 {parts.Count} 处，合计 {total:0.##} m²，最大一处约在 {at.Longitude:0.######},{at.Latitude:0.######} / units leave {parts.Count} gap(s) in the jurisdiction"), total));
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
