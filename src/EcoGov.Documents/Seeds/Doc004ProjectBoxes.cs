using System.Globalization;
using System.Text.RegularExpressions;
using EcoGov.Core;
using EcoGov.Core.Plans;
using EcoGov.Core.Projects;
using EcoGov.Core.Text;

namespace EcoGov.Documents.Seeds;

/// <summary>
/// 重点工程 of document 004: the 专栏 boxes ("专栏 2 生态修复与综合治理重大工程") and their items, one paragraph
/// each. An item is either a list of projects under a label ("湿地生态修复与保护工程：A项目、B项目。"), a list
/// without a label ("A项目；B项目；C工程。"), or one project named by its label and described after the colon
/// ("汾河过城段河道综合治理及生态景观工程：河道两侧…；…。", whose parts name no 项目). The boxes repeat with every
/// copy of the text; projects are de-duplicated by their place (专栏, item, position in the item).
/// The boxes state no investment, lead unit or totals.
/// </summary>
public static class Doc004ProjectBoxes
{
    /// <summary>"专栏 2 生态修复与综合治理重大工程", "专栏9 稷山县大气污染防治重大工程".</summary>
    private static readonly Regex BoxHeader = new(@"^专栏\s*(?<n>\d+)\s*(?<title>\S.*)$", RegexOptions.Compiled);

    /// <summary>Sentence ends: a box item is one sentence; body paragraphs have several.</summary>
    private static readonly Regex SentenceEnd = new("[。！？]", RegexOptions.Compiled);

    /// <summary>A list part that names a project: "…湿地公园项目", "…改造工程".</summary>
    private static readonly Regex ProjectNoun = new("(项目|工程)$", RegexOptions.Compiled);

    /// <summary>A period printed in a project's name: "稷山县 2021—2025 年城市雨污分流改造工程".</summary>
    private static readonly Regex Period = new(@"(?<from>\d{4})\s*[—–\-~至]\s*(?<to>\d{4})(?=\s*年)", RegexOptions.Compiled);

    /// <summary>Typesetting markup left in the text: "$\Phi 600$", "PM_{2.5}".</summary>
    public static readonly Regex Markup = new(@"\$[^$]*\$|\\[A-Za-z]+|_\{[^}]*\}", RegexOptions.Compiled);

    private const string ProjectWord = "项目";
    private const string Etc = "等";
    private const string LabelSeparator = "：";
    private const string ListSeparator = "；";
    private const string EnumerationSeparator = "、";

    public sealed record Result(IReadOnlyList<KeyProject> Projects, IReadOnlySet<int> Lines);

    private sealed record Box(int Number, string Title, string Header, int Line, IReadOnlyList<Item> Items);

    private sealed record Item(int Line, string? Label, IReadOnlyList<Entry> Entries, bool Open);

    /// <summary>One project as an item prints it.</summary>
    private sealed record Entry(string? SubCategory, string Name, string Content)
    {
        public string Signature => $"{Doc004Layout.Compact(SubCategory)}|{Doc004Layout.Compact(Name)}|{Doc004Layout.Compact(Content)}";
    }

    /// <summary>A project's first occurrence and every occurrence's line and version.</summary>
    private sealed class Occurrences(Box box, Item item, Entry entry)
    {
        public Box Box { get; } = box;
        public Item Item { get; } = item;
        public Entry Entry { get; } = entry;
        public List<(int Line, Entry Entry)> Others { get; } = [];
    }

