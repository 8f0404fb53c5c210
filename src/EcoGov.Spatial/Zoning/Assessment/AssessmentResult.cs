using EcoGov.Core.Text;
using EcoGov.Core.Zoning;
using EcoGov.Core.Zoning.Rules;
using NetTopologySuite.Geometries;

namespace EcoGov.Spatial.Zoning.Assessment;

/// <summary>研判总体结论 the overall conclusion.</summary>
public enum AssessmentConclusion
{
    /// <summary>符合: no structured rule is violated or conditional (text-only requirements still need a person).</summary>
    Compliant,
    /// <summary>有条件符合: no violation, but conditions must be shown (or data were missing).</summary>
    Conditional,
    /// <summary>不符合: at least one structured rule is violated.</summary>
    NonCompliant,
}

public static class AssessmentConclusions
{
    public static string Label(AssessmentConclusion c) => c switch
    {
        AssessmentConclusion.NonCompliant => "不符合",
        AssessmentConclusion.Conditional => "有条件符合",
        _ => "符合",
    };
}

/// <summary>The site as assessed.</summary>
/// <param name="Geometry">EPSG:4490.</param>
/// <param name="Kind">"点" / "线" / "面".</param>
/// <param name="SourceCrs">The system the site was given in ("EPSG:4526", "GCJ-02").</param>
/// <param name="FrameEpsg">The Gauss-Krüger frame areas and distances were measured in.</param>
/// <param name="Area">m² (0 for points and lines).</param>
/// <param name="Length">m (0 for points and polygons).</param>
public sealed record SiteSummary(Geometry Geometry, string Kind, string SourceCrs, int FrameEpsg, double Area, double Length);

/// <summary>A control unit the site touches.</summary>
/// <param name="OverlapArea">m² of site ∩ unit (0 for point and line sites).</param>
/// <param name="OverlapLength">m of a line site inside the unit (0 otherwise).</param>
/// <param name="Share">Share of the site in this unit: area share (polygon), length share (line), 1/n (a point on the
/// shared boundary of n units; 1 inside one unit).</param>
public sealed record UnitTouch(string Code, string? Name, string? Class, string? County, string? CountyName,
    double OverlapArea, double OverlapLength, double Share);

/// <summary>A feature of a separately managed layer touched by the site or within the largest distance a rule measures.</summary>
/// <param name="Distance">m, 0 when touching.</param>
/// <param name="OverlapArea">m² shared with a polygon site (0 otherwise).</param>
public sealed record LayerTouch(string Layer, string LayerName, string Id, string? Name, double Distance, double OverlapArea);

/// <summary>An applicable requirement with its verdict: from the structured rules linked to it, or 人工判断 for text.</summary>
public sealed record AssessedRequirement(AccessRequirement Requirement, RuleVerdict Verdict, string Evidence, IReadOnlyList<string> RuleIds);

/// <summary>The whole answer of a siting pre-assessment (选址预研判).</summary>
public sealed record AssessmentResult(
    SiteSummary Site,
    string? IndustryCode,
    string? IndustryName,
    ProjectFacts Facts,
    DateOnly Date,
    IReadOnlyList<UnitTouch> Units,
    IReadOnlyList<LayerTouch> Layers,
    IReadOnlyList<AssessedRequirement> Requirements,
    IReadOnlyList<RuleResult> Rules,
    AssessmentConclusion Conclusion,
    Message ConclusionText,
    IReadOnlyList<LayerVersionInfo> Versions,
    IReadOnlyList<Message> Warnings,
    string RulesVersion)
{
    /// <summary>The layer indexes used (for drawing the map); not part of the JSON.</summary>
    public IReadOnlyList<LayerIndex> Sources { get; init; } = [];

    /// <summary>True when any layer used is synthetic demo data (示意数据).</summary>
    public bool UsesSyntheticData => Versions.Any(v => v.Synthetic);
}
