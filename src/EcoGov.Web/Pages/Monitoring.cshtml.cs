using System.Globalization;
using EcoGov.Application;
using EcoGov.Application.Air;
using EcoGov.Application.Monitoring;
using EcoGov.Application.Plans;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using EcoGov.Core.Monitoring;

namespace EcoGov.Web.Pages;

/// <summary>
/// 监测评价: stations in the store by jurisdiction, and the period evaluation of a selection (<see cref="AirEvaluationService"/>,
/// as `air evaluate --from-store`); a refused selection shows the message the API and the CLI give.
/// </summary>
public sealed class MonitoringModel(MonitoringStationService monitoring, PlanCatalogService plans, AirEvaluationService evaluation) : PageModel
{
    public static readonly IReadOnlyList<(string Code, string Name)> Standards =
    [
        ("GB3095-2012", "GB 3095-2012（HJ 633-2012）"),
        ("GB3095-2026", "GB 3095-2026（按时段取过渡期/最终限值）"),
        ("GB3095-2026-transitional", "GB 3095-2026 过渡期限值"),
        ("GB3095-2026-final", "GB 3095-2026 最终限值"),
    ];

    public IReadOnlyList<IGrouping<string, MonitoringStationSummary>> ByJurisdiction { get; private set; } = [];
    public IReadOnlyDictionary<string, string> JurisdictionNames { get; private set; } = new Dictionary<string, string>();

    [BindProperty(SupportsGet = true)] public string? Jurisdiction { get; set; }
    [BindProperty(SupportsGet = true)] public string[] Station { get; set; } = [];
    [BindProperty(SupportsGet = true)] public string? From { get; set; }
    [BindProperty(SupportsGet = true)] public string? To { get; set; }
    [BindProperty(SupportsGet = true)] public string? Standard { get; set; }
    [BindProperty(SupportsGet = true)] public string? Compare { get; set; }

    public AirEvaluationDto? Report { get; private set; }
    public string? Error { get; private set; }

    public async Task OnGetAsync()
    {
        var ct = HttpContext.RequestAborted;
        var stations = await monitoring.StationsAsync(ct);
        JurisdictionNames = (await plans.JurisdictionsAsync(ct)).ToDictionary(j => j.Jurisdiction.Code, j => j.Jurisdiction.Name);
        ByJurisdiction = stations.GroupBy(s => s.Jurisdiction).OrderBy(g => g.Key, StringComparer.Ordinal).ToList();
        if (Standard is null) return;
        try
        {
            Report = await evaluation.EvaluateAsync(new AirEvaluationRequest(Standard, From, To, Compare, Jurisdiction, Station), ct);
        }
        catch (ApplicationInputException e)
        {
            Error = e.Error.MessageIn(CultureInfo.CurrentUICulture);
        }
    }

    /// <summary>The selection as the query of GET /api/air/evaluate/xlsx (下载数据).</summary>
    public string FileQuery => QueryString.Of([
        ("jurisdiction", Jurisdiction), ("from", From), ("to", To), ("standard", Standard), ("compare", Compare),
        .. Station.Select(s => ("station", (string?)s)),
    ]);

    public string NameOf(string code) => JurisdictionNames.TryGetValue(code, out var n) ? $"{n}（{code}）" : code;
}
