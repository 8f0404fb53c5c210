using System.Text.Json;
using EcoGov.Core;
using EcoGov.Core.Text;
using EcoGov.Core.Zoning.Rules;
using EcoGov.Data;
using EcoGov.Data.Zoning;
using EcoGov.Reports.Zoning;
using EcoGov.Spatial.Crs;
using EcoGov.Spatial.Zoning.Assessment;
using Microsoft.EntityFrameworkCore;


namespace EcoGov.Application.Zoning;

/// <summary>
/// A siting pre-assessment (选址预研判) as a host receives it. The site is given one way: <c>site</c> as text
/// (coordinates "lon,lat" per line, or GeoJSON), <c>point</c> ("lon,lat", the CLI's --point), or a site file already read
/// (<see cref="FileName"/> and <see cref="FileBytes"/>: GeoJSON, coordinate text or a zipped shapefile; the CLI's --site,
/// the page's upload). <c>crs</c> (default EPSG:4490), <c>industry</c> (GB/T 4754), <c>facts</c> (parsed by
/// <see cref="SiteAssessmentService.ParseFacts"/> or the page's form), <c>date</c> (<c>yyyy-MM-dd</c>; default today in
/// China) and <c>jurisdiction</c> (default: found from the site) as the user gave them.
/// </summary>
public sealed record SiteAssessmentRequest(
    string? Site = null, string? Point = null, string? FileName = null, byte[]? FileBytes = null, string? Crs = null,
    string? Industry = null, ProjectFacts? Facts = null, string? Date = null, string? Jurisdiction = null);

/// <summary>
/// 选址预研判 against the layer versions in force on the date: the one operation behind `zoning assess` (--json,
/// --docx), /api/zoning/assess, /api/zoning/assess/docx and the 选址研判 page. Bad input is refused with an
/// <see cref="ApplicationInputException"/> naming the field, in this order: the site given one way, crs, industry,
/// date, the site read, the jurisdiction; then an assessment the store cannot make (no unit layer in force) is
/// <see cref="ErrorCode.NoData"/>.
/// </summary>
public sealed class SiteAssessmentService(EcoGovDbContext db, ZoningSnapshotCache cache, SiteLimits? limits = null, TimeProvider? clock = null)
{
    public const string DefaultProjectName = "拟建项目";
    public const string DocxContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private readonly SiteLimits siteLimits = limits ?? SiteLimits.Default;
    private readonly TimeProvider time = clock ?? TimeProvider.System;

    /// <summary>Today in China by the service's clock: the date of a request that gives none.</summary>
    public DateOnly Today() => ChinaTime.Today(time);

    /// <summary>
    /// Checks what needs neither the site's content nor the store, so that a host can refuse it before reading a file
    /// or opening the store: the site given exactly one way, the crs, the industry code, the date (default today).
    /// Returns the normalized industry code (null when not given) and the date.
    /// </summary>
    public static (string? Industry, DateOnly Date) CheckValues(SiteAssessmentRequest request, TimeProvider? clock = null)
    {
        var ways = (RequestValues.Absent(request.Site) ? 0 : 1) + (RequestValues.Absent(request.Point) ? 0 : 1)
                   + (request.FileBytes is null ? 0 : 1);
        if (ways == 0)
            throw new ApplicationInputException(ErrorCode.Required, ZoningFields.Site,
                AppText.SiteRequired());
        if (ways > 1)
            throw new ApplicationInputException(ErrorCode.Conflict, ZoningFields.Site,
                AppText.SiteGivenTwice());
        CheckCrs(request.Crs);
        return (CheckIndustry(request.Industry), RequestValues.OptionalDate(request.Date, ZoningFields.Date, AppText.LabelAssessmentDate) ?? ChinaTime.Today(clock));
    }

    /// <summary>The one check of an industry code (GB/T 4754: a letter section or 2–4 digits); null when not given.</summary>
    public static string? CheckIndustry(string? industry)
    {
        if (RequestValues.Absent(industry)) return null;
        var code = industry!.Trim();
        return IndustryCodes.Normalize(code) is null
            ? throw new ApplicationInputException(ErrorCode.InvalidValue, ZoningFields.Industry,
                AppText.IndustryCodeInvalid(UserText.Quote(code)))
            : code;
    }

    /// <summary>A site's coordinate system: EPSG:n (supported), a name of one, or GCJ-02; blank = EPSG:4490.</summary>
    public static void CheckCrs(string? crs)
    {
        if (RequestValues.Absent(crs) || SiteInput.IsGcj02(crs)) return;
        try { CoordinateSystems.Parse(crs!.Trim()); }
        catch (UnsupportedCrsException e) { throw new ApplicationInputException(ErrorCode.InvalidValue, ZoningFields.Crs, AppText.CrsInvalid(AppMessage.Verbatim(e.Text))); }
    }

