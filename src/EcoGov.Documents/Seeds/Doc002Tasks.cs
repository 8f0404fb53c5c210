using System.Globalization;
using System.Text.RegularExpressions;
using EcoGov.Core;
using EcoGov.Core.Plans;
using EcoGov.Core.Projects;
using EcoGov.Core.Tasks;
using EcoGov.Core.Text;

namespace EcoGov.Documents.Seeds;

/// <summary>
/// 002 tasks: the air plan's ledger (附件2 重点工作任务台账) and the numbered tasks of the water and
/// soil plans with their 〔责任单位：…〕 brackets; plus the checks that run over all tasks.
/// </summary>
internal static class Doc002Tasks
{
    private static readonly string[] LedgerHeaders = ["任务类别", "序号", "具体措施", "完成时限", "牵头单位", "备注"];

    private static readonly Regex TasksHeading = new(@"^[一二三四五六七八九十]+、重点任务$", RegexOptions.Compiled);

    /// <summary>"（一）强化水资源管控": the task group heading.</summary>
    private static readonly Regex GroupHeading = new(@"^[（(][一二三四五六七八九十]+[）)]\s*\S", RegexOptions.Compiled);

    /// <summary>"1.保障重点河流生态流量。…": a numbered task starts.</summary>
    private static readonly Regex TaskStart = new(@"^(?<n>\d{1,3})[.．、]\s*(?<rest>\S.*)$", RegexOptions.Compiled);

    /// <summary>"〔责任单位：区水务局牵头，各镇（街道）配合〕" at the end of a task (brackets as printed, also mismatched).</summary>
    private static readonly Regex ResponsibilityBracket = new(
        @"(?<open>[〔\[［【])\s*责任\s*单位\s*[：:]\s*(?<units>[^〔〕\[\]［］【】]+?)\s*(?<close>[〕\]］】])\s*$",
        RegexOptions.Compiled);

    /// <summary>"A、B按职责分工牵头，C配合": lead part before 牵头, cooperating part after it.</summary>
    private static readonly Regex LeadAndCooperating = new(
        @"^(?<lead>.*?)(?:按职责分工)?牵头[，,、；;\s]*(?<coop>.*?)(?:配合)?$", RegexOptions.Compiled);

    private static readonly Regex UnitSeparator = new(@"[、，,；;\s]+", RegexOptions.Compiled);

    /// <summary>Deadline phrases as they appear inside task text ("2023年4月底前", "10 月底前", "2023年5-9月", "9月1日起").</summary>
    private static readonly Regex DeadlineInText = new(
        @"\d{4}\s*年\s*\d{1,2}\s*[-—～~至]\s*\d{1,2}\s*月" +
        @"|\d{4}\s*年\s*(?:冬季)?采暖季(?:开始)?前" +
        @"|(?:\d{4}\s*年\s*)?\d{1,2}\s*月\s*\d{1,2}\s*日\s*(?:起|之前|前)" +
        @"|(?:\d{4}\s*年\s*)?\d{1,2}\s*月\s*(?:底前|底|末|前)" +
        @"|每年\s*\d{1,2}\s*月\s*(?:底前|底|末|前)" +
        @"|\d{4}\s*年\s*(?:年底前|底前|年内)" +
        @"|\d{4}\s*年\s*(?:完成|开工)",
        RegexOptions.Compiled);

    /// <summary>Reads 附件2 重点工作任务台账; 任务类别 is a merged cell carried down over its group's rows.</summary>
    public static IReadOnlyList<PlanTask> ReadLedger(Doc002Context doc, string planId, Doc002Table table)
    {
        var col = LedgerHeaders.ToDictionary(h => h, table.Column);
        var missing = col.Where(kv => kv.Value < 0).Select(kv => kv.Key).ToList();
        if (missing.Count > 0)
        {
            doc.Add(FindingKind.Damaged, $"台账“{table.Title}”表头缺少列：{string.Join("、", missing)}，未读取。", doc.At(table.Title, table.TitleLine));
            return [];
        }
        var tasks = new List<PlanTask>();
        string? category = null;
        foreach (var row in table.Rows.Skip(1))
        {
            var printedCategory = TextNormalizer.Normalize(row[col["任务类别"]]);
            if (printedCategory.Length > 0) category = printedCategory;
            if (ReadLedgerRow(doc, planId, table, row, col, category) is { } task) tasks.Add(task);
        }
        CheckNumbering(doc, tasks, table.Title);
        CheckLedgerTextDeadlines(doc, tasks);
        return tasks;
    }

