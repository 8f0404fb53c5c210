using EcoGov.Core.Zoning;
using NetTopologySuite.Geometries;
using NetTopologySuite.Geometries.Prepared;
using NetTopologySuite.Index.Strtree;
using NetTopologySuite.Operation.OverlayNG;
using NetTopologySuite.Precision;
using NetTopologySuite.Triangulate;

namespace EcoGov.Spatial.Zoning.Demo;

/// <summary>A synthetic (示意) control unit: code, Chinese name, class, county and geometry (EPSG:4490, degrees).</summary>
public sealed record DemoUnit(string Code, string Name, ControlUnitClass Class, string CountyCode, string CountyName, Geometry Geometry)
{
    public string ClassName => DemoUnitPartition.ClassName(Class);
}

/// <summary>
/// Partitions each county of the city into synthetic control units: as many units of each class as 000's statistics
/// table gives for the county, with class area shares close to the city-wide shares 000 states.
/// <para>
/// Method: random sites (fixed seed) inside the county → Voronoi cells (NTS <see cref="VoronoiDiagramBuilder"/>) with
/// vertices on the 1e-6° grid → cells clipped to the county (snap-rounded on the same grid) → one seed cell per unit,
/// spread by farthest-point sampling → all units grow together over adjacent cells, the unit furthest below its target
/// area taking the free neighbour cell nearest its seed → each unit is the union of its cells. The cells tile the county,
/// so the units do too (no overlaps, no gaps, up to the grid).
/// </para>
/// </summary>
public static class DemoUnitPartition
{
    /// <summary>Voronoi cells per unit: more gives closer area shares and more ragged borders.</summary>
    public const int CellsPerUnit = 24;

    /// <summary>CGCS2000 geographic.</summary>
    public const int Srid = 4490;

    /// <summary>Output coordinates are on a 1e-6° grid (about 0.1 m).</summary>
    public static PrecisionModel Precision { get; } = new(1e6);

    public static GeometryFactory Factory { get; } = new(Precision, Srid);

    public static string ClassName(ControlUnitClass c) => ControlUnitClasses.Name(c);

    /// <summary>The class digit of a unit code: 1 priority, 2 key, 3 general.</summary>
    public static int ClassDigit(ControlUnitClass c) => (int)c + 1;

    /// <summary>A geometry on the output grid, in <see cref="Factory"/> (SRID 4490).</summary>
    public static Geometry OnGrid(Geometry g)
    {
        var reduced = GeometryPrecisionReducer.Reduce(g, Precision);
        return Factory.CreateGeometry(reduced);
    }

    public static IReadOnlyList<DemoUnit> Build(DemoZoningInputs inputs, int seed)
    {
        var random = new Random(seed);
        var units = new List<DemoUnit>();
        foreach (var county in inputs.Counties) units.AddRange(BuildCounty(county, inputs.AreaPercent, random));
        return units;
    }

    private sealed class Cell(Geometry geometry, double area, Coordinate centre)
    {
        public Geometry Geometry { get; } = geometry;
        public double Area { get; } = area;
        public Coordinate Centre { get; } = centre;
        public List<int> Neighbours { get; } = [];
        public int Region { get; set; } = -1;
    }

    private sealed record Region(ControlUnitClass Class, int Seed, double Target)
    {
        public double Area { get; set; }
        public List<int> Cells { get; } = [];
    }

