using System.Globalization;
using EcoGov.Application.Dashboard;
using EcoGov.Application.Progress;
using EcoGov.Core;
using EcoGov.Core.Air;
using EcoGov.Core.Indicators;
using EcoGov.Core.Plans;
using EcoGov.Core.Text;
using EcoGov.Core.Water;
using EcoGov.Data;
using EcoGov.Data.Monitoring;
using EcoGov.Data.Queries;
using Microsoft.EntityFrameworkCore;
using EcoGov.Core.Jurisdictions;

namespace EcoGov.Application.Monitoring;

/// <summary>
/// `monitoring map` / GET /api/monitoring/map: the stations and sections of a jurisdiction (and those below it) with their
/// latest values on or before <c>asOf</c> (<c>yyyy-MM-dd</c>; default today in China).
/// </summary>
public sealed record MonitoringMapRequest(string? Jurisdiction, string? AsOf = null)
{
    public const string JurisdictionField = "jurisdiction";
    public const string AsOfField = "asOf";
}

/// <summary>
/// An air station on the map: where it is (WGS 84; null = 无坐标), its latest day with data on or before the day asked
/// (<c>date</c>, null = none), that day's AQI report (HJ 633 日报: AQI, level 1–6, category, colour, primary pollutants;
/// null when the day's data are too few for an AQI), the PM2.5 24h mean (μg/m³) and whether it is 示意数据.
/// </summary>
public sealed record MapStationDto(string Code, string Name, string Jurisdiction, double? Longitude, double? Latitude, string? Date,
    string? AqiStandard, int? Aqi, int? Level, string? Category, string? Colour, IReadOnlyList<string> Primary, decimal? Pm25, bool Demo);

/// <summary>
/// A water section on the map: where it is (null = 无坐标), its kind (river|lake), its latest sample on or before the day
/// asked (<c>date</c>) and the GB 3838 class of that sample's month (<c>month</c> yyyy-MM, the mean of the month's
/// <c>samples</c>, as the 目标进度 grid classes a month; "I".."V", "劣V"), the target class of the plan in force in that
/// year that names the section (<c>targetPlan</c>; null = no target), met or not (null when either class is unknown).
/// </summary>
public sealed record MapSectionDto(string Code, string Name, string Jurisdiction, string Kind, double? Longitude, double? Latitude,
    string? Date, string? Month, int Samples, string? Class, string? ClassName, string? Colour, string? TargetClass, string? TargetClassName,
    string? TargetPlan, bool? Meets, bool Demo);

/// <summary>A GB 3838 class with the colour the map draws it in: "I".."劣V", 类别名 Ⅰ类…劣Ⅴ类, 水质状况 and <c>#rrggbb</c>.</summary>
public sealed record WaterClassDto(string Class, string Name, string Status, string Colour);

/// <summary>
/// 监测点位一张图: the jurisdiction, the day, the AQI bands and water classes for the legend, the located stations and
/// sections, and those without coordinates listed apart (无坐标) — every station and section of the jurisdiction is in
/// one of the two lists.
/// </summary>
public sealed record MonitoringMapDto(string Jurisdiction, string Name, string AsOf, bool Demo, IReadOnlyList<string> Notices,
    IReadOnlyList<AqiLevelDto> AqiLevels, IReadOnlyList<WaterClassDto> WaterClasses,
    IReadOnlyList<MapStationDto> Stations, IReadOnlyList<MapStationDto> StationsWithoutCoordinates,
    IReadOnlyList<MapSectionDto> Sections, IReadOnlyList<MapSectionDto> SectionsWithoutCoordinates);

