using EcoGov.Application;
using EcoGov.Application.Audit;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace EcoGov.Web;

/// <summary>
/// POST /api/audit: 规划自查 of a plain-text document not imported (`audit --file DOCUMENT.txt --json`), uploaded as
/// multipart/form-data in the field <c>file</c> (the first file of the form when none is named so). The request is bounded
/// (<see cref="MaxRequestBytes"/>), the file is read in memory (never written) and refused like the CLI refuses it:
/// 400 problem+json naming the field <c>file</c>.
/// </summary>
public static class AuditApi
{
    /// <summary>The largest request: the document (<see cref="DocumentAuditService.MaxBytes"/>) and the form around it.</summary>
    public const int MaxRequestBytes = DocumentAuditService.MaxBytes + 64 * 1024;

    public static void MapAuditApi(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api").RequireAuthorization().WithApplicationProblems().WithTags("Audit")
            // multipart/form-data read by the handler; with the antiforgery header (ApiAntiforgery) like every POST.
            .MapPost("/audit", AuditDocument).WithName(nameof(AuditDocument))
            .Accepts<AuditDocumentForm>("multipart/form-data")
            .ProducesApplicationProblems()
            .WithMetadata(new RequestSizeLimitAttribute(MaxRequestBytes), new RequestFormLimitsAttribute { MultipartBodyLengthLimit = MaxRequestBytes });
    }

    private static readonly FormOptions FormLimits = new()
    {
        MultipartBodyLengthLimit = MaxRequestBytes,
        MemoryBufferThreshold = MaxRequestBytes,
        BufferBodyLengthLimit = MaxRequestBytes,
        ValueCountLimit = 16,
    };

    /// <summary>The form of POST /api/audit: the document in <c>file</c>.</summary>
    public sealed record AuditDocumentForm(IFormFile? File);

    /// <summary>POST /api/audit (multipart/form-data, the document in <c>file</c>): the audit report, as `audit --file --json`.</summary>
    public static async Task<Ok<PlanAuditReport>> AuditDocument(HttpRequest request, CancellationToken ct)
    {
        if (!request.HasFormContentType)
            throw new ApplicationInputException(ErrorCode.InvalidValue, DocumentAuditService.FileField, AppText.UploadFileAsMultipart());
        // The whole form in memory (the buffer threshold is the limit), so no part of an upload is spooled to disk.
        var form = await ReadFormAsync(request, ct);
        var file = form.Files.GetFile(DocumentAuditService.FileField) ?? form.Files.FirstOrDefault();
        return TypedResults.Ok(DocumentAuditService.Audit(await Read(file, ct)));
    }

    /// <summary>
    /// The form, bounded: a body past the limits is refused naming the field <c>file</c> (400 problem details), as the CLI
    /// refuses a file too large — not a bare 413 or 500.
    /// </summary>
    public static async Task<IFormCollection> ReadFormAsync(HttpRequest request, CancellationToken ct)
    {
        try
        {
            return await request.ReadFormAsync(FormLimits, ct);
        }
        catch (Exception e) when (e is InvalidDataException or BadHttpRequestException or IOException)
        {
            throw new ApplicationInputException(ErrorCode.OutOfRange, DocumentAuditService.FileField,
                AppText.UploadTooLargeOrMalformed(DocumentAuditService.MaxBytes / 1024 / 1024));
        }
    }

    /// <summary>The uploaded document as an audit request (the page's and the API's), bounded as it is read.</summary>
    public static async Task<DocumentAuditRequest> Read(IFormFile? file, CancellationToken ct)
    {
        if (file is null || file.Length == 0) return new DocumentAuditRequest(file?.FileName, file is null ? null : []);
        var (bytes, error) = await ZoningWeb.ReadUpload(file, DocumentAuditService.MaxBytes, ct);
        if (error is not null) throw new ApplicationInputException(ErrorCode.InvalidValue, DocumentAuditService.FileField, error);
        return new DocumentAuditRequest(file.FileName, bytes);
    }
}
