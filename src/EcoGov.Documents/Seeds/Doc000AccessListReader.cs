using System.Text.RegularExpressions;
using EcoGov.Core;
using EcoGov.Core.Plans;
using EcoGov.Core.Text;
using EcoGov.Core.Zoning;

namespace EcoGov.Documents.Seeds;

/// <summary>
/// 附件3 晋城市生态环境准入清单市级总体管控要求: the city-level requirements of the access list.
/// <para>
/// The table is cell-per-line with columns 管控类别 (category, and for 空间布局约束 and 资源利用效率 a
/// second column with the subcategory), 管控要求 and 主要依据. Each block (row) holds one or more
/// numbered requirements ("1.…", "2.…"; lines such as ①…, （一）…, （1）… continue the requirement above)
/// and the basis they share. The category and subcategory cells are merged down the blocks they
/// cover, so the export prints them on a group's first block only; carrying them down is layout.
/// </para>
/// </summary>
internal static class Doc000AccessListReader
{
    private const string TableTitle = "晋城市生态环境准入清单市级总体管控要求";
    private const string CategoryHeader = "管控类别";

    private static readonly Regex AttachmentLabel = new(@"^附件\d+$", RegexOptions.Compiled);
    private static readonly Regex ItemStart = new(@"^(\d{1,2})\.(?!\d)", RegexOptions.Compiled);
    private static readonly Regex DocNumberYear = new(@"\p{IsCJKUnifiedIdeographs}+〔(\d{4})〕\s*\d+\s*号", RegexOptions.Compiled);
    private static readonly Regex ClauseSeparator = new(@"[；。\n]", RegexOptions.Compiled);

    /// <summary>Findings from reading the text by eye: defects a rule cannot recognise, located by their wording.</summary>
    private static readonly (string Pattern, FindingKind Kind, string Message)[] ReviewChecks =
    [
        ("。能置换的项目", FindingKind.Damaged,
            "“能置换的项目（煤电项目除外）”句首缺字，参照所引文件的上位文件（国务院《空气质量持续改善行动计划》）应为“涉及产能置换的项目”；按原文保留。"),
        ("HJT81-2001", FindingKind.Damaged,
            "标准编号印作“HJT81-2001”，《畜禽养殖业污染防治技术规范》的编号为“HJ/T 81-2001”；按原文保留。"),
        ("除遵守第十三条规定外", FindingKind.Ambiguous,
            "“除遵守第十三条规定外”照录自《晋城市延河泉域和三姑泉域水资源保护条例》，“第十三条”指该条例的条文，不是本清单的第13条，引用时需注意。"),
        ("硫份", FindingKind.Damaged, "“硫份”应为“硫分”（错别字）；按原文保留。"),
    ];

    /// <summary>One block of the table: the requirements' cell and the basis they share, under their category.</summary>
    private sealed record Block(int Line, string Category, string? Subcategory, string Requirements, string Basis, int BasisLine);

    public static IReadOnlyList<AccessRequirement> Read(SeedText text, int? baseYear, List<SeedFinding> findings)
    {
        var (titleLine, section) = FindTitle(text);
        var rows = TabTable.ReadCellPerLine(text, titleLine + 1, text.Lines.Count);
        if (rows.Count == 0 || TextNormalizer.Normalize(rows[0][0]) != CategoryHeader)
            throw new InvalidDataException($"000: header row “{CategoryHeader}…” not found under {section}");
        var blocks = ReadBlocks(text, section, rows.Skip(1), findings);
        var requirements = blocks.SelectMany(b => SplitBlock(text, section, b, findings)).ToList();
        CheckNumbering(requirements, findings);
        CheckRepeatedClauses(text, requirements, findings);
        CheckRepeatedRequirements(requirements, findings);
        CheckBasisYears(text, section, blocks, baseYear, findings);
        ApplyReviewChecks(text, requirements, findings);
        return requirements;
    }

    /// <summary>The title line; the section name carries the attachment label printed above it ("附件3").</summary>
    private static (int Line, string Section) FindTitle(SeedText text)
    {
        var line = text.Find(TableTitle).FirstOrDefault(n =>
            n < text.Lines.Count && TextNormalizer.Normalize(text.Line(n)).StartsWith(TableTitle, StringComparison.Ordinal)
            && text.Line(n + 1).StartsWith('\t'));
        if (line == 0) throw new InvalidDataException($"000: table “{TableTitle}” not found");
        var title = TextNormalizer.Normalize(text.Line(line));
        var label = line > 1 ? TextNormalizer.Normalize(text.Line(line - 1)) : "";
        return (line, AttachmentLabel.IsMatch(label) ? $"{label} {title}" : title);
    }

    // ---- blocks -------------------------------------------------------------------------------

