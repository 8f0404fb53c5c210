using EcoGov.Core.Progress;
using EcoGov.Core.Supervision;

namespace EcoGov.Application.Dashboard;

/// <summary>
/// `dashboard --jurisdiction CODE --as-of D` / GET /api/dashboard?jurisdiction=CODE&amp;asOf=D, as the user typed it:
/// the jurisdiction (the user's own when absent) and the day (when absent: the last day of stored air data of the
/// jurisdiction, not after today; today without data).
/// </summary>
public sealed record DashboardRequest(string? Jurisdiction, string? AsOf)
{
    public const string JurisdictionField = "jurisdiction", AsOfField = "asOf";
}

/// <summary>A jurisdiction the dashboard can switch to.</summary>
public sealed record DashboardPlace(string Code, string Name);

/// <summary>
/// A plan in force in the year of the day, of the jurisdiction or one below it: the jurisdiction's own give the binding
/// indicators and the air targets; all of them the tasks, projects and warnings.
/// </summary>
public sealed record DashboardPlan(string Id, string Title, string Jurisdiction, string JurisdictionName, int? PeriodStart, int? PeriodEnd);

/// <summary>
/// 领导驾驶舱 the jurisdiction's picture on a day, composed from the operations whose pages hold the detail: the binding
/// indicators (指标评估), the air year to date and month by month against the plan's targets (目标进度, air evaluate),
/// the tasks (任务台账), the key projects' investment (accepted reports) and the warnings (预警研判, 预警函).
/// <c>asOfBasis</c>: <c>requested</c>, <c>latestData</c> (the last day of stored air data) or <c>today</c>.
/// <c>demoData</c>: the air (or water) figures are computed (also) from generated demonstration data (示意数据), not monitoring.
/// <c>water</c>: the section targets (水质断面) of the plans in force, month by month (`progress` of each water plan);
/// <c>map</c>: the figures of each jurisdiction below it (or of itself when none is below), for the choropleth.
/// </summary>
public sealed record DashboardReport(
    string Jurisdiction, string JurisdictionName, DashboardPlace? Parent, IReadOnlyList<DashboardPlace> SubJurisdictions,
    string AsOf, string AsOfBasis, int Year, bool DemoData, IReadOnlyList<DashboardPlan> Plans,
    IReadOnlyList<DashboardIndicator> Indicators, DashboardAir? Air, IReadOnlyList<DashboardWaterPlan> Water, DashboardTasks Tasks,
    IReadOnlyList<DashboardInvestment> Investment, DashboardWarnings Warnings, DashboardMap Map, IReadOnlyList<string> Notes);

/// <summary>
/// A plan with section targets (水质断面) in force in the year, as `progress --plan … --from-store --year Y --as-of D`
/// gives it (<see cref="Progress.WaterProgressReportDto"/>; the classes are GB 3838's, computed there, not here):
/// the span of its samples (null without any), whether they are (also) 示意数据 (sections coded <c>DEMO-</c>), and its sections.
/// </summary>
public sealed record DashboardWaterPlan(string Plan, string Title, string Jurisdiction, int Year, string AsOf,
    string? DataFrom, string? DataTo, int Samples, bool Demo, IReadOnlyList<DashboardSection> Sections);

/// <summary>
/// A section target: the target class (<c>targetClass</c> "I".."V", "劣V", or null when the target names none) and the
/// text, the year-to-date class and verdict, and the twelve months (<c>months[m-1]</c>), each with its class and
/// <c>light</c>: <c>green</c> 达标, <c>red</c> 不达标, <c>grey</c> no sample (or not yet due).
/// </summary>
public sealed record DashboardSection(int Seq, string Section, string? Assessment, string TargetText, string? TargetClass,
    string? MatchedSection, int Samples, string? YearToDateClass, ProgressStatus Status, string StatusText, string Light, string Reason,
    IReadOnlyList<DashboardSectionMonth> Months);

/// <summary>A month of a section: samples, class (null without samples), whether it meets the target class (null: cannot tell), light.</summary>
public sealed record DashboardSectionMonth(int Month, int Samples, string? Class, bool? Meets, string Light);

/// <summary>
/// The choropleth of the dashboard: the figures one may colour by (<c>figures</c>, each naming the property of
/// <see cref="DashboardArea"/> it reads) and the areas — the jurisdictions directly below (<c>level</c> <c>sub</c>),
/// or the jurisdiction itself (<c>self</c>) when none is below.
/// </summary>
public sealed record DashboardMap(string Level, IReadOnlyList<DashboardMapFigure> Figures, IReadOnlyList<DashboardArea> Areas);

/// <summary>
/// A figure of the map: its key (the camelCase property of an area), name, unit (<c>%</c>: the value is a fraction,
/// shown ×100), whether higher is better, and the four class breaks of its legend in the value's own unit (a value
/// falls in the class of the number of breaks not above it: five classes from best to worst, or worst to best).
/// </summary>
public sealed record DashboardMapFigure(string Key, string Name, string Unit, bool HigherIsBetter, IReadOnlyList<double> Breaks);

