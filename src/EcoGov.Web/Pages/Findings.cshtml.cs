using EcoGov.Application.Plans;
using EcoGov.Core.Plans;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EcoGov.Web.Pages;

public sealed class FindingsModel(PlanCatalogService plans) : PageModel
{
    public IReadOnlyList<(string DocumentId, SeedFinding Finding)> All { get; private set; } = [];

    public async Task OnGetAsync() => All = await plans.FindingsAsync(HttpContext.RequestAborted);
}
