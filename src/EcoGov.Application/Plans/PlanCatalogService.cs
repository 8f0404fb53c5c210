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
    public Task<IReadOnlyList<Plan>> PlansAsync(CancellationToken ct = default) => catalog.PlansAsync(ct);

    /// <summary>
    /// The plans with monthly or annual air targets or section targets (those whose progress is a target report, not
    /// indicators only): what the 目标进度 and 按目标倒排 pages offer.
    /// </summary>
    public async Task<IReadOnlyList<Plan>> PlansWithTargetsAsync(CancellationToken ct = default)
    {
        var result = new List<Plan>();
        foreach (var p in await catalog.PlansAsync(ct))
            if (await catalog.AirTargetsAsync(p.Id, ct) is { Count: > 0 } || await catalog.SectionTargetsAsync(p.Id, ct) is { Count: > 0 }) result.Add(p);
        return result;
    }

    /// <summary>The plans with the number of records each holds (for listings).</summary>
    public Task<IReadOnlyList<PlanSummary>> PlanSummariesAsync(CancellationToken ct = default) => catalog.PlanSummariesAsync(ct);

    /// <summary>The seed documents the plans come from.</summary>
    public Task<IReadOnlyList<SourceDocument>> DocumentsAsync(CancellationToken ct = default) => catalog.DocumentsAsync(ct);

    /// <summary>One plan.</summary>
    public async Task<Plan> PlanAsync(PlanRequest request, CancellationToken ct = default) =>
        await catalog.PlanAsync(PlanId(request), ct) ?? throw await UnknownPlanAsync(catalog, request.Plan, ct);

    public Task<IReadOnlyList<Indicator>> IndicatorsAsync(PlanRequest request, CancellationToken ct = default) => ForPlanAsync(request, catalog.IndicatorsAsync, ct);

    public Task<IReadOnlyList<PlanTask>> TasksAsync(PlanRequest request, CancellationToken ct = default) => ForPlanAsync(request, catalog.TasksAsync, ct);

    public Task<IReadOnlyList<KeyProject>> ProjectsAsync(PlanRequest request, CancellationToken ct = default) => ForPlanAsync(request, catalog.ProjectsAsync, ct);

    public Task<IReadOnlyList<MonthlyAirTarget>> AirTargetsAsync(PlanRequest request, CancellationToken ct = default) => ForPlanAsync(request, catalog.AirTargetsAsync, ct);

    public Task<IReadOnlyList<WaterSectionTarget>> SectionTargetsAsync(PlanRequest request, CancellationToken ct = default) => ForPlanAsync(request, catalog.SectionTargetsAsync, ct);

    public Task<IReadOnlyList<StatedTotal>> StatedTotalsAsync(PlanRequest request, CancellationToken ct = default) => ForPlanAsync(request, catalog.StatedTotalsAsync, ct);

    /// <summary>监督规则 the plan's supervision rules as its text writes them (issue 9; none when the text states none).</summary>
    public Task<IReadOnlyList<SupervisionRule>> SupervisionRulesAsync(PlanRequest request, CancellationToken ct = default) => ForPlanAsync(request, catalog.SupervisionRulesAsync, ct);

    /// <summary>The rules, duties and unit additions of a plan together (`supervision-rules --json`).</summary>
    public async Task<PlanSupervisionDto> SupervisionAsync(PlanRequest request, CancellationToken ct = default)
    {
        var rules = await SupervisionRulesAsync(request, ct);
        return PlanSupervisionDto.From(request.Plan!, rules, await TaskDutiesAsync(request, ct), await TaskUnitAdditionsAsync(request, ct));
    }

    /// <summary>The recurring duties written inside the plan's task texts.</summary>
    public Task<IReadOnlyList<TaskDuty>> TaskDutiesAsync(PlanRequest request, CancellationToken ct = default) => ForPlanAsync(request, catalog.TaskDutiesAsync, ct);

    /// <summary>The responsible units the plan's text adds to its ledger rows.</summary>
    public Task<IReadOnlyList<TaskUnitAddition>> TaskUnitAdditionsAsync(PlanRequest request, CancellationToken ct = default) => ForPlanAsync(request, catalog.TaskUnitAdditionsAsync, ct);

    /// <summary>A plan with all its records and its document's findings (the plan page).</summary>
    public async Task<PlanDetail> DetailAsync(PlanRequest request, CancellationToken ct = default)
    {
        var plan = await PlanAsync(request, ct);
        return new PlanDetail(plan, (await catalog.IndicatorsAsync(plan.Id, ct))!, (await catalog.AirTargetsAsync(plan.Id, ct))!,
            (await catalog.SectionTargetsAsync(plan.Id, ct))!, (await catalog.TasksAsync(plan.Id, ct))!, (await catalog.ProjectsAsync(plan.Id, ct))!,
            (await catalog.StatedTotalsAsync(plan.Id, ct))!, (await catalog.FindingsAsync(plan.Source.Document, ct)).Select(f => f.Finding).ToList());
    }

    /// <summary>The jurisdictions, by code, with whether the platform holds each one's boundary.</summary>
    public Task<IReadOnlyList<JurisdictionInfo>> JurisdictionsAsync(CancellationToken ct = default) => catalog.JurisdictionsAsync(ct);

    /// <summary>The jurisdictions as a tree (roots first, children by code).</summary>
    public async Task<IReadOnlyList<JurisdictionNode>> JurisdictionTreeAsync(CancellationToken ct = default)
    {
        var nodes = (await catalog.JurisdictionsAsync(ct)).ToDictionary(j => j.Jurisdiction.Code, j => new JurisdictionNode(
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
    public async Task<IReadOnlyList<AccessRequirement>> AccessListAsync(JurisdictionRequest request, CancellationToken ct = default) =>
        await catalog.AccessListAsync(JurisdictionCode(request), ct: ct) ?? throw UnknownJurisdiction(request.Jurisdiction);

    /// <summary>Control-unit statistics of a jurisdiction (a city: each county's row and the total).</summary>
    public async Task<IReadOnlyList<UnitStatistics>> UnitStatisticsAsync(JurisdictionRequest request, CancellationToken ct = default) =>
        await catalog.UnitStatisticsAsync(JurisdictionCode(request), ct) ?? throw UnknownJurisdiction(request.Jurisdiction);

    /// <summary>A jurisdiction with its access list and unit statistics (the 行政区 page).</summary>
    public async Task<JurisdictionDetail> JurisdictionAsync(JurisdictionRequest request, CancellationToken ct = default)
    {
        var code = JurisdictionCode(request);
        var jurisdiction = await catalog.JurisdictionAsync(code, ct) ?? throw UnknownJurisdiction(request.Jurisdiction);
        return new JurisdictionDetail(jurisdiction, (await catalog.AccessListAsync(code, ct: ct))!, (await catalog.UnitStatisticsAsync(code, ct))!);
    }

    /// <summary>The findings of one seed document, or of all documents when none is named, as both hosts publish them.</summary>
    public async Task<IReadOnlyList<FindingDto>> FindingListAsync(FindingsRequest request, CancellationToken ct = default)
    {
        var document = RequestValues.Absent(request.Document) ? null : request.Document;
        var documents = await catalog.DocumentsAsync(ct);
        if (document is not null && documents.All(d => d.Id != document))
            throw new ApplicationInputException(ErrorCode.NotFound, FindingsRequest.DocumentField,
                AppText.UnknownSeedDocument(UserText.Quote(document), string.Join(", ", documents.Select(d => d.Id))));
        return (await catalog.FindingsAsync(document, ct)).Select(f => new FindingDto(f.DocumentId, f.Finding.Kind, f.Finding.Message, SourceDto.From(f.Finding.Source))).ToList();
    }

    /// <summary>The findings of all seed documents with the document each belongs to (the 文档问题 page).</summary>
    public Task<IReadOnlyList<(string DocumentId, SeedFinding Finding)>> FindingsAsync(CancellationToken ct = default) => catalog.FindingsAsync(null, ct);

    /// <summary>
    /// The refusal of an unknown plan id: <see cref="ErrorCode.NotFound"/> on <c>plan</c>, listing the plans there are
    /// (also used by <see cref="Progress.PlanProgressService"/>).
    /// </summary>
    public static async Task<ApplicationInputException> UnknownPlanAsync(PlanCatalog catalog, string? id, CancellationToken ct = default) =>
        UnknownPlan(await catalog.PlansAsync(ct), id);

    private static ApplicationInputException UnknownPlan(IReadOnlyList<Plan> plans, string? id) =>
        new(ErrorCode.NotFound, PlanRequest.PlanField,
            AppText.UnknownPlanId(UserText.Quote(id), string.Join(", ", plans.Select(p => p.Id))));

    private async Task<IReadOnlyList<T>> ForPlanAsync<T>(PlanRequest request, Func<string, CancellationToken, Task<IReadOnlyList<T>?>> read, CancellationToken ct) =>
        await read(PlanId(request), ct) ?? throw await UnknownPlanAsync(catalog, request.Plan, ct);

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
