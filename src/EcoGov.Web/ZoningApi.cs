using System.Text.Json;
using EcoGov.Application.Zoning;
using System.Text;
using EcoGov.Application;
using EcoGov.Core.Text;
using EcoGov.Core.Zoning;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace EcoGov.Web;

/// <summary>
/// /api/zoning: the map data, layer versions and exports (as `zoning versions` / `zoning export`), and the siting
/// pre-assessment (as `zoning assess --json` / `--docx`). Bad input answers RFC 9457 problem details naming the field (ApplicationProblems). The POST endpoints take
/// JSON only, with the antiforgery header (ApiAntiforgery), and are bounded in size. Each endpoint is
/// a named handler with a typed result; where the service writes the JSON itself, the shape is declared for the OpenAPI
/// document (<see cref="ZoningMapDocument"/>, <see cref="SiteAssessmentService.JsonType"/>, <see cref="SiteAssessmentBody"/>).
/// </summary>
public static class ZoningApi
{
    public const string GeoJsonContentType = "application/geo+json";

    public static void MapZoningApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/zoning").RequireAuthorization().WithApplicationProblems().WithTags("Zoning");
        api.MapGet("/map", ZoningMap).WithName(nameof(ZoningMap))
            .Produces<ZoningMapDocument>(StatusCodes.Status200OK, "application/json").ProducesApplicationProblems(notFound: true);
        api.MapGet("/versions", ZoningVersions).WithName(nameof(ZoningVersions)).ProducesApplicationProblems(notFound: true);
        api.MapGet("/layers/{layer}/geojson", ZoningLayerGeoJson).WithName(nameof(ZoningLayerGeoJson))
            .Produces(StatusCodes.Status200OK, typeof(Stream), GeoJsonContentType).ProducesApplicationProblems(notFound: true);
        api.MapPost("/assess", AssessSite).WithName(nameof(AssessSite))
            .Accepts<SiteAssessmentBody>("application/json")
            .Produces(StatusCodes.Status200OK, SiteAssessmentService.JsonType, "application/json").ProducesApplicationProblems()
            .WithMetadata(new RequestSizeLimitAttribute(ZoningWeb.MaxSiteRequestBytes));
        api.MapPost("/assess/docx", AssessSiteReport).WithName(nameof(AssessSiteReport))
            .Accepts<SiteAssessmentBody>("application/json")
            .Produces(StatusCodes.Status200OK, typeof(Stream), SiteAssessmentService.DocxContentType).ProducesApplicationProblems()
            .WithMetadata(new RequestSizeLimitAttribute(ZoningWeb.MaxSiteRequestBytes));
    }

    /// <summary>GET /api/zoning/map: the boundary and the layers in force on the date (<see cref="ZoningMapDocument"/>).</summary>
    public static async Task<FileContentHttpResult> ZoningMap(string? jurisdiction, string? date, ZoningLayerService zoning, CancellationToken ct) =>
        TypedResults.Bytes(await zoning.MapJsonAsync(new ZoningMapRequest(jurisdiction, date), ct), "application/json; charset=utf-8");

    /// <summary>GET /api/zoning/versions: the layer versions held (`zoning versions --json`).</summary>
    public static async Task<Ok<IReadOnlyList<LayerVersionInfo>>> ZoningVersions(string? layer, string? jurisdiction, ZoningLayerService zoning, CancellationToken ct) =>
        TypedResults.Ok(await zoning.VersionsAsync(new LayerVersionsRequest(layer, jurisdiction), ct));

    /// <summary>GET /api/zoning/layers/{layer}/geojson: one layer version as a GeoJSON FeatureCollection (`zoning export`).</summary>
    public static async Task<ContentHttpResult> ZoningLayerGeoJson(string layer, string? jurisdiction, string? date, long? version, ZoningLayerService zoning, CancellationToken ct) =>
        TypedResults.Text(await zoning.ExportGeoJsonAsync(new LayerExportRequest(layer, jurisdiction, version, date), ct),
            GeoJsonContentType + "; charset=utf-8", Encoding.UTF8);

    /// <summary>POST /api/zoning/assess: the siting pre-assessment (`zoning assess --json`), body <see cref="SiteAssessmentBody"/>.</summary>
    public static async Task<ContentHttpResult> AssessSite([FromBody] JsonElement body, SiteAssessmentService siting, CancellationToken ct)
    {
        var (request, _) = Read(body);
        return TypedResults.Text(SiteAssessmentService.Json(await siting.AssessAsync(request, ct)), "application/json; charset=utf-8", Encoding.UTF8);
    }

    /// <summary>POST /api/zoning/assess/docx: the pre-assessment report (`zoning assess --docx`), body <see cref="SiteAssessmentBody"/>.</summary>
    public static async Task<FileContentHttpResult> AssessSiteReport([FromBody] JsonElement body, SiteAssessmentService siting, CancellationToken ct)
    {
        var (request, projectName) = Read(body);
        var result = await siting.AssessAsync(request, ct);
        return TypedResults.File(siting.Report(result, projectName), SiteAssessmentService.DocxContentType, SiteAssessmentService.ReportFileName(result));
    }

    private static readonly string[] Members = ["site", "crs", "industry", "facts", "date", "jurisdiction", "projectName"];

    /// <summary>
    /// {site: GeoJSON object or coordinate text, crs?, industry?, facts?: {key: value}, date?, jurisdiction?, projectName?}.
    /// </summary>
    private static (SiteAssessmentRequest Request, string? ProjectName) Read(JsonElement body)
    {
        if (body.ValueKind != JsonValueKind.Object)
            throw new ApplicationInputException(ErrorCode.InvalidValue, null, AppText.BodyMustBeJsonObject());
        string? Text(string name) => body.TryGetProperty(name, out var p) && p.ValueKind == JsonValueKind.String ? p.GetString() : null;
        foreach (var p in body.EnumerateObject())
            if (!Members.Contains(p.Name, StringComparer.Ordinal))
                throw new ApplicationInputException(ErrorCode.InvalidValue, null,
                    AppText.UnknownBodyField(UserText.Quote(p.Name), string.Join(", ", Members)));
        string? site = null;
        if (body.TryGetProperty("site", out var s))
            site = s.ValueKind switch
            {
                JsonValueKind.String => s.GetString(),
                JsonValueKind.Object => s.GetRawText(),
                JsonValueKind.Null => null,
                _ => throw new ApplicationInputException(ErrorCode.InvalidValue, ZoningFields.Site,
                    AppText.SiteMustBeGeoJsonOrText()),
            };
        var facts = body.TryGetProperty("facts", out var f) && f.ValueKind != JsonValueKind.Null
            ? SiteAssessmentService.ParseFacts(f.GetRawText())
            : null;
        return (new SiteAssessmentRequest(Site: site, Crs: Text("crs"), Industry: Text("industry"), Facts: facts,
            Date: Text("date"), Jurisdiction: Text("jurisdiction")), Text("projectName"));
    }
}

/// <summary>
/// The body of POST /api/zoning/assess and /assess/docx, for the OpenAPI document only: the handlers read the JSON themselves
/// (unknown members refused). <c>site</c> (required) is a GeoJSON object or coordinate text; <c>facts</c> maps fact keys to values.
/// </summary>
public sealed record SiteAssessmentBody(JsonElement Site, string? Crs = null, string? Industry = null,
    Dictionary<string, JsonElement>? Facts = null, string? Date = null, string? Jurisdiction = null, string? ProjectName = null);

/// <summary>The body of GET /api/zoning/map, for the OpenAPI document only (the service writes the JSON itself).</summary>
public sealed record ZoningMapDocument(string Jurisdiction, string JurisdictionName, string Date, JsonElement Boundary,
    Dictionary<string, ZoningMapLayer> Layers);

/// <summary>One layer of <see cref="ZoningMapDocument"/>: the version in force and its features (GeoJSON).</summary>
public sealed record ZoningMapLayer(string Name, bool Synthetic, int Version, long VersionId, string EffectiveFrom, string SourceName,
    int FeatureCount, JsonElement Features);
