using EcoGov.Core.Air;
using EcoGov.Core.Text;

namespace EcoGov.Core.Tests.Air.Reference;

// The engine as it was before the allocation work (commit bf8f053), kept verbatim as the oracle of the
// equivalence tests (ReferenceEquivalenceTests): LINQ, dictionaries and a full AQI report per day.

/// <summary>Old DailyAirStatistics.</summary>
public static class ReferenceDailyAirStatistics
{
    /// <summary>
    /// The day's statistics from the hours starting on <paramref name="date"/> (others are ignored).
    /// <paramref name="limits"/> supplies the O3 8h limit for the HJ 663-2013 exceedance exception.
    /// </summary>
    public static DailyAirStatisticsResult Compute(
        DateOnly date, IEnumerable<HourlyObservation> hours, AmbientAirLimits limits,
        LimitGrade grade = LimitGrade.GradeII, AirDataValidityRules? rules = null)
    {
        rules ??= AirDataValidity.Gb3095Table4;
        var byHour = new HourlyObservation?[24];
        foreach (var h in hours)
        {
            Validate(h);
            if (h.Day != date) continue;
            if (byHour[h.HourStart.Hour] is not null)
                throw new ArgumentException(CoreText.DuplicateHour(h.HourStart).Bilingual, nameof(hours));
            byHour[h.HourStart.Hour] = h;
        }
        return ComputeDay(date, byHour, limits, grade, rules);
    }

    /// <summary>Daily statistics for every day of [<paramref name="from"/>, <paramref name="to"/>].</summary>
    public static IReadOnlyList<DailyAirStatisticsResult> ComputePeriod(
        DateOnly from, DateOnly to, IEnumerable<HourlyObservation> hours, AmbientAirLimits limits,
        LimitGrade grade = LimitGrade.GradeII, AirDataValidityRules? rules = null)
    {
        if (to < from) throw new ArgumentException(CoreText.PeriodEndsBeforeStart().Bilingual, nameof(to));
        rules ??= AirDataValidity.Gb3095Table4;
        var days = new Dictionary<DateOnly, HourlyObservation?[]>();
        foreach (var h in hours)
        {
            Validate(h);
            if (h.Day < from || h.Day > to) continue;
            if (!days.TryGetValue(h.Day, out var arr)) days[h.Day] = arr = new HourlyObservation?[24];
            if (arr[h.HourStart.Hour] is not null)
                throw new ArgumentException(CoreText.DuplicateHour(h.HourStart).Bilingual, nameof(hours));
            arr[h.HourStart.Hour] = h;
        }
        var result = new List<DailyAirStatisticsResult>();
        for (var d = from; d <= to; d = d.AddDays(1))
            result.Add(ComputeDay(d, days.TryGetValue(d, out var arr) ? arr : new HourlyObservation?[24], limits, grade, rules));
        return result;
    }

    private static void Validate(HourlyObservation h)
    {
        if (h.HourStart.Kind == DateTimeKind.Utc)
            throw new ArgumentException(CoreText.HourIsUtc(h.HourStart).Bilingual, "hours");
        if (h.HourStart.Minute != 0 || h.HourStart.Second != 0 || h.HourStart.Millisecond != 0)
            throw new ArgumentException(CoreText.HourNotWhole(h.HourStart).Bilingual, "hours");
        foreach (var p in Enum.GetValues<Pollutant>())
            if (h[p] is double v && (double.IsNaN(v) || double.IsInfinity(v) || v < 0))
                throw new ArgumentException(CoreText.HourlyConcentrationInvalid(PollutantNames.Display(p), h.HourStart).Bilingual, "hours");
    }

