using EcoGov.Core.Zoning;
using EcoGov.Spatial.Zoning;
using NetTopologySuite.Geometries;

namespace EcoGov.Testing.Zoning;

/// <summary>
/// A synthetic control-unit layer at national scale for the siting-assessment benchmark and the PostGIS agreement
/// test: a perturbed quadrilateral mesh (jittered nodes, uneven column widths and row heights) whose edges are
/// densified into wiggly polylines — each shared edge is generated once and used by both units, so units are valid,
/// never overlap and leave no gaps. Vertex counts per unit follow a log-normal spread clipped to 200–3,000. Every
/// <see cref="HoleEvery"/>-th unit (by default) has a hole whose island belongs to the unit two columns away, which therefore is
/// a multipolygon. Deterministic from the seed. Coordinates are EPSG:4490 and lie inside one 3-degree
/// Gauss-Krüger zone (default 112.55°–115.45°E: zone 38, EPSG:4547), so every area and distance is measured in one frame.
/// </summary>
public sealed class SyntheticUnitLayer
{
    /// <summary>Shanxi-sized block in zone 38 (CM 114°E): 112.55–115.45°E, 34.6–40.6°N.</summary>
    public static readonly Envelope DefaultRegion = new(112.55, 115.45, 34.6, 40.6);

    public const int HoleEvery = 1000;

    public LayerSnapshot Snapshot { get; }
    public Envelope Region { get; }
    public int Columns { get; }
    public int Rows { get; }
    public int Seed { get; }

    /// <summary>Grid nodes (the corners shared by up to four units), row-major, (Columns+1)×(Rows+1).</summary>
    public Coordinate[] Nodes { get; }

    /// <summary>Interior vertices of shared edges (each lies on exactly two units' boundaries), a sample.</summary>
    public IReadOnlyList<Coordinate> SharedEdgeVertices { get; }

    /// <summary>Vertices of the island rings (on the boundary of the holed unit and of the multipolygon's island).</summary>
    public IReadOnlyList<Coordinate> IslandVertices { get; }

    public int[] VertexCounts { get; }
    public long TotalVertices { get; }
    public int Holes { get; }
    public int MultiPolygons { get; }

    private SyntheticUnitLayer(LayerSnapshot snapshot, Envelope region, int columns, int rows, int seed, Coordinate[] nodes,
        List<Coordinate> shared, List<Coordinate> island, int[] counts, int holes, int multi)
    {
        Snapshot = snapshot;
        Region = region;
        Columns = columns;
        Rows = rows;
        Seed = seed;
        Nodes = nodes;
        SharedEdgeVertices = shared;
        IslandVertices = island;
        VertexCounts = counts;
        TotalVertices = counts.Sum(c => (long)c);
        Holes = holes;
        MultiPolygons = multi;
    }

    /// <summary>40,000 units (the national count): 125 columns × 320 rows over <see cref="DefaultRegion"/>.</summary>
    public static SyntheticUnitLayer National(int seed = 20261126) => Generate(125, 320, DefaultRegion, seed);

