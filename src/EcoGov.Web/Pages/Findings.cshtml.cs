using EcoGov.Core.Plans;
using EcoGov.Data.Queries;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EcoGov.Web.Pages;

public sealed class FindingsModel(PlanCatalog catalog) : PageModel
{
    public IReadOnlyList<(string DocumentId, SeedFinding Finding)> All { get; private set; } = [];

    public void OnGet() => All = catalog.Findings();
}
