using System.Globalization;
using EcoGov.Application.Plans;
using EcoGov.Application.Progress;
using EcoGov.Core;
using EcoGov.Core.Air;
using EcoGov.Core.Foresight;
using EcoGov.Core.Indicators;
using EcoGov.Core.Progress;
using EcoGov.Core.Water;
using EcoGov.Data.Monitoring;
using EcoGov.Data.Queries;

namespace EcoGov.Application.Foresight;

/// <summary>Foresight as a host receives the request: the plan's id (<c>plan</c>) and the date (<c>asOf</c>, <c>yyyy-MM-dd</c>).</summary>
public sealed record ForesightRequest(string? Plan, string? AsOf)
{
    // The request's field names, as the web's query parameters (the CLI's options are --plan, --as-of).
    public const string PlanField = "plan";
    public const string AsOfField = "asOf";
}

/// <summary>
/// `foresight --json` and GET /api/plans/{id}/foresight: a plan's annual air targets on a date, each with what the rest
/// of the year must achieve (按目标倒排), and where the year is projected to land. <c>assumption</c> states the validity
/// assumed for the remaining days; <c>projection</c> the projection's basis and the past years in the store
/// (<c>pastYears</c>: those that supplied remaining days).
/// </summary>
public sealed record ForesightReportDto(
    string Plan, string Jurisdiction, string AsOf, int Year, int DaysInYear, int DaysSoFar, int DaysLeft, int Stations, string Standard,
    string Assumption, IReadOnlyList<ForesightTargetDto> Targets, string Projection, IReadOnlyList<int> PastYears,
    IReadOnlyList<ForesightSectionDto> Sections);

/// <summary>
/// A section target of the plan (water, issue 14 item 1): what the remaining months must reach for the year's class to meet
/// the target under the annual assessment rule (<see cref="WaterSectionForesight"/>). <c>targetClass</c>, <c>classSoFar</c>,
/// <c>requiredClass</c>: "I".."V", "劣V" or null (<c>requiredClass</c> null when the target names no class, the status is
/// not "possible", or an item needs better than class Ⅰ's limit); <c>status</c> "possible", "impossible", "secured" or
/// "unresolved" (no class to compare with); <c>verdict</c> as for air, with "on track" when the class so far meets the target
/// (no projection for water); <c>items</c> each classifying item's bound (<c>bound</c> for ≤ items and DO, <c>low</c>/<c>high</c> for pH).
/// </summary>
public sealed record ForesightSectionDto(
    int Seq, string Section, string? Assessment, string TargetText, string? TargetClass, string? TargetBasis, string? MatchedSection,
    int MonthsSoFar, int MonthsLeft, IReadOnlyList<int> MissingMonths, string? ClassSoFar, string? RequiredClass, string Status,
    string Verdict, string Text, string Arithmetic, IReadOnlyList<ForesightWaterItemDto> Items);

/// <summary>One item of a section: its months so far and their mean, the target class's limit, the bound of the remaining months.</summary>
public sealed record ForesightWaterItemDto(
    string Item, string Name, string Unit, int Months, double? MeanSoFar, double? Limit, double? Bound, double? Low, double? High,
    string? WorstClass, string Status, string Text, string Arithmetic);

/// <summary>
/// One annual target. <c>statistic</c>: "mean", "p90" (O3 daily max 8h), "p95" (CO), "goodDayRatio", "heavilyPollutedDays";
/// <c>source</c>: "附件1 全年" or "主要目标 N"; <c>soFar</c> the published statistic of the days so far (null without data);
/// <c>validDays</c> the valid days so far; <c>status</c>: "possible", "impossible" or "secured"; <c>verdict</c>: "already
/// impossible", "already met", else "on track" when the projection's pMeet ≥ 0.5 (without a projection: when the current
/// pace meets the target) and "at risk" otherwise.
/// </summary>
public sealed record ForesightTargetDto(
    string Indicator, string Source, string? Pollutant, string Statistic, double Target, string Unit, double? SoFar, int ValidDays,
    int DaysSoFar, int DaysLeft, ForesightRequiredDto Required, ForesightRequiredDto? AtCurrentValidity, string Status,
    ForesightProjectionDto Projection, string Verdict);

