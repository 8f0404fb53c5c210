using EcoGov.Data;
using EcoGov.Data.Monitoring;
using EcoGov.Data.Queries;

namespace EcoGov.Web;

/// <summary>
/// /api for monitoring data and progress: the same evaluations and JSON shapes as the CLI's
/// `monitoring stations`, `air evaluate --from-store` and `progress --from-store`. Bad input answers 400 with a message.
/// </summary>
public static class MonitoringApi
{
    public static void MapMonitoringApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api").RequireAuthorization();
        api.MapGet("/monitoring/stations", (EcoGovDbContext db) => Results.Ok(MonitoringQueries.Stations(db)));
        api.MapGet("/air/evaluate", (string? jurisdiction, string[]? station, string? from, string? to, string? standard, string? compare,
            MonitoringStoreQuery store) =>
        {
            var r = StoreAirEvaluation.Evaluate(store, jurisdiction, station ?? [], from, to, standard, compare);
            return r.Report is null ? Results.BadRequest(new { error = r.Error }) : Results.Ok(r.Report);
        });
        api.MapGet("/plans/{id}/progress", (string id, int? year, string? asOf, PlanCatalog catalog, MonitoringStoreQuery store) =>
        {
            DateOnly? date = null;
            if (!string.IsNullOrWhiteSpace(asOf))
            {
                date = Documents.Monitoring.AirCsvReader.ParseDate(asOf, out var error);
                if (date is null) return Results.BadRequest(new { error = $"asOf：{error}" });
            }
            var report = PlanProgressReports.FromStore(catalog, store, id, year, date);
            return report is null
                ? Results.NotFound(new { error = $"未找到 plan “{id}” / plan '{id}' not found" })
                : Results.Ok(report);
        });
    }
}