    private static DailyAirStatisticsResult ComputeDay(
        DateOnly date, HourlyObservation?[] byHour, AmbientAirLimits limits, LimitGrade grade, AirDataValidityRules rules)
    {
        var validHours = new Dictionary<Pollutant, int>();
        var means = new Dictionary<Pollutant, double?>();
        foreach (var p in Enum.GetValues<Pollutant>())
        {
            var values = byHour.Select(h => h?[p]).OfType<double>().ToList();
            validHours[p] = values.Count;
            // 24h mean: ≥ 20 hourly values (GB 3095 Table 4).
            means[p] = values.Count >= rules.MinHoursForDailyMean ? values.Average() : null;
        }

        // O3 8h moving means of the windows starting 00:00 .. 16:00 (ending 08:00 .. 24:00), each valid with ≥ 6 of 8 hours.
        var o3 = byHour.Select(h => h?.O3).ToArray();
        var windows = new List<double?>();
        for (int start = rules.FirstEightHourWindowStart; start <= rules.LastEightHourWindowStart; start++)
        {
            var w = o3.Skip(start).Take(rules.EightHourWindowLength).OfType<double>().ToList();
            windows.Add(w.Count >= rules.MinHoursForEightHourMean ? w.Average() : null);
        }
        var validWindows = windows.OfType<double>().ToList();
        double? max8h = validWindows.Count > 0 ? validWindows.Max() : null;
        O3DailyMaxBasis basis;
        if (validWindows.Count >= rules.MinEightHourMeansForDailyMax)
            basis = O3DailyMaxBasis.Complete;
        else if (max8h is double m && ConcentrationRounding.Round(Pollutant.O3, m) > (decimal)limits.Limit(Pollutant.O3, LimitPeriod.EightHour, grade))
            basis = O3DailyMaxBasis.IncompleteButExceeding; // HJ 663-2013: fewer means, but the max exceeds the limit
        else
        {
            basis = O3DailyMaxBasis.Invalid;
            max8h = null;
        }

        var o3Hours = o3.OfType<double>().ToList();
        double? max1h = o3Hours.Count >= rules.MinHoursForDailyMaxOneHour ? o3Hours.Max() : null;

        var day = new DailyAirValues(date, means[Pollutant.SO2], means[Pollutant.NO2], means[Pollutant.CO],
            means[Pollutant.PM10], means[Pollutant.PM25], max8h, max1h);
        return new DailyAirStatisticsResult(day, validHours, windows, validWindows.Count, basis);
    }
}

/// <summary>Old PeriodAirEvaluator.</summary>
public static class ReferencePeriodAirEvaluator
{
    /// <summary>AQI at or below which a day is good (优良天, AQI ≤ 100).</summary>
    public const int GoodDayMaxAqi = 100;

    /// <summary>AQI above which a day is heavily polluted (重污染天, AQI &gt; 200).</summary>
    public const int HeavilyPollutedAboveAqi = 200;

    /// <summary>Statistic and limit per pollutant (HJ 663-2013; the same basis as the comprehensive index).</summary>
    public static readonly IReadOnlyList<(Pollutant Pollutant, PeriodStatisticKind Kind, LimitPeriod LimitPeriod)> Basis =
    [
        (Pollutant.SO2, PeriodStatisticKind.Mean, LimitPeriod.Annual),
        (Pollutant.NO2, PeriodStatisticKind.Mean, LimitPeriod.Annual),
        (Pollutant.PM10, PeriodStatisticKind.Mean, LimitPeriod.Annual),
        (Pollutant.PM25, PeriodStatisticKind.Mean, LimitPeriod.Annual),
        (Pollutant.CO, PeriodStatisticKind.Percentile95, LimitPeriod.TwentyFourHour),
        (Pollutant.O3, PeriodStatisticKind.Percentile90, LimitPeriod.EightHour),
    ];

