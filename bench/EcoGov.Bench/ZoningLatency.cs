using System.Diagnostics;
using System.Globalization;
using EcoGov.Spatial.Crs;
using EcoGov.Testing;
using EcoGov.Testing.Zoning;

namespace EcoGov.Bench;

/// <summary>
/// `zoning-latency [points polygons distances columns rows rounds]`: per-call latency percentiles (Stopwatch) and batch
/// throughput of the in-memory siting engine against the PostGIS round trip (one connection, prepared statements) on the
/// same synthetic layer and questions in the same process, after checking that both give the same answers.
/// </summary>
public static class ZoningLatency
{
    public static async Task RunAsync(string[] args)
    {
        int Arg(int i, int d) => args.Length > i ? int.Parse(args[i], CultureInfo.InvariantCulture) : d;
        int points = Arg(1, 10_000), polygons = Arg(2, 500), distances = Arg(3, 500), columns = Arg(4, 125), rows = Arg(5, 320), rounds = Arg(6, 3);
        using var load = new LoadSampler();
        Console.WriteLine($"date -u: {DateTime.UtcNow:yyyy-MM-dd HH:mm:ss} UTC; nproc {Environment.ProcessorCount}; .NET {Environment.Version}; GC server={System.Runtime.GCSettings.IsServerGC}");

        var layer = ZoningData.Generate(columns, rows, out var genTime);
        Console.WriteLine($"layer generated in {genTime.TotalSeconds:F1} s: {ZoningData.Describe(layer)}");
        var features = layer.Snapshot.Features;

        var sw = Stopwatch.StartNew();
        var engine = new ZoningEngine(layer.Snapshot);
        var build = sw.Elapsed;
        Console.WriteLine($"engine index build (STRtree of {features.Count:N0} prepared geometries): {build.TotalMilliseconds:F0} ms; managed heap {GC.GetTotalMemory(false) / 1e9:F2} GB");

        var questions = ZoningQuestions.Generate(layer, points, polygons, distances, seed: 7);
        Console.WriteLine($"questions: {points} points ({string.Join(", ", questions.Points.GroupBy(p => p.Kind).Select(g => $"{g.Key} {g.Count()}"))}), " +
            $"{polygons} polygons ({string.Join(", ", questions.Polygons.GroupBy(p => p.Kind).Select(g => $"{g.Key} {g.Count()}"))}), {distances} distance questions");

        // Cold: the first point pass over a fresh index (prepared geometries build their point locators lazily).
        var cold = Time(questions.Points, q => engine.Assess(q.Site));
        Console.WriteLine($"engine point assessment, first pass over a fresh index (cold): {Summary(cold)}");

        sw.Restart();
        using var cluster = PostgresCluster.Start();
        var tCluster = sw.Elapsed;
        var frame = MetricFrame.ForLongitude(layer.Region.Centre.X);
        await using var store = await PostGisUnitStore.CreateAsync(cluster.ConnectionString(), features, frame.Epsg);
        var lt = store.LoadTimes;
        Console.WriteLine($"PostgreSQL cluster start {tCluster.TotalSeconds:F1} s; load: binary COPY {lt.WkbBytes / 1e6:F0} MB EWKB {lt.Copy.TotalSeconds:F1} s, " +
            $"ST_Transform to EPSG:{frame.Epsg} column {lt.Transform.TotalSeconds:F1} s, 2 GiST indexes {lt.Index.TotalSeconds:F1} s, VACUUM ANALYZE {lt.Analyze.TotalSeconds:F1} s; total {lt.Total.TotalSeconds:F1} s");
        Console.WriteLine("EXPLAIN point query:\n  " + store.ExplainPoint(questions.Points[0].Site).Replace("\n", "\n  ", StringComparison.Ordinal));

        sw.Restart();
        var report = ZoningAgreement.Compare(engine, store, questions);
        Console.WriteLine($"agreement ({sw.Elapsed.TotalSeconds:F1} s): {report}");
        foreach (var d in report.Disagreements.Take(20)) Console.WriteLine($"  DISAGREE {d.Question} {d.Kind}: {d.Detail}");

        Console.WriteLine();
        Console.WriteLine("| Question | Side | n | p50 ms | p95 ms | p99 ms | max ms | mean ms |");
        Console.WriteLine("|---|---|---:|---:|---:|---:|---:|---:|");
        var pointSample = questions.Points.Take(Math.Min(points, 2000)).ToList();
        Row("point, assessment (warm)", "engine SiteAssessor", Time(pointSample, q => engine.Assess(q.Site)));
        Row("point, index only", "engine LayerIndex.Intersecting", Time(pointSample, q => engine.Index.Intersecting(q.Site)));
        Row("point", "PostGIS round trip", Time(pointSample, q => store.PointUnits(q.Site)));
        Row("1 km² polygon, assessment", "engine SiteAssessor", Time(questions.Polygons, q => engine.Assess(q.Site)));
        Row("1 km² polygon, index only", "engine LayerIndex.Intersecting", Time(questions.Polygons, q => engine.Index.Intersecting(q.Site)));
        Row("1 km² polygon", "PostGIS round trip", Time(questions.Polygons, q => store.PolygonUnits(q.Site)));
        Row("units within D m of a point", "engine LayerIndex.Within", Time(questions.Distances, q => engine.Index.Within(q.Site, q.Meters, frame)));
        Row("units within D m of a point", "PostGIS round trip", Time(questions.Distances, q => store.Within(q.Site, q.Meters)));

        PolygonBreakdown(engine, questions, frame);

        Console.WriteLine();
        Console.WriteLine($"batch throughput, {points:N0} point assessments per pass, {rounds} rounds alternating (points/s):");
        var e1 = new List<double>(); var e2 = new List<double>(); var pg = new List<double>();
        for (var r = 0; r < rounds; r++)
        {
            e1.Add(Throughput(() => { foreach (var q in questions.Points) engine.Assess(q.Site); }, points));
            e2.Add(Throughput(() => Parallel.ForEach(questions.Points, q => engine.Assess(q.Site)), points));
            pg.Add(Throughput(() => { foreach (var q in questions.Points) store.PointUnits(q.Site); }, points));
            Console.WriteLine($"  round {r + 1}: engine 1 thread {e1[^1]:F0}, engine Parallel.ForEach {e2[^1]:F0}, PostGIS 1 connection {pg[^1]:F0}");
        }
        double Med(List<double> x) => x.Order().ElementAt(x.Count / 2);
        Console.WriteLine($"median: engine 1 thread {Med(e1):F0}/s, engine parallel {Med(e2):F0}/s, PostGIS {Med(pg):F0}/s; " +
            $"ratio engine(1 thread)/PostGIS {Med(e1) / Med(pg):F1}×, engine(parallel)/PostGIS {Med(e2) / Med(pg):F1}×");
        Console.WriteLine($"load average during the run (1 min, sampled every 5 s): {load.Summary()}");
    }

