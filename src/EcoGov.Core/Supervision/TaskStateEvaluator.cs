using EcoGov.Core.Tasks;

namespace EcoGov.Core.Supervision;

/// <summary>任务状态 the state of a task on a day (issue 9 item 5; docs/supervision.md §3). Stored nowhere: always derived.</summary>
public enum TaskState
{
    /// <summary>已完成: an accepted report says the task is completed.</summary>
    Completed,
    /// <summary>按期推进: due later than the warning window, and the period's report is in.</summary>
    OnSchedule,
    /// <summary>临期: due within the plan's warning window (default 15 days).</summary>
    DueSoon,
    /// <summary>逾期: the due day has passed without an accepted completion report.</summary>
    Overdue,
    /// <summary>长期坚持: a standing or recurring duty with no final due day, reported for the period.</summary>
    Ongoing,
    /// <summary>本期未报: no accepted report for the period due on the day.</summary>
    NotReported,
}

/// <summary>信号灯 the traffic light offices use: green on course, yellow needs attention, red overdue.</summary>
public enum TrafficLight { Green, Yellow, Red }

/// <summary>An accepted report of the lead department as the state rule reads it.</summary>
/// <param name="AcceptedOn">The day the plan office accepted it (China time), shown in the reason.</param>
public sealed record AcceptedReport(ReportingPeriod Period, int Version, WorkStatus Status, int? Percent, DateOnly AcceptedOn);

/// <summary>What <see cref="TaskStateEvaluator"/> decided, and why, in the words of the ledger.</summary>
/// <param name="ExpectedPeriod">The reporting period due on the day (<see cref="ReportingPeriod.DueOn"/>), or null when the task was not yet in force.</param>
/// <param name="Due">The due day the rule used, or null (ongoing, standing, unparsed).</param>
/// <param name="LastReport">The latest accepted report counted on the day, or null.</param>
public sealed record TaskStateReading(
    TaskState State, TrafficLight Light, string Reason, ReportingPeriod? ExpectedPeriod, DateOnly? Due, AcceptedReport? LastReport);

/// <summary>
/// Derives a task's state on a day from its deadline and its accepted reports (docs/supervision.md §3). The rules, in
/// order — the first that applies decides the state:
/// <list type="number">
/// <item>已完成 (green): the latest accepted report (by period, then version) of a period begun by the day says 已完成. Reports count by
/// their period, not by the day they were accepted: the ledger of 2023-06-30 is the ledger as reported for June.</item>
/// <item>逾期 (red): the deadline has a due day (by, window, period, heating-season anchor) and the day is after it.</item>
/// <item>本期未报 (yellow): the task was in force in the expected period (the plan issued on or before its last day;
/// a "from" obligation started on or before it) and no report of that period was accepted on or before the day.</item>
/// <item>临期 (yellow): the due day (for a recurring duty, its next due day) is within <c>dueSoonDays</c> days.</item>
/// <item>长期坚持 (green): ongoing, recurring, or a standing obligation already in force.</item>
/// <item>按期推进 (green): everything else.</item>
/// </list>
/// A green state becomes a yellow light when the latest accepted report says 受阻 (the reason says so).
/// </summary>
public static class TaskStateEvaluator
{
    public const int DefaultDueSoonDays = 15;

    /// <param name="deadline">The task's deadline read with the plan's issue date (null when the task has none).</param>
    /// <param name="reports">The lead departments' accepted reports (any order; those of periods beginning after the day are ignored).</param>
    /// <param name="inForceFrom">The first day the task is supervised: the plan's issue date (null when unknown: always in force).</param>
    public static TaskStateReading Evaluate(
        DeadlineReading? deadline, IEnumerable<AcceptedReport> reports, DateOnly day, DateOnly? inForceFrom, int dueSoonDays = DefaultDueSoonDays)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(dueSoonDays);
        var counted = reports.Where(r => r.Period.FirstDay <= day).ToList();
        var last = counted.OrderBy(r => r.Period).ThenBy(r => r.Version).LastOrDefault();
        var due = DueDay(deadline);
        var expected = ReportingPeriod.DueOn(day);
        var standingFrom = deadline?.Kind == DeadlineForm.From ? deadline.From : null;
        // A period is expected when the plan (and a "from" obligation) was in force for the whole of it: a plan issued on
        // 2023-05-31 is first reported for June.
        var inForce = (inForceFrom is null || inForceFrom <= expected.FirstDay) && (standingFrom is null || standingFrom <= expected.FirstDay);
        ReportingPeriod? expectedPeriod = inForce ? expected : null;

        if (last is { Status: WorkStatus.Completed })
            return new(TaskState.Completed, TrafficLight.Green,
                $"{last.Period} 期报告已完成（{last.AcceptedOn.ToText()} 采纳）", expectedPeriod, due, last);

        if (due is { } d && day > d)
            return new(TaskState.Overdue, TrafficLight.Red,
                $"完成时限 {d.ToText()} 已过 {day.DayNumber - d.DayNumber} 天，尚无采纳的完成报告", expectedPeriod, due, last);

        var blocked = last is { Status: WorkStatus.Blocked } ? $"；最近报告（{last.Period}）：受阻" : "";
        if (inForce && !counted.Any(r => r.Period == expected))
            return new(TaskState.NotReported, TrafficLight.Yellow,
                $"{expected} 期进展未报送或未经采纳（应于 {expected.LastDay.ToText()} 前报送）{blocked}", expectedPeriod, due, last);

        var next = due ?? (deadline?.Recurrence is { } rec ? rec.NextDue(day) : null);
        if (next is { } n && n.DayNumber - day.DayNumber <= dueSoonDays)
            return new(TaskState.DueSoon, TrafficLight.Yellow,
                $"距{(due is null ? "本轮" : "")}完成时限 {n.ToText()} 还有 {n.DayNumber - day.DayNumber} 天{blocked}", expectedPeriod, due, last);

        var light = blocked.Length > 0 ? TrafficLight.Yellow : TrafficLight.Green;
        var reported = inForce ? $"{expected} 期已报送" : "尚未到首个填报期";
        if (deadline is null || deadline.Kind is DeadlineForm.Ongoing or DeadlineForm.Recurring
            || (deadline.Kind == DeadlineForm.From && (standingFrom is null || standingFrom <= day)))
        {
            var what = deadline switch
            {
                null => "未规定完成时限",
                { Kind: DeadlineForm.Recurring, Recurrence: { } r } => $"定期任务，下次到期 {r.NextDue(day).ToText()}",
                { Kind: DeadlineForm.From, From: { } f } => $"自 {f.ToText()} 起长期执行",
                _ => "长期坚持",
            };
            return new(TaskState.Ongoing, light, $"{what}；{reported}{blocked}", expectedPeriod, due, last);
        }

        var schedule = due is { } dd ? $"完成时限 {dd.ToText()}" : deadline.Kind == DeadlineForm.From && standingFrom is { } sf
            ? $"自 {sf.ToText()} 起执行"
            : "完成时限未能识别，按原文督办";
        return new(TaskState.OnSchedule, light, $"{schedule}；{reported}{blocked}", expectedPeriod, due, last);
    }

    /// <summary>The day by which the task must be completed, when its deadline has one (not for ongoing, recurring, from, unparsed).</summary>
    public static DateOnly? DueDay(DeadlineReading? deadline) => deadline?.Kind switch
    {
        DeadlineForm.By or DeadlineForm.Window or DeadlineForm.Period or DeadlineForm.Anchored => deadline.Due,
        _ => null,
    };
}
