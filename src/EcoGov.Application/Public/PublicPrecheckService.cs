using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using EcoGov.Application.Air;
using EcoGov.Application.Dashboard;
using EcoGov.Application.Zoning;
using EcoGov.Core;
using EcoGov.Core.Air;
using EcoGov.Core.Text;
using EcoGov.Core.Zoning;
using EcoGov.Core.Zoning.Rules;
using EcoGov.Data;
using EcoGov.Data.Monitoring;
using EcoGov.Data.Queries;
using EcoGov.Spatial.Zoning.Assessment;
using Microsoft.EntityFrameworkCore;
using EcoGov.Core.Jurisdictions;

namespace EcoGov.Application.Public;

/// <summary>
/// A public pre-check (公众选址预判) as the /public page and GET /api/public/precheck receive it: <c>location</c>, one point
/// "经度,纬度" (CGCS2000 / WGS-84, degrees), and <c>industry</c>, a GB/T 4754 code (required).
/// </summary>
public sealed record PublicPrecheckRequest(string? Location, string? Industry)
{
    public const string LocationField = "location";
    public const string IndustryField = ZoningFields.Industry;
}

/// <summary>
/// The answer of a public pre-check: only what is published — the control units the point lies in (code, name, class,
/// county), the access-list requirements that apply to the industry there (with the verdict the rules give without project
/// facts), and which unit-layer version (number, effective date, whether 示意数据) was used. No layer ids or source files,
/// no internal notes, no supervision data, no user.
/// </summary>
public sealed record PublicPrecheckResult(
    double Longitude, double Latitude, string Date, string IndustryCode, string? IndustryName,
    IReadOnlyList<PublicUnit> Units, IReadOnlyList<PublicRequirement> Requirements, PublicLayer? UnitLayer,
    bool Synthetic, string Notice);

/// <summary>A control unit the point lies in.</summary>
public sealed record PublicUnit(string Code, string? Name, string? Class, string? CountyName);

/// <summary>An applicable access-list requirement: level (总体/…/单元), category, the text and its basis, the verdict label.</summary>
public sealed record PublicRequirement(string Level, string Category, string? Subcategory, int Seq, string? UnitCode,
    string Text, string Basis, string Verdict);

/// <summary>The unit-layer version in force that the answer used.</summary>
public sealed record PublicLayer(string Name, int Version, string EffectiveFrom, bool Synthetic);

/// <summary>
/// The published air figures of the city: the annual evaluation (HJ 663, the GB 3095 version in force) of the last complete
/// calendar year with real monitoring data — stations whose code does not start with <c>DEMO-</c>. <see cref="Year"/> is null
/// (and <see cref="Message"/> says 暂无已发布的空气质量数据) when there are none.
/// </summary>
public sealed record PublicAirFigures(
    string Jurisdiction, string JurisdictionName, int? Year, string? Standard, int Stations, int ValidDays,
    decimal? Pm25, decimal? Pm10, decimal? So2, decimal? No2, decimal? CoP95, decimal? O3P90, decimal? GoodRatio, string Message);