/// <summary>
/// 监测点位一张图 (the dashboard issue's monitoring views): every air station and water section of a jurisdiction and
/// those below it (<see cref="Jurisdiction.IsWithin"/>) with its latest values on or before a day. A station's
/// daily AQI is the one the calendar and `air evaluate` give (<see cref="NetworkPeriodEvaluator"/> over the stored
/// station day, under the standards in force on that day); a section's class is its month's class by
/// <see cref="WaterPeriodEvaluator.Monthly"/>, and its target the class <see cref="PlanProgressReports"/> reads from the
/// plan, so the map agrees with the 空气质量日历 and the 目标进度 grid. The one operation behind `monitoring map`,
/// GET /api/monitoring/map and the /Monitoring/Map page.
/// </summary>
public sealed class MonitoringMapService(EcoGovDbContext db, PlanCatalog catalog, MonitoringStoreQuery store, TimeProvider clock)
{
    /// <summary>
    /// The colours the map draws the classes in. GB 3838 prescribes none; these are the customary ones of Chinese water
    /// quality maps (Ⅰ–Ⅱ blues, Ⅲ green, Ⅳ yellow, Ⅴ orange, 劣Ⅴ red).
    /// </summary>
    private static readonly string[] ClassColours = ["#1f6fd1", "#33b5e5", "#2e9d4a", "#e6c619", "#f07f1a", "#d3222a"];

    /// <summary>The legend's water classes, Ⅰ to 劣Ⅴ.</summary>
    public static IReadOnlyList<WaterClassDto> WaterClasses() =>
        [.. Enumerable.Range(WaterClass.I, WaterClass.WorseThanV).Select(c =>
            new WaterClassDto(PlanProgressReports.ClassCode(c), WaterClass.Name(c), WaterClass.Status(c), ClassColours[c - 1]))];

    /// <summary>What is checked without the store: the day (absent = null, today in China).</summary>
    public static DateOnly? Check(MonitoringMapRequest request) =>
        RequestValues.OptionalDate(request.AsOf, MonitoringMapRequest.AsOfField, AppText.LabelAsOfDate);

    public async Task<MonitoringMapDto> LatestAsync(MonitoringMapRequest request, CancellationToken ct = default)
    {
        var asOf = Check(request) ?? ChinaTime.Today(clock);
        if (RequestValues.Absent(request.Jurisdiction))
            throw new ApplicationInputException(ErrorCode.Required, MonitoringMapRequest.JurisdictionField, AppText.JurisdictionCodeIsRequired());
        var code = request.Jurisdiction!.Trim();
        var place = await catalog.JurisdictionAsync(code, ct)
            ?? throw new ApplicationInputException(ErrorCode.UnknownJurisdiction, MonitoringMapRequest.JurisdictionField,
                AppText.UnknownJurisdictionCode(UserText.Quote(code)));

        var stations = await StationsAsync(code, asOf, ct);
        var sections = await SectionsAsync(code, asOf, ct);
        var demo = stations.Any(s => s.Demo) || sections.Any(s => s.Demo);
        var notices = new List<string>();
        if (stations.Any(s => s.Demo)) notices.Add(DemoMonitoringData.Notice);
        if (sections.Any(s => s.Demo)) notices.Add(DemoMonitoringData.WaterNotice);
        if (stations.Count == 0 && sections.Count == 0)
            notices.Add(AppText.NoStationsOrSections(place.Name).Bilingual);
        static bool Located(double? lon, double? lat) => lon is not null && lat is not null;
        return new MonitoringMapDto(place.Code, place.Name, CalendarDate.ToText(asOf), demo, notices, AirCalendarService.Levels(), WaterClasses(),
            [.. stations.Where(s => Located(s.Longitude, s.Latitude))], [.. stations.Where(s => !Located(s.Longitude, s.Latitude))],
            [.. sections.Where(s => Located(s.Longitude, s.Latitude))], [.. sections.Where(s => !Located(s.Longitude, s.Latitude))]);
    }

    /// <summary>The jurisdiction of the first station by code (or, without stations, of the first section); null when there is neither.</summary>
    public async Task<string?> FirstJurisdictionAsync(CancellationToken ct = default) =>
        await db.MonitoringStations.AsNoTracking().OrderBy(s => s.Code).Select(s => s.JurisdictionCode).FirstOrDefaultAsync(ct)
        ?? await db.WaterSections.AsNoTracking().OrderBy(s => s.Code).Select(s => s.JurisdictionCode).FirstOrDefaultAsync(ct);

