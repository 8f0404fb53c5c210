using System.Globalization;
using System.Text.RegularExpressions;
using EcoGov.Core;
using EcoGov.Core.Indicators;
using EcoGov.Core.Plans;
using EcoGov.Core.Projects;
using EcoGov.Core.Tasks;
using EcoGov.Core.Text;

namespace EcoGov.Documents.Seeds;

/// <summary>
/// 002 water and soil plans: the targets stated in their 目标 section, the water plan's section
/// targets (附件1 地表水水质改善目标明细表) and key projects (附件2 水生态环境保护重点工程).
/// </summary>
internal static class Doc002WaterSoil
{
    private static readonly string[] SectionHeaders = ["序号", "县（市、区）", "断面名称", "目标水质", "备注"];
    private static readonly string[] ProjectHeaders = ["序号", "工作任务", "责任主体", "完成时限", "备注"];

    /// <summary>"二、主要目标", "一、工作目标".</summary>
    private static readonly Regex TargetsHeading = new(@"^[一二三四五六七八九十]+、(主要|工作)目标$", RegexOptions.Compiled);

    /// <summary>A clause of the target sentence, up to "，" or "。".</summary>
    private static readonly Regex Clause = new(@"[^，。；]+", RegexOptions.Compiled);

    /// <summary>The verb between an indicator and its target: "…达到Ⅲ类水质", "…完成市定年度目标".</summary>
    private static readonly Regex TargetVerb = new("达到或优于|达到|优于|完成|不低于|不高于", RegexOptions.Compiled);

    /// <summary>An indicator name that needs a value: a ratio or rate (…比例, …率).</summary>
    private static readonly Regex RatioName = new("(比例|率)$", RegexOptions.Compiled);

    /// <summary>"…重点工程" after the year in the attachment title is the project category.</summary>
    private static readonly Regex ProjectCategory = new(@"年\s*(?<cat>\S+)$", RegexOptions.Compiled);

    private static readonly Regex Superscript = new(@"\s+(?=[²³])", RegexOptions.Compiled);

    /// <summary>
    /// Targets stated in the plan's 目标 section, one per clause that names an indicator and its target.
    /// A clause that names a ratio without any value is kept with no target and reported as damaged.
    /// </summary>
    public static IReadOnlyList<Indicator> ReadStatedTargets(Doc002Context doc, string planId, string planTitle, Doc002Range plan, int year)
    {
        if (doc.Section(plan, TargetsHeading) is not { } section)
        {
            doc.Add(FindingKind.Damaged, $"《{planTitle}》未找到“主要目标/工作目标”一节。", doc.At(planTitle, plan.First));
            return [];
        }
        var category = section.Heading[(section.Heading.IndexOf('、') + 1)..];
        var stream = Doc002Stream.Of(doc.Text, section.Body);
        var result = new List<Indicator>();
        foreach (Match clause in Clause.Matches(stream.Text))
            foreach (var (offset, part) in SplitCompound(clause.Index, clause.Value))
            {
                var at = doc.At(section.Heading, stream.LineAt(offset));
                if (ReadClause(doc, planId, planTitle, category, result.Count + 1, part.Trim(), year, at) is { } indicator)
                    result.Add(indicator);
            }
        return result;
    }

    /// <summary>
    /// "地表水省考断面达到Ⅲ类水质、市考断面达到Ⅴ类水质" holds two targets; a "、" part without its own verb
    /// ("…达到国家和省级、市级考核要求") stays with the part before it.
    /// </summary>
    private static List<(int Offset, string Text)> SplitCompound(int offset, string clause)
    {
        var parts = new List<(int Offset, string Text)>();
        int pos = 0;
        foreach (var piece in clause.Split('、'))
        {
            if (parts.Count > 0 && !TargetVerb.IsMatch(piece))
                parts[^1] = (parts[^1].Offset, parts[^1].Text + "、" + piece);
            else
                parts.Add((offset + pos, piece));
            pos += piece.Length + 1;
        }
        return parts;
    }

    private static Indicator? ReadClause(Doc002Context doc, string planId, string planTitle, string category, int seq, string clause, int year, EcoGov.Core.Provenance at)
    {
        if (RatioName.IsMatch(clause))
        {
            doc.Add(FindingKind.Damaged,
                $"《{planTitle}》目标“{clause}”只写了指标名称，没有写目标值（原文句子不完整），目标留空。", at);
            return new Indicator(planId, seq, category, clause, null, null, [], [], null, at);
        }
        var verb = TargetVerb.Match(clause);
        if (!verb.Success || verb.Index == 0) return null;
        var name = clause[..verb.Index].Trim();
        var rest = clause[(verb.Index + verb.Length)..].Trim();
        if (rest.Length == 0) return null;
        // "完成市定年度目标" keeps its verb; "达到Ⅲ类水质" is read from the class itself.
        var target = TargetValue.Parse(verb.Value + rest, year)!;
        if (target.Kind == TargetKind.Qualitative) target = TargetValue.Parse(rest, year)!;
        return new Indicator(planId, seq, category, name, null, null, [target], [], null, at);
    }

    /// <summary>
    /// A row's printed 序号 and where it stands; null (with a Damaged finding, the row not read) when the cell is not a
    /// number — a row broken across lines or damaged.
    /// </summary>
    private static (int Seq, Provenance At)? RowNumber(Doc002Context doc, Doc002Table table, TableRow row)
    {
        var seqText = Cell(table, row, "序号");
        var at = doc.At(table.Title, row.Line, seqText);
        if (int.TryParse(seqText, NumberStyles.None, CultureInfo.InvariantCulture, out var seq)) return (seq, at);
        doc.Add(FindingKind.Damaged, $"“{table.Title}”第{row.Line}行序号“{seqText}”不是数字，该行未读取。", at);
        return null;
    }

