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
        Evaluate(standard, new ReportIndicator(indicator, indicator), AirConcentrations.From((indicator, concentration)), roundConcentrations);

    /// <summary>
    /// Computes a report. <paramref name="roundConcentrations"/>: round per GB/T 8170 before IAQI
    /// (HJ 633-2026 4.2.2; applied to HJ 633-2012 data too unless turned off, and said so in the notes).
    /// </summary>
    public static AqiResult Compute(AqiStandard standard, AqiReportKind report, AirConcentrations values, bool roundConcentrations = true)
    {
        var notes = new List<string>();
        var indicators = standard.IndicatorsFor(report)
            .Select(ri => Evaluate(standard, ri, values, roundConcentrations))
            .ToList();

        if (roundConcentrations)
            notes.Add(standard.RoundingClause is string clause
                ? $"Concentrations rounded per GB/T 8170 (half to even) before IAQI, {clause} / 浓度按 GB/T 8170 修约"
                : $"Concentrations rounded per GB/T 8170 (half to even) before IAQI, as HJ 633-2026 4.2.2 prescribes; applied to {standard.Code} data by the platform / 浓度按 GB/T 8170 修约");
        else
            notes.Add("Concentrations used as supplied, not rounded / 浓度未修约");

        foreach (var i in indicators)
        {
            switch (i.Basis)
            {
                case IaqiBasis.AboveTopBreakpoint:
                    notes.Add($"Over range: {i.Input} {i.RoundedConcentration} above the top breakpoint {standard.BreakpointsFor(i.Breakpoints).TopConcentration}; IAQI reported as {i.Iaqi} / 超出浓度限值范围");
                    break;
                case IaqiBasis.OverRangeFixed:
                    notes.Add($"Over range: {i.Input} {i.RoundedConcentration} > {RuleFor(standard, i.Breakpoints)!.Above}; IAQI {i.Iaqi} per {RuleFor(standard, i.Breakpoints)!.Clause} / 超出浓度限值范围");
                    break;
                case IaqiBasis.OverRangeFallback:
                    notes.Add($"Over range: {i.Input} {i.RoundedConcentration} > {RuleFor(standard, i.Breakpoints)!.Above}; IAQI taken from {i.FallbackFrom} per {RuleFor(standard, i.Breakpoints)!.Clause} / 超出浓度限值范围");
                    break;
                case IaqiBasis.OverRangeFallbackMissing:
                    notes.Add($"Over range: {i.Input} {i.RoundedConcentration} > {RuleFor(standard, i.Breakpoints)!.Above} and {RuleFor(standard, i.Breakpoints)!.Fallback} not supplied; no IAQI / 超出浓度限值范围且缺少替代值");
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
                notes.Add($"{PollutantNames.Display(p)} IAQI from its other indicator(s); missing {string.Join(", ", missingParts.Select(i => i.Input))} / 部分指标缺测");
        }

        int? aqi = pollutants.Max(p => p.Iaqi);
        if (aqi is null)
        {
            notes.Add("NA: no pollutant supplied / 无有效数据");
        }
        else if (missing.Count > 0)
        {
            var names = string.Join(", ", missing.Select(PollutantNames.Display));
            if (aqi <= IncompleteAqiPublishedAbove)
            {
                // HJ 633-2026 5.3.1: with a pollutant missing, an AQI ≤ 100 from the others is not published.
                // The platform applies the same rule to HJ 633-2012 data, which is silent on it.
                notes.Add($"NA: missing {names} and AQI of the others {aqi} ≤ {IncompleteAqiPublishedAbove} (HJ 633-2026 5.3.1) / 缺测且 AQI≤100，AQI 不发布");
                aqi = null;
            }
            else
            {
                notes.Add($"AQI from the pollutants supplied; missing {names} (HJ 633-2026 5.3.1) / 缺测，AQI 由其余污染物计算");
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
            throw new ArgumentOutOfRangeException(nameof(c), c, "Concentration must be a finite number / 浓度须为有限数值");
        return (decimal)c;
    }
}
