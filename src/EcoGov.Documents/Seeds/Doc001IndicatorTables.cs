using System.Globalization;
using System.Text.RegularExpressions;
using EcoGov.Core.Indicators;
using EcoGov.Core.Plans;
using EcoGov.Core.Text;

namespace EcoGov.Documents.Seeds;

/// <summary>
/// Reads the two indicator tables of document 001: 表1 (十三五 completion: 2015年现状 / 2020年目标 /
/// 2020年现状) and 表2 (十四五 indicator system: 2020 年 / 2025 年 / 属性). Both are inline tables whose
/// 类别 cell is printed only on the first row of a group; carrying it down is layout, not invention.
/// </summary>
internal static class Doc001IndicatorTables
{
    /// <summary>Units the tables print in "(…)" after an indicator name, normalized.</summary>
    private static readonly HashSet<string> KnownUnits = new(StringComparer.Ordinal)
    {
        "%", "万吨", "起/每万枚", "μg/m³", "mg/m³",
    };

    /// <summary>Cells that mean "no value" (—, --).</summary>
    private static readonly HashSet<string> MissingMarkers = new(StringComparer.Ordinal) { "—", "--", "-", "——", "/" };

    private static readonly Regex NameAndUnit = new(@"^(?<name>.+?)\s*\((?<unit>[^()]+)\)$", RegexOptions.Compiled);

    /// <summary>Header year column: "2015年 现状", "2020年 目标", "2025 年".</summary>
    private static readonly Regex YearColumn = new(@"^(?<y>\d{4})年(?<q>现状|目标)?$", RegexOptions.Compiled);

    /// <summary>A measured cell: a number, optionally followed by its own unit ("57ug/m ³", "46 μg/m ³").</summary>
    private static readonly Regex Measured = new(@"^(?<n>-?\d+(?:\.\d+)?)\s*(?<u>\D.*)?$", RegexOptions.Compiled);

    private static readonly Regex Whitespace = new(@"\s+", RegexOptions.Compiled);

    /// <summary>Which column holds what, read from the header row.</summary>
    private sealed record Columns(
        int Category,
        int Seq,
        int Name,
        (int Col, int Year) Baseline,
        IReadOnlyList<(int Col, int Year)> Targets,
        IReadOnlyList<(int Col, int Year)> Observed,
        int? Attribute);

    /// <summary>One indicator table of the document: where it is and whose plan it belongs to.</summary>
    public sealed record TableResult(string Section, int TitleLine, IReadOnlyList<Indicator> Indicators);

    public static TableResult Read(SeedText text, int tableNumber, string planId, List<SeedFinding> findings)
    {
        int titleLine = Doc001Layout.FindTableTitle(text, tableNumber);
        var section = Doc001Layout.NormalizeTitle(text.Line(titleLine));
        int headerLine = Doc001Layout.FirstTabLine(text, titleLine);
        int lastLine = Doc001Layout.LastTabLine(text, headerLine);
        var columns = ReadHeader(TabTable.ReadInline(text, headerLine, headerLine)[0], section);

        var reader = new RowReader(planId, section, columns, findings);
        foreach (var row in TabTable.ReadInline(text, headerLine + 1, lastLine)) reader.Add(row);
        return new TableResult(section, titleLine, reader.Indicators);
    }

