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

/// <summary>A status with the rule, the direction used and the arithmetic as a Chinese sentence.</summary>
/// <param name="TargetNumber">The number the actual is compared with (a relative target after the baseline arithmetic); null when none.</param>
/// <param name="DirectionRule">Why the direction is what it is (e.g. "目标形式“≤”：越低越好").</param>
public sealed record IndicatorJudgement(
    ProgressStatus Status, IndicatorRule Rule, ValueDirection? Direction, string? DirectionRule, double? TargetNumber, string Arithmetic);

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
    public static (ValueDirection? Direction, string Rule) DirectionOf(string name, string? unit)
    {
        var n = Normalize(name);
        if (Reduction.FirstOrDefault(n.Contains) is { } r)
            return (ValueDirection.HigherIsBetter, $"指标名称含“{r}”（目标为降幅）：越高越好");
        if (LowerBetter.FirstOrDefault(n.Contains) is { } l)
            return (ValueDirection.LowerIsBetter, $"指标名称含“{l}”：越低越好");
        if ((unit ?? "").Contains("/m", StringComparison.Ordinal) || (unit ?? "").Contains("立方米", StringComparison.Ordinal) && (unit ?? "").Contains('克'))
            return (ValueDirection.LowerIsBetter, $"单位 {unit} 为浓度：越低越好");
        if (HigherBetter.FirstOrDefault(n.Contains) is { } h)
            return (ValueDirection.HigherIsBetter, $"指标名称含“{h}”：越高越好");
        return (null, "无法从指标名称和单位判断越高越好还是越低越好");
    }

    /// <summary>The direction of a target: by its form, or for a plain number by <see cref="DirectionOf"/>.</summary>
    public static (ValueDirection? Direction, string Rule) DirectionOf(TargetValue target, string name, string? unit) => target.Kind switch
    {
        TargetKind.AtMost => (ValueDirection.LowerIsBetter, "目标为上限（≤、不高于、降到）：越低越好"),
        TargetKind.RelativeDecrease => (ValueDirection.LowerIsBetter, "目标为相对基准下降：越低越好"),
        TargetKind.AtLeast => (ValueDirection.HigherIsBetter, "目标为下限（≥、不低于、达到）：越高越好"),
        TargetKind.RelativeIncrease => (ValueDirection.HigherIsBetter, "目标为相对基准提高：越高越好"),
        TargetKind.WaterClass => (ValueDirection.LowerIsBetter, "水质类别：Ⅰ类最好，劣Ⅴ类最差，不劣于目标类别为达标"),
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
                $"目标待上级下达，无法确定：{unresolved}" + ActualSuffix(actual, unit));
        if (target is null || target.Kind == TargetKind.HigherLevelReference)
            return new(ProgressStatus.CannotJudge, target is null ? IndicatorRule.NoTarget : IndicatorRule.UnresolvedReference, null, null, null,
                (target is null ? "规划未给出该年份的目标值" : $"目标“{target.Text}”待上级下达，尚未确定数值") + ActualSuffix(actual, unit));
        var yearStart = new DateOnly(year, 1, 1);
        var yearEnd = new DateOnly(year, 12, 31);
        if (asOf < yearStart)
            return new(ProgressStatus.CannotJudge, IndicatorRule.NotYetDue, null, null, null, $"评估日期 {CalendarDate.ToText(asOf)} 早于 {year} 年，未到期");
        var over = asOf >= yearEnd;

        if (target.Kind == TargetKind.Qualitative)
            return Qualitative(target, actual, over);

        var (direction, directionRule) = DirectionOf(target, name, unit);
        var (number, targetArithmetic, missing) = TargetNumber(target, baseline, direction);
        if (missing is not null)
            return new(ProgressStatus.CannotJudge, IndicatorRule.BaselineMissing, direction, directionRule, null, missing + ActualSuffix(actual, unit));
        if (number is not double t)
            return new(ProgressStatus.CannotJudge, IndicatorRule.NotComparable, direction, directionRule, null, $"目标“{target.Text}”不是可比较的数值");
        if (direction is not ValueDirection d)
            return new(ProgressStatus.CannotJudge, IndicatorRule.NotComparable, null, directionRule, t, $"{targetArithmetic}；{directionRule}");
        if (actual?.Value is not double a)
            return new(ProgressStatus.CannotJudge, IndicatorRule.NoActual, d, directionRule, t,
                $"{targetArithmetic}；无实际值（平台未计算，也未录入）" + (actual?.Text is { Length: > 0 } txt ? $"，录入的“{txt}”不是数值" : ""));

        if (target.Kind == TargetKind.WaterClass)
        {
            var meets = a <= t;
            var ac = WaterClassName(a);
            var text = $"目标 {WaterClassName(t)} 或更好；实际 {ac}，{(meets ? "不劣于" : "劣于")}目标";
            return new(meets ? (over ? ProgressStatus.Achieved : ProgressStatus.OnTrack) : (over ? ProgressStatus.NotAchieved : ProgressStatus.Lagging),
                IndicatorRule.WaterClassAgainstTarget, d, directionRule, t, text + Verdict(meets, over));
        }

        bool lower = d == ValueDirection.LowerIsBetter;
        bool met = lower ? a <= t : a >= t;
        string op = met ? (lower ? "≤" : "≥") : (lower ? ">" : "<");
        var sentence = $"{targetArithmetic}；{(over ? "实际" : $"截至 {CalendarDate.ToText(asOf)} 实际")} {F(a)} {op} {F(t)}";
        return new(met ? (over ? ProgressStatus.Achieved : ProgressStatus.OnTrack) : (over ? ProgressStatus.NotAchieved : ProgressStatus.Lagging),
            over ? IndicatorRule.YearEndAgainstTarget : IndicatorRule.YearToDateAgainstTarget, d, directionRule, t, sentence + Verdict(met, over));
    }

    private static string Verdict(bool met, bool over) => over ? (met ? "，达标" : "，未达标") : (met ? "，进度正常" : "，进度滞后");

    private static IndicatorJudgement Qualitative(TargetValue target, IndicatorActual? actual, bool over)
    {
        const string rule = "定性目标：以录入的实际情况是否写明“完成”（或达到、达标、保障）判断";
        if (actual is null || actual.Source == ActualSource.None || string.IsNullOrWhiteSpace(actual.Text))
            return new(ProgressStatus.CannotJudge, IndicatorRule.NotComparable, null, rule, null, $"定性目标“{target.Text}”，须录入实际情况（完成 / 未完成）方可判断");
        var text = actual.Text!.Trim();
        if (Negative.IsMatch(text))
            return new(over ? ProgressStatus.NotAchieved : ProgressStatus.Lagging, IndicatorRule.QualitativeStatement, null, rule, null,
                $"定性目标“{target.Text}”；录入的实际情况“{text}”写明未完成{(over ? "，未达标" : "，进度滞后")}");
        if (Positive.IsMatch(text))
            return new(over ? ProgressStatus.Achieved : ProgressStatus.OnTrack, IndicatorRule.QualitativeStatement, null, rule, null,
                $"定性目标“{target.Text}”；录入的实际情况“{text}”写明完成{(over ? "，达标" : "，进度正常")}");
        return new(ProgressStatus.CannotJudge, IndicatorRule.NotComparable, null, rule, null,
            $"定性目标“{target.Text}”；录入的实际情况“{text}”未写明完成或未完成，无法判断");
    }

    /// <summary>The number a target sets, with the arithmetic; for a relative target the baseline arithmetic, or what is missing.</summary>
    public static (double? Number, string Arithmetic, string? Missing) TargetNumber(TargetValue target, Baseline? baseline, ValueDirection? direction)
    {
        var bound = direction == ValueDirection.HigherIsBetter ? "≥" : "≤";
        switch (target.Kind)
        {
            case TargetKind.RelativeDecrease or TargetKind.RelativeIncrease when target.Value is double p:
                if (baseline?.Value is not double b)
                    return (null, "", $"目标“{target.Text}”相对基准值，但基准值{(baseline is null ? "缺失" : $"“{baseline.Text}”不是数值")}，无法计算目标");
                var down = target.Kind == TargetKind.RelativeDecrease;
                var t = Math.Round(b * (1 + (down ? -p : p) / 100), 4);
                var year = baseline.Year is int y ? $" {y} 年" : "";
                return (t, $"基准{year} {F(b)}，{(down ? "下降" : "提高")} {F(p)}% → 目标 {bound} {F(t)}", null);
            case TargetKind.WaterClass when target.Value is double c:
                return (c, $"目标 {WaterClassName(c)}", null);
            case TargetKind.Number or TargetKind.AtMost or TargetKind.AtLeast when target.Value is double v:
                return (v, $"目标 {bound} {F(v)}（“{target.Text}”）", null);
            default:
                return (null, "", null);
        }
    }

    private static string ActualSuffix(IndicatorActual? actual, string? unit) =>
        actual?.Value is double v ? $"；实际 {F(v)}{(unit is { Length: > 0 } ? " " + unit : "")}"
        : actual?.Text is { Length: > 0 } t ? $"；实际“{t}”" : "";

    /// <summary>Ⅰ类 … Ⅴ类, 劣Ⅴ类 for 1..6 (<see cref="WaterQualityClassText.Name"/>).</summary>
    public static string WaterClassName(double c) => WaterQualityClassText.Name((int)Math.Round(c));

    /// <summary>A number as shown: up to 4 decimals, no trailing zeros.</summary>
    public static string F(double v) => Math.Round(v, 4).ToString("0.####", CultureInfo.InvariantCulture);

    private static string Normalize(string s) => TextNormalizer.Normalize(s).Replace(" ", "", StringComparison.Ordinal)
        .Replace("_{2.5}", "2.5", StringComparison.Ordinal).Replace("₁₀", "10", StringComparison.Ordinal).ToUpperInvariant();
}
