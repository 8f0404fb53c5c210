using EcoGov.Application.Supervision;
using EcoGov.Core.Supervision;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace EcoGov.Web.Pages.Supervision;

/// <summary>
/// 预警函 the letters the user may read — the plan office's register, a department's inbox — and one letter with its
/// reasons, tasks and reply: the receiving department answers (整改情况), the office closes or returns it.
/// </summary>
public sealed class LettersModel(CurrentActor me, WarningLetterService letters, PlanAccess access, IStringLocalizer<SharedText> text) : SupervisionPage(me)
{
    [BindProperty(SupportsGet = true)] public int? Id { get; set; }
    public IReadOnlyList<WarningLetterView> Letters { get; private set; } = [];
    public WarningLetterView? Letter { get; private set; }
    public bool MayReply { get; private set; }
    public bool MayClose { get; private set; }

    public Task<IActionResult> OnGetAsync() => Guard(Load);

    public Task<IActionResult> OnPostReplyAsync(int letter, string? text) => Guard(async () =>
    {
        Id = letter;
        try
        {
            var v = await letters.ReplyAsync(await ActorAsync(), new LetterReplyRequest(letter, text), HttpContext.RequestAborted);
            Message = Replied(v.Number);
            return RedirectToPage(new { id = letter });
        }
        catch (Application.ApplicationInputException)
        {
            await Load();
            throw;
        }
    });

    /// <summary>The message after a reply (a method: the handler's form field <c>text</c> hides the localizer).</summary>
    private string Replied(string number) => text["已回复预警函 {0}，待规划调度办公室销号。", number];

    public Task<IActionResult> OnPostCloseAsync(int letter, string? decision, string? comment) => Guard(async () =>
    {
        Id = letter;
        try
        {
            var v = await letters.CloseAsync(await ActorAsync(), new LetterCloseRequest(letter, decision, comment), HttpContext.RequestAborted);
            Message = text["预警函 {0}：{1}。", v.Number, v.StateName];
            return RedirectToPage(new { id = letter });
        }
        catch (Application.ApplicationInputException)
        {
            await Load();
            throw;
        }
    });

    private async Task<IActionResult> Load()
    {
        var actor = await ActorAsync();
        Letters = await letters.ListAsync(actor, null, HttpContext.RequestAborted);
        if (Id is { } id)
        {
            Letter = await letters.LetterAsync(actor, id, HttpContext.RequestAborted);
            // The page offers what the application layer would accept (it refuses the rest anyway), asking the same policy.
            var chain = await access.ChainAsync(Letter.JurisdictionCode, "letter", HttpContext.RequestAborted);
            MayReply = Letter.State == WarningLetterState.Issued && AccessPolicy.Allows(actor, SupervisionAction.ReplyWarningLetter, chain, Letter.DepartmentId);
            MayClose = Letter.State == WarningLetterState.Replied
                && AccessPolicy.Allows(actor, SupervisionAction.CloseWarningLetter, await access.ChainAsync(Letter.IssuingJurisdictionCode, "letter", HttpContext.RequestAborted));
        }
        return Page();
    }
}
