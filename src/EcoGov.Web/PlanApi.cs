using EcoGov.Data.Queries;

namespace EcoGov.Web;

/// <summary>
/// /api: the same queries and the same JSON shapes (Data.Queries contracts) as the CLI's --json.
/// Unknown ids answer 404 with a message.
/// </summary>
public static class PlanApi
{
    public static void MapPlanApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api").RequireAuthorization();
        api.MapGet("/plans", (PlanCatalog c) => Results.Ok(c.Plans().Select(PlanDto.From)));
        api.MapGet("/plans/{id}", (string id, PlanCatalog c) => Found(c.Plan(id) is { } p ? PlanDto.From(p) : null, "plan", id));
        api.MapGet("/plans/{id}/indicators", (string id, PlanCatalog c) => Found(c.Indicators(id)?.Select(IndicatorDto.From).ToList(), "plan", id));
        api.MapGet("/plans/{id}/tasks", (string id, PlanCatalog c) => Found(c.Tasks(id)?.Select(TaskDto.From).ToList(), "plan", id));
        api.MapGet("/plans/{id}/projects", (string id, PlanCatalog c) => Found(c.Projects(id)?.Select(ProjectDto.From).ToList(), "plan", id));
        api.MapGet("/plans/{id}/air-targets", (string id, PlanCatalog c) => Found(c.AirTargets(id)?.Select(AirTargetDto.From).ToList(), "plan", id));
        api.MapGet("/plans/{id}/section-targets", (string id, PlanCatalog c) => Found(c.SectionTargets(id)?.Select(SectionTargetDto.From).ToList(), "plan", id));
        api.MapGet("/jurisdictions", (PlanCatalog c) => Results.Ok(c.JurisdictionTree()));
        api.MapGet("/jurisdictions/{code}/access-list", (string code, PlanCatalog c) =>
            Found(c.AccessList(code)?.Select(AccessRequirementDto.From).ToList(), "jurisdiction", code));
        api.MapGet("/jurisdictions/{code}/units-stats", (string code, PlanCatalog c) =>
            Found(c.UnitStatistics(code)?.Select(UnitStatisticsDto.From).ToList(), "jurisdiction", code));
        api.MapGet("/findings", (string? document, PlanCatalog c) => Found(c.FindingList(document), "document", document ?? ""));
    }

    private static IResult Found<T>(T? value, string what, string id) where T : class =>
        value is null
            ? Results.NotFound(new { error = $"未找到 {what} “{id}” / {what} '{id}' not found" })
            : Results.Ok(value);
}
