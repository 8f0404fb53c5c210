using EcoGov.Application.Plans;
using Microsoft.AspNetCore.Http.HttpResults;

namespace EcoGov.Web;

/// <summary>
/// /api for the plans held as data: the same operations (<see cref="PlanCatalogService"/>) and the same JSON shapes
/// (Data.Queries contracts) as the CLI's --json. An unknown plan, jurisdiction or document answers 404 as problem
/// details naming the field, with the message the CLI prints (<see cref="ApplicationProblems"/>). Each endpoint is a
/// named handler with a typed result, so the OpenAPI document (/openapi/v1.json) describes its response.
/// </summary>
public static class PlanApi
{
    public static void MapPlanApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api").RequireAuthorization().WithApplicationProblems().WithTags("Plans");
        api.MapGet("/plans", ListPlans).WithName(nameof(ListPlans));
        api.MapGet("/plans/{id}", GetPlan).WithName(nameof(GetPlan)).ProducesApplicationProblems(notFound: true);
        api.MapGet("/plans/{id}/indicators", ListIndicators).WithName(nameof(ListIndicators)).ProducesApplicationProblems(notFound: true);
        api.MapGet("/plans/{id}/tasks", ListTasks).WithName(nameof(ListTasks)).ProducesApplicationProblems(notFound: true);
        api.MapGet("/plans/{id}/projects", ListProjects).WithName(nameof(ListProjects)).ProducesApplicationProblems(notFound: true);
        api.MapGet("/plans/{id}/air-targets", ListAirTargets).WithName(nameof(ListAirTargets)).ProducesApplicationProblems(notFound: true);
        api.MapGet("/plans/{id}/section-targets", ListSectionTargets).WithName(nameof(ListSectionTargets)).ProducesApplicationProblems(notFound: true);
        api.MapGet("/plans/{id}/supervision-rules", SupervisionRules).WithName(nameof(SupervisionRules)).ProducesApplicationProblems(notFound: true);
        api.MapGet("/jurisdictions", JurisdictionTree).WithName(nameof(JurisdictionTree));
        api.MapGet("/jurisdictions/{code}/access-list", AccessList).WithName(nameof(AccessList)).ProducesApplicationProblems(notFound: true);
        api.MapGet("/jurisdictions/{code}/units-stats", UnitStatistics).WithName(nameof(UnitStatistics)).ProducesApplicationProblems(notFound: true);
        app.MapGroup("/api").RequireAuthorization().WithApplicationProblems().WithTags("Audit")
            .MapGet("/plans/{id}/audit", AuditPlan).WithName(nameof(AuditPlan)).ProducesApplicationProblems(notFound: true);
        app.MapAuditApi();
        api.MapGet("/findings", ListFindings).WithName(nameof(ListFindings)).ProducesApplicationProblems(notFound: true);
    }

    /// <summary>GET /api/plans: every plan (`plans --json`).</summary>
    public static async Task<Ok<List<PlanDto>>> ListPlans(PlanCatalogService plans, CancellationToken ct) =>
        TypedResults.Ok((await plans.PlansAsync(ct)).Select(PlanDto.From).ToList());

    /// <summary>GET /api/plans/{id}: one plan.</summary>
    public static async Task<Ok<PlanDto>> GetPlan(string id, PlanCatalogService plans, CancellationToken ct) =>
        TypedResults.Ok(PlanDto.From(await plans.PlanAsync(new PlanRequest(id), ct)));

    /// <summary>GET /api/plans/{id}/indicators (`indicators --plan ID --json`).</summary>
    public static async Task<Ok<List<IndicatorDto>>> ListIndicators(string id, PlanCatalogService plans, CancellationToken ct) =>
        TypedResults.Ok((await plans.IndicatorsAsync(new PlanRequest(id), ct)).Select(IndicatorDto.From).ToList());

    /// <summary>GET /api/plans/{id}/tasks (`tasks --plan ID --json`).</summary>
    public static async Task<Ok<List<TaskDto>>> ListTasks(string id, PlanCatalogService plans, CancellationToken ct) =>
        TypedResults.Ok((await plans.TasksAsync(new PlanRequest(id), ct)).Select(TaskDto.From).ToList());

    /// <summary>GET /api/plans/{id}/projects (`projects --plan ID --json`).</summary>
    public static async Task<Ok<List<ProjectDto>>> ListProjects(string id, PlanCatalogService plans, CancellationToken ct) =>
        TypedResults.Ok((await plans.ProjectsAsync(new PlanRequest(id), ct)).Select(ProjectDto.From).ToList());

    /// <summary>GET /api/plans/{id}/air-targets (`air-targets --plan ID --json`).</summary>
    public static async Task<Ok<List<AirTargetDto>>> ListAirTargets(string id, PlanCatalogService plans, CancellationToken ct) =>
        TypedResults.Ok((await plans.AirTargetsAsync(new PlanRequest(id), ct)).Select(AirTargetDto.From).ToList());

    /// <summary>GET /api/plans/{id}/section-targets (`section-targets --plan ID --json`).</summary>
    /// <summary>The plan's supervision rules, duties and unit additions; the same object as `supervision-rules --json` (issue 9).</summary>
    public static async Task<Ok<PlanSupervisionDto>> SupervisionRules(string id, PlanCatalogService plans, CancellationToken ct) =>
        TypedResults.Ok(await plans.SupervisionAsync(new PlanRequest(id), ct));

    public static async Task<Ok<List<SectionTargetDto>>> ListSectionTargets(string id, PlanCatalogService plans, CancellationToken ct) =>
        TypedResults.Ok((await plans.SectionTargetsAsync(new PlanRequest(id), ct)).Select(SectionTargetDto.From).ToList());

    /// <summary>GET /api/jurisdictions: the jurisdiction tree.</summary>
    public static async Task<Ok<IReadOnlyList<JurisdictionNode>>> JurisdictionTree(PlanCatalogService plans, CancellationToken ct) =>
        TypedResults.Ok(await plans.JurisdictionTreeAsync(ct));

    /// <summary>GET /api/jurisdictions/{code}/access-list: the requirements that apply in the jurisdiction.</summary>
    public static async Task<Ok<List<AccessRequirementDto>>> AccessList(string code, PlanCatalogService plans, CancellationToken ct) =>
        TypedResults.Ok((await plans.AccessListAsync(new JurisdictionRequest(code), ct)).Select(AccessRequirementDto.From).ToList());

    /// <summary>GET /api/jurisdictions/{code}/units-stats: control-unit statistics.</summary>
    public static async Task<Ok<List<UnitStatisticsDto>>> UnitStatistics(string code, PlanCatalogService plans, CancellationToken ct) =>
        TypedResults.Ok((await plans.UnitStatisticsAsync(new JurisdictionRequest(code), ct)).Select(UnitStatisticsDto.From).ToList());

    /// <summary>GET /api/plans/{id}/audit: the plan audit (`audit --plan ID --json`; the CLI exits 1 when it has errors).</summary>
    public static async Task<Ok<Application.Audit.PlanAuditReport>> AuditPlan(string id, Application.Audit.PlanAuditService audit, CancellationToken ct) =>
        TypedResults.Ok(await audit.AuditAsync(new PlanRequest(id), ct));

    /// <summary>GET /api/findings[?document=ID]: problems found in the seed documents (`findings [--document ID] --json`).</summary>
    public static async Task<Ok<IReadOnlyList<FindingDto>>> ListFindings(string? document, PlanCatalogService plans, CancellationToken ct) =>
        TypedResults.Ok(await plans.FindingListAsync(new FindingsRequest(document), ct));
}
