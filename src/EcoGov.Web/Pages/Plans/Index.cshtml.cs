using EcoGov.Application.Plans;
using Microsoft.AspNetCore.Mvc.RazorPages;
using EcoGov.Core.Plans;

namespace EcoGov.Web.Pages.Plans;

/// <summary>规划一览 (/Plans): every plan with its counts — the home page before the dashboard (issue 13) took its place.</summary>

public sealed class IndexModel(PlanCatalogService plans) : PageModel
{
    public IReadOnlyList<PlanSummary> Plans { get; private set; } = [];
    public int DocumentCount { get; private set; }

    public async Task OnGetAsync()
    {
        Plans = await plans.PlanSummariesAsync(HttpContext.RequestAborted);
        DocumentCount = (await plans.DocumentsAsync(HttpContext.RequestAborted)).Count(d => !PlanWorkbookService.IsImportDocument(d.Id));
    }
}
