using System.Globalization;
using EcoGov.Application.Plans;
using EcoGov.Core;
using EcoGov.Core.Air;
using EcoGov.Core.Indicators;
using EcoGov.Core.Progress;
using EcoGov.Core.Water;
using EcoGov.Data.Monitoring;
using EcoGov.Data.Queries;

namespace EcoGov.Application.Progress;

/// <summary>
/// `progress --json` of an air plan: the evaluation date, the data's span (null without data), one row per monthly or
/// annual target (002 附件1) and one per stated indicator of the plan (主要目标).
/// </summary>
public sealed record ProgressReportDto(string Plan, string AsOf, string? DataFrom, string? DataTo, int Stations,
    IReadOnlyList<ProgressTargetDto> Targets, IReadOnlyList<IndicatorProgressDto> Indicators);

/// <summary>One target in `progress --json`; <c>month</c> null = 全年; <c>actual</c> null without data or before the period.</summary>
public sealed record ProgressTargetDto(
    string Pollutant, int Year, int? Month, double Target, string Unit, double? Actual, double? PreviousYear,
    ProgressStatus Status, string Reason, ProgressRule Rule, string? Standard, string? EvaluatedTo, double ElapsedShare, int ValidDays, double? PreviousYearToDate, SourceDto Source)
{
    public static ProgressTargetDto From(AirTargetProgressRow r) => new(
        r.Target.Pollutant, r.Target.Year, r.Target.Month, r.Target.Target, r.Target.Unit, r.Actual, r.Target.PreviousYearValue,
        r.Result.Status, r.Result.Reason, r.Result.Rule, r.Standard, (r.EvaluatedTo is { } to ? CalendarDate.ToText(to) : null),
        Math.Round(r.ElapsedShare, 4), r.ValidDays, r.PreviousYearToDate is double v ? Math.Round(v, 1) : null, SourceDto.From(r.Target.Source));
}

/// <summary>
/// A plan's stated indicator (e.g. PM2.5 平均浓度 ≤ 36, 市考断面 达到Ⅴ类) against the evaluated figure where the engines
/// compute one; <c>actual</c> is a number (air) or null, <c>actualText</c> the figure as shown (e.g. "Ⅲ类").
/// </summary>
public sealed record IndicatorProgressDto(int Seq, string Name, string? Unit, int? Year, string? TargetText, double? Target,
    double? Actual, string? ActualText, string? Basis, ProgressStatus Status, string Reason, ProgressRule Rule, SourceDto Source);

/// <summary>`progress --json` of a water plan: section targets month by month and year to date, and the stated indicators.</summary>
public sealed record WaterProgressReportDto(string Plan, int Year, string AsOf, string? DataFrom, string? DataTo, int Sections,
    IReadOnlyList<SectionProgressDto> Targets, IReadOnlyList<IndicatorProgressDto> Indicators);

/// <summary>
/// One section target. <c>targetClass</c>/<c>yearToDateClass</c>/<c>months[].class</c>: "I".."V", "劣V" or null;
/// <c>targetBasis</c> says where a class came from when the target itself names none (e.g. 省考 → the plan's 主要目标).
/// <c>matchedSection</c> is the stored/CSV section the samples came from (null when none matched).
/// </summary>
public sealed record SectionProgressDto(int Seq, string Section, string? Assessment, string TargetText, string? TargetClass, string? TargetBasis,
    string? MatchedSection, string? Kind, int Samples, int MonthsWithData, string? YearToDateClass, IReadOnlyList<int> MissingMonths,
    ProgressStatus Status, string Reason, ProgressRule Rule, IReadOnlyList<MonthProgressDto> Months, SourceDto Source);

public sealed record MonthProgressDto(int Month, int Samples, string? Class, bool? Meets, ProgressStatus Status, string Reason);

/// <summary>`progress --json` of a plan with neither air nor section targets (e.g. the soil plan): its stated indicators.</summary>
public sealed record IndicatorReportDto(string Plan, string AsOf, IReadOnlyList<IndicatorProgressDto> Indicators);

