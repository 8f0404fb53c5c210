using EcoGov.Application.Plans;
using EcoGov.Application.Supervision;
using EcoGov.Core.Supervision;
using EcoGov.Web.Pages.Supervision;
using Microsoft.AspNetCore.Mvc;

namespace EcoGov.Web.Pages.Plans;

/// <summary>
/// 导入规划: a filled-in plan workbook uploaded here is imported as POST /api/plans/import and `plan import` import it
/// (<see cref="PlanWorkbookService"/>; administrator or plan office of the plan's jurisdiction); the page shows the
/// validation report (sheet, row, column, message; nothing stored) or the plan created or replaced.
/// </summary>
[RequestSizeLimit(PlanWorkbookApi.MaxRequestBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = PlanWorkbookApi.MaxRequestBytes)]
public sealed class ImportModel(CurrentActor me, PlanWorkbookService workbooks) : SupervisionPage(me)
{
    [BindProperty] public IFormFile? Upload { get; set; }
    [BindProperty] public bool Replace { get; set; }

    public PlanImportReport? Report { get; private set; }

    /// <summary>Whether the signed-in user's role may import at all (the page hides the form otherwise; the service decides).</summary>
    public bool MayImport => Me?.Role is UserRole.Administrator or UserRole.PlanOffice;

    public Task<IActionResult> OnGetAsync() => Guard(() => Task.FromResult<IActionResult>(Page()));

    public Task<IActionResult> OnPostAsync() => Guard(async () =>
    {
        Report = await PlanWorkbookApi.ImportUpload(Upload, Replace, await ActorAsync(), workbooks, HttpContext.RequestAborted);
        if (Report.Status == PlanImportStatus.Rejected) Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    });
}
