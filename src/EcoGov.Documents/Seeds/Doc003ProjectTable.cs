using System.Globalization;
using System.Text.RegularExpressions;
using EcoGov.Core.Plans;
using EcoGov.Core.Projects;
using EcoGov.Core.Tasks;

namespace EcoGov.Documents.Seeds;

/// <summary>
/// Reads 附表2 of document 003, the key-project list (重点工程列表): header 分类 / 工程名称 / 主要建设内容 /
/// 时间安排, where 分类 spans two columns in the data rows (category, e.g. 大气环境系统治理, and sub-category,
/// e.g. 燃煤污染控制工程). Both are merged cells printed on a group's first row only and carried down.
/// The table prints no 序号, no 投资估算 and no 责任单位: Investment and LeadUnit stay null.
/// </summary>
internal static class Doc003ProjectTable
{
    /// <summary>The table title: "附表 2上党区生态环境保护专项规划重点工程列表".</summary>
    private static readonly Regex Title = new(@"^附表\s*\d+\s*\S*重点工程\S*$", RegexOptions.Compiled);

    /// <summary>Capacities in the content: "处理能力近期2万吨/日，远期1万吨/日", "近期…日处理2万吨，远期…日处理3万吨".</summary>
    private static readonly Regex NearFarCapacity = new(
        @"近期\D{0,12}?(?<near>\d+(\.\d+)?)万吨.*?远期\D{0,12}?(?<far>\d+(\.\d+)?)万吨", RegexOptions.Compiled);

    private sealed record Columns(int Category, int SubCategory, int Name, int Content, int Period, int Width, IReadOnlyList<string> Header);

    public sealed record Result(string Section, int TitleLine, IReadOnlyList<KeyProject> Projects);

    public static Result Read(SeedText text, string planId, (int From, int To) planPeriod, List<SeedFinding> findings)
    {
        var (titleLine, section) = Doc003Layout.FindTitle(text, Title, "重点工程附表（附表 2…重点工程列表）");
        var (first, last) = Doc003Layout.TableExtent(text, titleLine);
        var rows = TabTable.ReadCellPerLine(text, first, last);
        var header = rows[0].Cells.Select(Doc003Layout.Clean).ToList();
        var columns = ReadHeader(header, rows.Skip(1).FirstOrDefault()?.Count ?? header.Count, section);

        var reader = new RowReader(text, planId, section, columns, planPeriod, findings);
        foreach (var row in rows.Skip(1)) reader.Add(row);
        return new Result(section, titleLine, reader.Projects);
    }

    /// <summary>
    /// Maps the header words to data columns. When the data rows have one cell more than the header,
    /// the 分类 header spans two columns: category, then sub-category.
    /// </summary>
    private static Columns ReadHeader(IReadOnlyList<string> header, int dataWidth, string section)
    {
        int category = IndexOf(header, "分类", section);
        int shift = dataWidth - header.Count;
        if (shift is not (0 or 1))
            throw new InvalidOperationException($"{section}：数据行有{dataWidth}个单元格，表头有{header.Count}个，无法对应");
        int Col(string word) { int i = IndexOf(header, word, section); return i > category ? i + shift : i; }
        var known = new HashSet<string>(StringComparer.Ordinal) { "分类", "工程名称", "主要建设内容", "时间安排" };
        var unknown = header.FirstOrDefault(h => !known.Contains(h));
        if (unknown is not null) throw new InvalidOperationException($"{section}：表头中有未知的列“{unknown}”");
        return new Columns(category, shift == 1 ? category + 1 : -1, Col("工程名称"), Col("主要建设内容"), Col("时间安排"), dataWidth, header);
    }

    private static int IndexOf(IReadOnlyList<string> header, string word, string section)
    {
        for (int i = 0; i < header.Count; i++)
            if (header[i] == word) return i;
        throw new InvalidOperationException($"{section}：表头中没有“{word}”列");
    }

