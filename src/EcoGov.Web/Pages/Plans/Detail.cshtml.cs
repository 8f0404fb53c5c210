using EcoGov.Core.Indicators;
using EcoGov.Core.Plans;
using EcoGov.Core.Projects;
using EcoGov.Core.Tasks;
using EcoGov.Data.Queries;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EcoGov.Web.Pages.Plans;

public sealed class DetailModel(PlanCatalog catalog) : PageModel
{
    public Plan Plan { get; private set; } = null!;
    public IReadOnlyList<Indicator> Indicators { get; private set; } = [];
    public IReadOnlyList<MonthlyAirTarget> AirTargets { get; private set; } = [];
    public IReadOnlyList<WaterSectionTarget> SectionTargets { get; private set; } = [];
    public IReadOnlyList<PlanTask> Tasks { get; private set; } = [];
    public IReadOnlyList<KeyProject> Projects { get; private set; } = [];
    public IReadOnlyList<StatedTotal> StatedTotals { get; private set; } = [];
    public IReadOnlyList<SeedFinding> Findings { get; private set; } = [];

    public IActionResult OnGet(string id)
    {
        var plan = catalog.Plan(id);
        if (plan is null) return NotFound();
        Plan = plan;
        Indicators = catalog.Indicators(id)!;
        AirTargets = catalog.AirTargets(id)!;
        SectionTargets = catalog.SectionTargets(id)!;
        Tasks = catalog.Tasks(id)!;
        Projects = catalog.Projects(id)!;
        StatedTotals = catalog.StatedTotals(id)!;
        Findings = catalog.Findings(plan.Source.Document).Select(f => f.Finding).ToList();
        return Page();
    }
}
