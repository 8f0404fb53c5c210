using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using EcoGov.Core.Indicators;
using EcoGov.Core.Plans;
using EcoGov.Core.Text;

namespace EcoGov.Documents.Seeds;

/// <summary>An annual air target stated in the air plan's text, with the pollutant it concerns (null for a ranking).</summary>
internal sealed record Doc002StatedAirTarget(Indicator Indicator, string? Pollutant);

/// <summary>
/// 002 air plan: 附件1 环境空气质量预控制目标 (monthly targets per pollutant, with the previous year)
/// and the annual targets the plan text states under 主要目标.
/// </summary>
internal static class Doc002AirTargets
{
    /// <summary>Pollutant ids of <see cref="MonthlyAirTarget.Pollutant"/>.</summary>
    public static readonly string[] Pollutants = ["SO2", "NO2", "PM10", "CO", "O3", "PM2.5"];

    /// <summary>Pollutants whose annual figure is the mean of the year (GB 3095 年平均); CO and O3 annual figures are percentiles.</summary>
    private static readonly HashSet<string> AnnualMeanPollutants = ["SO2", "NO2", "PM10", "PM2.5"];

    /// <summary>Printed Chinese concentration units and their symbols in <see cref="MonthlyAirTarget.Unit"/>.</summary>
    private static readonly Dictionary<string, string> UnitSymbols = new(StringComparer.Ordinal)
    {
        ["微克/立方米"] = "μg/m³",
        ["毫克/立方米"] = "mg/m³",
    };

    private const string AnnualRowLabel = "全年";

    private static readonly Regex Year4 = new(@"(?<y>\d{4})", RegexOptions.Compiled);
    private static readonly Regex MonthLabel = new(@"^(?<m>\d{1,2})\s*月$", RegexOptions.Compiled);
    private static readonly Regex UnitMention = new("μg|mg|微克|毫克", RegexOptions.Compiled);

    /// <summary>"PM_{2.5}平均浓度力争降到 36 微克/立方米".</summary>
    private static readonly Regex PollutantTarget = new(
        @"(?<p>[A-Za-z][A-Za-z0-9_{}.₀-₉ ]*?)\s*(?<what>平均浓度)\s*(?<t>(?:力争)?(?:降到|降至|控制在)\s*(?<n>\d+(?:\.\d+)?))\s*(?<u>[微毫]克/立方米)",
        RegexOptions.Compiled);

    /// <summary>"市区环境空气质量综合指数在全国 168 个重点城市排名退出后 40 位".</summary>
    private static readonly Regex RankingTarget = new(
        @"(?<name>[^，。；]*?排名)\s*(?<t>(?:退出|进入|保持|位列)[^，。；]*?位)", RegexOptions.Compiled);

    /// <summary>"(二) 努力争取性指标(含乡镇)。": the sub-heading the stated targets fall under.</summary>
    private static readonly Regex SubHeading = new(@"[(（][一二三四五六七八九十]+[)）]\s*(?<cat>[^。]+?)。", RegexOptions.Compiled);

    private static readonly Regex MainTargetsHeading = new(@"^[一二三四五六七八九十]+、主要目标$", RegexOptions.Compiled);

    public static string UnitOf(string pollutant) => pollutant == "CO" ? "mg/m³" : "μg/m³";

    /// <summary>"SO ₂" → SO2, "PM _{2.5}" → PM2.5, "PM₁₀" → PM10; null when not one of <see cref="Pollutants"/>.</summary>
    public static string? CanonicalPollutant(string printed)
    {
        var sb = new StringBuilder();
        foreach (var ch in TextNormalizer.Normalize(printed))
        {
            if (ch is ' ' or '_' or '{' or '}') continue;
            sb.Append(ch is >= '₀' and <= '₉' ? (char)('0' + (ch - '₀')) : char.ToUpperInvariant(ch));
        }
        var id = sb.ToString();
        return Array.IndexOf(Pollutants, id) >= 0 ? id : null;
    }

    /// <summary>
    /// Reads 附件1. Row 1 holds the years, row 2 the pollutants (each spanning its two year columns);
    /// columns are mapped from these headers, not assumed.
    /// </summary>
    public static IReadOnlyList<MonthlyAirTarget> ReadMonthly(Doc002Context doc, string planId, Doc002Table table)
    {
        if (table.Rows.Count < 3)
        {
            doc.Add(FindingKind.Damaged, $"附件1“{table.Title}”缺少表头或数据行，无法读取。", doc.At(table.Title, table.TitleLine));
            return [];
        }
        var columns = MapColumns(doc, table, out var order);
        var years = columns.Keys.Select(k => k.Year).Distinct().Order().ToList();
        if (years.Count != 2)
        {
            doc.Add(FindingKind.Damaged, $"附件1“{table.Title}”表头年份无法识别（应为上年与本年两列）。", doc.At(table.Title, table.Rows[0].Line));
            return [];
        }
        int previous = years[0], year = years[1];
        if (!UnitMention.IsMatch(table.Title) && !table.Rows.Take(2).Any(r => r.Cells.Any(c => UnitMention.IsMatch(c))))
            doc.Add(FindingKind.Ambiguous,
                $"附件1“{table.Title}”未注明浓度单位；按常规记为 μg/m³（CO 为 mg/m³），请核实。",
                doc.At(table.Title, table.TitleLine));

        var result = new List<MonthlyAirTarget>();
        foreach (var row in table.Rows.Skip(2))
            result.AddRange(ReadRow(doc, planId, table, row, order, columns, year, previous));
        CheckWorseThanPreviousYear(doc, result);
        CheckAnnualMeans(doc, table, result);
        return result;
    }

