using System.Text.Json;
using System.Text.Json.Serialization;
using EcoGov.Core.Zoning;
using EcoGov.Core.Zoning.Rules;
using EcoGov.Core;
using EcoGov.Core.Text;

namespace EcoGov.Spatial.Zoning.Assessment;

/// <summary>
/// The JSON contract of `zoning assess --json` and the web API (issue 4 item 6): areas in m², distances in m,
/// verdicts and the conclusion in Chinese (违反 / 需满足条件 / 不涉及 / 人工判断; 不符合 / 有条件符合 / 符合); the
/// conclusion's text is a catalogue message, written as its bilingual line (<see cref="MessageJsonConverter"/>).
/// </summary>
public sealed record AssessmentDto(
    IReadOnlyList<AssessmentDto.Unit> Units,
    IReadOnlyList<AssessmentDto.LayerHit> Layers,
    IReadOnlyList<AssessmentDto.Requirement> Requirements,
    IReadOnlyList<AssessmentDto.Rule> Rules,
    string Conclusion,
    Message ConclusionText,
    IReadOnlyDictionary<string, AssessmentDto.Version> Versions,
    AssessmentDto.SiteInfo Site,
    string? IndustryCode,
    string? IndustryName,
    IReadOnlyDictionary<string, object> Facts,
    string Date,
    IReadOnlyList<Message> Warnings,
    string RulesVersion)
{
    public sealed record Unit(string Code, string? Name, string? Class, string? County, string? CountyName, double OverlapArea, double OverlapLength, double Share);
    public sealed record LayerHit(string Layer, string LayerName, string Id, string? Name, double Distance, double OverlapArea);
    public sealed record Requirement(string Level, string LevelName, string Category, string? Subcategory, int Seq, string? UnitCode,
        string Text, string Basis, string Verdict, string Evidence, IReadOnlyList<string> Rules, string PlanId);
    public sealed record Rule(string Id, string Description, string Verdict, string Evidence, string Source);
    public sealed record Version(long Id, int Number, string EffectiveFrom, string SourceName, bool Synthetic, int FeatureCount, string JurisdictionCode);
    /// <summary>
    /// The site as assessed: always a summary (kind, vertex count, bounding box [minLon, minLat, maxLon, maxLat] in
    /// EPSG:4490, area, length); the geometry itself (WKT, EPSG:4490) only when it has at most
    /// <see cref="ZoningInputLimits.EchoedSiteVertices"/> vertices — a large site is not echoed back (null).
    /// </summary>
    public sealed record SiteInfo(string Kind, string SourceCrs, int FrameEpsg, double Area, double Length, int VertexCount,
        IReadOnlyList<double> Bbox, string? Wkt);

    public static string LevelName(AccessListLevel level) => level switch
    {
        AccessListLevel.Province => "省级总体管控要求",
        AccessListLevel.KeyRegion => "重点区域（流域）管控要求",
        AccessListLevel.City => "市级总体管控要求",
        _ => "单元管控要求",
    };

    /// <summary>Human-readable citation of a rule's source, e.g. "000 市级 空间布局约束 禁止开发建设活动的要求 第26条".</summary>
    public static string Cite(RuleSource s) => s.Kind == RuleSourceKind.PlanTask
        ? $"{s.Document} 规划 {s.PlanId} 任务 {s.Seq}"
        : $"{s.Document} {LevelName(s.Level ?? AccessListLevel.City)} {(s.Category is { } c ? AccessListCategories.Name(c) : "")} {s.Subcategory} 第{s.Seq}条";

    public static AssessmentDto From(AssessmentResult r) => new(
        [.. r.Units.Select(u => new Unit(u.Code, u.Name, u.Class, u.County, u.CountyName, Round(u.OverlapArea), Round(u.OverlapLength), Math.Round(u.Share, 6)))],
        [.. r.Layers.Select(l => new LayerHit(l.Layer, l.LayerName, l.Id, l.Name, Round(l.Distance), Round(l.OverlapArea)))],
        [.. r.Requirements.Select(q => new Requirement(JsonNamingPolicy.CamelCase.ConvertName(q.Requirement.Level.ToString()), LevelName(q.Requirement.Level),
            AccessListCategories.Name(q.Requirement.Category), q.Requirement.Subcategory, q.Requirement.Seq, q.Requirement.UnitCode, q.Requirement.Text, q.Requirement.Basis,
            RuleVerdicts.Label(q.Verdict), q.Evidence, q.RuleIds, q.Requirement.PlanId))],
        [.. r.Rules.Select(x => new Rule(x.Rule.Id, x.Rule.Description, RuleVerdicts.Label(x.Verdict), x.Evidence, Cite(x.Rule.Source)))],
        AssessmentConclusions.Label(r.Conclusion),
        r.ConclusionText,
        r.Versions.GroupBy(v => v.Layer).ToDictionary(g => g.Key, g => g.Select(v => new Version(v.Id, v.Version, CalendarDate.ToText(v.EffectiveFrom), v.SourceName, v.Synthetic, v.FeatureCount, v.JurisdictionCode)).First()),
        SiteOf(r.Site),
        r.IndustryCode, r.IndustryName, FactsOf(r.Facts), CalendarDate.ToText(r.Date), r.Warnings, r.RulesVersion);

    private static double Round(double v) => Math.Round(v, 2);

    private static SiteInfo SiteOf(SiteSummary site)
    {
        var g = site.Geometry;
        var vertices = g.NumPoints;
        var e = g.EnvelopeInternal;
        return new SiteInfo(site.Kind, site.SourceCrs, site.FrameEpsg, Round(site.Area), Round(site.Length), vertices,
            [e.MinX, e.MinY, e.MaxX, e.MaxY], vertices <= ZoningInputLimits.EchoedSiteVertices ? g.AsText() : null);
    }

    /// <summary>Facts as given: booleans as true/false, numbers as numbers.</summary>
    private static Dictionary<string, object> FactsOf(ProjectFacts facts) =>
        facts.Values.ToDictionary(kv => kv.Key, kv => FactKinds.Find(kv.Key) is { IsBoolean: true } ? (object)(kv.Value != 0) : kv.Value);

    public static JsonSerializerOptions JsonOptions { get; } = new(JsonSerializerDefaults.Web)
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    };

    /// <summary>The JSON document (camelCase, UTF-8 friendly: Chinese not escaped).</summary>
    public static string Serialize(AssessmentResult r) => JsonSerializer.Serialize(From(r), JsonOptions);
}
