using System.Globalization;
using EcoGov.Application;
using EcoGov.Application.Plans;
using EcoGov.Application.Progress;
using EcoGov.Core.Plans;
using EcoGov.Core.Progress;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EcoGov.Web.Pages;

/// <summary>目标进度: a plan's targets against the stored monitoring data (<see cref="PlanProgressService"/>, as `progress --from-store`).</summary>
public sealed class ProgressModel(PlanCatalogService plans, PlanProgressService progress) : PageModel
{
    public IReadOnlyList<Plan> Plans { get; private set; } = [];
    [BindProperty(SupportsGet = true)] public string? Plan { get; set; }
    [BindProperty(SupportsGet = true)] public int? Year { get; set; }
    public Plan? Selected { get; private set; }
    public object? Report { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        var ct = HttpContext.RequestAborted;
        Plans = await plans.PlansWithTargetsAsync(ct);
        Plan ??= Plans.FirstOrDefault()?.Id;
        if (Plan is null) return Page();
        try
        {
            var selection = await progress.CheckAsync(new PlanProgressRequest(Plan, Year), ct);
            Selected = selection.Plan;
            Report = await progress.FromStoreAsync(selection, ct);
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
