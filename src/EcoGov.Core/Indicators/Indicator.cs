namespace EcoGov.Core.Indicators;

/// <summary>指标属性: 约束性 binding or 预期性 expected.</summary>
public enum IndicatorAttribute { Binding, Expected }

/// <summary>
/// 基准值 an indicator's baseline: the value printed for the base year. <see cref="Value"/> is null
/// when the cell is "—"/"--" or not a number; <see cref="Text"/> always keeps the cell verbatim.
/// </summary>
/// <param name="Unit">Set when the cell carries its own unit that differs from the indicator's
/// (e.g. "46 μg/m³" in a row whose unit is %).</param>
public sealed record Baseline(int? Year, double? Value, string Text, string? Unit = null);

/// <summary>
/// 现状值 an observed value for a year printed in a plan (e.g. the 2020 actual in 001 表1).
/// </summary>
public sealed record ObservedValue(int Year, double? Value, string Text, string? Unit = null);

/// <summary>
/// 指标 a plan indicator with baseline, targets and attribute.
/// </summary>
/// <param name="Seq">序号 as printed.</param>
/// <param name="Binding">null when the table has no attribute column.</param>
/// <param name="FromProse">Read from the plan's running text (a target stated in a sentence), not from a row of its table.</param>
public sealed record Indicator(
    string PlanId,
    int Seq,
    string Category,
    string Name,
    string? Unit,
    Baseline? Baseline,
    IReadOnlyList<TargetValue> Targets,
    IReadOnlyList<ObservedValue> Observed,
    IndicatorAttribute? Binding,
    Provenance Source,
    bool FromProse = false);

/// <summary>
/// 月度空气质量目标 a monthly (or annual, <see cref="Month"/> null) air-quality control target with
/// the same month of the previous year, as in 002 附件1.
/// </summary>
/// <param name="Pollutant">"SO2", "NO2", "PM10", "CO", "O3", "PM2.5".</param>
/// <param name="Unit">μg/m³, or mg/m³ for CO.</param>
public sealed record MonthlyAirTarget(
    string PlanId,
    string Pollutant,
    int Year,
    int? Month,
    double Target,
    int PreviousYear,
    double? PreviousYearValue,
    string Unit,
    Provenance Source);

/// <summary>
/// 断面水质目标 the target water class of a monitoring section (e.g. 白水河 省考).
/// </summary>
/// <param name="Target">The target as written: a class (V类) or a higher-level reference.</param>
/// <param name="Assessment">考核级别 as printed: 省考, 市考.</param>
public sealed record WaterSectionTarget(
    string PlanId,
    int Seq,
    string County,
    string Section,
    TargetValue Target,
    string? Assessment,
    Provenance Source);
