using System.Text.Json.Serialization;
using EcoGov.Core.Text;

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
/// 管控类别: the four categories of an access list, in the order the zoning results print them (zoning reference §1).
/// In JSON (seed files, rule catalogue) and in the store a category is written by its printed name
/// (<see cref="AccessListCategories.Name"/>), so the data read the same as the documents.
/// </summary>
public enum AccessListCategory
{
    /// <summary>空间布局约束.</summary>
    [JsonStringEnumMemberName("空间布局约束")] SpatialLayout,
    /// <summary>污染物排放管控.</summary>
    [JsonStringEnumMemberName("污染物排放管控")] PollutantDischarge,
    /// <summary>环境风险防控.</summary>
    [JsonStringEnumMemberName("环境风险防控")] RiskPrevention,
    /// <summary>资源利用效率.</summary>
    [JsonStringEnumMemberName("资源利用效率")] ResourceEfficiency,
}

/// <summary>The categories' printed names, the one place they are spelled.</summary>
public static class AccessListCategories
{
    /// <summary>The four, in the order the lists print them.</summary>
    public static IReadOnlyList<AccessListCategory> All { get; } =
        [AccessListCategory.SpatialLayout, AccessListCategory.PollutantDischarge, AccessListCategory.RiskPrevention, AccessListCategory.ResourceEfficiency];

    /// <summary>The name as the zoning results print it, e.g. 空间布局约束 (the member's JSON name, spelled once, above).</summary>
    public static string Name(AccessListCategory category) => JsonNames.Of(category);

    /// <summary>The category a printed name stands for (exactly, after trimming); false for anything else.</summary>
    public static bool TryParse(string? text, out AccessListCategory category) => JsonNames.TryParse(text?.Trim(), out category);

    /// <summary>The category a stored name stands for; a name that is none of the four is a corrupt store.</summary>
    public static AccessListCategory Parse(string text) =>
        TryParse(text, out var c) ? c : throw new FormatException(CoreText.NotAnAccessListCategory(text).Bilingual);
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
    AccessListCategory Category,
    string? Subcategory,
    int Seq,
    string Text,
    string Basis,
    string? UnitCode,
    Provenance Source);
