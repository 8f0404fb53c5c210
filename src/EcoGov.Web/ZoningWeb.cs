using System.Globalization;
using System.Text;
using System.Text.Json;
using EcoGov.Core.Zoning;
using EcoGov.Core.Zoning.Rules;
using EcoGov.Data;
using EcoGov.Data.Zoning;
using EcoGov.Documents.Zoning;
using EcoGov.Spatial.Crs;
using EcoGov.Spatial.Zoning;
using EcoGov.Spatial.Zoning.Assessment;
using EcoGov.Spatial.Zoning.Import;
using Microsoft.EntityFrameworkCore;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO;
using NetTopologySuite.IO.Converters;

namespace EcoGov.Web;

/// <summary>A siting pre-assessment request as the page form or the API gives it (the CLI's options, one to one).</summary>
/// <param name="SiteText">GeoJSON or a coordinate list ("lon,lat" per line).</param>
/// <param name="FileName">An uploaded site file (GeoJSON or zipped shapefile), read in memory.</param>
/// <param name="Date">YYYY-MM-DD; null or empty = today.</param>
public sealed record AssessRequest(string? SiteText, string? FileName, byte[]? FileBytes, string? Crs, string? Industry,
    ProjectFacts Facts, string? Date, string? Jurisdiction);

/// <summary>
/// What the zoning pages and the /api/zoning endpoints share: the same store and assessment services as
/// `zoning import/versions/diff/export/assess`, the same messages, and the upload bounds.
/// </summary>
public static class ZoningWeb
{
    public const string DefaultJurisdiction = Application.Zoning.ZoningLayerService.DefaultJurisdiction;

    // Request size limits (Kestrel's per-request body limit via [RequestSizeLimit], the multipart form limits via
    // [RequestFormLimits]) come from the per-purpose limits in ZoningInputLimits; the readers enforce the rest
    // (uncompressed sizes, features, vertices) as they stream the file.

    /// <summary>Largest layer upload accepted by the import page (<see cref="ZoningInputLimits.LayerUploadBytes"/>).</summary>
    public const long MaxLayerUploadBytes = ZoningInputLimits.LayerUploadBytes;

    /// <summary>Largest request of the import page: the file plus the form fields.</summary>
    public const int MaxLayerRequestBytes = (int)MaxLayerUploadBytes + ZoningInputLimits.FormOverheadBytes;

    /// <summary>Largest request of the assessment page and API: a site file or text (<see cref="ZoningInputLimits.SiteFileBytes"/>) plus the form.</summary>
    public const int MaxSiteRequestBytes = ZoningInputLimits.SiteFileBytes + ZoningInputLimits.FormOverheadBytes;

    public const string DocxContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

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

    /// <summary>Today in China (the CLI uses the same).</summary>
    public static DateOnly Today() => Core.ChinaTime.Today();

    /// <summary>
    /// Runs the assessment as `zoning assess` does: reads the site (text or file), checks the industry code and the
    /// date, then assesses against the layer versions in force. Bad input gives a message, never an exception.
    /// </summary>
    public static (AssessmentResult? Result, string? Error) Assess(EcoGovDbContext db, AssessRequest r, SiteLimits limits)
    {
        ParsedSite site;
        try
        {
            if (r.FileBytes is { Length: > 0 } bytes)
            {
                var name = Path.GetFileName(r.FileName ?? "site.geojson");
                try { site = SiteFile.Read(name, bytes, Blank(r.Crs), limits); }
                catch (SiteInputException e) { return (null, e.Message.StartsWith(name + ":", StringComparison.Ordinal) ? e.Message : $"{name}: {e.Message}"); }
            }
            else if (!string.IsNullOrWhiteSpace(r.SiteText)) site = SiteInput.Parse(r.SiteText, Blank(r.Crs), limits);
            else return (null, "须给出选址：坐标文本（每行 经度,纬度）、GeoJSON 或上传文件 / give the site as coordinates, GeoJSON or a file");
        }
        catch (SiteInputException e) { return (null, "选址 site: " + e.Message); }
        catch (UnsupportedCrsException e) { return (null, "坐标系 crs: " + e.Message); }
        catch (JsonException e) { return (null, "选址 GeoJSON 无法解析 / invalid GeoJSON: " + e.Message); }

        var industry = Blank(r.Industry);
        if (industry is not null && IndustryCodes.Normalize(industry) is null)
            return (null, $"行业代码 industry: “{industry}”不是国民经济行业分类代码（字母门类或 2–4 位数字）/ not a GB/T 4754 code");
        DateOnly date;
        try { date = Application.RequestValues.OptionalDate(r.Date, "date", "研判日期") ?? Today(); }
        catch (Application.ApplicationInputException e) { return (null, e.Message); }
        try { return (new ZoningAssessment(db).Assess(site, Blank(r.Jurisdiction), industry, r.Facts, date), null); }
        catch (ZoningAssessmentException e) { return (null, e.Message); }
    }

