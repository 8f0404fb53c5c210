using System.Globalization;
using System.Text.RegularExpressions;
using EcoGov.Core;
using EcoGov.Core.Plans;
using EcoGov.Core.Text;
using EcoGov.Core.Zoning;

namespace EcoGov.Documents.Seeds;

/// <summary>
/// 附件2 晋城市生态环境管控单元统计表（2023年）: units per class for each county and the city
/// (cell-per-line table), checked row by row, column by column, and against the body text
/// “划分为90个环境管控单元。其中，优先保护单元48个…”.
/// </summary>
internal static class Doc000UnitStatisticsReader
{
    private const string TableTitle = "晋城市生态环境管控单元统计表";
    private const string NameHeader = "分区";
    private const string PriorityHeader = "优先保护单元";
    private const string KeyHeader = "重点管控单元";
    private const string GeneralHeader = "一般管控单元";
    private const string TotalHeader = "合计";

    private static readonly Regex UnitCount = new(@"划分为(\d+)个环境管控单元", RegexOptions.Compiled);
    private static readonly Regex ClassCount = new(@"(优先保护单元|重点管控单元|一般管控单元)(\d+)个，面积占比(\d+(?:\.\d+)?)%", RegexOptions.Compiled);
    private static readonly Regex SectionHeading = new(@"^(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）)", RegexOptions.Compiled);

    private sealed record Columns(int Priority, int Key, int General, int Total);

    public static IReadOnlyList<UnitStatistics> Read(SeedText text, List<SeedFinding> findings)
    {
        var (titleLine, section) = FindTitle(text);
        var last = FindEnd(text, titleLine);
        var rows = TabTable.ReadCellPerLine(text, titleLine + 1, last);
        if (rows.Count == 0 || rows[0][0] != NameHeader)
            throw new InvalidDataException($"000: header row “{NameHeader}…” not found under {section}");
        var columns = MapColumns(rows[0], section);
        var result = new List<UnitStatistics>();
        foreach (var row in rows.Skip(1))
        {
            var record = ReadRow(text, section, row, columns, findings);
            if (record is not null) result.Add(record);
        }
        CheckRows(result, findings);
        CheckColumnTotals(text, result, findings);
        return result;
    }

    /// <summary>The table heading: the line naming the table that is directly followed by table cells.</summary>
    private static (int Line, string Section) FindTitle(SeedText text)
    {
        foreach (var n in text.Find(TableTitle))
        {
            if (n >= text.Lines.Count || !text.Line(n + 1).StartsWith('\t')) continue;
            var title = TextNormalizer.Normalize(SeedText.StripBookmarks(text.Line(n)).Split('\t')[0]);
            return (n, title);
        }
        throw new InvalidDataException($"000: table “{TableTitle}” not found");
    }

    /// <summary>The table ends before the next attachment label ("附件3") or at the end of the text.</summary>
    private static int FindEnd(SeedText text, int titleLine)
    {
        for (int n = titleLine + 1; n <= text.Lines.Count; n++)
            if (text.Line(n).Trim().StartsWith("附件", StringComparison.Ordinal)) return n - 1;
        return text.Lines.Count;
    }

    private static Columns MapColumns(TableRow header, string section)
    {
        int Index(string name)
        {
            for (int i = 0; i < header.Count; i++)
                if (TextNormalizer.Normalize(header[i]) == name) return i;
            throw new InvalidDataException($"000: column “{name}” missing in {section}");
        }
        return new Columns(Index(PriorityHeader), Index(KeyHeader), Index(GeneralHeader), Index(TotalHeader));
    }

    private static UnitStatistics? ReadRow(SeedText text, string section, TableRow row, Columns c, List<SeedFinding> findings)
    {
        var name = TextNormalizer.Normalize(row[0]);
        var source = new Provenance(text.Id, section, row.Line, name);
        var code = KnownJurisdictions.CodeOf(name);
        int? priority = ParseCount(row[c.Priority]), key = ParseCount(row[c.Key]),
            general = ParseCount(row[c.General]), total = ParseCount(row[c.Total]);
        if (code is null || priority is null || key is null || general is null || total is null)
        {
            findings.Add(new SeedFinding(FindingKind.Damaged,
                $"统计表“{name}”行无法读取（行政区不可识别或单元数不是整数），未导入该行。", source));
            return null;
        }
        return new UnitStatistics(Doc000JinchengZoningExtractor.PlanId, code, name,
            priority.Value, key.Value, general.Value, total.Value, source);
    }

    private static int? ParseCount(string cell) =>
        int.TryParse(TextNormalizer.Normalize(cell), NumberStyles.None, CultureInfo.InvariantCulture, out var v) ? v : null;

    /// <summary>Each row: 优先 + 重点 + 一般 = 合计.</summary>
    private static void CheckRows(List<UnitStatistics> rows, List<SeedFinding> findings)
    {
        foreach (var r in rows.Where(r => !r.IsConsistent))
            findings.Add(new SeedFinding(FindingKind.Inconsistent,
                $"统计表“{r.JurisdictionName}”行：优先保护{r.Priority}+重点管控{r.Key}+一般管控{r.General}=" +
                $"{r.Priority + r.Key + r.General}，与合计{r.Total}不符。", r.Source));
    }

