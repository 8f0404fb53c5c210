using System.Text.RegularExpressions;
using EcoGov.Core.Plans;
using EcoGov.Core.Text;

namespace EcoGov.Documents.Seeds;

/// <summary>
/// Damage in document 004's running text, checked on the first copy (later copies are compared with it
/// by <see cref="Doc004Copies"/>): a 目录 that starts part-way, paragraphs cut off mid-sentence, and
/// typesetting markup (PM_{2.5}) left in the text.
/// </summary>
public static class Doc004ProseChecks
{
    /// <summary>A 目录 line: "第二节\t深化工业多污染物协同减排\t31".</summary>
    private static readonly Regex ContentsLine = new(@"^第(?<n>[一二三四五六七八九十]+)(?<level>[章节])\t(?<title>[^\t]+)\t(?<page>\d+)$", RegexOptions.Compiled);

    private static readonly Regex FirstChapter = new(@"^第一章\s*\S", RegexOptions.Compiled);

    private const string SentenceEnds = "。！？";

    public static void Check(SeedText text, Doc004Copy copy, IReadOnlySet<int> consumed, List<SeedFinding> findings)
    {
        CheckContents(text, copy, findings);
        int body = FirstBodyLine(text, copy);
        CheckCutParagraphs(text, copy, body, consumed, findings);
        CheckMarkup(text, copy, body, consumed, findings);
    }

    /// <summary>Damaged: the 目录 does not open with 第一章 (its title and first entries are missing).</summary>
    private static void CheckContents(SeedText text, Doc004Copy copy, List<SeedFinding> findings)
    {
        var entries = Enumerable.Range(copy.First, copy.Last - copy.First + 1)
            .Select(n => (Line: n, Match: ContentsLine.Match(text.Line(n).Trim())))
            .Where(e => e.Match.Success)
            .ToList();
        if (entries.Count == 0) return;
        var (line, first) = entries[0];
        if (first.Groups["level"].Value == "章" && first.Groups["n"].Value == "一") return;

        var firstEntry = $"第{first.Groups["n"].Value}{first.Groups["level"].Value}";
        var chapter = entries.Select(e => e.Match).FirstOrDefault(m => m.Groups["level"].Value == "章");
        int previous = chapter is null ? 0 : Doc004Layout.ChineseNumber(chapter.Groups["n"].Value) - 1;
        var lost = previous < 1
            ? "此前的条目"
            : $"第一章至第{ToChinese(previous)}章的条目（第{ToChinese(previous)}章只剩从{firstEntry}起的条目）";
        findings.Add(Doc004Layout.Finding(FindingKind.Damaged,
            $"目录不完整：第一条是“{firstEntry} {TextNormalizer.Normalize(first.Groups["title"].Value)}”" +
            $"（页码{first.Groups["page"].Value}），“目录”标题和{lost}缺失，前面直接是印发通知的末尾。",
            "目录", line, firstEntry));
    }

    private static string ToChinese(int n) => n switch
    {
        <= 0 => "",
        <= 10 => "一二三四五六七八九十"[n - 1].ToString(),
        < 20 => "十" + "一二三四五六七八九"[n - 11],
        _ => n.ToString(),
    };

    /// <summary>The first body heading (第一章 …) of the copy; checks start there, after the notice and 目录.</summary>
    private static int FirstBodyLine(SeedText text, Doc004Copy copy)
    {
        for (int n = copy.First; n <= copy.Last; n++)
            if (!text.Line(n).Contains('\t') && FirstChapter.IsMatch(text.Line(n).Trim())) return n;
        return copy.First;
    }

    /// <summary>Damaged: a body paragraph that stops without a sentence end (the rest of it is missing).</summary>
    private static void CheckCutParagraphs(SeedText text, Doc004Copy copy, int body, IReadOnlySet<int> consumed,
        List<SeedFinding> findings)
    {
        for (int n = body; n <= copy.Last; n++)
        {
            var line = text.Line(n).Trim();
            if (line.Length == 0 || consumed.Contains(n) || line.Contains('\t')) continue;
            if (Doc004Layout.IsHeading(line) || Doc004Layout.IsSubHeading(line)) continue;
            if (SentenceEnds.Contains(line[^1])) continue;

            var normalized = TextNormalizer.Normalize(line);
            var tail = normalized.Length <= 16 ? normalized : "…" + normalized[^16..];
            var next = NextNonBlank(text, n, copy.Last);
            var follows = next == 0
                ? "其后文本结束"
                : $"下一段（第{next}行）从“{Head(TextNormalizer.Normalize(text.Line(next)))}”开始";
            findings.Add(Doc004Layout.Finding(FindingKind.Damaged,
                $"正文在句中中断：第{n}行以“{tail}”结束，{follows}，中间的内容缺失。",
                Doc004Layout.SectionAbove(text, n, copy.First), n));
        }
    }

    /// <summary>Damaged: typesetting markup such as "PM_{2.5}" in the running text.</summary>
    private static void CheckMarkup(SeedText text, Doc004Copy copy, int body, IReadOnlySet<int> consumed,
        List<SeedFinding> findings)
    {
        for (int n = body; n <= copy.Last; n++)
        {
            if (consumed.Contains(n)) continue;
            var marks = Doc004ProjectBoxes.Markup.Matches(text.Line(n)).Select(m => m.Value).Distinct().ToList();
            if (marks.Count == 0) continue;
            findings.Add(Doc004Layout.Finding(FindingKind.Damaged,
                $"正文第{n}行含排版公式残留“{string.Join("”“", marks)}”（如 PM_{{2.5}} 应为 PM2.5），原样保留。",
                Doc004Layout.SectionAbove(text, n, copy.First), n));
        }
    }

    private static int NextNonBlank(SeedText text, int line, int last)
    {
        for (int n = line + 1; n <= last; n++)
            if (!string.IsNullOrWhiteSpace(text.Line(n))) return n;
        return 0;
    }

    private static string Head(string s) => s.Length <= 16 ? s : s[..16] + "…";
}
