using System.Globalization;
using System.Text.RegularExpressions;
using EcoGov.Core.Text;

namespace EcoGov.Core.Tasks;

/// <summary>How a deadline phrase is to be read (plan-supervision reference §3).</summary>
public enum DeadlineKind
{
    /// <summary>"2023年4月底前", "2023 年 12 月": due by the last day of the month.</summary>
    DueBy,
    /// <summary>"2023年4月1日起": a standing obligation from that date.</summary>
    From,
    /// <summary>"2023年5-9月": a window from the first to the last day.</summary>
    Window,
    /// <summary>"长期坚持": ongoing, no due date, reviewed each period.</summary>
    Ongoing,
    /// <summary>"2023年采暖季前": before the jurisdiction's heating season starts.</summary>
    BeforeHeatingSeason,
    /// <summary>"每年9月底前": due each year by the given month's end.</summary>
    RecurringYearly,
    /// <summary>"2021-2025": a period of years.</summary>
    YearRange,
    /// <summary>Not understood: kept verbatim and flagged, never dropped.</summary>
    Unparsed,
}

/// <summary>
/// 完成时限 a deadline as printed (<see cref="Text"/>, verbatim) and as understood.
/// </summary>
/// <param name="Due">Last day for DueBy; the window's end for Window; the last day of the end year for YearRange.</param>
/// <param name="Start">First day for From/Window/YearRange.</param>
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
    private static readonly Regex MonthEnd = new(@"^(?<y>[0-9]{4})年(?<m>[0-9]{1,2})月(底前|底|前|末|份)?(完成)?$", RegexOptions.Compiled);
    private static readonly Regex YearEnd = new(@"^(?<y>[0-9]{4})年(底前|底|年底前|年内|末)$", RegexOptions.Compiled);
    private static readonly Regex DayFrom = new(@"^(?<y>[0-9]{4})年(?<m>[0-9]{1,2})月(?<d>[0-9]{1,2})日起$", RegexOptions.Compiled);
    private static readonly Regex DayBy = new(@"^(?<y>[0-9]{4})年(?<m>[0-9]{1,2})月(?<d>[0-9]{1,2})日(前|之前)$", RegexOptions.Compiled);
    private static readonly Regex MonthWindow = new(@"^(?<y>[0-9]{4})年(?<m1>[0-9]{1,2})[-—－~～至](?<m2>[0-9]{1,2})月$", RegexOptions.Compiled);
    private static readonly Regex Years = new(@"^(?<y1>[0-9]{4})\s*[-—－~～至]\s*(?<y2>[0-9]{4})年?$", RegexOptions.Compiled);
    private static readonly Regex Heating = new(@"^(?<y>[0-9]{4})年(冬季)?采暖季(前|之前|开始前)$", RegexOptions.Compiled);
    private static readonly Regex Yearly = new(@"^每年(?<m>[0-9]{1,2})月(底前|底|前|末)$", RegexOptions.Compiled);
    private static readonly Regex MonthEndNoYear = new(@"^(?<m>[0-9]{1,2})月(底前|底|前|末)$", RegexOptions.Compiled);

    /// <summary>
    /// Interprets a deadline phrase; never throws; unknown phrases come back as Unparsed. A phrase
    /// without a year ("10 月底前") is read in <paramref name="planYear"/> when one is given (an annual
    /// plan's year), and is Unparsed otherwise; the caller should report that the year was supplied.
    /// </summary>
    public static DeadlinePhrase Parse(string text, int? planYear = null)
    {
        var verbatim = text.Trim();
        var t = TextNormalizer.Normalize(verbatim).Replace(" ", "");
        if (t is "长期坚持" or "长期" or "持续推进" or "长期推进") return new(verbatim, DeadlineKind.Ongoing);

        Match m;
        if ((m = MonthEnd.Match(t)).Success && TryMonth(m, "y", "m", out var y, out var mo))
            return new(verbatim, DeadlineKind.DueBy, Due: LastDay(y, mo));
        if ((m = YearEnd.Match(t)).Success && Int(m, "y") >= 1)
            return new(verbatim, DeadlineKind.DueBy, Due: new DateOnly(Int(m, "y"), 12, 31));
        if ((m = DayFrom.Match(t)).Success && TryDate(m, out var d))
            return new(verbatim, DeadlineKind.From, Start: d);
        if ((m = DayBy.Match(t)).Success && TryDate(m, out d))
            return new(verbatim, DeadlineKind.DueBy, Due: d);
        if ((m = MonthWindow.Match(t)).Success)
        {
            int yy = Int(m, "y"), m1 = Int(m, "m1"), m2 = Int(m, "m2");
            if (yy >= 1 && m1 is >= 1 and <= 12 && m2 is >= 1 and <= 12 && m1 <= m2)
                return new(verbatim, DeadlineKind.Window, Start: new DateOnly(yy, m1, 1), Due: LastDay(yy, m2));
        }
        if ((m = Years.Match(t)).Success)
        {
            int y1 = Int(m, "y1"), y2 = Int(m, "y2");
            if (y1 >= 1 && y1 <= y2)
                return new(verbatim, DeadlineKind.YearRange, Start: new DateOnly(y1, 1, 1), Due: new DateOnly(y2, 12, 31));
        }
        if ((m = Heating.Match(t)).Success && Int(m, "y") >= 1)
            return new(verbatim, DeadlineKind.BeforeHeatingSeason, Year: Int(m, "y"));
        if ((m = Yearly.Match(t)).Success && Int(m, "m") is >= 1 and <= 12)
            return new(verbatim, DeadlineKind.RecurringYearly, Month: Int(m, "m"));
        if (planYear is { } py && (m = MonthEndNoYear.Match(t)).Success && Int(m, "m") is >= 1 and <= 12)
            return new(verbatim, DeadlineKind.DueBy, Due: LastDay(py, Int(m, "m")));

        return new(verbatim, DeadlineKind.Unparsed);
    }

    private static int Int(Match m, string g) => int.Parse(m.Groups[g].Value, CultureInfo.InvariantCulture);

    private static bool TryMonth(Match m, string yg, string mg, out int y, out int mo)
    {
        y = Int(m, yg);
        mo = Int(m, mg);
        return y >= 1 && mo is >= 1 and <= 12;
    }

    private static bool TryDate(Match m, out DateOnly d)
    {
        d = default;
        int y = Int(m, "y"), mo = Int(m, "m"), day = Int(m, "d");
        if (y < 1 || mo is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(y, mo)) return false;
        d = new DateOnly(y, mo, day);
        return true;
    }

    private static DateOnly LastDay(int y, int m) => new(y, m, DateTime.DaysInMonth(y, m));
}
