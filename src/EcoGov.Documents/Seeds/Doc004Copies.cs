using EcoGov.Core.Plans;
using EcoGov.Core.Text;

namespace EcoGov.Documents.Seeds;

/// <summary>One copy (副本) of document 004's repeated text: lines <see cref="First"/>..<see cref="Last"/>.</summary>
/// <param name="Number">1-based, in document order.</param>
public sealed record Doc004Copy(int Number, int First, int Last)
{
    public bool Contains(int line) => line >= First && line <= Last;
}

/// <summary>
/// The repetition of document 004: the export holds the whole text (notice, contents, plan) many
/// times over. Each copy opens with the letterhead; copies are compared line by line (non-blank lines,
/// spacing ignored) so that wording that differs between copies is reported, not silently dropped.
/// </summary>
public static class Doc004Copies
{
    /// <summary>The copies, each from its letterhead to the last non-blank line before the next one.</summary>
    public static IReadOnlyList<Doc004Copy> Map(SeedText text)
    {
        var starts = text.Find(Doc004Layout.Letterhead)
            .Where(n => TextNormalizer.Normalize(text.Line(n)) == Doc004Layout.Letterhead)
            .ToList();
        if (starts.Count == 0)
            throw new InvalidOperationException($"文档{Doc004Layout.DocumentId}中找不到文头“{Doc004Layout.Letterhead}”");

        var copies = new List<Doc004Copy>();
        for (int i = 0; i < starts.Count; i++)
        {
            int last = i + 1 < starts.Count ? starts[i + 1] - 1 : text.Lines.Count;
            while (last > starts[i] && string.IsNullOrWhiteSpace(text.Line(last))) last--;
            copies.Add(new Doc004Copy(i + 1, starts[i], last));
        }
        return copies;
    }

    /// <summary>The copy that holds <paramref name="line"/>.</summary>
    public static Doc004Copy Of(IReadOnlyList<Doc004Copy> copies, int line) =>
        copies.LastOrDefault(c => c.First <= line) ?? copies[0];

    /// <summary>重复 the whole text repeated: one finding with every copy's line range.</summary>
    public static SeedFinding RepetitionFinding(IReadOnlyList<Doc004Copy> copies)
    {
        var ranges = string.Join("、", copies.Select(c => $"第{c.First}–{c.Last}行"));
        return Doc004Layout.Finding(FindingKind.Duplicated,
            $"全文（印发通知、目录片段和规划正文）在导出文本中重复出现{copies.Count}次：{ranges}。" +
            "各副本只取一次：记录以第一次出现为准，各副本间的差异另行列出。",
            Doc004Layout.WholeText, copies[0].First, $"副本1–{copies.Count}");
    }

    /// <summary>
    /// Compares every later copy with the first, non-blank line by non-blank line, spacing ignored.
    /// Lines in <paramref name="consumed"/> (table rows, 专栏 items: compared record by record by their
    /// readers) are skipped. One Inconsistent finding per first-copy line and differing version.
    /// </summary>
    public static void CompareWithFirst(SeedText text, IReadOnlyList<Doc004Copy> copies, IReadOnlySet<int> consumed,
        List<SeedFinding> findings)
    {
        var first = NonBlankLines(text, copies[0]);
        // first-copy line → version text → lines of the copies that print that version
        var variants = new SortedDictionary<int, Dictionary<string, List<int>>>();
        foreach (var copy in copies.Skip(1))
        {
            var other = NonBlankLines(text, copy);
            if (other.Count != first.Count)
            {
                findings.Add(Doc004Layout.Finding(FindingKind.Damaged,
                    $"第{copy.Number}份副本（第{copy.First}–{copy.Last}行）有{other.Count}个非空行，第一份有{first.Count}个，无法逐行比对。",
                    Doc004Layout.WholeText, copy.First));
                continue;
            }
            for (int i = 0; i < first.Count; i++)
            {
                if (consumed.Contains(first[i])) continue;
                var version = Doc004Layout.Compact(text.Line(other[i]));
                if (version == Doc004Layout.Compact(text.Line(first[i]))) continue;
                if (!variants.TryGetValue(first[i], out var byVersion)) variants[first[i]] = byVersion = [];
                if (!byVersion.TryGetValue(version, out var lines)) byVersion[version] = lines = [];
                lines.Add(other[i]);
            }
        }
        foreach (var (line, byVersion) in variants)
            foreach (var (version, lines) in byVersion)
                findings.Add(VariantFinding(text, copies[0], line, version, lines));
    }

    private static SeedFinding VariantFinding(SeedText text, Doc004Copy firstCopy, int line, string version, List<int> lines)
    {
        var (original, changed) = Doc004Layout.DifferingPart(Doc004Layout.Compact(text.Line(line)), version);
        return Doc004Layout.Finding(FindingKind.Inconsistent,
            $"正文各副本不一致：第{line}行（第一份）作“{original}”，{Doc004Layout.Lines(lines)}作“{changed}”。以第一份为准。",
            Doc004Layout.SectionAbove(text, line, firstCopy.First), line);
    }

    private static List<int> NonBlankLines(SeedText text, Doc004Copy copy) =>
        Enumerable.Range(copy.First, copy.Last - copy.First + 1)
            .Where(n => !string.IsNullOrWhiteSpace(text.Line(n)))
            .ToList();
}
