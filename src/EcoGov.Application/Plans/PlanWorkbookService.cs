using System.Security.Cryptography;
using System.Text.Json.Serialization;
using EcoGov.Application.Supervision;
using EcoGov.Core.Plans;
using EcoGov.Core.Supervision;
using EcoGov.Core.Text;
using EcoGov.Data;
using EcoGov.Data.Plans;
using EcoGov.Data.Queries;
using EcoGov.Ingest.Plans;
using EcoGov.Reports.Plans;

namespace EcoGov.Application.Plans;

/// <summary>
/// `plan import FILE [--replace] --user U` / POST /api/plans/import: the workbook at <paramref name="File"/> (a path the
/// host holds; the web's upload saved to a temporary file), <paramref name="FileName"/> the name the user gave it (the
/// provenance names it; the path's name when absent), <paramref name="Replace"/> to replace an existing plan's contents.
/// </summary>
public sealed record PlanImportRequest(string? File, string? FileName = null, bool Replace = false)
{
    public const string FileField = "file";
}

/// <summary>One problem of a refused workbook: sheet, row (0: the sheet as a whole), column header, message.</summary>
public sealed record PlanWorkbookErrorDto(string Sheet, int Row, string? Column, string Message);

/// <summary>What a plan workbook import did; in JSON "created", "replaced" or "rejected".</summary>
[JsonConverter(typeof(JsonStringEnumConverter<PlanImportStatus>))]
public enum PlanImportStatus
{
    /// <summary>A new plan was stored.</summary>
    [JsonStringEnumMemberName("created")] Created,
    /// <summary>The plan existed and <c>--replace</c> (<c>replace=true</c>) was given: its records were replaced.</summary>
    [JsonStringEnumMemberName("replaced")] Replaced,
    /// <summary>The workbook had errors, or the plan exists and no replacement was asked: nothing stored.</summary>
    [JsonStringEnumMemberName("rejected")] Rejected,
}

/// <summary>
/// What an import did: <see cref="PlanImportStatus"/> (<see cref="PlanImportStatus.Rejected"/>:
/// nothing stored; <see cref="Errors"/> lists the problems — at most <see cref="PlanWorkbookService.MaxReportedErrors"/>,
/// <see cref="ErrorCount"/> is the total). <see cref="Document"/> is the import's source document id, which every record's
/// provenance names with its sheet and row.
/// </summary>
public sealed record PlanImportReport(
    PlanImportStatus Status, string File, string? Plan, string? Title, string? Document,
    int Indicators, int Targets, int Tasks, int Projects, int AirTargets, int SectionTargets,
    int ErrorCount, IReadOnlyList<PlanWorkbookErrorDto> Errors)
{
    /// <summary>The status as JSON writes it: created, replaced, rejected (the CLI's English word for it too).</summary>
    [JsonIgnore]
    public string StatusCode => JsonNames.Of(Status);
}

/// <summary>
/// 规划工作簿 (issue 11 item 6; docs/plan-workbook.md): any plan exported as the .xlsx template, and a filled-in template
/// imported as a new plan, or as the new contents of an existing one (<c>--replace</c>; the model has no plan versions:
/// the replacement is recorded in the audit trail with the old and new record counts). The workbook is read and checked
/// row by row in <see cref="PlanWorkbookReader"/> (every problem, with sheet, row and column); then here the jurisdiction
/// must exist, the acting user must be the administrator or a plan office of the plan's jurisdiction or above
/// (<see cref="SupervisionAction.ImportPlan"/>, for the old jurisdiction too when replacing), and an existing plan id
/// needs <c>--replace</c>. Nothing is stored unless everything passes; the records and the audit entry are written in one
/// transaction.
/// </summary>
public sealed class PlanWorkbookService(EcoGovDbContext db, PlanCatalog catalog, AuditTrail audit)
{
    /// <summary>How many errors a report carries (the count is always the total).</summary>
    public const int MaxReportedErrors = 1000;

    /// <summary>The largest workbook read (<see cref="PlanWorkbookLayout.MaxFileBytes"/>), for the hosts' upload bounds.</summary>
    public const int MaxFileBytes = (int)PlanWorkbookLayout.MaxFileBytes;

    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /// <summary>Whether a source document is a workbook import (<c>wb-…</c>) rather than a seed document.</summary>
    public static bool IsImportDocument(string documentId) => ImportedPlanStore.IsImportDocument(documentId);

    /// <summary>The plan as the template workbook, offered as <c>ID.xlsx</c>.</summary>
    public async Task<RenderedFile> ExportAsync(PlanRequest request, CancellationToken ct = default)
    {
        if (RequestValues.Absent(request.Plan))
            throw new ApplicationInputException(ErrorCode.Required, PlanRequest.PlanField, AppText.PlanIdIsRequired());
        var id = request.Plan!.Trim();
        var plan = await catalog.PlanAsync(id, ct) ?? throw new ApplicationInputException(ErrorCode.NotFound, PlanRequest.PlanField,
            AppText.NoSuchPlan(UserText.Quote(id), string.Join(", ", (await catalog.PlansAsync(ct)).Select(p => p.Id))));
        var content = new PlanWorkbookContent(plan, await catalog.IndicatorsAsync(id, ct) ?? [], await catalog.TasksAsync(id, ct) ?? [],
            await catalog.ProjectsAsync(id, ct) ?? [], await catalog.AirTargetsAsync(id, ct) ?? [], await catalog.SectionTargetsAsync(id, ct) ?? []);
        using var ms = new MemoryStream();
        PlanWorkbookWriter.Write(ms, content);
        return new RenderedFile(ms.ToArray(), ContentType, plan.Id + ".xlsx");
    }

