using EcoGov.Application.Plans;
using EcoGov.Application.Supervision;
using Microsoft.AspNetCore.Mvc;

namespace EcoGov.Web.Pages.Supervision;

/// <summary>任务台账 a plan's tasks with their state and light on a day, filtered by lead department, state and category.</summary>
public sealed class LedgerModel(CurrentActor me, TaskLedgerService ledgers, PlanCatalogService plans) : SupervisionPage(me)
{
    [BindProperty(SupportsGet = true)] public string? Plan { get; set; }
    [BindProperty(SupportsGet = true)] public string? AsOf { get; set; }
    [BindProperty(SupportsGet = true)] public string? Department { get; set; }
    [BindProperty(SupportsGet = true)] public Core.Supervision.TaskState? State { get; set; }
    [BindProperty(SupportsGet = true)] public string? Category { get; set; }

    public IReadOnlyList<Core.Plans.Plan> Plans { get; private set; } = [];
    public TaskLedger? Ledger { get; private set; }
    public IReadOnlyList<LedgerRow> Rows { get; private set; } = [];

    public Task<IActionResult> OnGetAsync() => Guard(async () =>
    {
        Plans = [.. (await plans.PlanSummariesAsync(HttpContext.RequestAborted)).Where(p => p.Tasks > 0).Select(p => p.Plan)];
        Plan ??= Plans.FirstOrDefault()?.Id;
        Ledger = await ledgers.LedgerAsync(await ActorAsync(), new LedgerRequest(Plan, AsOf), HttpContext.RequestAborted);
        AsOf = Core.CalendarDate.ToText(Ledger.AsOf);
        Rows = [.. Ledger.Rows.Where(r =>
            (string.IsNullOrEmpty(Department) || r.LeadDepartments.Contains(Department))
            && (State is null || r.State == State)
            && (string.IsNullOrEmpty(Category) || r.Task.Category == Category))];
        return Page();
    });
}
