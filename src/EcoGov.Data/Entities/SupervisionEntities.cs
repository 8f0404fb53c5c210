using EcoGov.Core.Supervision;

namespace EcoGov.Data.Entities;

/// <summary>
/// 部门 a department of a jurisdiction: the lead and cooperating units the plans name (synchronised from the plans,
/// the application layer's department directory), or added by an administrator. Editable; never deleted while a user or
/// a report refers to it — it is deactivated instead.
/// </summary>
public sealed class DepartmentEntity
{
    public int Id { get; set; }
    public string JurisdictionCode { get; set; } = "";
    /// <summary>The name as the plans print it, normalised (one spelling per department).</summary>
    public string Name { get; set; } = "";
    /// <summary>True when the plans name it; false when an administrator added it.</summary>
    public bool FromPlans { get; set; }
    public bool IsActive { get; set; } = true;
}

/// <summary>What a progress report is about.</summary>
public enum ReportSubjectKind { Task, Project }

/// <summary>
/// 进展报告 one version of a department's report on a task or key project for one period. A revision is a new row
/// (<see cref="Version"/> + 1, <see cref="PreviousId"/> the one it revises); rows are never updated except by the
/// review (state, reviewer, comment), which is recorded in the audit trail.
/// </summary>
public sealed class ProgressReportEntity
{
    public int Id { get; set; }
    public string PlanId { get; set; } = "";
    public ReportSubjectKind SubjectKind { get; set; }
    /// <summary>The task's or project's 序号 in its plan (stable across seed re-imports, unlike row ids).</summary>
    public int SubjectSeq { get; set; }
    public string JurisdictionCode { get; set; } = "";
    /// <summary>填报期 yyyy-MM.</summary>
    public string Period { get; set; } = "";
    public int Version { get; set; }
    public int? PreviousId { get; set; }
    public int DepartmentId { get; set; }
    public ReportPart Part { get; set; }
    public WorkStatus Status { get; set; }
    public int? Percent { get; set; }
    public string Text { get; set; } = "";
    /// <summary>完成投资 (亿元), for a key project.</summary>
    public decimal? InvestmentCompleted { get; set; }
    public int SubmittedById { get; set; }
    public DateTimeOffset SubmittedAtUtc { get; set; }
    public ReviewState Review { get; set; }
    public int? ReviewedById { get; set; }
    public DateTimeOffset? ReviewedAtUtc { get; set; }
    public string? ReviewComment { get; set; }
}

/// <summary>
/// 佐证材料 an evidence file of a report: its bytes live outside the database under the evidence folder, named by
/// their SHA-256 (content-addressed, so the same file uploaded twice is stored once and a name from the user never
/// reaches the file system).
/// </summary>
public sealed class EvidenceFileEntity
{
    public int Id { get; set; }
    public int ReportId { get; set; }
    /// <summary>The name the user gave, cleaned (shown and offered on download only).</summary>
    public string FileName { get; set; } = "";
    public string ContentType { get; set; } = "";
    public long Length { get; set; }
    public string Sha256 { get; set; } = "";
}

/// <summary>
/// 审计记录 one change: who, when, what (the object and the action), old → new. Written in the same transaction as
/// the change; never updated or deleted.
/// </summary>
public sealed class AuditEntryEntity
{
    public long Id { get; set; }
    public DateTimeOffset AtUtc { get; set; }
    public string UserName { get; set; } = "";
    /// <summary>e.g. report.submit, report.accept, report.return, user.add, user.disable, department.add.</summary>
    public string Action { get; set; } = "";
    /// <summary>e.g. report, user, department.</summary>
    public string ObjectType { get; set; } = "";
    public string ObjectId { get; set; } = "";
    /// <summary>Changed fields as JSON: [{"field":…,"old":…,"new":…}].</summary>
    public string Changes { get; set; } = "[]";
}

/// <summary>督办设置 a plan's supervision settings, set by its plan office (null: the default).</summary>
public sealed class PlanSettingsEntity
{
    public string PlanId { get; set; } = "";
    /// <summary>临期天数: a task due within this many days is 临期 (default 15).</summary>
    public int? DueSoonDays { get; set; }
    /// <summary>Overdue tasks of one unit that make it 约谈 rather than 预警 (default 3).</summary>
    public int? OverdueTasksForInterview { get; set; }
    /// <summary>Percent by which a target exceeded in a period that is over makes the jurisdiction 约谈 (default 10).</summary>
    public double? ExcessForInterviewPercent { get; set; }
    /// <summary>Whether a task not reported for the period is a warning reason (default yes).</summary>
    public bool? NotReportedWarns { get; set; }
}

/// <summary>A jurisdiction's settings: the first day of its heating season (MM-dd; default 11-15), inherited by the jurisdictions below it.</summary>
public sealed class JurisdictionSettingsEntity
{
    public string JurisdictionCode { get; set; } = "";
    public string? HeatingSeasonStart { get; set; }
}

/// <summary>
/// 预警函 a warning letter issued from a warning candidate (issue 10 item 1): numbered per issuing jurisdiction and year,
/// with the candidate's level and reasons as they stood on the day (kept, so the letter says what it said even when the
/// data change later), the receiving unit's 整改情况 and the office's closing. Changes go to the audit trail.
/// </summary>
public sealed class WarningLetterEntity
{
    public int Id { get; set; }
    public string PlanId { get; set; } = "";
    /// <summary>The plan's jurisdiction (whose departments receive it).</summary>
    public string JurisdictionCode { get; set; } = "";
    /// <summary>The jurisdiction of the office that issued it, whose sequence numbers it.</summary>
    public string IssuingJurisdictionCode { get; set; } = "";
    public int Year { get; set; }
    public int Sequence { get; set; }
    /// <summary>文号, e.g. 城区环委办预警〔2023〕1号.</summary>
    public string Number { get; set; } = "";
    /// <summary>The receiving unit as the warning rule names it (a lead unit, or the jurisdiction itself).</summary>
    public string Unit { get; set; } = "";
    /// <summary>The department that answers; null when the unit is the jurisdiction or no department has its name.</summary>
    public int? DepartmentId { get; set; }
    public WarningLevel Level { get; set; }
    /// <summary>The period (yyyy-MM) and day the candidate was evaluated for.</summary>
    public string Period { get; set; } = "";
    public DateOnly AsOf { get; set; }
    public DateOnly IssuedOn { get; set; }
    /// <summary>整改回复期限.</summary>
    public DateOnly ReplyBy { get; set; }
    /// <summary>The reasons as JSON: [{"kind":…,"message":…,"evidence":…}].</summary>
    public string Reasons { get; set; } = "[]";
    public int IssuedById { get; set; }
    public DateTimeOffset IssuedAtUtc { get; set; }
    public WarningLetterState State { get; set; }
    /// <summary>整改情况, the latest reply (earlier ones are in the audit trail).</summary>
    public string? Reply { get; set; }
    public int? RepliedById { get; set; }
    public DateTimeOffset? RepliedAtUtc { get; set; }
    /// <summary>The office's comment when it closed or returned the reply.</summary>
    public string? Comment { get; set; }
    public int? ClosedById { get; set; }
    public DateTimeOffset? ClosedAtUtc { get; set; }
}
