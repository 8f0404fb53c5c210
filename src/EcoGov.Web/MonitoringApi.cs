using EcoGov.Application.Air;
using EcoGov.Application.Foresight;
using EcoGov.Application.Monitoring;
using EcoGov.Application.Progress;
using EcoGov.Data.Monitoring;
using Microsoft.AspNetCore.Http.HttpResults;

namespace EcoGov.Web;

/// <summary>
/// /api for monitoring data and progress: the same operations (EcoGov.Application) and JSON shapes as the CLI's
/// `monitoring stations`, `air evaluate --from-store` and `progress --from-store`. Bad input answers 400 and an unknown
/// plan 404, as problem details naming the field with the message the CLI prints (<see cref="ApplicationProblems"/>).
/// Each endpoint is a named handler with a typed result, so the OpenAPI document (/openapi/v1.json) describes it.
/// </summary>
public static class MonitoringApi
{
    public static void MapMonitoringApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api").RequireAuthorization().WithApplicationProblems().WithTags("Monitoring");
        api.MapGet("/monitoring/stations", ListStations).WithName(nameof(ListStations));
        api.MapGet("/air/evaluate", EvaluateAir).WithName(nameof(EvaluateAir)).ProducesApplicationProblems();
        api.MapGet("/plans/{id}/progress", PlanProgress).WithName(nameof(PlanProgress)).ProducesApplicationProblems(notFound: true)
            .ProducesOneOf(typeof(ProgressReportDto), typeof(WaterProgressReportDto), typeof(IndicatorReportDto));
        api.MapGet("/plans/{id}/foresight", PlanForesight).WithName(nameof(PlanForesight)).ProducesApplicationProblems(notFound: true);
    }

    /// <summary>GET /api/monitoring/stations: the air-monitoring stations held (`monitoring stations --json`).</summary>
    public static Ok<IReadOnlyList<MonitoringStationSummary>> ListStations(MonitoringStationService stations) =>
        TypedResults.Ok(stations.Stations());

    /// <summary>GET /api/air/evaluate: period evaluation from the store (`air evaluate --from-store --json`).</summary>
    public static Ok<AirEvaluationDto> EvaluateAir(string? jurisdiction, string[]? station, string? from, string? to, string? standard,
        string? compare, AirEvaluationService evaluation) =>
        TypedResults.Ok(evaluation.Evaluate(new AirEvaluationRequest(standard, from, to, compare, jurisdiction, station)));

    /// <summary>
    /// GET /api/plans/{id}/progress: the plan's progress from the store (`progress --plan ID --from-store --json`); by the
    /// plan's kind a <see cref="ProgressReportDto"/> (air), <see cref="WaterProgressReportDto"/> or <see cref="IndicatorReportDto"/>,
    /// serialized as its own type (the document says <c>oneOf</c> the three, <see cref="OpenApiDocument.ProducesOneOf"/>).
    /// </summary>
    public static Ok<object> PlanProgress(string id, int? year, string? asOf, PlanProgressService progress) =>
        TypedResults.Ok(progress.FromStore(new PlanProgressRequest(id, year, asOf)));

    /// <summary>GET /api/plans/{id}/foresight: 按目标倒排 of the plan's annual air targets on a date (`foresight --plan ID --as-of D --json`).</summary>
    public static Ok<ForesightReportDto> PlanForesight(string id, string? asOf, ForesightService foresight) =>
        TypedResults.Ok(foresight.Compute(new ForesightRequest(id, asOf)));
}