    public static Result Read(SeedText text, List<SeedFinding> findings)
    {
        var boxes = FindBoxes(text);
        if (boxes.Count == 0)
            throw new InvalidOperationException($"文档{Doc004Layout.DocumentId}中找不到专栏");

        CheckNumbering(boxes, findings);
        var projects = Deduplicate(boxes, findings);
        foreach (var group in boxes.GroupBy(b => b.Number).Where(g => g.Count() > 1))
            findings.Add(RepeatFinding(text, group.ToList()));
        foreach (var box in boxes.DistinctBy(b => b.Number))
            foreach (var item in box.Items.Where(i => i.Open))
                findings.Add(OpenListFinding(box, item));

        var records = new List<KeyProject>();
        foreach (var p in projects)
        {
            records.Add(ToProject(p, records.Count + 1));
            CheckMarkup(p, findings);
            CheckVersions(p, findings);
        }
        var lines = boxes.SelectMany(b => b.Items.Select(i => i.Line).Prepend(b.Line)).ToHashSet();
        return new Result(records, lines);
    }

    /// <summary>Every 专栏 header with the one-sentence paragraphs that follow it.</summary>
    private static List<Box> FindBoxes(SeedText text)
    {
        var boxes = new List<Box>();
        for (int n = 1; n <= text.Lines.Count; n++)
        {
            var header = TextNormalizer.Normalize(text.Line(n));
            var m = BoxHeader.Match(header);
            if (!m.Success) continue;
            var items = ReadItems(text, n + 1);
            boxes.Add(new Box(int.Parse(m.Groups["n"].Value, CultureInfo.InvariantCulture),
                m.Groups["title"].Value.Trim(), header, n, items));
        }
        return boxes;
    }

    private static List<Item> ReadItems(SeedText text, int from)
    {
        var items = new List<Item>();
        for (int n = from; n <= text.Lines.Count; n++)
        {
            var line = text.Line(n);
            if (string.IsNullOrWhiteSpace(line)) continue;
            var normalized = TextNormalizer.Normalize(line);
            if (!IsItem(line, normalized)) break;
            items.Add(ReadItem(n, normalized));
        }
        return items;
    }

    /// <summary>A box item: one sentence ending in 。, not a heading, not a table row, not the next box.</summary>
    private static bool IsItem(string line, string normalized) =>
        !line.Contains('\t')
        && !Doc004Layout.IsHeading(normalized)
        && !Doc004Layout.IsSubHeading(normalized)
        && !BoxHeader.IsMatch(normalized)
        && SentenceEnd.Matches(normalized).Count == 1
        && normalized.EndsWith('。');

    private static Item ReadItem(int line, string normalized)
    {
        var sentence = normalized[..^1];
        int colon = sentence.IndexOf(LabelSeparator, StringComparison.Ordinal);
        var label = colon > 0 ? sentence[..colon].Trim() : null;
        var body = colon > 0 ? sentence[(colon + 1)..].Trim() : sentence;

        bool open = body.EndsWith(Etc, StringComparison.Ordinal);
        var parts = SplitList(open ? body[..^1] : body);
        if (label is not null && !parts.Any(p => p.Contains(ProjectWord, StringComparison.Ordinal)))
            return new Item(line, label, [new Entry(null, label, body)], false);
        return new Item(line, label, parts.Select(p => new Entry(label, p, p)).ToList(), open);
    }

    /// <summary>Splits on "；"; without one, on "、" only when every part names a project.</summary>
    private static List<string> SplitList(string body)
    {
        if (body.Contains(ListSeparator, StringComparison.Ordinal))
            return body.Split(ListSeparator).Select(p => p.Trim()).Where(p => p.Length > 0).ToList();
        var parts = body.Split(EnumerationSeparator).Select(p => p.Trim()).ToList();
        return parts.Count > 1 && parts.All(p => ProjectNoun.IsMatch(p)) ? parts : [body];
    }

