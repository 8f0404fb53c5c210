using EcoGov.Core.Air;
using EcoGov.Core.Indicators;

namespace EcoGov.Core.Progress;

/// <summary>One monthly or annual air target with the statistic of its period so far and its status.</summary>
/// <param name="Actual">The period statistic so far as published (µg/m³ integers, CO one decimal); null without data.</param>
/// <param name="ValidDays">Days with a valid daily value of the pollutant in the period so far.</param>
/// <param name="PreviousYearToDate">
/// Annual targets of mean pollutants (SO2, NO2, PM10, PM2.5) in an unfinished year: the same period of the previous
/// year, approximated as the day-weighted mean of the previous year's monthly values printed with the monthly targets
/// (null when a month is missing, and for CO and O3, whose percentiles do not combine).
/// </param>
/// <param name="Standard">The GB 3095 + HJ 633 pair used (by the period's first day); null when not evaluated.</param>
public sealed record AirTargetProgressRow(
    MonthlyAirTarget Target, Pollutant Pollutant, DateOnly From, DateOnly To, DateOnly? EvaluatedTo, double ElapsedShare,
    double? Actual, int ValidDays, string? Standard, ProgressResult Result, double? PreviousYearToDate = null);

/// <summary>
/// Progress of a plan's monthly and annual air targets (002 附件1) from stations' hourly data: the city daily series
/// is the mean of the stations' daily values (<see cref="CityAirAggregation"/>), the period statistic is the HJ 663
/// one (<see cref="PeriodAirEvaluator"/>: mean of daily means, CO P95 of daily means, O3 P90 of daily max 8h), over the
/// period's days up to the evaluation date; the GB 3095 version is the one in force on the period's first day.
/// </summary>
public static class AirTargetProgress
{
    public static Pollutant ParsePollutant(string name) => name.Trim().ToUpperInvariant() switch
    {
        "SO2" => Pollutant.SO2,
        "NO2" => Pollutant.NO2,
        "CO" => Pollutant.CO,
        "O3" => Pollutant.O3,
        "PM10" => Pollutant.PM10,
        "PM2.5" or "PM25" => Pollutant.PM25,
        _ => throw new ArgumentException($"Unknown pollutant \"{name}\" / 未知污染物", nameof(name)),
    };

    public static IReadOnlyList<AirTargetProgressRow> Evaluate(
        IEnumerable<MonthlyAirTarget> targets, IReadOnlyList<IReadOnlyList<HourlyObservation>> stations, DateOnly asOf) =>
        Evaluate(targets, stations.Select(StationAirSeries.OfHours).ToList(), asOf);

    /// <summary>As the hourly overload, from each station's series (hours or the store's station days).</summary>
    public static IReadOnlyList<AirTargetProgressRow> Evaluate(
        IEnumerable<MonthlyAirTarget> targets, IReadOnlyList<StationAirSeries> stations, DateOnly asOf)
    {
        var all = targets.ToList();
        var rules = AirDataValidity.Gb3095Table4;
        var cache = new Dictionary<(DateOnly, DateOnly), PeriodAirEvaluation>();
        var rows = new List<AirTargetProgressRow>();
        foreach (var t in all)
        {
            var pollutant = ParsePollutant(t.Pollutant);
            var from = new DateOnly(t.Year, t.Month ?? 1, 1);
            var to = t.Month is int m ? from.AddMonths(1).AddDays(-1) : new DateOnly(t.Year, 12, 31);
            var target = ProgressTarget.AtMost(t.Target, t.PreviousYearValue);
            if (asOf < from)
            {
                rows.Add(new(t, pollutant, from, to, null, 0, null, 0, null, ProgressEvaluator.Evaluate(target, null, 0)));
                continue;
            }
            var end = asOf < to ? asOf : to;
            double share = end == to ? 1 : (double)(end.DayNumber - from.DayNumber + 1) / (to.DayNumber - from.DayNumber + 1);
            if (!cache.TryGetValue((from, end), out var eval))
            {
                var standard = AirEvaluationStandards.ForDate(from);
                cache[(from, end)] = eval = CityAirAggregation.Evaluate(stations, from, end, standard);
            }
            var statistic = eval.Statistic(pollutant);
            double? actual = statistic.Published is decimal p ? (double)p : null;
            var result = ProgressEvaluator.Evaluate(target, actual, share);
            // A finished period with too few valid days (GB 3095 Table 4) keeps its status but says so.
            int minDays = t.Month is int month ? rules.MinDailyMeansFor(month) : rules.MinDailyMeansPerYear;
            if (share >= 1 && actual is not null && statistic.ValidDays < minDays)
                result = result with { Reason = $"{result.Reason}；有效日数 {statistic.ValidDays} 天，少于 GB 3095 表4 要求的 {minDays} 天，统计值仅供参考" };
            double? previousToDate = t.Month is null && share < 1 && statistic.Kind == PeriodStatisticKind.Mean
                ? PreviousYearToDate(all, t, end)
                : null;
            if (previousToDate is double prev && actual is not null)
                result = result with { Reason = $"{result.Reason}；上年同期约 {Math.Round(prev, 1).ToString(System.Globalization.CultureInfo.InvariantCulture)}" };
            rows.Add(new(t, pollutant, from, to, end, share, actual, statistic.ValidDays, eval.StandardCode, result, previousToDate));
        }
        return rows;
    }

    private static double? PreviousYearToDate(List<MonthlyAirTarget> all, MonthlyAirTarget annual, DateOnly end)
    {
        double sum = 0;
        int days = 0;
        for (int m = 1; m <= end.Month; m++)
        {
            var month = all.FirstOrDefault(x => x.Month == m && x.Year == annual.Year && x.Pollutant == annual.Pollutant);
            if (month?.PreviousYearValue is not double v) return null;
            int n = m == end.Month ? end.Day : DateTime.DaysInMonth(end.Year, m);
            sum += v * n;
            days += n;
        }
        return sum / days;
    }
}
