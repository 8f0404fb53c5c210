using EcoGov.Core;
using EcoGov.Core.Plans;
using EcoGov.Core.Supervision;
using EcoGov.Core.Tasks;
using EcoGov.Data;
using EcoGov.Data.Entities;
using EcoGov.Data.Queries;
using Microsoft.EntityFrameworkCore;

namespace EcoGov.Application.Supervision;

/// <summary>`tasks --plan ID --as-of D` / GET /api/plans/{id}/ledger?asOf=D: the ledger on a day (today when absent).</summary>
public sealed record LedgerRequest(string? Plan, string? AsOf, string? DueSoonDays = null)
{
    public const string PlanField = "plan", AsOfField = "asOf", DueSoonDaysField = "dueSoonDays";
}

/// <summary>The latest accepted report a ledger row rests on.</summary>
public sealed record LastReportView(int Id, string Period, int Version, string Department, WorkStatus Status, string StatusName, int? Percent, DateOnly AcceptedOn);

/// <summary>One task of the ledger with its state on the day, the light and the reason (with their Chinese names).</summary>
public sealed record LedgerRow(
    PlanTask Task, string Reference, TaskState State, string StateName, TrafficLight Light, string LightName, string Reason,
    DateOnly? Due, string? ExpectedPeriod, LastReportView? LastReport, IReadOnlyList<string> LeadDepartments);

/// <summary>A plan's ledger on a day.</summary>
public sealed record TaskLedger(Plan Plan, DateOnly AsOf, int DueSoonDays, IReadOnlyList<LedgerRow> Rows);

/// <summary>One line of 我的任务: a task the reporter's department reports on, its state, and its own report for the period.</summary>
public sealed record MyTaskRow(LedgerRow Row, ReportPart Part, string PartName, ReportView? MyReport);

/// <summary>A key project the reporter's department is responsible for, and its own report for the period.</summary>
public sealed record MyProjectRow(Core.Projects.KeyProject Project, string Reference, ReportView? MyReport);

/// <summary>我的任务: the department's tasks and key projects for a period.</summary>
public sealed record MyWork(string Period, IReadOnlyList<MyTaskRow> Tasks, IReadOnlyList<MyProjectRow> Projects);

/// <summary>
/// 任务台账 the tasks of a plan with their state on any day (issue 9 item 5), derived by
/// <see cref="TaskStateEvaluator"/> from each task's deadline (read by <see cref="DeadlineReader"/> with the plan's issue
/// date) and the accepted reports of its lead departments; and 我的任务 for a reporter.
/// </summary>
public sealed class TaskLedgerService(EcoGovDbContext db, PlanCatalog catalog, PlanAccess access, ProgressReportService reports, SupervisionSettingsService settings, TimeProvider clock)
{
    public async Task<TaskLedger> LedgerAsync(Actor actor, LedgerRequest request, CancellationToken ct = default)
    {
        var plan = await access.PlanAsync(request.Plan, LedgerRequest.PlanField, ct);
        var chain = await access.ChainAsync(plan.JurisdictionCode, LedgerRequest.PlanField, ct);
        AccessPolicy.Demand(actor, SupervisionAction.ReadLedger, chain);
        var asOf = RequestValues.OptionalDate(request.AsOf, LedgerRequest.AsOfField, AppText.LabelLedgerDate) ?? ChinaTime.Today(clock);
        var (dueSoon, heating, _) = await settings.ForPlanAsync(plan.Id, ct);
        if (!RequestValues.Absent(request.DueSoonDays)
            && (!int.TryParse(request.DueSoonDays, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out dueSoon) || dueSoon > 366))
            throw new ApplicationInputException(ErrorCode.OutOfRange, LedgerRequest.DueSoonDaysField, AppText.DueSoonDaysOutOfRange());
        return new TaskLedger(plan, asOf, dueSoon, await RowsAsync(plan, asOf, dueSoon, heating, ct));
    }

    /// <summary>
    /// 我的任务: the tasks of the actor's jurisdiction its department leads or cooperates on, with the state on the period's
    /// last day (today for the running month) and the department's own latest report for the period (the current month when absent).
    /// </summary>
    public async Task<MyWork> MyTasksAsync(Actor actor, string? period, CancellationToken ct = default)
    {
        if (actor.Role != UserRole.Reporter || actor.DepartmentId is not { } department || actor.JurisdictionCode is not { } jurisdiction)
            throw new ApplicationInputException(ErrorCode.Forbidden, Actor.UserField, AppText.OnlyReportersHaveTasksToReport());
        var today = ChinaTime.Today(clock);
        var p = ProgressReportService.ParsePeriod(period, required: false) ?? ReportingPeriod.Of(today);
        var periodText = p.ToString();
        var name = actor.DepartmentName ?? "";
        var result = new List<MyTaskRow>();
        var projects = new List<MyProjectRow>();
        foreach (var plan in (await catalog.PlansAsync(ct)).Where(pl => pl.JurisdictionCode == jurisdiction))
        {
            // The state on the period's last day (or today, for the running month).
            var (dueSoon, heating, _) = await settings.ForPlanAsync(plan.Id, ct);
            var rows = await RowsAsync(plan, p.LastDay < today ? p.LastDay : today, dueSoon, heating, ct);
            var mine = await db.ProgressReports.AsNoTracking()
                .Where(r => r.PlanId == plan.Id && r.Period == periodText && r.DepartmentId == department)
                .GroupBy(r => new { r.SubjectKind, r.SubjectSeq }).Select(g => g.Max(r => r.Id)).ToListAsync(ct);
            var own = await reports.ViewsAsync(mine, ct);   // the department's own reports: always its to read
            var views = own.Where(v => v.Subject == ReportSubjectKind.Task).ToDictionary(v => v.Seq);
            var projectViews = own.Where(v => v.Subject == ReportSubjectKind.Project).ToDictionary(v => v.Seq);
            var added = await catalog.TaskUnitAdditionsAsync(plan.Id, ct) ?? [];
            foreach (var row in rows)
            {
                var lead = UnitNames.Split(row.Task.LeadUnits).Contains(name);
                var coop = !lead && UnitNames.Split(ReportSubjects.CooperatingUnits(row.Task, added)).Contains(name);
                if (!lead && !coop) continue;
                var part = lead ? ReportPart.Lead : ReportPart.Cooperating;
                result.Add(new MyTaskRow(row, part, SupervisionNames.Of(part), views.GetValueOrDefault(row.Task.Seq)));
            }
            foreach (var project in (await catalog.ProjectsAsync(plan.Id, ct) ?? []).Where(x => UnitNames.Split([x.LeadUnit]).Contains(name)))
                projects.Add(new MyProjectRow(project, $"{plan.Id}/{project.Seq}", projectViews.GetValueOrDefault(project.Seq)));
        }
        return new MyWork(periodText, result, projects);
    }

