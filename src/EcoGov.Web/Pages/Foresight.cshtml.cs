using System.Globalization;
using EcoGov.Application;
using EcoGov.Application.Foresight;
using EcoGov.Application.Plans;
using EcoGov.Core;
using EcoGov.Core.Plans;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EcoGov.Web.Pages;

/// <summary>
/// 按目标倒排 of a plan on a date (<see cref="ForesightService"/>, as `foresight --plan ID --as-of D` and
/// /api/plans/{id}/foresight): what the rest of the year must achieve, the projection and the verdict per annual target.
/// </summary>
public sealed class ForesightModel(PlanCatalogService plans, ForesightService foresight, TimeProvider clock) : PageModel
{
    public IReadOnlyList<Plan> Plans { get; private set; } = [];
    [BindProperty(SupportsGet = true)] public string? Plan { get; set; }
    [BindProperty(SupportsGet = true)] public string? AsOf { get; set; }
    public ForesightReportDto? Report { get; private set; }
    public string? Error { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        var ct = HttpContext.RequestAborted;
        Plans = await plans.PlansWithTargetsAsync(ct);
        Plan ??= Plans.FirstOrDefault()?.Id;
        if (Plan is null) return Page();
        AsOf ??= CalendarDate.ToText(ChinaTime.Today(clock));
        try
        {
            Report = await foresight.ComputeAsync(new ForesightRequest(Plan, AsOf), ct);
        }
        catch (ApplicationInputException e) when (e.Error.Code == ErrorCode.NotFound)
        {
            return NotFound();
        }
        catch (ApplicationInputException e)
        {
            // A bad date or a year without annual targets: the message the API and the CLI give, on the page.
            Error = e.Error.MessageIn(CultureInfo.CurrentUICulture);
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }
        return Page();
    }

    public static string Verdict(string verdict) => ForesightVerdicts.Display(verdict);

    /// <summary>The verdict's style, as the progress statuses are coloured (site.css).</summary>
    public static string Css(string verdict) => verdict switch
    {
        "on track" => "onTrack",
        "at risk" => "lagging",
        "already impossible" => "notAchieved",
        _ => "achieved",
    };
}