/// <summary>
/// The year-end projection of a target's statistic (issue 14 item 2). <c>basis</c>: "pastYears" (the remaining days from the
/// same calendar days of each past year, brought to this year's level: <c>value</c> the median, <c>low</c>–<c>high</c> the
/// 80 % prediction interval of the completed years (null with one year), <c>pMeet</c> the share meeting the target, <c>years</c> how many, <c>yearsUsed</c> which), "complete"
/// (the year is over) or "none" (no past year with enough data: value, interval and pMeet null). <c>byMonthlyTargets</c>:
/// the year if the remaining months are at the plan's monthly targets (annual means only); <c>atCurrentPace</c>: if the rest
/// of the year is like the year so far.
/// </summary>
public sealed record ForesightProjectionDto(
    double? Value, double? Low, double? High, double? PMeet, string Basis, int Years, IReadOnlyList<int> YearsUsed,
    double? ByMonthlyTargets, double? AtCurrentPace, EcoGov.Core.Text.Message Text, EcoGov.Core.Text.Message Arithmetic);

/// <summary>
/// What the remaining days must achieve. <c>kind</c>: "meanOfRemainingDays" (<c>value</c> the largest mean at one decimal
/// more than published; <c>bound</c> the exact limit, reached when <c>inclusive</c>), "exceedanceDays" (<c>value</c> the most
/// remaining days above the target before the statistic must exceed it; <c>safe</c> the most that keep it within however
/// high), "nonGoodDays", "heavilyPollutedDays". <c>validDaysLeft</c> the remaining valid days assumed.
/// </summary>
public sealed record ForesightRequiredDto(
    string Kind, double? Value, double? Bound, bool? Inclusive, int? Safe, int ValidDaysLeft, string Status, string Text, string Arithmetic,
    ForesightSplitDto? ByMonth = null);

/// <summary>
/// An annual mean's remaining bound month by month, in the proportions of the plan's monthly targets (<see cref="MonthlySplit"/>):
/// <c>factor</c> k (≥ 1: the monthly targets with room to spare), <c>months</c> each remaining month's days, target and cap.
/// Null without monthly targets for every remaining month, or when the target is already impossible.
/// </summary>
public sealed record ForesightSplitDto(double Factor, IReadOnlyList<ForesightMonthDto> Months, EcoGov.Core.Text.Message Text, EcoGov.Core.Text.Message Arithmetic);

/// <summary>One remaining month: its remaining <c>days</c>, the plan's monthly <c>target</c>, the mean it may reach (<c>value</c>).</summary>
public sealed record ForesightMonthDto(int Month, int Days, double Target, double Value);

/// <summary>The verdicts of <see cref="ForesightTargetDto.Verdict"/> as the pages, the CLI tables and the dashboard show them.</summary>
public static class ForesightVerdicts
{
    public static string Display(string verdict) => verdict switch
    {
        "on track" => "有望完成",
        "at risk" => "存在风险",
        "already impossible" => "已无法完成",
        _ => "已完成",
    };
}

/// <summary>
/// 按目标倒排 for a plan (issue 14 item 1, air): the plan's annual air targets — 002 附件1's 全年 rows and its stated
/// indicators that are air statistics (pollutant concentrations, 优良天数比例, 重污染天数) — against the jurisdiction's
/// hourly data in the store up to the date: city daily values as the annual evaluation builds them
/// (<see cref="ForesightDays"/>), then <see cref="AnnualAirForesight"/>. The one operation behind `foresight` and
/// /api/plans/{id}/foresight.
/// </summary>
public sealed class ForesightService(PlanCatalog catalog, MonitoringStoreQuery store)
{
    /// <summary>How many years before the date's year are read for the projection.</summary>
    public const int MaxPastYears = 10;

    /// <summary>Checks the request: asOf (required, a date), then the plan (unknown → <see cref="ErrorCode.NotFound"/>).</summary>
    public static DateOnly CheckAsOf(ForesightRequest request)
    {
        if (RequestValues.Absent(request.AsOf))
            throw new ApplicationInputException(ErrorCode.Required, ForesightRequest.AsOfField, AppText.AsOfDateRequired());
        return RequestValues.OptionalDate(request.AsOf, ForesightRequest.AsOfField, AppText.LabelForesightDate)!.Value;
    }

