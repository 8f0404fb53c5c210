using EcoGov.Core.Supervision;
using EcoGov.Core.Tasks;

namespace EcoGov.Data.Entities;

// Issue 9 item 1: the supervision rules read from the seed documents and the recurring duties and unit additions of
// their tasks. Rows belong to a seed document (DocumentId) and are replaced with it, like every other seed record.

/// <summary>监督规则 a plan's supervision rule (<see cref="SupervisionRule"/>).</summary>
public sealed class SupervisionRuleEntity
{
    public int Id { get; set; }
    public string DocumentId { get; set; } = "";
    public string PlanId { get; set; } = "";
    public string Text { get; set; } = "";
    public string? Dispatcher { get; set; }
    public SupervisionFrequency? Frequency { get; set; }
    public List<string> Receivers { get; set; } = [];
    public List<SupervisionTriggerJson> Triggers { get; set; } = [];
    public SourceRef Source { get; set; } = new();
}

/// <summary>A trigger of a rule, stored with the rule as JSON (it has no identity of its own).</summary>
public sealed class SupervisionTriggerJson
{
    public SupervisionLevel Level { get; set; }
    public string Condition { get; set; } = "";
    public string Action { get; set; } = "";
    public string SourceDocument { get; set; } = "";
    public string SourceSection { get; set; } = "";
    public int SourceLine { get; set; }
    public string? SourceRow { get; set; }
}

/// <summary>定期工作 a recurring duty inside a task's text (<see cref="TaskDuty"/>).</summary>
public sealed class TaskDutyEntity
{
    public int Id { get; set; }
    public string DocumentId { get; set; } = "";
    public string PlanId { get; set; } = "";
    public int TaskSeq { get; set; }
    public string Text { get; set; } = "";
    public RecurrenceFrequency Frequency { get; set; }
    public SourceRef Source { get; set; } = new();
}

/// <summary>A responsible unit the plan's text adds to a ledger row (<see cref="TaskUnitAddition"/>).</summary>
public sealed class TaskUnitAdditionEntity
{
    public int Id { get; set; }
    public string DocumentId { get; set; } = "";
    public string PlanId { get; set; } = "";
    public int TaskSeq { get; set; }
    public string Unit { get; set; } = "";
    public SourceRef Source { get; set; } = new();
}
