using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace EcoGov.Documents.Audit;

/// <summary>How serious a finding of the text audit is (the plan audit's severities).</summary>
public enum TextAuditLevel { Error, Warning, Info }

/// <summary>One finding of <see cref="PlanTextAuditor"/>: level, kind (camelCase), message, the section and line (1-based) it is at.</summary>
public sealed record TextAuditFinding(TextAuditLevel Level, string Kind, string Message, string Section, int Line);

/// <summary>One row of a tab-separated table: its line and its cells (trailing empty cells removed, cells trimmed).</summary>
public sealed record TextTableRow(int Line, IReadOnlyList<string> Cells)
{
    public string this[int i] => i >= 0 && i < Cells.Count ? Cells[i] : "";
}

/// <summary>
/// A table as the plain text shows it: consecutive lines holding tabs (blank lines between them bridged, as page breaks
/// leave them), from the first such line to the last. Rows are every line of it; a header is a row naming a column
/// (序号、指标、项目名称、完成时限…) — a table printed across pages repeats it.
/// </summary>
public sealed class TextTable(int firstLine, int lastLine, IReadOnlyList<TextTableRow> rows)
{
    public int FirstLine { get; } = firstLine;
    public int LastLine { get; } = lastLine;
    public IReadOnlyList<TextTableRow> Rows { get; } = rows;

    private static readonly HashSet<string> HeaderWords =
        ["序号", "类别", "指标", "指标名称", "项目名称", "具体措施", "完成时限", "牵头单位", "责任单位", "责任主体", "工作任务", "任务类别", "主要内容", "实施时间", "属性", "单位"];

    /// <summary>A header row: two cells or more that are column names.</summary>
    public static bool IsHeader(TextTableRow row) => row.Cells.Count(c => HeaderWords.Contains(Compact(c)) || Compact(c).StartsWith("投资", StringComparison.Ordinal)) >= 2;

    /// <summary>A total row: a cell reading 合计 or 总计.</summary>
    public static bool IsTotal(TextTableRow row) => row.Cells.Any(c => Compact(c) is "合计" or "总计");

    /// <summary>Text without any white space (the export splits words with spaces).</summary>
    public static string Compact(string s)
    {
        var sb = new StringBuilder(s.Length);
        foreach (var c in s) if (!char.IsWhiteSpace(c)) sb.Append(c);
        return sb.ToString();
    }
}

/// <summary>
/// A plan as plain text: its lines (1-based), the section each line is in (the nearest heading above: 第X章、第X节、
/// 附件N、表N、"一、…"), its tables, and its issue date (the date line of its 落款 or of its 印发 notice).
/// </summary>
public sealed partial class PlanTextDocument
{
    public string Name { get; }
    public IReadOnlyList<string> Lines { get; }
    public IReadOnlyList<TextTable> Tables { get; }
    public DateOnly? IssuedOn { get; }
    public int IssueDateLine { get; }
    private readonly string[] sections;

    public PlanTextDocument(string name, string text)
    {
        Name = name;
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Split('\n');
        Lines = lines;
        sections = new string[lines.Length + 1];
        var current = "正文";
        for (int n = 1; n <= lines.Length; n++)
        {
            var heading = Heading(lines[n - 1]);
            if (heading is not null) current = heading;
            sections[n] = current;
        }
        Tables = ReadTables(lines);
        (IssuedOn, IssueDateLine) = FindIssueDate(lines);
    }

    /// <summary>The text of line <paramref name="n"/> (1-based).</summary>
    public string Line(int n) => Lines[n - 1];

    /// <summary>The section line <paramref name="n"/> is in.</summary>
    public string Section(int n) => n >= 1 && n < sections.Length ? sections[n] : "正文";

