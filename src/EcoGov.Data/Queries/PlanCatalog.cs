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

/// <summary>A jurisdiction with whether the platform holds its boundary.</summary>
public sealed record JurisdictionInfo(Jurisdiction Jurisdiction, bool HasBoundary);

/// <summary>A plan with the number of records it holds, for listings.</summary>
public sealed record PlanSummary(Plan Plan, string JurisdictionName, int Indicators, int Tasks, int Projects, int Requirements, int Findings);

/// <summary>
/// Read access to the plans held as data. The web pages, the API and the CLI all read through this
/// one class, so they never disagree. Methods return null for an unknown plan or jurisdiction.
/// </summary>
public sealed class PlanCatalog(EcoGovDbContext db)
{
    public IReadOnlyList<Plan> Plans() =>
        db.Plans.AsNoTracking().OrderBy(p => p.DocumentId).ThenBy(p => p.Id).AsEnumerable().Select(p => p.ToCore()).ToList();

    public IReadOnlyList<PlanSummary> PlanSummaries()
    {
        var names = db.Jurisdictions.AsNoTracking().ToDictionary(j => j.Code, j => j.Name);
        var indicators = db.Indicators.GroupBy(x => x.PlanId).Select(g => new { g.Key, N = g.Count() }).ToDictionary(x => x.Key, x => x.N);
        var tasks = db.Tasks.GroupBy(x => x.PlanId).Select(g => new { g.Key, N = g.Count() }).ToDictionary(x => x.Key, x => x.N);
        var projects = db.Projects.GroupBy(x => x.PlanId).Select(g => new { g.Key, N = g.Count() }).ToDictionary(x => x.Key, x => x.N);
        var requirements = db.AccessRequirements.GroupBy(x => x.PlanId).Select(g => new { g.Key, N = g.Count() }).ToDictionary(x => x.Key, x => x.N);
        var findings = db.Findings.GroupBy(x => x.DocumentId).Select(g => new { g.Key, N = g.Count() }).ToDictionary(x => x.Key, x => x.N);
        return db.Plans.AsNoTracking().OrderBy(p => p.DocumentId).ThenBy(p => p.Id).AsEnumerable()
            .Select(p => new PlanSummary(p.ToCore(), names.GetValueOrDefault(p.JurisdictionCode, p.JurisdictionCode),
                indicators.GetValueOrDefault(p.Id), tasks.GetValueOrDefault(p.Id), projects.GetValueOrDefault(p.Id),
                requirements.GetValueOrDefault(p.Id), findings.GetValueOrDefault(p.DocumentId)))
            .ToList();
    }

    public Plan? Plan(string id) => db.Plans.AsNoTracking().FirstOrDefault(p => p.Id == id)?.ToCore();

    public IReadOnlyList<Indicator>? Indicators(string planId) => ForPlan(planId, () =>
        db.Indicators.AsNoTracking().Where(x => x.PlanId == planId).OrderBy(x => x.Seq).AsEnumerable().Select(x => x.ToCore()).ToList());

    public IReadOnlyList<PlanTask>? Tasks(string planId) => ForPlan(planId, () =>
        db.Tasks.AsNoTracking().Where(x => x.PlanId == planId).OrderBy(x => x.Seq).AsEnumerable().Select(x => x.ToCore()).ToList());

    public IReadOnlyList<KeyProject>? Projects(string planId) => ForPlan(planId, () =>
        db.Projects.AsNoTracking().Where(x => x.PlanId == planId).OrderBy(x => x.Seq).AsEnumerable().Select(x => x.ToCore()).ToList());

    public IReadOnlyList<MonthlyAirTarget>? AirTargets(string planId) => ForPlan(planId, () =>
        db.AirTargets.AsNoTracking().Where(x => x.PlanId == planId).OrderBy(x => x.Id)
            .AsEnumerable().Select(x => x.ToCore()).ToList());

    public IReadOnlyList<WaterSectionTarget>? SectionTargets(string planId) => ForPlan(planId, () =>
        db.SectionTargets.AsNoTracking().Where(x => x.PlanId == planId).OrderBy(x => x.Seq).AsEnumerable().Select(x => x.ToCore()).ToList());

    public IReadOnlyList<StatedTotal>? StatedTotals(string planId) => ForPlan(planId, () =>
        db.StatedTotals.AsNoTracking().Where(x => x.PlanId == planId).OrderBy(x => x.Id).AsEnumerable().Select(x => x.ToCore()).ToList());

    // Supervision seeds (issue 9 item 1), in the order the seed file lists them.
    public IReadOnlyList<SupervisionRule>? SupervisionRules(string planId) => ForPlan(planId, () =>
        db.SupervisionRules.AsNoTracking().Where(x => x.PlanId == planId).OrderBy(x => x.Id).AsEnumerable().Select(x => x.ToCore()).ToList());

