using EcoGov.Core.Zoning;
using NetTopologySuite.Geometries;
using NetTopologySuite.Geometries.Prepared;
using NetTopologySuite.Operation.OverlayNG;
using NetTopologySuite.Triangulate;

namespace EcoGov.Spatial.Zoning.Demo;

/// <summary>A county (real or 示意) of a city of the province data set, and the part of the city's extent it covers.</summary>
public sealed record ProvinceCounty(string Code, string Name, Geometry Extent);

/// <summary>
/// The control units of one city of the province load-test data set (示意数据, `demo province`): many units, fast. Unlike
/// <see cref="DemoUnitPartition"/>, which grows each of 晋城's 90 units from 24 Voronoi cells to match 000's statistics,
/// here every unit is one Voronoi cell: <c>count</c> random sites (fixed seed, on the 1e-6° grid) inside the extent →
/// NTS <see cref="VoronoiDiagramBuilder"/> → cells rounded to the grid and clipped to the extent. The cells tile the
/// extent, so the units do (no overlaps, no gaps, up to the grid). Classes in the proportions given (000's city-wide
/// unit counts), by the demo's convention: key units nearest the extent's centre, then the general ones, priority
/// units further out. County: the one whose extent holds the unit's site. Codes and names as the demo's
/// ("ZH" + county + class digit + 4-digit sequence, north to south then west to east; "…（示意）").
/// </summary>
public static class ProvinceUnitPartition
{
    public static IReadOnlyList<DemoUnit> Build(Geometry extent, IReadOnlyList<ProvinceCounty> counties, int count,
        IReadOnlyDictionary<ControlUnitClass, int> proportions, int seed)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        if (counties.Count == 0) throw new ArgumentException("no county", nameof(counties));
        var random = new Random(seed);
        var f = DemoUnitPartition.Factory;
        var area = DemoUnitPartition.OnGrid(extent);
        var env = area.EnvelopeInternal;
        var inside = PreparedGeometryFactory.Prepare(area);
        var precision = DemoUnitPartition.Precision;

        var sites = new List<Coordinate>(count);
        var seen = new HashSet<(double, double)>();
        while (sites.Count < count)
        {
            var c = new Coordinate(precision.MakePrecise(env.MinX + random.NextDouble() * env.Width),
                precision.MakePrecise(env.MinY + random.NextDouble() * env.Height));
            if (inside.Contains(f.CreatePoint(c)) && seen.Add((c.X, c.Y))) sites.Add(c);
        }
        var builder = new VoronoiDiagramBuilder();
        builder.SetSites(sites);
        var clip = new Envelope(env);
        clip.ExpandBy(0.05);
        builder.ClipEnvelope = clip;
        var diagram = builder.GetDiagram(new GeometryFactory(new PrecisionModel(), DemoUnitPartition.Srid));

        var cells = new List<(Coordinate Site, Geometry Geometry)>(count);
        for (int i = 0; i < diagram.NumGeometries; i++)
        {
            var raw = diagram.GetGeometryN(i);
            var site = (Coordinate)raw.UserData;
            var cell = DemoUnitPartition.OnGrid(raw);
            if (!cell.IsValid) cell = DemoUnitPartition.OnGrid(NetTopologySuite.Geometries.Utilities.GeometryFixer.Fix(cell));
            if (!inside.Contains(cell))
                cell = f.CreateGeometry(OverlayNG.Overlay(cell, area, NetTopologySuite.Operation.Overlay.SpatialFunction.Intersection, precision));
            var parts = Enumerable.Range(0, cell.NumGeometries).Select(cell.GetGeometryN).OfType<Polygon>().Where(p => !p.IsEmpty && p.Area > 0).ToArray();
            if (parts.Length == 0) continue;
            cells.Add((site, parts.Length == 1 ? parts[0] : f.CreateMultiPolygon(parts)));
        }
        cells.Sort((a, b) => a.Site.CompareTo(b.Site));

        // Classes: as many of each as the proportions give, key units nearest the centre, general next, priority outside.
        int total = proportions.Values.Sum();
        int key = (int)Math.Round((double)cells.Count * proportions.GetValueOrDefault(ControlUnitClass.Key) / total);
        int general = (int)Math.Round((double)cells.Count * proportions.GetValueOrDefault(ControlUnitClass.General) / total);
        var centre = area.InteriorPoint.Coordinate;
        var kx = Math.Cos(centre.Y * Math.PI / 180);
        double Distance(Coordinate a) => Math.Sqrt(Math.Pow((a.X - centre.X) * kx, 2) + Math.Pow(a.Y - centre.Y, 2));
        var byDistance = Enumerable.Range(0, cells.Count).OrderBy(i => Distance(cells[i].Site)).ThenBy(i => i).ToList();
        var classOf = new ControlUnitClass[cells.Count];
        for (int r = 0; r < byDistance.Count; r++)
            classOf[byDistance[r]] = r < key ? ControlUnitClass.Key : r < key + general ? ControlUnitClass.General : ControlUnitClass.Priority;

        var preparedCounties = counties.Select(c => (County: c, Prepared: PreparedGeometryFactory.Prepare(c.Extent))).ToList();
        ProvinceCounty CountyOf(Coordinate site)
        {
            var p = f.CreatePoint(site);
            return preparedCounties.FirstOrDefault(c => c.Prepared.Covers(p)).County
                   ?? preparedCounties.MinBy(c => c.County.Extent.Distance(p)).County;
        }

        var units = new List<DemoUnit>(cells.Count);
        foreach (var group in Enumerable.Range(0, cells.Count).GroupBy(i => CountyOf(cells[i].Site)).OrderBy(g => g.Key.Code, StringComparer.Ordinal))
            foreach (var c in new[] { ControlUnitClass.Priority, ControlUnitClass.Key, ControlUnitClass.General })
            {
                var ordered = group.Where(i => classOf[i] == c)
                    .OrderByDescending(i => Math.Round(cells[i].Site.Y, 2)).ThenBy(i => cells[i].Site.X).ThenBy(i => cells[i].Site.Y).ToList();
                for (int n = 0; n < ordered.Count; n++)
                {
                    var county = group.Key;
                    units.Add(new DemoUnit($"ZH{county.Code}{DemoUnitPartition.ClassDigit(c)}{n + 1:0000}",
                        $"{county.Name}{DemoUnitPartition.ClassName(c)}{n + 1:0000}（示意）", c, county.Code, county.Name, cells[ordered[n]].Geometry));
                }
            }
        return units;
    }
}
