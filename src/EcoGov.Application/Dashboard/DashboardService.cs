using EcoGov.Application.Air;
using EcoGov.Application.Evaluation;
using EcoGov.Application.Progress;
using EcoGov.Application.Supervision;
using EcoGov.Core;
using EcoGov.Core.Air;
using EcoGov.Core.Indicators;
using EcoGov.Core.Plans;
using EcoGov.Core.Progress;
using EcoGov.Core.Supervision;
using EcoGov.Data;
using EcoGov.Data.Entities;
using EcoGov.Data.Monitoring;
using EcoGov.Data.Queries;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using EcoGov.Core.Jurisdictions;

namespace EcoGov.Application.Dashboard;

/// <summary>
/// 领导驾驶舱 (issue 13 item 1, first step): one operation behind the home page, GET /api/dashboard and `dashboard`. It
/// composes the operations that own the figures — <see cref="IndicatorEvaluationService"/>, <see cref="AirEvaluationService"/>,
/// <see cref="PlanProgressService"/>, <see cref="TaskLedgerService"/>, <see cref="WarningService"/> and
/// <see cref="WarningLetterService"/> — for the plans of one jurisdiction in force in the year of the day, so each
/// figure is the one its own page shows. Reading needs the ledger's right on the jurisdiction (<see cref="AccessPolicy"/>).
/// </summary>
public sealed class DashboardService(
    EcoGovDbContext db, PlanCatalog catalog, MonitoringStoreQuery store, PlanAccess access,
    IndicatorEvaluationService evaluation, PlanProgressService progress, TaskLedgerService ledger,
    WarningService warnings, WarningLetterService letters, Foresight.ForesightService foresight, TimeProvider clock,
    DashboardCache? cache = null)
{
    /// <summary>The pollutants whose monthly figures the dashboard charts.</summary>
    public static readonly IReadOnlyList<string> MonthlyPollutants = ["PM2.5", "PM10", "O3"];

    /// <summary>The foresight source of the annual rows of a plan's 附件1 (ForesightTargetDto.Source).</summary>
    private const string AnnualTableSource = "附件1 全年";

    private static readonly string[] YearPollutants = ["PM2.5", "PM10", "O3", "NO2", "SO2", "CO"];

    /// <summary>Checks what needs no store (the day), so a host can refuse it first.</summary>
    public static DateOnly? CheckValues(DashboardRequest request) =>
        RequestValues.OptionalDate(request.AsOf, DashboardRequest.AsOfField, AppText.LabelDashboardDate);

    public async Task<DashboardReport> ReadAsync(Actor actor, DashboardRequest request, CancellationToken ct = default)
    {
        var requestedDay = CheckValues(request);
        var code = RequestValues.Absent(request.Jurisdiction) ? actor.JurisdictionCode ?? await DefaultJurisdictionAsync(ct) : request.Jurisdiction!.Trim();
        if (code is null)
            throw new ApplicationInputException(ErrorCode.Required, DashboardRequest.JurisdictionField, AppText.JurisdictionCodeIsRequired());
        var chain = await access.ChainAsync(code, DashboardRequest.JurisdictionField, ct);
        AccessPolicy.Demand(actor, SupervisionAction.ReadLedger, chain);
        var today = ChinaTime.Today(clock);
        if (cache is null) return await ComposeAsync(actor, code, chain, requestedDay, today, ct);
        // the same document for everyone who sees the jurisdiction the same way, until the store changes
        var key = new DashboardCache.Key(code, requestedDay, today, actor.Role, actor.JurisdictionCode, actor.DepartmentId);
        return await cache.GetAsync(await StoreGeneration.ReadAsync(db, ct), key,
            () => ComposeAsync(actor, code, chain, requestedDay, today, CancellationToken.None));
    }

    private async Task<DashboardReport> ComposeAsync(
        Actor actor, string code, IReadOnlyList<string> chain, DateOnly? requestedDay, DateOnly today, CancellationToken ct)
    {
        var place = (await catalog.JurisdictionAsync(code, ct))!;
        var (asOf, basis) = requestedDay is { } d ? (d, "requested") : await LatestDataDayAsync(code, today, ct) is { } last ? (last, "latestData") : (today, "today");
        var asOfText = CalendarDate.ToText(asOf);
        var year = asOf.Year;
        var notes = new List<string>();

        var jurisdictions = await catalog.JurisdictionsAsync(ct);
        var all = jurisdictions.Select(j => j.Jurisdiction).ToList();
        var children = all.Where(j => j.ParentCode == code).OrderBy(j => j.Code, StringComparer.Ordinal).Select(j => new DashboardPlace(j.Code, j.Name)).ToList();
        DashboardPlace? parent = null;
        if (place.ParentCode is { } p && all.FirstOrDefault(j => j.Code == p) is { } up && AccessPolicy.Allows(actor, SupervisionAction.ReadLedger, chain.Skip(1).ToList()))
            parent = new DashboardPlace(up.Code, up.Name);

        // The plans in force in the year: the jurisdiction's own (indicators, air targets) and those below it (tasks, projects, warnings).
        var within = (await catalog.PlansAsync(ct)).Where(pl => Jurisdiction.IsWithin(pl.JurisdictionCode, code) && InForce(pl, year))
            .OrderBy(pl => pl.JurisdictionCode == code ? 0 : 1).ThenBy(pl => pl.JurisdictionCode, StringComparer.Ordinal).ThenBy(pl => pl.Id, StringComparer.Ordinal).ToList();
        var plans = within.Where(pl => pl.JurisdictionCode == code).ToList();
        if (within.Count == 0) notes.Add(AppText.NoPlanInForce(place.Name, year).Bilingual);

        var indicators = await IndicatorsAsync(actor, plans, year, asOfText, notes, ct);
        var days = new AirDays(await store.AirDaysAsync(code, null, new DateOnly(year - 1, 1, 1), asOf, ct));
        var air = await AirAsync(code, plans, asOf, asOfText, days, notes, ct);
        var water = await WaterAsync(within, year, asOfText, notes, ct);
        var (tasks, warningsOfDay, ledgerRows) = await TasksAndWarningsAsync(actor, within, asOfText, ct);
        var investment = await InvestmentAsync(within, asOf, ct);
        var map = await MapAsync(new DashboardPlace(place.Code, place.Name), children, within, ledgerRows, asOf, days, jurisdictions, ct);

        return new DashboardReport(place.Code, place.Name, parent, children, asOfText, basis, year, (air?.Demo ?? false) || water.Any(w => w.Demo),
            [.. within.Select(pl => new DashboardPlan(pl.Id, pl.Title, pl.JurisdictionCode, all.FirstOrDefault(j => j.Code == pl.JurisdictionCode)?.Name ?? pl.JurisdictionCode, pl.PeriodStart, pl.PeriodEnd))],
            indicators, air, water, tasks, investment, warningsOfDay, map, notes);
    }

    /// <summary>The figures the map can colour the areas by (<see cref="DashboardArea"/>'s properties, camelCase).</summary>
    public static readonly IReadOnlyList<DashboardMapFigure> MapFigures =
    [
        // 35: GB 3095-2012 二级 annual PM2.5 limit
        new("pm25", "PM2.5 浓度（年初至今）", "μg/m³", false, [25, 35, 45, 55]),
        new("goodRatio", "优良天数比例（年初至今）", "%", true, [0.6, 0.7, 0.8, 0.9]),
        new("index", "环境空气质量综合指数（年初至今）", "", false, [3.5, 4, 4.5, 5]),
        new("overdue", "逾期任务", "项", false, [1, 3, 6, 11]),
    ];

    private static readonly JsonSerializerOptions GeometryOptions = new() { Converters = { new NetTopologySuite.IO.Converters.GeoJsonConverterFactory() } };

    /// <summary>
    /// The boundaries of the map's areas as a GeoJSON FeatureCollection (properties <c>code</c>, <c>name</c>, <c>label</c>
    /// [lon, lat] a point inside the area for its label; the simplified
    /// county boundaries of data/seed/boundaries), for the page's map; an area without a stored boundary is left out.
    /// </summary>
    public Task<string> MapBoundariesAsync(DashboardMap map, CancellationToken ct = default) =>
        BoundariesAsync(map.Areas.Where(a => a.HasBoundary).Select(a => a.Code).ToList(), ct);

    /// <summary>
    /// The stored boundaries of the jurisdictions <paramref name="codes"/> as the GeoJSON FeatureCollection of
    /// <see cref="MapBoundariesAsync"/> (also the base of the 监测点位一张图); a code without a boundary is left out.
    /// </summary>
    public async Task<string> BoundariesAsync(IReadOnlyCollection<string> codes, CancellationToken ct = default)
    {
        var rows = (await db.Jurisdictions.AsNoTracking().Where(j => codes.Contains(j.Code) && j.BoundaryWkb != null)
            .Select(j => new { j.Code, j.Name, j.BoundaryWkb }).ToListAsync(ct)).OrderBy(j => j.Code, StringComparer.Ordinal);
        using var ms = new MemoryStream();
        using (var w = new Utf8JsonWriter(ms, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            w.WriteStartObject();
            w.WriteString("type", "FeatureCollection");
            w.WriteStartArray("features");
            foreach (var j in rows)
            {
                w.WriteStartObject();
                w.WriteString("type", "Feature");
                var geometry = new NetTopologySuite.IO.WKBReader().Read(j.BoundaryWkb!);
                w.WritePropertyName("geometry");
                JsonSerializer.Serialize(w, geometry, GeometryOptions);
                w.WriteStartObject("properties");
                w.WriteString("code", j.Code);
                w.WriteString("name", j.Name);
                // where the label goes: a point inside the area (泽州县 surrounds 城区, so its centroid is not)
                var inside = geometry.InteriorPoint;
                w.WriteStartArray("label");
                w.WriteNumberValue(Math.Round(inside.X, 5));
                w.WriteNumberValue(Math.Round(inside.Y, 5));
                w.WriteEndArray();
                w.WriteEndObject();
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteEndObject();
        }
        return System.Text.Encoding.UTF8.GetString(ms.ToArray());
    }

    /// <summary>Said on every surface when no water plan in force has a sample in the year.</summary>
    public const string NoWaterData = "暂无断面监测数据";

    /// <summary>
    /// The section targets of the plans in force (the jurisdiction's and those below), month by month: the water plan's
    /// `progress` from the store for the year on the day — the classes are the ones the 目标进度 page shows.
    /// </summary>
    private async Task<IReadOnlyList<DashboardWaterPlan>> WaterAsync(IReadOnlyList<Plan> within, int year, string asOfText, List<string> notes, CancellationToken ct)
    {
        var result = new List<DashboardWaterPlan>();
        foreach (var plan in within)
        {
            if (await PlanProgressReports.KindOfAsync(catalog, plan.Id, ct) != ProgressReportKind.Water) continue;
            var report = (WaterProgressReportDto)await progress.FromStoreAsync(new PlanProgressRequest(plan.Id, year, asOfText), ct);
            var sections = report.Targets.Select(t => new DashboardSection(t.Seq, t.Section, t.Assessment, t.TargetText, t.TargetClass,
                t.MatchedSection, t.Samples, t.YearToDateClass, t.Status, ProgressEvaluator.Display(t.Status), Light(t.Status), t.Reason,
                [.. t.Months.Select(m => new DashboardSectionMonth(m.Month, m.Samples, m.Class, m.Meets,
                    m.Meets switch { true => "green", false => "red", null => "grey" }))])).ToList();
            var samples = sections.Sum(x => x.Samples);
            var demo = sections.Any(x => x.MatchedSection is { } m && DemoMonitoringData.IsDemoStation(m));
            result.Add(new DashboardWaterPlan(plan.Id, plan.Title, plan.JurisdictionCode, report.Year, report.AsOf, report.DataFrom, report.DataTo,
                samples, demo, sections));
        }
        if (result.Count > 0 && result.All(w => w.Samples == 0))
            notes.Add(AppText.NoWaterSamplesForTargets(year).Bilingual);
        if (result.Any(w => w.Demo)) notes.Add(DemoMonitoringData.WaterNotice);
        return result;
    }

    /// <summary>
    /// The map's areas: each jurisdiction directly below (or the jurisdiction itself when none is) with the air of the year
    /// so far from its stations (`air evaluate --jurisdiction`) and the tasks of its plans in force (the ledgers of the day).
    /// </summary>
    private async Task<DashboardMap> MapAsync(DashboardPlace place, IReadOnlyList<DashboardPlace> children, IReadOnlyList<Plan> within,
        IReadOnlyList<(string Plan, LedgerRow Row)> ledgerRows, DateOnly asOf, AirDays days, IReadOnlyList<JurisdictionInfo> jurisdictions, CancellationToken ct)
    {
        var from = new DateOnly(asOf.Year, 1, 1);
        var standard = StandardName(from);
        var boundaries = jurisdictions.ToDictionary(j => j.Jurisdiction.Code, j => j.HasBoundary, StringComparer.Ordinal);
        var planTasks = new HashSet<string>(StringComparer.Ordinal);
        foreach (var pl in within)
            if ((await catalog.TasksAsync(pl.Id, ct) ?? []).Count > 0) planTasks.Add(pl.Id);
        var places = children.Count > 0 ? children : [new DashboardPlace(place.Code, place.Name)];
        var areas = places.Select(a =>
        {
            // no station of the area with data in the span: 无数据
            var e = days.Evaluate(standard, a.Code, from, asOf);
            var air = e?.All;
            IReadOnlyList<string> stations = e is null ? [] : [.. e.Stations.Select(s => s.Station)];
            var plans = within.Where(pl => Jurisdiction.IsWithin(pl.JurisdictionCode, a.Code)).Select(pl => pl.Id).ToList();
            var rows = ledgerRows.Where(r => plans.Contains(r.Plan)).ToList();
            var withTasks = plans.Any(planTasks.Contains);
            return new DashboardArea(a.Code, a.Name, boundaries.GetValueOrDefault(a.Code), stations,
                air?.Means.GetValueOrDefault("PM2.5"), air?.GoodRatio, air?.Index, plans,
                withTasks ? rows.Count : null, withTasks ? rows.Count(r => r.Row.State == TaskState.Overdue) : null);
        }).ToList();
        return new DashboardMap(children.Count > 0 ? "sub" : "self", MapFigures, areas);
    }

    private static string StandardName(DateOnly from)
    {
        var standard = AirEvaluationStandards.ForDate(from);
        return standard == AirEvaluationStandards.Gb3095_2012 ? "GB3095-2012"
            : standard == AirEvaluationStandards.Gb3095_2026Transitional ? "GB3095-2026-transitional" : "GB3095-2026-final";
    }

    /// <summary>For a user without a jurisdiction (the first administrator): the highest jurisdiction holding a plan.</summary>
    private async Task<string?> DefaultJurisdictionAsync(CancellationToken ct)
    {
        var depth = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var c in (await catalog.PlansAsync(ct)).Select(p => p.JurisdictionCode).Distinct())
            depth[c] = (await catalog.AncestorsAndSelfAsync(c, ct))?.Count ?? int.MaxValue;
        return depth.Keys.OrderBy(c => depth[c]).ThenBy(c => c, StringComparer.Ordinal).FirstOrDefault();
    }

    private static bool InForce(Plan plan, int year) =>
        plan.PeriodStart is int from && plan.PeriodEnd is int to && from <= year && year <= to;

    /// <summary>The last day with stored air hours of the jurisdiction's stations (and those below it), not after today.</summary>
    private async Task<DateOnly?> LatestDataDayAsync(string code, DateOnly today, CancellationToken ct)
    {
        var stations = (await db.MonitoringStations.AsNoTracking().Select(s => new { s.Code, s.JurisdictionCode }).ToListAsync(ct))
            .Where(s => Jurisdiction.IsWithin(s.JurisdictionCode, code)).Select(s => s.Code).ToList();
        if (stations.Count == 0) return null;
        // the station days: one for every day with an hour
        return await db.AirStationDays.AsNoTracking().Where(d => stations.Contains(d.StationCode) && d.Date <= today).MaxAsync(d => (DateOnly?)d.Date, ct);
    }

    private async Task<IReadOnlyList<DashboardIndicator>> IndicatorsAsync(Actor actor, IReadOnlyList<Plan> plans, int year, string asOf, List<string> notes, CancellationToken ct)
    {
        var rows = new List<DashboardIndicator>();
        foreach (var plan in plans)
        {
            if ((await catalog.IndicatorsAsync(plan.Id, ct) ?? []).Count == 0) continue;
            var report = await evaluation.EvaluateAsync(actor, new IndicatorEvaluationRequest(plan.Id, year, asOf), ct);
            var binding = report.Rows.Where(r => r.Attribute == "约束性").ToList();
            if (binding.Count == 0) continue;
            rows.AddRange(binding.Select(r => new DashboardIndicator(plan.Id, r.Seq, r.Category, r.Name, r.Unit, r.ResolvedTarget ?? r.TargetText,
                r.ActualText, r.Status, ProgressEvaluator.Display(r.Status), Light(r.Status))));
        }
        if (rows.Count == 0 && plans.Count > 0) notes.Add(AppText.NoBindingIndicators.Bilingual);
        return rows;
    }

    /// <summary>The light of a status: green (达标, 进度正常), yellow (滞后), red (未达标), grey (无法判断).</summary>
    public static string Light(ProgressStatus s) => s switch
    {
        ProgressStatus.Achieved or ProgressStatus.OnTrack => "green",
        ProgressStatus.Lagging => "yellow",
        ProgressStatus.NotAchieved => "red",
        _ => "grey",
    };

    private async Task<DashboardAir?> AirAsync(string code, IReadOnlyList<Plan> plans, DateOnly asOf, string asOfText, AirDays days, List<string> notes,
        CancellationToken ct)
    {
        var from = new DateOnly(asOf.Year, 1, 1);
        var name = StandardName(from);
        if (days.Evaluate(name, code, from, asOf) is not { } ytd)
        {
            notes.Add(AppText.NoAirDataYearSoFar(code, asOf.Year, asOfText).Bilingual);
            return null;
        }
        var previousTo = asOf.Month == 2 && asOf.Day == 29 ? new DateOnly(asOf.Year - 1, 2, 28) : asOf.AddYears(-1);
        var previous = days.Evaluate(name, code, from.AddYears(-1), previousTo);
        if (previous is null)
            notes.Add(AppText.NoAirDataYearBefore(from.Year - 1).Bilingual);
        var stations = ytd.Stations.Select(s => s.Station).ToList();
        var demo = stations.Any(DemoMonitoringData.IsDemoStation);
        if (demo) notes.Add(DemoMonitoringData.Notice);

        // The plan whose air targets apply: the jurisdiction's plan in force with monthly or annual air targets.
        Plan? airPlan = null;
        IReadOnlyList<MonthlyAirTarget> airTargets = [];
        foreach (var pl in plans)
            if (await catalog.AirTargetsAsync(pl.Id, ct) is { Count: > 0 } found) { (airPlan, airTargets) = (pl, found); break; }
        var targets = airPlan is null ? [] : ((ProgressReportDto)await progress.FromStoreAsync(new PlanProgressRequest(airPlan.Id, asOf.Year, asOfText), ct)).Targets
            .Where(t => t.Year == asOf.Year).ToList();
        if (airPlan is null) notes.Add(AppText.NoAirTargetsForYear(asOf.Year).Bilingual);

        var all = ytd.All;
        var figures = YearPollutants.Select(p =>
        {
            var actual = p switch { "CO" => all.CoP95, "O3" => all.O3P90, _ => all.Means.GetValueOrDefault(p) };
            var target = targets.FirstOrDefault(t => t.Month is null && t.Pollutant == p);
            return new DashboardAirFigure(p, p == "CO" ? "mg/m³" : "μg/m³", actual, target?.Target, target?.PreviousYearToDate,
                target?.Status, target is null ? null : ProgressEvaluator.Display(target.Status), target?.Reason);
        }).ToList();

        var months = new List<DashboardMonthFigure>();
        var yearDays = days.Of(code, from, asOf);
        for (var m = 1; m <= asOf.Month; m++)
        {
            StationEvaluationDto? month = null; // evaluated once for the month's pollutants without a target
            foreach (var p in MonthlyPollutants)
            {
                var target = targets.FirstOrDefault(t => t.Month == m && t.Pollutant == p);
                if (target is not null)
                {
                    months.Add(new DashboardMonthFigure(m, p, target.Actual, target.Target, target.Status, ProgressEvaluator.Display(target.Status)));
                    continue;
                }
                month ??= MonthEvaluation(name, yearDays, asOf.Year, m, asOf);
                var v = month is null ? null : p == "O3" ? month.O3P90 : month.Means.GetValueOrDefault(p);
                months.Add(new DashboardMonthFigure(m, p, v is decimal d ? (double)d : null, null, null, null));
            }
        }

        // 按目标倒排: what the rest of the year must achieve for each annual target (the plan's foresight on the day)
        var required = airPlan is not null && airTargets.Any(t => t.Month is null && t.Year == asOf.Year)
            ? (await foresight.ComputeAsync(new Foresight.ForesightRequest(airPlan.Id, asOfText), ct)).Targets
                // one row per statistic: a plan's 附件1 全年 row and its 主要目标 row often state the same target twice
                .GroupBy(t => (t.Pollutant ?? t.Indicator, t.Statistic)).Select(g => g.OrderBy(t => t.Source == AnnualTableSource ? 0 : 1).First())
                .Select(t => new DashboardRequirement(t.Indicator, t.Pollutant, t.Statistic, t.Target, t.Unit, t.SoFar, t.DaysLeft, t.Required.Text, t.Verdict))
                .ToList()
            : [];

        return new DashboardAir(airPlan?.Id, ytd.From, ytd.To, ytd.Standard, stations, demo,
            all.GoodRatio, all.GoodDays, all.ValidDays, all.HeavyDays, all.Index,
            previous?.All.GoodRatio, previous?.All.Index, previous?.From, previous?.To, figures, months, required);
    }

    /// <summary>`air evaluate` of a month (to the day at most), all stations; null without data in the month.</summary>
    private static StationEvaluationDto? MonthEvaluation(string standard, IReadOnlyList<(string Station, StationAirSeries Series)> days, int year, int month, DateOnly asOf)
    {
        var first = new DateOnly(year, month, 1);
        var last = first.AddMonths(1).AddDays(-1);
        if (last > asOf) last = asOf;
        if (days.Count == 0 || !days.Any(s => s.Series.HasDataBetween(first, last))) return null;
        return AirEvaluationService.Evaluate(new AirEvaluationSelection(standard, null, first, last, null, []), days).All;
    }

    private async Task<(DashboardTasks, DashboardWarnings, IReadOnlyList<(string Plan, LedgerRow Row)>)> TasksAndWarningsAsync(Actor actor, IReadOnlyList<Plan> plans, string asOf, CancellationToken ct)
    {
        var rows = new List<(string Plan, LedgerRow Row)>();
        var dueSoonDays = 0;
        var candidates = new List<DashboardCandidate>();
        var letterRows = new List<DashboardLetter>();
        string? period = null;
        foreach (var plan in plans)
        {
            if ((await catalog.TasksAsync(plan.Id, ct) ?? []).Count == 0) continue;
            var day = await ledger.LedgerAsync(actor, new LedgerRequest(plan.Id, asOf), ct);
            dueSoonDays = Math.Max(dueSoonDays, day.DueSoonDays);
            rows.AddRange(day.Rows.Select(r => (plan.Id, r)));
            var w = await warnings.CandidatesAsync(actor, day, ct);
            period = w.Period;
            candidates.AddRange(w.Candidates.Select(c => new DashboardCandidate(plan.Id, c.Unit, c.Level, c.LevelCode, c.Reasons.Count)));
            letterRows.AddRange((await letters.ListAsync(actor, plan.Id, ct)).Where(l => l.Period == w.Period)
                .Select(l => new DashboardLetter(l.Id, plan.Id, l.Number, l.Unit, l.Level, l.IssuedOn, l.State, l.StateName)));
        }

        var byState = Enum.GetValues<TaskState>().Select(s =>
        {
            var of = rows.Where(r => r.Row.State == s).ToList();
            var sample = of.FirstOrDefault().Row;
            return new DashboardStateCount(s, SupervisionNames.Of(s), sample?.Light ?? LightOf(s), of.Count);
        }).ToList();
        var byDepartment = rows.SelectMany(r => (r.Row.LeadDepartments.Count == 0 ? ["（未列牵头单位）"] : r.Row.LeadDepartments).Select(d => (Department: d, r.Row.State, r.Plan)))
            .GroupBy(x => x.Department, StringComparer.Ordinal)
            .Select(g => new DashboardDepartment(g.Key, g.Count(),
                g.Count(x => x.State == TaskState.Completed), g.Count(x => x.State == TaskState.OnSchedule), g.Count(x => x.State == TaskState.DueSoon),
                g.Count(x => x.State == TaskState.Overdue), g.Count(x => x.State == TaskState.Ongoing), g.Count(x => x.State == TaskState.NotReported),
                [.. g.Select(x => x.Plan).Distinct()]))
            .OrderByDescending(d => d.Overdue).ThenByDescending(d => d.NotReported + d.DueSoon).ThenByDescending(d => d.Total).ThenBy(d => d.Department, StringComparer.Ordinal)
            .ToList();
        DashboardTask Task((string Plan, LedgerRow Row) r) => new(r.Plan, r.Row.Task.Seq, r.Row.Reference, r.Row.Task.Text, r.Row.State, r.Row.StateName,
            r.Row.Due, r.Row.LeadDepartments, r.Row.Reason);
        var tasks = new DashboardTasks(rows.Count, dueSoonDays, byState, byDepartment,
            [.. rows.Where(r => r.Row.State == TaskState.Overdue).OrderBy(r => r.Row.Due).ThenBy(r => r.Plan, StringComparer.Ordinal).ThenBy(r => r.Row.Task.Seq).Select(Task)],
            [.. rows.Where(r => r.Row.State == TaskState.DueSoon).OrderBy(r => r.Row.Due).ThenBy(r => r.Plan, StringComparer.Ordinal).ThenBy(r => r.Row.Task.Seq).Select(Task)]);
        var warningsOfDay = new DashboardWarnings(period, candidates.Count,
            candidates.Count(c => c.LevelCode == WarningLevel.Warning), candidates.Count(c => c.LevelCode == WarningLevel.Interview),
            candidates.Count(c => c.LevelCode == WarningLevel.ListedSupervision), letterRows, candidates);
        return (tasks, warningsOfDay, rows);
    }

    private static TrafficLight LightOf(TaskState s) => s switch
    {
        TaskState.Overdue => TrafficLight.Red,
        TaskState.DueSoon or TaskState.NotReported => TrafficLight.Yellow,
        _ => TrafficLight.Green,
    };

    /// <summary>Each plan's key projects: estimate, and the investment completed by the latest accepted report of each project up to the period due on the day.</summary>
    private async Task<IReadOnlyList<DashboardInvestment>> InvestmentAsync(IReadOnlyList<Plan> plans, DateOnly asOf, CancellationToken ct)
    {
        var period = ReportingPeriod.DueOn(asOf).ToString();
        var result = new List<DashboardInvestment>();
        foreach (var plan in plans)
        {
            var projects = await catalog.ProjectsAsync(plan.Id, ct) ?? [];
            if (projects.Count == 0) continue;
            var reports = await db.ProgressReports.AsNoTracking()
                .Where(r => r.PlanId == plan.Id && r.SubjectKind == ReportSubjectKind.Project && r.Review == ReviewState.Accepted
                    && r.InvestmentCompleted != null)
                .Select(r => new { r.SubjectSeq, r.Period, r.Version, r.Id, r.InvestmentCompleted })
                .ToListAsync(ct);
            var latest = reports.Where(r => string.CompareOrdinal(r.Period, period) <= 0).GroupBy(r => r.SubjectSeq)
                .Select(g => g.OrderByDescending(r => r.Period, StringComparer.Ordinal).ThenByDescending(r => r.Version).ThenByDescending(r => r.Id).First())
                .ToList();
            result.Add(new DashboardInvestment(plan.Id, projects.Count, projects.Sum(p => p.Investment ?? 0m), latest.Count, latest.Sum(r => r.InvestmentCompleted ?? 0m)));
        }
        return result;
    }

    /// <summary>
    /// The station days the dashboard's air figures come from, read once per dashboard: the jurisdiction's stations (and
    /// those below it) from 1 January of the year before to the day. Each figure takes the stations of its area with data
    /// in its span — what `air evaluate --jurisdiction X --from … --to …` reads from the store.
    /// </summary>
    private sealed class AirDays(IReadOnlyList<StationSeries> stations)
    {
        public IReadOnlyList<(string Station, StationAirSeries Series)> Of(string jurisdiction, DateOnly from, DateOnly to) =>
            [.. stations.Where(s => Jurisdiction.IsWithin(s.Jurisdiction, jurisdiction) && s.Series.HasDataBetween(from, to)).Select(s => (s.Code, s.Series))];

        /// <summary>`air evaluate` of the area's stations over the span, all stations; null when none has data in it.</summary>
        public AirEvaluationDto? Evaluate(string standard, string jurisdiction, DateOnly from, DateOnly to)
        {
            var data = Of(jurisdiction, from, to);
            return data.Count == 0 ? null : AirEvaluationService.Evaluate(new AirEvaluationSelection(standard, null, from, to, jurisdiction, []), data);
        }
    }
}
