using System.Text;
using System.Text.RegularExpressions;
using EcoGov.Core;
using EcoGov.Core.Plans;
using EcoGov.Core.Tasks;
using EcoGov.Core.Text;

namespace EcoGov.Documents.Seeds;

/// <summary>A run of lines of the document, 1-based and inclusive.</summary>
internal readonly record struct Doc002Range(int First, int Last)
{
    public bool Contains(int line) => line >= First && line <= Last;
}

/// <summary>An attachment table (附件) of 002: its printed title and its inline rows (header rows first).</summary>
internal sealed record Doc002Table(int TitleLine, string Title, IReadOnlyList<TableRow> Rows)
{
    /// <summary>Index of the header cell whose normalized text is <paramref name="header"/>, or -1.</summary>
    public int Column(string header)
    {
        if (Rows.Count == 0) return -1;
        var head = Rows[0].Cells.Select(TextNormalizer.Normalize).ToList();
        return head.IndexOf(TextNormalizer.Normalize(header));
    }
}

/// <summary>
/// Normalized text of a run of lines joined without separators (the export wraps CJK text anywhere,
/// also across page-break blank lines), with a map from character offsets back to source lines.
/// </summary>
internal sealed class Doc002Stream
{
    private readonly int[] offsets;
    private readonly int[] lines;

    public string Text { get; }

    private Doc002Stream(string text, int[] offsets, int[] lines)
    {
        Text = text;
        this.offsets = offsets;
        this.lines = lines;
    }

    public static Doc002Stream Of(SeedText text, Doc002Range range)
    {
        var sb = new StringBuilder();
        var offs = new List<int>();
        var ls = new List<int>();
        for (int n = range.First; n <= range.Last; n++)
        {
            var s = TextNormalizer.Normalize(text.Line(n));
            if (s.Length == 0) continue;
            offs.Add(sb.Length);
            ls.Add(n);
            sb.Append(s);
        }
        return new Doc002Stream(sb.ToString(), offs.ToArray(), ls.ToArray());
    }

    /// <summary>The source line holding character <paramref name="offset"/> of <see cref="Text"/>.</summary>
    public int LineAt(int offset)
    {
        if (lines.Length == 0) return 0;
        int i = Array.BinarySearch(offsets, offset);
        if (i < 0) i = ~i - 1;
        return lines[Math.Clamp(i, 0, lines.Length - 1)];
    }
}

/// <summary>
/// What every part of the 002 extraction shares: the text, the plans' year (for deadlines printed without one), the findings collected so far, and
/// helpers to locate headings and attachment tables by their printed words.
/// </summary>
internal sealed class Doc002Context(SeedText text, int planYear)
{
    /// <summary>Top-level section heading: "二、主要目标", "三、重点任务".</summary>
    public static readonly Regex TopHeading = new(@"^[一二三四五六七八九十]+、\S", RegexOptions.Compiled);

    /// <summary>"附件 1", "附件 2": the label line above an attachment's title.</summary>
    private static readonly Regex AttachmentLabel = new(@"^附件\s*(?<n>\d+)$", RegexOptions.Compiled);

    public SeedText Text { get; } = text;

    public List<SeedFinding> Findings { get; } = [];

    public Doc002Range All => new(1, Text.Lines.Count);

    /// <summary>Line <paramref name="n"/> normalized (full-width digits, spaces, CJK gaps).</summary>
    public string Norm(int n) => TextNormalizer.Normalize(Text.Line(n));

    public Provenance At(string section, int line, string? row = null) => new(Text.Id, section, line, row);

    public void Add(FindingKind kind, string message, Provenance at) => Findings.Add(new SeedFinding(kind, message, at));

    /// <summary>First line in <paramref name="range"/> whose normalized text matches, or null.</summary>
    public int? FindLine(Doc002Range range, Regex pattern)
    {
        for (int n = range.First; n <= range.Last; n++)
            if (pattern.IsMatch(Norm(n))) return n;
        return null;
    }

    /// <summary>First line in <paramref name="range"/> whose normalized text is exactly <paramref name="normalized"/>, or null.</summary>
    public int? FindExact(Doc002Range range, string normalized)
    {
        for (int n = range.First; n <= range.Last; n++)
            if (Norm(n) == normalized) return n;
        return null;
    }

    /// <summary>First line after <paramref name="after"/> (up to <paramref name="last"/>) that is not blank, or null.</summary>
    public int? NextNonBlank(int after, int last)
    {
        for (int n = after + 1; n <= last; n++)
            if (Norm(n).Length > 0) return n;
        return null;
    }

    /// <summary>
    /// The body of the top-level section whose heading matches <paramref name="heading"/>: from the line
    /// after the heading to the line before the next top-level heading (or the range end).
    /// </summary>
    public (int HeadingLine, string Heading, Doc002Range Body)? Section(Doc002Range range, Regex heading)
    {
        if (FindLine(range, heading) is not int h) return null;
        int last = range.Last;
        for (int n = h + 1; n <= range.Last; n++)
        {
            if (!TopHeading.IsMatch(Norm(n))) continue;
            last = n - 1;
            break;
        }
        return (h, Norm(h), new Doc002Range(h + 1, last));
    }

    /// <summary>
    /// Reads 附件 <paramref name="number"/> of a plan: the line "附件 N", the next non-blank line as the
    /// title, then the tab-separated rows up to the first non-blank line without a tab.
    /// </summary>
    public Doc002Table? ReadAttachment(Doc002Range range, int number)
    {
        int? labelLine = null;
        for (int n = range.First; n <= range.Last && labelLine is null; n++)
        {
            var m = AttachmentLabel.Match(Norm(n));
            if (m.Success && m.Groups["n"].Value == number.ToString(System.Globalization.CultureInfo.InvariantCulture)) labelLine = n;
        }
        if (labelLine is null) return null;
        if (NextNonBlank(labelLine.Value, range.Last) is not int titleLine) return null;
        if (NextNonBlank(titleLine, range.Last) is not int first) return null;
        int last = first;
        for (int n = first; n <= range.Last; n++)
        {
            var line = Text.Line(n);
            if (line.Contains('\t')) last = n;
            else if (line.Trim().Length > 0) break;
        }
        return new Doc002Table(titleLine, Norm(titleLine), TabTable.ReadInline(Text, first, last));
    }

    /// <summary>
    /// Parses a deadline phrase. A phrase without a year is read in the plan's year and reported
    /// (Ambiguous); a phrase the parser cannot read is kept and reported (Unparsed).
    /// </summary>
    public DeadlinePhrase ParseDeadline(string phrase, Provenance at)
    {
        var d = DeadlinePhrase.Parse(phrase);
        if (d.Kind != DeadlineKind.Unparsed) return d;
        var inPlanYear = DeadlinePhrase.Parse(phrase, planYear);
        if (inPlanYear.Kind != DeadlineKind.Unparsed)
        {
            Add(FindingKind.Ambiguous, $"完成时限“{phrase}”未写年份，按本计划年度理解为 {inPlanYear.Due:yyyy-MM-dd}，请核实。", at);
            return inPlanYear;
        }
        Add(FindingKind.Unparsed, $"完成时限“{phrase}”无法识别为具体日期（原文保留），需人工确定到期日。", at);
        return d;
    }
}
