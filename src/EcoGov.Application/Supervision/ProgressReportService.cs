using System.Globalization;
using EcoGov.Core;
using EcoGov.Core.Supervision;
using EcoGov.Core.Text;
using EcoGov.Data;
using EcoGov.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace EcoGov.Application.Supervision;

/// <summary>`report submit` / POST /api/reports. Values as typed; the service parses and checks them.</summary>
public sealed record SubmitReportRequest(
    string? Task, string? Project, string? Period, string? Status, string? Percent, string? Text, string? Investment,
    IReadOnlyList<EvidenceUpload>? Files = null)
{
    public const string PeriodField = "period", StatusField = "status", PercentField = "percent", TextField = "text", InvestmentField = "investment";
}

/// <summary>`report review` / POST /api/reports/{id}/review: accept, or return with a comment.</summary>
public sealed record ReviewReportRequest(int? Report, string? Decision, string? Comment)
{
    public const string ReportField = "report", DecisionField = "decision", CommentField = "comment";
    public const string Accept = "accept", Return = "return";
}

/// <summary>`report list` / GET /api/plans/{id}/reports: a plan's reports, of one period when given.</summary>
public sealed record ListReportsRequest(string? Plan, string? Period)
{
    public const string PlanField = "plan";
}

public sealed record EvidenceView(int Id, string FileName, string ContentType, long Length, string Sha256);

/// <summary>One report version as both hosts show it (enum values, written camelCase, with their Chinese names).</summary>
public sealed record ReportView(
    int Id, string PlanId, string JurisdictionCode, ReportSubjectKind Subject, int Seq, string Reference, string Title, string Period, int Version, int? PreviousId,
    int DepartmentId, string Department, ReportPart Part, string PartName, WorkStatus Status, string StatusName, int? Percent, string Text,
    decimal? InvestmentCompleted, decimal? InvestmentEstimated, string SubmittedBy, DateTimeOffset SubmittedAtUtc,
    ReviewState Review, string ReviewName, string? ReviewedBy, DateTimeOffset? ReviewedAtUtc, string? ReviewComment,
    IReadOnlyList<EvidenceView> Evidence);

/// <summary>A task's or project's history: every version the actor may read, and the audit entries of those versions.</summary>
public sealed record SubjectHistory(string Reference, string Title, IReadOnlyList<ReportView> Reports, IReadOnlyList<AuditEntryView> Audit);

