using System.Text.Json.Serialization;

namespace EcoGov.Core.Zoning.Rules;

/// <summary>
/// 研判结论 the verdict of one structured rule or one requirement in a siting pre-assessment.
/// </summary>
public enum RuleVerdict
{
    /// <summary>不涉及 the rule does not apply to this site and project.</summary>
    NotApplicable,
    /// <summary>人工判断 text-only requirement (no structured rule decides it): a person must read and judge it.</summary>
    ManualReview,
    /// <summary>需满足条件 conditional: allowed only if what the evidence names is shown (or data was missing).</summary>
    Conditional,
    /// <summary>违反 prohibited.</summary>
    Prohibited,
}

/// <summary>Chinese labels of verdicts.</summary>
public static class RuleVerdicts
{
    public static string Label(RuleVerdict v) => v switch
    {
        RuleVerdict.Prohibited => "违反",
        RuleVerdict.Conditional => "需满足条件",
        RuleVerdict.ManualReview => "人工判断",
        _ => "不涉及",
    };
}

/// <summary>What a structured rule encodes; in the catalogue's JSON "access-requirement" or "plan-task".</summary>
[JsonConverter(typeof(JsonStringEnumConverter<RuleSourceKind>))]
public enum RuleSourceKind
{
    /// <summary>准入清单要求: a requirement of an access list (plan, level, category, subcategory, seq).</summary>
    [JsonStringEnumMemberName("access-requirement")] AccessRequirement,
    /// <summary>规划任务: a task of a plan (plan, seq).</summary>
    [JsonStringEnumMemberName("plan-task")] PlanTask,
}

/// <summary>
/// What a structured rule encodes: an access-list requirement (plan, level, category, subcategory, seq) or a plan task
/// (plan, seq), with a key phrase of its text that a test checks, so a wrong link fails.
/// </summary>
/// <param name="Basis">For a plan task (which has no access-list basis): the document to cite.</param>
/// <param name="Kind">准入清单要求 or 规划任务; "access-requirement" or "plan-task" in the catalogue's JSON.</param>
public sealed record RuleSource(
    RuleSourceKind Kind,
    string PlanId,
    string Document,
    AccessListLevel? Level,
    AccessListCategory? Category,
    string? Subcategory,
    int Seq,
    string KeyPhrase,
    string? Basis = null)
{
    /// <summary>True when the requirement is the one this source points at.</summary>
    public bool Matches(AccessRequirement r) =>
        Kind == RuleSourceKind.AccessRequirement && r.PlanId == PlanId && r.Level == Level && r.Category == Category
        && r.Subcategory == Subcategory && r.Seq == Seq;
}

/// <summary>
/// A structured rule (结构化规则): when <see cref="When"/> holds for the site and project, the rule fires with
/// <see cref="Verdict"/> (违反 or 需满足条件, the latter with <see cref="Condition"/> saying what must be shown).
/// When the condition cannot be decided (a layer or fact is missing) the verdict is 需满足条件 naming what is
/// missing; when it does not hold, 不涉及.
/// </summary>
/// <param name="Id">Stable id, e.g. "livestock-qin-dan-1000".</param>
/// <param name="Jurisdiction">The administrative code whose access list the rule belongs to (e.g. 140500 晋城市);
/// the rule is evaluated when the applicable requirements come from this jurisdiction.</param>
/// <param name="Description">Chinese description shown in the report.</param>
/// <param name="Condition">For 需满足条件: what the applicant must show.</param>
/// <param name="CoversRequirement">True when the rule decides the whole requirement text; otherwise the rest of the
/// requirement still needs a person (the requirement is marked 人工判断 when the rule does not fire).</param>
public sealed record StructuredRule(
    string Id,
    string Jurisdiction,
    RuleSource Source,
    string Description,
    RuleVerdict Verdict,
    string? Condition,
    RuleCondition When,
    bool CoversRequirement = false);

/// <summary>A rule's test. Serialized with a "type" discriminator.</summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(DistanceRule), "distance")]
[JsonDerivedType(typeof(InsideLayerRule), "inside")]
[JsonDerivedType(typeof(IndustryRule), "industry")]
[JsonDerivedType(typeof(FactRule), "fact")]
[JsonDerivedType(typeof(AllRule), "all")]
[JsonDerivedType(typeof(AnyRule), "any")]
[JsonDerivedType(typeof(NotRule), "not")]
public abstract record RuleCondition;

/// <summary>Features of a layer whose attribute <see cref="Attribute"/> has one of <see cref="Values"/>.</summary>
public sealed record AttributeFilter(string Attribute, IReadOnlyList<string> Values)
{
    public override string ToString() => $"{Attribute}∈{{{string.Join("、", Values)}}}";
}

/// <summary>How a distance is compared with the threshold.</summary>
public enum DistanceComparison
{
    /// <summary>"N米范围内": distance ≤ N (inclusive).</summary>
    Within,
    /// <summary>"距离…N米以上" violated: distance &lt; N (N itself satisfies the requirement).</summary>
    CloserThan,
}

/// <summary>
/// The site is within <see cref="Meters"/> of any feature of <see cref="Layer"/> (optionally filtered by
/// attributes, all filters must hold). Distances are shortest distances in metres (0 when overlapping).
/// </summary>
public sealed record DistanceRule(string Layer, double Meters, DistanceComparison Comparison = DistanceComparison.Within,
    IReadOnlyList<AttributeFilter>? Where = null) : RuleCondition;

/// <summary>The site overlaps (touches) a feature of <see cref="Layer"/>.</summary>
public sealed record InsideLayerRule(string Layer, IReadOnlyList<AttributeFilter>? Where = null) : RuleCondition;

/// <summary>
/// The project's industry code (GB/T 4754-2017) is in <see cref="Codes"/> by prefix on the hierarchical code:
/// "03" (A03 畜牧业) matches 031, 0313; "031" matches 0313. Section letters are ignored. A project code coarser than
/// a listed one ("A03" against "031") is unknown (需满足条件, naming the finer codes), never false.
/// </summary>
public sealed record IndustryRule(IReadOnlyList<string> Codes) : RuleCondition;

/// <summary>How a fact is compared.</summary>
public enum FactComparison { IsTrue, IsFalse, GreaterThan, GreaterOrEqual, LessThan, LessOrEqual }

/// <summary>A project fact compared with a threshold (numbers) or tested true/false (booleans, stored as 1/0).</summary>
public sealed record FactRule(string Fact, FactComparison Comparison, double? Value = null) : RuleCondition;

/// <summary>All conditions hold.</summary>
public sealed record AllRule(IReadOnlyList<RuleCondition> Rules) : RuleCondition;

/// <summary>At least one condition holds.</summary>
public sealed record AnyRule(IReadOnlyList<RuleCondition> Rules) : RuleCondition;

/// <summary>The condition does not hold.</summary>
public sealed record NotRule(RuleCondition Rule) : RuleCondition;
