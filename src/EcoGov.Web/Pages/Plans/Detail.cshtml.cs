using EcoGov.Application;
using EcoGov.Application.Plans;
using EcoGov.Core.Indicators;
using EcoGov.Core.Plans;
using EcoGov.Core.Projects;
using EcoGov.Core.Tasks;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EcoGov.Web.Pages.Plans;

/// <summary>A plan's page: the plan and its records (<see cref="PlanCatalogService.Detail"/>); an unknown plan is 404.</summary>
public sealed class DetailModel(PlanCatalogService plans) : PageModel
{
    public Plan Plan { get; private set; } = null!;
    public IReadOnlyList<Indicator> Indicators { get; private set; } = [];
    public IReadOnlyList<MonthlyAirTarget> AirTargets { get; private set; } = [];
    public IReadOnlyList<WaterSectionTarget> SectionTargets { get; private set; } = [];
    public IReadOnlyList<PlanTask> Tasks { get; private set; } = [];
    public IReadOnlyList<KeyProject> Projects { get; private set; } = [];
    public IReadOnlyList<StatedTotal> StatedTotals { get; private set; } = [];
    public IReadOnlyList<SeedFinding> Findings { get; private set; } = [];

    /// <summary>The plan's supervision rules, its tasks' recurring duties and unit additions (issue 9 item 1).</summary>
    public PlanSupervisionDto? Supervision { get; private set; }

    public async Task<IActionResult> OnGetAsync(string id)
    {
        try
        {
            (Plan, Indicators, AirTargets, SectionTargets, Tasks, Projects, StatedTotals, Findings) =
                await plans.DetailAsync(new PlanRequest(id), HttpContext.RequestAborted);
            Supervision = await plans.SupervisionAsync(new PlanRequest(id), HttpContext.RequestAborted);
        }
        catch (ApplicationInputException e) when (e.Error.Code is ErrorCode.NotFound or ErrorCode.Required)
        {
            return NotFound();
        }
        return Page();
    }
}
