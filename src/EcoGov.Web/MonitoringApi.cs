using EcoGov.Application.Air;
using EcoGov.Application.Progress;
using EcoGov.Data;
using EcoGov.Data.Monitoring;

namespace EcoGov.Web;

/// <summary>
/// /api for monitoring data and progress: the same operations (EcoGov.Application) and JSON shapes as the CLI's
/// `monitoring stations`, `air evaluate --from-store` and `progress --from-store`. Bad input answers 400 and an unknown
/// plan 404, as problem details naming the field with the message the CLI prints (<see cref="ApplicationProblems"/>).
/// </summary>
public static class MonitoringApi
{
    public static void MapMonitoringApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api").RequireAuthorization().WithApplicationProblems();
        api.MapGet("/monitoring/stations", (EcoGovDbContext db) => Results.Ok(MonitoringQueries.Stations(db)));
        api.MapGet("/air/evaluate", (string? jurisdiction, string[]? station, string? from, string? to, string? standard, string? compare,
                AirEvaluationService evaluation) =>
            TypedResults.Ok(evaluation.Evaluate(new AirEvaluationRequest(standard, from, to, compare, jurisdiction, station))));
        api.MapGet("/plans/{id}/progress", (string id, int? year, string? asOf, PlanProgressService progress) =>
            TypedResults.Ok(progress.FromStore(new PlanProgressRequest(id, year, asOf))));
    }
}