    private static List<Block> ReadBlocks(SeedText text, string section, IEnumerable<TableRow> rows, List<SeedFinding> findings)
    {
        var blocks = new List<Block>();
        string? category = null, subcategory = null;
        foreach (var row in rows)
        {
            var at = new Provenance(text.Id, section, row.Line);
            if (row.Count is not (3 or 4))
            {
                findings.Add(new SeedFinding(FindingKind.Damaged,
                    $"准入清单第{row.Line}行开始的表格行有{row.Count}个单元格（应为3或4个），无法读取，未导入。", at));
                continue;
            }
            bool hasSubcategoryColumn = row.Count == 4;
            var categoryCell = TextNormalizer.Normalize(row[0]);
            if (categoryCell.Length > 0)
            {
                if (!AccessListCategories.TryParse(categoryCell, out _))
                    findings.Add(new SeedFinding(FindingKind.Unparsed, $"管控类别“{categoryCell}”不是四类管控类别之一，其下各条未导入。", at));
                category = categoryCell;
                subcategory = null;
            }
            if (hasSubcategoryColumn)
            {
                var subcategoryCell = TextNormalizer.Normalize(row[1]);
                if (subcategoryCell.Length > 0) subcategory = subcategoryCell;
            }
            else if (subcategory is not null)
            {
                findings.Add(new SeedFinding(FindingKind.Ambiguous,
                    $"该行没有子类单元格，但所属管控类别“{category}”分有子类（上一子类为“{subcategory}”），子类按空处理。", at));
                subcategory = null;
            }
            if (category is null)
            {
                findings.Add(new SeedFinding(FindingKind.Damaged, "表格行前没有管控类别，无法归类，未导入。", at));
                continue;
            }
            var requirementsCell = row[row.Count - 2];
            var (basis, basisLine) = ReadBasis(text, row, row[row.Count - 1]);
            if (basis.Length == 0)
                findings.Add(new SeedFinding(FindingKind.Damaged, "该行“主要依据”为空。", at));
            blocks.Add(new Block(row.Line, category, subcategory, requirementsCell, basis, basisLine));
        }
        return blocks;
    }

    /// <summary>The 主要依据 cell without bookmark noise, and the line it is printed on.</summary>
    private static (string Basis, int Line) ReadBasis(SeedText text, TableRow row, string cell)
    {
        var raw = cell.Split('\n')[0].Trim();
        var line = row.Line;
        for (int n = row.Line; n <= text.Lines.Count && raw.Length > 0; n++)
        {
            if (text.Line(n).StartsWith('\t') && text.Line(n).Trim() == raw) { line = n; break; }
        }
        return (TextNormalizer.Normalize(SeedText.StripBookmarks(cell)), line);
    }

    // ---- requirements -------------------------------------------------------------------------

    /// <summary>Splits a block's 管控要求 cell at each "N." that starts a line.</summary>
    private static IEnumerable<AccessRequirement> SplitBlock(SeedText text, string section, Block block, List<SeedFinding> findings)
    {
        var items = new List<(int Seq, List<string> Lines)>();
        foreach (var raw in block.Requirements.Split('\n'))
        {
            var m = ItemStart.Match(raw.Trim());
            if (m.Success) items.Add((int.Parse(m.Groups[1].Value), [raw.Trim()[m.Length..]]));
            else if (items.Count > 0) items[^1].Lines.Add(raw);
            else if (raw.Trim().Length > 0)
                findings.Add(new SeedFinding(FindingKind.Unparsed,
                    $"“{TextNormalizer.Normalize(raw)}”前没有条目编号，无法归入某一条要求，未导入。",
                    new Provenance(text.Id, section, block.Line)));
        }
        if (!AccessListCategories.TryParse(block.Category, out var category)) yield break; // reported where the cell was read
        int searchFrom = block.Line;
        foreach (var (seq, lines) in items)
        {
            var line = LineOf(text, searchFrom, $"{seq}.{lines[0]}");
            searchFrom = line + 1;
            yield return new AccessRequirement(
                Doc000JinchengZoningExtractor.PlanId,
                Doc000JinchengZoningExtractor.CityCode,
                AccessListLevel.City,
                category,
                block.Subcategory,
                seq,
                JoinLines(lines),
                block.Basis,
                UnitCode: null,
                new Provenance(text.Id, section, line, RowLabel(block.Category, block.Subcategory, seq)));
        }
    }

    /// <summary>Each printed line (①…, （一）…) stays a line of its own; each is normalized.</summary>
    private static string JoinLines(List<string> lines) =>
        string.Join("\n", lines.Select(TextNormalizer.Normalize).Where(l => l.Length > 0));

    private static string RowLabel(string category, string? subcategory, int seq) => $"{subcategory ?? category} {seq}";

    private static int LineOf(SeedText text, int from, string start)
    {
        var probe = start.Trim();
        for (int n = from; n <= text.Lines.Count; n++)
            if (text.Line(n).Trim().StartsWith(probe, StringComparison.Ordinal)) return n;
        throw new InvalidDataException($"000: line of “{probe}” not found after line {from}");
    }

    // ---- checks -------------------------------------------------------------------------------

