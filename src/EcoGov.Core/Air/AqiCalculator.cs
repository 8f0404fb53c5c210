using System.Runtime.CompilerServices;
using EcoGov.Core.Text;

namespace EcoGov.Core.Air;

/// <summary>
/// Computes IAQI and AQI (HJ 633) for a daily or hourly report under a chosen <see cref="AqiStandard"/>.
/// Pure: all rules come from the standard's tables.
/// </summary>
public static class AqiCalculator
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
        Evaluate(standard, indicator, indicator, new Inputs(AirConcentrations.From((indicator, concentration)), null), roundConcentrations)
            .ToIndicatorIaqi(indicator, indicator);

    /// <summary>
    /// Computes a report. <paramref name="roundConcentrations"/>: round per GB/T 8170 before IAQI
    /// (HJ 633-2026 4.2.2; applied to HJ 633-2012 data too unless turned off, and said so in the notes).
    /// </summary>
    public static AqiResult Compute(AqiStandard standard, AqiReportKind report, AirConcentrations values, bool roundConcentrations = true)
    {
        var reportIndicators = standard.IndicatorsFor(report);
        var outcomes = new IaqiOutcome[reportIndicators.Count];
        for (int k = 0; k < outcomes.Length; k++)
            outcomes[k] = Evaluate(standard, reportIndicators[k].Input, reportIndicators[k].Breakpoints, new Inputs(values, null), roundConcentrations);
        var indicators = new List<IndicatorIaqi>(outcomes.Length);
        for (int k = 0; k < outcomes.Length; k++)
            indicators.Add(outcomes[k].ToIndicatorIaqi(reportIndicators[k].Input, reportIndicators[k].Breakpoints));

        var notes = new List<Message>();
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

        Span<int?> pollutantIaqi = stackalloc int?[PollutantCount];
        Span<bool> reportedFlags = stackalloc bool[PollutantCount];
        int? highest = Aggregate(reportIndicators, outcomes, pollutantIaqi, reportedFlags, out bool anyMissing);
        var pollutants = new List<PollutantIaqi>(PollutantCount);
        var missing = new List<Pollutant>();
        foreach (var p in AllPollutants)
        {
            pollutants.Add(new PollutantIaqi(p, pollutantIaqi[(int)p]));
            if (!reportedFlags[(int)p]) continue;
            if (pollutantIaqi[(int)p] is null)
            {
                missing.Add(p);
                continue;
            }
            var missingParts = indicators.Where(i => i.Input.Pollutant == p && i.Iaqi is null).ToList();
            if (missingParts.Count > 0)
                notes.Add(CoreText.AqiPartlyMissing(PollutantNames.Display(p), string.Join(", ", missingParts.Select(i => i.Input))));
        }

        int? aqi = Published(highest, anyMissing);
        if (highest is null)
        {
            notes.Add(CoreText.AqiNoPollutant());
        }
        else if (anyMissing)
        {
            var names = string.Join(", ", missing.Select(PollutantNames.Display));
            if (aqi is null)
            {
                // The platform applies HJ 633-2026 5.3.1 to HJ 633-2012 data too, which is silent on it.
                notes.Add(CoreText.AqiNotPublished(names, highest.Value, IncompleteAqiPublishedAbove));
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

    /// <summary>
    /// The AQI of a daily report (日报) of <paramref name="day"/> with concentrations rounded — the
    /// <see cref="AqiResult.Aqi"/> of <see cref="Compute"/> for <see cref="DailyAirValues.ToConcentrations"/>, computed
    /// by the same rules without building the report (no notes, lists or dictionary): what period evaluations count
    /// good and heavily polluted days by.
    /// </summary>
    internal static int? DailyAqi(AqiStandard standard, DailyAirValues day)
    {
        var reportIndicators = standard.DailyIndicators;
        var tables = TablesByStandard.GetValue(standard, Tables.Of);
        Span<IaqiOutcome> outcomes = reportIndicators.Count <= 16 ? stackalloc IaqiOutcome[reportIndicators.Count] : new IaqiOutcome[reportIndicators.Count];
        for (int k = 0; k < outcomes.Length; k++)
            outcomes[k] = Evaluate(standard, tables, reportIndicators[k].Input, reportIndicators[k].Breakpoints, new Inputs(null, day), round: true);
        Span<int?> pollutantIaqi = stackalloc int?[PollutantCount];
        Span<bool> reportedFlags = stackalloc bool[PollutantCount];
        int? highest = Aggregate(reportIndicators, outcomes, pollutantIaqi, reportedFlags, out bool anyMissing);
        return Published(highest, anyMissing);
    }

    private const int PollutantCount = 6;

    /// <summary>
    /// Each pollutant's IAQI, the largest over its indicators (O3 in the HJ 633-2012 daily report has two), and the
    /// largest of all (AQI = max IAQI, HJ 633 formula (2)). <paramref name="anyMissing"/>: a pollutant of the report has
    /// no IAQI.
    /// </summary>
    private static int? Aggregate(
        IReadOnlyList<ReportIndicator> reportIndicators, ReadOnlySpan<IaqiOutcome> outcomes, Span<int?> pollutantIaqi,
        Span<bool> reported, out bool anyMissing)
    {
        pollutantIaqi.Clear();
        reported.Clear();
        for (int k = 0; k < outcomes.Length; k++)
        {
            int p = (int)reportIndicators[k].Input.Pollutant;
            if ((uint)p >= PollutantCount) continue;
            reported[p] = true;
            if (outcomes[k].Iaqi is int i && (pollutantIaqi[p] is not int current || i > current)) pollutantIaqi[p] = i;
        }
        int? highest = null;
        anyMissing = false;
        for (int p = 0; p < PollutantCount; p++)
        {
            if (reported[p] && pollutantIaqi[p] is null) anyMissing = true;
            if (pollutantIaqi[p] is int i && (highest is not int h || i > h)) highest = i;
        }
        return highest;
    }

    /// <summary>
    /// HJ 633-2026 5.3.1: with a pollutant missing, an AQI ≤ 100 from the others is not published (null).
    /// The platform applies the same rule to HJ 633-2012 data, which is silent on it.
    /// </summary>
    private static int? Published(int? highest, bool anyMissing) =>
        highest is int a && anyMissing && a <= IncompleteAqiPublishedAbove ? null : highest;

    /// <summary>An indicator's IAQI as computed, before it is turned into an <see cref="IndicatorIaqi"/> record.</summary>
    private readonly record struct IaqiOutcome(double? Concentration, decimal? Rounded, int? Iaqi, IaqiBasis Basis, AirIndicator? FallbackFrom)
    {
        public IndicatorIaqi ToIndicatorIaqi(AirIndicator input, AirIndicator breakpoints) =>
            new(input, breakpoints, Concentration, Rounded, Iaqi, Basis, FallbackFrom);
    }

    /// <summary>Where an indicator's concentration comes from: a report's concentrations, or a day's values.</summary>
    private readonly struct Inputs(AirConcentrations? concentrations, DailyAirValues? day)
    {
        public double? this[AirIndicator indicator] => concentrations is not null ? concentrations[indicator] : day!.Concentration(indicator);
    }

    /// <summary>A standard's breakpoint rows and over-range rules by indicator, looked up once per standard.</summary>
    private sealed class Tables
    {
        public readonly IaqiBreakpoints?[] Rows = new IaqiBreakpoints?[PollutantCount * 3];
        public readonly OverRangeRule?[] Rules = new OverRangeRule?[PollutantCount * 3];

        public static int Slot(AirIndicator i) =>
            (uint)i.Pollutant < PollutantCount && (uint)i.Averaging < 3 ? (int)i.Pollutant * 3 + (int)i.Averaging : -1;

        public static Tables Of(AqiStandard standard)
        {
            var t = new Tables();
            foreach (var p in AllPollutants)
                foreach (var a in Enum.GetValues<Averaging>())
                {
                    var indicator = new AirIndicator(p, a);
                    if (Slot(indicator) is not (>= 0 and var slot)) continue;
                    t.Rows[slot] = standard.Breakpoints.FirstOrDefault(b => b.Indicator == indicator);
                    t.Rules[slot] = standard.OverRangeRules.FirstOrDefault(r => r.Indicator == indicator);
                }
            return t;
        }
    }

    private static readonly ConditionalWeakTable<AqiStandard, Tables> TablesByStandard = new();

    private static OverRangeRule? RuleFor(AqiStandard standard, AirIndicator breakpoints) =>
        Tables.Slot(breakpoints) is >= 0 and var slot
            ? TablesByStandard.GetValue(standard, Tables.Of).Rules[slot]
            : standard.OverRangeRules.FirstOrDefault(r => r.Indicator == breakpoints);

    private static IaqiBreakpoints BreakpointsFor(AqiStandard standard, AirIndicator breakpoints) =>
        (Tables.Slot(breakpoints) is >= 0 and var slot ? TablesByStandard.GetValue(standard, Tables.Of).Rows[slot] : null)
        ?? standard.BreakpointsFor(breakpoints); // throws the standard's error when it has no such row

    private static IaqiOutcome Evaluate(AqiStandard standard, AirIndicator input, AirIndicator breakpoints, Inputs values, bool round) =>
        Evaluate(standard, TablesByStandard.GetValue(standard, Tables.Of), input, breakpoints, values, round);

    private static IaqiOutcome Evaluate(AqiStandard standard, Tables tables, AirIndicator input, AirIndicator breakpoints, Inputs values, bool round)
    {
        double? c = values[input];
        if (c is not double conc)
            return new IaqiOutcome(null, null, null, IaqiBasis.Missing, null);

        decimal rounded = round
            ? ConcentrationRounding.Round(input.Pollutant, conc)
            : ToDecimal(conc);
        int slot = Tables.Slot(breakpoints);
        var rule = slot >= 0 ? tables.Rules[slot] : RuleFor(standard, breakpoints);
        if (rule is not null && rounded > rule.Above)
        {
            // Over-range rules of HJ 633 Table 1 notes (SO2 1h > 800, O3 8h > 800).
            if (rule.Action == OverRangeAction.FixedIaqi)
                return new IaqiOutcome(conc, rounded, rule.FixedIaqi, IaqiBasis.OverRangeFixed, null);

            var fallback = rule.Fallback!.Value;
            var from = Evaluate(standard, tables, fallback, fallback, values, round);
            return from.Iaqi is null
                ? new IaqiOutcome(conc, rounded, null, IaqiBasis.OverRangeFallbackMissing, fallback)
                : new IaqiOutcome(conc, rounded, from.Iaqi, IaqiBasis.OverRangeFallback, fallback);
        }

        var row = (slot >= 0 ? tables.Rows[slot] : null) ?? BreakpointsFor(standard, breakpoints);
        int? iaqi = row.Iaqi(rounded);
        // Above the top breakpoint the standards give no segment. The platform does not extrapolate:
        // it reports the row's top IAQI (500) and flags it (IaqiBasis.AboveTopBreakpoint and a note).
        return iaqi is null
            ? new IaqiOutcome(conc, rounded, row.TopIaqi, IaqiBasis.AboveTopBreakpoint, null)
            : new IaqiOutcome(conc, rounded, iaqi, IaqiBasis.Breakpoints, null);
    }

    private static decimal ToDecimal(double c)
    {
        if (double.IsNaN(c) || double.IsInfinity(c))
            throw new ArgumentOutOfRangeException(nameof(c), c, CoreText.ConcentrationNotFinite().Bilingual);
        return (decimal)c;
    }
}
