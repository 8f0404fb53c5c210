using System.Globalization;
using System.Text.RegularExpressions;
using EcoGov.Core.Progress;
using EcoGov.Core.Text;

namespace EcoGov.Core.Indicators;

/// <summary>Where an indicator's actual value comes from.</summary>
public enum ActualSource
{
    /// <summary>计算: computed by the platform's engines from the monitoring store (air HJ 663, water GB 3838).</summary>
    Computed,
    /// <summary>录入: entered by a person with its source (统计公报, 考核通报 …).</summary>
    Entered,
    /// <summary>无: no value.</summary>
    None,
}

/// <summary>Whether a smaller or a larger value is the better one.</summary>
public enum ValueDirection { LowerIsBetter, HigherIsBetter }

/// <summary>The rule an indicator's status was decided by (docs/supervision.md §10).</summary>
public enum IndicatorRule
{
    /// <summary>The year is over: the actual against the (resolved) numeric target → achieved / not achieved.</summary>
    YearEndAgainstTarget,
    /// <summary>The year is not over: the year-to-date actual against the target → on track / lagging.</summary>
    YearToDateAgainstTarget,
    /// <summary>A water-class target: the class (Ⅰ best … 劣Ⅴ worst) no worse than the target class.</summary>
    WaterClassAgainstTarget,
    /// <summary>A qualitative target judged by an entered actual that says 完成 / 未完成.</summary>
    QualitativeStatement,
    /// <summary>No actual value (neither computed nor entered).</summary>
    NoActual,
    /// <summary>The target refers to a higher level (完成市下达指标 …) that could not be resolved.</summary>
    UnresolvedReference,
    /// <summary>A baseline-relative target (下降 10%) without a baseline value.</summary>
    BaselineMissing,
    /// <summary>A qualitative target without an entered 完成 / 未完成, or a target without a comparable number.</summary>
    NotComparable,
    /// <summary>The plan gives no target for the indicator.</summary>
    NoTarget,
    /// <summary>The evaluation date is before the year (未到期).</summary>
    NotYetDue,
}

/// <summary>An actual value: a number (or a water class 1..6 for a class target) and/or its text, with the source.</summary>
/// <param name="SourceText">For entered values, the source the person named (e.g. "2023 年统计公报"); for computed ones, the method.</param>
public sealed record IndicatorActual(double? Value, string? Text, ActualSource Source, string? SourceText);

/// <summary>A status with the rule, the direction used and the arithmetic (<see cref="CoreText"/> messages).</summary>
/// <param name="TargetNumber">The number the actual is compared with (a relative target after the baseline arithmetic); null when none.</param>
/// <param name="DirectionRule">Why the direction is what it is (e.g. <see cref="CoreText.DirectionAtMost"/>).</param>
public sealed record IndicatorJudgement(
    ProgressStatus Status, IndicatorRule Rule, ValueDirection? Direction, Message? DirectionRule, double? TargetNumber, Message Arithmetic);

/// <summary>
/// 指标评估 one indicator in one year (plan-supervision reference §2: actual vs target → achieved / on track / lagging /
/// not achieved / cannot be judged, with the rule used). Pure: the caller resolves the target (a reference to a higher
/// level is resolved from the parent jurisdiction's plan by <see cref="TargetResolution"/>) and supplies the actual.
/// <list type="bullet">
/// <item>Direction: AtMost / RelativeDecrease → lower is better; AtLeast / RelativeIncrease → higher is better; a plain
/// number by the indicator's name (<see cref="DirectionOf"/>).</item>
/// <item>Relative targets: target = baseline × (1 ∓ p/100); without a baseline value → cannot judge.</item>
/// <item>The year over (the date on or after 12-31): met → 达标, missed → 未达标. Before: the year-to-date value meeting the
/// target → 进度正常, else 滞后. Before the year → 未到期.</item>
/// <item>Qualitative targets: an entered actual whose text says 未完成/未达到/未达标/未能/未按期 → not achieved (lagging during the
/// year); 完成/达到/达标/保障 → achieved (on track); otherwise cannot judge.</item>
/// </list>
/// </summary>
public static class IndicatorEvaluation
{
    private static readonly string[] Reduction = ["下降", "降低", "削减", "减少", "减排"];
    private static readonly string[] LowerBetter = ["浓度", "重污染", "排放", "能耗", "水耗", "用水量", "用水总量", "劣", "黑臭", "事故", "发生率", "综合指数", "PM", "SO2", "NO2", "O3", "CO"];
    private static readonly string[] HigherBetter = ["比例", "比率", "率", "优良", "覆盖", "天数", "指数"];

