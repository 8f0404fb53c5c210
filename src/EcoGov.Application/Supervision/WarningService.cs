using System.Globalization;
using EcoGov.Application.Progress;
using EcoGov.Core;
using EcoGov.Core.Progress;
using EcoGov.Core.Supervision;
using EcoGov.Data.Queries;
using Microsoft.EntityFrameworkCore;

namespace EcoGov.Application.Supervision;

/// <summary>`warnings --plan ID --as-of D` / GET /api/plans/{id}/warnings?asOf=D (today when absent).</summary>
public sealed record WarningsRequest(string? Plan, string? AsOf)
{
    public const string PlanField = "plan", AsOfField = "asOf";
}

public sealed record WarningReasonView(WarningReasonKind Kind, string Message, string Evidence);

/// <summary>A candidate as both hosts give it: <c>level</c> 预警 / 约谈 / 督办, <c>levelCode</c> the level (camelCase).</summary>
public sealed record WarningCandidateView(string Unit, string Level, WarningLevel LevelCode, IReadOnlyList<WarningReasonView> Reasons);

/// <summary>
/// A target figure the rule read: the pollutant, the period (<c>2023-06</c>, or 全年 for the year so far), actual against
/// target, and whether it is behind 序时进度 (<c>behind</c>) or missed in a period that is over (<c>over</c>).
/// </summary>
/// <param name="IsClass">A water section's class (1..6 = Ⅰ..劣Ⅴ), not a concentration.</param>
public sealed record TargetFigureView(string Pollutant, string Period, double Actual, double Target, string Unit, bool Behind, bool Over, bool IsClass);

/// <summary>The candidates of a plan for the period due on a day, the target figures read, and what the evaluation could not use (notes).</summary>
public sealed record WarningReport(string Plan, string AsOf, string Period, string PreviousPeriod, WarningThresholds Thresholds,
    IReadOnlyList<WarningCandidateView> Candidates, IReadOnlyList<TargetFigureView> Figures, IReadOnlyList<string> Notes);