    private static Dictionary<(string Pollutant, int Year), int> MapColumns(Doc002Context doc, Doc002Table table, out List<string> order)
    {
        var yearRow = table.Rows[0];
        var nameRow = table.Rows[1];
        var columns = new Dictionary<(string, int), int>();
        order = [];
        string? current = null;
        for (int c = 1; c < Math.Max(yearRow.Count, nameRow.Count); c++)
        {
            var printed = TextNormalizer.Normalize(nameRow[c]);
            if (printed.Length > 0)
            {
                // A pollutant header cell spans the two year columns below it (merged cell).
                current = CanonicalPollutant(printed);
                if (current is null)
                    doc.Add(FindingKind.Damaged, $"附件1表头污染物“{printed}”无法识别。", doc.At(table.Title, nameRow.Line, printed));
                else if (!order.Contains(current)) order.Add(current);
            }
            var ym = Year4.Match(yearRow[c]);
            if (current is null || !ym.Success) continue;
            columns[(current, int.Parse(ym.Groups["y"].Value, CultureInfo.InvariantCulture))] = c;
        }
        return columns;
    }

    private static IEnumerable<MonthlyAirTarget> ReadRow(
        Doc002Context doc, string planId, Doc002Table table, TableRow row, List<string> order,
        Dictionary<(string Pollutant, int Year), int> columns, int year, int previous)
    {
        var label = TextNormalizer.Normalize(row[0]);
        int? month = null;
        var mm = MonthLabel.Match(label);
        if (mm.Success) month = int.Parse(mm.Groups["m"].Value, CultureInfo.InvariantCulture);
        else if (label != AnnualRowLabel)
        {
            doc.Add(FindingKind.Damaged, $"附件1行标签“{label}”既不是月份也不是“全年”，该行未读取。", doc.At(table.Title, row.Line, label));
            yield break;
        }
        foreach (var p in order)
        {
            var at = doc.At(table.Title, row.Line, label);
            if (!columns.TryGetValue((p, year), out var tc) || !columns.TryGetValue((p, previous), out var pc))
            {
                doc.Add(FindingKind.Damaged, $"附件1缺少 {p} 的 {previous} 年或 {year} 年列。", at);
                continue;
            }
            var target = TargetValue.Parse(row[tc], year);
            if (target is not { Kind: TargetKind.Number, Value: double value })
            {
                doc.Add(FindingKind.Damaged, $"附件1 {label} {p} {year} 年目标“{row[tc]}”为空或不是数值，未记录。", at);
                continue;
            }
            var prevText = TextNormalizer.Normalize(row[pc]);
            double? prevValue = double.TryParse(prevText, NumberStyles.Float, CultureInfo.InvariantCulture, out var pv) ? pv : null;
            if (prevValue is null)
                doc.Add(FindingKind.Damaged, $"附件1 {label} {p} {previous} 年数值“{prevText}”为空或不是数值。", at);
            yield return new MonthlyAirTarget(planId, p, year, month, value, previous, prevValue, UnitOf(p), at);
        }
    }

    /// <summary>A target higher than the previous year's value for the same month is a worsening (目标劣于上年).</summary>
    private static void CheckWorseThanPreviousYear(Doc002Context doc, List<MonthlyAirTarget> targets)
    {
        foreach (var t in targets.Where(t => t.PreviousYearValue is double pv && t.Target > pv))
        {
            var when = t.Month is int m ? $"{m}月" : AnnualRowLabel;
            doc.Add(FindingKind.Inconsistent,
                $"附件1 {when} {t.Pollutant} {t.Year} 年预控制目标 {Num(t.Target)} {t.Unit} 高于 {t.PreviousYear} 年同期 {Num(t.PreviousYearValue!.Value)} {t.Unit}，目标劣于上年，与“空气质量再提升”不符。",
                t.Source);
        }
    }

