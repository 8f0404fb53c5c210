using EcoGov.Core.Indicators;
using EcoGov.Core.Jurisdictions;
using EcoGov.Core.Plans;
using EcoGov.Core.Projects;
using EcoGov.Core.Supervision;
using EcoGov.Core.Tasks;
using EcoGov.Core.Zoning;
using EcoGov.Data.Seeding;
using Microsoft.EntityFrameworkCore;

namespace EcoGov.Data.Queries;

/// <summary>
/// Read access to the plans held as data. The web pages, the API and the CLI all read through this
/// one class, so they never disagree. Methods return null for an unknown plan or jurisdiction.
/// </summary>
public sealed class PlanCatalog(EcoGovDbContext db)
{
    public async Task<IReadOnlyList<Plan>> PlansAsync(CancellationToken ct = default) =>
        (await db.Plans.AsNoTracking().OrderBy(p => p.DocumentId).ThenBy(p => p.Id).ToListAsync(ct)).Select(p => p.ToCore()).ToList();

    public async Task<IReadOnlyList<PlanSummary>> PlanSummariesAsync(CancellationToken ct = default)
    {
        var names = await db.Jurisdictions.AsNoTracking().ToDictionaryAsync(j => j.Code, j => j.Name, ct);
        var indicators = await db.Indicators.GroupBy(x => x.PlanId).Select(g => new { g.Key, N = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.N, ct);
        var tasks = await db.Tasks.GroupBy(x => x.PlanId).Select(g => new { g.Key, N = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.N, ct);
        var projects = await db.Projects.GroupBy(x => x.PlanId).Select(g => new { g.Key, N = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.N, ct);
        var requirements = await db.AccessRequirements.GroupBy(x => x.PlanId).Select(g => new { g.Key, N = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.N, ct);
        var findings = await db.Findings.GroupBy(x => x.DocumentId).Select(g => new { g.Key, N = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.N, ct);
        return (await db.Plans.AsNoTracking().OrderBy(p => p.DocumentId).ThenBy(p => p.Id).ToListAsync(ct))
            .Select(p => new PlanSummary(p.ToCore(), names.GetValueOrDefault(p.JurisdictionCode, p.JurisdictionCode),
                indicators.GetValueOrDefault(p.Id), tasks.GetValueOrDefault(p.Id), projects.GetValueOrDefault(p.Id),
                requirements.GetValueOrDefault(p.Id), findings.GetValueOrDefault(p.DocumentId)))
            .ToList();
    }

    public async Task<Plan?> PlanAsync(string id, CancellationToken ct = default) =>
        (await db.Plans.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, ct))?.ToCore();

    public Task<IReadOnlyList<Indicator>?> IndicatorsAsync(string planId, CancellationToken ct = default) => ForPlanAsync(planId,
        db.Indicators.AsNoTracking().Where(x => x.PlanId == planId).OrderBy(x => x.Seq), x => x.ToCore(), ct);

    public Task<IReadOnlyList<PlanTask>?> TasksAsync(string planId, CancellationToken ct = default) => ForPlanAsync(planId,
        db.Tasks.AsNoTracking().Where(x => x.PlanId == planId).OrderBy(x => x.Seq), x => x.ToCore(), ct);

    public Task<IReadOnlyList<KeyProject>?> ProjectsAsync(string planId, CancellationToken ct = default) => ForPlanAsync(planId,
        db.Projects.AsNoTracking().Where(x => x.PlanId == planId).OrderBy(x => x.Seq), x => x.ToCore(), ct);

    public Task<IReadOnlyList<MonthlyAirTarget>?> AirTargetsAsync(string planId, CancellationToken ct = default) => ForPlanAsync(planId,
        db.AirTargets.AsNoTracking().Where(x => x.PlanId == planId).OrderBy(x => x.Id), x => x.ToCore(), ct);

    public Task<IReadOnlyList<WaterSectionTarget>?> SectionTargetsAsync(string planId, CancellationToken ct = default) => ForPlanAsync(planId,
        db.SectionTargets.AsNoTracking().Where(x => x.PlanId == planId).OrderBy(x => x.Seq), x => x.ToCore(), ct);

    public Task<IReadOnlyList<StatedTotal>?> StatedTotalsAsync(string planId, CancellationToken ct = default) => ForPlanAsync(planId,
        db.StatedTotals.AsNoTracking().Where(x => x.PlanId == planId).OrderBy(x => x.Id), x => x.ToCore(), ct);

    // Supervision seeds (issue 9 item 1), in the order the seed file lists them.
    public Task<IReadOnlyList<SupervisionRule>?> SupervisionRulesAsync(string planId, CancellationToken ct = default) => ForPlanAsync(planId,
        db.SupervisionRules.AsNoTracking().Where(x => x.PlanId == planId).OrderBy(x => x.Id), x => x.ToCore(), ct);

    public Task<IReadOnlyList<TaskDuty>?> TaskDutiesAsync(string planId, CancellationToken ct = default) => ForPlanAsync(planId,
        db.TaskDuties.AsNoTracking().Where(x => x.PlanId == planId).OrderBy(x => x.TaskSeq).ThenBy(x => x.Id), x => x.ToCore(), ct);

    public Task<IReadOnlyList<TaskUnitAddition>?> TaskUnitAdditionsAsync(string planId, CancellationToken ct = default) => ForPlanAsync(planId,
        db.TaskUnitAdditions.AsNoTracking().Where(x => x.PlanId == planId).OrderBy(x => x.TaskSeq).ThenBy(x => x.Id), x => x.ToCore(), ct);

    /// <summary>Findings of one seed document, or of all when <paramref name="documentId"/> is null.</summary>
    public async Task<IReadOnlyList<(string DocumentId, SeedFinding Finding)>> FindingsAsync(string? documentId = null, CancellationToken ct = default) =>
        (await db.Findings.AsNoTracking().Where(x => documentId == null || x.DocumentId == documentId)
            .OrderBy(x => x.DocumentId).ThenBy(x => x.Id).ToListAsync(ct))
            .Select(x => (x.DocumentId, x.ToCore())).ToList();

    public async Task<IReadOnlyList<SourceDocument>> DocumentsAsync(CancellationToken ct = default) =>
        (await db.SourceDocuments.AsNoTracking().Where(d => d.Id != SeedImporter.JurisdictionsDocumentId).OrderBy(d => d.Id).ToListAsync(ct))
            .Select(d => new SourceDocument(d.Id, d.FileName, d.Title, d.TextSha256)).ToList();

    public async Task<IReadOnlyList<JurisdictionInfo>> JurisdictionsAsync(CancellationToken ct = default) =>
        (await db.Jurisdictions.AsNoTracking().OrderBy(j => j.Code)
            .Select(j => new { j, HasBoundary = j.BoundaryWkb != null })
            .ToListAsync(ct)).Select(x => new JurisdictionInfo(x.j.ToCore(), x.HasBoundary)).ToList();

    public async Task<Jurisdiction?> JurisdictionAsync(string code, CancellationToken ct = default) =>
        (await db.Jurisdictions.AsNoTracking().FirstOrDefaultAsync(j => j.Code == code, ct))?.ToCore();

    /// <summary>
    /// The access-list requirements that apply in a jurisdiction: its own and those of every
    /// jurisdiction above it (a county is bound by its city's list), ordered by level, then as printed.
    /// Unit-level requirements (the fourth level, attached to one control unit) are left out unless
    /// <paramref name="includeUnitLevel"/> — they apply only inside their unit, which a siting assessment decides.
    /// </summary>
    public async Task<IReadOnlyList<AccessRequirement>?> AccessListAsync(string jurisdictionCode, bool includeUnitLevel = false, CancellationToken ct = default)
    {
        var chain = await AncestorsAndSelfAsync(jurisdictionCode, ct);
        if (chain is null) return null;
        return (await db.AccessRequirements.AsNoTracking().Where(a => chain.Contains(a.JurisdictionCode) && (includeUnitLevel || a.UnitCode == null))
            .OrderBy(a => a.Id).ToListAsync(ct)).Select(a => a.ToCore())
            .OrderBy(a => a.Level).ToList();
    }

    /// <summary>
    /// Control-unit statistics: for a city, the rows of its zoning result (each county and the total);
    /// for a county, its own row.
    /// </summary>
    public async Task<IReadOnlyList<UnitStatistics>?> UnitStatisticsAsync(string jurisdictionCode, CancellationToken ct = default)
    {
        if (await JurisdictionAsync(jurisdictionCode, ct) is null) return null;
        var planIds = await db.Plans.Where(p => p.JurisdictionCode == jurisdictionCode).Select(p => p.Id).ToListAsync(ct);
        return (await db.UnitStatistics.AsNoTracking()
            .Where(u => planIds.Contains(u.PlanId) || u.JurisdictionCode == jurisdictionCode)
            .OrderBy(u => u.Id).ToListAsync(ct)).Select(u => u.ToCore()).ToList();
    }

    /// <summary>The jurisdiction's code and its ancestors', most specific first (城区 → 晋城市 → 山西省); null when unknown.</summary>
    public async Task<IReadOnlyList<string>?> AncestorsAndSelfAsync(string code, CancellationToken ct = default)
    {
        var all = await db.Jurisdictions.AsNoTracking().ToDictionaryAsync(j => j.Code, j => j.ParentCode, ct);
        if (!all.ContainsKey(code)) return null;
        var chain = new List<string>();
        for (string? c = code; c is not null && chain.Count < 10; c = all.GetValueOrDefault(c)) chain.Add(c);
        return chain;
    }

    private async Task<IReadOnlyList<T>?> ForPlanAsync<TEntity, T>(string planId, IQueryable<TEntity> rows, Func<TEntity, T> map, CancellationToken ct) =>
        await db.Plans.AnyAsync(p => p.Id == planId, ct) ? (await rows.ToListAsync(ct)).Select(map).ToList() : null;
}
