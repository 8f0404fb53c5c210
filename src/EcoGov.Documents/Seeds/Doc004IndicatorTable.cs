using System.Globalization;
using System.Text.RegularExpressions;
using EcoGov.Core.Indicators;
using EcoGov.Core.Plans;
using EcoGov.Core.Text;

namespace EcoGov.Documents.Seeds;

/// <summary>
/// The indicator table of document 004 (第三节 主要目标). The export kept neither its title nor its header
/// row, nor rows 1–6: what is left is a run of tab rows "类别 序号 指标 单位 基准值 目标值 属性", found by the
/// attribute column (约束性/预期性). The run repeats with every copy of the text; rows are read from every
/// copy and de-duplicated by 序号.
/// </summary>
public static class Doc004IndicatorTable
{
    // Column meanings of the (headerless) table, read from what the cells hold.
    private const int CategoryColumn = 0;
    private const int SeqColumn = 1;
    private const int NameColumn = 2;
    private const int UnitColumn = 3;
    private const int BaselineColumn = 4;
    private const int TargetColumn = 5;
    private const int AttributeColumn = 6;
    private const int ColumnCount = 7;

    private const string Binding = "约束性";
    private const string Expected = "预期性";

    private static readonly Regex Integer = new(@"^\d+$", RegexOptions.Compiled);

    private static readonly Regex Number = new(@"^-?\d+(\.\d+)?$", RegexOptions.Compiled);

    /// <summary>"到2025年，…" in the section text: the year the targets are set for.</summary>
    private static readonly Regex TargetYearPhrase = new(@"到\s*(?<y>\d{4})\s*年", RegexOptions.Compiled);

    /// <summary>A header row would name these columns.</summary>
    private static readonly string[] HeaderWords = ["序号", "指标"];

    public sealed record Result(IReadOnlyList<Indicator> Indicators, IReadOnlySet<int> Lines);

    /// <summary>One table row read from one copy, its cells aligned to the seven columns.</summary>
    private sealed record Row(int Line, int Seq, IReadOnlyList<string> Cells, bool Shifted)
    {
        public string Cell(int column) => Cells[column];

        /// <summary>What two copies of a row must share to be the same row (spacing ignored).</summary>
        public string Signature => string.Join("|", Cells.Select(Doc004Layout.Compact)) + (Shifted ? "|shifted" : "");

        public string Printed => string.Join(" | ", Cells.Select(TextNormalizer.Normalize));
    }

    public static Result Read(SeedText text, IReadOnlyList<Doc004Copy> copies, List<SeedFinding> findings)
    {
        var blocks = FindBlocks(text);
        if (blocks.Count == 0)
            throw new InvalidOperationException($"文档{Doc004Layout.DocumentId}中找不到指标表（属性列“约束性/预期性”）");

        var firstBlock = blocks[0];
        var section = Doc004Layout.SectionAbove(text, firstBlock[0].Line, Doc004Copies.Of(copies, firstBlock[0].Line).First);
        var targetYear = FindTargetYear(text, firstBlock[0].Line, Doc004Copies.Of(copies, firstBlock[0].Line).First);

        CheckHeader(text, firstBlock, section, targetYear, findings);
        var rows = Deduplicate(blocks, section, findings);
        CheckNumbering(rows, section, findings);
        foreach (var row in rows.Where(r => r.Shifted)) findings.Add(ShiftedRowFinding(row, section));
        var categories = CarryCategories(rows, section, findings);

        var indicators = rows.Select(r => ToIndicator(r, categories[r.Seq], section, targetYear, findings)).ToList();
        var lines = blocks.SelectMany(b => b.Select(r => r.Line)).ToHashSet();
        return new Result(indicators, lines);
    }

    /// <summary>Runs of rows whose attribute column reads 约束性/预期性; one run per copy of the text.</summary>
    private static List<List<Row>> FindBlocks(SeedText text)
    {
        var blocks = new List<List<Row>>();
        List<Row>? current = null;
        int lastRowLine = -10;
        for (int n = 1; n <= text.Lines.Count; n++)
        {
            var line = text.Line(n);
            if (string.IsNullOrWhiteSpace(line)) continue;
            var row = TryReadRow(n, line);
            if (row is null)
            {
                current = null;
                continue;
            }
            if (current is null || n - lastRowLine > 2)
            {
                current = [];
                blocks.Add(current);
            }
            current.Add(row);
            lastRowLine = n;
        }
        return blocks;
    }