    /// <summary>
    /// Numbers run 1, 2, 3… within a group. 空间布局约束 restarts at 1 for each subcategory; 资源利用效率
    /// numbers across its subcategories (水资源 1, 能源 2–3, 土地 4). A subcategory whose first number is
    /// 1 starts a new group; otherwise it continues the category's numbering.
    /// </summary>
    private static void CheckNumbering(List<AccessRequirement> items, List<SeedFinding> findings)
    {
        AccessListCategory? category = null;
        string? subcategory = null, group = null;
        int expected = 1;
        foreach (var r in items)
        {
            if (r.Category != category || (r.Subcategory != subcategory && r.Seq == 1))
            {
                group = r.Subcategory is not null && r.Seq == 1 ? r.Subcategory : AccessListCategories.Name(r.Category);
                expected = 1;
            }
            category = r.Category;
            subcategory = r.Subcategory;
            if (r.Seq < expected)
                findings.Add(new SeedFinding(FindingKind.Duplicated,
                    $"“{group}”条目编号重复或倒序：{r.Seq}出现在{expected - 1}之后。", r.Source));
            else if (r.Seq > expected)
                findings.Add(new SeedFinding(FindingKind.Inconsistent,
                    $"“{group}”条目编号不连续：{(expected == 1 ? "首条" : $"{expected - 1}之后")}为{r.Seq}，缺少{Range(expected, r.Seq - 1)}。", r.Source));
            expected = r.Seq + 1;
        }
    }

    private static string Range(int from, int to) => from == to ? $"{from}" : $"{from}–{to}";

    /// <summary>A clause printed twice inside one requirement (e.g. a repeated sub-item ②).</summary>
    private static void CheckRepeatedClauses(SeedText text, List<AccessRequirement> items, List<SeedFinding> findings)
    {
        foreach (var r in items)
        {
            var repeated = ClauseSeparator.Split(r.Text)
                .Select(c => c.Trim())
                .Where(c => c.Length >= 8)
                .GroupBy(c => c)
                .Where(g => g.Count() > 1)
                .Select(g => g.Key);
            foreach (var clause in repeated)
                findings.Add(new SeedFinding(FindingKind.Duplicated,
                    $"“{r.Source.Row}”中“{clause}”重复印了两次；按原文保留。", AtFragment(text, r, clause)));
        }
    }

    /// <summary>A requirement whose whole text recurs inside another requirement of the list.</summary>
    private static void CheckRepeatedRequirements(List<AccessRequirement> items, List<SeedFinding> findings)
    {
        for (int i = 0; i < items.Count; i++)
        {
            var core = items[i].Text.TrimEnd('。', '；');
            if (core.Length < 20) continue;
            for (int j = 0; j < items.Count; j++)
            {
                if (i == j || !items[j].Text.Contains(core, StringComparison.Ordinal)) continue;
                if (items[j].Text == items[i].Text && j < i) continue; // report an identical pair once
                findings.Add(new SeedFinding(FindingKind.Duplicated,
                    $"“{items[j].Source.Row}”包含“{items[i].Source.Row}”的全部内容（“{Shorten(core)}”），同一要求在清单中出现两次；两条均按原文保留。",
                    items[j].Source));
            }
        }
    }

    private static string Shorten(string s) => s.Length <= 30 ? s : s[..30] + "…";

    /// <summary>
    /// A basis issued after the result's base year: the draft cites documents of a later year, so it was
    /// written then; the year in its title is the update round, not the date of the text.
    /// </summary>
    private static void CheckBasisYears(SeedText text, string section, List<Block> blocks, int? baseYear, List<SeedFinding> findings)
    {
        if (baseYear is null) return;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var b in blocks)
        {
            foreach (Match m in DocNumberYear.Matches(b.Basis))
            {
                var year = int.Parse(m.Groups[1].Value);
                if (year <= baseYear || !seen.Add(m.Value)) continue;
                findings.Add(new SeedFinding(FindingKind.Ambiguous,
                    $"主要依据引用{year}年文件（{m.Value}），晚于成果标注的{baseYear}年；本稿成稿应不早于{year}年，" +
                    $"“（{baseYear}年）”应指动态更新批次，成果的实际版本日期未印出。",
                    new Provenance(text.Id, section, b.BasisLine, RowLabel(b.Category, b.Subcategory, FirstSeq(b)))));
            }
        }
    }

    private static int FirstSeq(Block b)
    {
        var m = ItemStart.Match(b.Requirements.TrimStart());
        return m.Success ? int.Parse(m.Groups[1].Value) : 0;
    }

    private static void ApplyReviewChecks(SeedText text, List<AccessRequirement> items, List<SeedFinding> findings)
    {
        foreach (var (pattern, kind, message) in ReviewChecks)
        {
            foreach (var r in items.Where(r => r.Text.Contains(pattern, StringComparison.Ordinal)))
                findings.Add(new SeedFinding(kind, $"“{r.Source.Row}”：{message}", AtFragment(text, r, pattern)));
        }
    }

    /// <summary>The requirement's provenance, pointed at the line (at or after its start) that holds <paramref name="fragment"/>.</summary>
    private static Provenance AtFragment(SeedText text, AccessRequirement r, string fragment)
    {
        var line = text.Find(fragment).FirstOrDefault(n => n >= r.Source.Line);
        return line > 0 ? r.Source with { Line = line } : r.Source;
    }
}
