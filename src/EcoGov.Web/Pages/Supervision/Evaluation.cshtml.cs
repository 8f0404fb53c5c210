using EcoGov.Application.Evaluation;
using EcoGov.Application.Plans;
using EcoGov.Application.Supervision;
using EcoGov.Core.Progress;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace EcoGov.Web.Pages.Supervision;

/// <summary>
/// 指标评估 (issue 10 items 2 and 3): a plan's indicators for a year (or its mid/end term) with status lights, the
/// 指标评估表 / evaluation report downloads, and — for whoever may (<see cref="SupervisionAction.EnterIndicatorActual"/>:
/// the plan office, the administrator) — a form to enter an actual with its source.
/// </summary>
public sealed class EvaluationModel(CurrentActor me, IndicatorEvaluationService evaluation, PlanCatalogService plans, PlanAccess access, IStringLocalizer<SharedText> text) : SupervisionPage(me)
{
    [BindProperty(SupportsGet = true)] public string? Plan { get; set; }
    [BindProperty(SupportsGet = true)] public int? Year { get; set; }
    [BindProperty(SupportsGet = true)] public string? Term { get; set; }
    [BindProperty(SupportsGet = true)] public string? AsOf { get; set; }
    public IReadOnlyList<Core.Plans.Plan> Plans { get; private set; } = [];
    public IndicatorEvaluationReport? Report { get; private set; }
    public bool MayEnter { get; private set; }

    /// <summary>The query of this view (for the downloads and the redirect after entering).</summary>
    public string Query => Report is { } r
        ? (r.Term is { } t ? $"term={t}" : $"year={r.Year}") + $"&asOf={r.AsOf}"
        : "";

    public Task<IActionResult> OnGetAsync() => Guard(Load);

    public Task<IActionResult> OnPostAsync(string? indicator, string? actualYear, string? value, string? source) => Guard(async () =>
    {
        try
        {
            var view = await evaluation.SetActualAsync(await ActorAsync(), new IndicatorActualRequest(Plan, indicator, actualYear, value, source), HttpContext.RequestAborted);
            Message = text["已录入第 {0} 项“{1}”{2} 年实际值 {3}（{4}）。", view.Indicator, view.Name, view.Year, view.Text, view.Source];
            return RedirectToPage(new { Plan, Year, Term, AsOf });
        }
        catch (Application.ApplicationInputException)
        {
            await Load();
            throw;
        }
    });

    private async Task<IActionResult> Load()
    {
        Plans = [.. (await plans.PlanSummariesAsync(HttpContext.RequestAborted)).Where(p => p.Indicators > 0).Select(p => p.Plan)];
        Plan ??= Plans.FirstOrDefault()?.Id;
        var plan = await access.PlanAsync(Plan, IndicatorEvaluationRequest.PlanField, HttpContext.RequestAborted);
        if (Year is null && string.IsNullOrWhiteSpace(Term))
            Year = plan.PeriodStart is { } s && plan.PeriodEnd is { } e && s == e ? s : null;
        if (Year is null && string.IsNullOrWhiteSpace(Term)) Term = plan.PeriodStart is null ? null : IndicatorEvaluationService.Mid;
        Report = await evaluation.EvaluateAsync(await ActorAsync(), new IndicatorEvaluationRequest(Plan, Year, AsOf, Term), HttpContext.RequestAborted);
        MayEnter = AccessPolicy.Allows(await ActorAsync(), SupervisionAction.EnterIndicatorActual, await access.ChainAsync(plan.JurisdictionCode, IndicatorEvaluationRequest.PlanField, HttpContext.RequestAborted));
        return Page();
    }

    /// <summary>The CSS class of a status's light: green (达标, 进度正常), yellow (滞后), red (未达标), grey (无法判断).</summary>
    public static string StatusLight(ProgressStatus s) => "light " + s switch
    {
        ProgressStatus.Achieved or ProgressStatus.OnTrack => "green",
        ProgressStatus.Lagging => "yellow",
        ProgressStatus.NotAchieved => "red",
        _ => "grey",
    };
}
