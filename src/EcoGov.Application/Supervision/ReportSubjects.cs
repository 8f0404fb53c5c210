using System.Globalization;
using EcoGov.Core.Plans;
using EcoGov.Core.Text;
using EcoGov.Data;
using EcoGov.Data.Entities;
using EcoGov.Data.Queries;
using Microsoft.EntityFrameworkCore;

namespace EcoGov.Application.Supervision;

/// <summary>
/// A task or key project a report is about, resolved: its plan, the jurisdiction chain, and the departments that report
/// on it (lead and cooperating, matched by normalised name among the jurisdiction's departments).
/// </summary>
public sealed record ReportSubject(
    Plan Plan, ReportSubjectKind Kind, int Seq, string Title, IReadOnlyList<string> Chain,
    IReadOnlyDictionary<int, Core.Supervision.ReportPart> Departments, decimal? EstimatedInvestment)
{
    /// <summary>The reference as typed: <c>plan/seq</c> (e.g. <c>chengqu-2023-air/15</c>).</summary>
    public string Reference => $"{Plan.Id}/{Seq.ToString(CultureInfo.InvariantCulture)}";
}

/// <summary>Reads <c>plan/seq</c> references and resolves them to a <see cref="ReportSubject"/>.</summary>
public sealed class ReportSubjects(EcoGovDbContext db, PlanCatalog catalog, PlanAccess access)
{
    public const string TaskField = "task", ProjectField = "project";

    /// <summary>
    /// The subject named by exactly one of <paramref name="task"/> and <paramref name="project"/>, each
    /// <c>plan/seq</c>; refused naming the field when absent, malformed or unknown.
    /// </summary>
    public async Task<ReportSubject> ResolveAsync(string? task, string? project, CancellationToken ct = default)
    {
        var hasTask = !RequestValues.Absent(task);
        var hasProject = !RequestValues.Absent(project);
        if (hasTask == hasProject)
            throw new ApplicationInputException(hasTask ? ErrorCode.Conflict : ErrorCode.Required, TaskField,
                AppText.GiveEitherTaskOrProjectAs());
        var field = hasTask ? TaskField : ProjectField;
        var text = (hasTask ? task : project)!.Trim();
        var slash = text.LastIndexOf('/');
        if (slash <= 0 || !int.TryParse(text.AsSpan(slash + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var seq))
            throw new ApplicationInputException(ErrorCode.InvalidValue, field,
                AppText.NotPlanSeq(UserText.Quote(text)));
        var plan = await access.PlanAsync(text[..slash], field, ct);
        return await ResolveAsync(plan, hasTask ? ReportSubjectKind.Task : ReportSubjectKind.Project, seq, field, ct);
    }

    public async Task<ReportSubject> ResolveAsync(Plan plan, ReportSubjectKind kind, int seq, string field = TaskField, CancellationToken ct = default)
    {
        string title;
        IEnumerable<string?> lead, cooperating = [];
        decimal? estimate = null;
        if (kind == ReportSubjectKind.Task)
        {
            var t = (await catalog.TasksAsync(plan.Id, ct))!.FirstOrDefault(t => t.Seq == seq)
                ?? throw new ApplicationInputException(ErrorCode.NotFound, field, AppText.NoSuchTask(plan.Id, seq));
            (title, lead, cooperating) = (t.Text, t.LeadUnits, CooperatingUnits(t, await catalog.TaskUnitAdditionsAsync(plan.Id, ct) ?? []));
        }
        else
        {
            var p = (await catalog.ProjectsAsync(plan.Id, ct))!.FirstOrDefault(p => p.Seq == seq)
                ?? throw new ApplicationInputException(ErrorCode.NotFound, field, AppText.NoSuchProject(plan.Id, seq));
            (title, lead, estimate) = (p.Name, [p.LeadUnit], p.Investment);
        }
        var chain = await access.ChainAsync(plan.JurisdictionCode, field, ct);
        var departments = await DepartmentsAsync(plan.JurisdictionCode, lead, cooperating, ct);
        return new ReportSubject(plan, kind, seq, title, chain, departments, estimate);
    }

    /// <summary>
    /// The units that report on a task as cooperating units: its 配合单位 and those the plan's prose adds to its row
    /// (区交通局 for air row 16).
    /// </summary>
    public static IEnumerable<string> CooperatingUnits(Core.Tasks.PlanTask task, IEnumerable<Core.Supervision.TaskUnitAddition> additions) =>
        task.CooperatingUnits.Concat(additions.Where(a => a.TaskSeq == task.Seq).Select(a => a.Unit));

    /// <summary>The departments of a jurisdiction named among the lead units (Lead) or cooperating units (Cooperating).</summary>
    public async Task<IReadOnlyDictionary<int, Core.Supervision.ReportPart>> DepartmentsAsync(
        string jurisdiction, IEnumerable<string?> lead, IEnumerable<string?> cooperating, CancellationToken ct = default)
    {
        var leadNames = Core.Supervision.UnitNames.Split(lead).ToHashSet();
        var coopNames = Core.Supervision.UnitNames.Split(cooperating).Where(n => !leadNames.Contains(n)).ToHashSet();
        var all = leadNames.Concat(coopNames).ToList();
        var rows = await db.Departments.AsNoTracking().Where(d => d.JurisdictionCode == jurisdiction && all.Contains(d.Name))
            .Select(d => new { d.Id, d.Name }).ToListAsync(ct);
        return rows.ToDictionary(d => d.Id, d => leadNames.Contains(d.Name) ? Core.Supervision.ReportPart.Lead : Core.Supervision.ReportPart.Cooperating);
    }
}