    /// <summary>Walks the rows, carrying category and sub-category down and collecting findings.</summary>
    private sealed class RowReader(
        SeedText text, string planId, string section, Columns columns, (int From, int To) planPeriod, List<SeedFinding> findings)
    {
        private readonly List<KeyProject> projects = [];
        private string? category;
        private string? subCategory;

        public IReadOnlyList<KeyProject> Projects => projects;

        public void Add(TableRow row)
        {
            var cells = row.Cells.Select(Doc003Layout.Clean).ToList();
            if (cells.SequenceEqual(columns.Header)) return; // header repeated on a new page
            int line = Doc003Layout.CellLine(text, row, columns.Name);
            if (row.Count != columns.Width)
            {
                findings.Add(Doc003Layout.Finding(FindingKind.Damaged,
                    $"{section}第{row.Line}行开始的表格行有{row.Count}个单元格（应为{columns.Width}个），无法读取，未导入。", section, row.Line));
                return;
            }
            var name = cells[columns.Name];
            CarryGroups(cells, line);
            if (name.Length == 0)
            {
                findings.Add(Doc003Layout.Finding(FindingKind.Damaged,
                    $"{section}第{row.Line}行开始的表格行没有工程名称，未导入。", section, row.Line));
                return;
            }
            var content = Optional(cells[columns.Content], "主要建设内容", name, line);
            var periodText = Optional(cells[columns.Period], "时间安排", name, Doc003Layout.CellLine(text, row, columns.Period));
            var (from, to) = ReadPeriod(periodText, name, Doc003Layout.CellLine(text, row, columns.Period));
            var project = new KeyProject(planId, projects.Count + 1, category ?? "", subCategory, name, content,
                from, to, periodText, Investment: null, LeadUnit: null, Doc003Layout.At(section, line));
            CheckDuplicate(project);
            CheckCapacities(project);
            projects.Add(project);
        }

        /// <summary>分类 (both columns) printed on a group's first row only: carried down to the group's rows.</summary>
        private void CarryGroups(List<string> cells, int line)
        {
            if (cells[columns.Category].Length > 0)
            {
                category = cells[columns.Category];
                subCategory = null;
            }
            if (columns.SubCategory >= 0 && cells[columns.SubCategory].Length > 0) subCategory = cells[columns.SubCategory];
            if (category is null)
                findings.Add(Doc003Layout.Finding(FindingKind.Damaged,
                    $"{section}第{line}行的工程没有分类，上方也没有可沿用的分类。", section, line));
        }

        private string? Optional(string cell, string column, string name, int line)
        {
            if (cell.Length > 0) return cell;
            findings.Add(Doc003Layout.Finding(FindingKind.Damaged, $"{section}中“{name}”的{column}为空。", section, line));
            return null;
        }

        /// <summary>"2024-2035" → 2024, 2025; any other phrase is kept verbatim and flagged.</summary>
        private (int? From, int? To) ReadPeriod(string? periodText, string name, int line)
        {
            if (periodText is null) return (null, null);
            var deadline = DeadlinePhrase.Parse(periodText);
            if (deadline is not { Kind: DeadlineKind.YearRange, Start: { } start, Due: { } due })
            {
                findings.Add(Doc003Layout.Finding(FindingKind.Unparsed,
                    $"{section}中“{name}”的时间安排“{periodText}”不是起止年份，按原文保留。", section, line));
                return (null, null);
            }
            if (start.Year < planPeriod.From || due.Year > planPeriod.To)
                findings.Add(Doc003Layout.Finding(FindingKind.Inconsistent,
                    $"{section}中“{name}”的时间安排“{periodText}”超出规划期{planPeriod.From}-{planPeriod.To}年。", section, line));
            return (start.Year, due.Year);
        }

        private void CheckDuplicate(KeyProject project)
        {
            var earlier = projects.FirstOrDefault(p => p.Name == project.Name);
            if (earlier is not null)
                findings.Add(Doc003Layout.Finding(FindingKind.Duplicated,
                    $"{section}中工程“{project.Name}”出现两次（第{earlier.Source.Line}行、第{project.Source.Line}行），两行均已录入，请核实。",
                    section, project.Source.Line));
        }

        /// <summary>A plant whose long-term (远期) capacity is printed smaller than its near-term (近期) one.</summary>
        private void CheckCapacities(KeyProject project)
        {
            var m = NearFarCapacity.Match(project.Content ?? "");
            if (!m.Success) return;
            var near = decimal.Parse(m.Groups["near"].Value, CultureInfo.InvariantCulture);
            var far = decimal.Parse(m.Groups["far"].Value, CultureInfo.InvariantCulture);
            if (far < near)
                findings.Add(Doc003Layout.Finding(FindingKind.Ambiguous,
                    $"{section}中“{project.Name}”的建设内容写“{project.Content}”：远期规模（{m.Groups["far"].Value}万吨）小于近期" +
                    $"（{m.Groups["near"].Value}万吨），可能是笔误，也可能指远期新增规模，请核实。", section, project.Source.Line));
        }
    }
}
