namespace EcoGov.Core.Tasks;

/// <summary>
/// How a deadline phrase is to be read (plan-supervision reference §3), as stored: by name in the database and in the
/// seed JSON, so names are never renamed, only added. <see cref="DeadlineReader.FormOf"/> gives the contract kind.
/// </summary>
public enum DeadlineKind
{
    /// <summary>"2023年4月底前", "2023 年 12 月", "2023年上半年", "2023年完成": due by <see cref="DeadlinePhrase.Due"/>.</summary>
    DueBy,
    /// <summary>"2023年4月1日起", "2023年开工": a standing obligation from <see cref="DeadlinePhrase.Start"/>.</summary>
    From,
    /// <summary>"2023年5-9月": a window from the first to the last day.</summary>
    Window,
    /// <summary>"长期坚持": ongoing, no due date, reviewed each period.</summary>
    Ongoing,
    /// <summary>"2023年采暖季前": before the jurisdiction's heating season starts in <see cref="DeadlinePhrase.Year"/>.</summary>
    BeforeHeatingSeason,
    /// <summary>"每年9月底前": due each year by the given month's end (or day).</summary>
    RecurringYearly,
    /// <summary>"2021-2025": a period of years.</summary>
    YearRange,
    /// <summary>Not understood: kept verbatim and flagged, never dropped.</summary>
    Unparsed,
    /// <summary>"每月", "每月10日前": due each month.</summary>
    RecurringMonthly,
    /// <summary>"每季度", "每季度末": due by each quarter's last day.</summary>
    RecurringQuarterly,
}

/// <summary>
/// 完成时限 a deadline as printed (<see cref="Text"/>, verbatim) and as understood, in the form stored with a task.
/// The verbatim text is authoritative: <see cref="DeadlineReader.Read"/> reads it again for the full contract
/// (milestones, the recurring day, the heating-season date of a jurisdiction).
/// </summary>
/// <param name="Due">Last day for DueBy; the window's end for Window; the last day of the end year for YearRange;
/// for several milestones, the last milestone's.</param>
/// <param name="Start">First day for From/Window/YearRange; for several milestones, the first milestone's that has one.</param>
/// <param name="Year">Year for BeforeHeatingSeason.</param>
/// <param name="Month">Month for RecurringYearly.</param>
public sealed record DeadlinePhrase(
    string Text,
    DeadlineKind Kind,
    DateOnly? Start = null,
    DateOnly? Due = null,
    int? Year = null,
    int? Month = null)
{
    /// <summary>
    /// Interprets a deadline phrase; never throws; unknown phrases come back as Unparsed. A phrase
    /// without a year ("10 月底前") is read in <paramref name="planYear"/> when one is given (an annual
    /// plan's year), and is Unparsed otherwise; the caller should report that the year was supplied.
    /// </summary>
    public static DeadlinePhrase Parse(string text, int? planYear = null) =>
        DeadlineReader.Interpret(text, planYear).ToPhrase();
}