/// <summary>The three progress reports: <see cref="ProgressReportDto"/>, <see cref="WaterProgressReportDto"/>, <see cref="IndicatorReportDto"/>.</summary>
public enum ProgressReportKind
{
    /// <summary>Monthly and annual air targets (002 附件1) from hourly data.</summary>
    Air,
    /// <summary>Section targets (water classes) from samples.</summary>
    Water,
    /// <summary>Stated indicators only (e.g. the soil plan).</summary>
    Indicators,
}

/// <summary>The evaluated inputs of a progress report: hours per station (air) or samples per section (water).</summary>
public sealed record ProgressData(IReadOnlyList<StationHours> Stations, IReadOnlyList<SectionSamples> Sections)
{
    public static readonly ProgressData None = new([], []);
}

/// <summary>
/// Progress of a plan against its targets, the same for the CLI (`progress`) and the web (目标进度, /api/plans/{id}/progress;
/// the operation reading the store is EcoGov.Application's PlanProgressService):
/// air plans by <see cref="AirTargetProgress"/>, section targets by <see cref="WaterTargetProgress"/>, stated indicators
/// compared where the engines compute the figure, "cannot be judged" with the reason otherwise.
/// </summary>
public static class PlanProgressReports
{
    private static readonly string[] Roman = ["I", "II", "III", "IV", "V", "劣V"];

    /// <summary>"I".."V", "劣V".</summary>
    public static string ClassCode(int waterClass) => Roman[waterClass - 1];

    private static string Day(DateOnly d) => CalendarDate.ToText(d);

    /// <summary>What kind of report a plan gets: air (monthly air targets), water (section targets) or its stated indicators only.</summary>
    public static async Task<ProgressReportKind> KindOfAsync(PlanCatalog catalog, string planId, CancellationToken ct = default) =>
        await catalog.AirTargetsAsync(planId, ct) is { Count: > 0 } ? ProgressReportKind.Air
        : await catalog.SectionTargetsAsync(planId, ct) is { Count: > 0 } ? ProgressReportKind.Water : ProgressReportKind.Indicators;

    /// <param name="today">The day in China (the year of a plan without targets; the host's clock, <c>ChinaTime.Today(clock)</c>).</param>
    public static Task<ProgressReportDto> AirAsync(PlanCatalog catalog, string planId, IReadOnlyList<StationHours> stations, DateOnly? asOf, DateOnly today,
        CancellationToken ct = default) =>
        AirAsync(catalog, planId, stations.Where(s => s.Hours.Count > 0).Select(s => StationAirSeries.OfHours(s.Hours)).ToList(), asOf, today, ct);

    /// <summary>As the hourly overload, from each station's series (hours or the store's station days); stations without data left out.</summary>
    public static async Task<ProgressReportDto> AirAsync(PlanCatalog catalog, string planId, IReadOnlyList<StationAirSeries> stations, DateOnly? asOf, DateOnly today,
        CancellationToken ct = default)
    {
        var targets = await catalog.AirTargetsAsync(planId, ct) ?? [];
        var hours = stations.Where(s => s.FirstDay is not null).ToList();
        DateOnly? dataFrom = hours.Count == 0 ? null : hours.Min(h => h.FirstDay!.Value);
        DateOnly? dataTo = hours.Count == 0 ? null : hours.Max(h => h.LastDay!.Value);
        var year = targets.Count > 0 ? targets.Max(t => t.Year) : today.Year;
        var date = asOf ?? dataTo ?? new DateOnly(year, 12, 31);
        var rows = AirTargetProgress.Evaluate(targets, hours, date);
        var indicators = (await catalog.IndicatorsAsync(planId, ct) ?? []).Select(i => AirIndicator(i, hours, date)).ToList();
        return new ProgressReportDto(planId, Day(date), dataFrom is { } f ? Day(f) : null, dataTo is { } t ? Day(t) : null,
            hours.Count, rows.Select(ProgressTargetDto.From).ToList(), indicators);
    }

