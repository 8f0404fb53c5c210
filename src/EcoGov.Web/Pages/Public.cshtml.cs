using EcoGov.Application;
using EcoGov.Application.Public;
using EcoGov.Application.Zoning;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace EcoGov.Web.Pages;

/// <summary>
/// 公众选址预判 at /public: anonymous (EcoGovWebApp's conventions) and rate-limited (<see cref="PublicWeb"/>). A GET form —
/// the pre-check reads only, so the address can be shared and no antiforgery token is involved — with a location
/// ("经度,纬度", typed or clicked on the map) and an industry code, answered by <see cref="PublicPrecheckService"/> (which calls
/// the signed-in 选址研判's own operation); the city's published air figures; handler Map, the public map's data.
/// </summary>
[EnableRateLimiting(PublicWeb.RateLimitPolicy)]
public sealed class PublicModel(PublicPrecheckService service, SiteAssessmentService siting) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Location { get; set; }
    [BindProperty(SupportsGet = true)] public string? Industry { get; set; }

    public PublicPrecheckResult? Result { get; private set; }
    public ApplicationError? Error { get; private set; }
    public PublicAirFigures Air { get; private set; } = null!;

    public async Task OnGetAsync()
    {
        var ct = HttpContext.RequestAborted;
        Air = await service.AirFiguresAsync(siting.Today(), ct);
        // Only a submitted form (either field in the query) is checked: the first visit shows no error.
        if (!Request.Query.ContainsKey("location") && !Request.Query.ContainsKey("industry")) return;
        try { Result = await service.PrecheckAsync(new PublicPrecheckRequest(Location, Industry), ct); }
        catch (ApplicationInputException e) { Error = e.Error; }
    }

    /// <summary>GET /public?handler=Map: the city's boundary and the unit layer in force, unit code/name/class/county only.</summary>
    public async Task<IActionResult> OnGetMapAsync() => File(await service.MapJsonAsync(HttpContext.RequestAborted), "application/json; charset=utf-8");

    /// <summary>The error of a field, for the control that shows it.</summary>
    public string? ErrorFor(string field) => Error?.Field == field ? Error.Message : null;
}