    public async Task<ForesightReportDto> ComputeAsync(ForesightRequest request, CancellationToken ct = default)
    {
        var asOf = CheckAsOf(request);
        if (RequestValues.Absent(request.Plan))
            throw new ApplicationInputException(ErrorCode.Required, ForesightRequest.PlanField, AppText.PlanIdRequired());
        var plan = await catalog.PlanAsync(request.Plan!, ct) ?? throw await PlanCatalogService.UnknownPlanAsync(catalog, request.Plan, ct);
        var airTargets = await catalog.AirTargetsAsync(plan.Id, ct) ?? [];
        var indicators = await catalog.IndicatorsAsync(plan.Id, ct) ?? [];
        var targets = Targets(airTargets, indicators, asOf.Year);
        var sectionTargets = (await catalog.SectionTargetsAsync(plan.Id, ct) ?? []).Where(t => t.Target.Year is null || t.Target.Year == asOf.Year).ToList();
        if (targets.Count == 0 && sectionTargets.Count == 0)
            throw new ApplicationInputException(ErrorCode.OutOfRange, ForesightRequest.AsOfField,
                AppText.PlanHasNoAnnualTargets(plan.Id, asOf.Year));
        var first = new DateOnly(asOf.Year, 1, 1);
        var standard = AirEvaluationStandards.ForDate(first);
        var sections = sectionTargets.Count == 0 ? [] : await SectionsAsync(indicators, plan.JurisdictionCode, sectionTargets, asOf, ct);
        if (targets.Count == 0)
        {
            var none = AnnualAirProjection.Prepare(asOf, [], new Dictionary<int, IReadOnlyList<DailyAirValues>>(), standard);
            return Build(plan.Id, plan.JurisdictionCode, asOf, 0, standard, ForesightDays.FromDays([], asOf, standard), [], none, [], sections);
        }
        var stations = await store.AirDaysAsync(plan.JurisdictionCode, null, first, asOf, ct);
        var days = ForesightDays.FromSeries(stations.Select(s => s.Series).ToList(), asOf, standard);
        var past = await PastYearsAsync(store, plan.JurisdictionCode, null, asOf.Year, standard, ct: ct);
        var projection = AnnualAirProjection.Prepare(asOf, days.Days, past, standard);
        return Build(plan.Id, plan.JurisdictionCode, asOf, stations.Count, standard, days, targets, projection, MonthlyTargets(airTargets, asOf.Year), sections);
    }

    /// <summary>
    /// The plan's section targets of the year against the jurisdiction's stored samples up to the date: the target class as
    /// the progress report resolves it (a target left to a higher level takes the plan's 主要目标 class for its level), then
    /// <see cref="WaterSectionForesight"/> on GB 3838-2002 Table 1.
    /// </summary>
    private async Task<List<ForesightSectionDto>> SectionsAsync(IReadOnlyList<Indicator> indicators, string jurisdiction, List<WaterSectionTarget> targets,
        DateOnly asOf, CancellationToken ct)
    {
        var stored = await store.WaterSamplesAsync(jurisdiction, null, asOf.Year, ct);
        var rows = new List<ForesightSectionDto>();
        static string? Code(int? c) => c is int x ? PlanProgressReports.ClassCode(x) : null;
        static double? D(decimal? v) => v is decimal x ? (double)Math.Round(x, 6, MidpointRounding.ToEven) : null;
        foreach (var t in targets)
        {
            var matched = PlanProgressReports.Match(stored, t);
            var (cls, basis) = PlanProgressReports.TargetClass(t, indicators);
            if (cls is not int target || target > WaterClass.V)
            {
                rows.Add(new(t.Seq, t.Section, t.Assessment, t.Target.Text, Code(cls), basis, matched?.Code, 0, 0, [], null, null, "unresolved",
                    "at risk", $"目标“{t.Target.Text}”未给出水质类别，无法倒排", "", []));
                continue;
            }
            var f = WaterSectionForesight.Compute(Gb3838_2002.Table1, matched?.Kind ?? WaterBodyKind.River, target, matched?.Samples ?? [], asOf);
            string verdict = f.Status switch
            {
                ForesightStatus.Impossible => "already impossible",
                ForesightStatus.Secured => "already met",
                _ => f.ClassSoFar is int so && WaterClass.Meets(so, target) ? "on track" : "at risk",
            };
            string text = matched is null ? $"库中无“{t.Section}”断面的监测样品；{f.Text}" : f.Text;
            rows.Add(new(t.Seq, t.Section, t.Assessment, t.Target.Text, Code(target), basis, matched?.Code, f.MonthsSoFar, f.MonthsLeft, f.MissingMonths,
                Code(f.ClassSoFar), Code(f.RequiredClass), StatusOf(f.Status), verdict, text, f.Arithmetic,
                [.. f.Items.Select(i => new ForesightWaterItemDto(i.Code, i.Name, i.Unit, i.MonthsSoFar, D(i.MeanSoFar),
                    double.IsNaN(i.Limit) ? null : i.Limit, D(i.Bound), D(i.Low), D(i.High), Code(i.WorstClass), StatusOf(i.Status), i.Text, i.Arithmetic))]));
        }
        return rows;
    }