/// <summary>
/// 公众选址预判: the one operation behind the anonymous /public page and GET /api/public/precheck. It calls the signed-in
/// site's own <see cref="SiteAssessmentService.Assess"/> (a point, today in China — so only the layer versions in force
/// today, never a later-dated one — and the jurisdiction found from the point) and keeps only the published part of its
/// answer (<see cref="PublicPrecheckResult"/>). Bad input is refused naming the field: <c>location</c> (not one
/// "经度,纬度", or outside every unit in force), <c>industry</c> (missing, or not a GB/T 4754 code, by
/// <see cref="SiteAssessmentService.CheckIndustry"/>).
/// </summary>
public sealed partial class PublicPrecheckService(SiteAssessmentService siting, ZoningLayerService zoning, EcoGovDbContext db,
    PlanCatalog catalog, MonitoringStoreQuery store)
{
    /// <summary>The properties of a unit feature the public map shows; every other property (notes, requirements text, ids) is dropped.</summary>
    public static readonly IReadOnlyList<string> MapUnitProperties = ["code", "name", "class", "countyName"];

    /// <summary>The city whose published air figures the page shows (晋城市).</summary>
    public const string City = "140500";

    public const string Notice = "本结果为选址预判，不构成审批意见；项目能否建设以生态环境主管部门依法审批为准。" +
        "/ This is a pre-check, not an approval.";

    public const string NoAirData = "暂无已发布的空气质量数据";

    [GeneratedRegex(@"^\s*(-?\d{1,3}(?:\.\d+)?)\s*[,，\s]\s*(-?\d{1,3}(?:\.\d+)?)\s*$")]
    private static partial Regex LonLat();

    /// <summary>Checks the request without the store: the location as (lon, lat), the normalized industry code.</summary>
    public static (double Lon, double Lat, string Industry) Check(PublicPrecheckRequest request)
    {
        if (RequestValues.Absent(request.Location))
            throw new ApplicationInputException(ErrorCode.Required, PublicPrecheckRequest.LocationField,
                AppText.LocationRequiredLonLat());
        var m = LonLat().Match(request.Location!);
        if (!m.Success
            || !double.TryParse(m.Groups[1].Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var lon)
            || !double.TryParse(m.Groups[2].Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var lat))
            throw new ApplicationInputException(ErrorCode.InvalidValue, PublicPrecheckRequest.LocationField,
                AppText.LocationNotOnePoint(UserText.Quote(request.Location!.Trim())));
        if (lon is < 73 or > 136 || lat is < 3 or > 54)
            throw new ApplicationInputException(ErrorCode.InvalidValue, PublicPrecheckRequest.LocationField,
                AppText.LocationOutsideChina(m.Groups[1].Value, m.Groups[2].Value));
        if (RequestValues.Absent(request.Industry))
            throw new ApplicationInputException(ErrorCode.Required, PublicPrecheckRequest.IndustryField,
                AppText.IndustryCodeRequired());
        return (lon, lat, SiteAssessmentService.CheckIndustry(request.Industry)!);
    }

    /// <summary>The pre-check of a point for an industry, today, from the layers in force and the published access list.</summary>
    public async Task<PublicPrecheckResult> PrecheckAsync(PublicPrecheckRequest request, CancellationToken ct = default)
    {
        var (lon, lat, industry) = Check(request);
        AssessmentResult r;
        try
        {
            r = (await siting.AssessAsync(new SiteAssessmentRequest(
                Point: string.Create(CultureInfo.InvariantCulture, $"{lon},{lat}"), Crs: "EPSG:4490", Industry: industry), ct)).Result;
        }
        catch (ApplicationInputException e) when (e.Error.Field is ZoningFields.Point or ZoningFields.Site or null)
        {
            // The site's errors, and "the point is in no unit in force", are about the location the public user gave.
            throw new ApplicationInputException(e.Error.Code, PublicPrecheckRequest.LocationField, AppText.LocationInvalid(e.Error.Text));
        }
        var unitLayer = r.Versions.FirstOrDefault(v => v.Layer == ZoningLayerKinds.Units.Code);
        return new PublicPrecheckResult(lon, lat, CalendarDate.ToText(r.Date), r.IndustryCode ?? industry, r.IndustryName,
            r.Units.Select(u => new PublicUnit(u.Code, u.Name, u.Class, u.CountyName)).ToList(),
            r.Requirements.Where(q => q.Verdict != RuleVerdict.NotApplicable)
                .OrderBy(q => q.Requirement.Level).ThenBy(q => q.Requirement.Category) // in the lists' printed order
                .ThenBy(q => q.Requirement.Subcategory, StringComparer.Ordinal).ThenBy(q => q.Requirement.Seq)
                .Select(q => new PublicRequirement(AssessmentDto.LevelName(q.Requirement.Level), AccessListCategories.Name(q.Requirement.Category),
                    q.Requirement.Subcategory, q.Requirement.Seq, q.Requirement.UnitCode, q.Requirement.Text, q.Requirement.Basis,
                    RuleVerdicts.Label(q.Verdict)))
                .ToList(),
            unitLayer is null ? null : new PublicLayer(ZoningLayerKinds.Units.Name, unitLayer.Version, CalendarDate.ToText(unitLayer.EffectiveFrom), unitLayer.Synthetic),
            r.UsesSyntheticData, Notice);
    }

    /// <summary>
    /// The public map's data, in the shape the site's map script reads: the city's boundary and the unit layer in force
    /// today (name, version, effective date, whether 示意数据; features with <see cref="MapUnitProperties"/> only). No
    /// other layer, no version id or source file.
    /// </summary>
    public async Task<byte[]> MapJsonAsync(CancellationToken ct = default)
    {
        var full = JsonNode.Parse(await zoning.MapJsonAsync(new ZoningMapRequest(City, CalendarDate.ToText(siting.Today())), ct))!.AsObject();
        var layers = new JsonObject();
        if (full["layers"]?[ZoningLayerKinds.Units.Code] is JsonObject units)
        {
            var features = new JsonArray();
            foreach (var f in units["features"]?["features"]?.AsArray() ?? [])
            {
                var props = new JsonObject();
                foreach (var key in MapUnitProperties)
                    if (f?["properties"]?[key] is JsonValue v) props[key] = v.DeepClone();
                features.Add(new JsonObject
                {
                    ["type"] = "Feature",
                    ["geometry"] = f?["geometry"]?.DeepClone(),
                    ["properties"] = props,
                });
            }
            layers[ZoningLayerKinds.Units.Code] = new JsonObject
            {
                ["name"] = units["name"]?.DeepClone(),
                ["synthetic"] = units["synthetic"]?.DeepClone(),
                ["version"] = units["version"]?.DeepClone(),
                ["effectiveFrom"] = units["effectiveFrom"]?.DeepClone(),
                ["features"] = new JsonObject { ["type"] = "FeatureCollection", ["features"] = features },
            };
        }
        var result = new JsonObject
        {
            ["jurisdiction"] = full["jurisdiction"]?.DeepClone(),
            ["jurisdictionName"] = full["jurisdictionName"]?.DeepClone(),
            ["date"] = full["date"]?.DeepClone(),
            ["boundary"] = full["boundary"]?.DeepClone(),
            ["layers"] = layers,
        };
        return JsonSerializer.SerializeToUtf8Bytes(result, new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
    }

    /// <summary>
    /// The city's published air figures (<see cref="PublicAirFigures"/>): the last calendar year before today's (in China)
    /// with days of real stations of the city, evaluated by <see cref="AirEvaluationService"/> over those stations only.
    /// </summary>
    public async Task<PublicAirFigures> AirFiguresAsync(DateOnly today, CancellationToken ct = default)
    {
        var name = (await catalog.JurisdictionAsync(City, ct))?.Name ?? "晋城市";
        var real = (await db.MonitoringStations.AsNoTracking().Select(s => new { s.Code, s.JurisdictionCode }).ToListAsync(ct))
            .Where(s => !DemoMonitoringData.IsDemoStation(s.Code) && Jurisdiction.IsWithin(s.JurisdictionCode, City))
            .Select(s => s.Code).ToList();
        var yearStart = new DateOnly(today.Year, 1, 1);
        var last = real.Count == 0 ? null
            : await db.AirStationDays.AsNoTracking().Where(d => real.Contains(d.StationCode) && d.Date < yearStart)
                .OrderByDescending(d => d.Date).Select(d => (DateOnly?)d.Date).FirstOrDefaultAsync(ct);
        var none = new PublicAirFigures(City, name, null, null, 0, 0, null, null, null, null, null, null, null, NoAirData);
        if (last is not { } day) return none;
        var from = new DateOnly(day.Year, 1, 1);
        var to = new DateOnly(day.Year, 12, 31);
        var standard = AirEvaluationStandards.ForDate(to);
        var standardName = standard == AirEvaluationStandards.Gb3095_2012 ? "GB3095-2012"
            : standard == AirEvaluationStandards.Gb3095_2026Transitional ? "GB3095-2026-transitional" : "GB3095-2026-final";
        AirEvaluationDto e;
        try
        {
            e = await new AirEvaluationService(catalog, store).EvaluateAsync(new AirEvaluationRequest(standardName,
                CalendarDate.ToText(from), CalendarDate.ToText(to), Jurisdiction: City, Stations: real), ct);
        }
        catch (ApplicationInputException x) when (x.Error.Code == ErrorCode.NoData) { return none; }
        var all = e.All;
        return new PublicAirFigures(City, name, day.Year, e.Standard, e.Stations.Count, all.ValidDays,
            all.Means.GetValueOrDefault("PM2.5"), all.Means.GetValueOrDefault("PM10"), all.Means.GetValueOrDefault("SO2"),
            all.Means.GetValueOrDefault("NO2"), all.CoP95, all.O3P90, all.GoodRatio,
            $"{name} {day.Year} 年环境空气质量（{e.Stations.Count} 个监测站点，按 HJ 663 与 {e.Standard} 评价）");
    }
}