    /// <summary>For mean-based pollutants the 全年 figure should be about the mean of the 12 months.</summary>
    private static void CheckAnnualMeans(Doc002Context doc, Doc002Table table, List<MonthlyAirTarget> targets)
    {
        foreach (var g in targets.Where(t => AnnualMeanPollutants.Contains(t.Pollutant)).GroupBy(t => t.Pollutant))
        {
            var months = g.Where(t => t.Month is not null).ToList();
            var annual = g.FirstOrDefault(t => t.Month is null);
            if (months.Count != 12 || annual is null) continue;
            CompareMean(doc, table, annual, months.Average(t => t.Target), annual.Target, annual.Year);
            if (months.All(t => t.PreviousYearValue is not null) && annual.PreviousYearValue is double pa)
                CompareMean(doc, table, annual, months.Average(t => t.PreviousYearValue!.Value), pa, annual.PreviousYear);
        }
    }

    private static void CompareMean(Doc002Context doc, Doc002Table table, MonthlyAirTarget annual, double mean, double printed, int year)
    {
        if (Math.Abs(mean - printed) <= 1.0) return;
        doc.Add(FindingKind.Inconsistent,
            $"附件1 {annual.Pollutant} {year} 年“全年”为 {Num(printed)}，而 12 个月平均为 {mean.ToString("0.0", CultureInfo.InvariantCulture)}，相差超过 1。",
            annual.Source with { Section = table.Title });
    }

    /// <summary>
    /// The annual targets stated under "二、主要目标" of the air plan: pollutant concentrations
    /// ("PM_{2.5}平均浓度力争降到 36 微克/立方米") and a ranking ("…排名退出后 40 位").
    /// </summary>
    public static IReadOnlyList<Doc002StatedAirTarget> ReadStated(Doc002Context doc, string planId, Doc002Range plan, int year)
    {
        if (doc.Section(plan, MainTargetsHeading) is not { } section)
        {
            doc.Add(FindingKind.Damaged, "空气质量计划未找到“主要目标”一节。", doc.At("主要目标", plan.First));
            return [];
        }
        var heading = section.Heading;
        var stream = Doc002Stream.Of(doc.Text, section.Body);
        var found = new List<(int Offset, string Name, string? Unit, string TargetText, string? Pollutant)>();
        foreach (Match m in PollutantTarget.Matches(stream.Text))
        {
            var p = CanonicalPollutant(m.Groups["p"].Value);
            if (p is null)
            {
                doc.Add(FindingKind.Ambiguous, $"主要目标中的污染物“{m.Groups["p"].Value.Trim()}”无法识别，未记录。", doc.At(heading, stream.LineAt(m.Index)));
                continue;
            }
            found.Add((m.Index, p + m.Groups["what"].Value, m.Groups["u"].Value, m.Groups["t"].Value, p));
        }
        foreach (Match m in RankingTarget.Matches(stream.Text))
            found.Add((m.Index, m.Groups["name"].Value.Trim(), null, m.Groups["t"].Value, null));

        var headings = SubHeading.Matches(stream.Text).ToList();
        int seq = 0;
        return found.OrderBy(f => f.Offset).Select(f =>
        {
            var category = headings.LastOrDefault(h => h.Index < f.Offset)?.Groups["cat"].Value ?? heading;
            var target = TargetValue.Parse(f.TargetText, year)!;
            var indicator = new Indicator(planId, ++seq, category, f.Name, f.Unit, null, [target], [], null,
                doc.At(heading, stream.LineAt(f.Offset)));
            return new Doc002StatedAirTarget(indicator, f.Pollutant);
        }).ToList();
    }

    /// <summary>Text and 附件1 must agree: each stated pollutant target against the 全年 row of the plan year.</summary>
    public static void CompareStatedWithAnnex(Doc002Context doc, IReadOnlyList<Doc002StatedAirTarget> stated, IReadOnlyList<MonthlyAirTarget> monthly)
    {
        foreach (var s in stated)
        {
            if (s.Pollutant is null || s.Indicator.Targets[0].Value is not double said) continue;
            var annual = monthly.FirstOrDefault(t => t.Pollutant == s.Pollutant && t.Month is null && t.Year == s.Indicator.Targets[0].Year);
            if (annual is null) continue;
            var unit = s.Indicator.Unit is { } u && UnitSymbols.TryGetValue(u, out var sym) ? sym : s.Indicator.Unit;
            if (unit == annual.Unit && said == annual.Target) continue;
            var rounding = unit == annual.Unit && Math.Round(said, MidpointRounding.AwayFromZero) == annual.Target
                ? "（附件1数值为整数，可能是取整结果）" : "";
            doc.Add(FindingKind.Inconsistent,
                $"正文“主要目标”写 {s.Pollutant} 平均浓度力争降到 {Num(said)} {s.Indicator.Unit}（第{s.Indicator.Source.Line}行），" +
                $"而附件1“全年”{annual.Year} 年目标为 {Num(annual.Target)} {annual.Unit}（第{annual.Source.Line}行），两者不一致{rounding}。",
                s.Indicator.Source);
        }
    }

    private static string Num(double v) => v.ToString("0.###", CultureInfo.InvariantCulture);
}