    private async Task<IReadOnlyList<LedgerRow>> RowsAsync(Plan plan, DateOnly asOf, int dueSoon, HeatingSeasonStart heating, CancellationToken ct)
    {
        var tasks = await catalog.TasksAsync(plan.Id, ct) ?? [];
        var departments = await db.Departments.AsNoTracking().Where(d => d.JurisdictionCode == plan.JurisdictionCode)
            .ToDictionaryAsync(d => d.Name, d => d.Id, ct);
        var departmentNames = departments.ToDictionary(d => d.Value, d => d.Key);
        var accepted = await db.ProgressReports.AsNoTracking()
            .Where(r => r.PlanId == plan.Id && r.SubjectKind == ReportSubjectKind.Task && r.Review == ReviewState.Accepted && r.Part == ReportPart.Lead)
            .Select(r => new { r.Id, r.SubjectSeq, r.Period, r.Version, r.Status, r.Percent, r.DepartmentId, r.ReviewedAtUtc })
            .ToListAsync(ct);
        var bySeq = accepted.ToLookup(r => r.SubjectSeq);
        var options = new DeadlineReadingOptions(IssuedOn: plan.Issued, PlanYear: plan.PeriodStart, HeatingSeasonStart: heating);
        var rows = new List<LedgerRow>();
        foreach (var task in tasks)
        {
            var reading = task.Deadline is null ? null : DeadlineReader.Read(task.Deadline.Text, options);
            var mine = bySeq[task.Seq].Select(r => (Report: new AcceptedReport(ReportingPeriod.TryParse(r.Period)!.Value, r.Version, r.Status, r.Percent,
                ChinaTime.DateOf(r.ReviewedAtUtc ?? default)), r.Id, r.DepartmentId)).ToList();
            var state = TaskStateEvaluator.Evaluate(reading, mine.Select(m => m.Report), asOf, plan.Issued, dueSoon);
            LastReportView? last = null;
            if (state.LastReport is { } lr)
            {
                var m = mine.First(x => x.Report == lr);
                last = new LastReportView(m.Id, lr.Period.ToString(), lr.Version, departmentNames.GetValueOrDefault(m.DepartmentId, ""),
                    lr.Status, SupervisionNames.Of(lr.Status), lr.Percent, lr.AcceptedOn);
            }
            var leads = UnitNames.Split(task.LeadUnits).ToList();
            rows.Add(new LedgerRow(task, $"{plan.Id}/{task.Seq}", state.State, SupervisionNames.Of(state.State),
                state.Light, SupervisionNames.Of(state.Light), state.Reason, state.Due,
                state.ExpectedPeriod?.ToString(), last, leads));
        }
        return rows;
    }
}

/// <summary>
/// A ledger row as `tasks --plan ID --as-of D --json` and GET /api/plans/{id}/ledger give it: the task's fields as
/// `tasks --json` has them (<see cref="Plans.TaskDto"/>), then the state on the day, and the lead units as departments
/// (normalised names, <see cref="UnitNames"/>).
/// </summary>
public sealed record LedgerTaskDto(
    int Seq, string Category, string Text, IReadOnlyList<string> LeadUnits, IReadOnlyList<string> CooperatingUnits,
    Plans.DeadlineDto? Deadline, string? Notes, Plans.SourceDto Source,
    string Reference, TaskState State, string StateName, TrafficLight Light, string LightName, string Reason, DateOnly? Due,
    string? ExpectedPeriod, LastReportView? LastReport, IReadOnlyList<string> LeadDepartments)
{
    public static LedgerTaskDto From(LedgerRow r)
    {
        var t = Plans.TaskDto.From(r.Task);
        return new(t.Seq, t.Category, t.Text, t.LeadUnits, t.CooperatingUnits, t.Deadline, t.Notes, t.Source,
            r.Reference, r.State, r.StateName, r.Light, r.LightName, r.Reason, r.Due, r.ExpectedPeriod, r.LastReport, r.LeadDepartments);
    }
}
