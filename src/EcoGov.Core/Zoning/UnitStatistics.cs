namespace EcoGov.Core.Zoning;

/// <summary>管控单元类别 control-unit class.</summary>
public enum ControlUnitClass
{
    /// <summary>优先保护单元.</summary>
    Priority,
    /// <summary>重点管控单元.</summary>
    Key,
    /// <summary>一般管控单元.</summary>
    General,
}

/// <summary>
/// The control-unit classes with their names as published and stored in the unit layers' 管控类别 field: the one list
/// of them (layer validation, the demo layers, the zoning overview and its statistics all use it).
/// </summary>
public static class ControlUnitClasses
{
    /// <summary>The classes in the order the zoning results list them.</summary>
    public static IReadOnlyList<ControlUnitClass> All { get; } = [ControlUnitClass.Priority, ControlUnitClass.Key, ControlUnitClass.General];

    /// <summary>The classes' names, in the order of <see cref="All"/>.</summary>
    public static IReadOnlyList<string> Names { get; } = [.. All.Select(Name)];

    /// <summary>优先保护单元, 重点管控单元, 一般管控单元.</summary>
    public static string Name(ControlUnitClass c) => c switch
    {
        ControlUnitClass.Priority => "优先保护单元",
        ControlUnitClass.Key => "重点管控单元",
        ControlUnitClass.General => "一般管控单元",
        _ => throw new ArgumentOutOfRangeException(nameof(c)),
    };

    /// <summary>The class of a stored name; null for any other text.</summary>
    public static ControlUnitClass? Find(string? name) => name switch
    {
        "优先保护单元" => ControlUnitClass.Priority,
        "重点管控单元" => ControlUnitClass.Key,
        "一般管控单元" => ControlUnitClass.General,
        _ => null,
    };
}

/// <summary>
/// 管控单元统计 the number of control units of each class in one county (or the whole city, for the
/// table's total row), as published in a zoning result.
/// </summary>
public sealed record UnitStatistics(
    string PlanId,
    string JurisdictionCode,
    string JurisdictionName,
    int Priority,
    int Key,
    int General,
    int Total,
    Provenance Source)
{
    /// <summary>True when the three classes add up to the printed total.</summary>
    public bool IsConsistent => Priority + Key + General == Total;
}
