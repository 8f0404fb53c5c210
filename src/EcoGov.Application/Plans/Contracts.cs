using EcoGov.Core;
using EcoGov.Core.Indicators;
using EcoGov.Core.Plans;
using EcoGov.Core.Projects;
using EcoGov.Core.Tasks;
using EcoGov.Core.Zoning;

namespace EcoGov.Application.Plans;

// The JSON shapes of the CLI (--json) and the web API: one definition, so the two never differ.
// They are a published contract (see the foundation issue): add fields, never rename or remove.

public sealed record SourceDto(string Document, string Section, int Line, string? Row)
{
    public static SourceDto From(Provenance p) => new(p.Document, p.Section, p.Line, p.Row);
}

public sealed record PlanDto(string Id, string JurisdictionCode, string Title, string? DocNumber, DateOnly? Issued, PlanKind Kind,
    int? PeriodStart, int? PeriodEnd, int? BaseYear, SourceDto Source)
{
    public static PlanDto From(Plan p) =>
        new(p.Id, p.JurisdictionCode, p.Title, p.DocNumber, p.Issued, p.Kind, p.PeriodStart, p.PeriodEnd, p.BaseYear, SourceDto.From(p.Source));
}

public sealed record BaselineDto(int? Year, double? Value, string Text, string? Unit);

public sealed record TargetDto(int? Year, TargetKind Kind, double? Value, string Text)
{
    public static TargetDto From(TargetValue t) => new(t.Year, t.Kind, t.Value, t.Text);
}

public sealed record ObservedDto(int Year, double? Value, string Text, string? Unit);

/// <param name="Binding">true 约束性, false 预期性, null when the table has no attribute column.</param>
/// <param name="FromProse">Stated in a sentence of the plan, not a row of its table (issue 9).</param>
public sealed record IndicatorDto(int Seq, string Category, string Name, string? Unit, BaselineDto? Baseline,
    IReadOnlyList<TargetDto> Targets, IReadOnlyList<ObservedDto> Observed, bool? Binding, SourceDto Source, bool FromProse = false)
{
    public static IndicatorDto From(Indicator i) => new(
        i.Seq, i.Category, i.Name, i.Unit,
        i.Baseline is null ? null : new BaselineDto(i.Baseline.Year, i.Baseline.Value, i.Baseline.Text, i.Baseline.Unit),
        i.Targets.Select(TargetDto.From).ToList(),
        i.Observed.Select(o => new ObservedDto(o.Year, o.Value, o.Text, o.Unit)).ToList(),
        i.Binding is null ? null : i.Binding == IndicatorAttribute.Binding,
        SourceDto.From(i.Source), i.FromProse);
}

public sealed record DeadlineDto(string Text, DeadlineKind Kind, DateOnly? Start, DateOnly? Due, int? Year, int? Month);

/// <param name="FromProse">Read from the plan's text, not a row of its ledger table (issue 9).</param>
public sealed record TaskDto(int Seq, string Category, string Text, IReadOnlyList<string> LeadUnits, IReadOnlyList<string> CooperatingUnits,
    DeadlineDto? Deadline, string? Notes, SourceDto Source, bool FromProse = false)
{
    public static TaskDto From(PlanTask t) => new(
        t.Seq, t.Category, t.Text, t.LeadUnits, t.CooperatingUnits,
        t.Deadline is null ? null : new DeadlineDto(t.Deadline.Text, t.Deadline.Kind, t.Deadline.Start, t.Deadline.Due, t.Deadline.Year, t.Deadline.Month),
        t.Notes, SourceDto.From(t.Source), t.FromProse);
}

/// <param name="Investment">亿元.</param>
/// <param name="Due">The completion date when the period names a month ("2023 年 12 月" → 2023-12-31).</param>
public sealed record ProjectDto(int Seq, string Category, string? SubCategory, string Name, string? Content, int? PeriodFrom, int? PeriodTo,
    string? PeriodText, decimal? Investment, string? LeadUnit, SourceDto Source, DateOnly? Due = null)
{
    public static ProjectDto From(KeyProject p) => new(
        p.Seq, p.Category, p.SubCategory, p.Name, p.Content, p.PeriodFrom, p.PeriodTo, p.PeriodText, p.Investment, p.LeadUnit, SourceDto.From(p.Source), p.Due);
}

public sealed record AirTargetDto(string Pollutant, int Year, int? Month, double Target, int PreviousYear, double? PreviousYearValue, string Unit, SourceDto Source)
{
    public static AirTargetDto From(MonthlyAirTarget a) =>
        new(a.Pollutant, a.Year, a.Month, a.Target, a.PreviousYear, a.PreviousYearValue, a.Unit, SourceDto.From(a.Source));
}

public sealed record SectionTargetDto(int Seq, string County, string Section, TargetDto Target, string? Assessment, SourceDto Source)
{
    public static SectionTargetDto From(WaterSectionTarget w) =>
        new(w.Seq, w.County, w.Section, TargetDto.From(w.Target), w.Assessment, SourceDto.From(w.Source));
}

public sealed record AccessRequirementDto(AccessListLevel Level, string Category, string? Subcategory, int Seq, string Text, string Basis,
    string JurisdictionCode, string? UnitCode, string PlanId, SourceDto Source)
{
    public static AccessRequirementDto From(AccessRequirement a) => new(
        a.Level, AccessListCategories.Name(a.Category), a.Subcategory, a.Seq, a.Text, a.Basis, a.JurisdictionCode, a.UnitCode, a.PlanId, SourceDto.From(a.Source));
}

public sealed record UnitStatisticsDto(string Code, string Name, int Priority, int Key, int General, int Total, string PlanId, SourceDto Source)
{
    public static UnitStatisticsDto From(UnitStatistics u) =>
        new(u.JurisdictionCode, u.JurisdictionName, u.Priority, u.Key, u.General, u.Total, u.PlanId, SourceDto.From(u.Source));
}

public sealed record FindingDto(string Document, FindingKind Kind, string Message, SourceDto Source);

/// <summary>A node of the jurisdiction tree.</summary>
public sealed record JurisdictionNode(string Code, string Name, string? ParentCode, string Level, IReadOnlyList<string> FormerNames,
    bool HasBoundary, List<JurisdictionNode> Children);
