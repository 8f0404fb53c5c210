using System.Text.Json;
using EcoGov.Application.Zoning;
using EcoGov.Core.Zoning.Rules;
using EcoGov.Data;
using EcoGov.Spatial.Zoning.Assessment;
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

        api.MapPost("/assess", ([FromBody] JsonElement body, EcoGovDbContext db, SiteLimits limits) =>
        {
            var (request, _, error) = Read(body);
            if (request is null) return Results.BadRequest(new { error });
            var (result, message) = ZoningWeb.Assess(db, request, limits);
            return result is null ? Results.BadRequest(new { error = message }) : ZoningWeb.AssessmentJson(result);
        }).WithMetadata(new RequestSizeLimitAttribute(ZoningWeb.MaxSiteRequestBytes));

        api.MapPost("/assess/docx", ([FromBody] JsonElement body, EcoGovDbContext db, SiteLimits limits) =>
        {
            var (request, projectName, error) = Read(body);
            if (request is null) return Results.BadRequest(new { error });
            var (result, message) = ZoningWeb.Assess(db, request, limits);
            return result is null
                ? Results.BadRequest(new { error = message })
                : Results.File(ZoningWeb.Docx(result, projectName), ZoningWeb.DocxContentType, ZoningWeb.DocxFileName(result));
        }).WithMetadata(new RequestSizeLimitAttribute(ZoningWeb.MaxSiteRequestBytes));
    }

    /// <summary>
    /// {site: GeoJSON object or coordinate text, crs?, industry?, facts?: {key: value}, date?, jurisdiction?, projectName?}.
    /// </summary>
    private static (AssessRequest? Request, string? ProjectName, string? Error) Read(JsonElement body)
    {
        if (body.ValueKind != JsonValueKind.Object) return (null, null, "请求体须为 JSON 对象 / the body must be a JSON object");
        string? Text(string name) => body.TryGetProperty(name, out var p) && p.ValueKind == JsonValueKind.String ? p.GetString() : null;
        foreach (var p in body.EnumerateObject())
            if (p.Name is not ("site" or "crs" or "industry" or "facts" or "date" or "jurisdiction" or "projectName"))
                return (null, null, $"未知字段“{p.Name}”；可用 / known: site, crs, industry, facts, date, jurisdiction, projectName");
        string? site = null;
        if (body.TryGetProperty("site", out var s))
            site = s.ValueKind switch
            {
                JsonValueKind.String => s.GetString(),
                JsonValueKind.Object => s.GetRawText(),
                _ => null,
            };
        if (string.IsNullOrWhiteSpace(site)) return (null, null, "site 须为 GeoJSON 对象或坐标文本 / site must be a GeoJSON object or coordinate text");
        var facts = ProjectFacts.None;
        if (body.TryGetProperty("facts", out var f) && f.ValueKind != JsonValueKind.Null)
        {
            try { facts = ProjectFacts.Parse(f.GetRawText()); }
            catch (FormatException e) { return (null, null, "facts: " + e.Message); }
        }
        return (new AssessRequest(site, null, null, Text("crs"), Text("industry"), facts, Text("date"), Text("jurisdiction")), Text("projectName"), null);
    }
}
