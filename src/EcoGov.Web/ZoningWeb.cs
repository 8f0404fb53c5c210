using System.Globalization;
using System.Text.Json;
using EcoGov.Application;
using EcoGov.Application.Zoning;
using EcoGov.Core.Zoning.Rules;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO.Converters;

namespace EcoGov.Web;

/// <summary>
/// What the zoning pages and the /api/zoning endpoints share beyond the application services (ZoningLayerService,
/// SiteAssessmentService): the upload bounds, reading an upload and the form's facts, and the site echoed to the map.
/// </summary>
public static class ZoningWeb
{
    public const string DefaultJurisdiction = Application.Zoning.ZoningLayerService.DefaultJurisdiction;

    // Request size limits (Kestrel's per-request body limit via [RequestSizeLimit], the multipart form limits via
    // [RequestFormLimits]) come from the per-purpose limits in ZoningLimits; the readers enforce the rest
    // (uncompressed sizes, features, vertices) as they stream the file.

    /// <summary>Largest layer upload accepted by the import page (<see cref="ZoningLimits.LayerUploadBytes"/>).</summary>
    public const long MaxLayerUploadBytes = ZoningLimits.LayerUploadBytes;

    /// <summary>Largest request of the import page: the file plus the form fields.</summary>
    public const int MaxLayerRequestBytes = (int)MaxLayerUploadBytes + ZoningLimits.FormOverheadBytes;

    /// <summary>Largest request of the assessment page and API: a site file or text (<see cref="ZoningLimits.SiteFileBytes"/>) plus the form.</summary>
    public const int MaxSiteRequestBytes = ZoningLimits.SiteFileBytes + ZoningLimits.FormOverheadBytes;

    public static readonly IReadOnlyList<(string Value, string Label)> SiteCrsChoices =
    [
        ("EPSG:4490", "EPSG:4490 CGCS2000 经纬度（默认）"),
        ("EPSG:4326", "EPSG:4326 WGS 84 经纬度"),
        ("EPSG:4525", "EPSG:4525 CGCS2000 3度带 37带（含带号，中央经线111°）"),
        ("EPSG:4526", "EPSG:4526 CGCS2000 3度带 38带（含带号，中央经线114°）"),
        ("EPSG:4546", "EPSG:4546 CGCS2000 3度带 中央经线111°（不含带号）"),
        ("EPSG:4547", "EPSG:4547 CGCS2000 3度带 中央经线114°（不含带号）"),
        ("GCJ-02", "GCJ-02 国内商业网络地图坐标（将反算并提示）"),
    ];

    private static readonly JsonSerializerOptions GeometryOptions = new() { Converters = { new GeoJsonConverterFactory() } };

    /// <summary>A geometry (EPSG:4490) as GeoJSON, for the map's data-site.</summary>
    public static string GeometryJson(Geometry g) => JsonSerializer.Serialize(g, GeometryOptions);

    /// <summary>True when a site is small enough to be echoed back whole (<see cref="ZoningLimits.EchoedSiteVertices"/>).</summary>
    public static bool IsEchoed(Geometry site) => site.NumPoints <= ZoningLimits.EchoedSiteVertices;

    /// <summary>
    /// The site for the page's map: the geometry itself when small, else an outline simplified (topology preserved) to
    /// at most <see cref="ZoningLimits.EchoedSiteVertices"/> vertices, or its bounding box — the page never
    /// carries a large site back to the browser.
    /// </summary>
    public static string SiteMapJson(Geometry site)
    {
        if (IsEchoed(site)) return GeometryJson(site);
        var e = site.EnvelopeInternal;
        var tolerance = Math.Max(e.Width, e.Height) / 2000;
        for (var i = 0; i < 12 && tolerance > 0; i++, tolerance *= 2)
        {
            var simple = NetTopologySuite.Simplify.TopologyPreservingSimplifier.Simplify(site, tolerance);
            if (IsEchoed(simple)) return GeometryJson(simple);
        }
        return GeometryJson(site.Envelope);
    }

    /// <summary>The codes of the units a site touches, as a JSON array, for the map to outline them (data-units).</summary>
    public static string UnitCodesJson(SiteAssessment result) => JsonSerializer.Serialize(result.Units.Select(u => u.Code));

    /// <summary>Facts from form fields fact_{key}: checkboxes for yes/no facts (unchecked = 否 when <paramref name="uncheckedAreNo"/>, else not given), numbers for the rest (blank = not given).</summary>
    public static (ProjectFacts Facts, AppMessage? Error) FactsFromForm(Func<string, string?> field, bool uncheckedAreNo)
    {
        var facts = ProjectFacts.None;
        foreach (var kind in FactKinds.All)
        {
            var v = Blank(field("fact_" + kind.Key));
            if (kind.IsBoolean)
            {
                if (v is not null) facts = facts.With(kind.Key, v is "true" or "on" or "1");
                else if (uncheckedAreNo) facts = facts.With(kind.Key, false);
            }
            else if (v is not null)
            {
                if (!double.TryParse(v, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) || !double.IsFinite(d) || d < 0)
                    return (facts, AppText.FactMustBeNonNegative(kind.Name, kind.Unit, v, kind.Key));
                facts = facts.With(kind.Key, d);
            }
        }
        return (facts, null);
    }

    /// <summary>
    /// Reads an uploaded file into one array of exactly its size (no growing buffer, no second copy), refusing more
    /// than <paramref name="max"/> bytes and a body that disagrees with the length the form gave.
    /// </summary>
    public static async Task<(byte[]? Bytes, AppMessage? Error)> ReadUpload(IFormFile file, long max, CancellationToken ct)
    {
        var name = Path.GetFileName(file.FileName);
        if (file.Length > max) return (null, AppText.UploadTooLarge(name, max / ZoningLimits.MiB));
        var bytes = new byte[file.Length];
        await using var s = file.OpenReadStream();
        var read = await s.ReadAtLeastAsync(bytes, bytes.Length, throwOnEndOfStream: false, ct);
        if (read != bytes.Length || await s.ReadAsync(new byte[1], ct) != 0)
            return (null, AppText.UploadIncomplete(name));
        return (bytes, null);
    }

    public static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();

    public static string N(double v, string format = "0.##") => v.ToString(format, CultureInfo.InvariantCulture);
}