    /// <summary>
    /// Generates columns × rows units over the region. <paramref name="medianVertices"/> and <paramref name="sigma"/>
    /// shape the log-normal per-unit detail level (clipped to 200–3,000).
    /// </summary>
    public static SyntheticUnitLayer Generate(int columns, int rows, Envelope region, int seed,
        double medianVertices = 450, double sigma = 0.6, int holeEvery = HoleEvery)
    {
        var rnd = new Random(seed);
        var factory = new GeometryFactory(new PrecisionModel(), 4490);

        // Uneven column widths and row heights (0.6–1.4 of the mean), cumulated to grid lines.
        var xs = Lines(rnd, columns, region.MinX, region.MaxX);
        var ys = Lines(rnd, rows, region.MinY, region.MaxY);

        // Jittered nodes: boundary nodes stay on the region's edge (moving only along it).
        var nodes = new Coordinate[(columns + 1) * (rows + 1)];
        for (var j = 0; j <= rows; j++)
            for (var i = 0; i <= columns; i++)
            {
                double x = xs[i], y = ys[j];
                var dx = 0.2 * Math.Min(i > 0 ? xs[i] - xs[i - 1] : double.MaxValue, i < columns ? xs[i + 1] - xs[i] : double.MaxValue);
                var dy = 0.2 * Math.Min(j > 0 ? ys[j] - ys[j - 1] : double.MaxValue, j < rows ? ys[j + 1] - ys[j] : double.MaxValue);
                if (i > 0 && i < columns) x += dx * (2 * rnd.NextDouble() - 1);
                if (j > 0 && j < rows) y += dy * (2 * rnd.NextDouble() - 1);
                nodes[j * (columns + 1) + i] = new Coordinate(x, y);
            }

        // Detail level per unit (target vertex count); an edge gets a quarter of the larger of its two units' levels.
        var detail = new int[columns * rows];
        for (var k = 0; k < detail.Length; k++)
        {
            var z = Gaussian(rnd);
            detail[k] = (int)Math.Clamp(Math.Round(medianVertices * Math.Exp(sigma * z)), 200, 3000);
        }
        int Detail(int i, int j) => i < 0 || j < 0 || i >= columns || j >= rows ? 0 : detail[j * columns + i];

        // Edges: horizontal (i,j)→(i+1,j) and vertical (i,j)→(i,j+1), densified with a smooth random offset.
        var horizontal = new Coordinate[columns * (rows + 1)][];
        var vertical = new Coordinate[(columns + 1) * rows][];
        var shared = new List<Coordinate>();
        Coordinate Node(int i, int j) => nodes[j * (columns + 1) + i];
        for (var j = 0; j <= rows; j++)
            for (var i = 0; i < columns; i++)
            {
                var level = Math.Max(Detail(i, j - 1), Detail(i, j));
                var onBorder = j == 0 || j == rows;
                var edge = Edge(Node(i, j), Node(i + 1, j), level / 4, onBorder, seed, 2L * (j * (columns + 1) + i));
                horizontal[j * columns + i] = edge;
                if (!onBorder && (i + j) % 7 == 0) shared.Add(edge[edge.Length / 2]);
            }
        for (var j = 0; j < rows; j++)
            for (var i = 0; i <= columns; i++)
            {
                var level = Math.Max(Detail(i - 1, j), Detail(i, j));
                var onBorder = i == 0 || i == columns;
                var edge = Edge(Node(i, j), Node(i, j + 1), level / 4, onBorder, seed, 2L * (j * (columns + 1) + i) + 1);
                vertical[j * (columns + 1) + i] = edge;
                if (!onBorder && (i + j) % 7 == 3) shared.Add(edge[edge.Length / 3]);
            }

        // Shells, counter-clockwise: bottom (→), right (↑), top (←), left (↓).
        var shells = new Coordinate[columns * rows][];
        for (var j = 0; j < rows; j++)
            for (var i = 0; i < columns; i++)
            {
                var bottom = horizontal[j * columns + i];
                var right = vertical[j * (columns + 1) + i + 1];
                var top = horizontal[(j + 1) * columns + i];
                var left = vertical[j * (columns + 1) + i];
                var ring = new Coordinate[bottom.Length + right.Length + top.Length + left.Length - 3];
                var n = 0;
                foreach (var c in bottom) ring[n++] = c.Copy();
                for (var k = 1; k < right.Length; k++) ring[n++] = right[k].Copy();
                for (var k = top.Length - 2; k >= 0; k--) ring[n++] = top[k].Copy();
                for (var k = left.Length - 2; k >= 0; k--) ring[n++] = left[k].Copy();
                shells[j * columns + i] = ring;
            }

        // Holes and islands: unit k gets a hole; its island is the second part of the unit two columns away.
        var holes = new Dictionary<int, Coordinate[]>();
        var islands = new Dictionary<int, List<Coordinate[]>>();
        var islandVertices = new List<Coordinate>();
        for (var k = holeEvery / 2; k < columns * rows; k += holeEvery)
        {
            int i = k % columns, j = k / columns;
            var owner = i + 2 < columns ? k + 2 : k - 2;
            if (owner < 0 || owner / columns != j) continue;
            var ring = Island(Node(i, j), Node(i + 1, j), Node(i + 1, j + 1), Node(i, j + 1), new Random(Mix(seed, 1_000_000_007L + k)));
            holes[k] = ring;
            if (!islands.TryGetValue(owner, out var list)) islands[owner] = list = [];
            list.Add(ring);
            islandVertices.Add(ring[0]);
            islandVertices.Add(ring[ring.Length / 2]);
        }

        string[] classes = ["优先保护单元", "重点管控单元", "一般管控单元"];
        var features = new LayerFeature[columns * rows];
        var counts = new int[columns * rows];
        var multi = 0;
        for (var k = 0; k < features.Length; k++)
        {
            var shell = factory.CreateLinearRing(shells[k]);
            LinearRing[]? inner = holes.TryGetValue(k, out var h) ? [factory.CreateLinearRing([.. h.Reverse().Select(c => c.Copy())])] : null;
            Geometry g = factory.CreatePolygon(shell, inner);
            if (islands.TryGetValue(k, out var parts))
            {
                g = factory.CreateMultiPolygon([(Polygon)g, .. parts.Select(p => factory.CreatePolygon([.. p.Select(c => c.Copy())]))]);
                multi++;
            }
            counts[k] = g.NumPoints;
            var code = $"ZS99{k:D7}";
            var cls = classes[Mix(seed, -1 - k) % 3];
            var county = $"99{k / 400:D4}";
            features[k] = new LayerFeature(code, $"合成单元{k}", g, new Dictionary<string, string?>
            {
                [UnitFields.Code] = code,
                [UnitFields.Name] = $"合成单元{k}",
                [UnitFields.Class] = cls,
                [UnitFields.County] = county,
                [UnitFields.CountyName] = $"合成县{county}",
            });
        }

        var version = new LayerVersionInfo(1, ZoningLayerKinds.Units.Code, "990000", 1, new DateOnly(2026, 1, 1),
            DateTimeOffset.UnixEpoch, $"synthetic-units-{columns}x{rows}-seed{seed}", "", 4490, features.Length, Synthetic: true,
            "合成基准图层 synthetic benchmark layer (EcoGov.Testing.Zoning.SyntheticUnitLayer)");
        return new SyntheticUnitLayer(new LayerSnapshot(version, features), region, columns, rows, seed, nodes, shared, islandVertices,
            counts, holes.Count, multi);
    }