    private static List<DemoUnit> BuildCounty(DemoCounty county, IReadOnlyDictionary<ControlUnitClass, double> percent, Random random)
    {
        var boundary = OnGrid(county.Boundary);
        var stats = county.Statistics;
        var cells = Cells(boundary, stats.Total * CellsPerUnit, random);
        var kx = Math.Cos(boundary.EnvelopeInternal.Centre.Y * Math.PI / 180);
        double Distance(Coordinate a, Coordinate b) => Math.Sqrt(Math.Pow((a.X - b.X) * kx, 2) + Math.Pow(a.Y - b.Y, 2));

        // Seeds: farthest-point sampling from the cell nearest the county's interior point.
        var centre = boundary.InteriorPoint.Coordinate;
        var seeds = new List<int> { Enumerable.Range(0, cells.Count).MinBy(i => Distance(cells[i].Centre, centre)) };
        var nearest = cells.Select(c => Distance(c.Centre, cells[seeds[0]].Centre)).ToArray();
        while (seeds.Count < stats.Total)
        {
            var next = Enumerable.Range(0, cells.Count).MaxBy(i => nearest[i]);
            seeds.Add(next);
            for (int i = 0; i < cells.Count; i++) nearest[i] = Math.Min(nearest[i], Distance(cells[i].Centre, cells[next].Centre));
        }

        // Key units around the centre (towns, industry), then the general unit, priority units further out.
        var byDistance = seeds.OrderBy(s => Distance(cells[s].Centre, centre)).ThenBy(s => s).ToList();
        var countyArea = cells.Sum(c => c.Area);
        var regions = new List<Region>();
        void AddClass(ControlUnitClass c, IEnumerable<int> classSeeds)
        {
            var list = classSeeds.ToList();
            var weights = list.Select(_ => 0.6 + 0.8 * random.NextDouble()).ToList();
            var classTarget = countyArea * percent[c] / 100;
            for (int i = 0; i < list.Count; i++) regions.Add(new Region(c, list[i], classTarget * weights[i] / weights.Sum()));
        }
        AddClass(ControlUnitClass.Key, byDistance.Take(stats.Key));
        AddClass(ControlUnitClass.General, byDistance.Skip(stats.Key).Take(stats.General));
        AddClass(ControlUnitClass.Priority, byDistance.Skip(stats.Key + stats.General));

        Grow(cells, regions, Distance);
        Balance(cells, regions, Enum.GetValues<ControlUnitClass>().ToDictionary(c => c, c => countyArea * percent[c] / 100));

        // Codes: per class, units numbered north to south, then west to east.
        var built = regions.Select(r => (Region: r, Geometry: Union(r.Cells.Select(i => cells[i].Geometry)))).ToList();
        var units = new List<DemoUnit>();
        foreach (var c in new[] { ControlUnitClass.Priority, ControlUnitClass.Key, ControlUnitClass.General })
        {
            var ordered = built.Where(b => b.Region.Class == c)
                .OrderByDescending(b => Math.Round(b.Geometry.InteriorPoint.Y, 2)).ThenBy(b => b.Geometry.InteriorPoint.X).ToList();
            for (int i = 0; i < ordered.Count; i++)
            {
                var code = $"ZH{county.Code}{ClassDigit(c)}{i + 1:0000}";
                var name = $"{county.Name}{ClassName(c)}{i + 1:00}（示意）";
                units.Add(new DemoUnit(code, name, c, county.Code, county.Name, ordered[i].Geometry));
            }
        }
        return units;
    }

    private static Geometry Union(IEnumerable<Geometry> parts)
    {
        var union = UnaryUnionNG.Union(Factory.BuildGeometry(parts.ToList()), Precision);
        return Factory.CreateGeometry(union);
    }

    /// <summary>Voronoi cells of random sites inside the county, clipped to it; pieces of a split cell are cells of their own.</summary>
    private static List<Cell> Cells(Geometry boundary, int count, Random random)
    {
        var env = boundary.EnvelopeInternal;
        var inside = PreparedGeometryFactory.Prepare(boundary);
        var sites = new List<Coordinate>();
        var seen = new HashSet<(double, double)>();
        while (sites.Count < count)
        {
            var c = new Coordinate(Precision.MakePrecise(env.MinX + random.NextDouble() * env.Width),
                Precision.MakePrecise(env.MinY + random.NextDouble() * env.Height));
            if (inside.Contains(Factory.CreatePoint(c)) && seen.Add((c.X, c.Y))) sites.Add(c);
        }
        var builder = new VoronoiDiagramBuilder();
        builder.SetSites(sites);
        var clip = new Envelope(env);
        clip.ExpandBy(0.05);
        builder.ClipEnvelope = clip;
        var diagram = builder.GetDiagram(new GeometryFactory(new PrecisionModel(), Srid));

        var cells = new List<Cell>();
        for (int i = 0; i < diagram.NumGeometries; i++)
        {
            var cell = diagram.GetGeometryN(i).Copy();
            cell.Apply(new RoundFilter());
            cell = Factory.CreateGeometry(cell);
            if (!cell.IsValid) cell = OnGrid(NetTopologySuite.Geometries.Utilities.GeometryFixer.Fix(cell));
            var clipped = inside.Contains(cell) ? cell : OverlayNG.Overlay(cell, boundary, NetTopologySuite.Operation.Overlay.SpatialFunction.Intersection, Precision);
            for (int k = 0; k < clipped.NumGeometries; k++)
            {
                var piece = clipped.GetGeometryN(k);
                if (piece is not Polygon || piece.IsEmpty || piece.Area <= 0) continue;
                var polygon = Factory.CreateGeometry(piece);
                cells.Add(new Cell(polygon, EqualArea.SquareMetres(polygon), polygon.InteriorPoint.Coordinate));
            }
        }

        var index = new STRtree<int>();
        for (int i = 0; i < cells.Count; i++) index.Insert(cells[i].Geometry.EnvelopeInternal, i);
        index.Build();
        for (int i = 0; i < cells.Count; i++)
        {
            foreach (var j in index.Query(cells[i].Geometry.EnvelopeInternal).Where(j => j > i).Order())
            {
                var im = cells[i].Geometry.Relate(cells[j].Geometry);
                if (im.Get(Location.Boundary, Location.Boundary) == Dimension.Curve || im.Get(Location.Interior, Location.Interior) == Dimension.Surface)
                {
                    cells[i].Neighbours.Add(j);
                    cells[j].Neighbours.Add(i);
                }
            }
        }
        foreach (var c in cells) c.Neighbours.Sort();
        return cells;
    }