    private static Columns ReadHeader(TableRow header, string section)
    {
        int? category = null, seq = null, name = null, attribute = null;
        var years = new List<(int Col, int Year, string Qualifier)>();
        for (int i = 0; i < header.Count; i++)
        {
            var cell = Whitespace.Replace(TextNormalizer.Normalize(header[i]), "");
            switch (cell)
            {
                case "类别": category = i; break;
                case "序号": seq = i; break;
                case "指标": name = i; break;
                case "属性": attribute = i; break;
                default:
                    var m = YearColumn.Match(cell);
                    if (m.Success) years.Add((i, int.Parse(m.Groups["y"].Value), m.Groups["q"].Value));
                    break;
            }
        }
        if (category is null || seq is null || name is null || years.Count < 2)
            throw new InvalidOperationException($"{section}：表头不是预期的“类别、序号、指标、年份…”格式");

        // "现状" columns: the first is the baseline, later ones are observed values; "目标" columns are
        // targets. A bare year (表2 "2020 年", "2025 年"): the first is the baseline, the rest targets.
        var baseline = (years[0].Col, years[0].Year);
        var rest = years.Skip(1).ToList();
        var targets = rest.Where(y => y.Qualifier is "目标" or "").Select(y => (y.Col, y.Year)).ToList();
        var observed = rest.Where(y => y.Qualifier == "现状").Select(y => (y.Col, y.Year)).ToList();
        return new Columns(category.Value, seq.Value, name.Value, baseline, targets, observed, attribute);
    }

    /// <summary>Walks the rows of one table, carrying the 类别 down and collecting findings.</summary>
    private sealed class RowReader(string planId, string section, Columns columns, List<SeedFinding> findings)
    {
        private readonly List<Indicator> indicators = [];
        private string? category;
        private int? previousSeq;

        public IReadOnlyList<Indicator> Indicators => indicators;

        public void Add(TableRow row)
        {
            var seqText = TextNormalizer.Normalize(row[columns.Seq]);
            if (!int.TryParse(seqText, NumberStyles.None, CultureInfo.InvariantCulture, out var seq))
            {
                findings.Add(Doc001Layout.Finding(FindingKind.Damaged,
                    $"{section}第{row.Line}行的序号“{seqText}”不是数字，该行未读取。", section, row.Line, seqText));
                return;
            }
            CheckSequence(seq, row.Line);
            var rowCategory = ReadCategory(row, seqText);
            var (name, unit) = SplitNameAndUnit(TextNormalizer.Normalize(row[columns.Name]));

            indicators.Add(new Indicator(
                planId, seq, rowCategory, name, unit,
                ReadBaseline(row, unit, seqText),
                ReadTargets(row, seq, seqText),
                ReadObserved(row, unit, seqText),
                ReadAttribute(row, seqText),
                Doc001Layout.At(section, row.Line, seqText)));
        }

        private void CheckSequence(int seq, int line)
        {
            int expected = (previousSeq ?? 0) + 1;
            if (seq != expected)
                findings.Add(Doc001Layout.Finding(FindingKind.Damaged,
                    $"{section}序号不连续：第{line}行为{seq}，按顺序应为{expected}。", section, line, seq.ToString(CultureInfo.InvariantCulture)));
            previousSeq = seq;
        }

        /// <summary>类别 printed on the first row of a group only: carried down to the group's rows.</summary>
        private string ReadCategory(TableRow row, string seq)
        {
            var printed = TextNormalizer.Normalize(row[columns.Category]);
            if (printed.Length > 0) category = printed;
            else if (category is null)
                findings.Add(Doc001Layout.Finding(FindingKind.Damaged,
                    $"{section}第{row.Line}行（序号{seq}）没有类别，上方也没有可沿用的类别。", section, row.Line, seq));
            return category ?? "";
        }

        private Baseline? ReadBaseline(TableRow row, string? unit, string seq)
        {
            var (col, year) = columns.Baseline;
            var cell = TextNormalizer.Normalize(row[col]);
            if (cell.Length == 0)
            {
                findings.Add(Doc001Layout.Finding(FindingKind.Damaged,
                    $"{section}第{row.Line}行（序号{seq}）{year}年基准值为空。", section, row.Line, seq));
                return null;
            }
            var (value, ownUnit) = ParseMeasured(cell, unit);
            return new Baseline(year, value, cell, ownUnit);
        }

