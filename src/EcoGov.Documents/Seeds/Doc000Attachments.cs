using System.Text.RegularExpressions;
using EcoGov.Core;
using EcoGov.Core.Plans;
using EcoGov.Core.Text;

namespace EcoGov.Documents.Seeds;

/// <summary>One entry of 000's attachment list (附件：1.… 2.… 3.…).</summary>
internal sealed record Doc000Attachment(int Number, string Title, int Line);

/// <summary>
/// The attachment list of 000 (附件：1.晋城市环境管控单元图（2023年） …): gives the base year and is
/// checked against the attachment headings that follow in the text.
/// </summary>
internal static class Doc000Attachments
{
    private const string ListLabel = "附件：";
    private const string Section = "附件目录";

    private static readonly Regex Item = new(@"^(?:附件：)?\s*(\d+)\.(.+)$", RegexOptions.Compiled);
    private static readonly Regex YearSuffix = new(@"（(\d{4})年）$", RegexOptions.Compiled);

    public static IReadOnlyList<Doc000Attachment> Read(SeedText text, List<SeedFinding> findings)
    {
        var start = text.Find(ListLabel).FirstOrDefault(n => text.Line(n).TrimStart().StartsWith(ListLabel, StringComparison.Ordinal));
        if (start == 0)
        {
            findings.Add(new SeedFinding(FindingKind.Damaged, "未找到附件目录（“附件：”）。", new Provenance(text.Id, Section, 1)));
            return [];
        }
        var items = new List<Doc000Attachment>();
        for (int n = start; n <= text.Lines.Count; n++)
        {
            var line = TextNormalizer.Normalize(text.Line(n));
            if (line.Length == 0) continue;
            var m = Item.Match(line);
            if (!m.Success) break;
            items.Add(new Doc000Attachment(int.Parse(m.Groups[1].Value), m.Groups[2].Value.Trim(), n));
        }
        CheckNumbering(text, items, findings);
        return items;
    }

    private static void CheckNumbering(SeedText text, List<Doc000Attachment> items, List<SeedFinding> findings)
    {
        for (int i = 0; i < items.Count; i++)
        {
            if (items[i].Number == i + 1) continue;
            findings.Add(new SeedFinding(FindingKind.Inconsistent,
                $"附件目录编号不连续：第{i + 1}项印为“{items[i].Number}.”。",
                new Provenance(text.Id, Section, items[i].Line, $"附件{items[i].Number}")));
        }
    }

    /// <summary>The year the attachment titles carry, "（2023年）"; a finding when they disagree or carry none.</summary>
    public static int? BaseYear(IReadOnlyList<Doc000Attachment> items, List<SeedFinding> findings)
    {
        var years = items
            .Select(a => YearSuffix.Match(a.Title))
            .Where(m => m.Success)
            .Select(m => int.Parse(m.Groups[1].Value))
            .Distinct()
            .ToList();
        if (years.Count == 1) return years[0];
        if (items.Count > 0)
        {
            var message = years.Count == 0
                ? "附件标题未标注年份，无法确定成果基准年。"
                : $"附件标题标注的年份不一致（{string.Join("、", years)}），无法确定成果基准年。";
            findings.Add(new SeedFinding(FindingKind.Ambiguous, message, new Provenance("000", Section, items[0].Line)));
        }
        return null;
    }

    /// <summary>
    /// Each listed attachment should appear as a heading later in the text with the same title. A heading
    /// found without the year suffix is an inconsistency; an attachment not found at all (a map the text
    /// export could not carry) is missing content.
    /// </summary>
    public static void CheckHeadings(SeedText text, IReadOnlyList<Doc000Attachment> items, List<SeedFinding> findings)
    {
        if (items.Count == 0) return;
        int after = items[^1].Line;
        foreach (var a in items)
        {
            var row = $"附件{a.Number}";
            if (FindHeading(text, after, a.Title) > 0) continue;
            var bare = YearSuffix.Replace(a.Title, "");
            var line = FindHeading(text, after, bare);
            if (line > 0)
                findings.Add(new SeedFinding(FindingKind.Inconsistent,
                    $"{row}正文标题为“{bare}”，与附件目录所列“{a.Title}”不一致（缺少年份）。",
                    new Provenance(text.Id, SectionName(text, line, row, bare), line, row)));
            else
                findings.Add(new SeedFinding(FindingKind.Damaged,
                    $"附件目录列有{row}“{a.Title}”，但文本中没有该附件（图件未随文本导出），管控单元边界无法从本文本获得。",
                    new Provenance(text.Id, Section, a.Line, row)));
        }
    }

    /// <summary>A heading's section name, with the attachment label when it is printed on the line above ("附件3 …").</summary>
    private static string SectionName(SeedText text, int line, string label, string title) =>
        line > 1 && TextNormalizer.Normalize(text.Line(line - 1)) == label ? $"{label} {title}" : title;

    /// <summary>The first line after <paramref name="after"/> whose first cell (bookmarks removed) is <paramref name="title"/>.</summary>
    private static int FindHeading(SeedText text, int after, string title)
    {
        for (int n = after + 1; n <= text.Lines.Count; n++)
        {
            var firstCell = SeedText.StripBookmarks(text.Line(n)).Split('\t')[0];
            if (TextNormalizer.Normalize(firstCell) == title) return n;
        }
        return 0;
    }
}
