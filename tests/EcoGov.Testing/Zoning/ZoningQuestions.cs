using EcoGov.Spatial.Crs;
using NetTopologySuite.Geometries;

namespace EcoGov.Testing.Zoning;

/// <summary>A point site; <paramref name="Kind"/> says how it was drawn (random, node, edge-vertex, island, segment-midpoint).</summary>
public sealed record PointQuestion(int Id, string Kind, Point Site);

/// <summary>A polygon site of about 1 km² (square, irregular star, or a 4 km × 250 m strip).</summary>
public sealed record PolygonQuestion(int Id, string Kind, Polygon Site, double PlannedAreaM2);

/// <summary>Which units lie within <paramref name="Meters"/> of a point, and how far.</summary>
public sealed record DistanceQuestion(int Id, Point Site, double Meters);

/// <summary>
/// Questions over a <see cref="SyntheticUnitLayer"/>, deterministic from a seed. Points: 70 % uniform in the region,
/// 10 % exactly on grid nodes (up to four units meet), 10 % exactly on interior vertices of shared edges (two units),
/// 5 % on island ring vertices (hole of one unit = island of another), 5 % at the midpoint of a shared edge's segment
/// (on the segment only up to rounding). Polygons: built in the layer's Gauss-Krüger frame with an area of 1 km²
/// (rotated squares, irregular 8–24-gons, 4 km × 250 m strips that cross several units), then converted to EPSG:4490.
/// Distance questions: uniform points with a reach of 200–5,000 m.
/// </summary>
public sealed class ZoningQuestions
{
    public required IReadOnlyList<PointQuestion> Points { get; init; }
    public required IReadOnlyList<PolygonQuestion> Polygons { get; init; }
    public required IReadOnlyList<DistanceQuestion> Distances { get; init; }

    public static ZoningQuestions Generate(SyntheticUnitLayer layer, int points, int polygons, int distances, int seed)
    {
        var rnd = new Random(seed);
        var factory = new GeometryFactory(new PrecisionModel(), 4490);
        var region = layer.Region;
        var frame = MetricFrame.ForLongitude(region.Centre.X);
        // Keep sites ~5 km inside the region so 1 km² polygons stay on the layer.
        var inset = new Envelope(region.MinX + 0.06, region.MaxX - 0.06, region.MinY + 0.05, region.MaxY - 0.05);
        Coordinate Uniform() => new(inset.MinX + rnd.NextDouble() * inset.Width, inset.MinY + rnd.NextDouble() * inset.Height);

        var interiorNodes = new List<Coordinate>();
        for (var j = 1; j < layer.Rows; j++)
            for (var i = 1; i < layer.Columns; i++)
                interiorNodes.Add(layer.Nodes[j * (layer.Columns + 1) + i]);

        var pts = new List<PointQuestion>(points);
        for (var q = 0; q < points; q++)
        {
            var r = rnd.NextDouble();
            (string kind, Coordinate c) = r switch
            {
                < 0.70 => ("random", Uniform()),
                < 0.80 => ("node", interiorNodes[rnd.Next(interiorNodes.Count)].Copy()),
                < 0.90 => ("edge-vertex", layer.SharedEdgeVertices[rnd.Next(layer.SharedEdgeVertices.Count)].Copy()),
                < 0.95 when layer.IslandVertices.Count > 0 => ("island", layer.IslandVertices[rnd.Next(layer.IslandVertices.Count)].Copy()),
                _ => ("segment-midpoint", SegmentMidpoint(layer, rnd)),
            };
            pts.Add(new PointQuestion(q, kind, factory.CreatePoint(c)));
        }

        var polys = new List<PolygonQuestion>(polygons);
        for (var q = 0; q < polygons; q++)
        {
            var centre = Uniform();
            var (cx, cy) = frame.Project(centre.X, centre.Y);
            var angle = rnd.NextDouble() * Math.PI;
            var r = rnd.NextDouble();
            string kind;
            Coordinate[] ring;
            if (r < 0.4)
            {
                kind = "square";
                ring = Rectangle(cx, cy, 1000, 1000, angle);
            }
            else if (r < 0.8)
            {
                kind = "irregular";
                var n = rnd.Next(8, 25);
                var radii = Enumerable.Range(0, n).Select(_ => 0.7 + 0.6 * rnd.NextDouble()).ToArray();
                // Area of the star polygon = ½ Σ r_k r_{k+1} sin(2π/n); scale so it is 1 km².
                var unit = 0.5 * Math.Sin(2 * Math.PI / n) * Enumerable.Range(0, n).Sum(k => radii[k] * radii[(k + 1) % n]);
                var scale = Math.Sqrt(1_000_000 / unit);
                ring = new Coordinate[n + 1];
                for (var k = 0; k < n; k++)
                {
                    var a = angle + 2 * Math.PI * k / n;
                    ring[k] = new Coordinate(cx + scale * radii[k] * Math.Cos(a), cy + scale * radii[k] * Math.Sin(a));
                }
                ring[n] = ring[0].Copy();
            }
            else
            {
                kind = "strip";
                ring = Rectangle(cx, cy, 4000, 250, angle);
            }
            var projected = new GeometryFactory(new PrecisionModel(), frame.Epsg).CreatePolygon(ring);
            var geographic = (Polygon)CoordinateSystems.ToCgcs2000(projected, frame.Epsg);
            polys.Add(new PolygonQuestion(q, kind, geographic, projected.Area));
        }

        var dist = new List<DistanceQuestion>(distances);
        for (var q = 0; q < distances; q++)
            dist.Add(new DistanceQuestion(q, factory.CreatePoint(Uniform()), Math.Round(200 + rnd.NextDouble() * 4800)));

        return new ZoningQuestions { Points = pts, Polygons = polys, Distances = dist };
    }

    private static Coordinate[] Rectangle(double cx, double cy, double w, double h, double angle)
    {
        var (cos, sin) = (Math.Cos(angle), Math.Sin(angle));
        Coordinate P(double u, double v) => new(cx + u * cos - v * sin, cy + u * sin + v * cos);
        return [P(-w / 2, -h / 2), P(w / 2, -h / 2), P(w / 2, h / 2), P(-w / 2, h / 2), P(-w / 2, -h / 2)];
    }

    /// <summary>The midpoint of the segment starting at a shared-edge vertex (on a unit's shell).</summary>
    private static Coordinate SegmentMidpoint(SyntheticUnitLayer layer, Random rnd)
    {
        var v = layer.SharedEdgeVertices[rnd.Next(layer.SharedEdgeVertices.Count)];
        foreach (var f in layer.Snapshot.Features)
        {
            if (!f.Geometry.EnvelopeInternal.Contains(v)) continue;
            var ring = ((Polygon)f.Geometry.GetGeometryN(0)).Shell.Coordinates;
            for (var k = 0; k < ring.Length - 1; k++)
                if (ring[k].Equals2D(v))
                    return new Coordinate((ring[k].X + ring[k + 1].X) / 2, (ring[k].Y + ring[k + 1].Y) / 2);
        }
        return v.Copy();
    }
}
