using System.Globalization;
using System.Text.RegularExpressions;
using EcoGov.Core.Indicators;
using EcoGov.Core.Plans;
using EcoGov.Core.Projects;
using EcoGov.Core.Text;

namespace EcoGov.Documents.Seeds;

/// <summary>
/// What the body text of document 003 says about its own tables (四（二）: "20项重点指标，包括11项约束性指标、
/// 9项预期性指标", 六: "五大主要方面谋划了28大类、69项重点项目"), compared with the rows; and damage in the body
/// text itself (a doubled first character, a garbled quoted title).
/// </summary>
internal static class Doc003ProseChecks
{
    private static readonly Regex IndicatorCount = new(@"(?<n>\d+)项重点指标", RegexOptions.Compiled);
    private static readonly Regex BindingCount = new(@"(?<n>\d+)项约束性指标", RegexOptions.Compiled);
    private static readonly Regex ExpectedCount = new(@"(?<n>\d+)项预期性指标", RegexOptions.Compiled);

    /// <summary>"从生态保护、环境治理、风险防控、资源利用四个方面".</summary>
    private static readonly Regex IndicatorAspects = new(@"从(?<list>[^，。从]+?)(?<k>[一二三四五六七八九十])个方面", RegexOptions.Compiled);

    private static readonly Regex ProjectCount = new(@"(?<n>\d+)项重点项目", RegexOptions.Compiled);
    private static readonly Regex SubCategoryCount = new(@"(?<n>\d+)大类", RegexOptions.Compiled);

    /// <summary>"分别从生态保护与功能提升、…、固废收集与治理体系完善等五大主要方面".</summary>
    private static readonly Regex ProjectAspects = new(@"从(?<list>[^，。从]+?)等(?<k>[一二三四五六七八九十])大主要方面", RegexOptions.Compiled);

    /// <summary>A quoted title whose 年 slipped outside the brackets: "《…规划（2021-2035）年》".</summary>
    private static readonly Regex MisplacedYear = new(@"《[^》]*（\d{4}\s*[-—–]\s*\d{4}）年》", RegexOptions.Compiled);

    /// <summary>Compares the indicator figures stated in the text with 附表1.</summary>
    public static void CheckIndicators(
        SeedText text, string planId, Doc003IndicatorTable.Result table, List<StatedTotal> totals, List<SeedFinding> findings)
    {
        var (line, body) = FindStatement(text, IndicatorCount, "指标总数（“N项重点指标”）", table.Section, table.TitleLine, findings);
        if (line == 0) return;
        var section = Doc003Layout.SectionOf(text, line);
        var rows = table.Indicators;
        var checks = new (Regex Pattern, string Subject, int Actual, string What)[]
        {
            (IndicatorCount, "indicators.count", rows.Count, "项指标"),
            (BindingCount, "indicators.binding.count", rows.Count(i => i.Binding == IndicatorAttribute.Binding), "项约束性指标"),
            (ExpectedCount, "indicators.expected.count", rows.Count(i => i.Binding == IndicatorAttribute.Expected), "项预期性指标"),
        };
        foreach (var (pattern, subject, actual, what) in checks)
        {
            var m = pattern.Match(body);
            if (m.Success) Compare(planId, subject, m, actual, table.Section, what, section, line, totals, findings);
        }
        CheckAspects(IndicatorAspects, body, planId, "indicators.category.count",
            [.. rows.Select(i => i.Category).Distinct()], table.Section, "分类", section, line, totals, findings);
    }

    /// <summary>Compares the project figures stated in the text with 附表2.</summary>
    public static void CheckProjects(
        SeedText text, string planId, Doc003ProjectTable.Result table, List<StatedTotal> totals, List<SeedFinding> findings)
    {
        var (line, body) = FindStatement(text, ProjectCount, "工程总数（“N项重点项目”）", table.Section, table.TitleLine, findings);
        if (line == 0) return;
        var section = Doc003Layout.SectionOf(text, line);
        IReadOnlyList<KeyProject> rows = table.Projects;
        Compare(planId, "projects.count", ProjectCount.Match(body), rows.Count, table.Section, "项工程", section, line, totals, findings);
        var sub = SubCategoryCount.Match(body);
        if (sub.Success)
            Compare(planId, "projects.subcategory.count", sub, rows.Select(p => (p.Category, p.SubCategory)).Distinct().Count(),
                table.Section, "个工程大类（第二列分类）", section, line, totals, findings);
        CheckAspects(ProjectAspects, body, planId, "projects.category.count",
            [.. rows.Select(p => p.Category).Distinct()], table.Section, "分类", section, line, totals, findings);
    }

