using System.Text;

namespace EcoGov.Core.Text;

/// <summary>
/// Normalizes cell text from the seed documents: full-width digits and signs to ASCII, runs of
/// whitespace to one space, and no space between CJK characters (the Word export splits words
/// with spaces: "水环 境质 量改 善").
/// </summary>
public static class TextNormalizer
{
    public static string Normalize(string? s)
    {
        if (string.IsNullOrEmpty(s)) return "";
        var sb = new StringBuilder(s.Length);
        foreach (var ch in s)
        {
            var c = ch switch
            {
                >= '０' and <= '９' => (char)('0' + (ch - '０')),
                '．' => '.',
                '％' => '%',
                '\u00A0' or '\u3000' or '\t' or '\r' or '\n' => ' ',
                _ => ch,
            };
            sb.Append(c);
        }
        var collapsed = string.Join(' ', sb.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries));
        return RemoveSpacesBetweenCjk(collapsed);
    }

    /// <summary>Removes a space whose neighbours are both CJK (or CJK punctuation).</summary>
    public static string RemoveSpacesBetweenCjk(string s)
    {
        if (!s.Contains(' ')) return s;
        var sb = new StringBuilder(s.Length);
        for (int i = 0; i < s.Length; i++)
        {
            if (s[i] == ' ' && i > 0 && i + 1 < s.Length && IsCjk(s[i - 1]) && IsCjk(s[i + 1])) continue;
            sb.Append(s[i]);
        }
        return sb.ToString();
    }

    public static bool IsCjk(char c) =>
        c is >= '\u4E00' and <= '\u9FFF' or >= '\u3000' and <= '\u303F' or >= '\uFF00' and <= '\uFFEF'
            or '“' or '”' or '‘' or '’' or '（' or '）' or '、';
}
