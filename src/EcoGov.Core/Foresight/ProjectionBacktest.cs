using EcoGov.Core.Air;

namespace EcoGov.Core.Foresight;

/// <summary>One projection of the backtest: a year, the month whose last day it was made on, a statistic, and how it did.</summary>
/// <remarks><see cref="Low"/>/<see cref="High"/> are null when the projection rests on one past year (no interval).</remarks>
public sealed record BacktestCase(int Year, int Month, YearStatistic Statistic, int PastYears, decimal Projected, decimal? Low, decimal? High,
    decimal? Pace, decimal Actual)
{
    public decimal Error => Math.Abs(Projected - Actual);
    public decimal? PaceError => Pace is decimal p ? Math.Abs(p - Actual) : null;
    public bool HasInterval => Low is not null && High is not null;
    public bool Covered => HasInterval && Low <= Actual && Actual <= High;
}

/// <summary>The backtest's figures for a statistic, overall (<see cref="Month"/> null) or for the projections made at one month's end.</summary>
/// <param name="Mae">Mean absolute error of the projected value (basis past years) against the year's actual value.</param>
/// <param name="PaceMae">The same for (c), the current pace, over the same cases.</param>
/// <param name="Coverage">Share of the cases with an interval (two or more past years) whose 80 % interval held the actual value; null without such a case.</param>
/// <param name="IntervalCases">The cases with an interval.</param>
public sealed record BacktestFigure(YearStatistic Statistic, int? Month, int Cases, decimal Mae, decimal? PaceMae, decimal? Coverage, int IntervalCases);

/// <summary>The backtest of the projection (issue 14 item 3) over the years of a store.</summary>
public sealed record BacktestResult(IReadOnlyList<int> Years, IReadOnlyList<int> YearsTested, IReadOnlyList<BacktestCase> Cases,
    IReadOnlyList<BacktestFigure> ByStatistic, IReadOnlyList<BacktestFigure> ByMonth);

/// <summary>
/// Runs the projection (<see cref="AnnualAirProjection"/>, basis past years) as of the last day of each month January …
/// November of every year that has an earlier year, using only the earlier years, and compares the projected year-end
/// value with the year's actual value from the annual evaluation of the whole year. Pure: city daily values per year in.
/// </summary>
public static class ProjectionBacktest
{
    public static BacktestResult Run(IReadOnlyDictionary<int, IReadOnlyList<DailyAirValues>> years, Func<int, AirEvaluationStandard> standardFor,
        IReadOnlyList<YearStatistic>? statistics = null)
    {
        statistics ??= YearStatistic.All;
        var sorted = years.Keys.Order().ToList();
        var cases = new List<BacktestCase>();
        var tested = new List<int>();
        foreach (var year in sorted)
        {
            var past = years.Where(kv => kv.Key < year).ToDictionary(kv => kv.Key, kv => kv.Value);
            if (past.Count == 0) continue;
            var standard = standardFor(year);
            var first = new DateOnly(year, 1, 1);
            var last = new DateOnly(year, 12, 31);
            var actual = PeriodAirEvaluator.Evaluate(years[year].Where(d => d.Date.Year == year), first, last, standard);
            bool any = false;
            for (int month = 1; month <= 11; month++)
            {
                var asOf = new DateOnly(year, month, 1).AddMonths(1).AddDays(-1);
                var set = AnnualAirProjection.Prepare(asOf, years[year], past, standard);
                foreach (var s in statistics)
                {
                    if (s.ValueIn(actual) is not decimal truth) continue;
                    var p = set.Project(s, null);
                    if (p.Basis != ProjectionBasis.PastYears) continue;
                    cases.Add(new BacktestCase(year, month, s, p.Years, p.Value!.Value, p.Low, p.High, p.AtCurrentPace, truth));
                    any = true;
                }
            }
            if (any) tested.Add(year);
        }
        var byStatistic = statistics.Select(s => Figure(s, null, cases.Where(c => c.Statistic == s).ToList())).OfType<BacktestFigure>().ToList();
        var byMonth = statistics.SelectMany(s => Enumerable.Range(1, 11).Select(m => Figure(s, m, cases.Where(c => c.Statistic == s && c.Month == m).ToList())))
            .OfType<BacktestFigure>().ToList();
        return new BacktestResult(sorted, tested, cases, byStatistic, byMonth);
    }

    private static BacktestFigure? Figure(YearStatistic s, int? month, List<BacktestCase> cases)
    {
        if (cases.Count == 0) return null;
        decimal mae = Math.Round(cases.Average(c => c.Error), 2, MidpointRounding.ToEven);
        var paced = cases.Where(c => c.PaceError is not null).ToList();
        decimal? paceMae = paced.Count == cases.Count ? Math.Round(paced.Average(c => c.PaceError!.Value), 2, MidpointRounding.ToEven) : null;
        int withInterval = cases.Count(c => c.HasInterval);
        decimal? coverage = withInterval == 0 ? null : Math.Round((decimal)cases.Count(c => c.Covered) / withInterval, 2, MidpointRounding.ToEven);
        return new BacktestFigure(s, month, cases.Count, mae, paceMae, coverage, withInterval);
    }
}
