using System.Globalization;
using System.Text.RegularExpressions;
using EcoGov.Core.Plans;
using EcoGov.Core.Projects;
using EcoGov.Core.Text;

namespace EcoGov.Documents.Seeds;

/// <summary>
/// Reads 表3 晋城市“十四五”生态环境保护规划重点工程 of document 001 and checks it against 第十二章's text.
/// <para>
/// The table runs over several pages and repeats its header on each; some headers print 项目别, some
/// do not, and the rows do not always follow their header. A row is therefore read from its right end,
/// which is stable: the 实施时间 cell ("2021-2025") is followed by 投资估算 and 牵头单位 and preceded by
/// 主要内容; the cells left of 主要内容 are the labels: 类别, 项目别, 项目名称 (three) or 类别, 项目名称
/// (two, where 项目别 and 项目名称 form one cell). 类别 and 项目别 are printed on the first row of a
/// group and continue down; an empty 项目名称 is not filled in (finding).
/// </para>
/// </summary>
internal static class Doc001ProjectTable
{
    private static readonly Regex Period = new(@"^(?<from>\d{4})\s*[-—–~至]\s*(?<to>\d{4})$", RegexOptions.Compiled);

    /// <summary>第十二章: "主要有A、B、…等6个方面，42项重点工程，预计投资约150.68亿元".</summary>
    private static readonly Regex StatedCategories = new(@"主要有(?<list>[^，。]+?)等(?<n>\d+)个方面", RegexOptions.Compiled);

    private static readonly Regex StatedCount = new(@"(?<n>\d+)\s*项重点工程", RegexOptions.Compiled);

    private static readonly Regex StatedInvestment = new(@"投资约?\s*(?<n>\d+(?:\.\d+)?)\s*亿元", RegexOptions.Compiled);

    private const string TotalLabel = "合计";

    public sealed record Result(IReadOnlyList<KeyProject> Projects, IReadOnlyList<StatedTotal> Totals);

    public static Result Read(SeedText text, string planId, List<SeedFinding> findings)
    {
        int titleLine = Doc001Layout.FindTableTitle(text, 3);
        var section = Doc001Layout.NormalizeTitle(text.Line(titleLine));
        int firstLine = Doc001Layout.FirstTabLine(text, titleLine);

        var reader = new RowReader(planId, section, findings);
        for (int n = firstLine; n <= text.Lines.Count; n++)
        {
            var line = text.Line(n);
            if (line.Trim().Length == 0) continue;
            if (!line.Contains('\t')) break; // the next chapter (第十三章) ends the table
            reader.Add(TabTable.ReadInline(text, n, n)[0]);
        }
        reader.Finish();

        var totals = new List<StatedTotal>();
        if (reader.Total is { } total) totals.Add(total);
        var chapter = Doc001Layout.ChapterAbove(text, titleLine)
                      ?? throw new InvalidOperationException("表3上方找不到章标题（第十二章）");
        totals.AddRange(ReadStatedTotals(text, planId, section, chapter, titleLine, reader.Projects, findings));
        CompareWithTotals(planId, section, reader, totals, findings);
        return new Result(reader.Projects, totals);
    }

    /// <summary>Walks the rows and repeated headers of 表3.</summary>
    private sealed class RowReader(string planId, string section, List<SeedFinding> findings)
    {
        private readonly List<KeyProject> projects = [];
        private string? category;
        private string? subCategory;
        private bool headerHasSubCategory;
        private int headerLine;
        private int headerColumns;
        private bool headerMismatchReported;
        private decimal toYi = 1m; // 亿元 per unit of the 投资估算 column
        private readonly List<(string Label, int Line)> printedCategories = [];
        private readonly List<(string Label, int Line)> printedSubCategories = [];

        public IReadOnlyList<KeyProject> Projects => projects;

        public StatedTotal? Total { get; private set; }

        public void Add(TableRow row)
        {
            var cells = TrimTrailingEmpty(row.Cells);
            if (cells.Any(c => Norm(c) == "项目名称")) ReadHeader(row, cells);
            else if (cells.Any(c => Norm(c) == TotalLabel)) ReadTotal(row, cells);
            else ReadProject(row, cells);
        }

        public void Finish()
        {
            if (headerLine == 0) throw new InvalidOperationException($"{section}：找不到表头");
            ReportDisplacedLabels();
        }