    private async Task<List<MapStationDto>> StationsAsync(string code, DateOnly asOf, CancellationToken ct)
    {
        var stations = (await db.MonitoringStations.AsNoTracking().OrderBy(s => s.Code).ToListAsync(ct))
            .Where(s => Jurisdiction.IsWithin(s.JurisdictionCode, code)).ToList();
        var codes = stations.Select(s => s.Code).ToList();
        // each station's last stored day (a day with at least one hour) not after the day asked
        var latest = (await db.AirStationDays.AsNoTracking().Where(d => codes.Contains(d.StationCode) && d.Date <= asOf)
            .GroupBy(d => d.StationCode).Select(g => new { Station = g.Key, Date = g.Max(d => d.Date) }).ToListAsync(ct))
            .ToDictionary(x => x.Station, x => x.Date, StringComparer.Ordinal);
        var reports = new Dictionary<string, (AirEvaluationStandard Standard, EvaluatedDay Day)>(StringComparer.Ordinal);
        foreach (var group in latest.GroupBy(x => x.Value))
        {
            var day = group.Key;
            var standard = AirEvaluationStandards.ForDate(day);
            var series = await store.AirDaysAsync(null, [.. group.Select(x => x.Key)], day, day, ct);
            // the engines of the calendar and the period evaluation, over the one stored day of each station
            var (evaluations, _) = NetworkPeriodEvaluator.Evaluate(series.Select(s => s.Series).ToList(), day, day, standard);
            for (var i = 0; i < series.Count; i++)
                if (evaluations[i].DailyResults.FirstOrDefault(r => r.Values.Date == day) is { } r) reports[series[i].Code] = (standard, r);
        }
        return [.. stations.Select(s =>
        {
            var demo = DemoMonitoringData.IsDemoStation(s.Code);
            if (!reports.TryGetValue(s.Code, out var report))
                return new MapStationDto(s.Code, s.Name, s.JurisdictionCode, s.Longitude, s.Latitude,
                    latest.TryGetValue(s.Code, out var d) ? CalendarDate.ToText(d) : null, null, null, null, null, null, [], null, demo);
            var aqi = report.Day.Aqi;
            return new MapStationDto(s.Code, s.Name, s.JurisdictionCode, s.Longitude, s.Latitude, CalendarDate.ToText(report.Day.Values.Date),
                report.Standard.Aqi.Code, aqi.Aqi, aqi.Level?.Number, aqi.Category,
                aqi.Colour is { } c ? string.Create(CultureInfo.InvariantCulture, $"#{c.R:x2}{c.G:x2}{c.B:x2}") : null,
                [.. aqi.PrimaryPollutants.Select(PollutantNames.Display)],
                report.Day.Values.Pm25 is double pm ? ConcentrationRounding.Round(Pollutant.PM25, pm) : null, demo);
        })];
    }

