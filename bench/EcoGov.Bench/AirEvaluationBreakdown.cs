using System.Diagnostics;
using EcoGov.Core.Air;

namespace EcoGov.Bench;

/// <summary>
/// Where the engine's time goes for a national year (not a BenchmarkDotNet benchmark: one pass per stage, Stopwatch
/// and allocated bytes). Run: <c>-- air-breakdown [stations]</c>. Stages: daily statistics from the
/// hours (DailyAirStatistics.ComputePeriod, with the per-day details the engine itself does not build); the period
/// evaluation of the daily series (PeriodAirEvaluator.Evaluate); the full daily AQI reports (AqiCalculator.Compute per
/// day — since 2026-11-26 the evaluation counts good/heavy days from the AQI value alone and builds these reports only
/// when DailyResults is read); the whole engine, one thread and EvaluateAll (parallel). Allocated bytes: the process's
/// (GC.GetTotalAllocatedBytes, precise), so the parallel stage counts its worker threads too.
/// </summary>
public static class AirEvaluationBreakdown
{
    public static void Run(int stations)
    {
        var standard = AirEvaluationStandards.Gb3095_2026Transitional;
        var (from, to) = (SyntheticAirNetwork.From, SyntheticAirNetwork.To);
        var sw = Stopwatch.StartNew();
        var data = SyntheticAirNetwork.Generate(stations);
        Console.WriteLine($"generated {stations} stations, {data.Sum(s => s.Length):N0} hours in {sw.Elapsed.TotalSeconds:F1} s");

        // Warm up (JIT, tiering) on a few stations, and show what the data look like to the engine.
        var sample = Enumerable.Range(0, Math.Min(20, stations)).Select(k => StationPeriodEvaluator.Evaluate(data[k], from, to, standard)).ToList();
        Console.WriteLine($"first {sample.Count} stations: good-day ratio {sample.Average(e => (double)(e.GoodDayRatio ?? 0)):P0}, " +
            $"heavily polluted days {sample.Sum(e => e.HeavilyPollutedDays)}, days with AQI {sample.Sum(e => e.DaysWithValidAqi)} of {sample.Count * 365}, " +
            $"annual means valid at {sample.Count(e => e.AnnualMeansValid == true)} stations, exceeding: " +
            string.Join(", ", Enum.GetValues<Pollutant>().Select(p => $"{PollutantNames.Display(p)} {sample.Count(e => e.ExceedingPollutants.Contains(p))}")));

        var daily = new IReadOnlyList<DailyAirStatisticsResult>[stations];
        Measure("1. daily statistics (DailyAirStatistics.ComputePeriod)", stations, () =>
        {
            for (int k = 0; k < stations; k++) daily[k] = DailyAirStatistics.ComputePeriod(from, to, data[k], standard.Limits);
        });
        var values = daily.Select(d => d.Select(x => x.Values).ToList()).ToArray();
        Measure("2. period evaluation of the daily series (PeriodAirEvaluator.Evaluate)", stations, () =>
        {
            for (int k = 0; k < stations; k++) PeriodAirEvaluator.Evaluate(values[k], from, to, standard);
        });
        Measure("2a. full daily AQI reports (AqiCalculator.Compute per day; built only if DailyResults is read)", stations, () =>
        {
            for (int k = 0; k < stations; k++)
                foreach (var d in values[k]) AqiCalculator.Compute(standard.Aqi, AqiReportKind.Daily, d.ToConcentrations());
        });
        Measure("2b. DailyAirValues.ToConcentrations (dictionary per day; only for 2a)", stations, () =>
        {
            for (int k = 0; k < stations; k++)
                foreach (var d in values[k]) d.ToConcentrations();
        });
        Measure("1+2. StationPeriodEvaluator.Evaluate (whole engine)", stations, () =>
        {
            for (int k = 0; k < stations; k++) StationPeriodEvaluator.Evaluate(data[k], from, to, standard);
        });
        Measure("1+2 in parallel: StationPeriodEvaluator.EvaluateAll", stations, () =>
            StationPeriodEvaluator.EvaluateAll(data, from, to, standard));
        Measure("baseline: straightforward implementation", stations, () =>
        {
            for (int k = 0; k < stations; k++) StraightforwardAirEvaluator.Evaluate(data[k], SyntheticAirNetwork.Year, standard);
        });
    }

    private static void Measure(string stage, int stations, Action action)
    {
        GC.Collect();
        long bytes = GC.GetTotalAllocatedBytes(precise: true);
        int gen0 = GC.CollectionCount(0), gen2 = GC.CollectionCount(2);
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var sw = Stopwatch.StartNew();
        action();
        sw.Stop();
        // CPU time of the process (all threads): on a shared machine, closer to the unloaded time than the wall clock.
        double cpuSeconds = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds;
        double mb = (GC.GetTotalAllocatedBytes(precise: true) - bytes) / 1e6;
        Console.WriteLine($"{stage,-75} {sw.Elapsed.TotalSeconds,7:F2} s  CPU {cpuSeconds,6:F2} s  {stations / sw.Elapsed.TotalSeconds,8:N0} station-years/s  {mb,9:N0} MB allocated  gen0 {GC.CollectionCount(0) - gen0}, gen2 {GC.CollectionCount(2) - gen2}");
    }
}