        /// <summary>
        /// A label printed in the 类别 column on one row and in the 项目别 column on another row suggests
        /// the export shifted the merged cells of that part of the table.
        /// </summary>
        private void ReportDisplacedLabels()
        {
            foreach (var (label, line) in printedCategories)
            {
                var asSub = printedSubCategories.FirstOrDefault(s => s.Label == label && s.Line != line);
                if (asSub.Label is null) continue;
                findings.Add(Doc001Layout.Finding(FindingKind.Ambiguous,
                    $"{section}第{line}行类别列印有“{label}”，而第{asSub.Line}行又把“{label}”印在项目别列：" +
                    "该处类别与项目别可能错位（原表合并单元格），按原样读取，请核对原件。", section, line));
            }
        }

        private void ReadHeader(TableRow row, IReadOnlyList<string> cells)
        {
            headerLine = row.Line;
            headerColumns = cells.Count;
            headerHasSubCategory = cells.Any(c => Norm(c) == "项目别");
            headerMismatchReported = false;
            var investment = cells.Select(Norm).FirstOrDefault(c => c.StartsWith("投资", StringComparison.Ordinal)) ?? "";
            if (investment.Contains("万元")) toYi = 0.0001m;
            else if (investment.Contains("亿元")) toYi = 1m;
            else
                findings.Add(Doc001Layout.Finding(FindingKind.Ambiguous,
                    $"{section}第{row.Line}行表头的投资列“{investment}”未注明单位，按亿元读取。", section, row.Line));
        }

        private void ReadTotal(TableRow row, IReadOnlyList<string> cells)
        {
            var printed = Norm(cells[^1]);
            if (decimal.TryParse(printed, NumberStyles.Number, CultureInfo.InvariantCulture, out var value))
                Total = new StatedTotal(planId, "projects.investment", value * toYi, $"{TotalLabel} {printed}",
                    Doc001Layout.At(section, row.Line, TotalLabel));
            else
                findings.Add(Doc001Layout.Finding(FindingKind.Damaged,
                    $"{section}第{row.Line}行合计行的金额“{printed}”无法读取。", section, row.Line, TotalLabel));
        }

        private void ReadProject(TableRow row, IReadOnlyList<string> cells)
        {
            int p = FindPeriodCell(cells);
            if (p < 1)
            {
                findings.Add(Doc001Layout.Finding(FindingKind.Unparsed,
                    $"{section}第{row.Line}行找不到实施时间（如“2021-2025”），该行未读取：{Norm(string.Join(' ', cells))}",
                    section, row.Line));
                return;
            }
            var labels = cells.Take(p - 1).Select(Norm).ToList();
            if (!ReadLabels(row, labels, out var name)) return;
            CheckHeaderFits(row, labels.Count, name);

            var period = Period.Match(Norm(cells[p]));
            projects.Add(new KeyProject(
                planId,
                projects.Count + 1,
                category ?? "",
                subCategory,
                name,
                NullIfEmpty(Norm(cells[p - 1])),
                int.Parse(period.Groups["from"].Value, CultureInfo.InvariantCulture),
                int.Parse(period.Groups["to"].Value, CultureInfo.InvariantCulture),
                Norm(cells[p]),
                ReadInvestment(row, Cell(cells, p + 1), name),
                NullIfEmpty(Norm(Cell(cells, p + 2))),
                Doc001Layout.At(section, row.Line, NullIfEmpty(name))));
        }

        /// <summary>
        /// Labels left of 主要内容: [类别, 项目别, 项目名称] or [类别, 项目名称]. An empty 类别/项目别
        /// continues the group above; an empty 项目名称 stays empty (finding naming the probable row).
        /// </summary>
        private bool ReadLabels(TableRow row, List<string> labels, out string name)
        {
            name = "";
            if (labels.Count is < 2 or > 3)
            {
                findings.Add(Doc001Layout.Finding(FindingKind.Unparsed,
                    $"{section}第{row.Line}行主要内容前有{labels.Count}个单元格（应为类别、项目别、项目名称），该行未读取。",
                    section, row.Line));
                return false;
            }
            bool newCategory = labels[0].Length > 0;
            if (newCategory)
            {
                category = labels[0];
                printedCategories.Add((category, row.Line));
            }
            else if (category is null)
                findings.Add(Doc001Layout.Finding(FindingKind.Damaged,
                    $"{section}第{row.Line}行没有类别，上方也没有可沿用的类别。", section, row.Line));

            if (labels.Count == 3)
            {
                if (labels[1].Length > 0)
                {
                    subCategory = labels[1];
                    printedSubCategories.Add((subCategory, row.Line));
                }
                else if (newCategory) subCategory = null;
                name = labels[2];
            }
            else
            {
                subCategory = null;
                name = labels[1];
                if (headerHasSubCategory)
                    findings.Add(Doc001Layout.Finding(FindingKind.Ambiguous,
                        $"{section}第{row.Line}行：表头有“项目别”列，但该行在类别之后只有一个名称格“{name}”" +
                        "（项目别与项目名称合为一格），按项目名称读取，项目别留空。", section, row.Line, NullIfEmpty(name)));
            }
            if (name.Length == 0) findings.Add(EmptyNameFinding(row.Line));
            return true;
        }

