using EcoGov.Core.Tasks;

namespace EcoGov.Core.Supervision;

/// <summary>How often a plan's office dispatches (调度) the progress of its tasks, as the plan writes it.</summary>
public enum SupervisionFrequency
{
    /// <summary>每月 monthly.</summary>
    Monthly,
    /// <summary>每季度 quarterly.</summary>
    Quarterly,
    /// <summary>年度 yearly.</summary>
    Yearly,
    /// <summary>定期: periodically, the period not stated.</summary>
    Periodic,
}

/// <summary>The step a plan says follows when a condition is met (plan-supervision reference §3).</summary>
public enum SupervisionLevel
{
    /// <summary>预警函 warning letter.</summary>
    WarningLetter,
    /// <summary>约谈 interview of the unit's leaders.</summary>
    Interview,
    /// <summary>专项督察 special inspection.</summary>
    SpecialInspection,
    /// <summary>挂牌督办 / 督办 listed supervision.</summary>
    ListedSupervision,
    /// <summary>问责 / 追究责任 accountability.</summary>
    Accountability,
}

/// <summary>
/// 触发条件 a trigger the plan writes: when <see cref="Condition"/> holds, <see cref="Level"/> follows.
/// </summary>
/// <param name="Condition">The condition as printed (e.g. "环境空气质量改善幅度未达到序时进度、重点工作任务推进不力、工作滞后").</param>
/// <param name="Action">The action as printed (e.g. "及时下发预警函"), so the level chosen for it can be checked.</param>
public sealed record SupervisionTrigger(SupervisionLevel Level, string Condition, string Action, Provenance Source);

/// <summary>
/// 监督规则 how a plan is supervised, read from its own text: who dispatches (调度), how often, who receives the
/// reports, and the triggers for 预警函, 约谈/专项督察/挂牌督办 and 问责. A plan may have several rules (a dispatch
/// clause and an evaluation clause in different sections); a plan whose text states none has none.
/// </summary>
/// <param name="Text">The clause as printed that states the dispatch or evaluation (or the trigger sentence when the rule has only triggers).</param>
/// <param name="Dispatcher">调度 the body that dispatches, as named; null when the plan does not name one.</param>
/// <param name="Frequency">null when the plan states no period.</param>
/// <param name="Receivers">Who receives the reports, as named; empty when the plan names nobody.</param>
public sealed record SupervisionRule(
    string PlanId,
    string Text,
    string? Dispatcher,
    SupervisionFrequency? Frequency,
    IReadOnlyList<string> Receivers,
    IReadOnlyList<SupervisionTrigger> Triggers,
    Provenance Source);

/// <summary>
/// 定期工作 a recurring duty written inside a task's text ("每月完成…抽检全覆盖", "每季度…调度"): the task's own
/// reporting period for that part of it.
/// </summary>
/// <param name="TaskSeq">The task's 序号 in its plan.</param>
/// <param name="Text">The clause as printed.</param>
public sealed record TaskDuty(string PlanId, int TaskSeq, string Text, RecurrenceFrequency Frequency, Provenance Source);

/// <summary>
/// A responsible unit the plan's running text names for a measure while the ledger row of that measure does not
/// (002: 区交通局 for the railway sidings, line 64): an addition to the row, not a change of it.
/// </summary>
/// <param name="TaskSeq">The ledger row's 序号.</param>
/// <param name="Unit">The unit, normalised (<see cref="DepartmentNames.Normalize"/>).</param>
public sealed record TaskUnitAddition(string PlanId, int TaskSeq, string Unit, Provenance Source);
