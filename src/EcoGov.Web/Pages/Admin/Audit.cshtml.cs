using EcoGov.Application.Supervision;
using EcoGov.Web.Pages.Supervision;
using Microsoft.AspNetCore.Mvc;

namespace EcoGov.Web.Pages.Admin;

/// <summary>审计日志 every change recorded (administrator): who, when, what, old → new; newest first.</summary>
public sealed class AuditModel(CurrentActor me, AuditTrail audit) : SupervisionPage(me)
{
    [BindProperty(SupportsGet = true)] public string? Type { get; set; }
    public IReadOnlyList<AuditEntryView> Entries { get; private set; } = [];

    public Task<IActionResult> OnGetAsync() => Guard(async () =>
    {
        Entries = await audit.LogAsync(await ActorAsync(), Type, ct: HttpContext.RequestAborted);
        return Page();
    });
}