    /// <summary>
    /// A table row, or null when the line is not one. Normal rows open with the 类别 cell (empty under a
    /// merged cell); a row that opens with its 序号 has lost that cell and is shifted back into place.
    /// </summary>
    private static Row? TryReadRow(int n, string line)
    {
        if (!line.Contains('\t')) return null;
        var cells = line.Split('\t').Select(c => c.Trim()).ToList();
        if (!cells.Any(c => TextNormalizer.Normalize(c) is Binding or Expected)) return null;

        bool shifted = Integer.IsMatch(cells[0]) && !Integer.IsMatch(cells[1]);
        if (shifted) cells.Insert(0, "");
        while (cells.Count > ColumnCount && cells[^1].Length == 0) cells.RemoveAt(cells.Count - 1);
        while (cells.Count < ColumnCount) cells.Add("");
        if (!Integer.IsMatch(cells[SeqColumn])) return null;
        return new Row(n, int.Parse(cells[SeqColumn], CultureInfo.InvariantCulture), cells, shifted);
    }

    /// <summary>The year of "到2025年" in the text between the section heading and the table.</summary>
    private static int? FindTargetYear(SeedText text, int tableLine, int floor)
    {
        for (int n = tableLine - 1; n >= floor; n--)
        {
            var line = text.Line(n);
            var m = TargetYearPhrase.Match(TextNormalizer.Normalize(line));
            if (m.Success) return int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture);
            if (Doc004Layout.IsHeading(line)) break;
        }
        return null;
    }

    /// <summary>Damaged: no title and no header row above the first row; the base year is therefore not printed.</summary>
    private static void CheckHeader(SeedText text, List<Row> block, string section, int? targetYear, List<SeedFinding> findings)
    {
        int first = block[0].Line;
        int above = first - 1;
        while (above > 0 && string.IsNullOrWhiteSpace(text.Line(above))) above--;
        var previous = TextNormalizer.Normalize(text.Line(above));
        if (HeaderWords.All(previous.Contains)) return;

        var yearNote = targetYear is { } y
            ? $"目标值按本节正文“到{y}年”记为{y}年目标"
            : "目标年份也无从确定（目标值的年份留空）";
        findings.Add(Doc004Layout.Finding(FindingKind.Damaged,
            $"指标表没有表题和表头：第{first}行的第一行数据直接接在正文“{Shorten(previous)}”之后。" +
            $"各列按内容读作 类别、序号、指标、单位、基准值、目标值、属性；{yearNote}。",
            section, first, block[0].Seq.ToString(CultureInfo.InvariantCulture)));
        findings.Add(Doc004Layout.Finding(FindingKind.Ambiguous,
            "指标表表头缺失，基准值所属年份（基准年）未印出。“十四五”规划通常以2020年为基准年，但文中未写明，" +
            "基准值的年份和规划的基准年均留空，待核对原件后补填。",
            section, first, block[0].Seq.ToString(CultureInfo.InvariantCulture)));
    }

    private static string Shorten(string s) => s.Length <= 24 ? s : "…" + s[^24..];

    /// <summary>
    /// Rows of all copies, one per 序号 (first occurrence wins). A later copy whose row differs gives an
    /// Inconsistent finding with both versions; the repetition itself one Duplicated finding.
    /// </summary>
    private static List<Row> Deduplicate(List<List<Row>> blocks, string section, List<SeedFinding> findings)
    {
        var bySeq = new Dictionary<int, Row>();
        var order = new List<Row>();
        foreach (var block in blocks)
        {
            foreach (var row in block)
            {
                if (!bySeq.TryGetValue(row.Seq, out var kept))
                {
                    bySeq[row.Seq] = row;
                    order.Add(row);
                }
                else if (kept.Signature != row.Signature)
                {
                    findings.Add(Doc004Layout.Finding(FindingKind.Inconsistent,
                        $"指标表序号{row.Seq}在各副本中不一致：第{kept.Line}行作“{kept.Printed}”，第{row.Line}行作“{row.Printed}”。以第一次出现为准。",
                        section, row.Line, row.Seq.ToString(CultureInfo.InvariantCulture)));
                }
            }
        }
        if (blocks.Count > 1) findings.Add(RepeatFinding(blocks, order, section));
        return order;
    }

    private static SeedFinding RepeatFinding(List<List<Row>> blocks, List<Row> rows, string section)
    {
        var seqs = rows.Select(r => r.Seq).Order().ToList();
        var incomplete = blocks.Where(b => b.Count != rows.Count).Select(b => b[0].Line).ToList();
        var note = incomplete.Count == 0 ? "" : $"其中{Doc004Layout.Lines(incomplete)}起的副本行数不全。";
        return Doc004Layout.Finding(FindingKind.Duplicated,
            $"指标表（序号{Doc004Layout.Ranges(seqs)}，共{rows.Count}行）随全文重复出现{blocks.Count}次，起始于" +
            $"{Doc004Layout.Lines(blocks.Select(b => b[0].Line))}。只保留第一次（第{blocks[0][0].Line}行起）。{note}",
            section, blocks[0][0].Line, rows[0].Seq.ToString(CultureInfo.InvariantCulture));
    }

    /// <summary>Damaged: 序号 missing before the first row or between rows, or printed twice in one copy.</summary>
    private static void CheckNumbering(List<Row> rows, string section, List<SeedFinding> findings)
    {
        var present = rows.Select(r => r.Seq).ToHashSet();
        var missing = Enumerable.Range(1, present.Max()).Where(s => !present.Contains(s)).ToList();
        if (missing.Count == 0) return;
        var first = rows.MinBy(r => r.Seq)!;
        findings.Add(Doc004Layout.Finding(FindingKind.Damaged,
            $"指标表缺少序号{Doc004Layout.Ranges(missing)}的行（共{missing.Count}行）：表从序号{first.Seq}开始，" +
            "所有副本均如此，这些指标无法提取。",
            section, first.Line, Doc004Layout.Ranges(missing)));
    }

    private static SeedFinding ShiftedRowFinding(Row row, string section) =>
        Doc004Layout.Finding(FindingKind.Damaged,
            $"指标表序号{row.Seq}一行缺少首列（类别）单元格：该行以序号开头、行末多出一个空单元格，各列向左错位一格。" +
            "已按各列内容对齐读取，类别留空。",
            section, row.Line, row.Seq.ToString(CultureInfo.InvariantCulture));

    /// <summary>
    /// 类别 is a merged cell printed only on the first row of its group: carried down to the group's rows (layout, not
    /// invention, as for 001 and 003). Empty cells with no printed category above them stay empty and are reported
    /// (Ambiguous), one finding per run.
    /// </summary>
    private static Dictionary<int, string> CarryCategories(List<Row> rows, string section, List<SeedFinding> findings)
    {
        var categories = new Dictionary<int, string>();
        string? current = null;
        for (int i = 0; i < rows.Count;)
        {
            var printed = TextNormalizer.Normalize(rows[i].Cell(CategoryColumn));
            if (printed.Length > 0 || current is not null)
            {
                if (printed.Length > 0) current = printed;
                categories[rows[i].Seq] = current!;
                i++;
                continue;
            }
            int j = i;
            while (j + 1 < rows.Count && rows[j + 1].Cell(CategoryColumn).Length == 0) j++;
            var range = rows[i].Seq == rows[j].Seq ? $"{rows[i].Seq}" : $"{rows[i].Seq}–{rows[j].Seq}";
            findings.Add(Doc004Layout.Finding(FindingKind.Ambiguous,
                $"指标表序号{range}共{j - i + 1}行的“类别”单元格为空，其上方没有印出类别的行（所属类别可能在缺失的行中）；未补填。",
                section, rows[i].Line, range));
            for (int k = i; k <= j; k++) categories[rows[k].Seq] = "";
            i = j + 1;
        }
        return categories;
    }

    private static Indicator ToIndicator(Row row, string category, string section, int? targetYear, List<SeedFinding> findings)
    {
        var seq = row.Seq.ToString(CultureInfo.InvariantCulture);
        var source = new EcoGov.Core.Provenance(Doc004Layout.DocumentId, section, row.Line, seq);
        var name = TextNormalizer.Normalize(row.Cell(NameColumn));
        var unit = TextNormalizer.Normalize(row.Cell(UnitColumn));

        var baselineText = row.Cell(BaselineColumn);
        var baselineValue = TextNormalizer.Normalize(baselineText);
        double? value = Number.IsMatch(baselineValue) ? double.Parse(baselineValue, CultureInfo.InvariantCulture) : null;
        var baseline = new Baseline(null, value, baselineText);

        var target = TargetValue.Parse(row.Cell(TargetColumn), targetYear);
        if (target is null)
            findings.Add(Doc004Layout.Finding(FindingKind.Damaged, $"指标表序号{seq}“{name}”的目标值单元格为空。", section, row.Line, seq));

        var attributeText = TextNormalizer.Normalize(row.Cell(AttributeColumn));
        IndicatorAttribute? attribute = attributeText switch
        {
            Binding => IndicatorAttribute.Binding,
            Expected => IndicatorAttribute.Expected,
            _ => null,
        };
        if (attribute is null)
            findings.Add(Doc004Layout.Finding(FindingKind.Damaged,
                $"指标表序号{seq}“{name}”的属性单元格为“{attributeText}”，不是约束性或预期性。", section, row.Line, seq));

        return new Indicator(Doc004Layout.PlanId, row.Seq, category, name,
            unit.Length == 0 ? null : unit, baseline, target is null ? [] : [target], [], attribute, source);
    }
}
