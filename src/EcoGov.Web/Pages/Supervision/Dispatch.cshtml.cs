using EcoGov.Application.Plans;
using EcoGov.Application.Supervision;
using EcoGov.Core.Supervision;
using Microsoft.AspNetCore.Mvc;

namespace EcoGov.Web.Pages.Supervision;

/// <summary>
/// 月度调度 the plan office's month at a glance (issue 10 item 5): the tasks by state and lead unit, the targets against
/// 序时进度, the candidates still without a letter, the letters awaiting a reply or closing, and the documents to file —
/// the 月度调度通报's own data (<see cref="DispatchReportService.DataAsync"/>), so the page and the document agree.
/// </summary>
public sealed class DispatchModel(CurrentActor me, DispatchReportService dispatch, WarningLetterService letters, PlanCatalogService plans) : SupervisionPage(me)
{
    [BindProperty(SupportsGet = true)] public string? Plan { get; set; }
    [BindProperty(SupportsGet = true)] public string? AsOf { get; set; }
    public IReadOnlyList<Core.Plans.Plan> Plans { get; private set; } = [];
    public DispatchReportData? Data { get; private set; }
    /// <summary>The plan's letters not closed yet (any period).</summary>
    public IReadOnlyList<WarningLetterView> Open { get; private set; } = [];
    /// <summary>The period's candidates that have no letter yet.</summary>
    public IReadOnlyList<DispatchWarningRow> WithoutLetter { get; private set; } = [];

    public Task<IActionResult> OnGetAsync() => Guard(async () =>
    {
        Plans = [.. (await plans.PlanSummariesAsync(HttpContext.RequestAborted)).Where(p => p.Tasks > 0).Select(p => p.Plan)];
        Plan ??= Plans.FirstOrDefault()?.Id;
        var actor = await ActorAsync();
        Data = await dispatch.DataAsync(actor, Plan, AsOf, HttpContext.RequestAborted);
        AsOf = Core.CalendarDate.ToText(Data.AsOf);
        Open = [.. (await letters.ListAsync(actor, Data.PlanId, HttpContext.RequestAborted)).Where(l => l.State != WarningLetterState.Closed)];
        var issued = Data.Letters.Select(l => l.Unit).ToHashSet();
        WithoutLetter = [.. Data.Warnings.Where(w => !issued.Contains(w.Unit))];
        return Page();
    });
}
