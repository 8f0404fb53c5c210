using System.Text;
using EcoGov.Documents.Audit;

namespace EcoGov.Application.Audit;

/// <summary>A document to audit as it arrived: its name (for the report) and its bytes, read in memory by the host.</summary>
public sealed record DocumentAuditRequest(string? Name, byte[]? Content);

/// <summary>
/// 规划自查 of a document not imported (<c>audit --file</c>, POST /api/audit): UTF-8 plain text of at most
/// <see cref="MaxBytes"/>, audited by <see cref="PlanTextAuditor"/>; the report has the shape of the plan audit's.
/// A refusal names the field <c>file</c>.
/// </summary>
public static class DocumentAuditService
{
    public const string FileField = "file";

    /// <summary>The largest document accepted (5 MB; the longest seed plan is under 1 MB).</summary>
    public const int MaxBytes = 5 * 1024 * 1024;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Reads a file named on the command line: it must exist and hold at most <see cref="MaxBytes"/>.</summary>
    public static DocumentAuditRequest ReadFile(string? path)
    {
        if (RequestValues.Absent(path))
            throw new ApplicationInputException(ErrorCode.Required, FileField, AppText.DocumentFileIsRequired());
        FileInfo info;
        try { info = new FileInfo(path!); }
        catch (Exception e) when (e is ArgumentException or NotSupportedException or PathTooLongException)
        {
            throw new ApplicationInputException(ErrorCode.InvalidValue, FileField, AppText.InvalidPath(path));
        }
        if (!info.Exists)
            throw new ApplicationInputException(ErrorCode.NotFound, FileField, AppText.FileNotFoundAt(path));
        if (info.Length > MaxBytes)
            throw new ApplicationInputException(ErrorCode.OutOfRange, FileField, AppText.FileIsLargerThanMB(info.Name, MaxBytes / 1024 / 1024));
        try
        {
            // Read with a bound whatever the length said (a file that grows, a device): never more than MaxBytes + 1 bytes.
            using var stream = new FileStream(info.FullName, FileMode.Open, FileAccess.Read, FileShare.Read);
            using var content = new MemoryStream((int)Math.Min(info.Length, MaxBytes));
            var buffer = new byte[81920];
            for (int n; (n = stream.Read(buffer)) > 0;)
            {
                if (content.Length + n > MaxBytes)
                    throw new ApplicationInputException(ErrorCode.OutOfRange, FileField, AppText.FileIsLargerThanMB(info.Name, MaxBytes / 1024 / 1024));
                content.Write(buffer, 0, n);
            }
            return new DocumentAuditRequest(info.Name, content.ToArray());
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ApplicationInputException(ErrorCode.InvalidValue, FileField, AppText.FileCannotBeRead(info.Name, e.GetType().Name));
        }
    }

    /// <summary>The audit of the document: refused when it is missing, too large, not UTF-8 or not text.</summary>
    public static PlanAuditReport Audit(DocumentAuditRequest request)
    {
        var name = DocumentName(request.Name);
        if (request.Content is null)
            throw new ApplicationInputException(ErrorCode.Required, FileField, AppText.DocumentUploadRequired());
        if (request.Content.Length > MaxBytes)
            throw new ApplicationInputException(ErrorCode.OutOfRange, FileField, AppText.FileIsLargerThanMB(name, MaxBytes / 1024 / 1024));
        if (request.Content.Length == 0)
            throw new ApplicationInputException(ErrorCode.InvalidValue, FileField, AppText.FileIsEmpty(name));
        string text;
        try { text = StrictUtf8.GetString(request.Content); }
        catch (DecoderFallbackException)
        {
            throw new ApplicationInputException(ErrorCode.InvalidValue, FileField, AppText.FileIsNotUTFText(name));
        }
        if (text.Length > 0 && text[0] == '\uFEFF') text = text[1..];
        if (text.Any(c => c == '\0' || (char.IsControl(c) && c is not '\t' and not '\n' and not '\r' and not '\f')))
            throw new ApplicationInputException(ErrorCode.InvalidValue, FileField, AppText.FileIsNotPlainTextControl(name));
        var doc = new PlanTextDocument(name, text);
        var findings = PlanTextAuditor.Audit(doc)
            .Select(f => new PlanAuditFinding(Severity(f.Level), f.Kind, f.Message, new AuditWhere(name, f.Section, f.Line)))
            .OrderBy(f => f.Severity).ThenBy(f => f.Where.Line).ToList();
        return PlanAuditReport.Of(null, name, findings);
    }

    /// <summary>The name the report gives the document: the file name without folders or control characters, at most 120 characters.</summary>
    public static string DocumentName(string? name)
    {
        var clean = new string([.. Path.GetFileName((name ?? "").Replace('\\', '/')).Where(c => !char.IsControl(c))]).Trim();
        if (clean.Length > 120) clean = clean[..120];
        return clean.Length == 0 ? "document.txt" : clean;
    }

    internal static AuditSeverity Severity(TextAuditLevel level) => level switch
    {
        TextAuditLevel.Error => AuditSeverity.Error,
        TextAuditLevel.Warning => AuditSeverity.Warning,
        _ => AuditSeverity.Info,
    };
}
