using EcoGov.Core.Zoning;
using EcoGov.Application;
using EcoGov.Application.Zoning;
using EcoGov.Data.Queries;
using EcoGov.Data.Zoning;
using EcoGov.Spatial.Zoning;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using EcoGov.Core;

namespace EcoGov.Web.Pages.Zoning;

/// <summary>
/// 图层导入: a zipped shapefile or GeoJSON imported as a new layer version (as `zoning import`; the file is read in
/// memory only — the form buffer threshold equals the request limit, so nothing is spooled to disk), and the diff
/// between two versions (as `zoning diff`).
/// </summary>
[RequestSizeLimit(ZoningWeb.MaxLayerRequestBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = ZoningWeb.MaxLayerRequestBytes, MemoryBufferThreshold = ZoningWeb.MaxLayerRequestBytes)]
public sealed class ImportModel(ZoningLayerService zoning, PlanCatalog catalog) : PageModel
{
    [BindProperty] public IFormFile? Upload { get; set; }
    [BindProperty] public string? Layer { get; set; }
    [BindProperty] public string? Jurisdiction { get; set; }
    [BindProperty] public string? Effective { get; set; }
    [BindProperty] public string? Crs { get; set; }

    [BindProperty(SupportsGet = true)] public string? DiffLayer { get; set; }
    [BindProperty(SupportsGet = true)] public string? DiffJurisdiction { get; set; }
    [BindProperty(SupportsGet = true)] public long? From { get; set; }
    [BindProperty(SupportsGet = true)] public long? To { get; set; }

    public IReadOnlyList<JurisdictionInfo> Jurisdictions { get; private set; } = [];
    public LayerImportResult? Result { get; private set; }
    public string? Error { get; private set; }
    public IReadOnlyList<LayerVersionInfo> DiffVersions { get; private set; } = [];
    public LayerDiffResult? Diff { get; private set; }
    public string? DiffError { get; private set; }

    public void OnGet()
    {
        Load();
        Effective ??= CalendarDate.ToText(zoning.Today());
    }

    public async Task OnPostAsync(CancellationToken ct)
    {
        DiffJurisdiction ??= ZoningWeb.Blank(Jurisdiction);
        DiffLayer ??= Layer;
        Load();
        Error = await Import(ct);
        if (Result?.Version is not null) DiffVersions = zoning.Versions(new LayerVersionsRequest(DiffLayer, DiffJurisdiction));
    }

    private async Task<string?> Import(CancellationToken ct)
    {
        if (Upload is null || Upload.Length == 0) return "请选择要导入的文件（zip 压缩的 Shapefile 或 .geojson）/ choose a file";
        try
        {
            // Layer, date and coordinate system are checked before the file is read.
            ZoningLayerService.CheckImport(Layer, Effective, Crs);
            var (bytes, readError) = await ZoningWeb.ReadUpload(Upload, ZoningWeb.MaxLayerUploadBytes, ct);
            if (bytes is null) return readError;
            Result = zoning.Import(new LayerImportRequest(Layer, Jurisdiction, Effective, Crs, Upload.FileName, bytes));
        }
        catch (ApplicationInputException e) { return e.Message; }
        return null;
    }

    private void Load()
    {
        Jurisdictions = catalog.Jurisdictions();
        Jurisdiction ??= ZoningWeb.DefaultJurisdiction;
        Layer ??= ZoningLayerKinds.Units.Code;
        DiffLayer = ZoningLayerKinds.Find(DiffLayer ?? "")?.Code ?? ZoningLayerKinds.Units.Code;
        DiffJurisdiction = ZoningWeb.Blank(DiffJurisdiction) ?? ZoningWeb.DefaultJurisdiction;
        try
        {
            DiffVersions = zoning.Versions(new LayerVersionsRequest(DiffLayer, DiffJurisdiction));
            if (From is not null && To is not null) Diff = zoning.Diff(new LayerDiffRequest(From, To));
        }
        catch (ApplicationInputException e) { DiffError = e.Message; }
    }

    public string NameOf(string code) =>
        Jurisdictions.FirstOrDefault(j => j.Jurisdiction.Code == code)?.Jurisdiction.Name is { } n ? $"{n}（{code}）" : code;
}
