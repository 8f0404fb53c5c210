using System.Text.RegularExpressions;
using EcoGov.Core;
using EcoGov.Core.Plans;
using EcoGov.Core.Text;

namespace EcoGov.Documents.Seeds;

/// <summary>
/// How document 003 (长治市上党区生态环境保护专项规划（2021-2035年）) is laid out: Word bookmarks
/// ("[bookmark: _Toc15496]") scattered through headings, paragraphs and table cells; headings
/// "一、编制背景" / "（二）规划指标体系"; two appendix tables ("附表 1…", "附表 2…") in the
/// cell-per-line layout (one cell per tab-led line, rows separated by blank lines).
/// </summary>
internal static class Doc003Layout
{
    public const string DocumentId = "003";


    /// <summary>Body headings: "六、规划重点工程" (一级) and "（二）规划指标体系" (二级).</summary>
    private static readonly Regex Heading = new(@"^([一二三四五六七八九十]+、|（[一二三四五六七八九十]+）)\S", RegexOptions.Compiled);

    private const string ChineseDigits = "一二三四五六七八九十";

    /// <summary>Removes the bookmarks and normalizes whitespace (TextNormalizer): the value as printed.</summary>
    public static string Clean(string? raw) => TextNormalizer.Normalize(SeedText.StripBookmarks(raw ?? ""));

    /// <summary>How many bookmarks the text carries, and on how many lines (for the report).</summary>
    public static (int Bookmarks, int Lines) CountBookmarks(SeedText text)
    {
        int total = 0, lines = 0;
        foreach (var line in text.Lines)
        {
            int n = SeedText.BookmarkMarker.Matches(line).Count;
            total += n;
            if (n > 0) lines++;
        }
        return (total, lines);
    }

    /// <summary>Body lines (no table cells), cleaned, with their 1-based numbers.</summary>
    public static IEnumerable<(int Line, string Text)> BodyLines(SeedText text)
    {
        for (int n = 1; n <= text.Lines.Count; n++)
        {
            var line = text.Line(n);
            if (line.Contains('\t')) continue;
            var clean = Clean(line);
            if (clean.Length > 0) yield return (n, clean);
        }
    }

    /// <summary>The first body line whose cleaned text matches <paramref name="title"/>: its line and text.</summary>
    public static (int Line, string Title) FindTitle(SeedText text, Regex title, string what)
    {
        foreach (var (n, clean) in BodyLines(text))
            if (title.IsMatch(clean)) return (n, clean);
        throw new InvalidOperationException($"文档{DocumentId}中找不到{what}");
    }

    /// <summary>
    /// The lines of the table below the title at <paramref name="titleLine"/>: from the first tab line to
    /// the line before the next body text (the next title), so that line is not read as a cell.
    /// </summary>
    public static (int First, int Last) TableExtent(SeedText text, int titleLine)
    {
        int first = titleLine + 1;
        while (first <= text.Lines.Count && !text.Line(first).StartsWith('\t'))
        {
            if (text.Line(first).Trim().Length > 0)
                throw new InvalidOperationException($"文档{DocumentId}第{titleLine}行的表题下面没有表格");
            first++;
        }
        int last = first;
        while (last < text.Lines.Count)
        {
            var next = text.Line(last + 1);
            if (!next.StartsWith('\t') && next.Trim().Length > 0) break;
            last++;
        }
        return (first, last);
    }

    /// <summary>
    /// 1-based line on which cell <paramref name="index"/> of a cell-per-line row starts. A row's first
    /// lines are often empty merged cells ("\t"), so provenance cites the line of the record's own text.
    /// </summary>
    public static int CellLine(SeedText text, TableRow row, int index)
    {
        int seen = 0;
        for (int n = row.Line; n <= text.Lines.Count; n++)
        {
            var line = text.Line(n);
            if (line.Length == 0) break;
            if (!line.StartsWith('\t')) continue;
            int cells = line.Count(c => c == '\t');
            if (seen + cells > index) return n;
            seen += cells;
        }
        return row.Line;
    }

    /// <summary>The nearest heading ("六、…" or "（二）…") above <paramref name="line"/>, cleaned; null when none.</summary>
    public static string? HeadingAbove(SeedText text, int line)
    {
        for (int n = line - 1; n >= 1; n--)
        {
            var raw = text.Line(n);
            if (raw.Contains('\t')) continue;
            var clean = Clean(raw);
            if (Heading.IsMatch(clean)) return clean;
        }
        return null;
    }

    /// <summary>The heading a body line belongs to: the line itself when it is a heading.</summary>
    public static string SectionOf(SeedText text, int line)
    {
        var clean = Clean(text.Line(line));
        return Heading.IsMatch(clean) ? clean : HeadingAbove(text, line) ?? clean;
    }

    /// <summary>"五" → 5, "十" → 10 (the counts the plan writes in words: "五大主要方面", "四个方面").</summary>
    public static int? ChineseNumber(string s) =>
        s.Length == 1 && ChineseDigits.Contains(s[0]) ? ChineseDigits.IndexOf(s[0]) + 1 : null;

    public static Provenance At(string section, int line, string? row = null) => new(DocumentId, section, line, row);

    public static SeedFinding Finding(FindingKind kind, string message, string section, int line, string? row = null) =>
        new(kind, message, At(section, line, row));
}