    public async Task<PlanImportReport> ImportAsync(Actor actor, PlanImportRequest request, CancellationToken ct = default)
    {
        // Only these roles may import anywhere; refused before the file is read.
        if (actor.Role is not (UserRole.Administrator or UserRole.PlanOffice)) AccessPolicy.Demand(actor, SupervisionAction.ImportPlan, []);
        if (RequestValues.Absent(request.File))
            throw new ApplicationInputException(ErrorCode.Required, PlanImportRequest.FileField, AppText.WorkbookFileIsRequired());
        var path = request.File!;
        var fileName = Path.GetFileName(RequestValues.Absent(request.FileName) ? path : request.FileName!.Trim());
        if (fileName.Length > 200 || fileName.Any(UserText.IsControl))
            throw new ApplicationInputException(ErrorCode.InvalidValue, PlanImportRequest.FileField,
                AppText.FileNameInvalid(UserText.Quote(fileName)));
        if (!fileName.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase))
            throw new ApplicationInputException(ErrorCode.InvalidValue, PlanImportRequest.FileField,
                AppText.NotXlsxFile(UserText.Quote(fileName)));
        if (!System.IO.File.Exists(path))
            throw new ApplicationInputException(ErrorCode.NotFound, PlanImportRequest.FileField, AppText.FileNotFound(UserText.Quote(fileName)));

        string sha;
        await using (var f = System.IO.File.OpenRead(path)) sha = Convert.ToHexStringLower(await SHA256.HashDataAsync(f, ct));
        var documentId = ImportedPlanStore.DocumentPrefix + sha[..16];
        PlanWorkbookRead read;
        try
        {
            read = PlanWorkbookReader.Read(path, documentId);
        }
        catch (PlanWorkbookFileException e)
        {
            throw new ApplicationInputException(ErrorCode.InvalidValue, PlanImportRequest.FileField, AppMessage.Verbatim(e.Text));
        }
        if (read.Content is not { } content) return Reject(fileName, read.Errors);

        var plan = content.Plan;
        var codeRow = read.PlanRows.GetValueOrDefault(PlanWorkbookLayout.PlanJurisdiction);
        var chain = await catalog.AncestorsAndSelfAsync(plan.JurisdictionCode, ct);
        if (chain is null)
            return Reject(fileName, [new(PlanWorkbookLayout.PlanSheet, codeRow, PlanWorkbookLayout.PlanJurisdiction,
                AppText.JurisdictionNotInPlatform(plan.JurisdictionCode))]);
        AccessPolicy.Demand(actor, SupervisionAction.ImportPlan, chain);

        var store = new ImportedPlanStore(db);
        var existing = await catalog.PlanAsync(plan.Id, ct);
        if (existing is not null)
        {
            if (!request.Replace)
                return Reject(fileName, [new(PlanWorkbookLayout.PlanSheet, plan.Source.Line, PlanWorkbookLayout.PlanId,
                    AppText.PlanExistsUseReplace(plan.Id))]);
            if (existing.JurisdictionCode != plan.JurisdictionCode)
                AccessPolicy.Demand(actor, SupervisionAction.ImportPlan, await catalog.AncestorsAndSelfAsync(existing.JurisdictionCode, ct) ?? []);
        }

        var data = new SeedDocumentData
        {
            Document = new SourceDocument(documentId, fileName, $"工作簿导入：{fileName}", sha),
            Plans = [plan],
            Indicators = content.Indicators,
            Tasks = content.Tasks,
            Projects = content.Projects,
            AirTargets = content.AirTargets,
            SectionTargets = content.SectionTargets,
        };
        var targets = content.Indicators.Sum(i => i.Targets.Count + i.Observed.Count);
        var counts = $"指标 {content.Indicators.Count}（目标与现状 {targets}），任务 {content.Tasks.Count}，工程 {content.Projects.Count}，月度目标 {content.AirTargets.Count}，断面目标 {content.SectionTargets.Count}";
        return await audit.InTransactionAsync(async () =>
        {
            var old = await store.HoldingAsync(plan.Id, ct);
            if (old is not null) await store.DeletePlanRecordsAsync(plan.Id, ct);
            await store.AddAsync(data, ct);
            audit.Add(actor, old is null ? "plan.import" : "plan.replace", "plan", plan.Id,
                new AuditChange("file", null, $"{fileName}（{documentId}，SHA-256 {sha}）"),
                new AuditChange("records", old is null ? null
                    : $"来源 {old.DocumentId}：指标 {old.Indicators}，任务 {old.Tasks}，工程 {old.Projects}，月度目标 {old.AirTargets}，断面目标 {old.SectionTargets}",
                    counts));
            return new PlanImportReport(old is null ? PlanImportStatus.Created : PlanImportStatus.Replaced, fileName, plan.Id, plan.Title,
                documentId, content.Indicators.Count, targets, content.Tasks.Count, content.Projects.Count, content.AirTargets.Count,
                content.SectionTargets.Count, 0, []);
        }, ct);
    }

    private static PlanImportReport Reject(string file, IReadOnlyList<PlanWorkbookError> errors) =>
        new(PlanImportStatus.Rejected, file, null, null, null, 0, 0, 0, 0, 0, 0, errors.Count,
            [.. errors.Take(MaxReportedErrors).Select(e => new PlanWorkbookErrorDto(e.Sheet, e.Row, e.Column, e.Message))]);

    /// <summary>The error lines a host prints: the first <see cref="UserText.MaxListedErrors"/> and the total.</summary>
    public static IReadOnlyList<string> ErrorLines(PlanImportReport report) =>
        UserText.FirstLines(report.Errors.Select(e => new PlanWorkbookError(e.Sheet, e.Row, e.Column, e.Message).ToString()), report.ErrorCount);
}
