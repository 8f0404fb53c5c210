using EcoGov.Application;
using EcoGov.Application.Plans;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace EcoGov.Web;

/// <summary>
/// The plan workbook (docs/plan-workbook.md): GET /api/plans/{id}/workbook (`plan export`) and POST /api/plans/import
/// (`plan import`), over <see cref="PlanWorkbookService"/>. A refused workbook answers 400 problem details whose
/// <c>errors.file</c> lists the problems as the CLI prints them (the first 20 and the total) and whose <c>report</c> is the
/// object `plan import --json` prints (every problem, up to 1,000); the upload is bounded to <see cref="MaxUploadBytes"/>, written to a temporary file only while it is read.
/// </summary>
public static class PlanWorkbookApi
{
    /// <summary>The largest workbook accepted (the reader's own bound).</summary>
    public const int MaxUploadBytes = PlanWorkbookService.MaxFileBytes;

    public const int MaxRequestBytes = MaxUploadBytes + 64 * 1024;

    private static readonly FormOptions FormLimits = new()
    {
        MultipartBodyLengthLimit = MaxRequestBytes,
        MemoryBufferThreshold = 1024 * 1024,
        BufferBodyLengthLimit = MaxRequestBytes,
        ValueCountLimit = 16,
    };

    public static void MapPlanWorkbookApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api").RequireAuthorization().WithApplicationProblems().WithTags("PlanWorkbook");
        api.MapGet("/plans/{id}/workbook", PlanWorkbookFile).WithName(nameof(PlanWorkbookFile))
            .Produces(StatusCodes.Status200OK, typeof(byte[]), PlanWorkbookService.ContentType)
            .ProducesApplicationProblems(notFound: true);
        // multipart/form-data read by the handler; with the antiforgery header (ApiAntiforgery) like every POST.
        api.MapPost("/plans/import", ImportPlanWorkbook).WithName(nameof(ImportPlanWorkbook))
            .Accepts<PlanImportForm>("multipart/form-data")
            .ProducesApplicationProblems(forbidden: true)
            .WithMetadata(new RequestSizeLimitAttribute(MaxRequestBytes), new RequestFormLimitsAttribute { MultipartBodyLengthLimit = MaxRequestBytes });
    }

    /// <summary>The form of POST /api/plans/import: the workbook in <c>file</c>; <c>replace</c> = true to replace an existing plan's contents.</summary>
    public sealed record PlanImportForm(IFormFile? File, bool? Replace);

    /// <summary>GET /api/plans/{id}/workbook: the plan as the template workbook (`plan export --plan ID --out F.xlsx`).</summary>
    public static async Task<FileContentHttpResult> PlanWorkbookFile(string id, PlanWorkbookService workbooks, CancellationToken ct)
    {
        var file = await workbooks.ExportAsync(new PlanRequest(id), ct);
        return TypedResults.File(file.Content, file.ContentType, file.FileName);
    }

    /// <summary>POST /api/plans/import (`plan import F.xlsx [--replace] --user U --json`).</summary>
    public static async Task<Results<Ok<PlanImportReport>, ValidationProblem>> ImportPlanWorkbook(
        HttpRequest request, CurrentActor me, PlanWorkbookService workbooks, CancellationToken ct)
    {
        if (!request.HasFormContentType)
            throw new ApplicationInputException(ErrorCode.InvalidValue, PlanImportRequest.FileField, AppText.UploadWorkbookAsMultipart());
        var form = await request.ReadFormAsync(FormLimits, ct);
        var replace = form.TryGetValue("replace", out var r) && r.ToString().Trim() is "true" or "on" or "1";
        var report = await ImportUpload(form.Files.GetFile("file") ?? form.Files.FirstOrDefault(), replace, await me.GetAsync(ct), workbooks, ct);
        return report.Status == PlanImportStatus.Rejected ? Rejected(report) : TypedResults.Ok(report);
    }

    /// <summary>An uploaded workbook imported as the acting user: bounded, saved to a temporary file while it is read, then deleted.</summary>
    public static async Task<PlanImportReport> ImportUpload(IFormFile? file, bool replace, Application.Supervision.Actor actor, PlanWorkbookService workbooks, CancellationToken ct)
    {
        if (file is null || file.Length == 0)
            throw new ApplicationInputException(ErrorCode.Required, PlanImportRequest.FileField, AppText.PlanWorkbookUploadRequired());
        var (bytes, error) = await ZoningWeb.ReadUpload(file, MaxUploadBytes, ct);
        if (error is not null) throw new ApplicationInputException(ErrorCode.InvalidValue, PlanImportRequest.FileField, error);
        var path = Path.Combine(Path.GetTempPath(), "ecogov-plan-" + Guid.NewGuid().ToString("N") + ".xlsx");
        try
        {
            await File.WriteAllBytesAsync(path, bytes!, ct);
            return await workbooks.ImportAsync(actor, new PlanImportRequest(path, Path.GetFileName(file.FileName), replace), ct);
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static ValidationProblem Rejected(PlanImportReport report) => TypedResults.ValidationProblem(
        new Dictionary<string, string[]> { [PlanImportRequest.FileField] = [.. PlanWorkbookService.ErrorLines(report)] },
        AppText.WorkbookRejected(report.File, report.ErrorCount).Bilingual,
        title: ApplicationProblems.InvalidInputTitle,
        extensions: new Dictionary<string, object?> { ["code"] = "invalidValue", ["field"] = PlanImportRequest.FileField, ["report"] = report });
}
