using System.Text.Json;
using EcoGov.Application.Zoning;
using System.Text;
using EcoGov.Application;
using EcoGov.Core.Text;
using Microsoft.AspNetCore.Mvc;

namespace EcoGov.Web;

/// <summary>
/// /api/zoning: the map data, layer versions and exports (as `zoning versions` / `zoning export`), and the siting
/// pre-assessment (as `zoning assess --json` / `--docx`). Bad input answers RFC 9457 problem details naming the field (ApplicationProblems). The POST endpoints take
/// JSON only (a cross-site form cannot send it; the auth cookie is SameSite=Strict) and are bounded in size.
/// </summary>
public static class ZoningApi
{
    public static void MapZoningApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/zoning").RequireAuthorization().WithApplicationProblems();

        api.MapGet("/map", (string? jurisdiction, string? date, ZoningLayerService zoning) =>
            Results.Bytes(zoning.MapJson(new ZoningMapRequest(jurisdiction, date)), "application/json; charset=utf-8"));

        api.MapGet("/versions", (string? layer, string? jurisdiction, ZoningLayerService zoning) =>
            Results.Ok(zoning.Versions(new LayerVersionsRequest(layer, jurisdiction))));

        api.MapGet("/layers/{layer}/geojson", (string layer, string? jurisdiction, string? date, long? version, ZoningLayerService zoning) =>
            Results.Text(zoning.ExportGeoJson(new LayerExportRequest(layer, jurisdiction, version, date)),
                "application/geo+json; charset=utf-8", System.Text.Encoding.UTF8));

        api.MapPost("/assess", ([FromBody] JsonElement body, SiteAssessmentService siting) =>
        {
            var (request, _) = Read(body);
            return Results.Text(SiteAssessmentService.Json(siting.Assess(request)), "application/json; charset=utf-8", Encoding.UTF8);
        }).WithMetadata(new RequestSizeLimitAttribute(ZoningWeb.MaxSiteRequestBytes));

        api.MapPost("/assess/docx", ([FromBody] JsonElement body, SiteAssessmentService siting) =>
        {
            var (request, projectName) = Read(body);
            var result = siting.Assess(request);
            return Results.File(siting.Report(result, projectName), SiteAssessmentService.DocxContentType, SiteAssessmentService.ReportFileName(result));
        }).WithMetadata(new RequestSizeLimitAttribute(ZoningWeb.MaxSiteRequestBytes));
    }

    private static readonly string[] Members = ["site", "crs", "industry", "facts", "date", "jurisdiction", "projectName"];

    /// <summary>
    /// {site: GeoJSON object or coordinate text, crs?, industry?, facts?: {key: value}, date?, jurisdiction?, projectName?}.
    /// </summary>
    private static (SiteAssessmentRequest Request, string? ProjectName) Read(JsonElement body)
    {
        if (body.ValueKind != JsonValueKind.Object)
            throw new ApplicationInputException(ErrorCode.InvalidValue, null, "请求体须为 JSON 对象 / the body must be a JSON object");
        string? Text(string name) => body.TryGetProperty(name, out var p) && p.ValueKind == JsonValueKind.String ? p.GetString() : null;
        foreach (var p in body.EnumerateObject())
            if (!Members.Contains(p.Name, StringComparer.Ordinal))
                throw new ApplicationInputException(ErrorCode.InvalidValue, null,
                    $"未知字段“{UserText.Quote(p.Name)}”；可用 / known: {string.Join(", ", Members)}");
        string? site = null;
        if (body.TryGetProperty("site", out var s))
            site = s.ValueKind switch
            {
                JsonValueKind.String => s.GetString(),
                JsonValueKind.Object => s.GetRawText(),
                JsonValueKind.Null => null,
                _ => throw new ApplicationInputException(ErrorCode.InvalidValue, ZoningFields.Site,
                    "site 须为 GeoJSON 对象或坐标文本 / site must be a GeoJSON object or coordinate text"),
            };
        var facts = body.TryGetProperty("facts", out var f) && f.ValueKind != JsonValueKind.Null
            ? SiteAssessmentService.ParseFacts(f.GetRawText())
            : null;
        return (new SiteAssessmentRequest(Site: site, Crs: Text("crs"), Industry: Text("industry"), Facts: facts,
            Date: Text("date"), Jurisdiction: Text("jurisdiction")), Text("projectName"));
    }
}
