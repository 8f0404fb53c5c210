using EcoGov.Application.Plans;
using EcoGov.Data.Queries;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EcoGov.Web.Pages.Plans;

/// <summary>规划一览 (/Plans): every plan with its counts — the home page before the dashboard (issue 13) took its place.</summary>

public sealed class IndexModel(PlanCatalogService plans) : PageModel
{
    public IReadOnlyList<PlanSummary> Plans { get; private set; } = [];
    public int DocumentCount { get; private set; }

    public void OnGet()
    {
        Plans = plans.PlanSummaries();
        DocumentCount = plans.Documents().Count(d => !Data.Plans.ImportedPlanStore.IsImportDocument(d.Id));
    }
}