    public static async Task<WaterProgressReportDto> WaterAsync(PlanCatalog catalog, string planId, IReadOnlyList<SectionSamples> sections, int? year, DateOnly? asOf,
        DateOnly today, CancellationToken ct = default)
    {
        var targets = await catalog.SectionTargetsAsync(planId, ct) ?? [];
        var indicators = await catalog.IndicatorsAsync(planId, ct) ?? [];
        var y = year ?? targets.Select(t => t.Target.Year).OfType<int>().DefaultIfEmpty(today.Year).Max();
        var samples = sections.SelectMany(s => s.Samples).Where(s => s.Date.Year == y).ToList();
        DateOnly? dataFrom = samples.Count == 0 ? null : samples.Min(s => s.Date);
        DateOnly? dataTo = samples.Count == 0 ? null : samples.Max(s => s.Date);
        // Monthly sampling: by default the evaluation date is the end of the last sampled month.
        var date = asOf ?? (dataTo is { } last ? new DateOnly(last.Year, last.Month, 1).AddMonths(1).AddDays(-1) : new DateOnly(y, 12, 31));

        var results = new List<(WaterSectionTarget Target, SectionProgressDto Dto)>();
        foreach (var t in targets)
        {
            var matched = Match(sections, t);
            var (cls, basis) = TargetClass(t, indicators);
            var kind = matched?.Kind ?? WaterBodyKind.River;
            var p = WaterTargetProgress.Evaluate(t.Section, kind, cls, t.Target.Text, t.Target.Kind == TargetKind.HigherLevelReference,
                matched?.Samples ?? [], y, date);
            var reason = p.Result.Reason;
            if (matched is null && p.Result.Rule == ProgressRule.NoData)
                reason = $"无“{t.Section}”断面的监测样品（数据中的断面：{(sections.Count == 0 ? "无" : string.Join("、", sections.Select(s => s.Name)))}）";
            results.Add((t, new SectionProgressDto(t.Seq, t.Section, t.Assessment, t.Target.Text, cls is int c ? ClassCode(c) : null, basis,
                matched?.Code, matched is null ? null : WaterBodyKinds.Name(kind),
                p.YearToDate?.SampleCount ?? 0, p.YearToDate?.MonthCount ?? 0,
                p.YearToDate?.Evaluation.Class is int yc ? ClassCode(yc) : null, p.MissingMonths,
                p.Result.Status, reason, p.Result.Rule,
                p.Months.Select(m => new MonthProgressDto(m.Month, m.Samples, m.Class is int mc ? ClassCode(mc) : null, m.Meets, m.Status, m.Reason)).ToList(),
                SourceDto.From(t.Source))));
        }
        var indicatorRows = indicators.Select(i => WaterIndicator(i, results, y, sections, date)).ToList();
        return new WaterProgressReportDto(planId, y, Day(date), dataFrom is { } f ? Day(f) : null, dataTo is { } d ? Day(d) : null,
            sections.Count(s => s.Samples.Any(x => x.Date.Year == y)), results.Select(r => r.Dto).ToList(), indicatorRows);
    }

    public static async Task<IndicatorReportDto> IndicatorsAsync(PlanCatalog catalog, string planId, int? year, DateOnly? asOf, DateOnly today,
        CancellationToken ct = default)
    {
        var indicators = await catalog.IndicatorsAsync(planId, ct) ?? [];
        var y = year ?? indicators.SelectMany(i => i.Targets).Select(t => t.Year).OfType<int>().DefaultIfEmpty(today.Year).Max();
        var date = asOf ?? new DateOnly(y, 12, 31);
        return new IndicatorReportDto(planId, Day(date), indicators.Select(i => NotComputed(i, "平台尚无该指标的监测或统计数据")).ToList());
    }

    private static bool Same(string a, string b) => string.Equals(a.Trim(), b.Trim(), StringComparison.Ordinal);

    /// <summary>
    /// The stored (or read) section a target names, by code or name; null when none. A real section wins over a generated
    /// demo section of the same name (code DEMO-…, <see cref="Dashboard.DemoMonitoringData"/>), so imported samples replace
    /// the 示意数据 as soon as they are there.
    /// </summary>
    public static SectionSamples? Match(IReadOnlyList<SectionSamples> sections, WaterSectionTarget t) =>
        sections.Where(s => Same(s.Code, t.Section) || Same(s.Name, t.Section))
            .OrderBy(s => Dashboard.DemoMonitoringData.IsDemoStation(s.Code) ? 1 : 0).FirstOrDefault();

