using System.Globalization;
using EcoGov.Application.Plans;
using EcoGov.Core;
using EcoGov.Core.Air;
using EcoGov.Core.Foresight;
using EcoGov.Core.Indicators;
using EcoGov.Core.Progress;
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
/// of the year must achieve (按目标倒排). <c>assumption</c> states the validity assumed for the remaining days;
/// <c>projection</c> says that projections (issue 14 item 2) are not computed yet.
/// </summary>
public sealed record ForesightReportDto(
    string Plan, string Jurisdiction, string AsOf, int Year, int DaysInYear, int DaysSoFar, int DaysLeft, int Stations, string Standard,
    string Assumption, IReadOnlyList<ForesightTargetDto> Targets, string Projection);

/// <summary>
/// One annual target. <c>statistic</c>: "mean", "p90" (O3 daily max 8h), "p95" (CO), "goodDayRatio", "heavilyPollutedDays";
/// <c>source</c>: "附件1 全年" or "主要目标 N"; <c>soFar</c> the published statistic of the days so far (null without data);
/// <c>validDays</c> the valid days so far; <c>status</c>: "possible", "impossible" or "secured".
/// </summary>
public sealed record ForesightTargetDto(
    string Indicator, string Source, string? Pollutant, string Statistic, double Target, string Unit, double? SoFar, int ValidDays,
    int DaysSoFar, int DaysLeft, ForesightRequiredDto Required, ForesightRequiredDto? AtCurrentValidity, string Status);

/// <summary>
/// What the remaining days must achieve. <c>kind</c>: "meanOfRemainingDays" (<c>value</c> the largest mean at one decimal
/// more than published; <c>bound</c> the exact limit, reached when <c>inclusive</c>), "exceedanceDays" (<c>value</c> the most
/// remaining days above the target before the statistic must exceed it; <c>safe</c> the most that keep it within however
/// high), "nonGoodDays", "heavilyPollutedDays". <c>validDaysLeft</c> the remaining valid days assumed.
/// </summary>
public sealed record ForesightRequiredDto(
    string Kind, double? Value, double? Bound, bool? Inclusive, int? Safe, int ValidDaysLeft, string Status, string Text, string Arithmetic);

/// <summary>
/// 按目标倒排 for a plan (issue 14 item 1, air): the plan's annual air targets — 002 附件1's 全年 rows and its stated
/// indicators that are air statistics (pollutant concentrations, 优良天数比例, 重污染天数) — against the jurisdiction's
/// hourly data in the store up to the date: city daily values as the annual evaluation builds them
/// (<see cref="ForesightDays"/>), then <see cref="AnnualAirForesight"/>. The one operation behind `foresight` and
/// /api/plans/{id}/foresight.
/// </summary>
public sealed class ForesightService(PlanCatalog catalog, MonitoringStoreQuery store)
{
    public const string NotYetProjection =
        "预测（按往年同期、月度目标或当前进度外推）尚未实现（issue 14 第 2 项）/ projection (issue 14 item 2) not yet computed";

    /// <summary>Checks the request: asOf (required, a date), then the plan (unknown → <see cref="ErrorCode.NotFound"/>).</summary>
    public static DateOnly CheckAsOf(ForesightRequest request)
    {
        if (RequestValues.Absent(request.AsOf))
            throw new ApplicationInputException(ErrorCode.Required, ForesightRequest.AsOfField, "须指定倒排日期 yyyy-MM-dd / asOf date required");
        return RequestValues.OptionalDate(request.AsOf, ForesightRequest.AsOfField, "倒排日期")!.Value;
    }

    public ForesightReportDto Compute(ForesightRequest request)
    {
        var asOf = CheckAsOf(request);
        if (RequestValues.Absent(request.Plan))
            throw new ApplicationInputException(ErrorCode.Required, ForesightRequest.PlanField, "须指定规划编号 / plan id required");
        var plan = catalog.Plan(request.Plan!) ?? throw PlanCatalogService.UnknownPlan(catalog, request.Plan);
        var targets = Targets(plan.Id, asOf.Year);
        if (targets.Count == 0)
            throw new ApplicationInputException(ErrorCode.OutOfRange, ForesightRequest.AsOfField,
                $"规划 {plan.Id} 没有 {asOf.Year} 年的全年空气质量目标 / the plan has no annual air targets for {asOf.Year}");
        var first = new DateOnly(asOf.Year, 1, 1);
        var stations = store.AirHours(plan.JurisdictionCode, null, first.AddDays(-1), asOf).Where(s => s.Hours.Count > 0).ToList();
        var standard = AirEvaluationStandards.ForDate(first);
        var days = ForesightDays.FromHours(stations.Select(s => (IEnumerable<HourlyObservation>)s.Hours), asOf, standard);
        return Build(plan.Id, plan.JurisdictionCode, asOf, stations.Count, standard, days, targets);
    }

