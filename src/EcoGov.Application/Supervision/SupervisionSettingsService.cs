using System.Globalization;
using EcoGov.Core.Supervision;
using EcoGov.Core.Tasks;
using EcoGov.Data;
using EcoGov.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace EcoGov.Application.Supervision;

/// <summary>`plan-settings --plan ID [--due-soon-days N] [--heating-season-start MM-DD]` / POST /api/plans/{id}/settings.</summary>
public sealed record PlanSettingsRequest(string? Plan, string? DueSoonDays, string? HeatingSeasonStart)
{
    public const string PlanField = "plan", DueSoonDaysField = "dueSoonDays", HeatingSeasonStartField = "heatingSeasonStart";
}

/// <summary>
/// A plan's supervision settings as they apply: the due-soon window (the plan's, or the default 15) and the heating
/// season's first day (its jurisdiction's, else the nearest ancestor's, else 11-15), each saying where it comes from.
/// </summary>
public sealed record PlanSettingsView(string Plan, int DueSoonDays, bool DueSoonDaysIsDefault, string HeatingSeasonStart, string HeatingSeasonStartFrom);

/// <summary>
/// 督办设置 (issue 9 items 2 and 5): the due-soon window per plan and the heating-season start per jurisdiction (inherited
/// downwards), set by the plan office of the jurisdiction or above (or the administrator), recorded in the audit trail,
/// and used by the ledger, the warnings and the dispatch report.
/// </summary>
public sealed class SupervisionSettingsService(EcoGovDbContext db, PlanAccess access, AuditTrail audit)
{
    /// <summary>The settings that apply to a plan (no permission needed beyond reading the plan).</summary>
    public async Task<(int DueSoonDays, HeatingSeasonStart HeatingStart, PlanSettingsView View)> ForPlanAsync(string planId, CancellationToken ct = default)
    {
        var plan = access.Plan(planId, PlanSettingsRequest.PlanField);
        var chain = access.Chain(plan.JurisdictionCode, PlanSettingsRequest.PlanField);
        var days = await db.PlanSettings.AsNoTracking().Where(p => p.PlanId == plan.Id).Select(p => p.DueSoonDays).FirstOrDefaultAsync(ct);
        var heating = await db.JurisdictionSettings.AsNoTracking().Where(j => chain.Contains(j.JurisdictionCode) && j.HeatingSeasonStart != null)
            .ToDictionaryAsync(j => j.JurisdictionCode, j => j.HeatingSeasonStart!, ct);
        var from = chain.FirstOrDefault(heating.ContainsKey);
        var start = from is null ? HeatingSeasonStart.Default : HeatingSeasonStart.TryParse(heating[from]) ?? HeatingSeasonStart.Default;
        var dueSoon = days ?? TaskStateEvaluator.DefaultDueSoonDays;
        return (dueSoon, start, new PlanSettingsView(plan.Id, dueSoon, days is null, start.ToString(), from ?? "默认 / default"));
    }

    /// <summary>Changes what the request gives (a blank value resets it to the default); returns the settings that now apply.</summary>
    public async Task<PlanSettingsView> SetAsync(Actor actor, PlanSettingsRequest request, CancellationToken ct = default)
    {
        var plan = access.Plan(request.Plan, PlanSettingsRequest.PlanField);
        var chain = access.Chain(plan.JurisdictionCode, PlanSettingsRequest.PlanField);
        AccessPolicy.Demand(actor, SupervisionAction.EditPlanSettings, chain);
        var (oldDays, oldStart, _) = await ForPlanAsync(plan.Id, ct);
        if (request.DueSoonDays is { } daysText)
        {
            int? days = null;
            if (!RequestValues.Absent(daysText))
            {
                if (!int.TryParse(daysText.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var d) || d > 366)
                    throw new ApplicationInputException(ErrorCode.OutOfRange, PlanSettingsRequest.DueSoonDaysField, "临期天数须为 0–366 的整数 / due-soon days must be 0–366");
                days = d;
            }
            var row = await db.PlanSettings.FirstOrDefaultAsync(p => p.PlanId == plan.Id, ct);
            if (row is null) db.PlanSettings.Add(row = new PlanSettingsEntity { PlanId = plan.Id });
            row.DueSoonDays = days;
            audit.Add(actor, "settings.dueSoonDays", "plan", plan.Id,
                new AuditChange("dueSoonDays", oldDays.ToString(CultureInfo.InvariantCulture), (days ?? TaskStateEvaluator.DefaultDueSoonDays).ToString(CultureInfo.InvariantCulture)));
        }
        if (request.HeatingSeasonStart is { } startText)
        {
            string? start = null;
            if (!RequestValues.Absent(startText))
                start = (HeatingSeasonStart.TryParse(startText.Trim())
                    ?? throw new ApplicationInputException(ErrorCode.InvalidDate, PlanSettingsRequest.HeatingSeasonStartField,
                        "采暖季开始日须为 MM-dd（如 11-01，且每年都有这一天）/ the heating-season start must be MM-dd")).ToString();
            var row = await db.JurisdictionSettings.FirstOrDefaultAsync(j => j.JurisdictionCode == plan.JurisdictionCode, ct);
            if (row is null) db.JurisdictionSettings.Add(row = new JurisdictionSettingsEntity { JurisdictionCode = plan.JurisdictionCode });
            row.HeatingSeasonStart = start;
            audit.Add(actor, "settings.heatingSeasonStart", "jurisdiction", plan.JurisdictionCode,
                new AuditChange("heatingSeasonStart", oldStart.ToString(), start ?? "默认"));
        }
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
        return (await ForPlanAsync(plan.Id, ct)).View;
    }
}
