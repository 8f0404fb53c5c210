namespace EcoGov.Core.Plans;

/// <summary>规划类型 the kind of plan a document sets out.</summary>
public enum PlanKind
{
    /// <summary>五年规划 five-year plan (十三五, 十四五).</summary>
    FiveYearPlan,
    /// <summary>专项规划 special plan with a long horizon, e.g. 2021-2035.</summary>
    SpecialPlan,
    /// <summary>年度行动计划 annual action plan.</summary>
    AnnualActionPlan,
    /// <summary>生态环境分区管控成果 zoning-control result (三线一单).</summary>
    ZoningResult,
}

/// <summary>
/// 规划 a plan held as data. One seed document can carry several plans (002 carries three).
/// </summary>
/// <param name="Id">Stable readable slug, e.g. <c>jincheng-14fyp-eco</c>.</param>
/// <param name="DocNumber">文号, e.g. 晋市环发〔2022〕126号; null when the document has none (a draft).</param>
public sealed record Plan(
    string Id,
    string JurisdictionCode,
    string Title,
    string? DocNumber,
    DateOnly? Issued,
    PlanKind Kind,
    int? PeriodStart,
    int? PeriodEnd,
    int? BaseYear,
    Provenance Source);

/// <summary>
/// A seed document: the published text the platform's plan data was extracted from.
/// </summary>
/// <param name="Id">Short id used in provenance, "000".."004".</param>
/// <param name="FileName">File name of the text under data/seed/documents.</param>
/// <param name="Sha256">Hex SHA-256 of the text, so provenance points at one exact version.</param>
public sealed record SourceDocument(string Id, string FileName, string Title, string Sha256);
