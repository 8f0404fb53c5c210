using EcoGov.Application.Audit;
using EcoGov.Application.Plans;
using EcoGov.Application.Supervision;
using Microsoft.AspNetCore.Mvc;

namespace EcoGov.Web.Pages.Supervision;

/// <summary>
/// 规划自查 the audit of each plan held (the same report as GET /api/plans/{id}/audit) and of a plain-text document
/// uploaded here (as POST /api/audit: bounded, read in memory, never written), findings grouped by severity.
/// </summary>
[RequestSizeLimit(AuditApi.MaxRequestBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = AuditApi.MaxRequestBytes, MemoryBufferThreshold = AuditApi.MaxRequestBytes)]
public sealed class AuditModel(CurrentActor me, PlanCatalogService plans, PlanAuditService audit) : SupervisionPage(me)
{
    [BindProperty(SupportsGet = true)] public string? Plan { get; set; }
    [BindProperty] public IFormFile? Upload { get; set; }
    public IReadOnlyList<Core.Plans.Plan> Plans { get; private set; } = [];
    public PlanAuditReport? Report { get; private set; }

    public Task<IActionResult> OnGetAsync() => Guard(async () =>
    {
        Plans = await plans.PlansAsync(HttpContext.RequestAborted);
        Plan ??= Plans.FirstOrDefault()?.Id;
        if (Plan is not null) Report = await audit.AuditAsync(new PlanRequest(Plan), HttpContext.RequestAborted);
        return Page();
    });

    public Task<IActionResult> OnPostAsync() => Guard(async () =>
    {
        Plans = await plans.PlansAsync(HttpContext.RequestAborted);
        Plan = null;
        Report = DocumentAuditService.Audit(await AuditApi.Read(Upload, HttpContext.RequestAborted));
        return Page();
    });

    /// <summary>The Chinese name of a severity.</summary>
    public static string SeverityText(AuditSeverity s) => s switch
    {
        AuditSeverity.Error => "错误",
        AuditSeverity.Warning => "警告",
        _ => "提示",
    };
}
