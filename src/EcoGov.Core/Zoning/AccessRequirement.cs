namespace EcoGov.Core.Zoning;

/// <summary>准入清单层级 the four levels of the access list, general to specific.</summary>
public enum AccessListLevel
{
    /// <summary>省级总体管控要求.</summary>
    Province,
    /// <summary>重点区域、重点流域总体管控要求.</summary>
    KeyRegion,
    /// <summary>市级总体管控要求.</summary>
    City,
    /// <summary>单元管控要求.</summary>
    Unit,
}

/// <summary>
/// 管控类别: the four categories of an access list, as the zoning results print them and in their order (zoning
/// reference §1). A requirement's <see cref="AccessRequirement.Category"/> is one of these.
/// </summary>
public static class AccessListCategories
{
    public const string SpatialLayout = "空间布局约束";
    public const string PollutantDischarge = "污染物排放管控";
    public const string RiskPrevention = "环境风险防控";
    public const string ResourceEfficiency = "资源利用效率";

    /// <summary>The four, in the order the lists print them.</summary>
    public static IReadOnlyList<string> All { get; } = [SpatialLayout, PollutantDischarge, RiskPrevention, ResourceEfficiency];
}

/// <summary>
/// 准入清单要求 one requirement of the environmental access list.
/// </summary>
/// <param name="Category">管控类别: 空间布局约束, 污染物排放管控, 环境风险防控, 资源利用效率.</param>
/// <param name="Subcategory">e.g. 禁止开发建设活动的要求, 水资源利用; null when the category has none.</param>
/// <param name="Seq">The requirement's number as printed within its category or subcategory.</param>
/// <param name="Basis">主要依据: the regulation, plan or notice cited, verbatim.</param>
/// <param name="UnitCode">The control unit's code for unit-level requirements; null otherwise.</param>
public sealed record AccessRequirement(
    string PlanId,
    string JurisdictionCode,
    AccessListLevel Level,
    string Category,
    string? Subcategory,
    int Seq,
    string Text,
    string Basis,
    string? UnitCode,
    Provenance Source);
