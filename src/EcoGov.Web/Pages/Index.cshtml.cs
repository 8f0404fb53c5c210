using System.Globalization;
using System.Text.Json;
using EcoGov.Application.Dashboard;
using EcoGov.Web.Pages.Supervision;
using Microsoft.AspNetCore.Mvc;

namespace EcoGov.Web.Pages;

/// <summary>
/// 驾驶舱, the home page after sign-in (issue 13): <see cref="DashboardService"/> for the user's jurisdiction (or the one
/// chosen: the jurisdiction above, when the user may read it, and those below) on a day — the same report as
/// GET /api/dashboard. The charts are drawn by wwwroot/js/dashboard.js from the figures in data attributes.
/// </summary>
public sealed class IndexModel(CurrentActor me, DashboardService dashboards) : SupervisionPage(me)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    [BindProperty(SupportsGet = true)] public string? Jurisdiction { get; set; }
    [BindProperty(SupportsGet = true)] public string? AsOf { get; set; }
    public DashboardReport? Report { get; private set; }

    /// <summary>The map's areas' boundaries (GeoJSON) for the Leaflet map; the figures are the report's (<see cref="DashboardReport.Map"/>).</summary>
    public string? MapBoundaries { get; private set; }

    /// <summary>Why the user's own dashboard is not shown (a user whose role reads no ledger): the home page still opens.</summary>
    public string? Unavailable { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        try
        {
            Report = await dashboards.ReadAsync(await ActorAsync(), new DashboardRequest(Jurisdiction, AsOf), HttpContext.RequestAborted);
            MapBoundaries = await dashboards.MapBoundariesAsync(Report.Map, HttpContext.RequestAborted);
            return Page();
        }
        catch (Application.ApplicationInputException e) when (e.Error.Code == Application.ErrorCode.Forbidden && string.IsNullOrWhiteSpace(Jurisdiction))
        {
            // The home page itself opens for every signed-in user (a role that reads no ledger, an account without a
            // jurisdiction's rights); only a jurisdiction asked for is refused with 403.
            Unavailable = e.Error.MessageIn(CultureInfo.CurrentUICulture);
            return Page();
        }
        catch (Application.ApplicationInputException e)
        {
            // Shown on the page with 400/403/404, as every supervision page shows a refusal.
            return await Guard(() => Task.FromException<IActionResult>(e));
        }
    }

    /// <summary>A value as JSON for a data attribute (the charts' figures; Razor encodes the attribute).</summary>
    public static string ToJson(object value) => JsonSerializer.Serialize(value, Json);

    /// <summary>How the day was chosen, in words.</summary>
    public static string AsOfBasisText(string basis) => basis switch
    {
        "latestData" => "该行政区库中空气监测数据的最后一天",
        "today" => "今天（库中没有该行政区的空气监测数据）",
        _ => "所选日期",
    };

    /// <summary>An area's value of a map figure as the page shows it ("无数据" without one).</summary>
    public static string AreaValue(DashboardArea a, DashboardMapFigure f)
    {
        var v = AreaNumber(a, f);
        if (v is null) return "无数据";
        return f.Unit == "%" ? Percent((decimal)v) : ((decimal)v.Value).ToString("0.##", System.Globalization.CultureInfo.InvariantCulture) + (f.Unit is "" or "μg/m³" ? "" : " " + f.Unit);
    }

    /// <summary>An area's value of a map figure, by the figure's key.</summary>
    public static double? AreaNumber(DashboardArea a, DashboardMapFigure f) => f.Key switch
    {
        "pm25" => (double?)a.Pm25,
        "goodRatio" => (double?)a.GoodRatio,
        "index" => (double?)a.Index,
        "overdue" => a.Overdue,
        _ => null,
    };

    /// <summary>A fraction as a percentage with one decimal.</summary>
    public static string Percent(decimal? ratio) => ratio is decimal r ? (r * 100).ToString("0.0", System.Globalization.CultureInfo.InvariantCulture) + "%" : "—";
}
