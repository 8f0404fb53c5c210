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
