using EcoGov.Application.Supervision;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace EcoGov.Web.Pages.Supervision;

/// <summary>填报 a department's report on a task or project for a period, with evidence files; a returned report is revised here.</summary>
[RequestFormLimits(MultipartBodyLengthLimit = Core.Supervision.ProgressReportLimits.FileBytes * Core.Supervision.ProgressReportLimits.FilesPerReport + 1_000_000)]
[RequestSizeLimit(Core.Supervision.ProgressReportLimits.FileBytes * Core.Supervision.ProgressReportLimits.FilesPerReport + 1_000_000)]
public sealed class ReportModel(CurrentActor me, ProgressReportService reports, IStringLocalizer<SharedText> text) : SupervisionPage(me)
{
    [BindProperty(SupportsGet = true)] public string? Task { get; set; }
    [BindProperty(SupportsGet = true)] public string? Project { get; set; }
    [BindProperty(SupportsGet = true)] public string? Period { get; set; }
    public SubjectHistory? History { get; private set; }
    public ReportView? Previous { get; private set; }

    public Task<IActionResult> OnGetAsync() => Guard(Load);

    public Task<IActionResult> OnPostAsync() => Guard(async () =>
    {
        try
        {
            var view = await reports.SubmitAsync(await ActorAsync(), SupervisionApi.SubmitRequest(Request.Form), HttpContext.RequestAborted);
            Message = text["已提交报告 #{0}（{1} {2} 第 {3} 版），等待规划调度办公室审核。", view.Id, view.Reference, view.Period, view.Version];
            return RedirectToPage("MyTasks", new { period = view.Period });
        }
        catch (Application.ApplicationInputException)
        {
            await Load();
            throw;
        }
    });

    private async Task<IActionResult> Load()
    {
        History = await reports.HistoryAsync(await ActorAsync(), Task, Project, HttpContext.RequestAborted);
        Previous = History.Reports.LastOrDefault(r => r.Period == Period && r.DepartmentId == Me!.DepartmentId);
        return Page();
    }
}