/// <summary>
/// 月度进展报告 (issue 9 item 4): departments report each period on their tasks and projects; the plan office accepts
/// or returns; a returned report is revised as a new version. Nothing is overwritten: a version row changes only once,
/// by its review, and every change is in the audit trail. Who may do what is <see cref="AccessPolicy"/>'s.
/// </summary>
public sealed class ProgressReportService(
    EcoGovDbContext db, ReportSubjects subjects, PlanAccess access, AuditTrail audit, EvidenceStorage evidence, TimeProvider clock)
{
    public async Task<ReportView> SubmitAsync(Actor actor, SubmitReportRequest request, CancellationToken ct = default)
    {
        var subject = await subjects.ResolveAsync(request.Task, request.Project, ct);
        var period = ParsePeriod(request.Period, required: true)!.Value;
        var today = ChinaTime.Today(clock);
        if (period.FirstDay > today)
            throw new ApplicationInputException(ErrorCode.InvalidPeriod, SubmitReportRequest.PeriodField, AppText.PeriodHasNotStarted(period));
        if (subject.Plan.Issued is { } issued && period.LastDay < issued)
            throw new ApplicationInputException(ErrorCode.InvalidPeriod, SubmitReportRequest.PeriodField,
                AppText.PeriodIsBeforePlanWasIssued(period, issued.ToText()));
        AccessPolicy.Demand(actor, SupervisionAction.SubmitReport, subject.Chain, departments: [.. subject.Departments.Keys]);
        var department = actor.DepartmentId!.Value;

        var status = SupervisionNames.ParseStatus(request.Status)
            ?? throw new ApplicationInputException(RequestValues.Absent(request.Status) ? ErrorCode.Required : ErrorCode.InvalidValue,
                SubmitReportRequest.StatusField, AppText.UnknownStatus());
        int? percent = null;
        if (!RequestValues.Absent(request.Percent))
        {
            if (!int.TryParse(request.Percent!.Trim().TrimEnd('%'), NumberStyles.None, CultureInfo.InvariantCulture, out var p) || p > 100)
                throw new ApplicationInputException(ErrorCode.OutOfRange, SubmitReportRequest.PercentField, AppText.PercentMustBeInteger());
            percent = p;
        }
        if (status == WorkStatus.Completed && percent is not null and not 100)
            throw new ApplicationInputException(ErrorCode.Conflict, SubmitReportRequest.PercentField, AppText.CompletedTaskPercent());
        if (status == WorkStatus.Completed) percent = 100;
        if (status == WorkStatus.NotStarted && percent is > 0)
            throw new ApplicationInputException(ErrorCode.Conflict, SubmitReportRequest.PercentField, AppText.NotStartedTaskPercent());
        var text = request.Text?.Trim() ?? "";
        if (text.Length == 0)
            throw new ApplicationInputException(ErrorCode.Required, SubmitReportRequest.TextField, AppText.ProgressTextIsRequired());
        if (text.Length > ProgressReportLimits.TextChars || text.Any(c => char.IsControl(c) && c is not ('\n' or '\r' or '\t')))
            throw new ApplicationInputException(ErrorCode.InvalidValue, SubmitReportRequest.TextField,
                AppText.ProgressTextTooLong(ProgressReportLimits.TextChars));
        decimal? investment = null;
        if (!RequestValues.Absent(request.Investment))
        {
            if (subject.Kind != ReportSubjectKind.Project)
                throw new ApplicationInputException(ErrorCode.Conflict, SubmitReportRequest.InvestmentField, AppText.OnlyProjectsReportInvestment());
            if (!decimal.TryParse(request.Investment, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var inv) || inv > 100_000)
                throw new ApplicationInputException(ErrorCode.InvalidValue, SubmitReportRequest.InvestmentField, AppText.InvestmentInvalid());
            investment = inv;
        }
        var files = request.Files ?? [];
        if (files.Count > ProgressReportLimits.FilesPerReport)
            throw new ApplicationInputException(ErrorCode.OutOfRange, EvidenceStorage.FilesField, AppText.AtMostFiles(ProgressReportLimits.FilesPerReport));

        var periodText = period.ToString();
        var previous = await db.ProgressReports.AsNoTracking()
            .Where(r => r.PlanId == subject.Plan.Id && r.SubjectKind == subject.Kind && r.SubjectSeq == subject.Seq && r.Period == periodText && r.DepartmentId == department)
            .OrderByDescending(r => r.Version).FirstOrDefaultAsync(ct);
        if (previous is { Review: ReviewState.Submitted })
            throw new ApplicationInputException(ErrorCode.Conflict, SubmitReportRequest.PeriodField,
                AppText.ReportOfThisPeriodAwaitsReview(periodText, previous.Id));
        if (previous is { Review: ReviewState.Accepted })
            throw new ApplicationInputException(ErrorCode.Conflict, SubmitReportRequest.PeriodField,
                AppText.ThisPeriodReportIsAlreadyAccepted(periodText, previous.Id));

        var stored = new List<StoredEvidence>();
        try
        {
            foreach (var f in files) stored.Add(await evidence.SaveAsync(f, ct));
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            var row = new ProgressReportEntity
            {
                PlanId = subject.Plan.Id,
                SubjectKind = subject.Kind,
                SubjectSeq = subject.Seq,
                JurisdictionCode = subject.Plan.JurisdictionCode,
                Period = periodText,
                Version = (previous?.Version ?? 0) + 1,
                PreviousId = previous?.Id,
                DepartmentId = department,
                Part = subject.Departments[department],
                Status = status,
                Percent = percent,
                Text = text,
                InvestmentCompleted = investment,
                SubmittedById = actor.UserId,
                SubmittedAtUtc = clock.GetUtcNow(),
                Review = ReviewState.Submitted,
            };
            db.ProgressReports.Add(row);
            await db.SaveChangesAsync(ct);
            db.EvidenceFiles.AddRange(stored.Select(s => new EvidenceFileEntity
            {
                ReportId = row.Id,
                FileName = s.FileName,
                ContentType = s.ContentType,
                Length = s.Length,
                Sha256 = s.Sha256,
            }));
            audit.Add(actor, previous is null ? "report.submit" : "report.resubmit", "report", Id(row.Id),
                new AuditChange("subject", null, subject.Reference), new AuditChange("period", null, periodText),
                new AuditChange("version", previous is null ? null : Id(previous.Version), Id(row.Version)),
                new AuditChange("status", previous is null ? null : EnumText.Camel(previous.Status), EnumText.Camel(status)),
                new AuditChange("percent", previous?.Percent?.ToString(CultureInfo.InvariantCulture), percent?.ToString(CultureInfo.InvariantCulture)),
                new AuditChange("text", previous?.Text, text),
                new AuditChange("evidence", null, stored.Count == 0 ? null : string.Join(", ", stored.Select(s => $"{s.FileName} ({s.Sha256[..12]})"))));
            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
            db.ChangeTracker.Clear();
            return await ViewAsync(row.Id, ct);
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            evidence.Discard(stored);
            // Another submission of the same department, subject and period took this version first (unique index).
            if (await VersionTakenAsync(subject, periodText, department, (previous?.Version ?? 0) + 1, ct))
                throw new ApplicationInputException(ErrorCode.Conflict, SubmitReportRequest.PeriodField,
                    AppText.ReportSubmittedMeanwhile(periodText));
            throw;
        }
        catch
        {
            db.ChangeTracker.Clear();
            evidence.Discard(stored);
            throw;
        }
    }

    public async Task<ReportView> ReviewAsync(Actor actor, ReviewReportRequest request, CancellationToken ct = default)
    {
        if (request.Report is not { } id)
            throw new ApplicationInputException(ErrorCode.Required, ReviewReportRequest.ReportField, AppText.ReportIdIsRequired());
        var row = await db.ProgressReports.AsNoTracking().FirstOrDefaultAsync(r => r.Id == id, ct)
            ?? throw new ApplicationInputException(ErrorCode.NotFound, ReviewReportRequest.ReportField, AppText.NoSuchReport(id));
        var chain = await access.ChainAsync(row.JurisdictionCode, ReviewReportRequest.ReportField, ct);
        AccessPolicy.Demand(actor, SupervisionAction.ReviewReport, chain);
        var decision = request.Decision?.Trim().ToLowerInvariant() switch
        {
            ReviewReportRequest.Accept or "采纳" => ReviewState.Accepted,
            ReviewReportRequest.Return or "退回" => ReviewState.Returned,
            _ => throw new ApplicationInputException(RequestValues.Absent(request.Decision) ? ErrorCode.Required : ErrorCode.InvalidValue,
                ReviewReportRequest.DecisionField, AppText.DecisionMustBeAcceptOrReturn()),
        };
        var comment = request.Comment?.Trim();
        if (decision == ReviewState.Returned && RequestValues.Absent(comment))
            throw new ApplicationInputException(ErrorCode.Required, ReviewReportRequest.CommentField, AppText.ReturnNeedsComment());
        if (comment is { Length: > ProgressReportLimits.CommentChars } || (comment?.Any(c => char.IsControl(c) && c is not ('\n' or '\r')) ?? false))
            throw new ApplicationInputException(ErrorCode.InvalidValue, ReviewReportRequest.CommentField,
                AppText.ReviewCommentTooLong(ProgressReportLimits.CommentChars));
        if (row.Review != ReviewState.Submitted)
            throw new ApplicationInputException(ErrorCode.Conflict, ReviewReportRequest.ReportField,
                AppText.ReportWasAlreadyReviewed(id, SupervisionNames.Of(row.Review)));

        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var now = clock.GetUtcNow();
        // Only a report still awaiting review is changed: a second reviewer racing for it changes nothing and is told so.
        var changed = await db.ProgressReports.Where(r => r.Id == id && r.Review == ReviewState.Submitted).ExecuteUpdateAsync(s => s
            .SetProperty(r => r.Review, decision)
            .SetProperty(r => r.ReviewedById, actor.UserId)
            .SetProperty(r => r.ReviewedAtUtc, now)
            .SetProperty(r => r.ReviewComment, RequestValues.Absent(comment) ? null : comment), ct);
        if (changed == 0)
            throw new ApplicationInputException(ErrorCode.Conflict, ReviewReportRequest.ReportField, AppText.ReportWasReviewedMeanwhile(id));
        audit.Add(actor, decision == ReviewState.Accepted ? "report.accept" : "report.return", "report", Id(id),
            new AuditChange("review", EnumText.Camel(ReviewState.Submitted), EnumText.Camel(decision)),
            new AuditChange("comment", null, RequestValues.Absent(comment) ? null : comment));
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        db.ChangeTracker.Clear();
        return await ViewAsync(id, ct);
    }

    private async Task<bool> VersionTakenAsync(ReportSubject subject, string period, int department, int version, CancellationToken ct)
    {
        db.ChangeTracker.Clear();
        return await db.ProgressReports.AsNoTracking().AnyAsync(r => r.PlanId == subject.Plan.Id && r.SubjectKind == subject.Kind
            && r.SubjectSeq == subject.Seq && r.Period == period && r.DepartmentId == department && r.Version == version, ct);
    }

    /// <summary>A plan's reports the actor may read, of one period when given; by subject, department and version.</summary>
    public async Task<IReadOnlyList<ReportView>> ListAsync(Actor actor, ListReportsRequest request, CancellationToken ct = default)
    {
        var plan = await access.PlanAsync(request.Plan, ListReportsRequest.PlanField, ct);
        var period = ParsePeriod(request.Period, required: false);
        var chain = await access.ChainAsync(plan.JurisdictionCode, ListReportsRequest.PlanField, ct);
        AccessPolicy.Demand(actor, SupervisionAction.ReadLedger, chain);
        var q = db.ProgressReports.AsNoTracking().Where(r => r.PlanId == plan.Id);
        if (period is { } p) { var text = p.ToString(); q = q.Where(r => r.Period == text); }
        var ids = await q.OrderBy(r => r.SubjectKind).ThenBy(r => r.SubjectSeq).ThenBy(r => r.Period).ThenBy(r => r.DepartmentId).ThenBy(r => r.Version)
            .Select(r => r.Id).ToListAsync(ct);
        return Visible(actor, await ViewsAsync(ids, ct), chain);
    }

    /// <summary>审核队列 the reports awaiting the actor's review (plan office: its jurisdiction and below), oldest first.</summary>
    public async Task<IReadOnlyList<ReportView>> ReviewQueueAsync(Actor actor, CancellationToken ct = default)
    {
        var pending = await db.ProgressReports.AsNoTracking().Where(r => r.Review == ReviewState.Submitted)
            .OrderBy(r => r.Id).Select(r => new { r.Id, r.JurisdictionCode }).ToListAsync(ct);
        var chains = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var c in pending.Select(r => r.JurisdictionCode).Distinct()) chains[c] = await access.ChainAsync(c, ListReportsRequest.PlanField, ct);
        var ids = pending.Where(r => AccessPolicy.Allows(actor, SupervisionAction.ReviewReport, chains[r.JurisdictionCode])).Select(r => r.Id).ToList();
        return await ViewsAsync(ids, ct);
    }

    /// <summary>One report, when the actor may read it.</summary>
    public async Task<ReportView> ReportAsync(Actor actor, int id, CancellationToken ct = default)
    {
        var view = (await ViewsAsync([id], ct)).FirstOrDefault()
            ?? throw new ApplicationInputException(ErrorCode.NotFound, ReviewReportRequest.ReportField, AppText.NoSuchReport(id));
        await DemandReadAsync(actor, view, ct);
        return view;
    }

    /// <summary>A task's or project's history: the versions the actor may read, and their audit entries.</summary>
    public async Task<SubjectHistory> HistoryAsync(Actor actor, string? task, string? project, CancellationToken ct = default)
    {
        var subject = await subjects.ResolveAsync(task, project, ct);
        AccessPolicy.Demand(actor, SupervisionAction.ReadLedger, subject.Chain);
        var ids = await db.ProgressReports.AsNoTracking()
            .Where(r => r.PlanId == subject.Plan.Id && r.SubjectKind == subject.Kind && r.SubjectSeq == subject.Seq)
            .OrderBy(r => r.Period).ThenBy(r => r.DepartmentId).ThenBy(r => r.Version).Select(r => r.Id).ToListAsync(ct);
        var reports = Visible(actor, await ViewsAsync(ids, ct), subject.Chain);
        var entries = await audit.OfAsync("report", [.. reports.Select(r => Id(r.Id))], ct);
        return new SubjectHistory(subject.Reference, subject.Title, reports, entries);
    }

    /// <summary>An evidence file of a report the actor may read: its record and its bytes.</summary>
    public async Task<(EvidenceView File, Stream Content)> EvidenceAsync(Actor actor, int reportId, int fileId, CancellationToken ct = default)
    {
        var report = await ReportAsync(actor, reportId, ct);
        var file = report.Evidence.FirstOrDefault(e => e.Id == fileId)
            ?? throw new ApplicationInputException(ErrorCode.NotFound, EvidenceStorage.FilesField, AppText.NoSuchEvidenceFile(reportId, fileId));
        return (file, evidence.Open(file.Sha256));
    }

    /// <summary>Whether the actor may read this report (published ones to the jurisdiction, others to their department and the office).</summary>
    public static bool CanRead(Actor actor, ReportView report, IReadOnlyList<string> chain) =>
        report.Review == ReviewState.Accepted
            ? AccessPolicy.Allows(actor, SupervisionAction.ReadLedger, chain)
            : AccessPolicy.Allows(actor, SupervisionAction.ReadUnpublishedReport, chain, report.DepartmentId);

    private async Task DemandReadAsync(Actor actor, ReportView view, CancellationToken ct)
    {
        var chain = await access.ChainAsync(view.JurisdictionCode, ReviewReportRequest.ReportField, ct);
        if (view.Review == ReviewState.Accepted) AccessPolicy.Demand(actor, SupervisionAction.ReadLedger, chain);
        else AccessPolicy.Demand(actor, SupervisionAction.ReadUnpublishedReport, chain, view.DepartmentId);
    }

    private static List<ReportView> Visible(Actor actor, IReadOnlyList<ReportView> views, IReadOnlyList<string> chain) =>
        [.. views.Where(v => CanRead(actor, v, chain))];

    public static ReportingPeriod? ParsePeriod(string? text, bool required)
    {
        if (RequestValues.Absent(text))
            return required
                ? throw new ApplicationInputException(ErrorCode.Required, SubmitReportRequest.PeriodField, AppText.PeriodIsRequiredYyyyMM())
                : null;
        return ReportingPeriod.TryParse(text!.Trim())
            ?? throw new ApplicationInputException(ErrorCode.InvalidDate, SubmitReportRequest.PeriodField,
                AppText.PeriodMustBeYyyyMM(UserText.Quote(text)));
    }

    private async Task<ReportView> ViewAsync(int id, CancellationToken ct) => (await ViewsAsync([id], ct))[0];

    /// <summary>The views of these reports, in this order, without a permission check (callers check, or read the actor's own).</summary>
    internal async Task<IReadOnlyList<ReportView>> ViewsAsync(IReadOnlyCollection<int> ids, CancellationToken ct)
    {
        if (ids.Count == 0) return [];
        var rows = await db.ProgressReports.AsNoTracking().Where(r => ids.Contains(r.Id)).ToListAsync(ct);
        var departmentIds = rows.Select(r => r.DepartmentId).Distinct().ToList();
        var departments = await db.Departments.AsNoTracking().Where(d => departmentIds.Contains(d.Id)).ToDictionaryAsync(d => d.Id, d => d.Name, ct);
        var userIds = rows.Select(r => r.SubmittedById).Concat(rows.Where(r => r.ReviewedById is not null).Select(r => r.ReviewedById!.Value)).Distinct().ToList();
        var users = await db.Users.AsNoTracking().Where(u => userIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.UserName, ct);
        var files = (await db.EvidenceFiles.AsNoTracking().Where(f => ids.Contains(f.ReportId)).OrderBy(f => f.Id).ToListAsync(ct))
            .ToLookup(f => f.ReportId);
        var planIds = rows.Select(r => r.PlanId).Distinct().ToList();
        var tasks = await db.Tasks.AsNoTracking().Where(t => planIds.Contains(t.PlanId)).Select(t => new { t.PlanId, t.Seq, t.Text }).ToListAsync(ct);
        var projects = await db.Projects.AsNoTracking().Where(p => planIds.Contains(p.PlanId)).Select(p => new { p.PlanId, p.Seq, p.Name, p.Investment }).ToListAsync(ct);
        var taskTitles = tasks.ToDictionary(t => (t.PlanId, t.Seq), t => t.Text);
        var projectInfo = projects.ToDictionary(p => (p.PlanId, p.Seq), p => (p.Name, p.Investment));
        var byId = rows.ToDictionary(r => r.Id);
        return [.. ids.Where(byId.ContainsKey).Select(id =>
        {
            var r = byId[id];
            var isTask = r.SubjectKind == ReportSubjectKind.Task;
            var title = isTask ? taskTitles.GetValueOrDefault((r.PlanId, r.SubjectSeq), "") : projectInfo.GetValueOrDefault((r.PlanId, r.SubjectSeq)).Name ?? "";
            return new ReportView(
                r.Id, r.PlanId, r.JurisdictionCode, r.SubjectKind, r.SubjectSeq, $"{r.PlanId}/{Id(r.SubjectSeq)}", title, r.Period, r.Version, r.PreviousId,
                r.DepartmentId, departments.GetValueOrDefault(r.DepartmentId, ""), r.Part, SupervisionNames.Of(r.Part),
                r.Status, SupervisionNames.Of(r.Status), r.Percent, r.Text, r.InvestmentCompleted,
                isTask ? null : projectInfo.GetValueOrDefault((r.PlanId, r.SubjectSeq)).Investment,
                users.GetValueOrDefault(r.SubmittedById, ""), r.SubmittedAtUtc, r.Review, SupervisionNames.Of(r.Review),
                r.ReviewedById is { } rb ? users.GetValueOrDefault(rb) : null, r.ReviewedAtUtc, r.ReviewComment,
                [.. files[r.Id].Select(f => new EvidenceView(f.Id, f.FileName, f.ContentType, f.Length, f.Sha256))]);
        })];
    }


    private static string Id(int value) => value.ToString(CultureInfo.InvariantCulture);
}
