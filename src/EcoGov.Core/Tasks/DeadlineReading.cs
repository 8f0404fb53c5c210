using System.Globalization;

namespace EcoGov.Core.Tasks;

/// <summary>
/// The kind of a deadline as the `deadline` command and the API name it (issue 9). The stored
/// <see cref="DeadlineKind"/> is finer (three recurring kinds); <see cref="DeadlineReader.FormOf"/> maps one to the other.
/// Serialized camelCase: "by", "from", "window", "ongoing", "recurring", "period", "anchored", "unparsed".
/// </summary>
public enum DeadlineForm
{
    /// <summary>Due by a date ("2023年4月底前", "2023年上半年", "2023年完成").</summary>
    By,
    /// <summary>A standing obligation from a date ("2023年4月1日起", "2023年开工").</summary>
    From,
    /// <summary>A window from one day to another ("2023年5-9月").</summary>
    Window,
    /// <summary>No due date ("长期坚持").</summary>
    Ongoing,
    /// <summary>Due every month, quarter or year ("每年9月底前").</summary>
    Recurring,
    /// <summary>A span of years ("2021-2025").</summary>
    Period,
    /// <summary>Tied to an event whose date is set elsewhere ("2023年采暖季前": the heating season).</summary>
    Anchored,
    /// <summary>Not understood: kept verbatim, never dropped.</summary>
    Unparsed,
}

/// <summary>How often a recurring deadline falls due.</summary>
public enum RecurrenceFrequency
{
    Monthly,
    Quarterly,
    Yearly,
}

/// <summary>
/// 定期 a recurring due rule: every month, quarter or year, by <see cref="Day"/> of <see cref="Month"/>.
/// </summary>
/// <param name="Month">The month of a yearly rule (1–12); null for monthly and quarterly rules.</param>
/// <param name="Day">
/// The day of the month; null means the last day of the month (for a quarterly rule, of the quarter's last month).
/// A day the month does not have (31 in April, 29 in a common February) falls on the month's last day.
/// </param>
public sealed record DeadlineRecurrence(RecurrenceFrequency Frequency, int? Month, int? Day)
{
    /// <summary>The first day on or after <paramref name="onOrAfter"/> on which the rule falls due.</summary>
    public DateOnly NextDue(DateOnly onOrAfter)
    {
        var (step, month) = Frequency switch
        {
            RecurrenceFrequency.Monthly => (1, onOrAfter.Month),
            RecurrenceFrequency.Quarterly => (3, (onOrAfter.Month + 2) / 3 * 3),
            _ => (12, Month ?? 12),
        };
        var first = new DateOnly(onOrAfter.Year, month, 1);
        var due = DueIn(first);
        return due >= onOrAfter ? due : DueIn(first.AddMonths(step));
    }

    private DateOnly DueIn(DateOnly monthStart) =>
        new(monthStart.Year, monthStart.Month, Math.Min(Day ?? 31, DateTime.DaysInMonth(monthStart.Year, monthStart.Month)));
}

/// <summary>One dated part of a phrase that names several ("2023年4月1日起…2025年1月1日起").</summary>
/// <param name="Text">The part as printed (trimmed).</param>
public sealed record DeadlineMilestone(string Text, DeadlineForm Kind, DateOnly? Due, DateOnly? From);

/// <summary>
/// 完成时限 a deadline phrase as the `deadline` command reports it: the text verbatim and what it means.
/// </summary>
/// <param name="Due">
/// The day by which the obligation must be met: the day itself for "by", the last day of a window or period, the day
/// before the anchor (the heating season's start) for "anchored", the first due day on or after the issue date for
/// "recurring" (null without an issue date); null for "from", "ongoing" and "unparsed". For several milestones, the
/// last milestone's.
/// </param>
/// <param name="From">The first day of a "from", "window" or "period"; for several milestones, the first milestone's that has one.</param>
/// <param name="To">The last day of a "window" or "period"; otherwise null.</param>
/// <param name="Anchor">"heating-season" for an anchored phrase; otherwise null.</param>
/// <param name="Recurrence">The due rule of a recurring phrase; otherwise null.</param>
/// <param name="Milestones">The parts of a phrase that names two or more dates, each read alone; empty otherwise.</param>
/// <param name="Notes">What the reader assumed (a year taken from the issue date, the heating-season start) or why it could not read the phrase.</param>
public sealed record DeadlineReading(
    string Text,
    DeadlineForm Kind,
    DateOnly? Due,
    DateOnly? From,
    DateOnly? To,
    string? Anchor,
    DeadlineRecurrence? Recurrence,
    IReadOnlyList<DeadlineMilestone> Milestones,
    IReadOnlyList<string> Notes);

/// <summary>
/// 采暖季开始日 the first day of a jurisdiction's heating season, as month and day; "采暖季前" falls due the day before.
/// It is set per jurisdiction; the default is 15 November.
/// </summary>
public sealed record HeatingSeasonStart
{
    public static HeatingSeasonStart Default { get; } = new(11, 15);

    public int Month { get; }
    public int Day { get; }

    /// <summary>A month and day every year has (29 February is refused).</summary>
    public HeatingSeasonStart(int month, int day)
    {
        if (!Valid(month, day))
            throw new ArgumentOutOfRangeException(nameof(day), $"{month:00}-{day:00} is not a day every year has");
        Month = month;
        Day = day;
    }

    /// <summary>The season's first day in <paramref name="year"/>.</summary>
    public DateOnly In(int year) => new(year, Month, Day);

    /// <summary>Reads "MM-DD" strictly (two digits each, a day every year has); null otherwise.</summary>
    public static HeatingSeasonStart? TryParse(string? text) =>
        text is { Length: 5 } && text[2] == '-'
        && int.TryParse(text.AsSpan(0, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var m)
        && int.TryParse(text.AsSpan(3, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var d)
        && Valid(m, d)
            ? new HeatingSeasonStart(m, d)
            : null;

    private static bool Valid(int month, int day) => month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(2023, month);

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Month:00}-{Day:00}");
}

/// <summary>
/// What the reader may assume. <paramref name="IssuedOn"/> is the plan's issue date: a phrase without a year takes its
/// year (and says so) and a recurring phrase's first due day is counted from it. <paramref name="PlanYear"/> gives the
/// year alone when no issue date is known (an extractor reading an annual plan).
/// </summary>
public sealed record DeadlineReadingOptions(
    DateOnly? IssuedOn = null,
    int? PlanYear = null,
    HeatingSeasonStart? HeatingSeasonStart = null)
{
    public static DeadlineReadingOptions None { get; } = new();
}
