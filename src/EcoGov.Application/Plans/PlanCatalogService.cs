using EcoGov.Core.Indicators;
using EcoGov.Core.Jurisdictions;
using EcoGov.Core.Plans;
using EcoGov.Core.Projects;
using EcoGov.Core.Supervision;
using EcoGov.Core.Tasks;
using EcoGov.Core.Text;
using EcoGov.Core.Zoning;
using EcoGov.Data.Queries;

namespace EcoGov.Application.Plans;

/// <summary>A request about one plan: its id (<c>plan</c>; the web's route value {id}, the CLI's --plan).</summary>
public sealed record PlanRequest(string? Plan)
{
    public const string PlanField = "plan";
}

/// <summary>A request about one jurisdiction: its code (<c>jurisdiction</c>; the web's route value {code}).</summary>
public sealed record JurisdictionRequest(string? Jurisdiction)
{
    public const string JurisdictionField = "jurisdiction";
}

/// <summary>The findings of one seed document (<c>document</c>, e.g. <c>002</c>), or of all when absent.</summary>
public sealed record FindingsRequest(string? Document = null)
{
    public const string DocumentField = "document";
}

/// <summary>Everything a plan's page shows: the plan and its records, and the findings of its source document.</summary>
public sealed record PlanDetail(
    Plan Plan, IReadOnlyList<Indicator> Indicators, IReadOnlyList<MonthlyAirTarget> AirTargets,
    IReadOnlyList<WaterSectionTarget> SectionTargets, IReadOnlyList<PlanTask> Tasks, IReadOnlyList<KeyProject> Projects,
    IReadOnlyList<StatedTotal> StatedTotals, IReadOnlyList<SeedFinding> Findings);

/// <summary>A jurisdiction with what applies in it: its access list (its own and its ancestors') and control-unit statistics.</summary>
public sealed record JurisdictionDetail(Jurisdiction Jurisdiction, IReadOnlyList<AccessRequirement> AccessList, IReadOnlyList<UnitStatistics> UnitStatistics);

/// <summary>
/// The plans held as data, read: the one set of operations behind `plans`, `indicators`, `tasks`, `projects`,
/// `air-targets`, `section-targets`, `findings`, /api/plans…, /api/jurisdictions…, /api/findings and the 规划, 行政区 and
/// 文档问题 pages. Results are the domain records (the hosts render them, as JSON through the contracts of
/// <c>Data.Queries</c>); an unknown plan, jurisdiction or seed document is refused as <see cref="ErrorCode.NotFound"/>
/// naming the field and listing what exists (a blank one as <see cref="ErrorCode.Required"/>).
/// </summary>
public sealed class PlanCatalogService(PlanCatalog catalog)
{
    /// <summary>The plans, ordered by source document and id.</summary>
    public IReadOnlyList<Plan> Plans() => catalog.Plans();

    /// <summary>The plans with the number of records each holds (for listings).</summary>
    public IReadOnlyList<PlanSummary> PlanSummaries() => catalog.PlanSummaries();

    /// <summary>The seed documents the plans come from.</summary>
    public IReadOnlyList<SourceDocument> Documents() => catalog.Documents();

    /// <summary>One plan.</summary>
    public Plan Plan(PlanRequest request) => catalog.Plan(PlanId(request)) ?? throw UnknownPlan(catalog, request.Plan);

    public IReadOnlyList<Indicator> Indicators(PlanRequest request) => ForPlan(request, catalog.Indicators);

    public IReadOnlyList<PlanTask> Tasks(PlanRequest request) => ForPlan(request, catalog.Tasks);

    public IReadOnlyList<KeyProject> Projects(PlanRequest request) => ForPlan(request, catalog.Projects);

    public IReadOnlyList<MonthlyAirTarget> AirTargets(PlanRequest request) => ForPlan(request, catalog.AirTargets);

    public IReadOnlyList<WaterSectionTarget> SectionTargets(PlanRequest request) => ForPlan(request, catalog.SectionTargets);

    public IReadOnlyList<StatedTotal> StatedTotals(PlanRequest request) => ForPlan(request, catalog.StatedTotals);

    /// <summary>监督规则 the plan's supervision rules as its text writes them (issue 9; none when the text states none).</summary>
    public IReadOnlyList<SupervisionRule> SupervisionRules(PlanRequest request) => ForPlan(request, catalog.SupervisionRules);

    /// <summary>The rules, duties and unit additions of a plan together (`supervision-rules --json`).</summary>
    public PlanSupervisionDto Supervision(PlanRequest request)
    {
        var rules = SupervisionRules(request);
        return PlanSupervisionDto.From(request.Plan!, rules, TaskDuties(request), TaskUnitAdditions(request));
    }

    /// <summary>The recurring duties written inside the plan's task texts.</summary>
    public IReadOnlyList<TaskDuty> TaskDuties(PlanRequest request) => ForPlan(request, catalog.TaskDuties);

    /// <summary>The responsible units the plan's text adds to its ledger rows.</summary>
    public IReadOnlyList<TaskUnitAddition> TaskUnitAdditions(PlanRequest request) => ForPlan(request, catalog.TaskUnitAdditions);

