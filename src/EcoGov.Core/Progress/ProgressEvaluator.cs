using System.Globalization;
using EcoGov.Core.Indicators;
using EcoGov.Core.Text;

namespace EcoGov.Core.Progress;

/// <summary>Evaluation status of a target for a period (plan-supervision reference §2).</summary>
public enum ProgressStatus
{
    /// <summary>达标: the period is over and the statistic meets the target.</summary>
    Achieved,
    /// <summary>序时进度正常: the period is not over and the statistic so far keeps pace with the target.</summary>
    OnTrack,
    /// <summary>滞后: the period is not over and the statistic so far falls behind.</summary>
    Lagging,
    /// <summary>未达标: the period is over and the statistic misses the target.</summary>
    NotAchieved,
    /// <summary>无法判断: no data, an unresolved or non-numeric target, or the period has not started.</summary>
    CannotJudge,
}

/// <summary>The rule a status was decided by.</summary>
public enum ProgressRule
{
    /// <summary>Finished period, upper bound: achieved when statistic ≤ target.</summary>
    PeriodAtMost,
    /// <summary>Finished period, lower bound: achieved when statistic ≥ target.</summary>
    PeriodAtLeast,
    /// <summary>Unfinished period without a reduction baseline: statistic so far against the target.</summary>
    ToDateAgainstTarget,
    /// <summary>
    /// Unfinished period with a baseline: required change so far = (baseline − target) × elapsed share;
    /// lagging when the achieved change (baseline − statistic so far) is smaller (序时进度).
    /// </summary>
    TimeProportional,
    /// <summary>No valid statistic for the period so far.</summary>
    NoData,
    /// <summary>The target is a reference to a higher level not yet resolved, or not a number.</summary>
    UnresolvedTarget,
    /// <summary>The period has not started on the evaluation date (未到期).</summary>
    NotYetDue,
}

/// <summary>Whether the statistic must stay at or below the target (concentrations) or reach at least it.</summary>
public enum TargetDirection { AtMost, AtLeast }

/// <summary>
/// A target as the progress engine sees it: the number (null when unresolved), its direction, the text as printed
/// and the previous-year (baseline) value of the same period, if known.
/// </summary>
public sealed record ProgressTarget(double? Value, TargetDirection Direction, string Text, double? Baseline, bool Unresolved = false)
{
    /// <summary>A concentration target (an upper bound) such as a monthly air target.</summary>
    public static ProgressTarget AtMost(double value, double? baseline) =>
        new(value, TargetDirection.AtMost, value.ToString(CultureInfo.InvariantCulture), baseline);

    /// <summary>
    /// A plan target in its parsed form. Number and AtMost are upper bounds (concentration-style), AtLeast a lower bound;
    /// RelativeDecrease/Increase become numbers from the baseline (e.g. 下降 10% of 40 → ≤ 36) when the baseline is known;
    /// a HigherLevelReference is unresolved, and other kinds (qualitative, water class) carry no number to compare.
    /// </summary>
    public static ProgressTarget From(TargetValue target, double? baseline) => target.Kind switch
    {
        TargetKind.Number or TargetKind.AtMost when target.Value is double v => new(v, TargetDirection.AtMost, target.Text, baseline),
        TargetKind.AtLeast when target.Value is double v => new(v, TargetDirection.AtLeast, target.Text, baseline),
        TargetKind.RelativeDecrease when target.Value is double v && baseline is double b =>
            new(b * (1 - v / 100), TargetDirection.AtMost, target.Text, baseline),
        TargetKind.RelativeIncrease when target.Value is double v && baseline is double b =>
            new(b * (1 + v / 100), TargetDirection.AtLeast, target.Text, baseline),
        _ => new(null, TargetDirection.AtMost, target.Text, baseline, Unresolved: target.Kind == TargetKind.HigherLevelReference),
    };
}

/// <summary>A status with its Chinese reason and the rule used.</summary>
public sealed record ProgressResult(ProgressStatus Status, ProgressRule Rule, string Reason);

