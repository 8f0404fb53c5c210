using EcoGov.Application.Plans;
using EcoGov.Core.Plans;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EcoGov.Web.Pages;

public sealed class FindingsModel(PlanCatalogService plans) : PageModel
{
    public IReadOnlyList<(string DocumentId, SeedFinding Finding)> All { get; private set; } = [];

    public void OnGet() => All = plans.Findings();
}