    /// <summary>
    /// The city's daily values of each of the <see cref="MaxPastYears"/> years before <paramref name="year"/> that has hourly
    /// data in the store (the jurisdiction's stations, or the stations given), built as the annual evaluation builds them.
    /// </summary>
    public static async Task<Dictionary<int, IReadOnlyList<DailyAirValues>>> PastYearsAsync(MonitoringStoreQuery store, string? jurisdiction,
        IReadOnlyCollection<string>? stationCodes, int year, AirEvaluationStandard standard, int maxPastYears = MaxPastYears, CancellationToken ct = default)
    {
        var from = new DateOnly(year - maxPastYears, 1, 1);
        var stations = await store.AirDaysAsync(jurisdiction, stationCodes, from, new DateOnly(year - 1, 12, 31), ct);
        var result = new Dictionary<int, IReadOnlyList<DailyAirValues>>();
        var years = stations.SelectMany(s => s.Days).Select(d => d.Date.Year).Distinct().Order().ToList();
        var series = stations.Select(s => s.Series).ToList();
        foreach (var y in years)
            result[y] = ForesightDays.CityDays(series, new DateOnly(y, 1, 1), new DateOnly(y, 12, 31), standard);
        return result;
    }

    /// <summary>The plan's monthly targets of the year, by pollutant then month (附件1's monthly rows).</summary>
    private static Dictionary<Pollutant, Dictionary<int, double>> MonthlyTargets(IReadOnlyList<MonthlyAirTarget> airTargets, int year)
    {
        var result = new Dictionary<Pollutant, Dictionary<int, double>>();
        foreach (var t in airTargets)
        {
            if (t.Month is not int m || t.Year != year) continue;
            var p = AirTargetProgress.ParsePollutant(t.Pollutant);
            if (!result.TryGetValue(p, out var byMonth)) result[p] = byMonth = [];
            byMonth[m] = t.Target;
        }
        return result;
    }

    /// <summary>An annual target: where it comes from, what it bounds, the value.</summary>
    private sealed record AnnualTarget(string Indicator, string Source, Pollutant? Pollutant, string Statistic, double Value, string Unit);

    private static List<AnnualTarget> Targets(IReadOnlyList<MonthlyAirTarget> airTargets, IReadOnlyList<Indicator> indicators, int year)
    {
        var list = new List<AnnualTarget>();
        foreach (var t in airTargets)
        {
            if (t.Month is not null || t.Year != year) continue;
            var p = AirTargetProgress.ParsePollutant(t.Pollutant);
            list.Add(new($"{PollutantNames.Display(p)} {StatisticName(p)}", "附件1 全年", p, Statistic(p), t.Target, t.Unit));
        }
        foreach (var i in indicators)
        {
            var t = i.Targets.FirstOrDefault(x => x.Year is null || x.Year == year);
            if (t?.Value is not double v) continue;
            var source = $"主要目标 {i.Seq}";
            if (Progress.PlanProgressReports.PollutantOf(i.Name) is Pollutant p && t.Kind is TargetKind.AtMost or TargetKind.Number)
                list.Add(new(i.Name, source, p, Statistic(p), v, i.Unit ?? (p == Pollutant.CO ? "mg/m³" : "μg/m³")));
            else if (i.Name.Contains("优良天数", StringComparison.Ordinal) && t.Kind is TargetKind.AtLeast or TargetKind.Number)
                list.Add(new(i.Name, source, null, "goodDayRatio", v, "%"));
            else if (i.Name.Contains("重污染天数", StringComparison.Ordinal) && t.Kind is TargetKind.AtMost or TargetKind.Number)
                list.Add(new(i.Name, source, null, "heavilyPollutedDays", v, "天"));
        }
        return list;
    }

    private static string Statistic(Pollutant p) => p switch { Pollutant.CO => "p95", Pollutant.O3 => "p90", _ => "mean" };

    private static string StatisticName(Pollutant p) => p switch
    {
        Pollutant.CO => "日均值第95百分位数",
        Pollutant.O3 => "日最大8小时平均第90百分位数",
        _ => "年平均浓度",
    };