    /// <summary>
    /// All regions grow together: at each step the region furthest below its target (by fill ratio) that still has a
    /// free neighbour takes the free neighbour nearest its seed. Cells no region can reach (islands of a MultiPolygon
    /// county) go to the region of the nearest assigned cell.
    /// </summary>
    private static void Grow(List<Cell> cells, List<Region> regions, Func<Coordinate, Coordinate, double> distance)
    {
        void Assign(int cell, int region)
        {
            cells[cell].Region = region;
            regions[region].Cells.Add(cell);
            regions[region].Area += cells[cell].Area;
        }
        for (int r = 0; r < regions.Count; r++) Assign(regions[r].Seed, r);
        var free = cells.Count - regions.Count;
        while (free > 0)
        {
            var best = -1;
            var bestCell = -1;
            var bestRatio = double.MaxValue;
            for (int r = 0; r < regions.Count; r++)
            {
                var ratio = regions[r].Area / regions[r].Target;
                if (ratio >= bestRatio) continue;
                var seedCentre = cells[regions[r].Seed].Centre;
                var candidate = regions[r].Cells.SelectMany(c => cells[c].Neighbours).Where(n => cells[n].Region < 0)
                    .Distinct().OrderBy(n => distance(cells[n].Centre, seedCentre)).ThenBy(n => n).FirstOrDefault(-1);
                if (candidate < 0) continue;
                best = r;
                bestCell = candidate;
                bestRatio = ratio;
            }
            if (best < 0)
            {
                // Unreachable cells: give each to the region of the nearest assigned cell.
                var orphan = Enumerable.Range(0, cells.Count).First(i => cells[i].Region < 0);
                var host = Enumerable.Range(0, cells.Count).Where(i => cells[i].Region >= 0)
                    .MinBy(i => distance(cells[i].Centre, cells[orphan].Centre));
                Assign(orphan, cells[host].Region);
            }
            else Assign(bestCell, best);
            free--;
        }
    }

    /// <summary>
    /// Moves border cells from units of a class above its target area to adjacent units of a class below it, one cell
    /// at a time (the move that brings the class areas closest to their targets), keeping every unit connected.
    /// </summary>
    private static void Balance(List<Cell> cells, List<Region> regions, Dictionary<ControlUnitClass, double> classTarget)
    {
        for (int pass = 0; pass < 10 * cells.Count; pass++)
        {
            var excess = classTarget.Keys.ToDictionary(c => c, c => regions.Where(r => r.Class == c).Sum(r => r.Area) - classTarget[c]);
            var candidates = new List<(double Gain, int Cell, int To)>();
            for (int i = 0; i < cells.Count; i++)
            {
                var from = regions[cells[i].Region];
                var ea = excess[from.Class];
                if (ea <= 0 || from.Seed == i || from.Cells.Count <= 3) continue;
                foreach (var n in cells[i].Neighbours)
                {
                    var to = cells[n].Region;
                    var eb = excess[regions[to].Class];
                    if (regions[to].Class == from.Class || eb >= 0) continue;
                    var area = cells[i].Area;
                    var gain = Math.Abs(ea) + Math.Abs(eb) - Math.Abs(ea - area) - Math.Abs(eb + area);
                    if (gain > 0) candidates.Add((gain, i, to));
                }
            }
            var move = candidates.OrderByDescending(c => c.Gain).ThenBy(c => c.Cell).ThenBy(c => c.To)
                .Cast<(double Gain, int Cell, int To)?>()
                .FirstOrDefault(c => StaysConnected(cells, regions[cells[c!.Value.Cell].Region], c!.Value.Cell));
            if (move is not { } m) return;
            var source = regions[cells[m.Cell].Region];
            source.Cells.Remove(m.Cell);
            source.Area -= cells[m.Cell].Area;
            cells[m.Cell].Region = m.To;
            regions[m.To].Cells.Add(m.Cell);
            regions[m.To].Area += cells[m.Cell].Area;
        }
    }

    /// <summary>True when the region's cells without <paramref name="removed"/> are still connected.</summary>
    private static bool StaysConnected(List<Cell> cells, Region region, int removed)
    {
        var members = region.Cells.Where(c => c != removed).ToHashSet();
        var seen = new HashSet<int> { region.Seed };
        var queue = new Queue<int>([region.Seed]);
        while (queue.Count > 0)
            foreach (var n in cells[queue.Dequeue()].Neighbours)
                if (members.Contains(n) && seen.Add(n)) queue.Enqueue(n);
        return seen.Count == members.Count;
    }

    private sealed class RoundFilter : ICoordinateSequenceFilter
    {
        public bool Done => false;
        public bool GeometryChanged => true;

        public void Filter(CoordinateSequence seq, int i)
        {
            seq.SetX(i, Precision.MakePrecise(seq.GetX(i)));
            seq.SetY(i, Precision.MakePrecise(seq.GetY(i)));
        }
    }
}