    public static PeriodAirEvaluation Evaluate(
        IEnumerable<DailyAirValues> days, DateOnly from, DateOnly to, AirEvaluationStandard standard,
        LimitGrade grade = LimitGrade.GradeII, AirDataValidityRules? rules = null)
    {
        if (to < from) throw new ArgumentException(CoreText.PeriodEndsBeforeStart().Bilingual, nameof(to));
        rules ??= AirDataValidity.Gb3095Table4;
        var inPeriod = new SortedDictionary<DateOnly, DailyAirValues>();
        foreach (var d in days)
        {
            if (d.Date < from || d.Date > to) continue;
            if (!inPeriod.TryAdd(d.Date, d))
                throw new ArgumentException(CoreText.DuplicateDay(d.Date).Bilingual, nameof(days));
        }
        var notes = new List<Message>
        {
            CoreText.AirStatisticsRounded(),
            CoreText.AirEvaluationStandards(standard.Limits.Code, grade, standard.Aqi.Code),
        };

        var evaluated = inPeriod.Values
            .Select(d => new EvaluatedDay(d, ReferenceAqiCalculator.Compute(standard.Aqi, AqiReportKind.Daily, d.ToConcentrations())))
            .ToList();
        var withAqi = evaluated.Where(e => e.Aqi.Aqi is not null).ToList();
        int good = withAqi.Count(e => e.Aqi.Aqi <= GoodDayMaxAqi);
        int heavy = withAqi.Count(e => e.Aqi.Aqi > HeavilyPollutedAboveAqi);
        decimal? ratio = withAqi.Count > 0 ? (decimal)good / withAqi.Count : null;
        int withoutAqi = evaluated.Count - withAqi.Count + (to.DayNumber - from.DayNumber + 1 - inPeriod.Count);
        if (withoutAqi > 0)
            notes.Add(CoreText.AirDaysWithoutAqi(withoutAqi));

        var stats = Basis.Select(b => Statistic(inPeriod.Values, b.Pollutant, b.Kind, b.LimitPeriod, standard.Limits, grade)).ToList();
        var exceeding = stats.Where(s => s.Exceeded == true).Select(s => s.Pollutant).ToList();

        IReadOnlyList<AnnualValidity>? annual = null;
        bool? annualValid = null;
        if (from.Day == 1 && from.Month == 1 && to == new DateOnly(from.Year, 12, 31))
        {
            annual = Basis.Where(b => b.Kind == PeriodStatisticKind.Mean)
                .Select(b => Annual(inPeriod.Values, b.Pollutant, from.Year, rules))
                .ToList();
            annualValid = annual.All(a => a.IsValid);
            if (annualValid == false)
                notes.Add(CoreText.AirAnnualMeansNotValid(string.Join(", ", annual.Where(a => !a.IsValid).Select(a => PollutantNames.Display(a.Pollutant))),
                    rules.MinDailyMeansPerYear, rules.MinDailyMeansPerMonth, rules.MinDailyMeansInFebruary, rules.Code));
        }

        ComprehensiveIndexResult? index = null;
        if (stats.All(s => s.Published is not null))
        {
            decimal P(Pollutant p) => stats.Single(s => s.Pollutant == p).Published!.Value;
            index = ComprehensiveIndex.Compute(standard.Limits, new ComprehensiveIndexInput(
                (double)P(Pollutant.SO2), (double)P(Pollutant.NO2), (double)P(Pollutant.PM10), (double)P(Pollutant.PM25),
                (double)P(Pollutant.CO), (double)P(Pollutant.O3)));
            notes.Add(CoreText.AirIndexFromPublished());
        }
        else
        {
            notes.Add(CoreText.AirNoComprehensiveIndex(string.Join(", ", stats.Where(s => s.Published is null).Select(s => PollutantNames.Display(s.Pollutant)))));
        }

        return new PeriodAirEvaluation(standard.Code, from, to, grade, to.DayNumber - from.DayNumber + 1, evaluated, stats,
            withAqi.Count, good, ratio, heavy, exceeding, annual, annualValid, index, notes);
    }

    private static PollutantPeriodStatistic Statistic(
        IEnumerable<DailyAirValues> days, Pollutant p, PeriodStatisticKind kind, LimitPeriod period, AmbientAirLimits limits, LimitGrade grade)
    {
        var values = days.Select(d => d.DailyValue(p)).OfType<double>().ToList();
        double limit = limits.Limit(p, period, grade);
        if (values.Count == 0)
            return new PollutantPeriodStatistic(p, kind, 0, null, null, period, limit, null, null, null);
        double value = kind switch
        {
            PeriodStatisticKind.Mean => values.Average(),
            PeriodStatisticKind.Percentile95 => Hj663Percentile.Compute(values, 95),
            _ => Hj663Percentile.Compute(values, 90),
        };
        decimal published = ConcentrationRounding.Round(p, value);
        decimal s = (decimal)limit;
        bool exceeded = published > s;
        decimal ratio = Math.Round(published / s, 2, MidpointRounding.ToEven);
        decimal? multiple = exceeded ? Math.Round((published - s) / s, 2, MidpointRounding.ToEven) : null;
        return new PollutantPeriodStatistic(p, kind, values.Count, value, published, period, limit, exceeded, ratio, multiple);
    }