    /// <summary>An annual target: where it comes from, what it bounds, the value.</summary>
    private sealed record AnnualTarget(string Indicator, string Source, Pollutant? Pollutant, string Statistic, double Value, string Unit);

    private List<AnnualTarget> Targets(string planId, int year)
    {
        var list = new List<AnnualTarget>();
        foreach (var t in catalog.AirTargets(planId) ?? [])
        {
            if (t.Month is not null || t.Year != year) continue;
            var p = AirTargetProgress.ParsePollutant(t.Pollutant);
            list.Add(new($"{PollutantNames.Display(p)} {StatisticName(p)}", "附件1 全年", p, Statistic(p), t.Target, t.Unit));
        }
        foreach (var i in catalog.Indicators(planId) ?? [])
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
        ForesightDays days, List<AnnualTarget> targets)
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
                    Mean(all), Mean(ratio) with
                    {
                        Arithmetic = $"按当前有效日比例 {values.Count}/{cal.DaysSoFar}，剩余 {cal.DaysLeft} 天中有效 {atRatio} 天：{ratio.Arithmetic}",
                    },
                    StatusOf(all.Status)));
            }
            else if (t.Pollutant is Pollutant q)
            {
                var values = days.Values(q);
                int percentile = q == Pollutant.CO ? 95 : 90;
                var f = AnnualAirForesight.Percentile(q, t.Value, percentile, values, cal.DaysLeft);
                double? soFar = values.Count > 0 ? (double)ConcentrationRounding.Round(q, Hj663Percentile.Compute(values, percentile)) : null;
                rows.Add(new(t.Indicator, t.Source, PollutantNames.Display(q), t.Statistic, t.Value, t.Unit, soFar, values.Count,
                    cal.DaysSoFar, cal.DaysLeft, Count(f, cal.DaysLeft), null, StatusOf(f.Status)));
            }
            else if (t.Statistic == "goodDayRatio")
            {
                var f = AnnualAirForesight.GoodDays(t.Value, days.Good, days.WithAqi, cal.DaysLeft);
                rows.Add(new(t.Indicator, t.Source, null, t.Statistic, t.Value, t.Unit,
                    days.WithAqi > 0 ? AnnualAirForesight.GoodDayPercent(days.Good, days.WithAqi) : null, days.WithAqi,
                    cal.DaysSoFar, cal.DaysLeft, Count(f, cal.DaysLeft), null, StatusOf(f.Status)));
            }
            else
            {
                var f = AnnualAirForesight.HeavilyPollutedDays((int)Math.Floor(t.Value), days.HeavilyPolluted, cal.DaysLeft);
                rows.Add(new(t.Indicator, t.Source, null, t.Statistic, t.Value, t.Unit, days.HeavilyPolluted, days.WithAqi,
                    cal.DaysSoFar, cal.DaysLeft, Count(f, cal.DaysLeft), null, StatusOf(f.Status)));
            }
        }
        string assumption = string.Create(CultureInfo.InvariantCulture,
            $"截至 {CalendarDate.ToText(asOf)}：已过 {cal.DaysSoFar} 天，剩余 {cal.DaysLeft} 天；假定剩余各日数据均有效（均值目标另给按当前有效日比例的结果）；" +
            $"城市日均值为各站有效日均值的算术平均，数据有效性按 GB 3095 表4 / HJ 663-2013，评价标准 {standard.Code}");
        return new ForesightReportDto(planId, jurisdiction, CalendarDate.ToText(asOf), cal.Year, cal.DaysInYear, cal.DaysSoFar, cal.DaysLeft,
            stations, standard.Code, assumption, rows, NotYetProjection);
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
