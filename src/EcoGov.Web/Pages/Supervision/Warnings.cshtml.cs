using EcoGov.Application.Plans;
using EcoGov.Application.Supervision;
using Microsoft.AspNetCore.Mvc;

namespace EcoGov.Web.Pages.Supervision;

/// <summary>预警研判 the units the plan's warning rule names on a day, with levels, reasons and evidence (issue 10, first step).</summary>
public sealed class WarningsModel(CurrentActor me, WarningService warnings, PlanCatalogService plans) : SupervisionPage(me)
{
    [BindProperty(SupportsGet = true)] public string? Plan { get; set; }
    [BindProperty(SupportsGet = true)] public string? AsOf { get; set; }
    public IReadOnlyList<Core.Plans.Plan> Plans { get; private set; } = [];
    public WarningReport? Report { get; private set; }

    public Task<IActionResult> OnGetAsync() => Guard(async () =>
    {
        Plans = [.. plans.PlanSummaries().Where(p => p.Tasks > 0).Select(p => p.Plan)];
        Plan ??= Plans.FirstOrDefault()?.Id;
        Report = await warnings.CandidatesAsync(await ActorAsync(), new WarningsRequest(Plan, AsOf), HttpContext.RequestAborted);
        AsOf = Report.AsOf;
        return Page();
    });
}