    private static AnnualValidity Annual(IEnumerable<DailyAirValues> days, Pollutant p, int year, AirDataValidityRules rules)
    {
        var valid = days.Where(d => d.DailyValue(p) is not null).ToList();
        var monthsShort = Enumerable.Range(1, 12)
            .Where(m => valid.Count(d => d.Date.Month == m) < rules.MinDailyMeansFor(m))
            .ToList();
        return new AnnualValidity(p, valid.Count, monthsShort, valid.Count >= rules.MinDailyMeansPerYear && monthsShort.Count == 0);
    }
}

/// <summary>Old AqiCalculator.</summary>
public static class ReferenceAqiCalculator
{
    private static readonly Pollutant[] AllPollutants = Enum.GetValues<Pollutant>();

    /// <summary>AQI of the missing-data rule (HJ 633-2026 5.3.1) at or below which the AQI is not published.</summary>
    public const int IncompleteAqiPublishedAbove = 100;

    /// <summary>Daily report (日报) under the version in force on <paramref name="date"/>.</summary>
    public static AqiResult Daily(DateOnly date, AirConcentrations values) =>
        Compute(AqiStandards.ForDate(date), AqiReportKind.Daily, values);

    /// <summary>Hourly report (实时报) under the version in force on <paramref name="date"/>.</summary>
    public static AqiResult Hourly(DateOnly date, AirConcentrations values) =>
        Compute(AqiStandards.ForDate(date), AqiReportKind.Hourly, values);

    /// <summary>
    /// IAQI of one concentration on one breakpoint row, with rounding and the standard's over-range rules.
    /// </summary>
    public static IndicatorIaqi Iaqi(AqiStandard standard, AirIndicator indicator, double? concentration, bool roundConcentrations = true) =>
        Evaluate(standard, new ReportIndicator(indicator, indicator), AirConcentrations.From((indicator, concentration)), roundConcentrations);

    /// <summary>
    /// Computes a report. <paramref name="roundConcentrations"/>: round per GB/T 8170 before IAQI
    /// (HJ 633-2026 4.2.2; applied to HJ 633-2012 data too unless turned off, and said so in the notes).
    /// </summary>
    public static AqiResult Compute(AqiStandard standard, AqiReportKind report, AirConcentrations values, bool roundConcentrations = true)
    {
        var notes = new List<Message>();
        var indicators = standard.IndicatorsFor(report)
            .Select(ri => Evaluate(standard, ri, values, roundConcentrations))
            .ToList();

        if (roundConcentrations)
            notes.Add(standard.RoundingClause is string clause
                ? CoreText.AqiRoundedPerClause(clause)
                : CoreText.AqiRoundedByPlatform(standard.Code));
        else
            notes.Add(CoreText.AqiNotRounded());

        foreach (var i in indicators)
        {
            switch (i.Basis)
            {
                case IaqiBasis.AboveTopBreakpoint:
                    notes.Add(CoreText.AqiAboveTopBreakpoint(i.Input, i.RoundedConcentration, standard.BreakpointsFor(i.Breakpoints).TopConcentration, i.Iaqi));
                    break;
                case IaqiBasis.OverRangeFixed:
                    notes.Add(CoreText.AqiOverRangeFixed(i.Input, i.RoundedConcentration, RuleFor(standard, i.Breakpoints)!.Above, i.Iaqi, RuleFor(standard, i.Breakpoints)!.Clause));
                    break;
                case IaqiBasis.OverRangeFallback:
                    notes.Add(CoreText.AqiOverRangeFallback(i.Input, i.RoundedConcentration, RuleFor(standard, i.Breakpoints)!.Above, i.FallbackFrom, RuleFor(standard, i.Breakpoints)!.Clause));
                    break;
                case IaqiBasis.OverRangeFallbackMissing:
                    notes.Add(CoreText.AqiOverRangeFallbackMissing(i.Input, i.RoundedConcentration, RuleFor(standard, i.Breakpoints)!.Above, RuleFor(standard, i.Breakpoints)!.Fallback));
                    break;
            }
        }

        var pollutants = AllPollutants
            .Select(p => new PollutantIaqi(p, indicators.Where(i => i.Input.Pollutant == p).Max(i => i.Iaqi)))
            .ToList();
        var reported = AllPollutants.Where(p => indicators.Any(i => i.Input.Pollutant == p)).ToList();
        var missing = reported.Where(p => pollutants.Single(x => x.Pollutant == p).Iaqi is null).ToList();
        foreach (var p in reported.Where(p => !missing.Contains(p)))
        {
            var missingParts = indicators.Where(i => i.Input.Pollutant == p && i.Iaqi is null).ToList();
            if (missingParts.Count > 0)
                notes.Add(CoreText.AqiPartlyMissing(PollutantNames.Display(p), string.Join(", ", missingParts.Select(i => i.Input))));
        }

        int? aqi = pollutants.Max(p => p.Iaqi);
        if (aqi is null)
        {
            notes.Add(CoreText.AqiNoPollutant());
        }
        else if (missing.Count > 0)
        {
            var names = string.Join(", ", missing.Select(PollutantNames.Display));
            if (aqi <= IncompleteAqiPublishedAbove)
            {
                // HJ 633-2026 5.3.1: with a pollutant missing, an AQI ≤ 100 from the others is not published.
                // The platform applies the same rule to HJ 633-2012 data, which is silent on it.
                notes.Add(CoreText.AqiNotPublished(names, aqi.Value, IncompleteAqiPublishedAbove));
                aqi = null;
            }
            else
            {
                notes.Add(CoreText.AqiFromSupplied(names));
            }
        }

        var level = aqi is int a ? AqiLevels.For(a) : null;
        // 首要污染物 primary pollutant: only when AQI > 50; all pollutants tied at the largest IAQI.
        var primary = aqi is int top && top > 50
            ? pollutants.Where(p => p.Iaqi == top).Select(p => p.Pollutant).ToList()
            : [];
        // 超标污染物 non-attainment pollutant (HJ 633-2012 term): IAQI > 100.
        var nonAttainment = pollutants.Where(p => p.Iaqi > 100).Select(p => p.Pollutant).ToList();

        return new AqiResult(standard.Code, report, indicators, pollutants, aqi, level, primary, nonAttainment, notes);
    }