    public IReadOnlyList<TaskDuty>? TaskDuties(string planId) => ForPlan(planId, () =>
        db.TaskDuties.AsNoTracking().Where(x => x.PlanId == planId).OrderBy(x => x.TaskSeq).ThenBy(x => x.Id).AsEnumerable().Select(x => x.ToCore()).ToList());

    public IReadOnlyList<TaskUnitAddition>? TaskUnitAdditions(string planId) => ForPlan(planId, () =>
        db.TaskUnitAdditions.AsNoTracking().Where(x => x.PlanId == planId).OrderBy(x => x.TaskSeq).ThenBy(x => x.Id).AsEnumerable().Select(x => x.ToCore()).ToList());

    /// <summary>Findings of one seed document, or of all when <paramref name="documentId"/> is null.</summary>
    public IReadOnlyList<(string DocumentId, SeedFinding Finding)> Findings(string? documentId = null) =>
        db.Findings.AsNoTracking().Where(x => documentId == null || x.DocumentId == documentId)
            .OrderBy(x => x.DocumentId).ThenBy(x => x.Id).AsEnumerable()
            .Select(x => (x.DocumentId, x.ToCore())).ToList();

    public IReadOnlyList<SourceDocument> Documents() =>
        db.SourceDocuments.AsNoTracking().Where(d => d.Id != SeedImporter.JurisdictionsDocumentId).OrderBy(d => d.Id).AsEnumerable()
            .Select(d => new SourceDocument(d.Id, d.FileName, d.Title, d.TextSha256)).ToList();

    public IReadOnlyList<JurisdictionInfo> Jurisdictions() =>
        db.Jurisdictions.AsNoTracking().OrderBy(j => j.Code)
            .Select(j => new { j, HasBoundary = j.BoundaryWkb != null })
            .AsEnumerable().Select(x => new JurisdictionInfo(x.j.ToCore(), x.HasBoundary)).ToList();

    public Jurisdiction? Jurisdiction(string code) => db.Jurisdictions.AsNoTracking().FirstOrDefault(j => j.Code == code)?.ToCore();

    /// <summary>
    /// The access-list requirements that apply in a jurisdiction: its own and those of every
    /// jurisdiction above it (a county is bound by its city's list), ordered by level, then as printed.
    /// Unit-level requirements (the fourth level, attached to one control unit) are left out unless
    /// <paramref name="includeUnitLevel"/> — they apply only inside their unit, which a siting assessment decides.
    /// </summary>
    public IReadOnlyList<AccessRequirement>? AccessList(string jurisdictionCode, bool includeUnitLevel = false)
    {
        var chain = AncestorsAndSelf(jurisdictionCode);
        if (chain is null) return null;
        return db.AccessRequirements.AsNoTracking().Where(a => chain.Contains(a.JurisdictionCode) && (includeUnitLevel || a.UnitCode == null))
            .OrderBy(a => a.Id).AsEnumerable().Select(a => a.ToCore())
            .OrderBy(a => a.Level).ToList();
    }

    /// <summary>
    /// Control-unit statistics: for a city, the rows of its zoning result (each county and the total);
    /// for a county, its own row.
    /// </summary>
    public IReadOnlyList<UnitStatistics>? UnitStatistics(string jurisdictionCode)
    {
        if (Jurisdiction(jurisdictionCode) is null) return null;
        var planIds = db.Plans.Where(p => p.JurisdictionCode == jurisdictionCode).Select(p => p.Id).ToList();
        return db.UnitStatistics.AsNoTracking()
            .Where(u => planIds.Contains(u.PlanId) || u.JurisdictionCode == jurisdictionCode)
            .OrderBy(u => u.Id).AsEnumerable().Select(u => u.ToCore()).ToList();
    }

    /// <summary>The jurisdiction's code and its ancestors', most specific first (城区 → 晋城市 → 山西省); null when unknown.</summary>
    public IReadOnlyList<string>? AncestorsAndSelf(string code)
    {
        var all = db.Jurisdictions.AsNoTracking().ToDictionary(j => j.Code, j => j.ParentCode);
        if (!all.ContainsKey(code)) return null;
        var chain = new List<string>();
        for (string? c = code; c is not null && chain.Count < 10; c = all.GetValueOrDefault(c)) chain.Add(c);
        return chain;
    }

    private IReadOnlyList<T>? ForPlan<T>(string planId, Func<IReadOnlyList<T>> read) =>
        db.Plans.Any(p => p.Id == planId) ? read() : null;
}