    private static readonly Regex Negative = new("未完成|未达到|未达标|没有完成|未实现|不达标|未能|未按期|不能", RegexOptions.Compiled);
    private static readonly Regex Positive = new("完成|达到|达标|实现|保障", RegexOptions.Compiled);

    /// <summary>
    /// The direction of a plain-number target, from the indicator's name and unit (the first rule that applies):
    /// 1. the name states a reduction (下降, 降低, 削减, 减少, 减排: the number is the amount reduced) → higher is better;
    /// 2. a concentration, 重污染, 排放, 能耗/水耗/用水量, 劣Ⅴ, 黑臭, 事故/发生率, 综合指数, or a pollutant name → lower is better;
    /// 3. 比例/比率/率, 优良, 覆盖, 天数 → higher is better; 4. otherwise unknown (null).
    /// </summary>
    public static (ValueDirection? Direction, Message Rule) DirectionOf(string name, string? unit)
    {
        var n = Normalize(name);
        if (Reduction.FirstOrDefault(n.Contains) is { } r)
            return (ValueDirection.HigherIsBetter, CoreText.DirectionReductionInName(r));
        if (LowerBetter.FirstOrDefault(n.Contains) is { } l)
            return (ValueDirection.LowerIsBetter, CoreText.DirectionLowerInName(l));
        if ((unit ?? "").Contains("/m", StringComparison.Ordinal) || (unit ?? "").Contains("立方米", StringComparison.Ordinal) && (unit ?? "").Contains('克'))
            return (ValueDirection.LowerIsBetter, CoreText.DirectionConcentrationUnit(unit));
        if (HigherBetter.FirstOrDefault(n.Contains) is { } h)
            return (ValueDirection.HigherIsBetter, CoreText.DirectionHigherInName(h));
        return (null, CoreText.DirectionUnknown());
    }

    /// <summary>The direction of a target: by its form, or for a plain number by <see cref="DirectionOf"/>.</summary>
    public static (ValueDirection? Direction, Message Rule) DirectionOf(TargetValue target, string name, string? unit) => target.Kind switch
    {
        TargetKind.AtMost => (ValueDirection.LowerIsBetter, CoreText.DirectionAtMost()),
        TargetKind.RelativeDecrease => (ValueDirection.LowerIsBetter, CoreText.DirectionRelativeDecrease()),
        TargetKind.AtLeast => (ValueDirection.HigherIsBetter, CoreText.DirectionAtLeast()),
        TargetKind.RelativeIncrease => (ValueDirection.HigherIsBetter, CoreText.DirectionRelativeIncrease()),
        TargetKind.WaterClass => (ValueDirection.LowerIsBetter, CoreText.DirectionWaterClass()),
        _ => DirectionOf(name, unit),
    };

