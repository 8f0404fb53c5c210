namespace EcoGov.Core.Supervision;

// The 月度调度通报's data (002 保障措施: 每月调度通报重点任务进展情况), composed by the application layer
// (Application.Supervision.DispatchReportService), shown by the dispatch page and laid out by Reports.Supervision.DispatchReport.

/// <summary>One lead unit's tasks by state (the counts of the dispatch report's second table).</summary>
public sealed record DispatchUnitRow(string Unit, int Completed, int OnSchedule, int DueSoon, int Overdue, int Ongoing, int NotReported)
{
    public int Total => Completed + OnSchedule + DueSoon + Overdue + Ongoing + NotReported;
}

/// <summary>A task listed by name in the report (overdue, not reported, due soon).</summary>
public sealed record DispatchTaskRow(int Seq, string Text, string LeadUnits, string Deadline, string State, string Reason);

/// <summary>A warning candidate as the report lists it.</summary>
public sealed record DispatchWarningRow(string Unit, string Level, string Reasons);

/// <summary>
/// A target figure against 序时进度: the pollutant (or water section), the period (a month, or 全年 for the year so far),
/// actual and target — concentrations, or water classes 1..6 when <paramref name="IsClass"/>.
/// </summary>
public sealed record DispatchTargetRow(string Pollutant, string Period, double Actual, double Target, string Unit, string Status, bool IsClass = false)
{
    public string ActualText => IsClass ? WarningEvaluator.ClassName(Actual) : Figure(Actual);
    public string TargetText => IsClass ? WarningEvaluator.ClassName(Target) : Figure(Target);

    private static string Figure(double x) => x.ToString("0.###", System.Globalization.CultureInfo.InvariantCulture);
}

/// <summary>A 预警函 issued for the period.</summary>
public sealed record DispatchLetterRow(string Number, string Unit, string Level, string IssuedOn, string ReplyBy, string State);

/// <summary>
/// Everything the 月度调度通报 shows, already computed (the application layer composes it from the ledger and the
/// warning rule): the report only lays it out.
/// </summary>
/// <param name="StateCounts">(state name, count) in the ledger's order: 已完成, 按期推进, 临期, 逾期, 长期坚持, 本期未报.</param>
public sealed record DispatchReportData(
    string PlanId, string PlanTitle, string DocNumber, string IssuingOffice, string Period, DateOnly AsOf, int Tasks,
    IReadOnlyList<(string State, int Count)> StateCounts, IReadOnlyList<DispatchUnitRow> Units, IReadOnlyList<DispatchTaskRow> Listed,
    IReadOnlyList<DispatchWarningRow> Warnings, IReadOnlyList<string> Notes, IReadOnlyList<DispatchTargetRow> Targets, IReadOnlyList<DispatchLetterRow> Letters,
    IReadOnlyList<string>? Foresight = null);
