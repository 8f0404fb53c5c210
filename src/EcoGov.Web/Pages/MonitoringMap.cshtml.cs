using System.Globalization;
using System.Text.Json;
using EcoGov.Application;
using EcoGov.Application.Dashboard;
using EcoGov.Application.Monitoring;
using EcoGov.Application.Plans;
using EcoGov.Web.Pages.Supervision;
using Microsoft.AspNetCore.Mvc;
using EcoGov.Core.Jurisdictions;

namespace EcoGov.Web.Pages;

/// <summary>
/// 监测点位一张图: the stations and sections of a jurisdiction with their latest values on a day
/// (<see cref="MonitoringMapService"/>, as GET /api/monitoring/map and `monitoring map`), drawn by
/// wwwroot/js/monitoring-map.js from the same JSON in a data attribute over the county boundaries (no tile server), with
/// the same points as tables below the map. The jurisdictions offered are the signed-in user's and those below it (all for
/// a user without one); the first visit shows the user's jurisdiction, or for the administrator the city of the first station.
/// </summary>
public sealed class MonitoringMapModel(CurrentActor me, MonitoringMapService maps, PlanCatalogService plans, DashboardService dashboards)
    : SupervisionPage(me)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    [BindProperty(SupportsGet = true)] public string? Jurisdiction { get; set; }
    [BindProperty(SupportsGet = true)] public string? AsOf { get; set; }

    public MonitoringMapDto? Map { get; private set; }

    /// <summary>The boundaries drawn under the points (GeoJSON): the lowest stored ones within the jurisdiction.</summary>
    public string Boundaries { get; private set; } = """{"type":"FeatureCollection","features":[]}""";

    /// <summary>The jurisdictions to choose from (code, name), by code.</summary>
    public IReadOnlyList<(string Code, string Name)> Choices { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        var actor = await ActorAsync();
        var ct = HttpContext.RequestAborted;
        var all = await plans.JurisdictionsAsync(ct);
        var scope = actor.JurisdictionCode;
        Choices = [.. all.Where(j => scope is null || Core.Jurisdictions.Jurisdiction.IsWithin(j.Jurisdiction.Code, scope))
            .OrderBy(j => j.Jurisdiction.Code, StringComparer.Ordinal).Select(j => (j.Jurisdiction.Code, j.Jurisdiction.Name))];
        if (string.IsNullOrWhiteSpace(Jurisdiction))
            Jurisdiction = scope ?? await DefaultJurisdictionAsync(all, ct) ?? Choices.FirstOrDefault().Code;
        try
        {
            Map = await maps.LatestAsync(new MonitoringMapRequest(Jurisdiction, AsOf), ct);
        }
        catch (ApplicationInputException e)
        {
            // the message the API and the CLI give for the same value
            Response.StatusCode = StatusCodes.Status400BadRequest;
            ErrorMessage = e.Error.MessageIn(CultureInfo.CurrentUICulture);
            return Page();
        }
        var code = Map.Jurisdiction;
        var withBoundary = all.Where(j => j.HasBoundary && Core.Jurisdictions.Jurisdiction.IsWithin(j.Jurisdiction.Code, code)).Select(j => j.Jurisdiction).ToList();
        // the lowest level stored: the areas none of whose children has a boundary too (城区 and 泽州县 for 晋城市)
        var leaves = withBoundary.Where(j => !withBoundary.Any(c => c.ParentCode == j.Code)).Select(j => j.Code).ToList();
        Boundaries = await dashboards.BoundariesAsync(leaves, ct);
        return Page();
    }

    public string? ErrorMessage { get; private set; }

    /// <summary>For a user without a jurisdiction: the jurisdiction above the first station's (or section's), or that one.</summary>
    private async Task<string?> DefaultJurisdictionAsync(IReadOnlyList<JurisdictionInfo> all, CancellationToken ct)
    {
        var first = await maps.FirstJurisdictionAsync(ct);
        if (first is null) return null;
        return all.FirstOrDefault(j => j.Jurisdiction.Code == first)?.Jurisdiction.ParentCode ?? first;
    }

    /// <summary>A value as JSON for a data attribute (Razor encodes the attribute).</summary>
    public static string ToJson(object value) => JsonSerializer.Serialize(value, Json);
}
