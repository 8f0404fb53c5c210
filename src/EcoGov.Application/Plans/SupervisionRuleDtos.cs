using EcoGov.Core.Supervision;
using EcoGov.Core.Tasks;

namespace EcoGov.Application.Plans;

// The JSON shapes of `supervision-rules --json` (issue 9 item 1): the rules, and the duties and unit additions of the
// plan's tasks. A published contract: add fields, never rename or remove.

public sealed record SupervisionTriggerDto(SupervisionLevel Level, string Condition, string Action, SourceDto Source)
{
    public static SupervisionTriggerDto From(SupervisionTrigger t) => new(t.Level, t.Condition, t.Action, SourceDto.From(t.Source));
}

/// <param name="Dispatcher">调度 as named; null when the plan names none.</param>
/// <param name="Frequency">monthly, quarterly, yearly, periodic; null when the plan states none.</param>
public sealed record SupervisionRuleDto(string PlanId, string Text, string? Dispatcher, SupervisionFrequency? Frequency,
    IReadOnlyList<string> Receivers, IReadOnlyList<SupervisionTriggerDto> Triggers, SourceDto Source)
{
    public static SupervisionRuleDto From(SupervisionRule r) =>
        new(r.PlanId, r.Text, r.Dispatcher, r.Frequency, r.Receivers, r.Triggers.Select(SupervisionTriggerDto.From).ToList(), SourceDto.From(r.Source));
}

public sealed record TaskDutyDto(int TaskSeq, string Text, RecurrenceFrequency Frequency, SourceDto Source)
{
    public static TaskDutyDto From(TaskDuty d) => new(d.TaskSeq, d.Text, d.Frequency, SourceDto.From(d.Source));
}

public sealed record TaskUnitAdditionDto(int TaskSeq, string Unit, SourceDto Source)
{
    public static TaskUnitAdditionDto From(TaskUnitAddition a) => new(a.TaskSeq, a.Unit, SourceDto.From(a.Source));
}

/// <summary>What `supervision-rules --plan ID --json` prints: the plan's rules, its tasks' recurring duties and unit additions.</summary>
public sealed record PlanSupervisionDto(string PlanId, IReadOnlyList<SupervisionRuleDto> Rules, IReadOnlyList<TaskDutyDto> Duties,
    IReadOnlyList<TaskUnitAdditionDto> UnitAdditions)
{
    public static PlanSupervisionDto From(string planId, IReadOnlyList<SupervisionRule> rules, IReadOnlyList<TaskDuty> duties,
        IReadOnlyList<TaskUnitAddition> additions) =>
        new(planId, rules.Select(SupervisionRuleDto.From).ToList(), duties.Select(TaskDutyDto.From).ToList(),
            additions.Select(TaskUnitAdditionDto.From).ToList());
}