    private static PlanTask? ReadLedgerRow(Doc002Context doc, string planId, Doc002Table table, TableRow row, Dictionary<string, int> col, string? category)
    {
        var seqText = TextNormalizer.Normalize(row[col["序号"]]);
        var at = doc.At(table.Title, row.Line, seqText);
        if (!int.TryParse(seqText, NumberStyles.None, CultureInfo.InvariantCulture, out var seq))
        {
            doc.Add(FindingKind.Damaged, $"台账第{row.Line}行序号“{seqText}”不是数字（可能是上一行折行或损坏），该行未读取：{TextNormalizer.Normalize(string.Join(" ", row.Cells))}", at);
            return null;
        }
        if (category is null)
            doc.Add(FindingKind.Damaged, $"台账第 {seq} 项之前没有任务类别。", at);
        var text = TextNormalizer.Normalize(row[col["具体措施"]]);
        if (text.Length == 0) doc.Add(FindingKind.Damaged, $"台账第 {seq} 项“具体措施”为空。", at);

        var deadlineText = TextNormalizer.Normalize(row[col["完成时限"]]);
        DeadlinePhrase? deadline = null;
        if (deadlineText.Length == 0) doc.Add(FindingKind.Damaged, $"台账第 {seq} 项“完成时限”为空。", at);
        else deadline = doc.ParseDeadline(WithLaterMilestones(deadlineText, text), at);

        var leads = SplitUnits(TextNormalizer.Normalize(row[col["牵头单位"]]));
        if (leads.Count == 0) doc.Add(FindingKind.Damaged, $"台账第 {seq} 项“牵头单位”为空。", at);
        var notes = TextNormalizer.Normalize(row[col["备注"]]);
        if (row.Count > LedgerHeaders.Length && row.Cells.Skip(LedgerHeaders.Length).Any(c => c.Length > 0))
            doc.Add(FindingKind.Damaged, $"台账第 {seq} 项的单元格多于表头列数，多余内容未读取。", at);
        return new PlanTask(planId, seq, category ?? "", text, leads, [], deadline, notes.Length == 0 ? null : notes, at);
    }

    /// <summary>"2023年4月1日起": a standing obligation from a day.</summary>
    private static readonly Regex FromDay = new(@"^(?:\d{4}\s*年\s*)?\d{1,2}\s*月\s*\d{1,2}\s*日\s*起$", RegexOptions.Compiled);

    /// <summary>
    /// A ledger row whose 完成时限 is "…日起" and whose 具体措施 adds a later "…日起" (row 20: "2023年4月1日起" and
    /// "；2025年1月1日起，停止使用…"; row 22: "2023年5月1日起" and "；9月1日起，排灰…") has two milestones: the
    /// phrase keeps both, column first, joined by "；" (<see cref="DeadlineReader"/> reads one milestone per part).
    /// </summary>
    private static string WithLaterMilestones(string column, string text)
    {
        if (!FromDay.IsMatch(column)) return column;
        var later = DeadlineInText.Matches(text).Select(m => m.Value)
            .Where(p => FromDay.IsMatch(p) && p.Replace(" ", "") != column.Replace(" ", "")).Distinct().ToList();
        return later.Count == 0 ? column : string.Join("；", [column, .. later]);
    }

    /// <summary>
    /// Reads the numbered tasks under "X、重点任务" of a plan: each runs from its "N." line to the next task
    /// or group heading and ends with a 〔责任单位：…〕 bracket, possibly on a following line.
    /// </summary>
    public static IReadOnlyList<PlanTask> ReadNumbered(Doc002Context doc, string planId, string planTitle, Doc002Range plan)
    {
        if (doc.Section(plan, TasksHeading) is not { } section)
        {
            doc.Add(FindingKind.Damaged, $"《{planTitle}》未找到“重点任务”一节。", doc.At(planTitle, plan.First));
            return [];
        }
        var tasks = new List<PlanTask>();
        string category = "";
        (int Line, int Seq)? open = null;
        var body = section.Body;
        for (int n = body.First; n <= body.Last + 1; n++)
        {
            var line = n <= body.Last ? doc.Norm(n) : null;
            bool heading = line is not null && GroupHeading.IsMatch(line);
            var start = line is null ? null : TaskStart.Match(line);
            if (line is null || heading || start!.Success)
            {
                if (open is { } o) tasks.Add(BuildNumbered(doc, planId, section.Heading, category, o.Seq, new Doc002Range(o.Line, n - 1)));
                open = null;
            }
            if (line is null) break;
            if (heading) category = line;
            else if (start!.Success) open = (n, int.Parse(start.Groups["n"].Value, CultureInfo.InvariantCulture));
            else if (open is null && line.Length > 0)
                doc.Add(FindingKind.Ambiguous, $"“{section.Heading}”中第{n}行不属于任何编号任务：{line}", doc.At(section.Heading, n));
        }
        CheckNumbering(doc, tasks, $"《{planTitle}》{section.Heading}");
        return tasks;
    }

