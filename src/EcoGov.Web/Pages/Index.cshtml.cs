using EcoGov.Data.Queries;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EcoGov.Web.Pages;

public sealed class IndexModel(PlanCatalog catalog) : PageModel
{
    public IReadOnlyList<PlanSummary> Plans { get; private set; } = [];
    public int DocumentCount { get; private set; }

    public void OnGet()
    {
        Plans = catalog.PlanSummaries();
        DocumentCount = catalog.Documents().Count;
    }
}
