using EcoGov.Core.Jurisdictions;
using EcoGov.Core.Zoning;
using EcoGov.Data.Queries;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EcoGov.Web.Pages;

public sealed class JurisdictionsModel(PlanCatalog catalog) : PageModel
{
    public IReadOnlyList<JurisdictionInfo> All { get; private set; } = [];
    public Jurisdiction? Selected { get; private set; }
    public IReadOnlyList<AccessRequirement> Access { get; private set; } = [];
    public IReadOnlyList<UnitStatistics> Stats { get; private set; } = [];

    public IActionResult OnGet(string? code)
    {
        All = catalog.Jurisdictions();
        if (code is null) return Page();
        Selected = catalog.Jurisdiction(code);
        if (Selected is null) return NotFound();
        Access = catalog.AccessList(code)!;
        Stats = catalog.UnitStatistics(code)!;
        return Page();
    }
}