    private static PlanTask BuildNumbered(Doc002Context doc, string planId, string section, string category, int seq, Doc002Range range)
    {
        var at = doc.At(section, range.First, seq.ToString(CultureInfo.InvariantCulture));
        var whole = TaskStart.Match(Doc002Stream.Of(doc.Text, range).Text).Groups["rest"].Value.Trim();
        var bracket = ResponsibilityBracket.Match(whole);
        IReadOnlyList<string> leads = [], coops = [];
        var text = whole;
        if (!bracket.Success)
            doc.Add(FindingKind.Damaged, $"{section}第 {seq} 项未找到“〔责任单位：…〕”，责任单位为空。", at);
        else
        {
            text = whole[..bracket.Index].Trim();
            (leads, coops) = SplitResponsibility(bracket.Groups["units"].Value);
            CheckBracketPair(doc, section, seq, bracket, at);
        }
        var phrase = DeadlineInText.Match(text);
        var deadline = phrase.Success ? doc.ParseDeadline(phrase.Value, at) : null;
        return new PlanTask(planId, seq, category, text, leads, coops, deadline, null, at);
    }

    private static void CheckBracketPair(Doc002Context doc, string section, int seq, Match bracket, Provenance at)
    {
        var open = bracket.Groups["open"].Value;
        var close = bracket.Groups["close"].Value;
        var expected = open switch { "〔" => "〕", "[" => "]", "［" => "］", _ => "】" };
        if (close == expected) return;
        doc.Add(FindingKind.Damaged,
            $"{section}第 {seq} 项责任单位括号不配对：以“{open}”开始、以“{close}”结束（排版错误，内容已按原文读取）。",
            at with { Line = LineOf(doc, at.Line, close) });
    }

    /// <summary>First line from <paramref name="from"/> that contains <paramref name="fragment"/> (for pointing at a wrapped part).</summary>
    private static int LineOf(Doc002Context doc, int from, string fragment)
    {
        for (int n = from; n <= doc.Text.Lines.Count; n++)
            if (doc.Text.Line(n).Contains(fragment, StringComparison.Ordinal)) return n;
        return from;
    }

    /// <summary>"A、B牵头，C配合" → ([A, B], [C]); without 牵头 every unit leads.</summary>
    public static (IReadOnlyList<string> Lead, IReadOnlyList<string> Cooperating) SplitResponsibility(string units)
    {
        var t = TextNormalizer.Normalize(units);
        if (!t.Contains("牵头", StringComparison.Ordinal)) return (SplitUnits(t), []);
        var m = LeadAndCooperating.Match(t);
        return (SplitUnits(m.Groups["lead"].Value), SplitUnits(m.Groups["coop"].Value));
    }

    public static IReadOnlyList<string> SplitUnits(string units) =>
        UnitSeparator.Split(units).Select(u => u.Trim()).Where(u => u.Length > 0).ToList();

    /// <summary>序号 must run 1, 2, 3 … without gaps or repeats.</summary>
    public static void CheckNumbering(Doc002Context doc, IReadOnlyList<PlanTask> tasks, string what)
    {
        var seen = new HashSet<int>();
        int expected = 1;
        foreach (var t in tasks)
        {
            if (!seen.Add(t.Seq))
                doc.Add(FindingKind.Duplicated, $"{what}序号 {t.Seq} 重复出现。", t.Source);
            else if (t.Seq > expected)
                doc.Add(FindingKind.Damaged, $"{what}序号从 {expected - 1} 跳到 {t.Seq}，缺少 {string.Join("、", Enumerable.Range(expected, t.Seq - expected))}。", t.Source);
            else if (t.Seq < expected)
                doc.Add(FindingKind.Inconsistent, $"{what}序号 {t.Seq} 出现在 {expected - 1} 之后，顺序错乱。", t.Source);
            expected = Math.Max(expected, t.Seq + 1);
        }
    }

