using EcoGov.Application.Plans;
using EcoGov.Application.Supervision;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace EcoGov.Web.Pages.Supervision;

/// <summary>预警研判 the units the plan's warning rule names on a day, with levels, reasons and evidence (issue 10, first step).</summary>
public sealed class WarningsModel(CurrentActor me, WarningService warnings, WarningLetterService letters, PlanCatalogService plans, PlanAccess access, IStringLocalizer<SharedText> text) : SupervisionPage(me)
{
    [BindProperty(SupportsGet = true)] public string? Plan { get; set; }
    [BindProperty(SupportsGet = true)] public string? AsOf { get; set; }
    public IReadOnlyList<Core.Plans.Plan> Plans { get; private set; } = [];
    public WarningReport? Report { get; private set; }
    /// <summary>The letters already issued for the period, by unit.</summary>
    public IReadOnlyDictionary<string, WarningLetterView> Issued { get; private set; } = new Dictionary<string, WarningLetterView>();
    /// <summary>Whether the user may issue the plan's letters (<see cref="AccessPolicy"/>); a letter to the jurisdiction itself also needs the level above.</summary>
    public bool MayIssue { get; private set; }

    /// <summary>Whether the user may issue a letter to this unit: to the jurisdiction itself only from the level above.</summary>
    public bool MayIssueTo(string unit) => MayIssue && !(unit == JurisdictionName && Me?.Role != Core.Supervision.UserRole.Administrator && Me?.JurisdictionCode == PlanJurisdiction);

    private string? JurisdictionName, PlanJurisdiction;

    public Task<IActionResult> OnGetAsync() => Guard(Load);

    /// <summary>下发预警函 for one candidate of the day shown.</summary>
    public Task<IActionResult> OnPostIssueAsync(string? unit, string? replyBy) => Guard(async () =>
    {
        try
        {
            var v = await letters.IssueAsync(await ActorAsync(), new IssueLetterRequest(Plan, unit, AsOf, replyBy), HttpContext.RequestAborted);
            Message = text["已下发预警函 {0}（{1}，{2}），整改回复期限 {3}。", v.Number, v.Unit, v.Level, v.ReplyBy];
            return RedirectToPage(new { plan = Plan, asOf = AsOf });
        }
        catch (Application.ApplicationInputException)
        {
            await Load();
            throw;
        }
    });

    private async Task<IActionResult> Load()
    {
        Plans = [.. (await plans.PlanSummariesAsync(HttpContext.RequestAborted)).Where(p => p.Tasks > 0).Select(p => p.Plan)];
        Plan ??= Plans.FirstOrDefault()?.Id;
        var actor = await ActorAsync();
        Report = await warnings.CandidatesAsync(actor, new WarningsRequest(Plan, AsOf), HttpContext.RequestAborted);
        AsOf = Report.AsOf;
        var plan = await access.PlanAsync(Report.Plan, "plan", HttpContext.RequestAborted);
        PlanJurisdiction = plan.JurisdictionCode;
        JurisdictionName = (await plans.JurisdictionsAsync(HttpContext.RequestAborted)).FirstOrDefault(j => j.Jurisdiction.Code == plan.JurisdictionCode)?.Jurisdiction.Name;
        MayIssue = AccessPolicy.Allows(actor, SupervisionAction.IssueWarningLetter, await access.ChainAsync(plan.JurisdictionCode, "plan", HttpContext.RequestAborted));
        Issued = (await letters.ListAsync(actor, Report.Plan, HttpContext.RequestAborted))
            .Where(l => l.Period == Report.Period).ToDictionary(l => l.Unit);
        return Page();
    }
}
