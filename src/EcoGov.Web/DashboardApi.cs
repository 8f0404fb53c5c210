using EcoGov.Application.Dashboard;
using Microsoft.AspNetCore.Http.HttpResults;

namespace EcoGov.Web;

/// <summary>
/// /api/dashboard (issue 13): the jurisdiction's dashboard — <see cref="DashboardService"/> acting as the signed-in
/// user, the same JSON and refusals as `dashboard --json`. Tagged Supervision: <c>AccessMatrixTests</c> covers it.
/// </summary>
public static class DashboardApi
{
    public static void MapDashboardApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api").RequireAuthorization().WithApplicationProblems().WithTags("Supervision");
        api.MapGet("/dashboard", GetDashboard).WithName(nameof(GetDashboard)).ProducesApplicationProblems(notFound: true, forbidden: true);
    }

    /// <summary>GET /api/dashboard[?jurisdiction=CODE][&amp;asOf=D] (`dashboard --jurisdiction CODE --as-of D --json`).</summary>
    public static async Task<Ok<DashboardReport>> GetDashboard(string? jurisdiction, string? asOf, CurrentActor me, DashboardService dashboard, CancellationToken ct) =>
        TypedResults.Ok(await dashboard.ReadAsync(await me.GetAsync(ct), new DashboardRequest(jurisdiction, asOf), ct));
}
