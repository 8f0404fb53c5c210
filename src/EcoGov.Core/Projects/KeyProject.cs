namespace EcoGov.Core.Projects;

/// <summary>
/// 重点工程 a key project of a plan.
/// </summary>
/// <param name="Seq">Position in the plan's project list (1-based, in document order), or 序号 when printed.</param>
/// <param name="Category">类别 as printed (e.g. 大气环境质量改善).</param>
/// <param name="SubCategory">项目别/子类 when the table has one.</param>
/// <param name="PeriodText">实施时间 verbatim ("2021-2025", "2023 年 12 月").</param>
/// <param name="Investment">投资估算 in 亿元; null when not printed or unreadable (see findings).</param>
/// <param name="Due">The completion date when <see cref="PeriodText"/> names a month ("2023 年 12 月" → 2023-12-31); null otherwise.</param>
/// <param name="LeadUnit">牵头单位 / 责任主体 as printed.</param>
public sealed record KeyProject(
    string PlanId,
    int Seq,
    string Category,
    string? SubCategory,
    string Name,
    string? Content,
    int? PeriodFrom,
    int? PeriodTo,
    string? PeriodText,
    decimal? Investment,
    string? LeadUnit,
    Provenance Source,
    DateOnly? Due = null);