        private SeedFinding EmptyNameFinding(int line)
        {
            var above = projects.LastOrDefault(p => p.Name.Length > 0);
            var message = above is null
                ? $"{section}第{line}行项目名称为空，未填补。"
                : $"{section}第{line}行项目名称为空，可能是原表合并单元格，与第{above.Source.Line}行“{above.Name}”同属一个项目名称；" +
                  "按原文留空，未填补，请核实。";
            return Doc001Layout.Finding(FindingKind.Ambiguous, message, section, line);
        }

        /// <summary>Reports once per header block when rows carry a 项目别 cell the header does not print.</summary>
        private void CheckHeaderFits(TableRow row, int labelCount, string name)
        {
            if (labelCount != 3 || headerHasSubCategory || headerMismatchReported) return;
            headerMismatchReported = true;
            findings.Add(Doc001Layout.Finding(FindingKind.Ambiguous,
                $"{section}第{headerLine}行的表头只有{headerColumns}列、没有“项目别”，但其下第{row.Line}行等行多出一格" +
                "（类别、项目别、项目名称）；这些行按有“项目别”的7列读取。", section, row.Line, NullIfEmpty(name)));
        }

        private decimal? ReadInvestment(TableRow row, string cell, string name)
        {
            var printed = Norm(cell);
            if (decimal.TryParse(printed, NumberStyles.Number, CultureInfo.InvariantCulture, out var value)) return value * toYi;
            var what = printed.Length == 0 ? "为空" : $"“{printed}”无法读取";
            findings.Add(Doc001Layout.Finding(FindingKind.Damaged,
                $"{section}第{row.Line}行“{name}”的投资估算{what}，未录入投资。", section, row.Line, NullIfEmpty(name)));
            return null;
        }
    }

    /// <summary>第十二章's own figures: how many projects and how much investment; also checks its category list.</summary>
    private static List<StatedTotal> ReadStatedTotals(
        SeedText text, string planId, string section, (int Line, string Title) chapter, int titleLine,
        IReadOnlyList<KeyProject> projects, List<SeedFinding> findings)
    {
        var totals = new List<StatedTotal>();
        for (int n = chapter.Line + 1; n < titleLine; n++)
        {
            var line = TextNormalizer.Normalize(text.Line(n));
            var count = StatedCount.Match(line);
            if (count.Success)
                totals.Add(new StatedTotal(planId, "projects.count", decimal.Parse(count.Groups["n"].Value, CultureInfo.InvariantCulture),
                    count.Value, Doc001Layout.At(chapter.Title, n)));
            var investment = StatedInvestment.Match(line);
            if (investment.Success)
                totals.Add(new StatedTotal(planId, "projects.investment", decimal.Parse(investment.Groups["n"].Value, CultureInfo.InvariantCulture),
                    investment.Value, Doc001Layout.At(chapter.Title, n)));
            var categories = StatedCategories.Match(line);
            if (categories.Success) CheckCategories(categories, chapter.Title, n, section, projects, findings);
        }
        return totals;
    }