    /// <summary>
    /// The target class of a section: the class its target names, or — for a target left to a higher level
    /// ("完成省定目标") — the class the plan's own 主要目标 set for sections of its assessment level (地表水省考断面 达到Ⅲ类水质).
    /// </summary>
    internal static (int? Class, string? Basis) TargetClass(WaterSectionTarget t, IReadOnlyList<Indicator> indicators)
    {
        if (t.Target.Kind == TargetKind.WaterClass && t.Target.Value is double v) return ((int)v, null);
        if (t.Assessment is { Length: > 0 } level)
        {
            var stated = indicators.FirstOrDefault(i => i.Name.Contains(level + "断面", StringComparison.Ordinal)
                                                        && i.Targets.Any(x => x.Kind == TargetKind.WaterClass && x.Value is not null));
            if (stated is not null)
            {
                var target = stated.Targets.First(x => x.Kind == TargetKind.WaterClass && x.Value is not null);
                return ((int)target.Value!.Value, $"目标“{t.Target.Text}”按本规划主要目标“{stated.Name}：{target.Text}”确定为 {WaterClass.Name((int)target.Value.Value)}（{stated.Source.Section}，第 {stated.Source.Line} 行）");
            }
        }
        return (null, null);
    }

    private static IndicatorProgressDto WaterIndicator(Indicator i, List<(WaterSectionTarget Target, SectionProgressDto Dto)> results, int year,
        IReadOnlyList<SectionSamples> sections, DateOnly date)
    {
        var target = i.Targets.FirstOrDefault(t => t.Year is null || t.Year == year) ?? i.Targets.FirstOrDefault();
        if (target is { Kind: TargetKind.WaterClass, Value: double v } && i.Name.Contains("断面", StringComparison.Ordinal))
        {
            var cls = (int)v;
            var level = new[] { "国考", "省考", "市考", "县考" }.FirstOrDefault(l => i.Name.Contains(l, StringComparison.Ordinal));
            var covered = results.Where(r => level is null || r.Target.Assessment == level).ToList();
            if (covered.Count == 0)
                return Row(i, target, null, null, null, ProgressStatus.CannotJudge, ProgressRule.NoData, $"本规划没有{level}断面目标，无法对应断面");
            var per = covered.Select(r =>
            {
                var matched = sections.FirstOrDefault(s => s.Code == r.Dto.MatchedSection);
                var p = WaterTargetProgress.Evaluate(r.Target.Section, matched?.Kind ?? WaterBodyKind.River, cls, target.Text, false, matched?.Samples ?? [], year, date);
                return (r.Target.Section, p);
            }).ToList();
            var statuses = per.Select(x => x.p.Result.Status).ToList();
            // One section missing its class decides "not achieved" whatever the others do.
            var status = statuses.Contains(ProgressStatus.NotAchieved) ? ProgressStatus.NotAchieved
                : statuses.Contains(ProgressStatus.CannotJudge) ? ProgressStatus.CannotJudge
                : statuses.Contains(ProgressStatus.Lagging) ? ProgressStatus.Lagging
                : statuses.All(s => s == ProgressStatus.Achieved) ? ProgressStatus.Achieved : ProgressStatus.OnTrack;
            var rule = per.First(x => x.p.Result.Status == status || status == ProgressStatus.OnTrack).p.Result.Rule;
            var actual = string.Join("、", per.Select(x => $"{x.Section} {(x.p.YearToDate?.Evaluation.Class is int c ? WaterClass.Name(c) : "—")}"));
            var reason = $"{level ?? ""}断面 {per.Count} 个，均须不劣于 {WaterClass.Name(cls)}：" + string.Join("；", per.Select(x => $"{x.Section}：{x.p.Result.Reason}"));
            return Row(i, target, null, actual, "断面年度（截至评价日）类别，各断面均达标方为达标", status, rule, reason);
        }
        if (i.Name.Contains("饮用水", StringComparison.Ordinal))
            return NotComputed(i, "平台尚无集中式饮用水水源监测数据");
        return NotComputed(i, "平台尚无该指标的监测或统计数据");
    }

