using System.Globalization;
using EcoGov.Application;
using EcoGov.Application.Monitoring;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EcoGov.Web.Pages;

/// <summary>
/// 发布数据核对: a national release (a CSV or a zip of them) uploaded here is checked as POST /api/monitoring/check and
/// `monitoring check` check it (bounded to <see cref="MonitoringApi.MaxCheckUploadBytes"/>, read in memory, never written);
/// the disagreements per station-hour with their reasons, or the message the API and the CLI give for a bad file.
/// </summary>
[RequestSizeLimit(MonitoringApi.MaxCheckUploadBytes + 64 * 1024)]
[RequestFormLimits(MultipartBodyLengthLimit = MonitoringApi.MaxCheckUploadBytes + 64 * 1024, MemoryBufferThreshold = MonitoringApi.MaxCheckUploadBytes + 64 * 1024)]
public sealed class MonitoringCheckModel : PageModel
{
    [BindProperty] public IFormFile? Upload { get; set; }

    public ReleaseCheckReport? Report { get; private set; }
    public string? FileName { get; private set; }
    public string? Error { get; private set; }

    public void OnGet() { }

    public async Task OnPostAsync()
    {
        if (Upload is null || Upload.Length == 0)
        {
            Error = AppText.ReleaseFileRequired().Format(CultureInfo.CurrentUICulture);
            return;
        }
        var (bytes, error) = await ZoningWeb.ReadUpload(Upload, MonitoringApi.MaxCheckUploadBytes, HttpContext.RequestAborted);
        if (error is not null) { Error = error.Format(CultureInfo.CurrentUICulture); return; }
        FileName = Path.GetFileName(Upload.FileName);
        try { Report = MonitoringReleaseService.Check(FileName, bytes!); }
        catch (ApplicationInputException e) { Error = e.Error.MessageIn(CultureInfo.CurrentUICulture); }
    }
}
