using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using EcoGov.Core.Air;

namespace EcoGov.Bench;

/// <summary>
/// A national year evaluated from memory: every station's hourly year (already in memory as HourlyObservation)
/// through StationPeriodEvaluator (daily statistics, daily AQI, annual statistics, validity, comprehensive index)
/// under GB 3095-2026 (transitional) + HJ 633-2026. Baseline: the straightforward implementation in the benchmark
/// project, checked in GlobalSetup to agree with the engine on a sample of stations. One invocation = all N
/// stations; station-years/s = N / Mean.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Monitoring, warmupCount: 1, iterationCount: 3, invocationCount: 1)]
public class AirYearBenchmarks
{
    private static readonly AirEvaluationStandard Standard = AirEvaluationStandards.Gb3095_2026Transitional;
    private HourlyObservation[][] stations = null!;

    [ParamsSource(nameof(StationCounts))]
    public int Stations { get; set; }

    public static IEnumerable<int> StationCounts() => SyntheticAirNetwork.StationCounts();

    [GlobalSetup]
    public void Setup()
    {
        stations = SyntheticAirNetwork.Generate(Stations);
        // Fair comparison: the baseline must compute the same figures as the engine (a sample of ~20 stations).
        int step = Math.Max(1, Stations / 20);
        for (int k = 0; k < Stations; k += step)
            StraightforwardAirEvaluator.AssertAgrees(SyntheticAirNetwork.StationId(k),
                StationPeriodEvaluator.Evaluate(stations[k], SyntheticAirNetwork.From, SyntheticAirNetwork.To, Standard),
                StraightforwardAirEvaluator.Evaluate(stations[k], SyntheticAirNetwork.Year, Standard));
    }

    [Benchmark(Baseline = true, Description = "straightforward (LINQ GroupBy, List per window), 1 thread")]
    public int Straightforward()
    {
        int good = 0;
        foreach (var s in stations)
            good += StraightforwardAirEvaluator.Evaluate(s, SyntheticAirNetwork.Year, Standard).GoodDays;
        return good;
    }

    [Benchmark(Description = "engine StationPeriodEvaluator, 1 thread")]
    public int Engine()
    {
        int good = 0;
        foreach (var s in stations)
            good += StationPeriodEvaluator.Evaluate(s, SyntheticAirNetwork.From, SyntheticAirNetwork.To, Standard).GoodDays;
        return good;
    }

    [Benchmark(Description = "engine StationPeriodEvaluator.EvaluateAll (parallel, 2 cores)")]
    public int EngineParallel()
    {
        int good = 0;
        foreach (var e in StationPeriodEvaluator.EvaluateAll(stations, SyntheticAirNetwork.From, SyntheticAirNetwork.To, Standard))
            good += e.GoodDays;
        return good;
    }
}
