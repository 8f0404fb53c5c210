using EcoGov.Application.Supervision;
using Microsoft.AspNetCore.Mvc;

namespace EcoGov.Web.Pages.Supervision;

/// <summary>我的任务 a reporter's tasks (its department leads or cooperates), their state today and its report for the period.</summary>
public sealed class MyTasksModel(CurrentActor me, TaskLedgerService ledgers) : SupervisionPage(me)
{
    [BindProperty(SupportsGet = true)] public string? Period { get; set; }
    public IReadOnlyList<MyTaskRow> Rows { get; private set; } = [];
    public IReadOnlyList<MyProjectRow> Projects { get; private set; } = [];

    public Task<IActionResult> OnGetAsync() => Guard(async () =>
    {
        Period ??= Core.Supervision.ReportingPeriod.Of(Core.ChinaTime.Today(HttpContext.RequestServices.GetRequiredService<TimeProvider>())).ToString();
        var work = await ledgers.MyTasksAsync(await ActorAsync(), Period, HttpContext.RequestAborted);
        (Rows, Projects) = (work.Tasks, work.Projects);
        return Page();
    });
}
