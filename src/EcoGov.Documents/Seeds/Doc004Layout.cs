using System.Text;
using System.Text.RegularExpressions;
using EcoGov.Core;
using EcoGov.Core.Plans;
using EcoGov.Core.Text;

namespace EcoGov.Documents.Seeds;

/// <summary>
/// How document 004 (稷山县“十四五”两山七河一流域…规划, 稷政发〔2022〕5号) is laid out: body headings
/// (第三节 主要目标), 专栏 boxes, an untitled tab-separated indicator table, and the whole text repeated
/// many times over (each copy opens with the letterhead 稷山县人民政府文件).
/// </summary>
public static class Doc004Layout
{
    public const string DocumentId = "004";

    public const string PlanId = "jishan-14fyp-eco";

    /// <summary>文头 the letterhead that opens every copy of the text.</summary>
    public const string Letterhead = "稷山县人民政府文件";

    /// <summary>Section name for findings about the text as a whole.</summary>
    public const string WholeText = "全文";

    /// <summary>Section name for lines before the first body heading (the issuing notice).</summary>
    public const string Notice = "印发通知";

    /// <summary>A body heading: "第三节 主要目标", "第七章 加快发展生态经济…" (目录 lines carry a tab and a page number).</summary>
    private static readonly Regex Heading = new(@"^第[一二三四五六七八九十]+[章节]\s*\S", RegexOptions.Compiled);

    /// <summary>A sub-heading such as "（一）环境质量持续改善".</summary>
    private static readonly Regex SubHeading = new(@"^（[一二三四五六七八九十]+）", RegexOptions.Compiled);

    private static readonly Regex Whitespace = new(@"\s+", RegexOptions.Compiled);

    private const string ChineseDigits = "一二三四五六七八九";

    public static bool IsHeading(string line) => !line.Contains('\t') && Heading.IsMatch(line.Trim());

    public static bool IsSubHeading(string line) => SubHeading.IsMatch(line.Trim());

    /// <summary>
    /// The nearest heading (第三节 …) or sub-heading (（二）…) above <paramref name="line"/>, not looking above
    /// <paramref name="floor"/> (the first line of the copy the line is in), normalized; <see cref="Notice"/>
    /// when there is none. The text is fragmentary, so this is the nearest heading that survived.
    /// </summary>
    public static string SectionAbove(SeedText text, int line, int floor)
    {
        for (int n = line - 1; n >= Math.Max(floor, 1); n--)
        {
            var candidate = text.Line(n);
            if (IsHeading(candidate) || (!candidate.Contains('\t') && IsSubHeading(candidate)))
                return TextNormalizer.Normalize(candidate);
        }
        return Notice;
    }

    /// <summary>Text with every whitespace removed: two copies that differ only in spacing compare equal.</summary>
    public static string Compact(string? s) => Whitespace.Replace(TextNormalizer.Normalize(s), "");

    /// <summary>"第90、426、762行" for a list of line numbers.</summary>
    public static string Lines(IEnumerable<int> lines) => "第" + string.Join("、", lines) + "行";

    /// <summary>"1–6" for a run, "1、3、5" for single numbers, runs joined by "、".</summary>
    public static string Ranges(IReadOnlyList<int> sorted)
    {
        var parts = new List<string>();
        for (int i = 0; i < sorted.Count;)
        {
            int j = i;
            while (j + 1 < sorted.Count && sorted[j + 1] == sorted[j] + 1) j++;
            parts.Add(j > i ? $"{sorted[i]}–{sorted[j]}" : sorted[i].ToString());
            i = j + 1;
        }
        return string.Join("、", parts);
    }

    /// <summary>Reads a Chinese numeral from 一 to 九十九 (chapter and section numbers).</summary>
    public static int ChineseNumber(string s)
    {
        int ten = s.IndexOf('十');
        if (ten < 0) return ChineseDigits.IndexOf(s[0]) + 1;
        int tens = ten == 0 ? 1 : ChineseDigits.IndexOf(s[ten - 1]) + 1;
        int units = ten == s.Length - 1 ? 0 : ChineseDigits.IndexOf(s[ten + 1]) + 1;
        return tens * 10 + units;
    }

    /// <summary>
    /// Where two versions of a text differ, with a few characters of context on each side:
    /// ("…县城雨污分流…", "…县城城市雨污分流…").
    /// </summary>
    public static (string A, string B) DifferingPart(string a, string b, int context = 8)
    {
        int prefix = 0;
        while (prefix < a.Length && prefix < b.Length && a[prefix] == b[prefix]) prefix++;
        int suffix = 0;
        while (suffix < a.Length - prefix && suffix < b.Length - prefix && a[^(suffix + 1)] == b[^(suffix + 1)]) suffix++;
        int from = Math.Max(0, prefix - context);
        return (Excerpt(a, from, a.Length - suffix, context), Excerpt(b, from, b.Length - suffix, context));
    }

    private static string Excerpt(string s, int from, int to, int context)
    {
        int end = Math.Min(s.Length, Math.Max(to, from) + context);
        var sb = new StringBuilder();
        if (from > 0) sb.Append('…');
        sb.Append(s, from, end - from);
        if (end < s.Length) sb.Append('…');
        return sb.ToString();
    }

    public static SeedFinding Finding(FindingKind kind, string message, string section, int line, string? row = null) =>
        new(kind, message, new Provenance(DocumentId, section, line, row));
}