    private static IndicatorProgressDto AirIndicator(Indicator i, IReadOnlyList<StationAirSeries> stations, DateOnly asOf)
    {
        var target = i.Targets.FirstOrDefault();
        if (target is null) return NotComputed(i, "规划未给出目标值");
        var pollutant = PollutantOf(i.Name);
        var goodDays = i.Name.Contains("优良天数", StringComparison.Ordinal);
        if (pollutant is null && !goodDays)
            return NotComputed(i, i.Name.Contains("排名", StringComparison.Ordinal) ? "需全国重点城市排名数据，平台不计算" : "平台不计算该指标");
        var year = target.Year ?? asOf.Year;
        DateOnly from = new(year, 1, 1), to = new(year, 12, 31);
        var pt = ProgressTarget.From(target, i.Baseline?.Value);
        if (asOf < from) return Row(i, target, null, null, null, ProgressStatus.CannotJudge, ProgressRule.NotYetDue, "未到期");
        var end = asOf < to ? asOf : to;
        var share = end == to ? 1 : (double)(end.DayNumber - from.DayNumber + 1) / (to.DayNumber - from.DayNumber + 1);
        var eval = CityAirAggregation.Evaluate(stations, from, end, AirEvaluationStandards.ForDate(from));
        double? actual;
        string basis;
        if (pollutant is Pollutant p)
        {
            var s = eval.Statistic(p);
            actual = s.Published is decimal d ? (double)d : null;
            basis = p switch
            {
                Pollutant.CO => "CO 日均值第95百分位（HJ 663）",
                Pollutant.O3 => "O3 日最大8小时平均第90百分位（HJ 663）",
                _ => "年均值（日均值的算术平均，HJ 663）",
            };
        }
        else
        {
            actual = eval.GoodDayRatio is decimal r ? Math.Round((double)r * 100, 1) : null;
            basis = "优良天数比例 %（HJ 633 日 AQI ≤ 100）";
        }
        var result = ProgressEvaluator.Evaluate(pt, actual, share);
        return Row(i, target, actual, actual?.ToString(CultureInfo.InvariantCulture), $"{basis}，{eval.StandardCode}，截至 {Day(end)}",
            result.Status, result.Rule, result.Reason);
    }

    /// <summary>The pollutant an indicator's name begins with (PM2.5, PM10, O3, SO2, NO2, CO), or null.</summary>
    internal static Pollutant? PollutantOf(string name)
    {
        var n = name.Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant();
        if (n.StartsWith("PM2.5", StringComparison.Ordinal)) return Pollutant.PM25;
        if (n.StartsWith("PM10", StringComparison.Ordinal)) return Pollutant.PM10;
        if (n.StartsWith("O3", StringComparison.Ordinal)) return Pollutant.O3;
        if (n.StartsWith("SO2", StringComparison.Ordinal)) return Pollutant.SO2;
        if (n.StartsWith("NO2", StringComparison.Ordinal)) return Pollutant.NO2;
        if (n.StartsWith("CO", StringComparison.Ordinal)) return Pollutant.CO;
        return null;
    }

    private static IndicatorProgressDto NotComputed(Indicator i, string why)
    {
        var target = i.Targets.FirstOrDefault();
        if (target is null) return Row(i, null, null, null, null, ProgressStatus.CannotJudge, ProgressRule.UnresolvedTarget, $"规划未给出目标值；{why}");
        var r = ProgressEvaluator.Evaluate(ProgressTarget.From(target, i.Baseline?.Value), null, 1);
        var reason = r.Rule == ProgressRule.UnresolvedTarget ? $"{r.Reason}；{why}" : why;
        return Row(i, target, null, null, null, ProgressStatus.CannotJudge, r.Rule == ProgressRule.UnresolvedTarget ? r.Rule : ProgressRule.NoData, reason);
    }

    private static IndicatorProgressDto Row(Indicator i, TargetValue? target, double? actual, string? actualText, string? basis,
        ProgressStatus status, ProgressRule rule, string reason) =>
        new(i.Seq, i.Name, i.Unit, target?.Year, target?.Text, target?.Value, actual, actualText, basis, status, reason, rule, SourceDto.From(i.Source));
}