    private static double[] Lines(Random rnd, int n, double min, double max)
    {
        var w = new double[n];
        for (var k = 0; k < n; k++) w[k] = 0.6 + 0.8 * rnd.NextDouble();
        var scale = (max - min) / w.Sum();
        var lines = new double[n + 1];
        lines[0] = min;
        for (var k = 0; k < n; k++) lines[k + 1] = lines[k] + w[k] * scale;
        lines[n] = max;
        return lines;
    }

    /// <summary>
    /// A polyline from a to b with <paramref name="interior"/> points: evenly spaced along ab (slightly jittered), offset
    /// sideways by a smooth random walk scaled by sin(πt) so the edge leaves its nodes along ab (≤ 4 % of |ab|).
    /// Border edges stay straight (still densified) so the layer covers the region exactly.
    /// </summary>
    private static Coordinate[] Edge(Coordinate a, Coordinate b, int interior, bool straight, int seed, long id)
    {
        var rnd = new Random(Mix(seed, id));
        interior = Math.Max(interior, 1);
        var pts = new Coordinate[interior + 2];
        pts[0] = a;
        pts[^1] = b;
        double dx = b.X - a.X, dy = b.Y - a.Y;
        const double amplitude = 0.04;
        var walk = 0.0;
        for (var k = 1; k <= interior; k++)
        {
            var t = (k + 0.4 * (rnd.NextDouble() - 0.5)) / (interior + 1);
            walk = Math.Clamp(walk + 0.25 * Gaussian(rnd), -1, 1);
            var off = straight ? 0 : amplitude * Math.Sin(Math.PI * t) * walk;
            pts[k] = new Coordinate(a.X + t * dx - off * dy, a.Y + t * dy + off * dx);
        }
        return pts;
    }

    /// <summary>A closed, counter-clockwise wiggly ring around the middle of a cell (radius ≈ 12 % of the cell).</summary>
    private static Coordinate[] Island(Coordinate p00, Coordinate p10, Coordinate p11, Coordinate p01, Random rnd)
    {
        var cx = (p00.X + p10.X + p11.X + p01.X) / 4;
        var cy = (p00.Y + p10.Y + p11.Y + p01.Y) / 4;
        var rx = 0.12 * Math.Min(p10.X - p00.X, p11.X - p01.X);
        var ry = 0.12 * Math.Min(p01.Y - p00.Y, p11.Y - p10.Y);
        var n = rnd.Next(64, 257);
        var ring = new Coordinate[n + 1];
        for (var k = 0; k < n; k++)
        {
            var a = 2 * Math.PI * k / n;
            var r = 1 + 0.1 * (2 * rnd.NextDouble() - 1);
            ring[k] = new Coordinate(cx + rx * r * Math.Cos(a), cy + ry * r * Math.Sin(a));
        }
        ring[n] = ring[0].Copy();
        return ring;
    }

    /// <summary>A stable seed from (seed, id) — SplitMix64; HashCode.Combine is randomised per process.</summary>
    internal static int Mix(int seed, long id)
    {
        var z = unchecked((ulong)seed * 0x9E3779B97F4A7C15UL + (ulong)id);
        z = unchecked((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL);
        z = unchecked((z ^ (z >> 27)) * 0x94D049BB133111EBUL);
        return (int)((z ^ (z >> 31)) & 0x7FFFFFFF);
    }

    internal static double Gaussian(Random rnd)
    {
        var u1 = 1 - rnd.NextDouble();
        var u2 = rnd.NextDouble();
        return Math.Sqrt(-2 * Math.Log(u1)) * Math.Cos(2 * Math.PI * u2);
    }
}
