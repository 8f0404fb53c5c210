using System.Globalization;

namespace EcoGov.Core.Supervision;

/// <summary>督办等级 (002 line 110): 预警函, then 约谈 / 专项督察, then 挂牌督办. Stored and sent by name.</summary>
public enum WarningLevel
{
    /// <summary>预警: a warning letter (预警函).</summary>
    Warning,
    /// <summary>约谈: an interview (约谈 / 专项督察).</summary>
    Interview,
    /// <summary>督办: listed supervision (挂牌督办).</summary>
    ListedSupervision,
}

/// <summary>Why a unit is a candidate for a warning.</summary>
public enum WarningReasonKind
{
    /// <summary>A task the unit leads is past its due day without an accepted completion report.</summary>
    TaskOverdue,
    /// <summary>A task the unit leads has no accepted report for the period due.</summary>
    TaskNotReported,
    /// <summary>An air or water target of the jurisdiction is behind 序时进度 (the year so far, or the latest month).</summary>
    TargetBehind,
    /// <summary>The unit was a candidate in the previous period too: one level up.</summary>
    Repeated,
}

/// <summary>One reason: its kind, a sentence, and the figures it rests on.</summary>
public sealed record WarningReason(WarningReasonKind Kind, string Message, string Evidence);

/// <summary>A unit that the plan's rules say should be warned, at a level, with its reasons.</summary>
public sealed record WarningCandidate(string Unit, WarningLevel Level, IReadOnlyList<WarningReason> Reasons);

/// <summary>A task as the warning rule reads it: its reference, lead units, state on the day, and due day.</summary>
public sealed record WarnedTask(string Reference, IReadOnlyList<string> LeadUnits, TaskState State, DateOnly? Due, string? ExpectedPeriod);

/// <summary>
/// A target figure of the jurisdiction on the day (from the progress engine): the pollutant, the period it covers
/// ("2023-06", or "全年" for the year so far), actual against target, and whether it is behind.
/// </summary>
/// <param name="Pollutant">The pollutant, or for a water target the section (断面).</param>
/// <param name="Behind">Lagging (the period runs) or not achieved (the period is over).</param>
/// <param name="Over">The period is over (未达标, not merely behind).</param>
/// <param name="IsClass">A water-quality class (1..6 = I..劣V; lower is better): no percentage excess, shown as classes.</param>
public sealed record TargetFigure(string Pollutant, string Period, double Actual, double Target, string Unit, bool Behind, bool Over, bool IsClass = false);

/// <summary>
/// The thresholds of the warning rule — data, per plan (defaults here, stated in docs/supervision.md §7).
/// </summary>
/// <param name="OverdueTasksForInterview">Overdue tasks of one unit that make it 约谈 rather than 预警 (进展严重滞后); default 3.</param>
/// <param name="NotReportedWarns">Whether a task not reported for the period is a reason (default yes: 工作滞后).</param>
/// <param name="ExcessForInterviewPercent">A target exceeded by this much (percent of the target) in a period that is over makes the jurisdiction 约谈; default 10.</param>
public sealed record WarningThresholds(int OverdueTasksForInterview = 3, bool NotReportedWarns = true, double ExcessForInterviewPercent = 10)
{
    public static WarningThresholds Default { get; } = new();
}