    /// <summary>Project facts from JSON ({"usesCoal": true, …}); <paramref name="source"/> (a file name) prefixes the message.</summary>
    public static ProjectFacts ParseFacts(string json, string? source = null)
    {
        try { return ProjectFacts.Parse(json); }
        catch (ProjectFactsException e) when (source is null) { throw new ApplicationInputException(ErrorCode.InvalidValue, ZoningFields.Facts, AppMessage.Verbatim(e.Text)); }
        catch (FormatException e) { throw new ApplicationInputException(ErrorCode.InvalidValue, ZoningFields.Facts, source is null ? e.Message : $"{source}: {e.Message}"); }
    }

    /// <summary>Reads the site as given (EPSG:4490 after reading), bounded by the host's <see cref="SiteLimits"/>.</summary>
    public ParsedSite ReadSite(SiteAssessmentRequest request)
    {
        var crs = RequestValues.Absent(request.Crs) ? null : request.Crs!.Trim();
        var field = ZoningFields.Site;
        try
        {
            if (request.FileBytes is { } bytes)
            {
                var name = Path.GetFileName(request.FileName ?? "site.geojson");
                try { return SiteFile.Read(name, bytes, crs, siteLimits); }
                catch (SiteInputException e)
                {
                    if (e.Message.StartsWith(name + ":", StringComparison.Ordinal))
                        throw new ApplicationInputException(ErrorCode.InvalidValue, field, AppMessage.Verbatim(e.Text));
                    throw new ApplicationInputException(ErrorCode.InvalidValue, field, $"{name}: {e.Message}");
                }
            }
            if (!RequestValues.Absent(request.Point))
            {
                field = ZoningFields.Point;
                return SiteInput.ParseCoordinates(request.Point!, crs, siteLimits);
            }
            return SiteInput.Parse(request.Site ?? "", crs, siteLimits);
        }
        catch (SiteInputException e) { throw new ApplicationInputException(ErrorCode.InvalidValue, field, AppText.SiteInvalid(AppMessage.Verbatim(e.Text))); }
        catch (UnsupportedCrsException e) { throw new ApplicationInputException(ErrorCode.InvalidValue, ZoningFields.Crs, AppText.CrsInvalid(AppMessage.Verbatim(e.Text))); }
        catch (JsonException e) { throw new ApplicationInputException(ErrorCode.InvalidValue, field, AppText.GeoJsonInvalid(e.Message)); }
    }

    /// <summary>
    /// Assesses the site against the layer versions in force on the date and the access list of the jurisdiction (the
    /// given one, or the one whose unit layer the site touches). JSON as `zoning assess --json` (<see cref="Json"/>).
    /// </summary>
    public async Task<SiteAssessment> AssessAsync(SiteAssessmentRequest request, CancellationToken ct = default)
    {
        var (industry, date) = CheckValues(request, time);
        var site = ReadSite(request);
        string? jurisdiction = null;
        if (!RequestValues.Absent(request.Jurisdiction))
        {
            jurisdiction = request.Jurisdiction!.Trim();
            if (!await db.Jurisdictions.AsNoTracking().AnyAsync(j => j.Code == jurisdiction, ct))
                throw new ApplicationInputException(ErrorCode.UnknownJurisdiction, ZoningFields.Jurisdiction,
                    AppText.UnknownJurisdictionCode(UserText.Quote(jurisdiction)));
        }
        try { return new SiteAssessment(await new ZoningAssessment(db, cache).AssessAsync(site, jurisdiction, industry, request.Facts ?? ProjectFacts.None, date, ct)); }
        catch (ZoningAssessmentException e) { throw new ApplicationInputException(ErrorCode.NoData, null, e.Text); }
    }

    /// <summary>The assessment as JSON (AssessmentDto): the API's answer and `zoning assess --json`.</summary>
    public static string Json(SiteAssessment assessment) => AssessmentDto.Serialize(assessment.Result);

    /// <summary>The type of <see cref="Json"/>'s document, for a host's API description (OpenAPI).</summary>
    public static Type JsonType => typeof(AssessmentDto);

    /// <summary>The .docx report of an assessment (AssessmentReport), for the project named (blank: 拟建项目).</summary>
    public byte[] Report(SiteAssessment assessment, string? projectName)
    {
        var result = assessment.Result;
        using var ms = new MemoryStream();
        AssessmentReport.Write(ms, result, new ReportOptions(
            RequestValues.Absent(projectName) ? DefaultProjectName : projectName!.Trim(), time.GetLocalNow()));
        return ms.ToArray();
    }

    /// <summary>The report's download name: 选址预研判报告-yyyy-MM-dd.docx.</summary>
    public static string ReportFileName(SiteAssessment result) => $"选址预研判报告-{CalendarDate.ToText(result.Date)}.docx";
}
