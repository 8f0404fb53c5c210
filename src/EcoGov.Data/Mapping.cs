using EcoGov.Core;
using EcoGov.Core.Indicators;
using EcoGov.Core.Jurisdictions;
using EcoGov.Core.Plans;
using EcoGov.Core.Projects;
using EcoGov.Core.Supervision;
using EcoGov.Core.Tasks;
using EcoGov.Core.Zoning;
using EcoGov.Data.Entities;

namespace EcoGov.Data;

/// <summary>Converts between Core records and their persistence shapes, both ways.</summary>
public static class Mapping
{
    public static SourceRef ToRef(this Provenance p) => new() { Document = p.Document, Section = p.Section, Line = p.Line, Row = p.Row };
    public static Provenance ToProvenance(this SourceRef s) => new(s.Document, s.Section, s.Line, s.Row);

    public static TargetJson ToJson(this TargetValue t) => new() { Year = t.Year, Kind = t.Kind, Value = t.Value, Text = t.Text };
    public static TargetValue ToCore(this TargetJson t) => new(t.Year, t.Kind, t.Value, t.Text);

    public static PlanEntity ToEntity(this Plan p, string documentId) => new()
    {
        Id = p.Id,
        DocumentId = documentId,
        JurisdictionCode = p.JurisdictionCode,
        Title = p.Title,
        DocNumber = p.DocNumber,
        Issued = p.Issued,
        Kind = p.Kind,
        PeriodStart = p.PeriodStart,
        PeriodEnd = p.PeriodEnd,
        BaseYear = p.BaseYear,
        Source = p.Source.ToRef(),
    };
    public static Plan ToCore(this PlanEntity p) =>
        new(p.Id, p.JurisdictionCode, p.Title, p.DocNumber, p.Issued, p.Kind, p.PeriodStart, p.PeriodEnd, p.BaseYear, p.Source.ToProvenance());

    public static IndicatorEntity ToEntity(this Indicator i, string documentId) => new()
    {
        DocumentId = documentId,
        PlanId = i.PlanId,
        Seq = i.Seq,
        Category = i.Category,
        Name = i.Name,
        Unit = i.Unit,
        HasBaseline = i.Baseline is not null,
        BaselineYear = i.Baseline?.Year,
        BaselineValue = i.Baseline?.Value,
        BaselineText = i.Baseline?.Text,
        BaselineUnit = i.Baseline?.Unit,
        Targets = i.Targets.Select(ToJson).ToList(),
        Observed = i.Observed.Select(o => new ObservedJson { Year = o.Year, Value = o.Value, Text = o.Text, Unit = o.Unit }).ToList(),
        Binding = i.Binding,
        Source = i.Source.ToRef(),
        FromProse = i.FromProse,
    };
    public static Indicator ToCore(this IndicatorEntity i) => new(
        i.PlanId, i.Seq, i.Category, i.Name, i.Unit,
        i.HasBaseline ? new Baseline(i.BaselineYear, i.BaselineValue, i.BaselineText ?? "", i.BaselineUnit) : null,
        i.Targets.Select(ToCore).ToList(),
        i.Observed.Select(o => new ObservedValue(o.Year, o.Value, o.Text, o.Unit)).ToList(),
        i.Binding, i.Source.ToProvenance(), i.FromProse);

    public static MonthlyAirTargetEntity ToEntity(this MonthlyAirTarget a, string documentId) => new()
    {
        DocumentId = documentId,
        PlanId = a.PlanId,
        Pollutant = a.Pollutant,
        Year = a.Year,
        Month = a.Month,
        Target = a.Target,
        PreviousYear = a.PreviousYear,
        PreviousYearValue = a.PreviousYearValue,
        Unit = a.Unit,
        Source = a.Source.ToRef(),
    };
    public static MonthlyAirTarget ToCore(this MonthlyAirTargetEntity a) =>
        new(a.PlanId, a.Pollutant, a.Year, a.Month, a.Target, a.PreviousYear, a.PreviousYearValue, a.Unit, a.Source.ToProvenance());

    public static WaterSectionTargetEntity ToEntity(this WaterSectionTarget w, string documentId) => new()
    {
        DocumentId = documentId,
        PlanId = w.PlanId,
        Seq = w.Seq,
        County = w.County,
        Section = w.Section,
        Target = w.Target.ToJson(),
        Assessment = w.Assessment,
        Source = w.Source.ToRef(),
    };
    public static WaterSectionTarget ToCore(this WaterSectionTargetEntity w) =>
        new(w.PlanId, w.Seq, w.County, w.Section, w.Target.ToCore(), w.Assessment, w.Source.ToProvenance());

    public static PlanTaskEntity ToEntity(this PlanTask t, string documentId) => new()
    {
        DocumentId = documentId,
        PlanId = t.PlanId,
        Seq = t.Seq,
        Category = t.Category,
        Text = t.Text,
        LeadUnits = [.. t.LeadUnits],
        CooperatingUnits = [.. t.CooperatingUnits],
        DeadlineText = t.Deadline?.Text,
        DeadlineKind = t.Deadline?.Kind,
        DeadlineStart = t.Deadline?.Start,
        DeadlineDue = t.Deadline?.Due,
        DeadlineYear = t.Deadline?.Year,
        DeadlineMonth = t.Deadline?.Month,
        Notes = t.Notes,
        Source = t.Source.ToRef(),
        FromProse = t.FromProse,
    };
    public static PlanTask ToCore(this PlanTaskEntity t) => new(
        t.PlanId, t.Seq, t.Category, t.Text, t.LeadUnits, t.CooperatingUnits,
        t.DeadlineText is null ? null : new DeadlinePhrase(t.DeadlineText, t.DeadlineKind ?? DeadlineKind.Unparsed,
            t.DeadlineStart, t.DeadlineDue, t.DeadlineYear, t.DeadlineMonth),
        t.Notes, t.Source.ToProvenance(), t.FromProse);

