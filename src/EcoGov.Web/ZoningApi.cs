using System.Text.Json;
using EcoGov.Core.Zoning;
using EcoGov.Core.Zoning.Rules;
using EcoGov.Data;
using EcoGov.Data.Zoning;
using EcoGov.Spatial.Zoning;
using EcoGov.Spatial.Zoning.Assessment;
using Microsoft.AspNetCore.Mvc;

namespace EcoGov.Web;

/// <summary>
/// /api/zoning: the map data, layer versions and exports (as `zoning versions` / `zoning export`), and the siting
/// pre-assessment (as `zoning assess --json` / `--docx`). Bad input answers 400 with a message. The POST endpoints take
/// JSON only (a cross-site form cannot send it; the auth cookie is SameSite=Strict) and are bounded in size.
/// </summary>
public static class ZoningApi
{
    public static void MapZoningApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/zoning").RequireAuthorization();

        api.MapGet("/map", (string? jurisdiction, string? date, EcoGovDbContext db) =>
        {
            var day = ZoningWeb.ParseDate(date, "date", out var error);
            if (day is null) return Results.BadRequest(new { error });
            var code = ZoningWeb.Blank(jurisdiction) ?? ZoningWeb.DefaultJurisdiction;
            var json = ZoningWeb.MapJson(db, code, day.Value);
            return json is null ? UnknownJurisdiction(code) : Results.Bytes(json, "application/json; charset=utf-8");
        });

        api.MapGet("/versions", (string? layer, string? jurisdiction, EcoGovDbContext db) =>
        {
            if (ZoningLayerKinds.Find(layer ?? "") is null) return UnknownLayer(layer);
            var code = ZoningWeb.Blank(jurisdiction) ?? ZoningWeb.DefaultJurisdiction;
            if (!db.Jurisdictions.Any(j => j.Code == code)) return UnknownJurisdiction(code);
            return Results.Ok(new ZoningLayerStore(db).Versions(layer!, code));
        });

        api.MapGet("/layers/{layer}/geojson", (string layer, string? jurisdiction, string? date, long? version, EcoGovDbContext db) =>
        {
            if (ZoningLayerKinds.Find(layer) is null) return UnknownLayer(layer);
            var code = ZoningWeb.Blank(jurisdiction) ?? ZoningWeb.DefaultJurisdiction;
            if (version is not null && !string.IsNullOrWhiteSpace(date))
                return Results.BadRequest(new { error = "version 与 date 只能选一个 / give version or date, not both" });
            var store = new ZoningLayerStore(db);
            LayerSnapshot? snapshot;
            if (version is { } id)
            {
                snapshot = store.Snapshot(id);
                if (snapshot is null) return Results.NotFound(new { error = $"图层版本 {id} 不存在 / no layer version {id}" });
                if (snapshot.Version.Layer != layer || snapshot.Version.JurisdictionCode != code)
                    return Results.BadRequest(new { error = $"版本 {id} 属于 {snapshot.Version.Layer} {snapshot.Version.JurisdictionCode}，不是 {layer} {code} / version belongs to another layer" });
            }
            else if (!string.IsNullOrWhiteSpace(date))
            {
                var day = ZoningWeb.ParseDate(date, "date", out var error);
                if (day is null) return Results.BadRequest(new { error });
                snapshot = store.SnapshotAsOf(layer, code, day.Value);
                if (snapshot is null) return Results.NotFound(new { error = $"{layer} {code} 在 {date} 没有生效的版本 / no version in force on {date}" });
            }
            else
            {
                var latest = store.Versions(layer, code).LastOrDefault();
                if (latest is null) return Results.NotFound(new { error = $"{layer} {code} 还没有任何版本 / the layer has no version yet" });
                snapshot = store.Snapshot(latest.Id)!;
            }
            return Results.Text(LayerGeoJson.ToText(snapshot), "application/geo+json; charset=utf-8", System.Text.Encoding.UTF8);
        });

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

    private static IResult UnknownLayer(string? layer) => Results.BadRequest(new
    {
        error = $"未知图层“{layer}” / unknown layer. 可用 / known: {string.Join(", ", ZoningLayerKinds.All.Select(k => k.Code))}",
    });

    private static IResult UnknownJurisdiction(string code) =>
        Results.NotFound(new { error = $"未找到 jurisdiction “{code}” / jurisdiction '{code}' not found" });
}