    /// <param name="target">The target after resolution; null when the plan gives none or a reference stays unresolved.</param>
    /// <param name="unresolved">When the target was a higher-level reference that could not be resolved: what is missing.</param>
    /// <param name="asOf">The evaluation date; on or after 12-31 of <paramref name="year"/> the year is over.</param>
    public static IndicatorJudgement Evaluate(string name, string? unit, TargetValue? target, string? unresolved,
        Baseline? baseline, IndicatorActual? actual, int year, DateOnly asOf)
    {
        if (unresolved is not null)
            return new(ProgressStatus.CannotJudge, IndicatorRule.UnresolvedReference, null, null, null,
                CoreText.IndicatorTargetPending(unresolved, ActualSuffix(actual, unit)));
        if (target is null || target.Kind == TargetKind.HigherLevelReference)
            return new(ProgressStatus.CannotJudge, target is null ? IndicatorRule.NoTarget : IndicatorRule.UnresolvedReference, null, null, null,
                target is null ? CoreText.IndicatorNoTarget(ActualSuffix(actual, unit)) : CoreText.IndicatorReferencePending(target.Text, ActualSuffix(actual, unit)));
        var yearStart = new DateOnly(year, 1, 1);
        var yearEnd = new DateOnly(year, 12, 31);
        if (asOf < yearStart)
            return new(ProgressStatus.CannotJudge, IndicatorRule.NotYetDue, null, null, null, CoreText.IndicatorNotYetDue(CalendarDate.ToText(asOf), year));
        var over = asOf >= yearEnd;

        if (target.Kind == TargetKind.Qualitative)
            return Qualitative(target, actual, over);

        var (direction, directionRule) = DirectionOf(target, name, unit);
        var (number, targetArithmetic, missing) = TargetNumber(target, baseline, direction);
        if (missing is not null)
            return new(ProgressStatus.CannotJudge, IndicatorRule.BaselineMissing, direction, directionRule, null, CoreText.IndicatorWithActual(missing, ActualSuffix(actual, unit)));
        if (number is not double t)
            return new(ProgressStatus.CannotJudge, IndicatorRule.NotComparable, direction, directionRule, null, CoreText.IndicatorNotComparable(target.Text));
        if (direction is not ValueDirection d)
            return new(ProgressStatus.CannotJudge, IndicatorRule.NotComparable, null, directionRule, t, CoreText.IndicatorClauses(targetArithmetic!, directionRule));
        if (actual?.Value is not double a)
            return new(ProgressStatus.CannotJudge, IndicatorRule.NoActual, d, directionRule, t,
                CoreText.IndicatorNoActual(targetArithmetic!, actual?.Text is { Length: > 0 } txt ? CoreText.IndicatorEnteredNotNumber(txt) : ""));

        if (target.Kind == TargetKind.WaterClass)
        {
            var meets = a <= t;
            var ac = WaterClassName(a);
            var text = meets
                ? CoreText.IndicatorWaterClassNoWorse(WaterClassName(t), ac, Verdict(meets, over))
                : CoreText.IndicatorWaterClassWorse(WaterClassName(t), ac, Verdict(meets, over));
            return new(meets ? (over ? ProgressStatus.Achieved : ProgressStatus.OnTrack) : (over ? ProgressStatus.NotAchieved : ProgressStatus.Lagging),
                IndicatorRule.WaterClassAgainstTarget, d, directionRule, t, text);
        }

        bool lower = d == ValueDirection.LowerIsBetter;
        bool met = lower ? a <= t : a >= t;
        string op = met ? (lower ? "≤" : "≥") : (lower ? ">" : "<");
        var sentence = over
            ? CoreText.IndicatorYearEnd(targetArithmetic!, F(a), op, F(t), Verdict(met, over))
            : CoreText.IndicatorYearToDate(targetArithmetic!, CalendarDate.ToText(asOf), F(a), op, F(t), Verdict(met, over));
        return new(met ? (over ? ProgressStatus.Achieved : ProgressStatus.OnTrack) : (over ? ProgressStatus.NotAchieved : ProgressStatus.Lagging),
            over ? IndicatorRule.YearEndAgainstTarget : IndicatorRule.YearToDateAgainstTarget, d, directionRule, t, sentence);
    }

    private static Message Verdict(bool met, bool over) =>
        over ? (met ? CoreText.VerdictAchieved() : CoreText.VerdictNotAchieved()) : (met ? CoreText.VerdictOnTrack() : CoreText.VerdictLagging());