    /// <summary>Damaged: 专栏 numbers missing (the boxes between are cut out of the text).</summary>
    private static void CheckNumbering(List<Box> boxes, List<SeedFinding> findings)
    {
        var numbers = boxes.Select(b => b.Number).Distinct().Order().ToList();
        var missing = Enumerable.Range(1, numbers[^1]).Except(numbers).ToList();
        if (missing.Count == 0) return;
        var first = boxes[0];
        findings.Add(Doc004Layout.Finding(FindingKind.Damaged,
            $"专栏编号不连续：文中只有专栏{string.Join("、", numbers)}，缺专栏{string.Join("、", missing)}" +
            $"（所有副本均如此，原文这些部分被截去）。缺失专栏所列的重点工程无法提取；专栏{numbers[^1]}之后是否还有专栏也无从得知。",
            first.Header, first.Line, "专栏" + string.Join("、", missing)));
    }

    /// <summary>Projects in order of first appearance, keyed by (专栏, item, position); later copies kept as versions.</summary>
    private static List<Occurrences> Deduplicate(List<Box> boxes, List<SeedFinding> findings)
    {
        var byKey = new Dictionary<(int Box, int Item, int Entry), Occurrences>();
        var order = new List<Occurrences>();
        var firstBox = new Dictionary<int, Box>();
        foreach (var box in boxes)
        {
            if (!firstBox.TryAdd(box.Number, box)) CheckShape(firstBox[box.Number], box, findings);
            for (int i = 0; i < box.Items.Count; i++)
            {
                for (int e = 0; e < box.Items[i].Entries.Count; e++)
                {
                    var entry = box.Items[i].Entries[e];
                    if (byKey.TryGetValue((box.Number, i, e), out var seen))
                    {
                        seen.Others.Add((box.Items[i].Line, entry));
                        continue;
                    }
                    var occurrences = new Occurrences(box, box.Items[i], entry);
                    byKey[(box.Number, i, e)] = occurrences;
                    order.Add(occurrences);
                }
            }
        }
        return order;
    }

    /// <summary>Inconsistent: a later copy of a box with another title or another number of items or projects.</summary>
    private static void CheckShape(Box first, Box copy, List<SeedFinding> findings)
    {
        if (Doc004Layout.Compact(first.Title) != Doc004Layout.Compact(copy.Title))
            findings.Add(Doc004Layout.Finding(FindingKind.Inconsistent,
                $"专栏{first.Number}的标题在各副本中不一致：第{first.Line}行作“{first.Title}”，第{copy.Line}行作“{copy.Title}”。以第一次出现为准。",
                first.Header, copy.Line));
        var shape = string.Join(",", first.Items.Select(i => i.Entries.Count));
        var copyShape = string.Join(",", copy.Items.Select(i => i.Entries.Count));
        if (shape != copyShape)
            findings.Add(Doc004Layout.Finding(FindingKind.Inconsistent,
                $"专栏{first.Number}在第{copy.Line}行起的副本中有{copy.Items.Count}项、{copy.Items.Sum(i => i.Entries.Count)}个项目，" +
                $"第一次出现（第{first.Line}行）有{first.Items.Count}项、{first.Items.Sum(i => i.Entries.Count)}个项目。",
                first.Header, copy.Line));
    }

    /// <summary>Duplicated: one finding per box, with every line it is printed at.</summary>
    private static SeedFinding RepeatFinding(SeedText text, List<Box> copies)
    {
        var first = copies[0];
        var spacing = copies.Skip(1)
            .Where(c => SpacingOnly(text, first, c))
            .Select(c => c.Line)
            .ToList();
        var note = spacing.Count == 0 ? "" : $"其中{Doc004Layout.Lines(spacing)}起的副本与第一次只有空格写法不同。";
        return Doc004Layout.Finding(FindingKind.Duplicated,
            $"专栏{first.Number}“{first.Title}”（{first.Items.Count}项，{first.Items.Sum(i => i.Entries.Count)}个项目）随全文重复出现{copies.Count}次：" +
            $"{Doc004Layout.Lines(copies.Select(c => c.Line))}。只保留第一次（第{first.Line}行）。{note}",
            first.Header, first.Line);
    }

