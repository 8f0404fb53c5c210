using EcoGov.Core.Indicators;
using EcoGov.Core.Projects;
using EcoGov.Core.Supervision;
using EcoGov.Core.Tasks;
using EcoGov.Core.Zoning;

namespace EcoGov.Core.Plans;

/// <summary>
/// Everything extracted from one seed document: the unit the extractor produces, the JSON file under
/// data/seed/ holds, and the importer loads in one transaction.
/// </summary>
public sealed record SeedDocumentData
{
    public required SourceDocument Document { get; init; }
    public IReadOnlyList<Plan> Plans { get; init; } = [];
    public IReadOnlyList<Indicator> Indicators { get; init; } = [];
    public IReadOnlyList<PlanTask> Tasks { get; init; } = [];
    public IReadOnlyList<KeyProject> Projects { get; init; } = [];
    public IReadOnlyList<MonthlyAirTarget> AirTargets { get; init; } = [];
    public IReadOnlyList<WaterSectionTarget> SectionTargets { get; init; } = [];
    public IReadOnlyList<UnitStatistics> UnitStatistics { get; init; } = [];
    public IReadOnlyList<AccessRequirement> AccessRequirements { get; init; } = [];
    public IReadOnlyList<StatedTotal> StatedTotals { get; init; } = [];
    public IReadOnlyList<SeedFinding> Findings { get; init; } = [];

    // Issue 9: the supervision rules and what the plans state beyond their tables.
    public IReadOnlyList<SupervisionRule> SupervisionRules { get; init; } = [];
    public IReadOnlyList<TaskDuty> TaskDuties { get; init; } = [];
    public IReadOnlyList<TaskUnitAddition> TaskUnitAdditions { get; init; } = [];
}