    private static IndicatorJudgement Qualitative(TargetValue target, IndicatorActual? actual, bool over)
    {
        var rule = CoreText.QualitativeRule();
        if (actual is null || actual.Source == ActualSource.None || string.IsNullOrWhiteSpace(actual.Text))
            return new(ProgressStatus.CannotJudge, IndicatorRule.NotComparable, null, rule, null, CoreText.QualitativeNeedsActual(target.Text));
        var text = actual.Text!.Trim();
        if (Negative.IsMatch(text))
            return new(over ? ProgressStatus.NotAchieved : ProgressStatus.Lagging, IndicatorRule.QualitativeStatement, null, rule, null,
                CoreText.QualitativeNotCompleted(target.Text, text, Verdict(false, over)));
        if (Positive.IsMatch(text))
            return new(over ? ProgressStatus.Achieved : ProgressStatus.OnTrack, IndicatorRule.QualitativeStatement, null, rule, null,
                CoreText.QualitativeCompleted(target.Text, text, Verdict(true, over)));
        return new(ProgressStatus.CannotJudge, IndicatorRule.NotComparable, null, rule, null,
            CoreText.QualitativeUnclear(target.Text, text));
    }

    /// <summary>The number a target sets, with the arithmetic; for a relative target the baseline arithmetic, or what is missing.</summary>
    public static (double? Number, Message? Arithmetic, Message? Missing) TargetNumber(TargetValue target, Baseline? baseline, ValueDirection? direction)
    {
        var bound = direction == ValueDirection.HigherIsBetter ? "≥" : "≤";
        switch (target.Kind)
        {
            case TargetKind.RelativeDecrease or TargetKind.RelativeIncrease when target.Value is double p:
                if (baseline?.Value is not double b)
                    return (null, null, baseline is null ? CoreText.IndicatorBaselineAbsent(target.Text) : CoreText.IndicatorBaselineNotNumber(target.Text, baseline.Text));
                var down = target.Kind == TargetKind.RelativeDecrease;
                var t = Math.Round(b * (1 + (down ? -p : p) / 100), 4);
                object year = baseline.Year is int y ? CoreText.BaselineYear(y) : "";
                return (t, down ? CoreText.TargetFromBaselineDecrease(year, F(b), F(p), bound, F(t)) : CoreText.TargetFromBaselineIncrease(year, F(b), F(p), bound, F(t)), null);
            case TargetKind.WaterClass when target.Value is double c:
                return (c, CoreText.TargetWaterClass(WaterClassName(c)), null);
            case TargetKind.Number or TargetKind.AtMost or TargetKind.AtLeast when target.Value is double v:
                return (v, CoreText.TargetStated(bound, F(v), target.Text), null);
            default:
                return (null, null, null);
        }
    }

    private static object ActualSuffix(IndicatorActual? actual, string? unit) =>
        actual?.Value is double v ? CoreText.IndicatorActualValue(F(v), unit is { Length: > 0 } ? " " + unit : "")
        : actual?.Text is { Length: > 0 } t ? CoreText.IndicatorActualText(t) : "";

    /// <summary>Ⅰ类 … Ⅴ类, 劣Ⅴ类 for 1..6 (<see cref="WaterQualityClassText.Name"/>).</summary>
    public static string WaterClassName(double c) => WaterQualityClassText.Name((int)Math.Round(c));

    /// <summary>A number as shown: up to 4 decimals, no trailing zeros.</summary>
    public static string F(double v) => Math.Round(v, 4).ToString("0.####", CultureInfo.InvariantCulture);

    private static string Normalize(string s) => TextNormalizer.Normalize(s).Replace(" ", "", StringComparison.Ordinal)
        .Replace("_{2.5}", "2.5", StringComparison.Ordinal).Replace("₁₀", "10", StringComparison.Ordinal).ToUpperInvariant();
}
