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
    public static Ok<List<PlanDto>> ListPlans(PlanCatalogService plans) =>
        TypedResults.Ok(plans.Plans().Select(PlanDto.From).ToList());

    /// <summary>GET /api/plans/{id}: one plan.</summary>
    public static Ok<PlanDto> GetPlan(string id, PlanCatalogService plans) =>
        TypedResults.Ok(PlanDto.From(plans.Plan(new PlanRequest(id))));

    /// <summary>GET /api/plans/{id}/indicators (`indicators --plan ID --json`).</summary>
    public static Ok<List<IndicatorDto>> ListIndicators(string id, PlanCatalogService plans) =>
        TypedResults.Ok(plans.Indicators(new PlanRequest(id)).Select(IndicatorDto.From).ToList());

    /// <summary>GET /api/plans/{id}/tasks (`tasks --plan ID --json`).</summary>
    public static Ok<List<TaskDto>> ListTasks(string id, PlanCatalogService plans) =>
        TypedResults.Ok(plans.Tasks(new PlanRequest(id)).Select(TaskDto.From).ToList());

    /// <summary>GET /api/plans/{id}/projects (`projects --plan ID --json`).</summary>
    public static Ok<List<ProjectDto>> ListProjects(string id, PlanCatalogService plans) =>
        TypedResults.Ok(plans.Projects(new PlanRequest(id)).Select(ProjectDto.From).ToList());

    /// <summary>GET /api/plans/{id}/air-targets (`air-targets --plan ID --json`).</summary>
    public static Ok<List<AirTargetDto>> ListAirTargets(string id, PlanCatalogService plans) =>
        TypedResults.Ok(plans.AirTargets(new PlanRequest(id)).Select(AirTargetDto.From).ToList());

    /// <summary>GET /api/plans/{id}/section-targets (`section-targets --plan ID --json`).</summary>
    /// <summary>The plan's supervision rules, duties and unit additions; the same object as `supervision-rules --json` (issue 9).</summary>
    public static Ok<PlanSupervisionDto> SupervisionRules(string id, PlanCatalogService plans) =>
        TypedResults.Ok(plans.Supervision(new PlanRequest(id)));

    public static Ok<List<SectionTargetDto>> ListSectionTargets(string id, PlanCatalogService plans) =>
        TypedResults.Ok(plans.SectionTargets(new PlanRequest(id)).Select(SectionTargetDto.From).ToList());

    /// <summary>GET /api/jurisdictions: the jurisdiction tree.</summary>
    public static Ok<IReadOnlyList<JurisdictionNode>> JurisdictionTree(PlanCatalogService plans) =>
        TypedResults.Ok(plans.JurisdictionTree());

    /// <summary>GET /api/jurisdictions/{code}/access-list: the requirements that apply in the jurisdiction.</summary>
    public static Ok<List<AccessRequirementDto>> AccessList(string code, PlanCatalogService plans) =>
        TypedResults.Ok(plans.AccessList(new JurisdictionRequest(code)).Select(AccessRequirementDto.From).ToList());

    /// <summary>GET /api/jurisdictions/{code}/units-stats: control-unit statistics.</summary>
    public static Ok<List<UnitStatisticsDto>> UnitStatistics(string code, PlanCatalogService plans) =>
        TypedResults.Ok(plans.UnitStatistics(new JurisdictionRequest(code)).Select(UnitStatisticsDto.From).ToList());

    /// <summary>GET /api/plans/{id}/audit: the plan audit (`audit --plan ID --json`; the CLI exits 1 when it has errors).</summary>
    public static Ok<Application.Audit.PlanAuditReport> AuditPlan(string id, Application.Audit.PlanAuditService audit) =>
        TypedResults.Ok(audit.Audit(new PlanRequest(id)));

    /// <summary>GET /api/findings[?document=ID]: problems found in the seed documents (`findings [--document ID] --json`).</summary>
    public static Ok<IReadOnlyList<FindingDto>> ListFindings(string? document, PlanCatalogService plans) =>
        TypedResults.Ok(plans.FindingList(new FindingsRequest(document)));
}