    /// <summary>The .docx report of an assessment (AssessmentReport, as `zoning assess --docx`).</summary>
    public static byte[] Docx(AssessmentResult result, string? projectName)
    {
        using var ms = new MemoryStream();
        AssessmentReport.Write(ms, result, new ReportOptions(Blank(projectName) ?? "拟建项目", DateTimeOffset.Now));
        return ms.ToArray();
    }

    public static string DocxFileName(AssessmentResult result) => $"选址预研判报告-{result.Date:yyyy-MM-dd}.docx";

    /// <summary>A geometry (EPSG:4490) as GeoJSON, for the map's data-site.</summary>
    public static string GeometryJson(Geometry g) => JsonSerializer.Serialize(g, GeometryOptions);

    /// <summary>True when a site is small enough to be echoed back whole (<see cref="ZoningInputLimits.EchoedSiteVertices"/>).</summary>
    public static bool IsEchoed(Geometry site) => site.NumPoints <= ZoningInputLimits.EchoedSiteVertices;

    /// <summary>
    /// The site for the page's map: the geometry itself when small, else an outline simplified (topology preserved) to
    /// at most <see cref="ZoningInputLimits.EchoedSiteVertices"/> vertices, or its bounding box — the page never
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

    /// <summary>Facts from form fields fact_{key}: checkboxes for yes/no facts (unchecked = 否 when <paramref name="uncheckedAreNo"/>, else not given), numbers for the rest (blank = not given).</summary>
    public static (ProjectFacts Facts, string? Error) FactsFromForm(Func<string, string?> field, bool uncheckedAreNo)
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
                    return (facts, $"事实“{kind.Name}”须为非负数值（{kind.Unit}），收到“{v}” / {kind.Key} must be a non-negative number");
                facts = facts.With(kind.Key, d);
            }
        }
        return (facts, null);
    }

    /// <summary>
    /// Reads an uploaded file into one array of exactly its size (no growing buffer, no second copy), refusing more
    /// than <paramref name="max"/> bytes and a body that disagrees with the length the form gave.
    /// </summary>
    public static async Task<(byte[]? Bytes, string? Error)> ReadUpload(IFormFile file, long max, CancellationToken ct)
    {
        var name = Path.GetFileName(file.FileName);
        if (file.Length > max) return (null, $"{name}: 文件超过 {max / ZoningInputLimits.MiB} MB / file too large");
        var bytes = new byte[file.Length];
        await using var s = file.OpenReadStream();
        var read = await s.ReadAtLeastAsync(bytes, bytes.Length, throwOnEndOfStream: false, ct);
        if (read != bytes.Length || await s.ReadAsync(new byte[1], ct) != 0)
            return (null, $"{name}: 上传不完整 / the upload is incomplete");
        return (bytes, null);
    }

    public static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();

    public static string N(double v, string format = "0.##") => v.ToString(format, CultureInfo.InvariantCulture);

    /// <summary>The JSON the API answers for an assessment (AssessmentDto, as `zoning assess --json`).</summary>
    public static IResult AssessmentJson(AssessmentResult r) =>
        Results.Text(AssessmentDto.Serialize(r), "application/json; charset=utf-8", Encoding.UTF8);
}