/// <summary>
/// One area of the map with its figures, null where there are none (无数据): the air of 1 January to the day from the
/// stations in it (`air evaluate --jurisdiction`: PM2.5 mean, 优良天数比例 as a fraction, comprehensive index), the tasks of
/// the plans of it in force (all, overdue; null without such a plan), and whether a boundary is stored for it.
/// </summary>
public sealed record DashboardArea(string Code, string Name, bool HasBoundary, IReadOnlyList<string> Stations, decimal? Pm25,
    decimal? GoodRatio, decimal? Index, IReadOnlyList<string> Plans, int? Tasks, int? Overdue);

/// <summary>
/// A binding indicator (约束性) of a plan for the year with its status light (<c>green</c> 达标/进度正常, <c>yellow</c> 滞后,
/// <c>red</c> 未达标, <c>grey</c> 无法判断), as `evaluate` gives it.
/// </summary>
public sealed record DashboardIndicator(string Plan, int Seq, string Category, string Name, string? Unit, string? Target,
    string? Actual, ProgressStatus Status, string StatusText, string Light);

/// <summary>
/// The air of the jurisdiction (with the jurisdictions below it) from 1 January to the day: `air evaluate` of that
/// span (<c>goodRatio</c> a fraction, <c>index</c> the comprehensive index), the same span of the year before
/// (<c>previous…</c>, null without data), each pollutant's figure against the year's target and 序时进度 (<c>yearToDate</c>,
/// `progress` of <c>plan</c>), and the monthly PM2.5, PM10 and O3 figures against the plan's monthly targets.
/// </summary>
public sealed record DashboardAir(
    string? Plan, string From, string To, string Standard, IReadOnlyList<string> Stations, bool Demo,
    decimal? GoodRatio, int GoodDays, int ValidDays, int HeavyDays, decimal? Index,
    decimal? PreviousGoodRatio, decimal? PreviousIndex, string? PreviousFrom, string? PreviousTo,
    IReadOnlyList<DashboardAirFigure> YearToDate, IReadOnlyList<DashboardMonthFigure> Months, IReadOnlyList<DashboardRequirement> Required);

/// <summary>
/// 按目标倒排 one annual air target of the plan on the day, as `foresight --plan … --as-of …` gives it: the statistic so far,
/// what the rest of the year must achieve (<c>required</c>, its text) and the verdict ("on track", "at risk", "already
/// impossible", "already met").
/// </summary>
public sealed record DashboardRequirement(string Indicator, string? Pollutant, string Statistic, double Target, string Unit,
    double? SoFar, int DaysLeft, string Required, string Verdict);

/// <summary>
/// A pollutant's figure from 1 January to the day (`air evaluate`: period mean; CO P95, O3 P90) against the year's
/// target of the plan with its 序时进度 verdict (`progress`); <c>target</c> and the verdict null without a target.
/// </summary>
public sealed record DashboardAirFigure(string Pollutant, string Unit, decimal? Actual, double? Target, double? PreviousYearToDate,
    ProgressStatus? Status, string? StatusText, string? Reason);

/// <summary>A month's PM2.5, PM10 or O3 figure (as `progress` evaluates the monthly target; `air evaluate` of the month without one) and the plan's monthly target.</summary>
public sealed record DashboardMonthFigure(int Month, string Pollutant, double? Actual, double? Target, ProgressStatus? Status, string? StatusText);

/// <summary>
/// The tasks of the jurisdiction's plans on the day (`tasks --as-of`): counts by state, by lead department, and the
/// overdue and due-soon tasks themselves.
/// </summary>
public sealed record DashboardTasks(int Total, int DueSoonDays, IReadOnlyList<DashboardStateCount> ByState,
    IReadOnlyList<DashboardDepartment> ByDepartment, IReadOnlyList<DashboardTask> Overdue, IReadOnlyList<DashboardTask> DueSoon);

/// <summary>How many tasks are in a state (every state, zeros included, in the ledger's order).</summary>
public sealed record DashboardStateCount(TaskState State, string StateName, TrafficLight Light, int Count);

/// <summary>A lead department's tasks by state (a task with two lead departments counts for each), and the plans they are in.</summary>
public sealed record DashboardDepartment(string Department, int Total, int Completed, int OnSchedule, int DueSoon, int Overdue, int Ongoing, int NotReported,
    IReadOnlyList<string> Plans);

/// <summary>An overdue or due-soon task as the ledger has it.</summary>
public sealed record DashboardTask(string Plan, int Seq, string Reference, string Text, TaskState State, string StateName, DateOnly? Due,
    IReadOnlyList<string> LeadDepartments, string Reason);

/// <summary>A plan's key projects: the estimate (亿元, of the projects that state one) and the investment completed by the latest accepted reports up to the period due on the day.</summary>
public sealed record DashboardInvestment(string Plan, int Projects, decimal Estimated, int ProjectsReported, decimal Completed);

/// <summary>
/// The warnings of the period due on the day (`warnings`): the candidates by level, and the 预警函 of that period the
/// user may read, per plan.
/// </summary>
public sealed record DashboardWarnings(string? Period, int Candidates, int Warning, int Interview, int Supervision,
    IReadOnlyList<DashboardLetter> Letters, IReadOnlyList<DashboardCandidate> Units);

/// <summary>A unit named by the warning rule.</summary>
public sealed record DashboardCandidate(string Plan, string Unit, string Level, WarningLevel LevelCode, int Reasons);

/// <summary>A 预警函 of the period.</summary>
public sealed record DashboardLetter(int Id, string Plan, string Number, string Unit, string Level, string IssuedOn, WarningLetterState State, string StateName);