    /// <summary>The table that starts first after <paramref name="line"/> and before <paramref name="before"/>, if any.</summary>
    public TextTable? TableAfter(int line, int before)
    {
        int lo = 0, hi = Tables.Count;   // the first table starting after the line (tables are in order)
        while (lo < hi)
        {
            int mid = (lo + hi) / 2;
            if (Tables[mid].FirstLine > line) hi = mid; else lo = mid + 1;
        }
        return lo < Tables.Count && Tables[lo].FirstLine < before ? Tables[lo] : null;
    }

    [GeneratedRegex(@"^\s*(?:第[一二三四五六七八九十百零〇两]+[章节]\s*\S|附件\s*\d+|附表\s*\d+|表\s*\d+|[一二三四五六七八九十]+、\s*\S|目\s*录\s*$)")]
    private static partial Regex HeadingPattern();

    /// <summary>A heading line (no tab: 目录 lines carry one), cut to 40 characters.</summary>
    private static string? Heading(string line)
    {
        if (line.Contains('\t') || !HeadingPattern().IsMatch(line)) return null;
        var t = Core.Text.TextNormalizer.Normalize(line).Trim('*');
        return t.Length > 40 ? t[..40] + "…" : t;
    }

    private static List<TextTable> ReadTables(string[] lines)
    {
        var tables = new List<TextTable>();
        int n = 0;
        while (n < lines.Length)
        {
            if (!lines[n].Contains('\t') || IsContentsLine(lines[n])) { n++; continue; }
            var rows = new List<TextTableRow>();
            int last = n;
            int i = n;
            while (i < lines.Length)
            {
                if (lines[i].Contains('\t') && !IsContentsLine(lines[i]))
                {
                    rows.Add(new TextTableRow(i + 1, Cells(lines[i])));
                    last = i;
                    i++;
                }
                else if (lines[i].Trim().Length == 0) i++;
                else break;
            }
            tables.Add(new TextTable(n + 1, last + 1, rows));
            n = i;
        }
        return tables;
    }

    private static List<string> Cells(string line)
    {
        var cells = line.Split('\t').Select(c => c.Trim()).ToList();
        while (cells.Count > 0 && cells[^1].Length == 0) cells.RemoveAt(cells.Count - 1);
        return cells;
    }

    [GeneratedRegex(@"^\s*第[一二三四五六七八九十百零〇两]+[章节]")]
    private static partial Regex ContentsStart();

    [GeneratedRegex(@"\t\s*\d{1,4}\s*$")]
    private static partial Regex PageNumberEnd();

    [GeneratedRegex(@"[.…·．]{2,}\s*\d{1,4}\s*$")]
    private static partial Regex LeaderPageNumberEnd();

    /// <summary>A line of the 目录: "第X章 title⇥page", "第X节 title⇥page", or with a dot leader "第X章 title……page".</summary>
    public static bool IsContentsLine(string line) => ContentsStart().IsMatch(line)
        && ((line.Contains('\t') && PageNumberEnd().IsMatch(line)) || LeaderPageNumberEnd().IsMatch(line));

    [GeneratedRegex(@"^\s*(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日\s*$")]
    private static partial Regex DateLine();

    [GeneratedRegex(@"(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日\s*(印发|发布)")]
    private static partial Regex IssuedPhrase();

    /// <summary>
    /// The issue date: the first line that is only a date (the 落款 of the notice, "2023 年 5 月 31 日"), or a date followed
    /// by 印发/发布 — looked for in the first 120 lines, where the notice is.
    /// </summary>
    private static (DateOnly?, int) FindIssueDate(string[] lines)
    {
        for (int n = 0; n < Math.Min(lines.Length, 120); n++)
        {
            var m = DateLine().Match(lines[n]);
            if (!m.Success) m = IssuedPhrase().Match(lines[n]);
            if (m.Success && DateOnly.TryParseExact($"{m.Groups[1].Value}-{int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture):00}-{int.Parse(m.Groups[3].Value, CultureInfo.InvariantCulture):00}",
                    "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
                return (d, n + 1);
        }
        return (null, 0);
    }
}
