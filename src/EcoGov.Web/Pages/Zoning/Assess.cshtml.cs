using System.Globalization;
using EcoGov.Application;
using EcoGov.Application.Zoning;
using EcoGov.Core;
using EcoGov.Core.Zoning.Rules;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace EcoGov.Web.Pages.Zoning;

/// <summary>
/// 选址研判: a site (coordinates, GeoJSON or an uploaded file), industry, facts and date assessed as `zoning assess`
/// does; the result rendered on the page, or (handler Docx) the .docx report of the same inputs.
/// </summary>
[RequestSizeLimit(ZoningWeb.MaxSiteRequestBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = ZoningWeb.MaxSiteRequestBytes, MemoryBufferThreshold = ZoningWeb.MaxSiteRequestBytes,
    ValueLengthLimit = ZoningWeb.MaxSiteRequestBytes)]
public sealed class AssessModel(SiteAssessmentService siting, IStringLocalizer<SharedText> text) : PageModel
{
    [BindProperty] public string? SiteText { get; set; }
    [BindProperty] public IFormFile? SiteUpload { get; set; }
    [BindProperty] public string? Crs { get; set; }
    [BindProperty] public string? CrsOther { get; set; }
    [BindProperty] public string? Industry { get; set; }
    [BindProperty] public string? Date { get; set; }
    [BindProperty] public string? ProjectName { get; set; }
    [BindProperty] public string? Jurisdiction { get; set; }
    /// <summary>Off by default, as in the CLI and the API: a fact not given is missing (the rules needing it say 需满足条件), never silently 否.</summary>
    [BindProperty] public bool UncheckedAreNo { get; set; }

    public SiteAssessment? Result { get; private set; }
    public string? Error { get; private set; }
    /// <summary>The uploaded file the site was read from (the site then stays in the form as GeoJSON, EPSG:4490).</summary>
    public string? FromFile { get; private set; }
    public string MapJurisdiction => ZoningWeb.Blank(Jurisdiction) ?? ZoningWeb.DefaultJurisdiction;

    public void OnGet()
    {
        Crs ??= "EPSG:4490";
        Date ??= CalendarDate.ToText(siting.Today());
        ProjectName ??= SiteAssessmentService.DefaultProjectName;
    }

    public async Task OnPostAsync(CancellationToken ct) => await Run(ct);

    /// <summary>
    /// The same assessment of the same form, answered as the result alone (_AssessmentResult): what the panel beside the
    /// map of /Zoning puts under its form (wwwroot/js/zoning-map.js). Without the script that form posts to <see cref="OnPostAsync"/>.
    /// </summary>
    public async Task<IActionResult> OnPostPanelAsync(CancellationToken ct)
    {
        await Run(ct);
        return Partial("_AssessmentResult", this);
    }

    public async Task<IActionResult> OnPostDocxAsync(CancellationToken ct)
    {
        await Run(ct);
        return Result is null ? Page() : File(siting.Report(Result, ProjectName), SiteAssessmentService.DocxContentType, SiteAssessmentService.ReportFileName(Result));
    }

    private async Task Run(CancellationToken ct)
    {
        var crs = Crs == "other" ? CrsOther : Crs;
        var (facts, factsError) = ZoningWeb.FactsFromForm(k => Request.Form[k].FirstOrDefault(), UncheckedAreNo);
        if (factsError is not null)
        {
            Error = factsError.Format(CultureInfo.CurrentUICulture);
            return;
        }
        byte[]? bytes = null;
        if (SiteUpload is { Length: > 0 })
        {
            AppMessage? readError;
            (bytes, readError) = await ZoningWeb.ReadUpload(SiteUpload, ZoningLimits.SiteFileBytes, ct);
            if (bytes is null)
            {
                Error = readError!.Format(CultureInfo.CurrentUICulture);
                return;
            }
        }
        try
        {
            Result = await siting.AssessAsync(new SiteAssessmentRequest(Site: bytes is null ? SiteText : null, FileName: SiteUpload?.FileName,
                FileBytes: bytes, Crs: crs, Industry: Industry, Facts: facts, Date: Date, Jurisdiction: Jurisdiction), ct);
        }
        catch (ApplicationInputException e)
        {
            Error = e.Error.MessageIn(CultureInfo.CurrentUICulture);
        }
        if (Result is not null && bytes is not null)
        {
            // Keep a small site in the form so that the report button posts the same site without the file; a large one
            // is not echoed back (the report then needs the file chosen again).
            FromFile = Path.GetFileName(SiteUpload!.FileName);
            FromFileKept = ZoningWeb.IsEchoed(Result.Site.Geometry);
            if (FromFileKept)
            {
                SiteText = ZoningWeb.GeometryJson(Result.Site.Geometry);
                Crs = "EPSG:4490";
            }
        }
    }

    /// <summary>The inputs as posted, for _SiteAssessFields.</summary>
    public SiteFormView Form => new(SiteText, Crs, CrsOther, Industry, Date, ProjectName, Jurisdiction, UncheckedAreNo, FactValue,
        FileNote: FromFile is null ? null
            : FromFileKept ? text["已读取上传文件 {0}，选址以 GeoJSON（EPSG:4490）保留在上方，供下载报告使用。", FromFile].Value
            : text["已读取上传文件 {0}（{1} 个顶点，较大，不回填到上方）；下载报告请重新选择该文件。", FromFile, Result!.Site.Geometry.NumPoints].Value);

    /// <summary>True when the site read from <see cref="FromFile"/> was small enough to be kept in the form.</summary>
    public bool FromFileKept { get; private set; }

    /// <summary>The posted value of a fact field (to show the form as it was sent).</summary>
    public string? FactValue(FactKind kind) =>
        Request.HasFormContentType ? Request.Form["fact_" + kind.Key].FirstOrDefault() : null;
}
