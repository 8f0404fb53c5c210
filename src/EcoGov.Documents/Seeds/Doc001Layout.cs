using System.Text.RegularExpressions;
using EcoGov.Core;
using EcoGov.Core.Plans;
using EcoGov.Core.Text;

namespace EcoGov.Documents.Seeds;

/// <summary>
/// How document 001 (晋城市“十四五”生态环境保护规划) is laid out: table titles ("表1 …", "表 2 …"),
/// chapter and section headings (第十二章, 第三节) and the tab-separated table rows below a header.
/// </summary>
internal static class Doc001Layout
{
    public const string DocumentId = "001";

    private static readonly Regex TableTitle = new(@"^表\s*(?<n>\d+)\s+\S", RegexOptions.Compiled);

    private static readonly Regex TableTitleSpace = new(@"^表\s+(?=\d)", RegexOptions.Compiled);

    /// <summary>A body heading: "第十二章 重大工程项目", "第三节 规划目标" (the 目录 lines carry a tab and a page number).</summary>
    private static readonly Regex Heading = new(@"^第[一二三四五六七八九十]+[章节]\s*\S", RegexOptions.Compiled);

    private static readonly Regex Chapter = new(@"^第[一二三四五六七八九十]+章\s*\S", RegexOptions.Compiled);

    /// <summary>The number part of a heading, kept apart from its title: "第十二章 重大工程项目".</summary>
    private static readonly Regex HeadingNumber = new(@"^(第[一二三四五六七八九十]+[章节])\s*", RegexOptions.Compiled);

    /// <summary>1-based line of the title of table <paramref name="number"/> ("表1 …" or "表 2 …").</summary>
    public static int FindTableTitle(SeedText text, int number)
    {
        for (int n = 1; n <= text.Lines.Count; n++)
        {
            var m = TableTitle.Match(text.Line(n));
            if (m.Success && int.Parse(m.Groups["n"].Value) == number) return n;
        }
        throw new InvalidOperationException($"文档{DocumentId}中找不到表{number}的标题");
    }

    /// <summary>A title as printed, whitespace-normalized: "表 2 晋城市…" → "表2 晋城市…".</summary>
    public static string NormalizeTitle(string line) =>
        TableTitleSpace.Replace(TextNormalizer.Normalize(line), "表");

    /// <summary>The first line after <paramref name="after"/> that holds table cells (a tab).</summary>
    public static int FirstTabLine(SeedText text, int after)
    {
        for (int n = after + 1; n <= text.Lines.Count; n++)
        {
            var line = text.Line(n);
            if (line.Contains('\t')) return n;
            if (line.Trim().Length > 0) break;
        }
        throw new InvalidOperationException($"文档{DocumentId}第{after}行之后找不到表头");
    }

    /// <summary>The last line of the run of tab lines that starts at <paramref name="first"/>.</summary>
    public static int LastTabLine(SeedText text, int first)
    {
        int n = first;
        while (n < text.Lines.Count && text.Line(n + 1).Contains('\t')) n++;
        return n;
    }

    /// <summary>The nearest body heading (章 or 节) above <paramref name="line"/>: its line and normalized title.</summary>
    public static (int Line, string Title)? HeadingAbove(SeedText text, int line) => FindAbove(text, line, Heading);

    /// <summary>The nearest chapter heading (第…章) above <paramref name="line"/>: its line and normalized title.</summary>
    public static (int Line, string Title)? ChapterAbove(SeedText text, int line) => FindAbove(text, line, Chapter);

    private static (int Line, string Title)? FindAbove(SeedText text, int line, Regex heading)
    {
        for (int n = line - 1; n >= 1; n--)
        {
            var l = text.Line(n);
            if (!l.Contains('\t') && heading.IsMatch(l)) return (n, NormalizeHeading(l));
        }
        return null;
    }

    /// <summary>"第十二章 重大工程项目" stays "第十二章 重大工程项目" (the normalizer would join the CJK words).</summary>
    public static string NormalizeHeading(string line) => HeadingNumber.Replace(TextNormalizer.Normalize(line), "$1 ");

    public static Provenance At(string section, int line, string? row = null) => new(DocumentId, section, line, row);

    public static SeedFinding Finding(FindingKind kind, string message, string section, int line, string? row = null) =>
        new(kind, message, At(section, line, row));
}
