using System.Globalization;
using EcoGov.Application.Air;
using EcoGov.Application.Plans;
using EcoGov.Application.Progress;
using EcoGov.Application.Supervision;
using EcoGov.Core;
using EcoGov.Core.Air;
using EcoGov.Core.Indicators;
using EcoGov.Core.Plans;
using EcoGov.Core.Progress;
using EcoGov.Core.Text;
using EcoGov.Data;
using EcoGov.Data.Entities;
using EcoGov.Data.Monitoring;
using EcoGov.Data.Queries;
using Microsoft.EntityFrameworkCore;

namespace EcoGov.Application.Evaluation;

/// <summary>
/// `evaluate --plan ID (--year Y | --term mid|end) [--as-of D]` / GET /api/plans/{id}/evaluation?year=&amp;term=&amp;asOf=.
/// Values as the user typed them; <c>term</c> picks the year from the plan's period (mid: its middle year, end: its last).
/// </summary>
public sealed record IndicatorEvaluationRequest(string? Plan, int? Year = null, string? AsOf = null, string? Term = null)
{
    public const string PlanField = "plan", YearField = "year", AsOfField = "asOf", TermField = "term";
}

/// <summary>`evaluate set --plan ID --indicator SEQ --year Y --value V --source TEXT` / POST /api/plans/{id}/evaluation/actuals.</summary>
public sealed record IndicatorActualRequest(string? Plan, string? Indicator, string? Year, string? Value, string? Source)
{
    public const string PlanField = "plan", IndicatorField = "indicator", YearField = "year", ValueField = "value", SourceField = "source";
}

/// <summary>An entered actual as stored: <c>value</c> the number when the text is one.</summary>
public sealed record IndicatorActualView(string Plan, int Indicator, string Name, int Year, double? Value, string Text, string Source, string EnteredBy, string EnteredAt);

/// <summary>
/// One indicator's evaluation. <c>attribute</c> 约束性/预期性 (null when the table has none); <c>targetText</c> the target as
/// printed for the year used (<c>targetYear</c>); <c>resolvedTarget</c> the target compared (a higher-level reference
/// after resolution, a relative target after the baseline arithmetic), <c>resolution</c> how it was found,
/// <c>unresolved</c> what is missing; <c>actual</c>/<c>actualText</c> the value with <c>actualSource</c>
/// (computed/entered/none) and <c>actualBasis</c> (the statistic, or the entered source); <c>arithmetic</c> the sentence.
/// </summary>
public sealed record IndicatorEvaluationRow(
    int Seq, string Category, string Name, string? Unit, string? Attribute, string? Baseline, int? BaselineYear,
    string? TargetText, int? TargetYear, string? ResolvedTarget, double? TargetValue, string? Resolution, string? Unresolved,
    double? Actual, string? ActualText, ActualSource ActualSource, string? ActualBasis,
    ProgressStatus Status, string StatusText, IndicatorRule Rule, ValueDirection? Direction, EcoGov.Core.Text.Message? DirectionRule, EcoGov.Core.Text.Message Arithmetic,
    SourceDto Source);

/// <summary>Counts by status; <c>bindingNotAchieved</c> the binding indicators not achieved (what leaders are held to).</summary>
public sealed record EvaluationSummary(int Indicators, int Achieved, int OnTrack, int Lagging, int NotAchieved, int CannotJudge, int BindingNotAchieved);

/// <summary>
/// `evaluate --json`: the plan's indicators for a year as of a day, binding indicators first; <c>term</c> "mid"/"end"
/// when the year was chosen by term; <c>yearOver</c> whether the verdicts are final (达标/未达标) or in-year (进度).
/// </summary>
public sealed record IndicatorEvaluationReport(
    string Plan, string PlanTitle, string Jurisdiction, string JurisdictionName, int Year, string? Term, string AsOf, bool YearOver,
    EvaluationSummary Summary, IReadOnlyList<IndicatorEvaluationRow> Rows, IReadOnlyList<string> Notes);