    public static KeyProjectEntity ToEntity(this KeyProject p, string documentId) => new()
    {
        DocumentId = documentId,
        PlanId = p.PlanId,
        Seq = p.Seq,
        Category = p.Category,
        SubCategory = p.SubCategory,
        Name = p.Name,
        Content = p.Content,
        PeriodFrom = p.PeriodFrom,
        PeriodTo = p.PeriodTo,
        PeriodText = p.PeriodText,
        Investment = p.Investment,
        LeadUnit = p.LeadUnit,
        Source = p.Source.ToRef(),
        Due = p.Due,
    };
    public static KeyProject ToCore(this KeyProjectEntity p) => new(
        p.PlanId, p.Seq, p.Category, p.SubCategory, p.Name, p.Content, p.PeriodFrom, p.PeriodTo, p.PeriodText,
        p.Investment, p.LeadUnit, p.Source.ToProvenance(), p.Due);

    public static UnitStatisticsEntity ToEntity(this UnitStatistics u, string documentId) => new()
    {
        DocumentId = documentId,
        PlanId = u.PlanId,
        JurisdictionCode = u.JurisdictionCode,
        JurisdictionName = u.JurisdictionName,
        Priority = u.Priority,
        Key = u.Key,
        General = u.General,
        Total = u.Total,
        Source = u.Source.ToRef(),
    };
    public static UnitStatistics ToCore(this UnitStatisticsEntity u) =>
        new(u.PlanId, u.JurisdictionCode, u.JurisdictionName, u.Priority, u.Key, u.General, u.Total, u.Source.ToProvenance());

    public static AccessRequirementEntity ToEntity(this AccessRequirement a, string documentId) => new()
    {
        DocumentId = documentId,
        PlanId = a.PlanId,
        JurisdictionCode = a.JurisdictionCode,
        Level = a.Level,
        Category = AccessListCategories.Name(a.Category),
        Subcategory = a.Subcategory,
        Seq = a.Seq,
        Text = a.Text,
        Basis = a.Basis,
        UnitCode = a.UnitCode,
        Source = a.Source.ToRef(),
    };
    public static AccessRequirement ToCore(this AccessRequirementEntity a) => new(
        a.PlanId, a.JurisdictionCode, a.Level, AccessListCategories.Parse(a.Category), a.Subcategory, a.Seq, a.Text, a.Basis, a.UnitCode, a.Source.ToProvenance());

    public static StatedTotalEntity ToEntity(this StatedTotal s, string documentId) => new()
    {
        DocumentId = documentId,
        PlanId = s.PlanId,
        Subject = s.Subject,
        Value = s.Value,
        Text = s.Text,
        Source = s.Source.ToRef(),
    };
    public static StatedTotal ToCore(this StatedTotalEntity s) => new(s.PlanId, s.Subject, s.Value, s.Text, s.Source.ToProvenance());

    public static SeedFindingEntity ToEntity(this SeedFinding f, string documentId) => new()
    {
        DocumentId = documentId,
        Kind = f.Kind,
        Message = f.Message,
        Source = f.Source.ToRef(),
    };
    public static SeedFinding ToCore(this SeedFindingEntity f) => new(f.Kind, f.Message, f.Source.ToProvenance());

    public static Jurisdiction ToCore(this JurisdictionEntity j) => new(j.Code, j.Name, j.ParentCode, j.Level, j.FormerNames);

    // ---- supervision seeds (issue 9 item 1) ----

    public static SupervisionRuleEntity ToEntity(this SupervisionRule r, string documentId) => new()
    {
        DocumentId = documentId,
        PlanId = r.PlanId,
        Text = r.Text,
        Dispatcher = r.Dispatcher,
        Frequency = r.Frequency,
        Receivers = [.. r.Receivers],
        Triggers = r.Triggers.Select(t => new SupervisionTriggerJson
        {
            Level = t.Level,
            Condition = t.Condition,
            Action = t.Action,
            SourceDocument = t.Source.Document,
            SourceSection = t.Source.Section,
            SourceLine = t.Source.Line,
            SourceRow = t.Source.Row,
        }).ToList(),
        Source = r.Source.ToRef(),
    };
    public static SupervisionRule ToCore(this SupervisionRuleEntity r) => new(
        r.PlanId, r.Text, r.Dispatcher, r.Frequency, r.Receivers,
        r.Triggers.Select(t => new SupervisionTrigger(t.Level, t.Condition, t.Action,
            new Provenance(t.SourceDocument, t.SourceSection, t.SourceLine, t.SourceRow))).ToList(),
        r.Source.ToProvenance());

    public static TaskDutyEntity ToEntity(this TaskDuty d, string documentId) => new()
    {
        DocumentId = documentId,
        PlanId = d.PlanId,
        TaskSeq = d.TaskSeq,
        Text = d.Text,
        Frequency = d.Frequency,
        Source = d.Source.ToRef(),
    };
    public static TaskDuty ToCore(this TaskDutyEntity d) => new(d.PlanId, d.TaskSeq, d.Text, d.Frequency, d.Source.ToProvenance());

    public static TaskUnitAdditionEntity ToEntity(this TaskUnitAddition a, string documentId) => new()
    {
        DocumentId = documentId,
        PlanId = a.PlanId,
        TaskSeq = a.TaskSeq,
        Unit = a.Unit,
        Source = a.Source.ToRef(),
    };
    public static TaskUnitAddition ToCore(this TaskUnitAdditionEntity a) => new(a.PlanId, a.TaskSeq, a.Unit, a.Source.ToProvenance());
}