/// <summary>
/// 预警研判 (issue 10 item 1, first step): the units the plan's warning rule names on a day — from the ledger's task
/// states (<see cref="TaskLedgerService"/>) and the jurisdiction's air targets against 序时进度 (<see cref="PlanProgressService"/>,
/// from the monitoring store) — by <see cref="WarningEvaluator"/>, escalating units that were candidates for the
/// previous period too.
/// </summary>
public sealed class WarningService(
    TaskLedgerService ledger, PlanProgressService progress, PlanCatalog catalog, SupervisionSettingsService settings, Data.EcoGovDbContext db)
{
    public async Task<WarningReport> CandidatesAsync(Actor actor, WarningsRequest request, CancellationToken ct = default) =>
        await CandidatesAsync(actor, await ledger.LedgerAsync(actor, new LedgerRequest(request.Plan, request.AsOf), ct), ct);

    /// <summary>The candidates for a ledger the caller already has (read with the actor's rights): the dispatch report's.</summary>
    public async Task<WarningReport> CandidatesAsync(Actor actor, TaskLedger now, CancellationToken ct = default)
    {
        var plan = now.Plan;
        var period = ReportingPeriod.DueOn(now.AsOf);
        var previousDay = period.Previous().LastDay;
        var notes = new List<string>();
        var unit = (await catalog.JurisdictionAsync(plan.JurisdictionCode, ct))?.Name ?? plan.JurisdictionCode;
        var thresholds = (await settings.ForPlanAsync(plan.Id, ct)).View.Thresholds;
        // The rule applied is 002's (line 110); say where the plan's own text states it, or that it states none.
        var stated = (await catalog.SupervisionRulesAsync(plan.Id, ct) ?? []).SelectMany(r => r.Triggers)
            .FirstOrDefault(t => t.Level == SupervisionLevel.WarningLetter);
        notes.Add(stated is null
            ? AppText.WarningRuleNotStated.Bilingual
            : AppText.WarningRuleStated(stated.Source.Document, stated.Source.Line, stated.Condition).Bilingual);

        // The previous period counts for escalation only when the plan was in force for the whole of it.
        var previous = new Dictionary<string, WarningLevel>();
        if (plan.Issued is { } issued && issued > period.Previous().FirstDay)
            notes.Add(AppText.PreviousPeriodNotInForce(period.Previous().ToString(), issued.ToText()).Bilingual);
        else
        {
            var before = await ledger.LedgerAsync(actor, new LedgerRequest(plan.Id, previousDay.ToText()), ct);
            previous = WarningEvaluator.Evaluate(Tasks(before), unit, await TargetsAsync(plan.Id, previousDay, null, ct), previous, thresholds)
                .ToDictionary(c => c.Unit, c => c.Level);
            // A letter issued for the previous period carries the level it was issued at (already escalated): the chain
            // 预警 → 约谈 → 督办 follows what was actually sent.
            var previousText = period.Previous().ToString();
            foreach (var letter in await db.WarningLetters.AsNoTracking().Where(l => l.PlanId == plan.Id && l.Period == previousText)
                         .Select(l => new { l.Unit, l.Level }).ToListAsync(ct))
                if (!previous.TryGetValue(letter.Unit, out var computed) || letter.Level > computed) previous[letter.Unit] = letter.Level;
        }
        var figures = await TargetsAsync(plan.Id, now.AsOf, notes, ct);
        var candidates = WarningEvaluator.Evaluate(Tasks(now), unit, figures, previous, thresholds, period.Previous().ToString());
        return new WarningReport(plan.Id, now.AsOf.ToText(), period.ToString(), period.Previous().ToString(), thresholds,
            [.. candidates.Select(c => new WarningCandidateView(c.Unit, WarningEvaluator.Name(c.Level), c.Level,
                [.. c.Reasons.Select(r => new WarningReasonView(r.Kind, r.Message, r.Evidence))]))],
            [.. figures.Select(f => new TargetFigureView(f.Pollutant, f.Period, f.Actual, f.Target, f.Unit, f.Behind, f.Over, f.IsClass))],
            notes);
    }

    private static IEnumerable<WarnedTask> Tasks(TaskLedger ledger) =>
        ledger.Rows.Select(r => new WarnedTask(r.Reference, r.LeadDepartments, r.State, r.Due, r.ExpectedPeriod));

    /// <summary>
    /// The plan's targets on the day, from the monitoring store: an air plan's monthly and annual targets (each month up to
    /// the day that has data, and the year so far); a water plan's section targets (each month with samples up to the day,
    /// and the year so far), as classes.
    /// </summary>
    private async Task<List<TargetFigure>> TargetsAsync(string planId, DateOnly day, List<string>? notes, CancellationToken ct)
    {
        var report = await progress.FromStoreAsync(new PlanProgressRequest(planId, day.Year, day.ToText()), ct);
        switch (report)
        {
            case ProgressReportDto air when air.Stations == 0:
                notes?.Add(AppText.NoAirDataTargetsNotEvaluated(day.Year).Bilingual);
                return [];
            case ProgressReportDto air:
                return [.. air.Targets
                    .Where(t => t.Actual is not null && (t.Month is null || new DateOnly(t.Year, t.Month.Value, 1) <= day))
                    .Select(t => new TargetFigure(t.Pollutant,
                        t.Month is { } m ? new ReportingPeriod(t.Year, m).ToString() : "全年", t.Actual!.Value, t.Target, t.Unit,
                        t.Status is ProgressStatus.Lagging or ProgressStatus.NotAchieved, t.Status == ProgressStatus.NotAchieved))];
            case WaterProgressReportDto water when water.Sections == 0:
                notes?.Add(AppText.NoWaterDataTargetsNotEvaluated(day.Year).Bilingual);
                return [];
            case WaterProgressReportDto water:
                var figures = new List<TargetFigure>();
                foreach (var s in water.Targets.Where(s => s.TargetClass is not null))
                {
                    var target = ClassNumber(s.TargetClass!);
                    figures.AddRange(s.Months.Where(m => m.Class is not null && new DateOnly(day.Year, m.Month, 1) <= day).Select(m => new TargetFigure(
                        s.Section, new ReportingPeriod(day.Year, m.Month).ToString(), ClassNumber(m.Class!), target, "类",
                        m.Meets == false, m.Meets == false && new ReportingPeriod(day.Year, m.Month).LastDay <= day, IsClass: true)));
                    if (s.YearToDateClass is { } ytd)
                        figures.Add(new TargetFigure(s.Section, "全年", ClassNumber(ytd), target, "类",
                            s.Status is ProgressStatus.Lagging or ProgressStatus.NotAchieved, s.Status == ProgressStatus.NotAchieved, IsClass: true));
                }
                return figures;
            default:
                notes?.Add(AppText.PlanHasNoTargetsTasksOnly.Bilingual);
                return [];
        }
    }

    /// <summary>"I".."V", "劣V" → 1..6 (<see cref="PlanProgressReports.ClassCode"/> the other way).</summary>
    private static int ClassNumber(string code) =>
        Enumerable.Range(1, 6).First(c => PlanProgressReports.ClassCode(c) == code);
}
