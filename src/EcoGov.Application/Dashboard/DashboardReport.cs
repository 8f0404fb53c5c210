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
/// <c>demoData</c>: the air figures are computed (also) from generated demonstration data (示意数据), not monitoring.
/// </summary>
public sealed record DashboardReport(
    string Jurisdiction, string JurisdictionName, DashboardPlace? Parent, IReadOnlyList<DashboardPlace> SubJurisdictions,
    string AsOf, string AsOfBasis, int Year, bool DemoData, IReadOnlyList<DashboardPlan> Plans,
    IReadOnlyList<DashboardIndicator> Indicators, DashboardAir? Air, DashboardTasks Tasks,
    IReadOnlyList<DashboardInvestment> Investment, DashboardWarnings Warnings, IReadOnlyList<string> Notes);

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