    /// <summary>Reads 附件1 地表水水质改善目标明细表: one target class (or higher-level reference) per section.</summary>
    public static IReadOnlyList<WaterSectionTarget> ReadSectionTargets(Doc002Context doc, string planId, Doc002Table table, int year)
    {
        if (!HasHeaders(doc, table, SectionHeaders)) return [];
        var result = new List<WaterSectionTarget>();
        foreach (var row in table.Rows.Skip(1))
        {
            if (RowNumber(doc, table, row) is not var (seq, at)) continue;
            var section = Cell(table, row, "断面名称");
            var target = TargetValue.Parse(Cell(table, row, "目标水质"), year);
            if (target is null)
            {
                doc.Add(FindingKind.Damaged, $"“{table.Title}”第 {seq} 行断面“{section}”目标水质为空，未记录。", at);
                continue;
            }
            var assessment = Cell(table, row, "备注");
            result.Add(new WaterSectionTarget(planId, seq, Cell(table, row, "县（市、区）"), section, target,
                assessment.Length == 0 ? null : assessment, at));
        }
        return result;
    }

    /// <summary>Reads 附件2 水生态环境保护重点工程. 责任主体 is kept as printed; no investment is printed.</summary>
    public static IReadOnlyList<KeyProject> ReadKeyProjects(Doc002Context doc, string planId, Doc002Table table)
    {
        if (!HasHeaders(doc, table, ProjectHeaders)) return [];
        var cat = ProjectCategory.Match(table.Title);
        var category = cat.Success ? cat.Groups["cat"].Value : table.Title;
        var result = new List<KeyProject>();
        foreach (var row in table.Rows.Skip(1))
        {
            if (RowNumber(doc, table, row) is not var (seq, at)) continue;
            var name = Superscript.Replace(Cell(table, row, "工作任务"), "");
            var lead = LeadUnitsAsPrinted(row[table.Column("责任主体")]);
            var period = Cell(table, row, "完成时限");
            var (from, to, due) = PeriodYears(doc, period, at);
            var notes = Cell(table, row, "备注");
            if (notes.Length > 0)
                doc.Add(FindingKind.Ambiguous, $"重点工程第 {seq} 项备注“{notes}”无对应字段，仅在此记录。", at);
            result.Add(new KeyProject(planId, seq, category, null, name, null, from, to,
                period.Length == 0 ? null : period, null, lead.Length == 0 ? null : lead, at, due));
        }
        return result;
    }

    /// <summary>
    /// 责任主体 lists several units separated by spaces ("区生态环境分局 晋城市凤禹排水有限公司 …");
    /// each part is normalized alone so the separating spaces survive (the normalizer drops a space
    /// between two CJK characters).
    /// </summary>
    public static string LeadUnitsAsPrinted(string cell) =>
        string.Join(" ", cell.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Select(TextNormalizer.Normalize));

    /// <summary>The years of a 完成时限 and, when it names a month ("2023 年 12 月"), the due date (that month's last day).</summary>
    private static (int? From, int? To, DateOnly? Due) PeriodYears(Doc002Context doc, string period, EcoGov.Core.Provenance at)
    {
        if (period.Length == 0)
        {
            doc.Add(FindingKind.Damaged, "重点工程完成时限为空。", at);
            return (null, null, null);
        }
        var d = doc.ParseDeadline(period, at);
        return d.Kind switch
        {
            DeadlineKind.DueBy => (d.Due!.Value.Year, d.Due.Value.Year, d.Due),
            DeadlineKind.YearRange => (d.Start!.Value.Year, d.Due!.Value.Year, null),
            _ => (null, null, null),
        };
    }

    /// <summary>The 目标 text ("省考断面达到Ⅲ类水质、市考断面达到Ⅴ类水质") against 附件1's rows of the same 考核级别.</summary>
    public static void CompareSectionTargets(Doc002Context doc, IReadOnlyList<Indicator> stated, IReadOnlyList<WaterSectionTarget> sections)
    {
        foreach (var s in sections.Where(s => s.Assessment is not null))
        {
            var said = stated.FirstOrDefault(i => i.Name.Contains(s.Assessment!, StringComparison.Ordinal) && i.Targets.Count > 0);
            if (said is null) continue;
            var text = said.Targets[0];
            if (text.Kind == s.Target.Kind && text.Value == s.Target.Value) continue;
            var kind = text.Kind == TargetKind.HigherLevelReference || s.Target.Kind == TargetKind.HigherLevelReference
                ? FindingKind.Ambiguous : FindingKind.Inconsistent;
            doc.Add(kind,
                $"正文目标写“{said.Name}”为“{text.Text}”（第{said.Source.Line}行），附件1 {s.Assessment}断面“{s.Section}”目标为“{s.Target.Text}”（第{s.Source.Line}行），两处表述不一致。",
                s.Source);
        }
    }

    private static bool HasHeaders(Doc002Context doc, Doc002Table table, string[] headers)
    {
        var missing = headers.Where(h => table.Column(h) < 0).ToList();
        if (missing.Count == 0) return true;
        doc.Add(FindingKind.Damaged, $"“{table.Title}”表头缺少列：{string.Join("、", missing)}，未读取。", doc.At(table.Title, table.TitleLine));
        return false;
    }

    private static string Cell(Doc002Table table, TableRow row, string header) =>
        TextNormalizer.Normalize(row[table.Column(header)]);
}