    private static OverRangeRule? RuleFor(AqiStandard standard, AirIndicator breakpoints) =>
        standard.OverRangeRules.FirstOrDefault(r => r.Indicator == breakpoints);

    private static IndicatorIaqi Evaluate(AqiStandard standard, ReportIndicator ri, AirConcentrations values, bool round)
    {
        double? c = values[ri.Input];
        if (c is not double conc)
            return new IndicatorIaqi(ri.Input, ri.Breakpoints, null, null, null, IaqiBasis.Missing);

        decimal rounded = round
            ? ConcentrationRounding.Round(ri.Input.Pollutant, conc)
            : ToDecimal(conc);
        var rule = RuleFor(standard, ri.Breakpoints);
        if (rule is not null && rounded > rule.Above)
        {
            if (rule.Action == OverRangeAction.FixedIaqi)
                return new IndicatorIaqi(ri.Input, ri.Breakpoints, conc, rounded, rule.FixedIaqi, IaqiBasis.OverRangeFixed);

            var fallback = rule.Fallback!.Value;
            var from = Evaluate(standard, new ReportIndicator(fallback, fallback), values, round);
            return from.Iaqi is null
                ? new IndicatorIaqi(ri.Input, ri.Breakpoints, conc, rounded, null, IaqiBasis.OverRangeFallbackMissing, fallback)
                : new IndicatorIaqi(ri.Input, ri.Breakpoints, conc, rounded, from.Iaqi, IaqiBasis.OverRangeFallback, fallback);
        }

        var row = standard.BreakpointsFor(ri.Breakpoints);
        int? iaqi = row.Iaqi(rounded);
        // Above the top breakpoint the standards give no segment. The platform does not extrapolate:
        // it reports the row's top IAQI (500) and flags it (IaqiBasis.AboveTopBreakpoint and a note).
        return iaqi is null
            ? new IndicatorIaqi(ri.Input, ri.Breakpoints, conc, rounded, row.TopIaqi, IaqiBasis.AboveTopBreakpoint)
            : new IndicatorIaqi(ri.Input, ri.Breakpoints, conc, rounded, iaqi, IaqiBasis.Breakpoints);
    }

    private static decimal ToDecimal(double c)
    {
        if (double.IsNaN(c) || double.IsInfinity(c))
            throw new ArgumentOutOfRangeException(nameof(c), c, CoreText.ConcentrationNotFinite().Bilingual);
        return (decimal)c;
    }
}
