namespace EcoGov.Core.Tasks;

/// <summary>
/// 重点任务 a task of a plan or a row of its ledger (台账).
/// </summary>
/// <param name="Seq">序号 as printed; unique within the plan.</param>
/// <param name="Category">任务类别 as printed (e.g. "一、产业结构优化调整").</param>
/// <param name="LeadUnits">牵头单位, in the order printed.</param>
/// <param name="CooperatingUnits">配合单位.</param>
/// <param name="FromProse">Read from the plan's running text (a numbered measure or a sentence), not from a row of its ledger table;
/// a measure the ledger lacks gets a 序号 after the ledger's last.</param>
/// <param name="Deadline">完成时限, kept verbatim and interpreted; null when none is printed.</param>
public sealed record PlanTask(
    string PlanId,
    int Seq,
    string Category,
    string Text,
    IReadOnlyList<string> LeadUnits,
    IReadOnlyList<string> CooperatingUnits,
    DeadlinePhrase? Deadline,
    string? Notes,
    Provenance Source,
    bool FromProse = false);