    /// <summary>The county rows add up to the 晋城市 row, class by class.</summary>
    private static void CheckColumnTotals(SeedText text, List<UnitStatistics> rows, List<SeedFinding> findings)
    {
        var city = rows.FirstOrDefault(r => r.JurisdictionCode == Doc000JinchengZoningExtractor.CityCode);
        var counties = rows.Where(r => r.JurisdictionCode != Doc000JinchengZoningExtractor.CityCode).ToList();
        if (city is null)
        {
            var at = rows.Count > 0 ? rows[^1].Source : new Provenance(text.Id, TableTitle, 1);
            findings.Add(new SeedFinding(FindingKind.Damaged, "统计表缺少“晋城市”合计行，无法核对各县（市、区）合计。", at));
            return;
        }
        void Check(string label, int stated, Func<UnitStatistics, int> pick)
        {
            var sum = counties.Sum(pick);
            if (sum != stated)
                findings.Add(new SeedFinding(FindingKind.Inconsistent,
                    $"统计表各县（市、区）{label}合计为{sum}个，“晋城市”行为{stated}个，二者不符。", city.Source));
        }
        Check("优先保护单元", city.Priority, r => r.Priority);
        Check("重点管控单元", city.Key, r => r.Key);
        Check("一般管控单元", city.General, r => r.General);
        Check("管控单元", city.Total, r => r.Total);
    }

    /// <summary>
    /// The body text's statement “划分为90个环境管控单元。其中，优先保护单元48个，面积占比40.46%…”:
    /// kept as stated totals (counts and area shares) and compared with the table's 晋城市 row.
    /// </summary>
    public static IReadOnlyList<StatedTotal> ReadBodyStatement(SeedText text, IReadOnlyList<UnitStatistics> rows, List<SeedFinding> findings)
    {
        var line = text.Find("个环境管控单元").FirstOrDefault(n => UnitCount.IsMatch(text.Line(n)));
        if (line == 0) return [];
        var statement = TextNormalizer.Normalize(text.Line(line));
        var source = new Provenance(text.Id, SectionOf(text, line), line);
        var city = rows.FirstOrDefault(r => r.JurisdictionCode == Doc000JinchengZoningExtractor.CityCode);
        var totals = new List<StatedTotal>();

        var all = UnitCount.Match(statement);
        totals.Add(Total("units.count", all.Groups[1].Value, all.Value, source));
        Compare("环境管控单元", int.Parse(all.Groups[1].Value), city?.Total, source, findings);

        foreach (Match m in ClassCount.Matches(statement))
        {
            var (subject, tableValue) = m.Groups[1].Value switch
            {
                "优先保护单元" => ("units.priority", city?.Priority),
                "重点管控单元" => ("units.key", city?.Key),
                _ => ("units.general", city?.General),
            };
            totals.Add(Total(subject + ".count", m.Groups[2].Value, m.Value, source));
            totals.Add(Total(subject + ".areaPercent", m.Groups[3].Value, m.Value, source));
            Compare(m.Groups[1].Value, int.Parse(m.Groups[2].Value), tableValue, source, findings);
        }
        CheckAreaShares(totals, source, findings);
        return totals;
    }

    private static StatedTotal Total(string subject, string value, string phrase, Provenance source) =>
        new(Doc000JinchengZoningExtractor.PlanId, subject, decimal.Parse(value, CultureInfo.InvariantCulture), phrase, source);

    private static void Compare(string label, int stated, int? table, Provenance source, List<SeedFinding> findings)
    {
        if (table is null || table == stated) return;
        findings.Add(new SeedFinding(FindingKind.Inconsistent,
            $"正文称{label}{stated}个，附件2统计表“晋城市”行为{table}个，二者不符。", source));
    }

    /// <summary>The three classes cover the whole city without overlap, so their area shares sum to 100 %.</summary>
    private static void CheckAreaShares(List<StatedTotal> totals, Provenance source, List<SeedFinding> findings)
    {
        var shares = totals.Where(t => t.Subject.EndsWith(".areaPercent", StringComparison.Ordinal)).ToList();
        if (shares.Count != 3) return;
        var sum = shares.Sum(t => t.Value);
        if (Math.Abs(sum - 100m) > 0.05m)
            findings.Add(new SeedFinding(FindingKind.Inconsistent,
                $"正文三类管控单元面积占比之和为{sum}%，不等于100%。", source));
    }

    /// <summary>The nearest heading above <paramref name="line"/> ("（一）环境管控单元更新结果").</summary>
    private static string SectionOf(SeedText text, int line)
    {
        for (int n = line; n >= 1; n--)
        {
            var s = TextNormalizer.Normalize(text.Line(n));
            if (SectionHeading.IsMatch(s)) return s;
        }
        return Doc000JinchengZoningExtractor.TitleText;
    }
}