    /// <summary>A plan with all its records and its document's findings (the plan page).</summary>
    public PlanDetail Detail(PlanRequest request)
    {
        var plan = Plan(request);
        return new PlanDetail(plan, catalog.Indicators(plan.Id)!, catalog.AirTargets(plan.Id)!, catalog.SectionTargets(plan.Id)!,
            catalog.Tasks(plan.Id)!, catalog.Projects(plan.Id)!, catalog.StatedTotals(plan.Id)!,
            catalog.Findings(plan.Source.Document).Select(f => f.Finding).ToList());
    }

    /// <summary>The jurisdictions, by code, with whether the platform holds each one's boundary.</summary>
    public IReadOnlyList<JurisdictionInfo> Jurisdictions() => catalog.Jurisdictions();

    /// <summary>The jurisdictions as a tree (roots first, children by code).</summary>
    public IReadOnlyList<JurisdictionNode> JurisdictionTree()
    {
        var nodes = catalog.Jurisdictions().ToDictionary(j => j.Jurisdiction.Code, j => new JurisdictionNode(
            j.Jurisdiction.Code, j.Jurisdiction.Name, j.Jurisdiction.ParentCode, j.Jurisdiction.Level.ToString().ToLowerInvariant(),
            j.Jurisdiction.FormerNames, j.HasBoundary, []));
        var roots = new List<JurisdictionNode>();
        foreach (var n in nodes.Values.OrderBy(n => n.Code, StringComparer.Ordinal))
        {
            if (n.ParentCode is not null && nodes.TryGetValue(n.ParentCode, out var parent)) parent.Children.Add(n);
            else roots.Add(n);
        }
        return roots;
    }

    /// <summary>The access-list requirements that apply in a jurisdiction (its own and those above it; no unit-level ones).</summary>
    public IReadOnlyList<AccessRequirement> AccessList(JurisdictionRequest request) =>
        catalog.AccessList(JurisdictionCode(request)) ?? throw UnknownJurisdiction(request.Jurisdiction);

    /// <summary>Control-unit statistics of a jurisdiction (a city: each county's row and the total).</summary>
    public IReadOnlyList<UnitStatistics> UnitStatistics(JurisdictionRequest request) =>
        catalog.UnitStatistics(JurisdictionCode(request)) ?? throw UnknownJurisdiction(request.Jurisdiction);

    /// <summary>A jurisdiction with its access list and unit statistics (the 行政区 page).</summary>
    public JurisdictionDetail Jurisdiction(JurisdictionRequest request)
    {
        var code = JurisdictionCode(request);
        var jurisdiction = catalog.Jurisdiction(code) ?? throw UnknownJurisdiction(request.Jurisdiction);
        return new JurisdictionDetail(jurisdiction, catalog.AccessList(code)!, catalog.UnitStatistics(code)!);
    }

    /// <summary>The findings of one seed document, or of all documents when none is named, as both hosts publish them.</summary>
    public IReadOnlyList<FindingDto> FindingList(FindingsRequest request)
    {
        var document = RequestValues.Absent(request.Document) ? null : request.Document;
        if (document is not null && catalog.Documents().All(d => d.Id != document))
            throw new ApplicationInputException(ErrorCode.NotFound, FindingsRequest.DocumentField,
                AppText.UnknownSeedDocument(UserText.Quote(document), string.Join(", ", catalog.Documents().Select(d => d.Id))));
        return catalog.Findings(document).Select(f => new FindingDto(f.DocumentId, f.Finding.Kind, f.Finding.Message, SourceDto.From(f.Finding.Source))).ToList();
    }

    /// <summary>The findings of all seed documents with the document each belongs to (the 文档问题 page).</summary>
    public IReadOnlyList<(string DocumentId, SeedFinding Finding)> Findings() => catalog.Findings();

    /// <summary>
    /// The refusal of an unknown plan id: <see cref="ErrorCode.NotFound"/> on <c>plan</c>, listing the plans there are
    /// (also used by <see cref="Progress.PlanProgressService"/>).
    /// </summary>
    public static ApplicationInputException UnknownPlan(PlanCatalog catalog, string? id) =>
        new(ErrorCode.NotFound, PlanRequest.PlanField,
            AppText.UnknownPlanId(UserText.Quote(id), string.Join(", ", catalog.Plans().Select(p => p.Id))));

    private IReadOnlyList<T> ForPlan<T>(PlanRequest request, Func<string, IReadOnlyList<T>?> read) =>
        read(PlanId(request)) ?? throw UnknownPlan(catalog, request.Plan);

    private static string PlanId(PlanRequest request) => RequestValues.Absent(request.Plan)
        ? throw new ApplicationInputException(ErrorCode.Required, PlanRequest.PlanField, AppText.PlanIdRequired())
        : request.Plan!;

    private static string JurisdictionCode(JurisdictionRequest request) => RequestValues.Absent(request.Jurisdiction)
        ? throw new ApplicationInputException(ErrorCode.Required, JurisdictionRequest.JurisdictionField, AppText.JurisdictionCodeRequired())
        : request.Jurisdiction!;

    private static ApplicationInputException UnknownJurisdiction(string? code) =>
        new(ErrorCode.NotFound, JurisdictionRequest.JurisdictionField,
            AppText.UnknownJurisdictionCode(UserText.Quote(code)));
}