    /// <summary>A ledger row whose text names another date than its 完成时限 column is flagged.</summary>
    private static void CheckLedgerTextDeadlines(Doc002Context doc, IReadOnlyList<PlanTask> tasks)
    {
        foreach (var t in tasks)
        {
            var parts = (t.Deadline?.Text ?? "").Replace(" ", "").Split('；');
            var others = DeadlineInText.Matches(t.Text).Select(m => m.Value)
                .Where(p => !parts.Contains(p.Replace(" ", ""))).Distinct().ToList();
            if (others.Count == 0) continue;
            doc.Add(FindingKind.Ambiguous,
                $"台账第 {t.Seq} 项“完成时限”为“{t.Deadline?.Text}”，但“具体措施”中另写有时限“{string.Join("”“", others)}”，该项实际有多个时间要求，请核实以哪个为准。",
                t.Source);
        }
    }

    /// <summary>A due date that passed before the plan was issued means the task was overdue on publication.</summary>
    public static void CheckDueBeforeIssue(Doc002Context doc, IEnumerable<PlanTask> tasks, IEnumerable<KeyProject> projects, DateOnly issued)
    {
        foreach (var t in tasks)
            if (t.Deadline is { Kind: DeadlineKind.DueBy, Due: DateOnly due } && due < issued)
                doc.Add(FindingKind.Inconsistent,
                    $"“{t.Source.Section}”第 {t.Seq} 项完成时限“{t.Deadline.Text}”（{due:yyyy-MM-dd}）早于本计划印发日期 {issued:yyyy-MM-dd}，印发时已到期。",
                    t.Source);
        foreach (var p in projects)
            if (p.PeriodText is { } text && DeadlinePhrase.Parse(text) is { Kind: DeadlineKind.DueBy, Due: DateOnly due } && due < issued)
                doc.Add(FindingKind.Inconsistent,
                    $"“{p.Source.Section}”第 {p.Seq} 项完成时限“{text}”早于本计划印发日期 {issued:yyyy-MM-dd}，印发时已到期。",
                    p.Source);
    }

    /// <summary>
    /// The same unit spelt two ways (区城管局 / 区城市管理局, 区发改局 / 区发改（能源）局, half- vs
    /// full-width brackets) would split roll-ups by lead unit: the shorter name is an in-order
    /// abbreviation of the longer, same first and last character. Group names (各…, 相关…) are skipped.
    /// </summary>
    public static void CheckUnitNames(Doc002Context doc, IEnumerable<(string Unit, Provenance Source)> uses)
    {
        var byKey = uses.Where(u => !u.Unit.StartsWith('各') && !u.Unit.StartsWith("相关", StringComparison.Ordinal))
            .GroupBy(u => UnifyBrackets(u.Unit)).ToList();
        foreach (var g in byKey.Where(g => g.Select(u => u.Unit).Distinct().Count() > 1))
        {
            var forms = g.GroupBy(u => u.Unit).Select(f => $"“{f.Key}”（第{string.Join("、", f.Select(u => u.Source.Line).Distinct())}行）");
            doc.Add(FindingKind.Ambiguous, $"单位名称括号全角/半角写法不一：{string.Join("与", forms)}，应为同一单位。", g.First().Source);
        }
        foreach (var shorter in byKey)
            foreach (var longer in byKey)
            {
                var s = shorter.Key;
                var l = longer.Key;
                if (s.Length < 4 || s.Length >= l.Length || s[0] != l[0] || s[^1] != l[^1] || !IsSubsequence(s, l)) continue;
                doc.Add(FindingKind.Ambiguous,
                    $"单位名称写法不一：“{CommonForm(shorter)}”（第{Lines(shorter)}行）与“{CommonForm(longer)}”（第{Lines(longer)}行）可能是同一单位，请统一。",
                    shorter.First().Source);
            }
    }

    /// <summary>The spelling used most often among uses that differ only in bracket width.</summary>
    private static string CommonForm(IEnumerable<(string Unit, Provenance Source)> uses) =>
        uses.GroupBy(u => u.Unit).OrderByDescending(g => g.Count()).First().Key;

    private static string Lines(IEnumerable<(string Unit, Provenance Source)> uses) =>
        string.Join("、", uses.Select(u => u.Source.Line).Distinct());

    private static string UnifyBrackets(string s) => s.Replace('(', '（').Replace(')', '）');

    private static bool IsSubsequence(string s, string l)
    {
        int i = 0;
        foreach (var c in l)
            if (i < s.Length && s[i] == c) i++;
        return i == s.Length;
    }
}
