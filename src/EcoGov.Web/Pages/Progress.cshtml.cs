using System.Globalization;
using EcoGov.Application;
using EcoGov.Application.Progress;
using EcoGov.Core.Plans;
using EcoGov.Core.Progress;
using EcoGov.Data.Queries;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EcoGov.Web.Pages;

/// <summary>目标进度: a plan's targets against the stored monitoring data (<see cref="PlanProgressService"/>, as `progress --from-store`).</summary>
public sealed class ProgressModel(PlanCatalog catalog, PlanProgressService progress) : PageModel
{
    public IReadOnlyList<Plan> Plans { get; private set; } = [];
    [BindProperty(SupportsGet = true)] public string? Plan { get; set; }
    [BindProperty(SupportsGet = true)] public int? Year { get; set; }
    public Plan? Selected { get; private set; }
    public object? Report { get; private set; }

    public IActionResult OnGet()
    {
        Plans = catalog.Plans().Where(p => PlanProgressReports.KindOf(catalog, p.Id) != ProgressReportKind.Indicators).ToList();
        Plan ??= Plans.FirstOrDefault()?.Id;
        if (Plan is null) return Page();
        try
        {
            var selection = progress.Check(new PlanProgressRequest(Plan, Year));
            Selected = selection.Plan;
            Report = progress.FromStore(selection);
        }
        catch (ApplicationInputException e) when (e.Error.Code == ErrorCode.NotFound)
        {
            return NotFound();
        }
        catch (ApplicationInputException e)
        {
            // E.g. a year out of range: refused with the message, as the API and the CLI refuse it.
            return new ContentResult { StatusCode = StatusCodes.Status400BadRequest, Content = e.Error.MessageIn(CultureInfo.CurrentUICulture), ContentType = "text/plain; charset=utf-8" };
        }
        return Page();
    }

    public static string Status(ProgressStatus s) => ProgressEvaluator.Display(s);

    public static string Css(ProgressStatus s) => System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(s.ToString());
}
