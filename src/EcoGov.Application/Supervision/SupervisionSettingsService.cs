using System.Globalization;
using EcoGov.Core.Supervision;
using EcoGov.Core.Tasks;
using EcoGov.Data;
using EcoGov.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace EcoGov.Application.Supervision;

/// <summary>`plan-settings --plan ID [--due-soon-days N] [--heating-season-start MM-DD]` / POST /api/plans/{id}/settings.</summary>
public sealed record PlanSettingsRequest(
    string? Plan, string? DueSoonDays, string? HeatingSeasonStart,
    string? OverdueTasksForInterview = null, string? ExcessForInterviewPercent = null, string? NotReportedWarns = null)
{
    public const string PlanField = "plan", DueSoonDaysField = "dueSoonDays", HeatingSeasonStartField = "heatingSeasonStart";
    public const string OverdueTasksForInterviewField = "overdueTasksForInterview", ExcessForInterviewPercentField = "excessForInterviewPercent",
        NotReportedWarnsField = "notReportedWarns";

    /// <summary>Whether the request changes anything (a value given, even empty).</summary>
    public bool Changes => DueSoonDays is not null || HeatingSeasonStart is not null || OverdueTasksForInterview is not null
        || ExcessForInterviewPercent is not null || NotReportedWarns is not null;
}

