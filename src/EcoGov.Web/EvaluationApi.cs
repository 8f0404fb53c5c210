using EcoGov.Application.Evaluation;
using EcoGov.Application.Supervision;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace EcoGov.Web;

/// <summary>
/// /api for the indicator evaluation (issue 10 items 2 and 3; docs/supervision.md §10): the evaluation of a plan and
/// year, entering an actual, and the 指标评估表 / evaluation report files — <see cref="IndicatorEvaluationService"/> and
/// <see cref="EvaluationReportService"/> acting as the signed-in user, the same JSON and refusals as `evaluate`.
/// Tagged Supervision: <c>AccessMatrixTests</c> covers these endpoints.
/// </summary>
public static class EvaluationApi
{
    public static void MapEvaluationApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api").RequireAuthorization().WithApplicationProblems().WithTags("Supervision");
        api.MapGet("/plans/{id}/evaluation", GetEvaluation).WithName(nameof(GetEvaluation)).ProducesApplicationProblems(notFound: true, forbidden: true);
        api.MapPost("/plans/{id}/evaluation/actuals", SetIndicatorActual).WithName(nameof(SetIndicatorActual)).ProducesApplicationProblems(notFound: true, forbidden: true);
        api.MapGet("/plans/{id}/evaluation-report", EvaluationReportFile).WithName(nameof(EvaluationReportFile))
            .Produces(StatusCodes.Status200OK, typeof(byte[]), DispatchReportService.XlsxType, DispatchReportService.DocxType)
            .ProducesApplicationProblems(notFound: true, forbidden: true);
    }

    /// <summary>GET /api/plans/{id}/evaluation?year=Y[&amp;term=mid|end][&amp;asOf=D] (`evaluate --plan ID --year Y --json`).</summary>
    public static async Task<Ok<IndicatorEvaluationReport>> GetEvaluation(string id, int? year, string? term, string? asOf, CurrentActor me,
        IndicatorEvaluationService evaluation, CancellationToken ct) =>
        TypedResults.Ok(await evaluation.EvaluateAsync(await me.GetAsync(ct), new IndicatorEvaluationRequest(id, year, asOf, term), ct));

    /// <summary>The body of POST /api/plans/{id}/evaluation/actuals (the options of `evaluate set`).</summary>
    public sealed record IndicatorActualBody(string? Indicator, string? Year, string? Value, string? Source);

    /// <summary>POST /api/plans/{id}/evaluation/actuals {indicator, year, value, source} (`evaluate set`).</summary>
    public static async Task<Ok<IndicatorActualView>> SetIndicatorActual(string id, [FromBody] IndicatorActualBody body, CurrentActor me,
        IndicatorEvaluationService evaluation, CancellationToken ct) =>
        TypedResults.Ok(await evaluation.SetActualAsync(await me.GetAsync(ct), new IndicatorActualRequest(id, body.Indicator, body.Year, body.Value, body.Source), ct));

    /// <summary>GET /api/plans/{id}/evaluation-report?year=Y[&amp;term=][&amp;asOf=]&amp;format=xlsx|docx (`report evaluation`).</summary>
    public static async Task<FileContentHttpResult> EvaluationReportFile(string id, int? year, string? term, string? asOf, string? format, CurrentActor me,
        EvaluationReportService reports, CancellationToken ct)
    {
        var file = await reports.RenderAsync(await me.GetAsync(ct), new EvaluationReportRequest(id, year, asOf, term, format), ct);
        return TypedResults.File(file.Content, file.ContentType, file.FileName);
    }
}