    /// <summary>Where a polygon assessment's time goes: index query, overlay per touched unit (NTS's default
    /// Geometry.Intersection, and OverlayNG for comparison), projection.</summary>
    private static void PolygonBreakdown(ZoningEngine engine, ZoningQuestions questions, MetricFrame frame)
    {
        double index = 0, legacy = 0, ng = 0, project = 0, assess = 0;
        long pieces = 0, unitVertices = 0;
        foreach (var q in questions.Polygons)
        {
            var t = Stopwatch.GetTimestamp();
            engine.Assess(q.Site);
            assess += Stopwatch.GetElapsedTime(t).TotalMilliseconds;
            t = Stopwatch.GetTimestamp();
            var hits = engine.Index.Intersecting(q.Site);
            index += Stopwatch.GetElapsedTime(t).TotalMilliseconds;
            foreach (var e in hits)
            {
                var unit = e.Feature.Geometry;
                unitVertices += unit.NumPoints;
                pieces++;
                t = Stopwatch.GetTimestamp();
                var piece = q.Site.Intersection(unit);
                legacy += Stopwatch.GetElapsedTime(t).TotalMilliseconds;
                t = Stopwatch.GetTimestamp();
                NetTopologySuite.Operation.OverlayNG.OverlayNGRobust.Overlay(q.Site, unit, NetTopologySuite.Operation.Overlay.SpatialFunction.Intersection);
                ng += Stopwatch.GetElapsedTime(t).TotalMilliseconds;
                t = Stopwatch.GetTimestamp();
                GC.KeepAlive(frame.Project(piece).Area);
                project += Stopwatch.GetElapsedTime(t).TotalMilliseconds;
            }
        }
        var n = questions.Polygons.Count;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"polygon assessment breakdown (mean per polygon over {n}, {pieces / (double)n:F1} units touched each, {unitVertices / Math.Max(1.0, pieces):F0} vertices per touched unit): " +
            $"whole SiteAssessor.Assess {assess / n:F2} ms; index query {index / n:F3} ms; Geometry.Intersection (NTS default overlay) {legacy / n:F2} ms; " +
            $"OverlayNGRobust.Overlay (clips the unit to the site's envelope first) {ng / n:F2} ms; projection + area {project / n:F3} ms"));
    }

    private static void Row(string question, string side, double[] ms) =>
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| {question} | {side} | {ms.Length} | {P(ms, 0.50):F3} | {P(ms, 0.95):F3} | {P(ms, 0.99):F3} | {ms[^1]:F3} | {ms.Average():F3} |"));

    private static string Summary(double[] ms) => string.Create(CultureInfo.InvariantCulture,
        $"n {ms.Length}, p50 {P(ms, 0.5):F3} ms, p95 {P(ms, 0.95):F3} ms, p99 {P(ms, 0.99):F3} ms, max {ms[^1]:F1} ms, total {ms.Sum() / 1000:F1} s");

    private static double P(double[] sorted, double q) => sorted[(int)Math.Min(sorted.Length - 1, Math.Ceiling(q * sorted.Length) - 1)];

    /// <summary>Per-call milliseconds, sorted.</summary>
    private static double[] Time<T>(IReadOnlyList<T> items, Func<T, object> call)
    {
        var ms = new double[items.Count];
        for (var i = 0; i < items.Count; i++)
        {
            var t0 = Stopwatch.GetTimestamp();
            GC.KeepAlive(call(items[i]));
            ms[i] = Stopwatch.GetElapsedTime(t0).TotalMilliseconds;
        }
        Array.Sort(ms);
        return ms;
    }

    private static double Throughput(Action pass, int n)
    {
        var sw = Stopwatch.StartNew();
        pass();
        return n / sw.Elapsed.TotalSeconds;
    }
}

/// <summary>Samples /proc/loadavg every 5 s while alive.</summary>
public sealed class LoadSampler : IDisposable
{
    private readonly List<double> _samples = [];
    private readonly Timer _timer;

    public LoadSampler() => _timer = new Timer(_ => Sample(), null, TimeSpan.Zero, TimeSpan.FromSeconds(5));

    private void Sample()
    {
        try
        {
            var v = double.Parse(File.ReadAllText("/proc/loadavg").Split(' ')[0], CultureInfo.InvariantCulture);
            lock (_samples) _samples.Add(v);
        }
        catch (IOException) { }
    }

    public string Summary()
    {
        lock (_samples)
            return _samples.Count == 0 ? "n/a" : string.Create(CultureInfo.InvariantCulture,
                $"min {_samples.Min():F1}, mean {_samples.Average():F1}, max {_samples.Max():F1} ({_samples.Count} samples) on {Environment.ProcessorCount} cores");
    }

    public void Dispose() => _timer.Dispose();
}
