using EcoGov.Core.Tasks;
using System.Globalization;

namespace EcoGov.Core.Supervision;

/// <summary>进展状态 what a report says of the work (issue 9 item 4). Stored by name.</summary>
public enum WorkStatus
{
    /// <summary>未启动</summary>
    NotStarted,
    /// <summary>推进中</summary>
    InProgress,
    /// <summary>已完成</summary>
    Completed,
    /// <summary>受阻</summary>
    Blocked,
}

/// <summary>审核状态 where a report version stands with the plan office. Stored by name.</summary>
public enum ReviewState
{
    /// <summary>待审核: submitted, not yet reviewed; visible to its department, the plan office and leaders only.</summary>
    Submitted,
    /// <summary>已采纳: accepted by the plan office; published to everyone of the jurisdiction.</summary>
    Accepted,
    /// <summary>已退回: returned with a comment; the department revises it as a new version.</summary>
    Returned,
}

/// <summary>填报角色 whether a department reports as the lead unit or adds its part as a cooperating unit.</summary>
public enum ReportPart
{
    /// <summary>牵头单位</summary>
    Lead,
    /// <summary>配合单位</summary>
    Cooperating,
}

/// <summary>Display names of the supervision enums, in one place (the pages, the CLI's tables and the .json "…Name" fields; the rules' frequencies and levels too).</summary>
public static class SupervisionNames
{
    public static string Of(WorkStatus s) => s switch
    {
        WorkStatus.NotStarted => "未启动",
        WorkStatus.InProgress => "推进中",
        WorkStatus.Completed => "已完成",
        WorkStatus.Blocked => "受阻",
        _ => throw new ArgumentOutOfRangeException(nameof(s)),
    };

    public static string Of(ReviewState s) => s switch
    {
        ReviewState.Submitted => "待审核",
        ReviewState.Accepted => "已采纳",
        ReviewState.Returned => "已退回",
        _ => throw new ArgumentOutOfRangeException(nameof(s)),
    };

    public static string Of(ReportPart p) => p switch
    {
        ReportPart.Lead => "牵头",
        ReportPart.Cooperating => "配合",
        _ => throw new ArgumentOutOfRangeException(nameof(p)),
    };

    public static string Of(TaskState s) => s switch
    {
        TaskState.Completed => "已完成",
        TaskState.OnSchedule => "按期推进",
        TaskState.DueSoon => "临期",
        TaskState.Overdue => "逾期",
        TaskState.Ongoing => "长期坚持",
        TaskState.NotReported => "本期未报",
        _ => throw new ArgumentOutOfRangeException(nameof(s)),
    };

    public static string Of(TrafficLight l) => l switch
    {
        TrafficLight.Green => "绿",
        TrafficLight.Yellow => "黄",
        TrafficLight.Red => "红",
        _ => throw new ArgumentOutOfRangeException(nameof(l)),
    };

    public static string Of(SupervisionFrequency f) => f switch
    {
        SupervisionFrequency.Monthly => "每月",
        SupervisionFrequency.Quarterly => "每季度",
        SupervisionFrequency.Yearly => "每年",
        _ => "定期",
    };

    public static string Of(SupervisionLevel l) => l switch
    {
        SupervisionLevel.WarningLetter => "预警函",
        SupervisionLevel.Interview => "约谈",
        SupervisionLevel.SpecialInspection => "专项督察",
        SupervisionLevel.ListedSupervision => "挂牌督办",
        _ => "问责",
    };

    public static string Of(RecurrenceFrequency f) => f switch
    {
        RecurrenceFrequency.Monthly => "每月",
        RecurrenceFrequency.Quarterly => "每季度",
        _ => "每年",
    };

    /// <summary>Reads a status as typed: the stored name in camelCase or kebab-case (<c>in-progress</c>) or the Chinese name.</summary>
    public static WorkStatus? ParseStatus(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var t = text.Trim();
        foreach (var s in Enum.GetValues<WorkStatus>())
        {
            if (t == Of(s) || string.Equals(t.Replace("-", "", StringComparison.Ordinal), s.ToString(), StringComparison.OrdinalIgnoreCase))
                return s;
        }
        return null;
    }
}

/// <summary>
/// 填报期 a reporting period: one calendar month (reports are made monthly, 002 保障措施 line 96 每月调度). Written
/// <c>yyyy-MM</c>. Reports for a month are due by its last day; on a day D the period whose report is expected is the
/// latest month that has ended on or before D (<see cref="DueOn"/>).
/// </summary>
public readonly record struct ReportingPeriod(int Year, int Month) : IComparable<ReportingPeriod>
{
    public DateOnly FirstDay => new(Year, Month, 1);
    public DateOnly LastDay => new(Year, Month, DateTime.DaysInMonth(Year, Month));

    public static ReportingPeriod Of(DateOnly day) => new(day.Year, day.Month);

    /// <summary>
    /// The period whose report is due on <paramref name="day"/>: its own month on the month's last day, otherwise the
    /// month before (on 2023-06-30 it is 2023-06; on 2023-06-15, 2023-05).
    /// </summary>
    public static ReportingPeriod DueOn(DateOnly day) =>
        day == Of(day).LastDay ? Of(day) : Of(day).Previous();

    public ReportingPeriod Previous() => Month == 1 ? new(Year - 1, 12) : new(Year, Month - 1);

    /// <summary>Reads <c>yyyy-MM</c> strictly (four-digit year 1900–2100, two-digit month); null otherwise.</summary>
    public static ReportingPeriod? TryParse(string? text)
    {
        if (text is not { Length: 7 } || text[4] != '-') return null;
        if (!int.TryParse(text.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var y)
            || !int.TryParse(text.AsSpan(5, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var m))
            return null;
        return y is >= CalendarDate.MinYear and <= CalendarDate.MaxYear && m is >= 1 and <= 12 ? new ReportingPeriod(y, m) : null;
    }

    public int CompareTo(ReportingPeriod other) => (Year * 12 + Month).CompareTo(other.Year * 12 + other.Month);

    public static bool operator <(ReportingPeriod a, ReportingPeriod b) => a.CompareTo(b) < 0;
    public static bool operator >(ReportingPeriod a, ReportingPeriod b) => a.CompareTo(b) > 0;
    public static bool operator <=(ReportingPeriod a, ReportingPeriod b) => a.CompareTo(b) <= 0;
    public static bool operator >=(ReportingPeriod a, ReportingPeriod b) => a.CompareTo(b) >= 0;

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Year:0000}-{Month:00}");
}

/// <summary>The bounds of what a report may carry (issue 9 item 4: evidence bounded in size and type).</summary>
public static class ProgressReportLimits
{
    public const int TextChars = 4000;
    public const int CommentChars = 1000;
    public const int FileNameChars = 200;
    public const int FilesPerReport = 10;
    /// <summary>One evidence file: 20 MB.</summary>
    public const long FileBytes = 20L * 1024 * 1024;

    /// <summary>The evidence types accepted, by extension, with the content type they are served as.</summary>
    public static IReadOnlyDictionary<string, string> FileTypes { get; } = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        [".pdf"] = "application/pdf",
        [".jpg"] = "image/jpeg",
        [".jpeg"] = "image/jpeg",
        [".png"] = "image/png",
        [".docx"] = "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        [".xlsx"] = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        [".txt"] = "text/plain; charset=utf-8",
    };
}