/// <summary>
/// 预警研判 the plan's warning rule (002 line 110: 对空气质量改善目标序时进度滞后、重点任务推进不力、工作滞后的…下发预警函；
/// 进展严重滞后、空气质量持续恶化、未完成改善目标的…约谈、专项督察、挂牌督办), evaluated for one period:
/// <list type="number">
/// <item>every lead unit with an overdue task, or a task not reported for the period, is a candidate (预警);</item>
/// <item>the jurisdiction is a candidate when an air or water target is behind 序时进度 — the year so far or a month up to the day
/// (a water section's class worse than its target class);</item>
/// <item>约谈 instead when a unit has at least <see cref="WarningThresholds.OverdueTasksForInterview"/> overdue tasks, or a
/// target is exceeded by <see cref="WarningThresholds.ExcessForInterviewPercent"/> % or more in a period that is over, or
/// two consecutive months of the same pollutant (or section) are over target (持续恶化);</item>
/// <item>a unit that was a candidate in the previous period goes one level up (预警 → 约谈 → 督办).</item>
/// </list>
/// Pure: the caller supplies the tasks' states (<see cref="TaskStateEvaluator"/>) and the target figures.
/// </summary>
public static class WarningEvaluator
{
    public static IReadOnlyList<WarningCandidate> Evaluate(
        IEnumerable<WarnedTask> tasks, string jurisdictionUnit, IEnumerable<TargetFigure> targets,
        IReadOnlyDictionary<string, WarningLevel> previous, WarningThresholds? thresholds = null, string? previousPeriod = null)
    {
        var t = thresholds ?? WarningThresholds.Default;
        var byUnit = new SortedDictionary<string, (List<WarningReason> Reasons, bool Interview)>(StringComparer.Ordinal);
        void Add(string unit, WarningReason reason, bool interview)
        {
            if (!byUnit.TryGetValue(unit, out var entry)) byUnit[unit] = entry = ([], false);
            entry.Reasons.Add(reason);
            if (interview && !entry.Interview) byUnit[unit] = (entry.Reasons, true);
        }

        var list = tasks.ToList();
        foreach (var unit in list.SelectMany(x => x.LeadUnits).Distinct(StringComparer.Ordinal))
        {
            var mine = list.Where(x => x.LeadUnits.Contains(unit)).ToList();
            var overdue = mine.Where(x => x.State == TaskState.Overdue).ToList();
            if (overdue.Count > 0)
                Add(unit, new WarningReason(WarningReasonKind.TaskOverdue,
                    $"牵头的 {overdue.Count} 项任务逾期" + (overdue.Count >= t.OverdueTasksForInterview ? $"（达到 {t.OverdueTasksForInterview} 项，进展严重滞后）" : ""),
                    string.Join("；", overdue.Select(x => $"{x.Reference} 完成时限 {(x.Due is { } d ? d.ToText() : "?")}"))),
                    overdue.Count >= t.OverdueTasksForInterview);
            var silent = mine.Where(x => x.State == TaskState.NotReported).ToList();
            if (t.NotReportedWarns && silent.Count > 0)
                Add(unit, new WarningReason(WarningReasonKind.TaskNotReported,
                    $"牵头的 {silent.Count} 项任务 {silent[0].ExpectedPeriod} 期进展未报送或未经采纳",
                    string.Join("；", silent.Select(x => x.Reference))), false);
        }

        var figures = targets.ToList();
        foreach (var f in figures.Where(f => f.Behind))
        {
            var months = figures.Where(g => g.Pollutant == f.Pollutant && g.Period != "全年" && g.Over).Select(g => g.Period).Order().ToList();
            var worsening = f.Period != "全年" && f.Over && months.Contains(Previous(f.Period));
            var what = f.Period == "全年" ? "年初至今" : f.Period;
            if (f.IsClass)
            {
                // A class has no percentage: a water section is 约谈 when it misses its class two months running (持续恶化).
                Add(jurisdictionUnit, new WarningReason(WarningReasonKind.TargetBehind,
                    $"{f.Pollutant}断面 {what}水质{(f.Over ? "未达到目标类别" : "劣于目标类别")}" + (worsening ? "，连续两个月未达到目标（持续恶化）" : ""),
                    $"{f.Pollutant} {what} 实际 {ClassName(f.Actual)}，目标 {ClassName(f.Target)}"), worsening);
                continue;
            }
            var excess = f.Target > 0 ? (f.Actual - f.Target) / f.Target * 100 : 0;
            var interview = (f.Over && excess >= t.ExcessForInterviewPercent) || worsening;
            Add(jurisdictionUnit, new WarningReason(WarningReasonKind.TargetBehind,
                $"{f.Pollutant} {what}{(f.Over ? "未达到目标" : "滞后于序时进度")}" + (worsening ? "，连续两个月超过目标（持续恶化）" : ""),
                string.Create(CultureInfo.InvariantCulture, $"{f.Pollutant} {what} 实际 {f.Actual:0.###} {f.Unit}，目标 {f.Target:0.###} {f.Unit}，{(excess >= 0 ? "+" : "")}{excess:0.0}%")),
                interview);
        }

        var result = new List<WarningCandidate>();
        foreach (var (unit, (reasons, interview)) in byUnit)
        {
            var level = interview ? WarningLevel.Interview : WarningLevel.Warning;
            if (previous.TryGetValue(unit, out var before))
            {
                var raised = (WarningLevel)Math.Min((int)WarningLevel.ListedSupervision, Math.Max((int)level, (int)before + 1));
                reasons.Add(new WarningReason(WarningReasonKind.Repeated,
                    $"上期{(previousPeriod is null ? "" : $"（{previousPeriod}）")}已列为{Name(before)}对象，连续两期，升为{Name(raised)}",
                    $"上期等级 {Name(before)}"));
                level = raised;
            }
            result.Add(new WarningCandidate(unit, level, reasons));
        }
        return [.. result.OrderByDescending(c => c.Level).ThenBy(c => c.Unit, StringComparer.Ordinal)];
    }

    public static string Name(WarningLevel level) => level switch
    {
        WarningLevel.Warning => "预警",
        WarningLevel.Interview => "约谈",
        WarningLevel.ListedSupervision => "督办",
        _ => throw new ArgumentOutOfRangeException(nameof(level)),
    };

    /// <summary>A class 1..6 as written in GB 3838 (<see cref="Indicators.WaterQualityClassText.Name"/>).</summary>
    public static string ClassName(double waterClass) => Indicators.WaterQualityClassText.Name((int)waterClass);

    private static string Previous(string period) =>
        ReportingPeriod.TryParse(period) is { } p ? p.Previous().ToString() : "";
}
