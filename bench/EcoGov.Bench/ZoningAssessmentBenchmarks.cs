using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.NoEmit;
using EcoGov.Spatial.Crs;
using EcoGov.Testing;
using EcoGov.Testing.Zoning;

namespace EcoGov.Bench;

/// <summary>
/// Siting assessment on the synthetic 40,000-unit layer: the in-memory engine (SiteAssessor over a LayerIndex) against
/// the PostGIS round trip (one connection, prepared statements) for the same questions. The layer, the index and the
/// PostgreSQL cluster are built once per process (in-process toolchain, static fixture): generating and loading
/// 28.8 M vertices takes minutes, too long to repeat per benchmark. Each invocation asks the next question of a fixed
/// list, so an iteration averages over many sites. Per-call percentiles come from `zoning-latency` (Program.cs).
/// </summary>
[Config(typeof(Config))]
[MemoryDiagnoser]
public class ZoningAssessmentBenchmarks
{
    private sealed class Config : ManualConfig
    {
        // The in-process toolchain's default 5-minute limit counts the fixture (≈ 2–3 min under load). No forced GC
        // between iterations: a full collection of the ~3 GB heap (28.8 M coordinates) takes seconds per iteration.
        public Config() => AddJob(Job.Default.WithToolchain(new InProcessNoEmitToolchain(TimeSpan.FromMinutes(30), logOutput: true))
            .WithWarmupCount(2).WithIterationCount(8).WithInvocationCount(1000).WithUnrollFactor(1).WithGcForce(false));
    }

    private sealed class Fixture : IDisposable
    {
        public readonly SyntheticUnitLayer Layer = ZoningData.Generate(
            int.Parse(Environment.GetEnvironmentVariable("ECOGOV_BENCH_COLUMNS") ?? "125", System.Globalization.CultureInfo.InvariantCulture),
            int.Parse(Environment.GetEnvironmentVariable("ECOGOV_BENCH_ROWS") ?? "320", System.Globalization.CultureInfo.InvariantCulture), out _);
        public readonly ZoningEngine Engine;
        public readonly ZoningQuestions Questions;
        public readonly PostgresCluster Cluster = PostgresCluster.Start();
        public readonly PostGisUnitStore Store;

        public Fixture()
        {
            Engine = new ZoningEngine(Layer.Snapshot);
            Questions = ZoningQuestions.Generate(Layer, 10_000, 1_000, 1_000, seed: 7);
            Store = PostGisUnitStore.CreateAsync(Cluster.ConnectionString(), Layer.Snapshot.Features,
                MetricFrame.ForLongitude(Layer.Region.Centre.X).Epsg).GetAwaiter().GetResult();
            foreach (var q in Questions.Points) Engine.Assess(q.Site); // warm: prepared geometries build their locators lazily
        }

        public void Dispose()
        {
            Store.DisposeAsync().AsTask().GetAwaiter().GetResult();
            Cluster.Dispose();
        }
    }

    private static Fixture? _fixture;
    private static Fixture F
    {
        get
        {
            if (_fixture is null)
            {
                _fixture = new Fixture();
                // The cluster must not outlive the process (the fixture is shared by all benchmarks of the run).
                AppDomain.CurrentDomain.ProcessExit += (_, _) => _fixture?.Dispose();
            }
            return _fixture;
        }
    }
    private int _p, _g;

    [GlobalSetup]
    public void Setup() => _ = F;

    [Benchmark(Baseline = true, Description = "point: PostGIS round trip (ST_Intersects, prepared)")]
    public int PointPostGis() => F.Store.PointUnits(F.Questions.Points[_p++ % F.Questions.Points.Count].Site).Count;

    [Benchmark(Description = "point: engine SiteAssessor.Assess")]
    public int PointEngine() => F.Engine.Assess(F.Questions.Points[_p++ % F.Questions.Points.Count].Site).Units.Count;

    [Benchmark(Description = "1 km² polygon: PostGIS round trip (ST_Intersects + ST_Area(ST_Transform(ST_Intersection)))")]
    public int PolygonPostGis() => F.Store.PolygonUnits(F.Questions.Polygons[_g++ % F.Questions.Polygons.Count].Site).Count;

    [Benchmark(Description = "1 km² polygon: engine SiteAssessor.Assess")]
    public int PolygonEngine() => F.Engine.Assess(F.Questions.Polygons[_g++ % F.Questions.Polygons.Count].Site).Units.Count;
}

/// <summary>Building the engine's index over the 40,000 units (STRtree of prepared geometries; the prepared
/// geometries' own indexes are built lazily on first use, see the cold pass in `zoning-latency`).</summary>
[Config(typeof(Config))]
[MemoryDiagnoser]
public class ZoningIndexBuildBenchmarks
{
    private sealed class Config : ManualConfig
    {
        public Config() => AddJob(Job.Default.WithToolchain(InProcessNoEmitToolchain.Instance)
            .WithWarmupCount(1).WithIterationCount(5).WithInvocationCount(1).WithUnrollFactor(1));
    }

    private static SyntheticUnitLayer? _layer;

    [GlobalSetup]
    public void Setup() => _layer ??= SyntheticUnitLayer.National();

    [Benchmark(Description = "LayerIndex over 40,000 units")]
    public int Build() => new ZoningEngine(_layer!.Snapshot).Index.Count;
}