/// <summary>
/// A plan's supervision settings as they apply: the due-soon window (the plan's, or the default 15) and the heating
/// season's first day (its jurisdiction's, else the nearest ancestor's, else 11-15), each saying where it comes from.
/// </summary>
/// <param name="Thresholds">The warning rule's thresholds for the plan (its own, or the defaults of docs/supervision.md §7).</param>
/// <param name="ThresholdsAreDefault">Which of the three thresholds are the defaults, by field name.</param>
public sealed record PlanSettingsView(string Plan, int DueSoonDays, bool DueSoonDaysIsDefault, string HeatingSeasonStart, string HeatingSeasonStartFrom,
    WarningThresholds Thresholds, IReadOnlyList<string> ThresholdsAreDefault);

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
        var plan = await access.PlanAsync(planId, PlanSettingsRequest.PlanField, ct);
        var chain = await access.ChainAsync(plan.JurisdictionCode, PlanSettingsRequest.PlanField, ct);
        var own = await db.PlanSettings.AsNoTracking().FirstOrDefaultAsync(p => p.PlanId == plan.Id, ct);
        var days = own?.DueSoonDays;
        var heating = await db.JurisdictionSettings.AsNoTracking().Where(j => chain.Contains(j.JurisdictionCode) && j.HeatingSeasonStart != null)
            .ToDictionaryAsync(j => j.JurisdictionCode, j => j.HeatingSeasonStart!, ct);
        var from = chain.FirstOrDefault(heating.ContainsKey);
        var start = from is null ? HeatingSeasonStart.Default : HeatingSeasonStart.TryParse(heating[from]) ?? HeatingSeasonStart.Default;
        var dueSoon = days ?? TaskStateEvaluator.DefaultDueSoonDays;
        var d = WarningThresholds.Default;
        var thresholds = new WarningThresholds(own?.OverdueTasksForInterview ?? d.OverdueTasksForInterview, own?.NotReportedWarns ?? d.NotReportedWarns,
            own?.ExcessForInterviewPercent ?? d.ExcessForInterviewPercent);
        List<string> defaults = [.. new (string Field, bool IsDefault)[]
        {
            (PlanSettingsRequest.OverdueTasksForInterviewField, own?.OverdueTasksForInterview is null),
            (PlanSettingsRequest.ExcessForInterviewPercentField, own?.ExcessForInterviewPercent is null),
            (PlanSettingsRequest.NotReportedWarnsField, own?.NotReportedWarns is null),
        }.Where(x => x.IsDefault).Select(x => x.Field)];
        return (dueSoon, start, new PlanSettingsView(plan.Id, dueSoon, days is null, start.ToString(), from ?? AppText.SettingDefault.Bilingual, thresholds, defaults));
    }

    /// <summary>Changes what the request gives (a blank value resets it to the default); returns the settings that now apply.</summary>
    public async Task<PlanSettingsView> SetAsync(Actor actor, PlanSettingsRequest request, CancellationToken ct = default)
    {
        var plan = await access.PlanAsync(request.Plan, PlanSettingsRequest.PlanField, ct);
        var chain = await access.ChainAsync(plan.JurisdictionCode, PlanSettingsRequest.PlanField, ct);
        AccessPolicy.Demand(actor, SupervisionAction.EditPlanSettings, chain);
        var (oldDays, oldStart, oldView) = await ForPlanAsync(plan.Id, ct);
        if (request.DueSoonDays is { } daysText)
        {
            int? days = null;
            if (!RequestValues.Absent(daysText))
            {
                if (!int.TryParse(daysText.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var d) || d > 366)
                    throw new ApplicationInputException(ErrorCode.OutOfRange, PlanSettingsRequest.DueSoonDaysField, AppText.DueSoonDaysOutOfRange());
                days = d;
            }
            (await PlanRowAsync(plan.Id, ct)).DueSoonDays = days;
            audit.Add(actor, "settings.dueSoonDays", "plan", plan.Id,
                new AuditChange("dueSoonDays", oldDays.ToString(CultureInfo.InvariantCulture), (days ?? TaskStateEvaluator.DefaultDueSoonDays).ToString(CultureInfo.InvariantCulture)));
        }
        if (request.OverdueTasksForInterview is { } overdueText)
        {
            int? n = null;
            if (!RequestValues.Absent(overdueText))
            {
                if (!int.TryParse(overdueText.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var v) || v is < 1 or > 100)
                    throw new ApplicationInputException(ErrorCode.OutOfRange, PlanSettingsRequest.OverdueTasksForInterviewField,
                        AppText.OverdueTasksForInterviewOutOfRange());
                n = v;
            }
            (await PlanRowAsync(plan.Id, ct)).OverdueTasksForInterview = n;
            audit.Add(actor, "settings.overdueTasksForInterview", "plan", plan.Id, new AuditChange(PlanSettingsRequest.OverdueTasksForInterviewField,
                I(oldView.Thresholds.OverdueTasksForInterview), I(n ?? WarningThresholds.Default.OverdueTasksForInterview)));
        }
        if (request.ExcessForInterviewPercent is { } excessText)
        {
            double? x = null;
            if (!RequestValues.Absent(excessText))
            {
                if (!double.TryParse(excessText.Trim().TrimEnd('%', '％'), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var v) || v is <= 0 or > 1000)
                    throw new ApplicationInputException(ErrorCode.OutOfRange, PlanSettingsRequest.ExcessForInterviewPercentField,
                        AppText.ExcessForInterviewOutOfRange());
                x = v;
            }
            (await PlanRowAsync(plan.Id, ct)).ExcessForInterviewPercent = x;
            audit.Add(actor, "settings.excessForInterviewPercent", "plan", plan.Id, new AuditChange(PlanSettingsRequest.ExcessForInterviewPercentField,
                D(oldView.Thresholds.ExcessForInterviewPercent), D(x ?? WarningThresholds.Default.ExcessForInterviewPercent)));
        }
        if (request.NotReportedWarns is { } warnsText)
        {
            bool? b = null;
            if (!RequestValues.Absent(warnsText))
                b = warnsText.Trim().ToLowerInvariant() switch
                {
                    "yes" or "true" or "是" => true,
                    "no" or "false" or "否" => false,
                    _ => throw new ApplicationInputException(ErrorCode.InvalidValue, PlanSettingsRequest.NotReportedWarnsField,
                        AppText.NotReportedWarnsYesOrNo()),
                };
            (await PlanRowAsync(plan.Id, ct)).NotReportedWarns = b;
            audit.Add(actor, "settings.notReportedWarns", "plan", plan.Id, new AuditChange(PlanSettingsRequest.NotReportedWarnsField,
                oldView.Thresholds.NotReportedWarns ? "yes" : "no", (b ?? WarningThresholds.Default.NotReportedWarns) ? "yes" : "no"));
        }
        if (request.HeatingSeasonStart is { } startText)
        {
            string? start = null;
            if (!RequestValues.Absent(startText))
                start = (HeatingSeasonStart.TryParse(startText.Trim())
                    ?? throw new ApplicationInputException(ErrorCode.InvalidDate, PlanSettingsRequest.HeatingSeasonStartField,
                        AppText.HeatingSeasonStartInvalid())).ToString();
            var row = await db.JurisdictionSettings.FirstOrDefaultAsync(j => j.JurisdictionCode == plan.JurisdictionCode, ct);
            if (row is null) db.JurisdictionSettings.Add(row = new JurisdictionSettingsEntity { JurisdictionCode = plan.JurisdictionCode });
            row.HeatingSeasonStart = start;
            audit.Add(actor, "settings.heatingSeasonStart", "jurisdiction", plan.JurisdictionCode,
                new AuditChange("heatingSeasonStart", oldStart.ToString(), start ?? "默认"));
        }
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // The plan's (or jurisdiction's) first settings row written by someone else at the same time.
            db.ChangeTracker.Clear();
            throw new ApplicationInputException(ErrorCode.Conflict, PlanSettingsRequest.PlanField, AppText.SettingsChangedMeanwhile());
        }
        db.ChangeTracker.Clear();
        return (await ForPlanAsync(plan.Id, ct)).View;
    }

    /// <summary>The plan's settings row, tracked (added when the plan has none yet).</summary>
    private async Task<PlanSettingsEntity> PlanRowAsync(string planId, CancellationToken ct)
    {
        var row = db.PlanSettings.Local.FirstOrDefault(p => p.PlanId == planId) ?? await db.PlanSettings.FirstOrDefaultAsync(p => p.PlanId == planId, ct);
        if (row is null) db.PlanSettings.Add(row = new PlanSettingsEntity { PlanId = planId });
        return row;
    }

    private static string I(int n) => n.ToString(CultureInfo.InvariantCulture);

    private static string D(double x) => x.ToString(CultureInfo.InvariantCulture);
}
