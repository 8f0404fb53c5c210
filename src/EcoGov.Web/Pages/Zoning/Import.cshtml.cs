using System.Globalization;
using EcoGov.Core.Zoning;
using EcoGov.Application;
using EcoGov.Application.Plans;
using EcoGov.Application.Zoning;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using EcoGov.Core;
using EcoGov.Core.Jurisdictions;

namespace EcoGov.Web.Pages.Zoning;

/// <summary>
/// 图层导入: a zipped shapefile or GeoJSON imported as a new layer version (as `zoning import`; the file is read in
/// memory only — the form buffer threshold equals the request limit, so nothing is spooled to disk), and the diff
/// between two versions (as `zoning diff`). An upload is first previewed (as `zoning import --dry-run`): the role
/// detected for each column, the first rows and the validation report, nothing stored; the user may change the roles
/// and check again, then confirms the import (the file waits in <see cref="LayerUploadStash"/>, not on disk).
/// </summary>
[RequestSizeLimit(ZoningWeb.MaxLayerRequestBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = ZoningWeb.MaxLayerRequestBytes, MemoryBufferThreshold = ZoningWeb.MaxLayerRequestBytes)]
public sealed class ImportModel(ZoningLayerService zoning, PlanCatalogService plans, LayerUploadStash stash) : PageModel
{
    /// <summary>The held upload of a preview (<see cref="LayerUploadStash"/>).</summary>
    [BindProperty] public string? Token { get; set; }
    /// <summary>The file's columns, in the preview's order; <see cref="RoleOf"/>[i] is the role chosen for Columns[i] ("" = attribute).</summary>
    [BindProperty] public List<string> Columns { get; set; } = [];
    [BindProperty] public List<string?> RoleOf { get; set; } = [];
    /// <summary>The held file's name, shown on the preview.</summary>
    public string? FileName { get; private set; }
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
    public LayerImport? Result { get; private set; }
    public string? Error { get; private set; }
    public IReadOnlyList<LayerVersionInfo> DiffVersions { get; private set; } = [];
    public LayerVersionDiff? Diff { get; private set; }
    public string? DiffError { get; private set; }

    public async Task OnGetAsync()
    {
        await LoadAsync();
        Effective ??= CalendarDate.ToText(zoning.Today());
    }

    /// <summary>The upload form: the file is held and previewed (nothing stored).</summary>
    public async Task OnPostAsync(CancellationToken ct)
    {
        await PrepareAsync();
        Error = await Hold(ct);
    }

    /// <summary>The preview's "按所选角色重新校验": the held file checked again with the roles chosen.</summary>
    public async Task OnPostPreviewAsync()
    {
        await PrepareAsync();
        Error = await RunAsync(dryRun: true);
    }

    /// <summary>The preview's "确认导入": the held file imported with the roles chosen.</summary>
    public async Task OnPostConfirmAsync()
    {
        await PrepareAsync();
        Error = await RunAsync(dryRun: false);
        if (Result is { Rejected: false, Version: not null })
        {
            stash.Remove(UserName, Token!);
            Token = null;
            DiffVersions = await zoning.VersionsAsync(new LayerVersionsRequest(DiffLayer, DiffJurisdiction), HttpContext.RequestAborted);
        }
    }

    /// <summary>True while a held file is being previewed (the role form is shown).</summary>
    public bool Previewing => Token is not null && Result is { Status: LayerImportStatus.Checked or LayerImportStatus.Rejected };

    private string UserName => User.Identity?.Name ?? "";

    private async Task PrepareAsync()
    {
        DiffJurisdiction ??= ZoningWeb.Blank(Jurisdiction);
        DiffLayer ??= Layer;
        await LoadAsync();
    }

    private async Task<string?> Hold(CancellationToken ct)
    {
        if (Upload is null || Upload.Length == 0) return AppText.ChooseLayerFile().Format(CultureInfo.CurrentUICulture);
        try
        {
            // Layer, date and coordinate system are checked before the file is read.
            ZoningLayerService.CheckImport(Layer, Effective, Crs);
            var (bytes, readError) = await ZoningWeb.ReadUpload(Upload, ZoningWeb.MaxLayerUploadBytes, ct);
            if (bytes is null) return readError!.Format(CultureInfo.CurrentUICulture);
            FileName = Path.GetFileName(Upload.FileName);
            Result = await zoning.ImportAsync(new LayerImportRequest(Layer, Jurisdiction, Effective, Crs, FileName, bytes, DryRun: true), ct: ct);
            Token = stash.Put(UserName, FileName, bytes);
        }
        catch (ApplicationInputException e) { return e.Error.MessageIn(CultureInfo.CurrentUICulture); }
        return null;
    }

    private async Task<string?> RunAsync(bool dryRun)
    {
        var held = stash.Get(UserName, Token);
        if (held is null)
        {
            Token = null;
            return AppText.UploadExpired(Math.Round(LayerUploadStash.Lifetime.TotalMinutes)).Format(CultureInfo.CurrentUICulture);
        }
        FileName = held.FileName;
        try
        {
            Result = await zoning.ImportAsync(new LayerImportRequest(Layer, Jurisdiction, Effective, Crs, held.FileName, held.Content, ChosenFields(), dryRun),
                ct: HttpContext.RequestAborted);
        }
        catch (ApplicationInputException e) { return e.Error.MessageIn(CultureInfo.CurrentUICulture); }
        return null;
    }

    /// <summary>Every role with the column chosen for it, or "role=" when none was: the choice replaces the detection entirely.</summary>
    private List<string> ChosenFields()
    {
        var chosen = Columns.Zip(RoleOf).Where(x => !string.IsNullOrWhiteSpace(x.Second)).ToList();
        var fields = chosen.Select(x => $"{x.Second!.Trim()}={x.First}").ToList();
        fields.AddRange(LayerImport.Roles.Where(r => chosen.All(x => x.Second!.Trim() != r.Role)).Select(r => r.Role + "="));
        return fields;
    }

    private async Task LoadAsync()
    {
        var ct = HttpContext.RequestAborted;
        Jurisdictions = await plans.JurisdictionsAsync(ct);
        Jurisdiction ??= ZoningWeb.DefaultJurisdiction;
        Layer ??= ZoningLayerKinds.Units.Code;
        DiffLayer = ZoningLayerKinds.Find(DiffLayer ?? "")?.Code ?? ZoningLayerKinds.Units.Code;
        DiffJurisdiction = ZoningWeb.Blank(DiffJurisdiction) ?? ZoningWeb.DefaultJurisdiction;
        try
        {
            DiffVersions = await zoning.VersionsAsync(new LayerVersionsRequest(DiffLayer, DiffJurisdiction), ct);
            if (From is not null && To is not null) Diff = await zoning.CompareAsync(new LayerDiffRequest(From, To), ct);
        }
        catch (ApplicationInputException e) { DiffError = e.Error.MessageIn(CultureInfo.CurrentUICulture); }
    }

    public string NameOf(string code) =>
        Jurisdictions.FirstOrDefault(j => j.Jurisdiction.Code == code)?.Jurisdiction.Name is { } n ? $"{n}（{code}）" : code;
}