    /// <summary>
    /// Compares the 类别 printed in 表3 with the list of 方面 第十二章 names ("和"/"与" read alike):
    /// table categories missing from the list, and listed 方面 the table never prints.
    /// </summary>
    private static void CheckCategories(
        Match stated, string chapter, int line, string section, IReadOnlyList<KeyProject> projects, List<SeedFinding> findings)
    {
        var listed = stated.Groups["list"].Value.Split('、', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        int statedCount = int.Parse(stated.Groups["n"].Value, CultureInfo.InvariantCulture);
        if (listed.Length != statedCount)
            findings.Add(Doc001Layout.Finding(FindingKind.Inconsistent,
                $"{chapter}称“{statedCount}个方面”，但列出了{listed.Length}个：{string.Join("、", listed)}。", chapter, line));

        var listedKeys = listed.Select(CategoryKey).ToHashSet(StringComparer.Ordinal);
        var printed = projects.GroupBy(p => p.Category).Select(g => (Category: g.Key, First: g.First())).ToList();
        foreach (var (category, first) in printed.Where(c => !listedKeys.Contains(CategoryKey(c.Category))))
            findings.Add(Doc001Layout.Finding(FindingKind.Ambiguous,
                $"{section}第{first.Source.Line}行起的类别“{category}”不在{chapter}所列的{statedCount}个方面" +
                $"（{string.Join("、", listed)}）之中。", section, first.Source.Line, NullIfEmpty(first.Name)));

        var printedKeys = printed.Select(c => CategoryKey(c.Category)).ToHashSet(StringComparer.Ordinal);
        foreach (var missing in listed.Where(l => !printedKeys.Contains(CategoryKey(l))))
        {
            var asSub = projects.FirstOrDefault(p => p.SubCategory is { } s && SimilarCategory(s, missing));
            var hint = asSub is null
                ? "表中没有该类别的项目。"
                : $"表中第{asSub.Source.Line}行的项目别“{asSub.SubCategory}”可能就是该类别（印在了项目别列），该行按类别“{asSub.Category}”读取。";
            findings.Add(Doc001Layout.Finding(FindingKind.Inconsistent,
                $"{chapter}列有“{missing}”方面，但{section}的类别列中没有它；{hint}", chapter, line));
        }
    }

    private static string CategoryKey(string category) => category.Replace('和', '与');

    /// <summary>"土壤和地下水环境保护" ~ "土壤和地下水保护": equal once "环境" is dropped.</summary>
    private static bool SimilarCategory(string a, string b) =>
        CategoryKey(a).Replace("环境", "") == CategoryKey(b).Replace("环境", "");

    /// <summary>Rows read vs the 合计 row and vs the chapter text.</summary>
    private static void CompareWithTotals(
        string planId, string section, RowReader reader, List<StatedTotal> totals, List<SeedFinding> findings)
    {
        var projects = reader.Projects;
        decimal sum = projects.Sum(p => p.Investment ?? 0m);
        int withInvestment = projects.Count(p => p.Investment is not null);

        foreach (var total in totals.Where(t => t.PlanId == planId))
        {
            var where = total.Source.Row == TotalLabel ? $"{section}合计行（第{total.Source.Line}行）" : $"{total.Source.Section}（第{total.Source.Line}行）";
            if (total.Subject == "projects.count" && total.Value != projects.Count)
                findings.Add(new SeedFinding(FindingKind.Inconsistent,
                    $"{where}称“{total.Text}”，共{total.Value}项，但{section}中实际只列出{projects.Count}个项目（少{total.Value - projects.Count}项）。",
                    total.Source));
            if (total.Subject == "projects.investment" && !SameAmount(total, sum))
                findings.Add(new SeedFinding(FindingKind.Inconsistent,
                    $"{where}的投资为{total.Value}亿元（“{total.Text}”），但{section}中{withInvestment}个有投资估算的项目合计为{sum}亿元，" +
                    $"相差{total.Value - sum}亿元。",
                    total.Source));
        }

        var tableTotal = totals.FirstOrDefault(t => t.Source.Row == TotalLabel);
        var textTotal = totals.FirstOrDefault(t => t.Subject == "projects.investment" && t.Source.Row != TotalLabel);
        if (tableTotal is not null && textTotal is not null && !SameAmount(textTotal, tableTotal.Value))
            findings.Add(new SeedFinding(FindingKind.Inconsistent,
                $"{textTotal.Source.Section}称投资约{textTotal.Value}亿元，与{section}合计行的{tableTotal.Value}亿元不一致。",
                textTotal.Source));
    }

    /// <summary>A stated amount matches when it equals the figure rounded to the decimals it is printed with ("约150.68").</summary>
    private static bool SameAmount(StatedTotal stated, decimal figure)
    {
        int decimals = (decimal.GetBits(stated.Value)[3] >> 16) & 0xFF;
        return Math.Round(figure, decimals, MidpointRounding.AwayFromZero) == stated.Value;
    }

    private static int FindPeriodCell(IReadOnlyList<string> cells)
    {
        for (int i = 0; i < cells.Count; i++)
            if (Period.IsMatch(Norm(cells[i]))) return i;
        return -1;
    }

    private static IReadOnlyList<string> TrimTrailingEmpty(IReadOnlyList<string> cells)
    {
        int n = cells.Count;
        while (n > 0 && cells[n - 1].Trim().Length == 0) n--;
        return cells.Take(n).ToList();
    }

    private static string Cell(IReadOnlyList<string> cells, int i) => i < cells.Count ? cells[i] : "";

    private static string Norm(string s) => TextNormalizer.Normalize(s);

    private static string? NullIfEmpty(string s) => s.Length == 0 ? null : s;
}
