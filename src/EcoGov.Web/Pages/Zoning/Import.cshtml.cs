using EcoGov.Core.Zoning;
using EcoGov.Data;
using EcoGov.Data.Queries;
using EcoGov.Data.Zoning;
using EcoGov.Spatial.Crs;
using EcoGov.Spatial.Zoning;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EcoGov.Web.Pages.Zoning;

/// <summary>
/// 图层导入: a zipped shapefile or GeoJSON imported as a new layer version (as `zoning import`; the file is read in
/// memory only — the form buffer threshold equals the request limit, so nothing is spooled to disk), and the diff
/// between two versions (as `zoning diff`).
/// </summary>
[RequestSizeLimit(ZoningWeb.MaxLayerRequestBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = ZoningWeb.MaxLayerRequestBytes, MemoryBufferThreshold = ZoningWeb.MaxLayerRequestBytes)]
public sealed class ImportModel(EcoGovDbContext db, PlanCatalog catalog, ILogger<ZoningLayerStore> log) : PageModel
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
        Effective ??= ZoningWeb.Today().ToString("yyyy-MM-dd");
    }

    public async Task OnPostAsync(CancellationToken ct)
    {
        DiffJurisdiction ??= ZoningWeb.Blank(Jurisdiction);
        DiffLayer ??= Layer;
        Load();
        Error = await Import(ct);
        if (Result?.Version is not null) DiffVersions = new ZoningLayerStore(db).Versions(DiffLayer!, DiffJurisdiction!);
    }

    private async Task<string?> Import(CancellationToken ct)
    {
        if (Upload is null || Upload.Length == 0) return "请选择要导入的文件（zip 压缩的 Shapefile 或 .geojson）/ choose a file";
        if (ZoningLayerKinds.Find(Layer ?? "") is null) return $"未知图层“{Layer}” / unknown layer";
        if (string.IsNullOrWhiteSpace(Jurisdiction)) return "请选择行政区 / choose a jurisdiction";
        if (string.IsNullOrWhiteSpace(Effective)) return "请填写生效日期 / give the effective date";
        var date = ZoningWeb.ParseDate(Effective, "生效日期 effective", out var dateError);
        if (date is null) return dateError;
        int? epsg = null;
        if (ZoningWeb.Blank(Crs) is { } c)
        {
            try { epsg = CoordinateSystems.Parse(c); }
            catch (UnsupportedCrsException e) { return "坐标系 crs: " + e.Message; }
        }
        var (bytes, readError) = await ZoningWeb.ReadUpload(Upload, ZoningWeb.MaxLayerUploadBytes, ct);
        if (bytes is null) return readError;
        try { Result = new ZoningLayerStore(db, log).Import(Layer!, Jurisdiction.Trim(), date.Value, Upload.FileName, bytes, epsg); }
        catch (LayerImportException e) { return e.Message; }
        return null;
    }

    private void Load()
    {
        Jurisdictions = catalog.Jurisdictions();
        Jurisdiction ??= ZoningWeb.DefaultJurisdiction;
        Layer ??= ZoningLayerKinds.Units.Code;
        DiffLayer = ZoningLayerKinds.Find(DiffLayer ?? "")?.Code ?? ZoningLayerKinds.Units.Code;
        DiffJurisdiction = ZoningWeb.Blank(DiffJurisdiction) ?? ZoningWeb.DefaultJurisdiction;
        var store = new ZoningLayerStore(db);
        DiffVersions = store.Versions(DiffLayer, DiffJurisdiction);
        if (From is { } from && To is { } to)
        {
            try { Diff = store.Diff(from, to); }
            catch (LayerImportException e) { DiffError = e.Message; }
        }
    }

    public string NameOf(string code) =>
        Jurisdictions.FirstOrDefault(j => j.Jurisdiction.Code == code)?.Jurisdiction.Name is { } n ? $"{n}（{code}）" : code;
}
