using EcoGov.Application;
using EcoGov.Application.Plans;
using EcoGov.Core.Jurisdictions;
using EcoGov.Core.Zoning;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EcoGov.Web.Pages;

/// <summary>行政区: the jurisdictions, and for one (?code=) its access list and unit statistics (<see cref="PlanCatalogService.JurisdictionAsync"/>); an unknown code is 404.</summary>
public sealed class JurisdictionsModel(PlanCatalogService plans) : PageModel
{
    public IReadOnlyList<JurisdictionInfo> All { get; private set; } = [];
    public Jurisdiction? Selected { get; private set; }
    public IReadOnlyList<AccessRequirement> Access { get; private set; } = [];
    public IReadOnlyList<UnitStatistics> Stats { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string? code)
    {
        All = await plans.JurisdictionsAsync(HttpContext.RequestAborted);
        if (code is null) return Page();
        try
        {
            (Selected, Access, Stats) = await plans.JurisdictionAsync(new JurisdictionRequest(code), HttpContext.RequestAborted);
        }
        catch (ApplicationInputException e) when (e.Error.Code is ErrorCode.NotFound or ErrorCode.Required)
        {
            return NotFound();
        }
        return Page();
    }
}
