using EcoGov.Application.Supervision;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace EcoGov.Web.Pages.Supervision;

/// <summary>审核 the plan office's queue: reports awaiting review in its jurisdiction and below; accept, or return with a comment.</summary>
public sealed class ReviewModel(CurrentActor me, ProgressReportService reports, IStringLocalizer<SharedText> text) : SupervisionPage(me)
{
    public IReadOnlyList<ReportView> Queue { get; private set; } = [];

    public Task<IActionResult> OnGetAsync() => Guard(Load);

    public Task<IActionResult> OnPostAsync(int report, string? decision, string? comment) => Guard(async () =>
    {
        try
        {
            var view = await reports.ReviewAsync(await ActorAsync(), new ReviewReportRequest(report, decision, comment), HttpContext.RequestAborted);
            Message = text["报告 #{0}（{1} {2}）{3}。", view.Id, view.Reference, view.Department, view.ReviewName];
            return RedirectToPage();
        }
        catch (Application.ApplicationInputException)
        {
            await Load();
            throw;
        }
    });

    private async Task<IActionResult> Load()
    {
        Queue = await reports.ReviewQueueAsync(await ActorAsync(), HttpContext.RequestAborted);
        return Page();
    }
}
