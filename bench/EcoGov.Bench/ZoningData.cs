using System.Diagnostics;
using System.Globalization;
using EcoGov.Spatial.Crs;
using EcoGov.Testing.Zoning;

namespace EcoGov.Bench;

/// <summary>`zoning-data [columns rows]`: generates the synthetic unit layer and prints what it is (vertex counts,
/// validity, coverage) — the data description recorded in RESULTS.md.</summary>
public static class ZoningData
{
    public static SyntheticUnitLayer Generate(int columns, int rows, out TimeSpan elapsed)
    {
        var sw = Stopwatch.StartNew();
        var layer = columns * rows == 40_000 && columns == 125
            ? SyntheticUnitLayer.National()
            : SyntheticUnitLayer.Generate(columns, rows, SyntheticUnitLayer.DefaultRegion, 20261126);
        elapsed = sw.Elapsed;
        return layer;
    }

    public static string Describe(SyntheticUnitLayer layer)
    {
        var c = layer.VertexCounts.Order().ToArray();
        double P(double q) => c[(int)Math.Min(c.Length - 1, Math.Floor(q * c.Length))];
        var frame = MetricFrame.ForLongitude(layer.Region.Centre.X);
        var units = layer.Snapshot.Features;
        var area = units.Sum(f => f.Geometry.Area);
        return string.Create(CultureInfo.InvariantCulture,
            $"units {units.Count:N0} ({layer.Columns}×{layer.Rows} mesh, seed {layer.Seed}) over {layer.Region.MinX}–{layer.Region.MaxX}°E, " +
            $"{layer.Region.MinY}–{layer.Region.MaxY}°N, frame EPSG:{frame.Epsg}; vertices per unit min {c[0]}, p10 {P(0.1)}, " +
            $"median {P(0.5)}, mean {c.Average():F0}, p90 {P(0.9)}, p99 {P(0.99)}, max {c[^1]}; total {layer.TotalVertices:N0}; " +
            $"{layer.Holes} units with a hole, {layer.MultiPolygons} multipolygons; Σ unit area / region area (degrees²) = {area / layer.Region.Area:R}");
    }

    public static void Run(string[] args)
    {
        int columns = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 125;
        int rows = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 320;
        var layer = Generate(columns, rows, out var t);
        Console.WriteLine($"generated in {t.TotalSeconds:F1} s");
        Console.WriteLine(Describe(layer));
        var sw = Stopwatch.StartNew();
        var invalid = layer.Snapshot.Features.Where((f, i) => i % 97 == 0 || f.Geometry.NumGeometries > 1 || ((NetTopologySuite.Geometries.Polygon)f.Geometry.GetGeometryN(0)).NumInteriorRings > 0)
            .Count(f => !f.Geometry.IsValid);
        Console.WriteLine($"validity (every 97th unit + all holed/multi): {invalid} invalid ({sw.Elapsed.TotalSeconds:F1} s)");
    }
}
