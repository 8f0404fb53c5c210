using System.Text.RegularExpressions;
using EcoGov.Core.Plans;
using EcoGov.Core.Text;

namespace EcoGov.Documents.Seeds;

/// <summary>
/// Damage in the running text of document 001 that the Word export left behind: formula markup
/// ("$1.0\text{m}^3/\text{s}$") and English words in the Chinese text ("应急管理 and 风险防控").
/// </summary>
internal static class Doc001ProseChecks
{
    /// <summary>An inline formula with markup commands: "$1.0\text{m}^3/\text{s}$".</summary>
    private static readonly Regex FormulaMarkup = new(@"\$[^$]*\\[A-Za-z]+[^$]*\$", RegexOptions.Compiled);

    /// <summary>A lower-case English word of three letters or more (acronyms such as VOCs, GPS, APP are upper-case).</summary>
    private static readonly Regex EnglishWord = new(@"(?<![A-Za-z\\])[a-z]{3,}(?![A-Za-z])", RegexOptions.Compiled);

    private static readonly Regex BodyStart = new(@"^第一章\s*\S", RegexOptions.Compiled);

    public static void Check(SeedText text, List<SeedFinding> findings)
    {
        for (int n = FirstBodyLine(text); n <= text.Lines.Count; n++)
        {
            var line = text.Line(n);
            if (line.Contains('\t') || line.Trim().Length == 0) continue;
            var section = Doc001Layout.HeadingAbove(text, n)?.Title ?? "正文";
            CheckFormula(line, n, section, findings);
            CheckEnglish(line, n, section, findings);
        }
    }

    /// <summary>The first line of the body: the 第一章 heading that carries no tab (目录 lines do).</summary>
    private static int FirstBodyLine(SeedText text)
    {
        for (int n = 1; n <= text.Lines.Count; n++)
            if (!text.Line(n).Contains('\t') && BodyStart.IsMatch(text.Line(n))) return n;
        return 1;
    }

    private static void CheckFormula(string line, int n, string section, List<SeedFinding> findings)
    {
        var formulas = FormulaMarkup.Matches(line).Select(m => m.Value).ToList();
        if (formulas.Count == 0) return;
        findings.Add(Doc001Layout.Finding(FindingKind.Damaged,
            $"第{n}行（{section}）含导出残留的公式排版标记：{string.Join("、", formulas.Select(f => $"“{f}”"))}（如“1.0\\text{{m}}^3/\\text{{s}}”应为“1.0 m³/s”）。",
            section, n));
    }

    private static void CheckEnglish(string line, int n, string section, List<SeedFinding> findings)
    {
        var prose = FormulaMarkup.Replace(line, " ");
        foreach (Match m in EnglishWord.Matches(prose))
        {
            var context = TextNormalizer.Normalize(Around(prose, m.Index, m.Length));
            findings.Add(Doc001Layout.Finding(FindingKind.Damaged,
                $"第{n}行（{section}）的中文正文中夹有英文词“{m.Value}”（“{context}”），疑为导出或翻译错误，原意应为中文。",
                section, n));
        }
    }

    private static string Around(string s, int index, int length)
    {
        int from = Math.Max(0, index - 8);
        int to = Math.Min(s.Length, index + length + 8);
        return s[from..to];
    }
}
