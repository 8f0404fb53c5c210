using System.Security.Cryptography;
using System.Text;
using EcoGov.Application.Plans;
using EcoGov.Core.Plans;
using EcoGov.Core.Supervision;
using EcoGov.Core.Tasks;
using EcoGov.Data;
using EcoGov.Data.Queries;
using EcoGov.Documents.Audit;
using Microsoft.EntityFrameworkCore;

namespace EcoGov.Application.Audit;

/// <summary>Where a finding is: the source document, its section and line.</summary>
public sealed record AuditWhere(string Document, string Section, int Line);

/// <summary>How serious a finding is; an error makes `audit` exit 1.</summary>
public enum AuditSeverity { Error, Warning, Info }

/// <summary>One finding of the plan audit: its severity, <c>kind</c> (a finding kind of the extraction, or one of the audit's own), a message, where it is.</summary>
public sealed record PlanAuditFinding(AuditSeverity Severity, string Kind, string Message, AuditWhere Where);

/// <summary>
/// The audit of one plan (<c>plan</c> its id) or of a document not imported (<c>plan</c> null, <c>document</c> its file
/// name): its findings, errors first, and whether any is an error (the CLI then exits 1).
/// </summary>
public sealed record PlanAuditReport(string? Plan, string Document, int Errors, int Warnings, int Infos, IReadOnlyList<PlanAuditFinding> Findings)
{
    public bool HasErrors => Errors > 0;

    /// <summary>The report of these findings, counted by severity.</summary>
    public static PlanAuditReport Of(string? plan, string document, IReadOnlyList<PlanAuditFinding> findings) =>
        new(plan, document, findings.Count(f => f.Severity == AuditSeverity.Error), findings.Count(f => f.Severity == AuditSeverity.Warning),
            findings.Count(f => f.Severity == AuditSeverity.Info), findings);
}

/// <summary>
/// 规划自查 (issue 10 item 4): EcoGov's check of a plan document held in the platform. One mechanism with the
/// extraction's findings — they are the audit's output for the seed documents (the document contradicting itself or
/// damaged: error; ambiguous, repeated or unreadable: warning) — plus what the extracted data show: measures and targets
/// stated only in the running text, with no row in the plan's ledger or indicator table (info), deadlines the reader
/// cannot understand (warning), table labels shifted against their rows and lead units that are not departments
/// (<see cref="PlanDataChecks"/>), and the chapters the 目录 lists that the body lacks (the text audit's contents check,
/// <see cref="PlanTextAuditor.ContentsAgainstBody"/>, run on the plan's source text when it is at hand and unchanged).
/// </summary>
public sealed class PlanAuditService(PlanCatalogService plans, EcoGovDbContext? db = null, EcoGovPaths? paths = null)
{
    /// <summary>The service over a store (the CLI's; the web's comes from its services).</summary>
    public static PlanAuditService For(PlanCatalog catalog, EcoGovDbContext db, EcoGovPaths paths) => new(new PlanCatalogService(catalog), db, paths);

    public async Task<PlanAuditReport> AuditAsync(PlanRequest request, CancellationToken ct = default)
    {
        var plan = await plans.PlanAsync(request, ct);
        var document = plan.Source.Document;
        var findings = new List<PlanAuditFinding>();
        foreach (var (_, f) in (await plans.FindingsAsync(ct)).Where(f => f.DocumentId == document))
            findings.Add(new PlanAuditFinding(Severity(f.Kind), EnumText.Camel(f.Kind), f.Message, Where(f.Source)));
        var tasks = await plans.TasksAsync(request, ct);
        foreach (var t in tasks)
        {
            if (t.FromProse)
                findings.Add(new PlanAuditFinding(AuditSeverity.Info, "proseOnlyMeasure",
                    $"正文措施没有对应的台账行，已作为第 {t.Seq} 项任务录入：{Cut(t.Text)}", Where(t.Source)));
            if (t.Deadline is { Kind: DeadlineKind.Unparsed } d)
                findings.Add(new PlanAuditFinding(AuditSeverity.Warning, "unparsedDeadline", $"第 {t.Seq} 项任务的完成时限“{d.Text}”无法解读，原文保留", Where(t.Source)));
        }
        foreach (var i in (await plans.IndicatorsAsync(request, ct)).Where(i => i.FromProse))
            findings.Add(new PlanAuditFinding(AuditSeverity.Info, "proseOnlyTarget", $"正文目标没有列入指标表，已作为第 {i.Seq} 项指标录入：{i.Name}", Where(i.Source)));
        var projects = await plans.ProjectsAsync(request, ct);
        findings.AddRange(PlanDataChecks.ShiftedLabels(projects));
        findings.AddRange(PlanDataChecks.LeadUnits(tasks, projects, await DepartmentsAsync(plan.JurisdictionCode, ct)));
        findings.AddRange(Contents(document, await plans.DocumentsAsync(ct)));
        var ordered = findings.OrderBy(f => f.Severity).ThenBy(f => f.Where.Line).ToList();
        return PlanAuditReport.Of(plan.Id, document, ordered);
    }

    /// <summary>The active departments of the jurisdiction, normalised; null without a store (the check is then not made).</summary>
    private async Task<IReadOnlySet<string>?> DepartmentsAsync(string jurisdiction, CancellationToken ct) =>
        db is null ? null
            : (await db.Departments.AsNoTracking().Where(d => d.JurisdictionCode == jurisdiction && d.IsActive).Select(d => d.Name).ToListAsync(ct))
                .Select(DepartmentNames.Normalize).ToHashSet(StringComparer.Ordinal);

    /// <summary>
    /// The contents check on the plan's source text (data/seed/documents): the file the store names, read only when its
    /// name is a bare file name and its SHA-256 is the one imported; otherwise an info finding says the check was not made.
    /// </summary>
    private IEnumerable<PlanAuditFinding> Contents(string document, IReadOnlyList<SourceDocument> documents)
    {
        if (paths is null) return [];
        var source = documents.FirstOrDefault(d => d.Id == document);
        if (source is null) return [];
        var dir = Path.Combine(paths.SeedDirectory, "documents");
        var file = Path.Combine(dir, source.FileName);
        byte[]? bytes = null;
        if (Path.GetFileName(source.FileName) == source.FileName && File.Exists(file) && new FileInfo(file).Length <= DocumentAuditService.MaxBytes)
            bytes = File.ReadAllBytes(file);
        if (bytes is null || !string.Equals(Convert.ToHexString(SHA256.HashData(bytes)), source.Sha256, StringComparison.OrdinalIgnoreCase))
            return [new PlanAuditFinding(AuditSeverity.Info, "sourceTextUnavailable",
                $"找不到与导入时一致的原文 {source.FileName}，未核对目录与正文。", new AuditWhere(document, "目录", 1))];
        var text = new PlanTextDocument(source.FileName, Encoding.UTF8.GetString(bytes));
        return PlanTextAuditor.ContentsAgainstBody(text).Select(f => new PlanAuditFinding(DocumentAuditService.Severity(f.Level), f.Kind, f.Message,
            new AuditWhere(document, f.Section, f.Line)));
    }

    private static AuditSeverity Severity(FindingKind kind) => kind switch
    {
        FindingKind.Inconsistent or FindingKind.Damaged => AuditSeverity.Error,
        _ => AuditSeverity.Warning,
    };

    private static AuditWhere Where(Core.Provenance p) => new(p.Document, p.Section, p.Line);

    private static string Cut(string text) => text.Length <= 40 ? text : text[..40] + "…";
}