/// <summary>
/// 指标评估 (issue 10 item 2; docs/supervision.md §10): every indicator of a plan for a year — the target resolved
/// (<see cref="TargetResolution"/>: the year's target or the nearest later one; 完成市下达指标 … from the parent
/// jurisdiction's plan), the actual (computed from the monitoring store where the engines compute it: the air
/// indicators by the same evaluation as `air evaluate` — HJ 663 annual statistics of the plan's jurisdiction from 1 January
/// to the evaluation date —, section classes by the water progress engine; otherwise the value entered with its source),
/// and the status with its rule and arithmetic (<see cref="IndicatorEvaluation"/>). Reading needs the ledger's right
/// (<see cref="SupervisionAction.ReadLedger"/>); entering an actual <see cref="SupervisionAction.EnterIndicatorActual"/>,
/// recorded in the audit trail in the same transaction.
/// </summary>
public sealed class IndicatorEvaluationService(
    EcoGovDbContext db, PlanCatalog catalog, MonitoringStoreQuery store, PlanAccess access, AuditTrail audit, TimeProvider clock)
{
    public const string Mid = "mid", End = "end";

    /// <summary>The year a term names: mid → PeriodStart + (PeriodEnd − PeriodStart) / 2 (2021–2025 → 2023), end → PeriodEnd.</summary>
    public static int TermYear(Plan plan, string term) => term == Mid
        ? plan.PeriodStart!.Value + (plan.PeriodEnd!.Value - plan.PeriodStart.Value) / 2
        : plan.PeriodEnd!.Value;

    /// <summary>Checks the request and evaluates.</summary>
    public async Task<IndicatorEvaluationReport> EvaluateAsync(Actor actor, IndicatorEvaluationRequest request, CancellationToken ct = default)
    {
        var plan = await access.PlanAsync(request.Plan, IndicatorEvaluationRequest.PlanField, ct);
        AccessPolicy.Demand(actor, SupervisionAction.ReadLedger, await access.ChainAsync(plan.JurisdictionCode, IndicatorEvaluationRequest.PlanField, ct));
        var (year, term) = YearOf(plan, request);
        var asOf = RequestValues.OptionalDate(request.AsOf, IndicatorEvaluationRequest.AsOfField, AppText.LabelEvaluationDate);
        var yearEnd = new DateOnly(year, 12, 31);
        var today = ChinaTime.Today(clock);
        var date = asOf ?? (today < yearEnd ? today : yearEnd);
        return await EvaluateAsync(plan, year, term, date, ct);
    }

    private static (int Year, string? Term) YearOf(Plan plan, IndicatorEvaluationRequest request)
    {
        string? term = null;
        if (!RequestValues.Absent(request.Term))
        {
            term = request.Term!.Trim().ToLowerInvariant();
            if (term is not (Mid or End))
                throw new ApplicationInputException(ErrorCode.InvalidValue, IndicatorEvaluationRequest.TermField,
                    AppText.TermMustBeMidOrEnd(UserText.Quote(request.Term)));
            if (plan.PeriodStart is null || plan.PeriodEnd is null)
                throw new ApplicationInputException(ErrorCode.InvalidValue, IndicatorEvaluationRequest.TermField,
                    AppText.PlanHasNoPeriodGiveYear(plan.Id));
        }
        if (request.Year is int y)
        {
            if (y is < PlanProgressService.MinYear or > PlanProgressService.MaxYear)
                throw new ApplicationInputException(ErrorCode.OutOfRange, IndicatorEvaluationRequest.YearField,
                    AppText.IndicatorYearOutOfRange(PlanProgressService.MinYear, PlanProgressService.MaxYear, y));
            if (term is not null && TermYear(plan, term) != y)
                throw new ApplicationInputException(ErrorCode.Conflict, IndicatorEvaluationRequest.TermField,
                    AppText.TermAndYearDisagree((term == Mid ? AppText.LabelMidTerm : AppText.LabelEndTerm), TermYear(plan, term), y));
            return (y, term);
        }
        if (term is null)
            throw new ApplicationInputException(ErrorCode.Required, IndicatorEvaluationRequest.YearField, AppText.YearOrTermIsRequired());
        return (TermYear(plan, term), term);
    }

    private async Task<IndicatorEvaluationReport> EvaluateAsync(Plan plan, int year, string? term, DateOnly date, CancellationToken ct)
    {
        var indicators = await catalog.IndicatorsAsync(plan.Id, ct) ?? [];
        var notes = new List<string>();
        var above = await AboveAsync(plan.JurisdictionCode, ct);
        var computed = await ComputedAsync(plan, indicators, year, date, notes, ct);
        var entered = await db.IndicatorActuals.AsNoTracking().Where(a => a.PlanId == plan.Id && a.Year == year).ToListAsync(ct);
        var rows = new List<IndicatorEvaluationRow>();
        foreach (var i in indicators.OrderBy(i => i.Binding switch { IndicatorAttribute.Binding => 0, IndicatorAttribute.Expected => 1, _ => 2 }).ThenBy(i => i.Seq))
        {
            var resolved = TargetResolution.Resolve(i, year, above);
            var e = entered.FirstOrDefault(a => a.IndicatorSeq == i.Seq);
            rows.Add(Row(i, resolved, computed.GetValueOrDefault(i.Seq), e, year, date));
        }
        if (entered.Count > 0 && computed.Count > 0 && entered.Any(e => computed.ContainsKey(e.IndicatorSeq)))
            notes.Add(AppText.ComputedValuesTakePrecedence.Bilingual);
        var summary = new EvaluationSummary(rows.Count, Count(rows, ProgressStatus.Achieved), Count(rows, ProgressStatus.OnTrack),
            Count(rows, ProgressStatus.Lagging), Count(rows, ProgressStatus.NotAchieved), Count(rows, ProgressStatus.CannotJudge),
            rows.Count(r => r.Attribute == "约束性" && r.Status is ProgressStatus.NotAchieved or ProgressStatus.Lagging));
        return new IndicatorEvaluationReport(plan.Id, plan.Title, plan.JurisdictionCode, (await catalog.JurisdictionAsync(plan.JurisdictionCode, ct))?.Name ?? plan.JurisdictionCode,
            year, term, CalendarDate.ToText(date), date >= new DateOnly(year, 12, 31), summary, rows, notes);
    }

    private static int Count(List<IndicatorEvaluationRow> rows, ProgressStatus s) => rows.Count(r => r.Status == s);

    /// <summary>The jurisdictions above the plan's, nearest first, with their plans' indicators.</summary>
    private async Task<List<JurisdictionPlans>> AboveAsync(string code, CancellationToken ct)
    {
        var chain = await catalog.AncestorsAndSelfAsync(code, ct) ?? [code];
        var plans = await catalog.PlansAsync(ct);
        var result = new List<JurisdictionPlans>();
        foreach (var c in chain.Skip(1))
        {
            var held = new List<PlanIndicators>();
            foreach (var p in plans.Where(p => p.JurisdictionCode == c))
                held.Add(new PlanIndicators(p.Id, p.Title, p.PeriodStart, p.PeriodEnd, await catalog.IndicatorsAsync(p.Id, ct) ?? []));
            result.Add(new JurisdictionPlans(c, (await catalog.JurisdictionAsync(c, ct))?.Name ?? c, held));
        }
        return result;
    }

    private static IndicatorEvaluationRow Row(Indicator i, ResolvedTarget resolved, ComputedActual? computed, IndicatorActualEntity? entered, int year, DateOnly date)
    {
        var actual = computed?.Actual ?? (entered is null ? null
            : new IndicatorActual(entered.Value, entered.Text, ActualSource.Entered,
                $"录入：{entered.Source}（{entered.EnteredBy}）"));
        var unresolved = resolved.Missing;
        var j = computed?.Judgement ?? IndicatorEvaluation.Evaluate(i.Name, i.Unit, resolved.Target, unresolved, i.Baseline, actual, year, date);
        var how = resolved.How;
        string? resolvedText = resolved.Target is null ? null
            : j.TargetNumber is double n && resolved.Target.Kind is not TargetKind.WaterClass
                ? $"{(j.Direction == ValueDirection.HigherIsBetter ? "≥" : "≤")} {IndicatorEvaluation.F(n)}"
                : resolved.Target.Text;
        return new IndicatorEvaluationRow(i.Seq, i.Category, i.Name, i.Unit,
            i.Binding switch { IndicatorAttribute.Binding => "约束性", IndicatorAttribute.Expected => "预期性", _ => null },
            i.Baseline?.Text, i.Baseline?.Year, resolved.Stated?.Text, resolved.Stated?.Year, resolvedText, j.TargetNumber, how, unresolved,
            actual?.Value, actual?.Text ?? (actual?.Value is double v ? IndicatorEvaluation.F(v) : null), actual?.Source ?? ActualSource.None,
            actual?.SourceText, j.Status, ProgressEvaluator.Display(j.Status), j.Rule, j.Direction, j.DirectionRule, j.Arithmetic,
            SourceDto.From(i.Source));
    }

    /// <summary>A computed actual; <paramref name="Judgement"/> set when its engine judges it itself (the water progress engine, several sections at once).</summary>
    private sealed record ComputedActual(IndicatorActual Actual, IndicatorJudgement? Judgement = null);

    /// <summary>The actuals the engines compute for the plan's indicators in the year up to the date, by indicator seq.</summary>
    private async Task<Dictionary<int, ComputedActual>> ComputedAsync(Plan plan, IReadOnlyList<Indicator> indicators, int year, DateOnly date, List<string> notes,
        CancellationToken ct)
    {
        var result = new Dictionary<int, ComputedActual>();
        var from = new DateOnly(year, 1, 1);
        if (date < from) return result;
        var to = date < new DateOnly(year, 12, 31) ? date : new DateOnly(year, 12, 31);
        var air = indicators.Select(i => (Indicator: i, Figure: AirFigures.Of(i.Name))).Where(x => x.Figure is not null).ToList();
        if (air.Count > 0)
        {
            var standard = AirEvaluationStandards.ForDate(from);
            var name = standard == AirEvaluationStandards.Gb3095_2012 ? "GB3095-2012"
                : standard == AirEvaluationStandards.Gb3095_2026Transitional ? "GB3095-2026-transitional" : "GB3095-2026-final";
            AirEvaluationDto? eval = null;
            try
            {
                eval = await new AirEvaluationService(catalog, store).EvaluateAsync(new AirEvaluationRequest(name, CalendarDate.ToText(from), CalendarDate.ToText(to),
                    Jurisdiction: plan.JurisdictionCode), ct);
            }
            catch (ApplicationInputException ex) when (ex.Error.Code == ErrorCode.NoData)
            {
                notes.Add(AppText.NoAirDataIndicatorsNotComputed(plan.JurisdictionCode, year).Bilingual);
            }
            if (eval is not null)
            {
                var basis = $"air evaluate：{plan.JurisdictionCode} 全部站点 {eval.From}—{eval.To}，{eval.Standard}";
                foreach (var (i, figure) in air)
                    if (figure!.Value(eval.All) is decimal d)
                        result[i.Seq] = new(new IndicatorActual((double)d, null, ActualSource.Computed, $"{figure.Method}（{basis}）"));
            }
        }
        if (await PlanProgressReports.KindOfAsync(catalog, plan.Id, ct) == ProgressReportKind.Water)
        {
            var water = await PlanProgressReports.WaterAsync(catalog, plan.Id, await store.WaterSamplesAsync(plan.JurisdictionCode, null, year, ct), year, date,
                ChinaTime.Today(clock), ct);
            foreach (var r in water.Indicators.Where(r => r.ActualText is not null))
                result[r.Seq] = new(new IndicatorActual(null, r.ActualText, ActualSource.Computed, r.Basis ?? "断面年度类别（GB 3838）"),
                    new IndicatorJudgement(r.Status, IndicatorRule.WaterClassAgainstTarget, ValueDirection.LowerIsBetter,
                        EcoGov.Core.Text.CoreText.DirectionWaterClass(), r.Target, EcoGov.Core.Text.CoreText.Verbatim(r.Reason)));
        }
        return result;
    }

    /// <summary>Enters (or replaces) an indicator's actual for a year; recorded in the audit trail in the same transaction.</summary>
    public async Task<IndicatorActualView> SetActualAsync(Actor actor, IndicatorActualRequest request, CancellationToken ct = default)
    {
        var plan = await access.PlanAsync(request.Plan, IndicatorActualRequest.PlanField, ct);
        AccessPolicy.Demand(actor, SupervisionAction.EnterIndicatorActual, await access.ChainAsync(plan.JurisdictionCode, IndicatorActualRequest.PlanField, ct));
        if (RequestValues.Absent(request.Indicator))
            throw new ApplicationInputException(ErrorCode.Required, IndicatorActualRequest.IndicatorField, AppText.IndicatorNumberIsRequired());
        var indicators = await catalog.IndicatorsAsync(plan.Id, ct) ?? [];
        var indicator = (int.TryParse(request.Indicator!.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var seq)
            ? indicators.FirstOrDefault(i => i.Seq == seq) : null)
            ?? throw new ApplicationInputException(ErrorCode.NotFound, IndicatorActualRequest.IndicatorField,
                AppText.NoSuchIndicator(plan.Id, UserText.Quote(request.Indicator), string.Join("、", indicators.Select(i => i.Seq))));
        if (RequestValues.Absent(request.Year))
            throw new ApplicationInputException(ErrorCode.Required, IndicatorActualRequest.YearField, AppText.YearIsRequired());
        if (!int.TryParse(request.Year!.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            || year is < PlanProgressService.MinYear or > PlanProgressService.MaxYear)
            throw new ApplicationInputException(ErrorCode.OutOfRange, IndicatorActualRequest.YearField,
                AppText.ActualYearOutOfRange(PlanProgressService.MinYear, PlanProgressService.MaxYear, UserText.Quote(request.Year)));
        if (year > ChinaTime.Today(clock).Year)
            throw new ApplicationInputException(ErrorCode.OutOfRange, IndicatorActualRequest.YearField, AppText.YearHasNotBegun(year));
        var text = RequestValues.FreeText(request.Value, IndicatorActualRequest.ValueField, AppText.LabelActualValue, IndicatorActualConfiguration.TextChars)!;
        var source = RequestValues.FreeText(request.Source, IndicatorActualRequest.SourceField, AppText.LabelDataSource, IndicatorActualConfiguration.SourceChars)!;
        double? value = double.TryParse(text.TrimEnd('%', '％').Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var v) && double.IsFinite(v) ? v : null;

        IndicatorActualEntity row;
        try
        {
            row = await audit.InTransactionAsync(async () =>
        {
            var existing = await db.IndicatorActuals.FirstOrDefaultAsync(a => a.PlanId == plan.Id && a.IndicatorSeq == indicator.Seq && a.Year == year, ct);
            var old = existing is null ? null : $"{existing.Text}（{existing.Source}）";
            if (existing is null) db.IndicatorActuals.Add(existing = new IndicatorActualEntity { PlanId = plan.Id, IndicatorSeq = indicator.Seq, Year = year });
            existing.Value = value;
            existing.Text = text;
            existing.Source = source;
            existing.EnteredBy = actor.UserName;
            existing.EnteredAtUtc = clock.GetUtcNow();
            audit.Add(actor, "indicator.actual", "indicator", $"{plan.Id}/{indicator.Seq}",
                new AuditChange("year", null, year.ToString(CultureInfo.InvariantCulture)), new AuditChange("actual", old, $"{text}（{source}）"));
            return existing;
        }, ct);
        }
        catch (DbUpdateException)
        {
            // Two first entries of the same indicator and year at once: the unique index keeps one; the other asks again.
            db.ChangeTracker.Clear();
            throw new ApplicationInputException(ErrorCode.Conflict, IndicatorActualRequest.ValueField, AppText.EnteredMeanwhileTryAgain());
        }
        return new IndicatorActualView(plan.Id, indicator.Seq, indicator.Name, year, row.Value, row.Text, row.Source, row.EnteredBy, ChinaTime.ToText(row.EnteredAtUtc));
    }
}