/// <summary>
/// Progress against targets (序时进度, air-quality reference §7). Pure: the caller supplies the statistic of the
/// period so far (already rounded as published) and the share of the period elapsed (0 = not started, 1 = over).
/// </summary>
public static class ProgressEvaluator
{
    public static ProgressResult Evaluate(ProgressTarget target, double? actual, double elapsedShare)
    {
        if (double.IsNaN(elapsedShare) || elapsedShare < 0 || elapsedShare > 1)
            throw new ArgumentOutOfRangeException(nameof(elapsedShare), elapsedShare, CoreText.ElapsedShareOutOfRange().Bilingual);
        if (target.Value is not double t)
            return target.Unresolved
                ? new(ProgressStatus.CannotJudge, ProgressRule.UnresolvedTarget, $"目标“{target.Text}”待上级下达，尚未确定数值")
                : new(ProgressStatus.CannotJudge, ProgressRule.UnresolvedTarget, $"目标“{target.Text}”不是数值，无法比较");
        if (elapsedShare == 0)
            return new(ProgressStatus.CannotJudge, ProgressRule.NotYetDue, "未到期");
        if (actual is not double a)
            return new(ProgressStatus.CannotJudge, ProgressRule.NoData, "无有效监测数据");

        bool atMost = target.Direction == TargetDirection.AtMost;
        string A = F(a), T = F(t);
        if (elapsedShare >= 1)
        {
            bool met = atMost ? a <= t : a >= t;
            var rule = atMost ? ProgressRule.PeriodAtMost : ProgressRule.PeriodAtLeast;
            return met
                ? new(ProgressStatus.Achieved, rule, $"实际值 {A} {(atMost ? "≤" : "≥")} 目标 {T}，达标")
                : new(ProgressStatus.NotAchieved, rule, $"实际值 {A} {(atMost ? ">" : "<")} 目标 {T}，未达标");
        }

        string share = (elapsedShare * 100).ToString("0.#", CultureInfo.InvariantCulture) + "%";
        if (target.Baseline is double b && (atMost ? b > t : b < t))
        {
            // Time-proportional: required change so far = (baseline − target) × elapsed share (sign by direction).
            double required = Math.Abs(b - t) * elapsedShare;
            double achieved = atMost ? b - a : a - b;
            string verb = atMost ? "下降" : "提高";
            string numbers = $"基准 {F(b)}、目标 {T}、时间进度 {share}：应{verb} {F(required)}，实际{verb} {F(achieved)}（截至目前 {A}）";
            return achieved >= required - Tolerance
                ? new(ProgressStatus.OnTrack, ProgressRule.TimeProportional, $"{numbers}，符合序时进度")
                : new(ProgressStatus.Lagging, ProgressRule.TimeProportional, $"{numbers}，滞后于序时进度");
        }

        bool keeping = atMost ? a <= t : a >= t;
        return keeping
            ? new(ProgressStatus.OnTrack, ProgressRule.ToDateAgainstTarget, $"截至目前 {A} {(atMost ? "≤" : "≥")} 目标 {T}（时间进度 {share}），进度正常")
            : new(ProgressStatus.Lagging, ProgressRule.ToDateAgainstTarget, $"截至目前 {A} {(atMost ? ">" : "<")} 目标 {T}（时间进度 {share}），进度滞后");
    }

    /// <summary>Chinese name of a status for tables.</summary>
    public static string Display(ProgressStatus s) => s switch
    {
        ProgressStatus.Achieved => "达标",
        ProgressStatus.OnTrack => "进度正常",
        ProgressStatus.Lagging => "滞后",
        ProgressStatus.NotAchieved => "未达标",
        _ => "无法判断",
    };

    private const double Tolerance = 1e-9;

    private static string F(double v) => Math.Round(v, 2).ToString("0.##", CultureInfo.InvariantCulture);
}