    private async Task<List<MapSectionDto>> SectionsAsync(string code, DateOnly asOf, CancellationToken ct)
    {
        var sections = (await db.WaterSections.AsNoTracking().OrderBy(s => s.Code).ToListAsync(ct))
            .Where(s => Jurisdiction.IsWithin(s.JurisdictionCode, code)).ToList();
        var codes = sections.Select(s => s.Code).ToList();
        var latest = (await db.WaterSamples.AsNoTracking().Where(x => codes.Contains(x.SectionCode) && x.SampledOn <= asOf)
            .GroupBy(x => x.SectionCode).Select(g => new { Section = g.Key, Date = g.Max(x => x.SampledOn) }).ToListAsync(ct))
            .ToDictionary(x => x.Section, x => x.Date, StringComparer.Ordinal);
        // the samples of each section's latest month up to its latest sample (the month's class, as the progress grid)
        var samples = new Dictionary<string, SectionSamples>(StringComparer.Ordinal);
        foreach (var year in latest.Values.Select(d => d.Year).Distinct())
            foreach (var s in await store.WaterSamplesAsync(null, [.. latest.Where(x => x.Value.Year == year).Select(x => x.Key)], year, ct))
                samples[s.Code] = s;
        var targets = await TargetsAsync(latest.Values.Select(d => d.Year).Distinct().ToList(), ct);
        return [.. sections.Select(s =>
        {
            var demo = DemoMonitoringData.IsDemoStation(s.Code);
            var kind = WaterBodyKinds.Name(s.Kind);
            if (!latest.TryGetValue(s.Code, out var last) || !samples.TryGetValue(s.Code, out var stored))
                return new MapSectionDto(s.Code, s.Name, s.JurisdictionCode, kind, s.Longitude, s.Latitude, null, null, 0, null, null, null, null, null, null, null, demo);
            var month = stored.Samples.Where(x => x.Date <= last).ToList();
            var period = WaterPeriodEvaluator.Monthly(Gb3838_2002.Table1, s.Kind, month, last.Year, last.Month);
            int? cls = period.Evaluation.Class;
            var target = Target(targets, last.Year, s, sections);
            bool? meets = cls is int c && target?.Class is int t ? WaterClass.Meets(c, t) : null;
            return new MapSectionDto(s.Code, s.Name, s.JurisdictionCode, kind, s.Longitude, s.Latitude, CalendarDate.ToText(last),
                string.Create(CultureInfo.InvariantCulture, $"{last.Year:D4}-{last.Month:D2}"), period.SampleCount,
                cls is int k ? PlanProgressReports.ClassCode(k) : null, cls is int n ? WaterClass.Name(n) : null, cls is int o ? ClassColours[o - 1] : null,
                target?.Class is int tc ? PlanProgressReports.ClassCode(tc) : null, target?.Class is int tn ? WaterClass.Name(tn) : null,
                target?.Plan, meets, demo);
        })];
    }

    /// <summary>The section targets of the plans in force in each year: (year, plan, jurisdiction, target, indicators).</summary>
    private async Task<List<(int Year, Plan Plan, WaterSectionTarget Target, IReadOnlyList<Indicator> Indicators)>> TargetsAsync(IReadOnlyList<int> years,
        CancellationToken ct)
    {
        var result = new List<(int, Plan, WaterSectionTarget, IReadOnlyList<Indicator>)>();
        if (years.Count == 0) return result;
        foreach (var plan in (await catalog.PlansAsync(ct)).OrderByDescending(p => p.JurisdictionCode.Length).ThenBy(p => p.Id, StringComparer.Ordinal))
        {
            if (await catalog.SectionTargetsAsync(plan.Id, ct) is not { Count: > 0 } targets) continue;
            var indicators = await catalog.IndicatorsAsync(plan.Id, ct) ?? [];
            foreach (var year in years.Where(y => plan.PeriodStart is int from && plan.PeriodEnd is int to && from <= y && y <= to))
                foreach (var t in targets.Where(t => t.Target.Year is null || t.Target.Year == year))
                    result.Add((year, plan, t, indicators));
        }
        return result;
    }

    /// <summary>
    /// The target of a section in a year: the first plan in force whose jurisdiction covers the section and whose target
    /// names it — by code or name, a real section winning over a demo one of the same name (<see cref="PlanProgressReports.Match"/>).
    /// </summary>
    private static (int? Class, string Plan)? Target(List<(int Year, Plan Plan, WaterSectionTarget Target, IReadOnlyList<Indicator> Indicators)> targets,
        int year, Data.Entities.WaterSectionEntity section, IReadOnlyList<Data.Entities.WaterSectionEntity> sections)
    {
        foreach (var (y, plan, t, indicators) in targets)
        {
            if (y != year || !Jurisdiction.IsWithin(section.JurisdictionCode, plan.JurisdictionCode)) continue;
            var candidates = sections.Where(s => Jurisdiction.IsWithin(s.JurisdictionCode, plan.JurisdictionCode))
                .Select(s => new SectionSamples(s.Code, s.Name, s.JurisdictionCode, s.Kind, [])).ToList();
            if (PlanProgressReports.Match(candidates, t)?.Code != section.Code) continue;
            var (cls, _) = PlanProgressReports.TargetClass(t, indicators);
            return (cls, plan.Id);
        }
        return null;
    }
}
