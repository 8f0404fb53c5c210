using System.Globalization;
using System.Text;

namespace EcoGov.Core.Text;

/// <summary>
/// Text that came from a user's file, made safe to show: in a message (<see cref="Quote"/>: a short prefix,
/// control characters visible) or on a terminal (<see cref="EscapeControls"/>), and long error lists cut to their
/// first lines (<see cref="FirstLines"/>).
/// </summary>
public static class UserText
{
    /// <summary>How many characters of a user's value a message quotes before "…".</summary>
    public const int MaxQuotedChars = 32;

    /// <summary>How many errors a report lists before "… 另有 M 处 (and M more)".</summary>
    public const int MaxListedErrors = 20;

    /// <summary>
    /// Characters that must not reach a terminal or a log as they are: Unicode controls (Cc: C0, DEL, C1 — NUL,
    /// ESC, BEL, CR …), format characters (Cf: bidi overrides such as U+202E, zero-width characters, BOM) and the
    /// line/paragraph separators U+2028/U+2029.
    /// </summary>
    public static bool IsControl(char c) => CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.Control
        or UnicodeCategory.Format or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator;

    /// <summary>
    /// A user's value as a message quotes it: at most <see cref="MaxQuotedChars"/> characters, then "…" when longer,
    /// with control characters written as <c>\u001B</c>. The caller adds the quotation marks. Reads only the prefix,
    /// so quoting a 100 MB cell costs as little as quoting a short one.
    /// </summary>
    public static string Quote(string? value) => Quote(value.AsSpan(), value?.Length ?? 0);

    /// <summary>The first characters of a value whose full length is <paramref name="length"/> (it may be longer than the span held).</summary>
    public static string Quote(ReadOnlySpan<char> prefix, int length)
    {
        var shown = Math.Min(Math.Min(prefix.Length, length), MaxQuotedChars);
        if (shown < length && shown > 0 && char.IsHighSurrogate(prefix[shown - 1])) shown--; // do not split a pair
        var sb = new StringBuilder(shown + 8);
        AppendEscaped(sb, prefix[..shown], keepLineBreaks: false);
        if (shown < length) sb.Append('…');
        return sb.ToString();
    }

    /// <summary>
    /// The text with every control character (<see cref="IsControl"/>) written as <c>\uXXXX</c>, so printing it cannot
    /// move the cursor, change colours, ring the bell or reorder the line. With <paramref name="keepLineBreaks"/>
    /// LF and TAB are kept (multi-line messages); CR is always escaped. Returns the same string when nothing changes.
    /// </summary>
    public static string EscapeControls(string text, bool keepLineBreaks = false)
    {
        var first = -1;
        for (var i = 0; i < text.Length; i++)
            if (IsControl(text[i]) && !(keepLineBreaks && text[i] is '\n' or '\t')) { first = i; break; }
        if (first < 0) return text;
        var sb = new StringBuilder(text.Length + 16);
        sb.Append(text, 0, first);
        AppendEscaped(sb, text.AsSpan(first), keepLineBreaks);
        return sb.ToString();
    }

    private static void AppendEscaped(StringBuilder sb, ReadOnlySpan<char> text, bool keepLineBreaks)
    {
        foreach (var c in text)
        {
            if (IsControl(c) && !(keepLineBreaks && c is '\n' or '\t'))
                sb.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
            else sb.Append(c);
        }
    }

    /// <summary>"… 另有 M 处 (and M more)".</summary>
    public static string More(int more) => string.Create(CultureInfo.InvariantCulture, $"… 另有 {more} 处 (and {more} more)");

    /// <summary>
    /// The first <paramref name="max"/> of <paramref name="total"/> error lines, then <see cref="More"/> for the rest:
    /// at most max + 1 lines however many errors there were.
    /// </summary>
    public static IReadOnlyList<string> FirstLines(IEnumerable<string> lines, int total, int max = MaxListedErrors)
    {
        var shown = lines.Take(max).ToList();
        if (total > shown.Count) shown.Add(More(total - shown.Count));
        return shown;
    }
}