    /// <summary>Damage in the body text: paragraphs whose first character is doubled, garbled quoted titles.</summary>
    public static void CheckBody(SeedText text, List<SeedFinding> findings)
    {
        foreach (var (line, body) in Doc003Layout.BodyLines(text))
        {
            // "党党的十八大", "推推动": the export repeated a paragraph's first character (both sit right after bookmarks).
            if (body.Length > 2 && body[0] == body[1] && TextNormalizer.IsCjk(body[0]))
                findings.Add(Doc003Layout.Finding(FindingKind.Damaged,
                    $"第{line}行段首“{body[..Math.Min(6, body.Length)]}”首字重复（应为“{body[1..Math.Min(6, body.Length)]}”），疑为导出错误。",
                    Doc003Layout.SectionOf(text, line), line));
            var m = MisplacedYear.Match(body);
            if (m.Success)
                findings.Add(Doc003Layout.Finding(FindingKind.Damaged,
                    $"第{line}行引用的规划名称“{m.Value}”中“年”字位置错误（应在括号内），请核对所引规划的正式名称。",
                    Doc003Layout.SectionOf(text, line), line));
        }
    }

    private static (int Line, string Body) FindStatement(
        SeedText text, Regex pattern, string what, string tableSection, int tableLine, List<SeedFinding> findings)
    {
        foreach (var (line, body) in Doc003Layout.BodyLines(text))
            if (pattern.IsMatch(body)) return (line, body);
        findings.Add(Doc003Layout.Finding(FindingKind.Unparsed, $"正文中找不到{what}，无法与{tableSection}核对。", tableSection, tableLine));
        return (0, "");
    }

    private static void Compare(
        string planId, string subject, Match m, int actual, string tableSection, string what,
        string section, int line, List<StatedTotal> totals, List<SeedFinding> findings)
    {
        var stated = int.Parse(m.Groups["n"].Value, CultureInfo.InvariantCulture);
        totals.Add(new StatedTotal(planId, subject, stated, m.Value, Doc003Layout.At(section, line)));
        if (stated != actual)
            findings.Add(Doc003Layout.Finding(FindingKind.Inconsistent,
                $"{section}称“{m.Value}”，但{tableSection}中有{actual}{what}。", section, line));
    }

    /// <summary>"从A、B、C、D四个方面": the count and the names, against the table's categories.</summary>
    private static void CheckAspects(
        Regex pattern, string body, string planId, string subject, IReadOnlyList<string> tableCategories,
        string tableSection, string column, string section, int line, List<StatedTotal> totals, List<SeedFinding> findings)
    {
        var m = pattern.Match(body);
        if (!m.Success) return;
        var listed = m.Groups["list"].Value.Split('、', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var stated = Doc003Layout.ChineseNumber(m.Groups["k"].Value) ?? listed.Length;
        totals.Add(new StatedTotal(planId, subject, stated, m.Value, Doc003Layout.At(section, line)));
        if (stated != listed.Length || stated != tableCategories.Count)
            findings.Add(Doc003Layout.Finding(FindingKind.Inconsistent,
                $"{section}称“{m.Value}”（列出{listed.Length}项），但{tableSection}有{tableCategories.Count}个{column}。", section, line));
        var notInTable = listed.Where(a => !tableCategories.Contains(a)).ToList();
        var notInText = tableCategories.Where(c => !listed.Contains(c)).ToList();
        foreach (var name in notInTable)
            findings.Add(Doc003Layout.Finding(FindingKind.Inconsistent,
                $"{section}列出的“{name}”在{tableSection}中没有同名{column}" +
                (notInText.Count > 0 ? $"；表中未被正文列出的{column}为“{string.Join("”“", notInText)}”，名称不一致，请统一。" : "。"),
                section, line));
    }
}
