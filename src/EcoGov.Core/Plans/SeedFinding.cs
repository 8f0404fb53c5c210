namespace EcoGov.Core.Plans;

/// <summary>What kind of problem the extraction found in a seed document.</summary>
public enum FindingKind
{
    /// <summary>文档损坏 text garbled, truncated or a row missing.</summary>
    Damaged,
    /// <summary>不一致 the document contradicts itself (text vs table, total vs rows).</summary>
    Inconsistent,
    /// <summary>有歧义 a value can be read more than one way; kept verbatim.</summary>
    Ambiguous,
    /// <summary>重复 repeated content that was de-duplicated.</summary>
    Duplicated,
    /// <summary>无法解析 a phrase the parser cannot read, kept verbatim.</summary>
    Unparsed,
}

/// <summary>
/// 文档问题 a problem found in a seed document while extracting it, with where it is.
/// The platform shows these to the plan office; extraction never invents a value to hide one.
/// </summary>
public sealed record SeedFinding(FindingKind Kind, string Message, Provenance Source);

/// <summary>
/// 文中声明的合计 a figure the document states about its own tables (e.g. "42 projects, 150.68 亿元"),
/// kept so audits can compare it with the rows.
/// </summary>
/// <param name="Subject">What is totalled: "projects.count", "projects.investment".</param>
public sealed record StatedTotal(string PlanId, string Subject, decimal Value, string Text, Provenance Source);
