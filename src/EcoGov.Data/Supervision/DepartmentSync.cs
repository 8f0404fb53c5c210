using EcoGov.Core.Supervision;
using EcoGov.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace EcoGov.Data.Supervision;

/// <summary>
/// Keeps the departments in step with the plans: every lead or cooperating unit a plan names (tasks' 牵头/配合单位,
/// projects' 责任单位, and the units a plan's prose adds to a ledger row) is a department of the plan's jurisdiction, one row per <see cref="DepartmentNames.Normalize"/>d name.
/// Run by <see cref="EcoGovDatabase.Initialize"/> under the initialisation lock after the seed import.
/// </summary>
public static class DepartmentSync
{
    /// <summary>Adds the departments that are missing; reads first and writes only when something is missing. Returns how many were added.</summary>
    public static int FromPlans(EcoGovDbContext db)
    {
        var plans = db.Plans.AsNoTracking().Select(p => new { p.Id, p.JurisdictionCode }).ToDictionary(p => p.Id, p => p.JurisdictionCode);
        var tasks = db.Tasks.AsNoTracking().Select(t => new { t.PlanId, t.LeadUnits, t.CooperatingUnits }).ToList();
        var projects = db.Projects.AsNoTracking().Select(p => new { p.PlanId, p.LeadUnit }).ToList();
        var added = db.TaskUnitAdditions.AsNoTracking().Select(a => new { a.PlanId, a.Unit }).ToList();
        var named = tasks.SelectMany(t => UnitNames.Split(t.LeadUnits.Concat(t.CooperatingUnits)).Select(n => (plans[t.PlanId], n)))
            .Concat(projects.SelectMany(p => UnitNames.Split([p.LeadUnit]).Select(n => (plans[p.PlanId], n))))
            .Concat(added.SelectMany(a => UnitNames.Split([a.Unit]).Select(n => (plans[a.PlanId], n))))
            .Distinct().ToList();
        var existing = db.Departments.AsNoTracking().Select(d => new { d.JurisdictionCode, d.Name }).AsEnumerable()
            .Select(d => (d.JurisdictionCode, d.Name)).ToHashSet();
        var missing = named.Where(n => !existing.Contains(n)).ToList();
        if (missing.Count == 0) return 0;
        db.Departments.AddRange(missing.Select(m => new DepartmentEntity { JurisdictionCode = m.Item1, Name = m.Item2, FromPlans = true }));
        db.SaveChanges();
        db.ChangeTracker.Clear();
        return missing.Count;
    }
}
