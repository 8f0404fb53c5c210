using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using EcoGov.Core.Text;

namespace EcoGov.Core;

/// <summary>
/// The one parser of dates that people type as options and query parameters (<c>--from</c>, <c>--as-of</c>, <c>asOf</c>,
/// …): exactly <c>yyyy-MM-dd</c> with ASCII digits (surrounding white space ignored), and a day that exists
/// (<c>2023-02-30</c> is refused, not rolled over). <c>2023/1/1</c>, <c>20230101</c>, <c>2023-1-1</c> and times are
/// refused, so the web and the CLI accept the same dates. Years outside 1900–2100 are refused (<see cref="MinYear"/>).
/// Cells of monitoring data files are another matter: their readers may accept the variants that monitoring exports
/// use (see <c>AirCsvReader.ParseDate</c>).
/// </summary>
public static class CalendarDate
{
    public const string Format = "yyyy-MM-dd";

    /// <summary>
    /// Parses <paramref name="text"/>; on failure <paramref name="error"/> says why in Chinese and English, quoting a
    /// short prefix of the value. The message names no field: the caller knows which one it was.
    /// </summary>
    public static bool TryParse(string? text, out DateOnly date, [NotNullWhen(false)] out string? error)
    {
        var ok = TryParseCore(text, out date, out var message);
        error = message?.Bilingual;
        return ok;
    }

    /// <summary>
    /// Parses <paramref name="text"/>; on failure <paramref name="error"/> says why (<see cref="CoreText.DateRequired"/>,
    /// <see cref="CoreText.DateMalformed"/>, <see cref="CoreText.DateNotInCalendar"/>, <see cref="CoreText.DateYearOutOfRange"/>).
    /// </summary>
    private static bool TryParseCore(string? text, out DateOnly date, [NotNullWhen(false)] out Message? error)
    {
        date = default;
        var s = (text ?? "").AsSpan().Trim();
        if (s.Length == 0)
        {
            error = CoreText.DateRequired();
            return false;
        }
        if (s.Length != 10 || s[4] != '-' || s[7] != '-' || !Digits(s[..4]) || !Digits(s.Slice(5, 2)) || !Digits(s.Slice(8, 2)))
        {
            error = CoreText.DateMalformed(UserText.Quote(text));
            return false;
        }
        int year = Number(s[..4]), month = Number(s.Slice(5, 2)), day = Number(s.Slice(8, 2));
        if (year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            error = CoreText.DateNotInCalendar(s.ToString());
            return false;
        }
        if (year is < MinYear or > MaxYear)
        {
            error = CoreText.DateYearOutOfRange(s.ToString(), MinYear, MaxYear);
            return false;
        }
        date = new DateOnly(year, month, day);
        error = null;
        return true;
    }

    /// <summary>
    /// The years a typed date may have. Plans, monitoring data and deadlines all fall well inside them; a date outside is a
    /// typo — and 0001-01-01 or 9999-12-31 would overflow the day arithmetic (previous day, next day) of every period
    /// evaluation, or ask it to allocate for millions of days.
    /// </summary>
    public const int MinYear = 1900, MaxYear = 2100;

    /// <summary>A date as <c>yyyy-MM-dd</c>, whatever the current culture.</summary>
    public static string ToText(this DateOnly date) => date.ToString(Format, CultureInfo.InvariantCulture);

    private static bool Digits(ReadOnlySpan<char> s)
    {
        foreach (var c in s)
            if (!char.IsAsciiDigit(c)) return false;
        return true;
    }

    private static int Number(ReadOnlySpan<char> s)
    {
        var n = 0;
        foreach (var c in s) n = n * 10 + (c - '0');
        return n;
    }
}