    private static string StatusOf(ForesightStatus s) => s switch
    {
        ForesightStatus.Possible => "possible",
        ForesightStatus.Impossible => "impossible",
        _ => "secured",
    };

    private static ForesightReportDto Build(string planId, string jurisdiction, DateOnly asOf, int stations, AirEvaluationStandard standard,
        ForesightDays days, List<AnnualTarget> targets, AnnualAirProjectionSet projections, Dictionary<Pollutant, Dictionary<int, double>> monthly,
        List<ForesightSectionDto> sections)
    {
        var cal = ForesightCalendar.For(asOf);
        var rows = new List<ForesightTargetDto>();
        foreach (var t in targets)
        {
            if (t.Pollutant is Pollutant p && t.Statistic == "mean")
            {
                var values = days.Values(p);
                // The variant at the current valid-day ratio: remaining valid days = days left × valid/elapsed, rounded.
                int atRatio = (int)Math.Round((decimal)cal.DaysLeft * values.Count / cal.DaysSoFar, MidpointRounding.AwayFromZero);
                var all = AnnualAirForesight.Mean(p, t.Value, values, cal.DaysLeft);
                var ratio = AnnualAirForesight.Mean(p, t.Value, values, cal.DaysLeft, atRatio);
                rows.Add(new(t.Indicator, t.Source, PollutantNames.Display(p), t.Statistic, t.Value, t.Unit,
                    all.PublishedSoFar is decimal s ? (double)s : null, values.Count, cal.DaysSoFar, cal.DaysLeft,
                    Mean(all) with { ByMonth = Split(asOf, all, monthly.GetValueOrDefault(p)) }, Mean(ratio) with
                    {
                        Arithmetic = $"按当前有效日比例 {values.Count}/{cal.DaysSoFar}，剩余 {cal.DaysLeft} 天中有效 {atRatio} 天：{ratio.Arithmetic}",
                    },
                    StatusOf(all.Status), Projection(projections, YearStatistic.Of(p), t.Value, monthly.GetValueOrDefault(p), all.Status, out var verdict), verdict));
            }
            else if (t.Pollutant is Pollutant q)
            {
                var values = days.Values(q);
                int percentile = q == Pollutant.CO ? 95 : 90;
                var f = AnnualAirForesight.Percentile(q, t.Value, percentile, values, cal.DaysLeft);
                double? soFar = values.Count > 0 ? (double)ConcentrationRounding.Round(q, Hj663Percentile.Compute(values, percentile)) : null;
                rows.Add(new(t.Indicator, t.Source, PollutantNames.Display(q), t.Statistic, t.Value, t.Unit, soFar, values.Count,
                    cal.DaysSoFar, cal.DaysLeft, Count(f, cal.DaysLeft), null, StatusOf(f.Status), Projection(projections, YearStatistic.Of(q), t.Value, null, f.Status, out var verdict), verdict));
            }
            else if (t.Statistic == "goodDayRatio")
            {
                var f = AnnualAirForesight.GoodDays(t.Value, days.Good, days.WithAqi, cal.DaysLeft);
                rows.Add(new(t.Indicator, t.Source, null, t.Statistic, t.Value, t.Unit,
                    days.WithAqi > 0 ? AnnualAirForesight.GoodDayPercent(days.Good, days.WithAqi) : null, days.WithAqi,
                    cal.DaysSoFar, cal.DaysLeft, Count(f, cal.DaysLeft), null, StatusOf(f.Status), Projection(projections, YearStatistic.GoodDayRatio, t.Value, null, f.Status, out var verdict), verdict));
            }
            else
            {
                var f = AnnualAirForesight.HeavilyPollutedDays((int)Math.Floor(t.Value), days.HeavilyPolluted, cal.DaysLeft);
                rows.Add(new(t.Indicator, t.Source, null, t.Statistic, t.Value, t.Unit, days.HeavilyPolluted, days.WithAqi,
                    cal.DaysSoFar, cal.DaysLeft, Count(f, cal.DaysLeft), null, StatusOf(f.Status), Projection(projections, YearStatistic.HeavilyPollutedDays, t.Value, null, f.Status, out var verdict), verdict));
            }
        }
        string assumption = AppText.ForesightAssumption(CalendarDate.ToText(asOf), cal.DaysSoFar, cal.DaysLeft, standard.Code).Format(AppMessage.Chinese);
        if (targets.Count == 0) assumption = string.Create(CultureInfo.InvariantCulture, $"截至 {CalendarDate.ToText(asOf)}");
        if (sections.Count > 0)
            assumption += (targets.Count == 0 ? "：" : "；") + "断面按年度评价规则（各项目月均值的算术平均，单因子定类，GB 3838-2002 表1）倒排；假定剩余各月每个已监测项目各有一个有效值，本年尚未监测的项目不计；已过月末而无样品的月份为缺测，不计入年均值";
        string note = targets.Count == 0 ? AppText.ForesightNoSectionProjection.Bilingual : ProjectionNote(projections);
        return new ForesightReportDto(planId, jurisdiction, CalendarDate.ToText(asOf), cal.Year, cal.DaysInYear, cal.DaysSoFar, cal.DaysLeft,
            stations, standard.Code, assumption, rows, note, projections.PastYears, sections);
    }

