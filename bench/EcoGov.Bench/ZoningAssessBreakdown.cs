using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using EcoGov.Core.Zoning;
using EcoGov.Core.Zoning.Rules;
using EcoGov.Spatial.Crs;
using EcoGov.Spatial.Zoning;
using EcoGov.Spatial.Zoning.Assessment;
using NetTopologySuite.Densify;
using NetTopologySuite.Geometries;
using NetTopologySuite.Triangulate;

namespace EcoGov.Bench;

/// <summary>
/// `dotnet run -c Release --project bench/EcoGov.Bench -- zoning-assess [units] [vertexSpacingM]`: latency percentiles of
/// SiteAssessor for points and 1 km² polygons against a synthetic layer of N Voronoi units (densified edges for
/// realistic vertex counts), with the full rule catalogue, 80 city requirements, rivers and an urban core.
/// </summary>
public static class ZoningAssessBreakdown
{
    public static void Run(int unitCount, double spacing)
    {
        var sw = Stopwatch.StartNew();
        var frame = MetricFrame.ForZone(38);
        var (ox, oy) = frame.Project(112.0, 35.0);
        var side = Math.Sqrt(unitCount * 6e6); // ~6 km² per unit
        var rnd = new Random(7);
        var gf = new GeometryFactory(new PrecisionModel(), 4547);
        var vb = new VoronoiDiagramBuilder();
        vb.SetSites([.. Enumerable.Range(0, unitCount).Select(_ => new Coordinate(ox + rnd.NextDouble() * side, oy + rnd.NextDouble() * side))]);
        vb.ClipEnvelope = new Envelope(ox, ox + side, oy, oy + side);
        var cells = vb.GetDiagram(gf);
        var features = new List<LayerFeature>(cells.NumGeometries);
        long vertices = 0;
        for (var i = 0; i < cells.NumGeometries; i++)
        {
            var dense = Densifier.Densify(cells.GetGeometryN(i), spacing);
            var geo = CoordinateSystems.ToCgcs2000(dense, 4547);
            vertices += geo.NumPoints;
            var code = $"ZH140525{1 + i % 3}{i % 10000:0000}";
            features.Add(new LayerFeature(code, code, geo, new Dictionary<string, string?> { ["code"] = code, ["class"] = "重点管控单元", ["county"] = "140525" }));
        }
        var version = new LayerVersionInfo(1, "units", "140500", 1, new DateOnly(2024, 1, 1), DateTimeOffset.UnixEpoch, "synthetic", "", 4490, features.Count, true, null);
        var units = new LayerSnapshot(version, features);
        var river = new LayerFeature("R1", "沁河", CoordinateSystems.ToCgcs2000(Densifier.Densify(gf.CreateLineString(
            [new Coordinate(ox + side * 0.3, oy), new Coordinate(ox + side * 0.35, oy + side)]), 100), 4547),
            new Dictionary<string, string?> { ["name"] = "沁河", ["rank"] = "干流" });
        var core = new LayerFeature("C1", "市区", CoordinateSystems.ToCgcs2000(gf.ToGeometry(new Envelope(ox + side * 0.5, ox + side * 0.55, oy + side * 0.5, oy + side * 0.55)), 4547),
            new Dictionary<string, string?>());
        var rivers = new LayerSnapshot(version with { Layer = "rivers" }, [river]);
        var urban = new LayerSnapshot(version with { Layer = "urban-core" }, [core]);
        var reqs = LoadRequirements();
        var buildStart = sw.Elapsed;
        var index = LayerIndex.For(units);
        var indexTime = sw.Elapsed - buildStart;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"units {features.Count}, vertices {vertices:N0} ({vertices / (double)features.Count:F0}/unit), side {side / 1000:F0} km; data {buildStart.TotalSeconds:F1} s, STRtree {indexTime.TotalMilliseconds:F0} ms"));

        var assessor = new SiteAssessor();
        var facts = ProjectFacts.None.With("emitsAirPollutants", true).With("usesCoal", false).With("isGasProducer", false);
        var date = new DateOnly(2024, 6, 1);
        Geometry PointAt(Random r) => CoordinateSystems.ToCgcs2000(gf.CreatePoint(new Coordinate(ox + r.NextDouble() * side, oy + r.NextDouble() * side)), 4547);
        Geometry SquareAt(Random r)
        {
            double x = ox + r.NextDouble() * (side - 1000), y = oy + r.NextDouble() * (side - 1000);
            return CoordinateSystems.ToCgcs2000(Densifier.Densify(gf.ToGeometry(new Envelope(x, x + 1000, y, y + 1000)), 100), 4547);
        }
        Measure("point", 2000, PointAt);
        Measure("1 km² polygon", 500, SquareAt);

        void Measure(string name, int n, Func<Random, Geometry> site)
        {
            var r = new Random(11);
            for (var i = 0; i < 50; i++) assessor.Assess(site(r), "0313", facts, date, units, [rivers, urban], reqs);
            var times = new double[n];
            var touched = 0;
            for (var i = 0; i < n; i++)
            {
                var s = site(r);
                var t = Stopwatch.GetTimestamp();
                var res = assessor.Assess(s, "0313", facts, date, units, [rivers, urban], reqs);
                times[i] = Stopwatch.GetElapsedTime(t).TotalMilliseconds;
                touched += res.Units.Count;
            }
            Array.Sort(times);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{name,-14} n={n}: p50 {times[n / 2]:F3} ms, p95 {times[(int)(n * 0.95)]:F3} ms, p99 {times[(int)(n * 0.99)]:F3} ms, max {times[^1]:F1} ms; mean units touched {touched / (double)n:F2}"));
        }
    }

    private static List<AccessRequirement> LoadRequirements()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (!File.Exists(Path.Combine(dir!.FullName, "EcoGov.slnx"))) dir = dir.Parent;
        using var doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(dir.FullName, "data/seed/000-jincheng-zoning-2023.json")));
        return doc.RootElement.GetProperty("accessRequirements").Deserialize<List<AccessRequirement>>(
            new JsonSerializerOptions(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) } })!;
    }
}
