using EcoGov.Data.Queries;

namespace EcoGov.Web;

/// <summary>
/// /api: the same queries as the CLI, as JSON (camelCase). Unknown ids answer 404 with a message.
/// </summary>
public static class PlanApi
{
    public static void MapPlanApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api").RequireAuthorization();
        api.MapGet("/plans", (PlanCatalog c) => Results.Ok(c.Plans()));
        api.MapGet("/plans/{id}", (string id, PlanCatalog c) => Found(c.Plan(id), "plan", id));
        api.MapGet("/plans/{id}/indicators", (string id, PlanCatalog c) => Found(c.Indicators(id), "plan", id));
        api.MapGet("/plans/{id}/tasks", (string id, PlanCatalog c) => Found(c.Tasks(id), "plan", id));
        api.MapGet("/plans/{id}/projects", (string id, PlanCatalog c) => Found(c.Projects(id), "plan", id));
        api.MapGet("/plans/{id}/air-targets", (string id, PlanCatalog c) => Found(c.AirTargets(id), "plan", id));
        api.MapGet("/plans/{id}/section-targets", (string id, PlanCatalog c) => Found(c.SectionTargets(id), "plan", id));
        api.MapGet("/jurisdictions", (PlanCatalog c) => Results.Ok(c.Jurisdictions().Select(j => new
        {
            j.Jurisdiction.Code, j.Jurisdiction.Name, j.Jurisdiction.ParentCode, j.Jurisdiction.Level, j.Jurisdiction.FormerNames, j.HasBoundary,
        })));
        api.MapGet("/jurisdictions/{code}/access-list", (string code, PlanCatalog c) => Found(c.AccessList(code), "jurisdiction", code));
        api.MapGet("/jurisdictions/{code}/units-stats", (string code, PlanCatalog c) => Found(c.UnitStatistics(code), "jurisdiction", code));
        api.MapGet("/findings", (string? document, PlanCatalog c) =>
            Results.Ok(c.Findings(document).Select(f => new { document = f.DocumentId, f.Finding.Kind, f.Finding.Message, f.Finding.Source })));
    }

    private static IResult Found<T>(T? value, string what, string id) where T : class =>
        value is null
            ? Results.NotFound(new { error = $"未找到 {what} “{id}” / {what} '{id}' not found" })
            : Results.Ok(value);
}
