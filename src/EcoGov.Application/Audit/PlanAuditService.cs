using EcoGov.Application.Plans;
using EcoGov.Core.Plans;
using EcoGov.Core.Tasks;

namespace EcoGov.Application.Audit;

/// <summary>Where a finding is: the source document, its section and line.</summary>
public sealed record AuditWhere(string Document, string Section, int Line);

/// <summary>How serious a finding is; an error makes `audit` exit 1.</summary>
public enum AuditSeverity { Error, Warning, Info }

/// <summary>One finding of the plan audit: its severity, <c>kind</c> (a finding kind of the extraction, or one of the audit's own), a message, where it is.</summary>
public sealed record PlanAuditFinding(AuditSeverity Severity, string Kind, string Message, AuditWhere Where);

/// <summary>The audit of one plan: its findings, errors first, and whether any is an error (the CLI then exits 1).</summary>
public sealed record PlanAuditReport(string Plan, string Document, int Errors, int Warnings, int Infos, IReadOnlyList<PlanAuditFinding> Findings)
{
    public bool HasErrors => Errors > 0;
}

/// <summary>
/// 规划自查 (issue 10 item 4, first step): EcoGov's check of a plan document held in the platform. One mechanism with the
/// extraction's findings — they are the audit's output for the seed documents (the document contradicting itself or
/// damaged: error; ambiguous, repeated or unreadable: warning) — plus what the extracted data show: measures and targets
/// stated only in the running text, with no row in the plan's ledger or indicator table (info), and deadlines the reader
/// cannot understand (warning).
/// </summary>
public sealed class PlanAuditService(PlanCatalogService plans)
{
    public PlanAuditReport Audit(PlanRequest request)
    {
        var plan = plans.Plan(request);
        var document = plan.Source.Document;
        var findings = new List<PlanAuditFinding>();
        foreach (var (_, f) in plans.Findings().Where(f => f.DocumentId == document))
            findings.Add(new PlanAuditFinding(Severity(f.Kind), EnumText.Camel(f.Kind), f.Message, Where(f.Source)));
        foreach (var t in plans.Tasks(request))
        {
            if (t.FromProse)
                findings.Add(new PlanAuditFinding(AuditSeverity.Info, "proseOnlyMeasure",
                    $"正文措施没有对应的台账行，已作为第 {t.Seq} 项任务录入：{Cut(t.Text)}", Where(t.Source)));
            if (t.Deadline is { Kind: DeadlineKind.Unparsed } d)
                findings.Add(new PlanAuditFinding(AuditSeverity.Warning, "unparsedDeadline", $"第 {t.Seq} 项任务的完成时限“{d.Text}”无法解读，原文保留", Where(t.Source)));
        }
        foreach (var i in plans.Indicators(request).Where(i => i.FromProse))
            findings.Add(new PlanAuditFinding(AuditSeverity.Info, "proseOnlyTarget", $"正文目标没有列入指标表，已作为第 {i.Seq} 项指标录入：{i.Name}", Where(i.Source)));
        var ordered = findings.OrderBy(f => f.Severity).ThenBy(f => f.Where.Line).ToList();
        return new PlanAuditReport(plan.Id, document, ordered.Count(f => f.Severity == AuditSeverity.Error), ordered.Count(f => f.Severity == AuditSeverity.Warning),
            ordered.Count(f => f.Severity == AuditSeverity.Info), ordered);
    }

    private static AuditSeverity Severity(FindingKind kind) => kind switch
    {
        FindingKind.Inconsistent or FindingKind.Damaged => AuditSeverity.Error,
        _ => AuditSeverity.Warning,
    };

    private static AuditWhere Where(Core.Provenance p) => new(p.Document, p.Section, p.Line);

    private static string Cut(string text) => text.Length <= 40 ? text : text[..40] + "…";
}