    /// <summary>True when a copy's header and items differ from the first only in spacing.</summary>
    private static bool SpacingOnly(SeedText text, Box first, Box copy)
    {
        var firstLines = first.Items.Select(i => i.Line).Prepend(first.Line).Select(n => text.Line(n).Trim()).ToList();
        var copyLines = copy.Items.Select(i => i.Line).Prepend(copy.Line).Select(n => text.Line(n).Trim()).ToList();
        return !firstLines.SequenceEqual(copyLines)
               && firstLines.Select(Doc004Layout.Compact).SequenceEqual(copyLines.Select(Doc004Layout.Compact));
    }

    /// <summary>Ambiguous: a list that ends in 等 names examples, not every project.</summary>
    private static SeedFinding OpenListFinding(Box box, Item item)
    {
        var label = item.Label is null ? "" : $"“{item.Label}”";
        return Doc004Layout.Finding(FindingKind.Ambiguous,
            $"专栏{box.Number}“{box.Title}”{label}所列{item.Entries.Count}个项目以“等”结尾：只是举例，专栏没有给出完整清单，" +
            "该类项目数只能作为下限。",
            box.Header, item.Line, item.Label);
    }

    private static KeyProject ToProject(Occurrences p, int seq)
    {
        var period = Period.Match(p.Entry.Name);
        int? from = period.Success ? int.Parse(period.Groups["from"].Value, CultureInfo.InvariantCulture) : null;
        int? to = period.Success ? int.Parse(period.Groups["to"].Value, CultureInfo.InvariantCulture) : null;
        return new KeyProject(Doc004Layout.PlanId, seq, p.Box.Title, p.Entry.SubCategory, p.Entry.Name, p.Entry.Content,
            from, to, period.Success ? period.Value : null, null, null,
            new Provenance(Doc004Layout.DocumentId, p.Box.Header, p.Item.Line, p.Item.Label));
    }

    /// <summary>Damaged: typesetting markup in the kept text, with the cleaner version a copy prints if any.</summary>
    private static void CheckMarkup(Occurrences p, List<SeedFinding> findings)
    {
        var m = Markup.Match(p.Entry.Name);
        if (!m.Success) return;
        var clean = p.Others.Where(o => !Markup.IsMatch(o.Entry.Name)).ToList();
        var hint = clean.Count == 0
            ? ""
            : $"{Doc004Layout.Lines(clean.Select(o => o.Line))}的副本作“{Doc004Layout.DifferingPart(p.Entry.Name, clean[0].Entry.Name, 4).B}”。";
        findings.Add(Doc004Layout.Finding(FindingKind.Damaged,
            $"专栏{p.Box.Number}项目“{p.Entry.Name}”含排版公式残留“{m.Value}”（原文应为一个符号和数字）；{hint}按第一次出现原样保留。",
            p.Box.Header, p.Item.Line, p.Item.Label));
    }

    /// <summary>Inconsistent: copies that print the project differently (spacing aside), every version with its lines.</summary>
    private static void CheckVersions(Occurrences p, List<SeedFinding> findings)
    {
        var versions = p.Others
            .Where(o => o.Entry.Signature != p.Entry.Signature)
            .GroupBy(o => o.Entry.Signature)
            .ToList();
        if (versions.Count == 0) return;

        var same = p.Others.Where(o => o.Entry.Signature == p.Entry.Signature).Select(o => o.Line).Prepend(p.Item.Line);
        var described = versions.Select(v => $"{Doc004Layout.Lines(v.Select(o => o.Line))}作“{v.First().Entry.Content}”");
        findings.Add(Doc004Layout.Finding(FindingKind.Inconsistent,
            $"专栏{p.Box.Number}的一个项目在各副本中写法不同：{Doc004Layout.Lines(same)}作“{p.Entry.Content}”；" +
            $"{string.Join("；", described)}。以第一次出现为准。",
            p.Box.Header, p.Item.Line, p.Item.Label));
    }
}
