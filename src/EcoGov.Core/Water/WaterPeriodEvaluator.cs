namespace EcoGov.Core.Water;

/// <summary>One monitoring sample of a section: its date and item values (null = not measured).</summary>
public sealed record WaterSample(DateOnly Date, IReadOnlyDictionary<string, double?> Values);

/// <summary>A section's evaluation over a period (a month or a year) from item means.</summary>
/// <param name="Period">"2025-03" for a month, "2025" for a year.</param>
/// <param name="SampleCount">Samples in the period.</param>
/// <param name="MonthCount">Months with at least one sample in the period.</param>
/// <param name="MeanValues">The item means that were classified; null where no usable value existed.</param>
public sealed record WaterPeriodEvaluation(
    string Period,
    int SampleCount,
    int MonthCount,
    IReadOnlyDictionary<string, double?> MeanValues,
    WaterSampleEvaluation Evaluation);

/// <summary>
/// Monthly and annual section classes, 2011 evaluation method §2 "Periods": a month uses that month's sample
/// (or the mean of several); a year uses the mean of the valid monthly values of each item, then classifies.
/// Means are not rounded before classifying (the method gives no rounding rule).
/// </summary>
public static class WaterPeriodEvaluator
{
    /// <summary>Arithmetic mean of each item over the usable values of the given value sets; null when an item has none. Keys in ordinal order.</summary>
    public static IReadOnlyDictionary<string, double?> ItemMeans(IEnumerable<IReadOnlyDictionary<string, double?>> valueSets)
    {
        var sums = new SortedDictionary<string, (double Sum, int Count)>(StringComparer.Ordinal);
        foreach (var set in valueSets)
        {
            foreach (var (code, value) in set)
            {
                var acc = sums.GetValueOrDefault(code);
                if (value is { } v && WaterSampleEvaluator.IsUsableValue(v)) acc = (acc.Sum + v, acc.Count + 1);
                sums[code] = acc;
            }
        }
        var means = new SortedDictionary<string, double?>(StringComparer.Ordinal);
        foreach (var (code, acc) in sums) means[code] = acc.Count == 0 ? null : acc.Sum / acc.Count;
        return means;
    }

    /// <summary>Class of a month from the mean of that month's samples.</summary>
    public static WaterPeriodEvaluation Monthly(SurfaceWaterStandard standard, WaterBodyKind kind, IEnumerable<WaterSample> samples, int year, int month)
    {
        var inMonth = samples.Where(s => s.Date.Year == year && s.Date.Month == month).ToList();
        var means = ItemMeans(inMonth.Select(s => s.Values));
        return new WaterPeriodEvaluation($"{year:D4}-{month:D2}", inMonth.Count, inMonth.Count > 0 ? 1 : 0, means,
            WaterSampleEvaluator.Evaluate(standard, kind, means));
    }

    /// <summary>Class of a year from the mean of each item's monthly values (each month first averaged over its samples).</summary>
    public static WaterPeriodEvaluation Annual(SurfaceWaterStandard standard, WaterBodyKind kind, IEnumerable<WaterSample> samples, int year)
    {
        var inYear = samples.Where(s => s.Date.Year == year).ToList();
        var monthly = inYear.GroupBy(s => s.Date.Month).OrderBy(g => g.Key).Select(g => ItemMeans(g.Select(s => s.Values))).ToList();
        var means = ItemMeans(monthly);
        return new WaterPeriodEvaluation($"{year:D4}", inYear.Count, monthly.Count, means,
            WaterSampleEvaluator.Evaluate(standard, kind, means));
    }
}
