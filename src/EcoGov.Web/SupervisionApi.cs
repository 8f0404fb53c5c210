using EcoGov.Application;
using EcoGov.Application.Supervision;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace EcoGov.Web;

/// <summary>
/// /api for supervision (issue 9): the ledger, progress reports and their review, evidence, departments, users and the
/// audit log — the operations of <c>Application.Supervision</c>, acting as the signed-in user (<see cref="CurrentActor"/>),
/// with the same refusals as the CLI: 403 problem details when the role or jurisdiction does not allow it.
/// </summary>
public static class SupervisionApi
{
    /// <summary>The content types evidence files are served as (ProgressReportLimits.FileTypes).</summary>
    private static readonly string[] EvidenceTypes = [.. Core.Supervision.ProgressReportLimits.FileTypes.Values.Distinct()];

    public static void MapSupervisionApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api").RequireAuthorization().WithApplicationProblems().WithTags("Supervision");
        api.MapGet("/plans/{id}/ledger", GetLedger).WithName(nameof(GetLedger)).ProducesApplicationProblems(notFound: true, forbidden: true);
        api.MapGet("/plans/{id}/warnings", ListWarnings).WithName(nameof(ListWarnings)).ProducesApplicationProblems(notFound: true, forbidden: true);
        api.MapGet("/plans/{id}/dispatch-report", DispatchReportFile).WithName(nameof(DispatchReportFile))
            .Produces(StatusCodes.Status200OK, typeof(byte[]), DispatchReportService.DocxType, DispatchReportService.XlsxType)
            .ProducesApplicationProblems(notFound: true, forbidden: true);
        api.MapGet("/plans/{id}/warning-letters", ListPlanLetters).WithName(nameof(ListPlanLetters)).ProducesApplicationProblems(notFound: true, forbidden: true);
        api.MapPost("/plans/{id}/warning-letters", IssueLetter).WithName(nameof(IssueLetter)).ProducesApplicationProblems(notFound: true, forbidden: true);
        api.MapGet("/plans/{id}/warning-letter", LetterDocument).WithName(nameof(LetterDocument))
            .Produces(StatusCodes.Status200OK, typeof(byte[]), DispatchReportService.DocxType)
            .ProducesApplicationProblems(notFound: true, forbidden: true);
        api.MapGet("/warning-letters", ListLetters).WithName(nameof(ListLetters)).ProducesApplicationProblems(badInput: false);
        api.MapGet("/warning-letters/{id:int}", GetLetter).WithName(nameof(GetLetter)).ProducesApplicationProblems(notFound: true, forbidden: true);
        api.MapPost("/warning-letters/{id:int}/reply", ReplyLetter).WithName(nameof(ReplyLetter)).ProducesApplicationProblems(notFound: true, forbidden: true);
        api.MapPost("/warning-letters/{id:int}/close", CloseLetter).WithName(nameof(CloseLetter)).ProducesApplicationProblems(notFound: true, forbidden: true);
        api.MapGet("/plans/{id}/settings", GetPlanSettings).WithName(nameof(GetPlanSettings)).ProducesApplicationProblems(notFound: true);
        api.MapPost("/plans/{id}/settings", SetPlanSettings).WithName(nameof(SetPlanSettings)).ProducesApplicationProblems(notFound: true, forbidden: true);
        api.MapGet("/plans/{id}/reports", ListReports).WithName(nameof(ListReports)).ProducesApplicationProblems(notFound: true, forbidden: true);
        api.MapGet("/my-tasks", MyTasks).WithName(nameof(MyTasks)).ProducesApplicationProblems(forbidden: true);
        api.MapGet("/reports/queue", ReviewQueue).WithName(nameof(ReviewQueue)).ProducesApplicationProblems(badInput: false);
        api.MapGet("/reports/{id:int}", GetReport).WithName(nameof(GetReport)).ProducesApplicationProblems(notFound: true, forbidden: true);
        api.MapGet("/reports/{id:int}/evidence/{fileId:int}", GetEvidence).WithName(nameof(GetEvidence))
            .Produces(StatusCodes.Status200OK, typeof(byte[]), EvidenceTypes[0], EvidenceTypes[1..]).ProducesApplicationProblems(notFound: true, forbidden: true);
        // multipart/form-data (files); with the antiforgery header (ApiAntiforgery) like every POST.
        api.MapPost("/reports", SubmitReport).WithName(nameof(SubmitReport))
            .Accepts<SubmitReportForm>("multipart/form-data").ProducesApplicationProblems(notFound: true, forbidden: true);
        api.MapPost("/reports/{id:int}/review", ReviewReport).WithName(nameof(ReviewReport)).ProducesApplicationProblems(notFound: true, forbidden: true);
        api.MapGet("/report-history", ReportHistory).WithName(nameof(ReportHistory)).ProducesApplicationProblems(notFound: true, forbidden: true);
        api.MapGet("/departments", ListDepartments).WithName(nameof(ListDepartments)).ProducesApplicationProblems(notFound: true);
        api.MapPost("/departments", AddDepartment).WithName(nameof(AddDepartment)).ProducesApplicationProblems(notFound: true, forbidden: true);
        api.MapGet("/users", ListUsers).WithName(nameof(ListUsers)).ProducesApplicationProblems(badInput: false, forbidden: true);
        api.MapPost("/users", AddUser).WithName(nameof(AddUser)).ProducesApplicationProblems(notFound: true, forbidden: true);
        api.MapPost("/users/{userName}/disable", DisableUser).WithName(nameof(DisableUser)).ProducesApplicationProblems(notFound: true, forbidden: true);
        api.MapPost("/users/{userName}/enable", EnableUser).WithName(nameof(EnableUser)).ProducesApplicationProblems(notFound: true, forbidden: true);
        api.MapGet("/audit-log", AuditLog).WithName(nameof(AuditLog)).ProducesApplicationProblems(badInput: false, forbidden: true);
    }

    /// <summary>GET /api/plans/{id}/ledger?asOf=D[&amp;dueSoonDays=N] (`tasks --plan ID --as-of D --json`).</summary>
    public static async Task<Ok<List<LedgerTaskDto>>> GetLedger(string id, string? asOf, string? dueSoonDays, CurrentActor me, TaskLedgerService ledger, CancellationToken ct)
    {
        var result = await ledger.LedgerAsync(await me.GetAsync(ct), new LedgerRequest(id, asOf, dueSoonDays), ct);
        return TypedResults.Ok(result.Rows.Select(LedgerTaskDto.From).ToList());
    }

    /// <summary>GET /api/plans/{id}/warnings?asOf=D (`warnings --plan ID --as-of D --json`).</summary>
    public static async Task<Ok<WarningReport>> ListWarnings(string id, string? asOf, CurrentActor me, WarningService warnings, CancellationToken ct) =>
        TypedResults.Ok(await warnings.CandidatesAsync(await me.GetAsync(ct), new WarningsRequest(id, asOf), ct));

    /// <summary>GET /api/plans/{id}/dispatch-report?asOf=D&amp;format=docx|xlsx: 月度调度通报 (`report dispatch`).</summary>
    public static async Task<FileContentHttpResult> DispatchReportFile(string id, string? asOf, string? format, CurrentActor me, DispatchReportService reports, CancellationToken ct)
    {
        var file = await reports.RenderAsync(await me.GetAsync(ct), new DispatchReportRequest(id, asOf, format), ct);
        return TypedResults.File(file.Content, file.ContentType, file.FileName);
    }

    /// <summary>GET /api/plans/{id}/warning-letters (`warnings letters --plan ID --json`): the plan's letters the user may read.</summary>
    public static async Task<Ok<IReadOnlyList<WarningLetterView>>> ListPlanLetters(string id, CurrentActor me, WarningLetterService letters, CancellationToken ct) =>
        TypedResults.Ok(await letters.ListAsync(await me.GetAsync(ct), id, ct));

    /// <summary>The body of POST /api/plans/{id}/warning-letters.</summary>
    public sealed record IssueLetterBody(string? Unit, string? AsOf, string? ReplyBy);

    /// <summary>POST /api/plans/{id}/warning-letters {unit, asOf, replyBy} (`warnings issue`).</summary>
    public static async Task<Created<WarningLetterView>> IssueLetter(string id, [FromBody] IssueLetterBody body, CurrentActor me, WarningLetterService letters, CancellationToken ct)
    {
        var v = await letters.IssueAsync(await me.GetAsync(ct), new IssueLetterRequest(id, body.Unit, body.AsOf, body.ReplyBy), ct);
        return TypedResults.Created($"/api/warning-letters/{v.Id}", v);
    }

    /// <summary>GET /api/plans/{id}/warning-letter?unit=&amp;asOf=: the letter as .docx, issued or a draft (`report warning`).</summary>
    public static async Task<FileContentHttpResult> LetterDocument(string id, string? unit, string? asOf, CurrentActor me, WarningLetterService letters, CancellationToken ct)
    {
        var file = await letters.DocumentAsync(await me.GetAsync(ct), new LetterDocumentRequest(id, unit, asOf), ct);
        return TypedResults.File(file.Content, file.ContentType, file.FileName);
    }

    /// <summary>GET /api/warning-letters (`warnings letters --json`): every letter the user may read — a department's inbox.</summary>
    public static async Task<Ok<IReadOnlyList<WarningLetterView>>> ListLetters(CurrentActor me, WarningLetterService letters, CancellationToken ct) =>
        TypedResults.Ok(await letters.ListAsync(await me.GetAsync(ct), null, ct));

    /// <summary>GET /api/warning-letters/{id} (`warnings show --letter ID --json`).</summary>
    public static async Task<Ok<WarningLetterView>> GetLetter(int id, CurrentActor me, WarningLetterService letters, CancellationToken ct) =>
        TypedResults.Ok(await letters.LetterAsync(await me.GetAsync(ct), id, ct));

    /// <summary>The body of POST /api/warning-letters/{id}/reply.</summary>
    public sealed record LetterReplyBody(string? Text);

    /// <summary>POST /api/warning-letters/{id}/reply {text} (`warnings reply`).</summary>
    public static async Task<Ok<WarningLetterView>> ReplyLetter(int id, [FromBody] LetterReplyBody body, CurrentActor me, WarningLetterService letters, CancellationToken ct) =>
        TypedResults.Ok(await letters.ReplyAsync(await me.GetAsync(ct), new LetterReplyRequest(id, body.Text), ct));

    /// <summary>The body of POST /api/warning-letters/{id}/close.</summary>
    public sealed record LetterCloseBody(string? Decision, string? Comment);

    /// <summary>POST /api/warning-letters/{id}/close {decision: close|return, comment} (`warnings close`).</summary>
    public static async Task<Ok<WarningLetterView>> CloseLetter(int id, [FromBody] LetterCloseBody body, CurrentActor me, WarningLetterService letters, CancellationToken ct) =>
        TypedResults.Ok(await letters.CloseAsync(await me.GetAsync(ct), new LetterCloseRequest(id, body.Decision, body.Comment), ct));

    /// <summary>GET /api/plans/{id}/settings (`plan-settings --plan ID --json`).</summary>
    public static async Task<Ok<PlanSettingsView>> GetPlanSettings(string id, SupervisionSettingsService settings, CancellationToken ct) =>
        TypedResults.Ok((await settings.ForPlanAsync(id, ct)).View);

    /// <summary>The body of POST /api/plans/{id}/settings: a value given changes it, "" resets it, absent leaves it.</summary>
    public sealed record PlanSettingsBody(
        string? DueSoonDays, string? HeatingSeasonStart, string? OverdueTasksForInterview = null, string? ExcessForInterviewPercent = null, string? NotReportedWarns = null);

    /// <summary>POST /api/plans/{id}/settings {dueSoonDays, heatingSeasonStart, overdueTasksForInterview, excessForInterviewPercent, notReportedWarns} (`plan-settings`).</summary>
    public static async Task<Ok<PlanSettingsView>> SetPlanSettings(string id, [FromBody] PlanSettingsBody body, CurrentActor me, SupervisionSettingsService settings, CancellationToken ct) =>
        TypedResults.Ok(await settings.SetAsync(await me.GetAsync(ct), new PlanSettingsRequest(id, body.DueSoonDays, body.HeatingSeasonStart,
            body.OverdueTasksForInterview, body.ExcessForInterviewPercent, body.NotReportedWarns), ct));

    /// <summary>GET /api/plans/{id}/reports[?period=yyyy-MM] (`report list --plan ID --period P --json`).</summary>
    public static async Task<Ok<IReadOnlyList<ReportView>>> ListReports(string id, string? period, CurrentActor me, ProgressReportService reports, CancellationToken ct) =>
        TypedResults.Ok(await reports.ListAsync(await me.GetAsync(ct), new ListReportsRequest(id, period), ct));

    /// <summary>GET /api/my-tasks[?period=yyyy-MM]: 我的任务 of the signed-in reporter.</summary>
    public static async Task<Ok<MyWork>> MyTasks(string? period, CurrentActor me, TaskLedgerService ledger, CancellationToken ct) =>
        TypedResults.Ok(await ledger.MyTasksAsync(await me.GetAsync(ct), period, ct));

    /// <summary>GET /api/reports/queue (`report queue --json`).</summary>
    public static async Task<Ok<IReadOnlyList<ReportView>>> ReviewQueue(CurrentActor me, ProgressReportService reports, CancellationToken ct) =>
        TypedResults.Ok(await reports.ReviewQueueAsync(await me.GetAsync(ct), ct));

    /// <summary>GET /api/reports/{id} (`report show --report ID --json`).</summary>
    public static async Task<Ok<ReportView>> GetReport(int id, CurrentActor me, ProgressReportService reports, CancellationToken ct) =>
        TypedResults.Ok(await reports.ReportAsync(await me.GetAsync(ct), id, ct));

    /// <summary>GET /api/reports/{id}/evidence/{fileId}: the file, as an attachment.</summary>
    public static async Task<FileStreamHttpResult> GetEvidence(int id, int fileId, CurrentActor me, ProgressReportService reports, CancellationToken ct)
    {
        var (file, content) = await reports.EvidenceAsync(await me.GetAsync(ct), id, fileId, ct);
        return TypedResults.File(content, file.ContentType, file.FileName);
    }

    /// <summary>The form of POST /api/reports (the fields of `report submit`).</summary>
    public sealed record SubmitReportForm(string? Task, string? Project, string? Period, string? Status, string? Percent, string? Text, string? Investment);

    /// <summary>POST /api/reports (multipart/form-data; files in <c>files</c>) (`report submit`).</summary>
    public static async Task<Created<ReportView>> SubmitReport(HttpRequest request, CurrentActor me, ProgressReportService reports, CancellationToken ct)
    {
        var actor = await me.GetAsync(ct);
        if (!request.HasFormContentType)
            throw new ApplicationInputException(ErrorCode.InvalidValue, null, AppText.SubmitAsMultipart());
        var form = await request.ReadFormAsync(ct);
        var view = await reports.SubmitAsync(actor, SubmitRequest(form), ct);
        return TypedResults.Created($"/api/reports/{view.Id}", view);
    }

    /// <summary>The request a submitted form carries (the API's and the 填报 page's).</summary>
    public static SubmitReportRequest SubmitRequest(IFormCollection form) => new(
        form["task"], form["project"], form["period"], form["status"], form["percent"], form["text"], form["investment"],
        [.. form.Files.GetFiles("files").Where(f => f.Length > 0).Select(f => new EvidenceUpload(f.FileName, f.OpenReadStream))]);

    /// <summary>The body of POST /api/reports/{id}/review.</summary>
    public sealed record ReviewBody(string? Decision, string? Comment);

    /// <summary>POST /api/reports/{id}/review {decision: accept|return, comment} (`report review`).</summary>
    public static async Task<Ok<ReportView>> ReviewReport(int id, [FromBody] ReviewBody body, CurrentActor me, ProgressReportService reports, CancellationToken ct) =>
        TypedResults.Ok(await reports.ReviewAsync(await me.GetAsync(ct), new ReviewReportRequest(id, body.Decision, body.Comment), ct));

    /// <summary>GET /api/report-history?task=plan/seq (or project=) (`report history --json`).</summary>
    public static async Task<Ok<SubjectHistory>> ReportHistory(string? task, string? project, CurrentActor me, ProgressReportService reports, CancellationToken ct) =>
        TypedResults.Ok(await reports.HistoryAsync(await me.GetAsync(ct), task, project, ct));

    /// <summary>GET /api/departments[?jurisdiction=code] (`departments --json`).</summary>
    public static async Task<Ok<IReadOnlyList<DepartmentView>>> ListDepartments(string? jurisdiction, DepartmentDirectory departments, CancellationToken ct) =>
        TypedResults.Ok(await departments.ListAsync(jurisdiction, ct));

    /// <summary>The body of POST /api/departments.</summary>
    public sealed record DepartmentBody(string? Jurisdiction, string? Name);

    /// <summary>POST /api/departments {jurisdiction, name} (`departments add`).</summary>
    public static async Task<Created<DepartmentView>> AddDepartment([FromBody] DepartmentBody body, CurrentActor me, DepartmentDirectory departments, CancellationToken ct)
    {
        var d = await departments.AddAsync(await me.GetAsync(ct), body.Jurisdiction, body.Name, ct);
        return TypedResults.Created($"/api/departments?jurisdiction={d.JurisdictionCode}", d);
    }

    /// <summary>GET /api/users (`users list --json`).</summary>
    public static async Task<Ok<IReadOnlyList<UserView>>> ListUsers(CurrentActor me, UserAdministration users, CancellationToken ct) =>
        TypedResults.Ok(await users.ListAsync(await me.GetAsync(ct), ct));

    /// <summary>POST /api/users {userName, displayName, role, jurisdiction, department, password} (`users add`).</summary>
    public static async Task<Created<AddedUser>> AddUser([FromBody] AddUserRequest body, CurrentActor me, UserAdministration users, CancellationToken ct)
    {
        var added = await users.AddAsync(await me.GetAsync(ct), body, ct);
        return TypedResults.Created("/api/users", added);
    }

    /// <summary>POST /api/users/{userName}/disable (`users disable`).</summary>
    public static async Task<Ok<UserView>> DisableUser(string userName, CurrentActor me, UserAdministration users, CancellationToken ct) =>
        TypedResults.Ok(await users.SetDisabledAsync(await me.GetAsync(ct), userName, true, ct));

    /// <summary>POST /api/users/{userName}/enable (`users enable`).</summary>
    public static async Task<Ok<UserView>> EnableUser(string userName, CurrentActor me, UserAdministration users, CancellationToken ct) =>
        TypedResults.Ok(await users.SetDisabledAsync(await me.GetAsync(ct), userName, false, ct));

    /// <summary>GET /api/audit-log[?type=report|user|department] (`audit-log --json`).</summary>
    public static async Task<Ok<IReadOnlyList<AuditEntryView>>> AuditLog(string? type, CurrentActor me, AuditTrail audit, CancellationToken ct) =>
        TypedResults.Ok(await audit.LogAsync(await me.GetAsync(ct), type, ct: ct));
}

/// <summary>The signed-in user as the application layer's <see cref="Actor"/> (looked up once per request).</summary>
public sealed class CurrentActor(IHttpContextAccessor http, ActorDirectory actors)
{
    private Actor? actor;

    public async Task<Actor> GetAsync(CancellationToken ct = default)
    {
        if (actor is not null) return actor;
        var id = SignInWeb.UserId(http.HttpContext!.User)
            ?? throw new ApplicationInputException(ErrorCode.Forbidden, Actor.UserField, AppText.NotSignedIn());
        return actor = await actors.ByIdAsync(id, ct);
    }
}
