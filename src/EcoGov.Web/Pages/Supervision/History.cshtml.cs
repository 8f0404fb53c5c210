using EcoGov.Application.Supervision;
using Microsoft.AspNetCore.Mvc;

namespace EcoGov.Web.Pages.Supervision;

/// <summary>任务历史 every report version of a task the user may read, and their audit trail.</summary>
public sealed class HistoryModel(CurrentActor me, ProgressReportService reports) : SupervisionPage(me)
{
    [BindProperty(SupportsGet = true)] public string? Task { get; set; }
    [BindProperty(SupportsGet = true)] public string? Project { get; set; }
    public SubjectHistory? History { get; private set; }

    public Task<IActionResult> OnGetAsync() => Guard(async () =>
    {
        History = await reports.HistoryAsync(await ActorAsync(), Task, Project, HttpContext.RequestAborted);
        return Page();
    });
}
