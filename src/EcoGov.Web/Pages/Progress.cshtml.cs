using EcoGov.Core.Plans;
using EcoGov.Core.Progress;
using EcoGov.Data.Monitoring;
using EcoGov.Data.Queries;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EcoGov.Web.Pages;

/// <summary>目标进度: a plan's targets against the stored monitoring data (as `progress --from-store`).</summary>
public sealed class ProgressModel(PlanCatalog catalog, MonitoringStoreQuery store) : PageModel
{
    public IReadOnlyList<Plan> Plans { get; private set; } = [];
    [BindProperty(SupportsGet = true)] public string? Plan { get; set; }
    [BindProperty(SupportsGet = true)] public int? Year { get; set; }
    public Plan? Selected { get; private set; }
    public object? Report { get; private set; }

    public IActionResult OnGet()
    {
        Plans = catalog.Plans().Where(p => PlanProgressReports.KindOf(catalog, p.Id) != "indicators").ToList();
        Plan ??= Plans.FirstOrDefault()?.Id;
        if (Plan is null) return Page();
        Selected = catalog.Plan(Plan);
        if (Selected is null) return NotFound();
        Report = PlanProgressReports.FromStore(catalog, store, Plan, Year, null);
        return Page();
    }

    public static string Status(ProgressStatus s) => ProgressEvaluator.Display(s);

    public static string Css(ProgressStatus s) => System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(s.ToString());
}