        private List<TargetValue> ReadTargets(TableRow row, int seq, string seqText)
        {
            var targets = new List<TargetValue>();
            foreach (var (col, year) in columns.Targets)
            {
                var target = TargetValue.Parse(row[col], year);
                if (target is not null) targets.Add(target);
                else findings.Add(EmptyTargetFinding(row.Line, seq, seqText, col, year));
            }
            return targets;
        }

        /// <summary>
        /// An empty target cell is usually a merged cell the export left empty on the following rows:
        /// the target is not copied down; the finding names the row whose target it probably shares.
        /// </summary>
        private SeedFinding EmptyTargetFinding(int line, int seq, string seqText, int col, int year)
        {
            var above = indicators.LastOrDefault(i => i.Category == category && i.Targets.Any(t => t.Year == year));
            var message = above is null
                ? $"{section}第{line}行（序号{seq}）{year}年目标值为空，未录入目标。"
                : $"{section}第{line}行（序号{seq}）{year}年目标值为空，可能是原表合并单元格，" +
                  $"与序号{above.Seq}（第{above.Source.Line}行）的目标“{above.Targets.First(t => t.Year == year).Text}”相同；未录入目标，请核实。";
            return Doc001Layout.Finding(FindingKind.Ambiguous, message, section, line, seqText);
        }

        private List<ObservedValue> ReadObserved(TableRow row, string? unit, string seq)
        {
            var observed = new List<ObservedValue>();
            foreach (var (col, year) in columns.Observed)
            {
                var cell = TextNormalizer.Normalize(row[col]);
                if (cell.Length == 0)
                {
                    findings.Add(Doc001Layout.Finding(FindingKind.Damaged,
                        $"{section}第{row.Line}行（序号{seq}）{year}年现状值为空。", section, row.Line, seq));
                    continue;
                }
                var (value, ownUnit) = ParseMeasured(cell, unit);
                observed.Add(new ObservedValue(year, value, cell, ownUnit));
            }
            return observed;
        }

        private IndicatorAttribute? ReadAttribute(TableRow row, string seq)
        {
            if (columns.Attribute is not { } col) return null;
            var cell = TextNormalizer.Normalize(row[col]);
            switch (cell)
            {
                case "约束性": return IndicatorAttribute.Binding;
                case "预期性": return IndicatorAttribute.Expected;
                default:
                    findings.Add(Doc001Layout.Finding(FindingKind.Unparsed,
                        $"{section}第{row.Line}行（序号{seq}）属性“{cell}”既不是约束性也不是预期性。", section, row.Line, seq));
                    return null;
            }
        }
    }

    /// <summary>"城市空气质量优良天数比率 (%)" → ("城市空气质量优良天数比率", "%"); "(新 EI)" is not a unit and stays in the name.</summary>
    public static (string Name, string? Unit) SplitNameAndUnit(string text)
    {
        var m = NameAndUnit.Match(text);
        if (!m.Success) return (text, null);
        var unit = NormalizeUnit(m.Groups["unit"].Value);
        return KnownUnits.Contains(unit) ? (m.Groups["name"].Value, unit) : (text, null);
    }

    /// <summary>"ug/m ³" → "μg/m³", "μg/m ³" → "μg/m³".</summary>
    public static string NormalizeUnit(string unit)
    {
        var u = Whitespace.Replace(unit, "");
        return u.StartsWith("ug/", StringComparison.Ordinal) ? "μ" + u[1..] : u;
    }

    /// <summary>A number with an optional own unit; the unit is returned only when it differs from the indicator's.</summary>
    private static (double? Value, string? OwnUnit) ParseMeasured(string cell, string? indicatorUnit)
    {
        if (MissingMarkers.Contains(cell)) return (null, null);
        var m = Measured.Match(cell);
        if (!m.Success) return (null, null);
        var value = double.Parse(m.Groups["n"].Value, CultureInfo.InvariantCulture);
        if (!m.Groups["u"].Success) return (value, null);
        var unit = NormalizeUnit(m.Groups["u"].Value);
        return (value, unit == indicatorUnit ? null : unit);
    }
}