    private static string ProjectionNote(AnnualAirProjectionSet set) => set.Calendar.DaysLeft == 0
        ? AppText.ForesightYearComplete.Bilingual
        : set.PastYears.Count == 0
            ? AppText.ForesightNoPastYears.Bilingual
            : AppText.ForesightProjectionBasis(string.Join("、", set.PastYears), set.PastYears.Count, set.Calendar.DaysLeft, AnnualAirProjection.LevelRule).Bilingual;

    private static ForesightProjectionDto Projection(AnnualAirProjectionSet set, YearStatistic statistic, double target,
        IReadOnlyDictionary<int, double>? monthly, ForesightStatus status, out string verdict)
    {
        var p = set.Project(statistic, target, monthly);
        static double? D(decimal? v) => v is decimal x ? (double)x : null;
        verdict = Verdict(status, p);
        return new ForesightProjectionDto(D(p.Value), D(p.Low), D(p.High), p.PMeet,
            p.Basis switch { ProjectionBasis.PastYears => "pastYears", ProjectionBasis.Complete => "complete", _ => "none" },
            p.Years, p.Completions.Select(c => c.Year).ToList(), D(p.ByMonthlyTargets), D(p.AtCurrentPace), p.Text, p.Arithmetic);
    }

    /// <summary>
    /// The verdict: "already impossible" / "already met" from the requirement; otherwise "on track" when the projection's
    /// pMeet is at least 0.5 (or, without a projection from past years, when the current pace meets the target), else "at risk".
    /// </summary>
    public static string Verdict(ForesightStatus status, StatisticProjection p)
    {
        if (status == ForesightStatus.Impossible) return "already impossible";
        if (status == ForesightStatus.Secured) return "already met";
        if (p.Basis != ProjectionBasis.None && p.PMeet is double m) return m >= 0.5 ? "on track" : "at risk";
        return p.AtCurrentPace is decimal pace && p.Target is double t && p.Statistic.Meets(pace, t) ? "on track" : "at risk";
    }

    private static ForesightSplitDto? Split(DateOnly asOf, MeanForesight f, IReadOnlyDictionary<int, double>? monthly)
    {
        if (monthly is null || f.Status != ForesightStatus.Possible || f.Bound is not decimal bound) return null;
        return MonthlySplit.Split(asOf, bound, f.Inclusive, monthly) is { } s
            ? new ForesightSplitDto((double)s.Factor, [.. s.Months.Select(m => new ForesightMonthDto(m.Month, m.Days, m.MonthlyTarget, (double)m.Value))], s.Text, s.Arithmetic)
            : null;
    }

    private static ForesightRequiredDto Mean(MeanForesight f) => new(
        "meanOfRemainingDays", f.Required is decimal r ? (double)r : null, f.Bound is decimal b ? (double)Math.Round(b, 4, MidpointRounding.ToEven) : null,
        f.Inclusive, null, f.ValidDaysLeft, StatusOf(f.Status), f.Text, f.Arithmetic);

    private static ForesightRequiredDto Count(CountForesight f, int daysLeft) => new(
        f.Kind switch
        {
            ForesightRequirementKind.ExceedanceDays => "exceedanceDays",
            ForesightRequirementKind.NonGoodDays => "nonGoodDays",
            _ => "heavilyPollutedDays",
        },
        f.Allowed, null, null, f.Kind == ForesightRequirementKind.ExceedanceDays ? f.Safe : null, daysLeft, StatusOf(f.Status), f.Text, f.Arithmetic);
}
