using System.Globalization;
using System.Text.RegularExpressions;
using EcoGov.Core.Indicators;
using EcoGov.Core.Plans;

namespace EcoGov.Documents.Seeds;

/// <summary>
/// Reads 附表1 of document 003, the indicator system (指标体系): header 分类 / 序号 / 指标名称 / 2022年 /
/// 2025年 / 2035年 / 类型. The first year column is the baseline (现状), the later ones targets. 分类 is
/// printed on the first row of a group only; carrying it down is layout, not invention.
/// </summary>
internal static class Doc003IndicatorTable
{
    /// <summary>The table title: "附表 1上党区生态环境保护规划指标体系".</summary>
    private static readonly Regex Title = new(@"^附表\s*\d+\s*\S*指标体系$", RegexOptions.Compiled);

    /// <summary>A year column of the header: "2022年".</summary>
    private static readonly Regex YearColumn = new(@"^(?<y>\d{4})\s*年$", RegexOptions.Compiled);

    /// <summary>"森林覆盖率（%）" → name + unit; a qualifier such as "（比2020年）" before the unit stays in the name.</summary>
    private static readonly Regex NameAndUnit = new(@"^(?<name>.+?)\s*[（(](?<unit>[^（）()]+)[）)]$", RegexOptions.Compiled);

    private static readonly Regex Number = new(@"^-?\d+(\.\d+)?$", RegexOptions.Compiled);

    /// <summary>A reduction measured against a stated year: "单位地区生产总值二氧化碳排放降低（比2020年）".</summary>
    private static readonly Regex ReferenceYear = new(@"（比(?<y>\d{4})年）", RegexOptions.Compiled);

    /// <summary>Units the table prints in "（…）" after an indicator name.</summary>
    private static readonly HashSet<string> KnownUnits = new(StringComparer.Ordinal)
    {
        "%", "平方千米", "微克/立方米", "立方米",
    };

    /// <summary>Units of area: a "占…面积" indicator measured in one of these is a share named as an area.</summary>
    private static readonly HashSet<string> AreaUnits = new(StringComparer.Ordinal) { "平方千米", "公顷", "km²" };

    /// <summary>Cells that mean "no value" ("--", "—").</summary>
    private static readonly HashSet<string> MissingMarkers = new(StringComparer.Ordinal) { "--", "—", "-", "——", "/" };

    private sealed record Columns(
        int Category, int Seq, int Name, (int Col, int Year) Baseline, IReadOnlyList<(int Col, int Year)> Targets, int Attribute, int Width);

    public sealed record Result(string Section, int TitleLine, int BaselineYear, IReadOnlyList<int> TargetYears, IReadOnlyList<Indicator> Indicators);

    public static Result Read(SeedText text, string planId, List<SeedFinding> findings)
    {
        var (titleLine, section) = Doc003Layout.FindTitle(text, Title, "指标体系附表（附表 1…指标体系）");
        var (first, last) = Doc003Layout.TableExtent(text, titleLine);
        var rows = TabTable.ReadCellPerLine(text, first, last);
        var columns = ReadHeader(rows[0], section);

        var reader = new RowReader(text, planId, section, columns, findings);
        foreach (var row in rows.Skip(1)) reader.Add(row);
        return new Result(section, titleLine, columns.Baseline.Year, [.. columns.Targets.Select(t => t.Year)], reader.Indicators);
    }

    private static Columns ReadHeader(TableRow header, string section)
    {
        int? category = null, seq = null, name = null, attribute = null;
        var years = new List<(int Col, int Year)>();
        for (int i = 0; i < header.Count; i++)
        {
            var cell = Doc003Layout.Clean(header[i]);
            switch (cell)
            {
                case "分类": category = i; break;
                case "序号": seq = i; break;
                case "指标名称": name = i; break;
                case "类型" or "属性": attribute = i; break;
                default:
                    var m = YearColumn.Match(cell);
                    if (m.Success) years.Add((i, int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture)));
                    else throw new InvalidOperationException($"{section}：表头中有未知的列“{cell}”");
                    break;
            }
        }
        if (category is null || seq is null || name is null || attribute is null || years.Count < 2)
            throw new InvalidOperationException($"{section}：表头不是预期的“分类、序号、指标名称、年份…、类型”格式");
        return new Columns(category.Value, seq.Value, name.Value, years[0], years.Skip(1).ToList(), attribute.Value, header.Count);
    }

    /// <summary>Walks the rows, carrying 分类 down and collecting findings.</summary>
    private sealed class RowReader(SeedText text, string planId, string section, Columns columns, List<SeedFinding> findings)
    {
        private readonly List<Indicator> indicators = [];
        private string? category;
        private int previousSeq;

        public IReadOnlyList<Indicator> Indicators => indicators;

        public void Add(TableRow row)
        {
            int line = Doc003Layout.CellLine(text, row, columns.Name);
            var seqText = Doc003Layout.Clean(row[columns.Seq]);
            if (row.Count != columns.Width || !int.TryParse(seqText, NumberStyles.None, CultureInfo.InvariantCulture, out var seq))
            {
                findings.Add(Doc003Layout.Finding(FindingKind.Damaged,
                    $"{section}第{row.Line}行开始的表格行有{row.Count}个单元格（应为{columns.Width}个）或序号“{seqText}”不是数字，该行未读取。",
                    section, row.Line, seqText));
                return;
            }
            CheckSequence(seq, line);
            var (name, unit) = SplitNameAndUnit(Doc003Layout.Clean(row[columns.Name]));
            var baseline = ReadBaseline(row);
            var targets = ReadTargets(row, seq, line);
            var indicator = new Indicator(planId, seq, ReadCategory(row, seq, line), name, unit, baseline, targets, [],
                ReadAttribute(row, seq, line), Doc003Layout.At(section, line, seqText));
            CheckUnit(indicator);
            CheckReferenceYear(indicator);
            CheckTargetsAgainstBaseline(indicator);
            indicators.Add(indicator);
        }

        private void CheckSequence(int seq, int line)
        {
            if (seq != previousSeq + 1)
                findings.Add(Doc003Layout.Finding(FindingKind.Damaged,
                    $"{section}中序号不连续：第{line}行为{seq}，按顺序应为{previousSeq + 1}。", section, line, seq.ToString(CultureInfo.InvariantCulture)));
            previousSeq = seq;
        }

        /// <summary>分类 printed on a group's first row only: carried down to the group's rows.</summary>
        private string ReadCategory(TableRow row, int seq, int line)
        {
            var printed = Doc003Layout.Clean(row[columns.Category]);
            if (printed.Length > 0) category = printed;
            else if (category is null)
                findings.Add(Doc003Layout.Finding(FindingKind.Damaged,
                    $"{section}中序号{seq}没有分类，上方也没有可沿用的分类。", section, line, seq.ToString(CultureInfo.InvariantCulture)));
            return category ?? "";
        }

        /// <summary>The 现状 cell: a number, or "--" (no value, kept as printed).</summary>
        private Baseline ReadBaseline(TableRow row)
        {
            var (col, year) = columns.Baseline;
            var cell = Doc003Layout.Clean(row[col]);
            double? value = Number.IsMatch(cell) && !MissingMarkers.Contains(cell)
                ? double.Parse(cell, CultureInfo.InvariantCulture)
                : null;
            return new Baseline(year, value, cell);
        }

        private List<TargetValue> ReadTargets(TableRow row, int seq, int line)
        {
            var targets = new List<TargetValue>();
            foreach (var (col, year) in columns.Targets)
            {
                var target = TargetValue.Parse(Doc003Layout.Clean(row[col]), year);
                if (target is not null) targets.Add(target);
                else findings.Add(Doc003Layout.Finding(FindingKind.Damaged,
                    $"{section}中序号{seq}的{year}年目标值为空，未录入目标。", section, line, seq.ToString(CultureInfo.InvariantCulture)));
            }
            return targets;
        }

        private IndicatorAttribute? ReadAttribute(TableRow row, int seq, int line)
        {
            var cell = Doc003Layout.Clean(row[columns.Attribute]);
            switch (cell)
            {
                case "约束性": return IndicatorAttribute.Binding;
                case "预期性": return IndicatorAttribute.Expected;
                default:
                    findings.Add(Doc003Layout.Finding(FindingKind.Unparsed,
                        $"{section}中序号{seq}的类型“{cell}”既不是约束性也不是预期性。", section, line, seq.ToString(CultureInfo.InvariantCulture)));
                    return null;
            }
        }

        /// <summary>
        /// A name that reads as a share ("…占国土面积") measured in an area unit, and a rate ("…率", "…比例")
        /// printed without any unit, cannot be evaluated without knowing what the number means.
        /// </summary>
        private void CheckUnit(Indicator i)
        {
            var seq = i.Seq.ToString(CultureInfo.InvariantCulture);
            if (i.Unit is { } unit && AreaUnits.Contains(unit) && i.Name.Contains('占'))
                findings.Add(Doc003Layout.Finding(FindingKind.Ambiguous,
                    $"{section}中序号{seq}“{i.Name}”按名称是占比，但单位印为“{unit}”（面积）；现状值“{i.Baseline?.Text}”" +
                    "和目标值无法确定是面积还是比例，请核实。", section, i.Source.Line, seq));
            if (i.Unit is null && (i.Name.EndsWith('率') || i.Name.EndsWith("比例", StringComparison.Ordinal)))
                findings.Add(Doc003Layout.Finding(FindingKind.Ambiguous,
                    $"{section}中序号{seq}“{i.Name}”未注明单位（按名称应为%），目标值“{string.Join("、", i.Targets.Select(t => t.Text))}”按原文录入，请核实单位。",
                    section, i.Source.Line, seq));
        }

        /// <summary>
        /// "…降低（比2020年）": targets are reductions relative to that year, not to the table's 现状 year; a bare
        /// number ("18") is read by TargetValue.Parse as a plain number and kept so, with this note.
        /// </summary>
        private void CheckReferenceYear(Indicator i)
        {
            var m = ReferenceYear.Match(i.Name);
            if (!m.Success || i.Baseline is null) return;
            var reference = int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture);
            if (reference == i.Baseline.Year) return;
            var numbers = i.Targets.Where(t => t.Kind == TargetKind.Number).Select(t => $"{t.Year}年“{t.Text}”").ToList();
            findings.Add(Doc003Layout.Finding(FindingKind.Ambiguous,
                $"{section}中序号{i.Seq}“{i.Name}”以{reference}年为比较基准，而表中现状列为{i.Baseline.Year}年（印为“{i.Baseline.Text}”）" +
                (numbers.Count > 0 ? $"；目标{string.Join("、", numbers)}是比{reference}年降低的百分比，不是指标值" : "") +
                $"；评估时需要{reference}年的数值。", section, i.Source.Line, i.Seq.ToString(CultureInfo.InvariantCulture)));
        }

        /// <summary>A bound target ("≥", "≤") on the wrong side of the baseline is worse than the current state.</summary>
        private void CheckTargetsAgainstBaseline(Indicator i)
        {
            if (i.Baseline?.Value is not { } now) return;
            foreach (var t in i.Targets)
            {
                bool worse = t.Kind == TargetKind.AtLeast && t.Value < now || t.Kind == TargetKind.AtMost && t.Value > now;
                if (worse)
                    findings.Add(Doc003Layout.Finding(FindingKind.Inconsistent,
                        $"{section}中序号{i.Seq}“{i.Name}”{t.Year}年目标“{t.Text}”比{i.Baseline.Year}年现状“{i.Baseline.Text}”差。",
                        section, i.Source.Line, i.Seq.ToString(CultureInfo.InvariantCulture)));
            }
        }
    }

    /// <summary>"森林覆盖率（%）" → ("森林覆盖率", "%"); "湿地保护率" → ("湿地保护率", null).</summary>
    public static (string Name, string? Unit) SplitNameAndUnit(string text)
    {
        var m = NameAndUnit.Match(text);
        if (!m.Success) return (text, null);
        var unit = m.Groups["unit"].Value.Trim();
        return KnownUnits.Contains(unit) ? (m.Groups["name"].Value, unit) : (text, null);
    }
}
