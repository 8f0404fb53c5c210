using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using EcoGov.Core.Tasks;

namespace EcoGov.Documents.Audit;

/// <summary>
/// 规划自查 of a plan given as plain text (issue 10 item 4, <c>audit --file</c>): what a reader can check in any plan
/// without knowing it. Pure: it receives the text and reads no file. Each check is a rule on the text
/// (docs/supervision.md, 规划自查):
/// <list type="bullet">
/// <item><c>chapterMissing</c> (error): a chapter the 目录 lists, neither whose heading nor any of whose listed sections is
///   in the body; <c>chapterHeadingMissing</c> (warning): its heading is not in the body but some of its sections are.</item>
/// <item><c>repeatedText</c> (warning): a run of paragraphs (20 characters or more each) printed again later.</item>
/// <item><c>missingRows</c> (error): a numbered table (a 序号 column, or a leading column counting 1, 2, 3…) whose numbers
///   skip or do not start at 1.</item>
/// <item><c>totalMismatch</c> (error): a 合计 row against the sum of its table's rows, and a count or investment the text
///   states ("共 N 项", "42项重点工程", "总投资约 X 亿元") against the rows of the table that follows it in the same chapter;
///   equal when they agree to the stated figure's last digit.</item>
/// <item><c>deadlineBeforeIssue</c> (error) / <c>unparsedDeadline</c> (warning): a 完成时限 cell read by
///   <see cref="DeadlineReader"/> that falls due before the issue date, or that it cannot read.</item>
/// <item><c>leadUnitNotGovernment</c> (warning): a unit in a 牵头单位/责任单位 column whose name is an enterprise's or not a
///   government body's (<see cref="UnitNameForm"/>).</item>
/// <item><c>textTableMismatch</c> (error): a target the text states for an indicator ("CO … 降到 1.6") that differs from
///   the target the plan's table gives the same indicator.</item>
/// <item><c>targetWorseThanBaseline</c> (error): a target worse than its baseline in the same table where the indicator
///   must improve (concentrations and the like must fall; shares such as 优良天数比例 must rise).</item>
/// </list>
/// </summary>
public static partial class PlanTextAuditor
{
    /// <summary>Paragraphs shorter than this (headings, short items) are not compared for repetition.</summary>
    public const int RepeatMinChars = 20;

    public static IReadOnlyList<TextAuditFinding> Audit(PlanTextDocument doc)
    {
        var findings = new List<TextAuditFinding>();
        ContentsAgainstBody(doc, findings);
        RepeatedText(doc, findings);
        var unique = UniqueTables(doc);
        NumberedRows(doc, unique, findings);
        Totals(doc, unique, findings);
        Deadlines(doc, unique, findings);
        LeadUnits(doc, unique, findings);
        var targets = Targets(doc, unique, findings);
        TextAgainstTables(doc, targets, findings);
        var ordered = findings.Distinct().OrderBy(f => f.Level).ThenBy(f => f.Line).ThenBy(f => f.Kind, StringComparer.Ordinal).ToList();
        if (ordered.Count <= MaxFindings) return ordered;
        return [.. ordered.Take(MaxFindings), new TextAuditFinding(TextAuditLevel.Info, "findingsTruncated",
            $"问题超过 {MaxFindings} 条，只列出前 {MaxFindings} 条（错误在前），其余 {ordered.Count - MaxFindings} 条未列出；请先修正所列问题。", "正文", 1)];
    }

    /// <summary>At most this many findings are reported (a damaged or hostile text could otherwise give one per line).</summary>
    public const int MaxFindings = 2000;

    private static TextAuditFinding Error(PlanTextDocument doc, string kind, int line, string message) =>
        new(TextAuditLevel.Error, kind, message, doc.Section(line), line);

    private static TextAuditFinding Warning(PlanTextDocument doc, string kind, int line, string message) =>
        new(TextAuditLevel.Warning, kind, message, doc.Section(line), line);

    // ---- 目录 against the body -------------------------------------------------------------------------------------

    [GeneratedRegex(@"^\s*(第[一二三四五六七八九十百零〇两]+)([章节])\s*(.*?)\s*(?:\t|[.…·．]{2,})")]
    private static partial Regex ContentsEntry();

    [GeneratedRegex(@"^\s*(第[一二三四五六七八九十百零〇两]+章)")]
    private static partial Regex ChapterHeading();

    /// <param name="Sections">The chapter's 节 as listed: the key compared with body headings (no spaces) and the text shown.</param>
    private sealed record ContentsChapter(string Key, string Title, int Line, List<(string Key, string Shown)> Sections);

    /// <summary>The contents check alone (the plan audit runs it on an imported plan's source text).</summary>
    public static IReadOnlyList<TextAuditFinding> ContentsAgainstBody(PlanTextDocument doc)
    {
        var findings = new List<TextAuditFinding>();
        ContentsAgainstBody(doc, findings);
        return findings;
    }

    private static void ContentsAgainstBody(PlanTextDocument doc, List<TextAuditFinding> findings)
    {
        var chapters = new List<ContentsChapter>();
        var byKey = new Dictionary<string, ContentsChapter>(StringComparer.Ordinal);
        ContentsChapter? current = null;
        var bodyChapters = new HashSet<string>(StringComparer.Ordinal);
        var bodyHeadings = new HashSet<string>(StringComparer.Ordinal);
        for (int n = 1; n <= doc.Lines.Count; n++)
        {
            var line = doc.Line(n);
            if (PlanTextDocument.IsContentsLine(line))
            {
                var m = ContentsEntry().Match(line);
                if (!m.Success) continue;
                var title = TextTable.Compact(m.Groups[3].Value);
                if (m.Groups[2].Value == "章")
                {
                    var key = m.Groups[1].Value + "章";
                    if (!byKey.TryGetValue(key, out current))
                    {
                        chapters.Add(current = new ContentsChapter(key, title, n, []));
                        byKey[key] = current;
                    }
                }
                else current?.Sections.Add((m.Groups[1].Value + "节" + title, $"{m.Groups[1].Value}节 {title}"));
                continue;
            }
            if (line.Trim().Length > 0 && !line.Contains('\t')) current = null;   // the 目录 ended: a later 节 entry is another copy's
            if (line.Contains('\t')) continue;
            var compact = TextTable.Compact(line).Trim('*');
            var h = ChapterHeading().Match(compact);
            if (h.Success) bodyChapters.Add(h.Groups[1].Value);
            if (compact.StartsWith('第') && compact.Length <= 60) bodyHeadings.Add(compact);
        }
        foreach (var c in chapters.Where(c => !bodyChapters.Contains(c.Key)))
        {
            var present = c.Sections.Distinct().Where(s => bodyHeadings.Contains(s.Key)).Select(s => s.Shown).ToList();
            if (present.Count == 0)
                findings.Add(Error(doc, "chapterMissing", c.Line,
                    $"目录第{c.Line}行列有“{c.Key} {c.Title}”，但正文中既没有该章标题，也没有目录所列的该章各节，该章缺失。"));
            else
                findings.Add(Warning(doc, "chapterHeadingMissing", c.Line,
                    $"目录第{c.Line}行列有“{c.Key} {c.Title}”，正文中没有该章标题，但有其下的{string.Join("、", present.Select(s => $"“{s}”"))}：章标题缺失或正文不完整。"));
        }
    }

    // ---- repeated text ---------------------------------------------------------------------------------------------

    private static void RepeatedText(PlanTextDocument doc, List<TextAuditFinding> findings)
    {
        var first = new Dictionary<string, int>(StringComparer.Ordinal);
        int blockStart = 0, blockEnd = 0, blockSource = 0, blockCount = 0, misses = 0;
        void Close()
        {
            if (blockCount >= 2)
                findings.Add(Warning(doc, "repeatedText", blockStart,
                    $"第{blockStart}–{blockEnd}行的{blockCount}段文字与第{blockSource}行起的文字重复（同一内容印了两次以上）。"));
            blockStart = blockEnd = blockSource = blockCount = misses = 0;
        }
        for (int n = 1; n <= doc.Lines.Count; n++)
        {
            var line = doc.Line(n);
            if (line.Contains('\t')) continue;
            var key = TextTable.Compact(line);
            if (key.Length < RepeatMinChars) continue;
            if (first.TryGetValue(key, out var earlier))
            {
                if (blockCount == 0) { blockStart = n; blockSource = earlier; }
                blockEnd = n;
                blockCount++;
                misses = 0;
            }
            else
            {
                first[key] = n;
                if (blockCount > 0 && ++misses > 2) Close();
            }
        }
        Close();
    }

    // ---- tables ----------------------------------------------------------------------------------------------------

    /// <summary>The tables, without those printed again with the same rows (the repetition is reported once as text).</summary>
    private static List<TextTable> UniqueTables(PlanTextDocument doc)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var unique = new List<TextTable>();
        foreach (var t in doc.Tables)
            if (seen.Add(string.Join("\n", t.Rows.Select(r => TextTable.Compact(string.Join("|", r.Cells))))))
                unique.Add(t);
        return unique;
    }

    private static IEnumerable<TextTableRow> DataRows(TextTable t) =>
        t.Rows.Where(r => !TextTable.IsHeader(r) && !TextTable.IsTotal(r));

    private static int? Integer(string cell) =>
        int.TryParse(TextTable.Compact(cell), NumberStyles.None, CultureInfo.InvariantCulture, out var v) && v is > 0 and < 10000 ? v : null;

    private static void NumberedRows(PlanTextDocument doc, List<TextTable> tables, List<TextAuditFinding> findings)
    {
        int? previousTableLast = null;
        foreach (var t in tables)
        {
            var numbers = Numbers(t);
            if (numbers.Count == 0) continue;
            int? prev = null;
            foreach (var (line, k) in numbers)
            {
                if (prev is null)
                {
                    if (k > 1 && previousTableLast != k - 1)
                        findings.Add(Error(doc, "missingRows", line,
                            $"第{t.FirstLine}行起的表格从序号{k}开始（第{line}行），缺少序号{Range(1, k - 1)}的行。"));
                }
                else if (k > prev + 1)
                    findings.Add(Error(doc, "missingRows", line,
                        $"第{t.FirstLine}行起的表格序号不连续：第{line}行为{k}，上一行为{prev}，缺少序号{Range(prev.Value + 1, k - 1)}的行。"));
                prev = k;
            }
            previousTableLast = prev;
        }
    }

    private static string Range(int from, int to) => from == to ? from.ToString(CultureInfo.InvariantCulture) : $"{from}–{to}";

    /// <summary>
    /// The row numbers of a table: from its 序号 column when a header names one (a row whose cell there is not a number
    /// is skipped), otherwise the first whole number among each row's first three cells, taken as numbering only when
    /// there are three or more, they rise, and most steps are +1.
    /// </summary>
    private static List<(int Line, int Number)> Numbers(TextTable t)
    {
        var header = t.Rows.FirstOrDefault(TextTable.IsHeader);
        var seqCol = header is null ? -1 : header.Cells.ToList().FindIndex(c => TextTable.Compact(c) == "序号");
        var rows = DataRows(t).ToList();
        if (seqCol >= 0)
            return [.. rows.Select(r => (r.Line, N: Integer(r[seqCol]))).Where(x => x.N is not null).Select(x => (x.Line, x.N!.Value))];
        if (header is not null) return [];
        var found = rows.Select(r => (r.Line, N: r.Cells.Take(3).Select(Integer).FirstOrDefault(v => v is not null))).Where(x => x.N is not null)
            .Select(x => (x.Line, x.N!.Value)).ToList();
        if (found.Count < 3) return [];
        int rising = 0, plusOne = 0;
        for (int i = 1; i < found.Count; i++)
        {
            if (found[i].Value > found[i - 1].Value) rising++;
            if (found[i].Value == found[i - 1].Value + 1) plusOne++;
        }
        return rising == found.Count - 1 && plusOne * 5 >= (found.Count - 1) * 4 ? found : [];
    }

    [GeneratedRegex(@"^\d+(\.\d+)?$")]
    private static partial Regex PlainNumber();

    private static decimal? Decimal(string cell)
    {
        var c = TextTable.Compact(cell);
        return PlainNumber().IsMatch(c) && decimal.TryParse(c, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var v) ? v : null;
    }

    private static int Decimals(decimal v) => BitConverter.GetBytes(decimal.GetBits(v)[3])[2];

    /// <summary>Whether a stated figure agrees with a computed one to the stated figure's last digit.</summary>
    private static bool Agrees(decimal stated, decimal computed) =>
        Math.Abs(stated - computed) <= 0.5m * (decimal)Math.Pow(10, -Decimals(stated));

    /// <param name="Unit">The investment column's unit as its header prints it (亿元 or 万元), null when it prints none.</param>
    private sealed record TableSum(int Rows, int WithInvestment, decimal Investment, int? TotalLine, decimal? Total, string? Unit);

    /// <summary>
    /// The rows of a table and the sum of its investment column (a header cell starting 投资, counted from the right: rows
    /// with more cells than their header, where the export split a merged cell, keep their last columns aligned).
    /// </summary>
    private static TableSum Sum(TextTable t)
    {
        int fromRight = -1, rows = 0, withInvestment = 0;
        string? unit = null;
        decimal sum = 0;
        int? totalLine = null;
        decimal? total = null;
        foreach (var r in t.Rows)
        {
            if (TextTable.IsHeader(r))
            {
                var i = r.Cells.ToList().FindIndex(c => TextTable.Compact(c).StartsWith("投资", StringComparison.Ordinal));
                fromRight = i < 0 ? -1 : r.Cells.Count - 1 - i;
                if (i >= 0) unit = r[i].Contains("万元", StringComparison.Ordinal) ? "万元" : r[i].Contains("亿元", StringComparison.Ordinal) ? "亿元" : null;
                continue;
            }
            if (TextTable.IsTotal(r))
            {
                totalLine = r.Line;
                total = r.Cells.Select(Decimal).LastOrDefault(v => v is not null);
                continue;
            }
            if (r.Cells.Count(c => c.Length > 0) < 3) continue;
            rows++;
            if (fromRight >= 0 && Decimal(r[r.Cells.Count - 1 - fromRight]) is { } v)
            {
                sum += v;
                withInvestment++;
            }
        }
        return new TableSum(rows, withInvestment, sum, totalLine, total, unit);
    }

    [GeneratedRegex(@"共(?:计|有|安排|实施|列入)?\s*(\d+)\s*项|(\d+)\s*[项个](?:重点|重大)?(?:工程|项目|任务)")]
    private static partial Regex StatedCount();

    [GeneratedRegex(@"投资(?:估算|总额|额)?(?:约|为|约为|共计|合计)?\s*(\d+(?:\.\d+)?)\s*(亿元|万元)")]
    private static partial Regex StatedInvestment();

    private static void Totals(PlanTextDocument doc, List<TextTable> tables, List<TextAuditFinding> findings)
    {
        foreach (var t in tables)
        {
            var s = Sum(t);
            if (s is { TotalLine: { } line, Total: { } total } && s.WithInvestment > 0 && !Agrees(total, s.Investment))
                findings.Add(Error(doc, "totalMismatch", line,
                    $"第{line}行合计为{Fmt(total)}，但第{t.FirstLine}–{t.LastLine}行表格中{s.WithInvestment}行的投资合计为{Fmt(s.Investment)}，相差{Fmt(Math.Abs(total - s.Investment))}。"));
        }
        var unique = tables.ToHashSet();
        var sums = new Dictionary<TextTable, TableSum>();
        var nextChapter = new int[doc.Lines.Count + 2];
        nextChapter[doc.Lines.Count + 1] = doc.Lines.Count + 1;
        for (int n = doc.Lines.Count; n >= 1; n--)
            nextChapter[n] = !doc.Line(n).Contains('\t') && ChapterHeading().IsMatch(doc.Line(n)) ? n : nextChapter[n + 1];
        for (int n = 1; n <= doc.Lines.Count; n++)
        {
            var line = doc.Line(n);
            if (line.Contains('\t')) continue;
            var count = StatedCount().Match(line);
            var investment = StatedInvestment().Match(line);
            if (!count.Success && !investment.Success) continue;
            var table = doc.TableAfter(n, nextChapter[n + 1]);
            if (table is null || !unique.Contains(table)) continue;
            if (!sums.TryGetValue(table, out var s)) sums[table] = s = Sum(table);
            if (s.Rows == 0) continue;
            if (count.Success)
            {
                // A count too long for an int is no count of rows (a number in the text, or a crafted file): no check.
                if (int.TryParse(count.Groups[1].Success ? count.Groups[1].Value : count.Groups[2].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var stated)
                    && stated != s.Rows)
                    findings.Add(Error(doc, "totalMismatch", n,
                        $"第{n}行称“{count.Value.Trim()}”，共{stated}项，但其后第{table.FirstLine}–{table.LastLine}行的表格只列出{s.Rows}行（{(stated > s.Rows ? "少" : "多")}{Math.Abs(stated - s.Rows)}项）。"));
            }
            // The stated investment in the unit it is written in (亿元 or 万元) against the column's sum in the same unit; a
            // column whose header names no unit is not compared.
            if (investment.Success && s.WithInvestment > 0 && s.Unit is not null)
            {
                var stated = Number(investment.Groups[1].Value) ?? decimal.MinusOne;
                var statedUnit = investment.Groups[2].Value;
                var computed = s.Unit == statedUnit ? s.Investment : statedUnit == "亿元" ? s.Investment / 10000m : s.Investment * 10000m;
                if (stated >= 0 && !Agrees(stated, computed))
                    findings.Add(Error(doc, "totalMismatch", n,
                        $"第{n}行称“{investment.Value.Trim()}”，但其后第{table.FirstLine}–{table.LastLine}行的表格中{s.WithInvestment}行的投资合计为{Fmt(computed)}{statedUnit}，相差{Fmt(Math.Abs(stated - computed))}{statedUnit}。"));
            }
        }
    }

    private static string Fmt(decimal v) => v.ToString("0.######", CultureInfo.InvariantCulture);

    // ---- deadlines -------------------------------------------------------------------------------------------------

    private static void Deadlines(PlanTextDocument doc, List<TextTable> tables, List<TextAuditFinding> findings)
    {
        var options = new DeadlineReadingOptions(IssuedOn: doc.IssuedOn);
        foreach (var t in tables)
        {
            int col = -1, width = 0;
            foreach (var r in t.Rows)
            {
                if (TextTable.IsHeader(r))
                {
                    col = r.Cells.ToList().FindIndex(c => TextTable.Compact(c).Contains("时限", StringComparison.Ordinal));
                    width = r.Cells.Count;
                    continue;
                }
                if (col < 0 || TextTable.IsTotal(r)) continue;
                var cell = r[col + Math.Max(0, r.Cells.Count - width)];   // a row with extra cells: a merged cell split
                if (cell.Length == 0) continue;
                var reading = DeadlineReader.Read(cell, options);
                if (reading.Kind == DeadlineForm.Unparsed)
                    findings.Add(Warning(doc, "unparsedDeadline", r.Line, $"第{r.Line}行的完成时限“{cell}”无法解读。"));
                else if (doc.IssuedOn is { } issued && reading.Kind is DeadlineForm.By or DeadlineForm.Anchored or DeadlineForm.Window or DeadlineForm.Period
                         && reading.Due is { } due && due < issued)
                    findings.Add(Error(doc, "deadlineBeforeIssue", r.Line,
                        $"第{r.Line}行的完成时限“{cell}”（{due:yyyy-MM-dd}）早于本文件印发日期 {issued:yyyy-MM-dd}（第{doc.IssueDateLine}行），印发时已到期。"));
            }
        }
    }

    // ---- lead units ------------------------------------------------------------------------------------------------

    private static readonly HashSet<string> UnitColumns = ["牵头单位", "责任单位", "牵头部门", "责任部门", "实施单位", "责任主体"];

    /// <summary>
    /// <c>leadUnitNotGovernment</c> (warning): a unit named in a 牵头单位/责任单位/责任主体 column (split and normalised by
    /// <see cref="UnitNameForm.Split"/>) whose name is not a government body's (<see cref="UnitNameForm"/>); one
    /// finding per unit, at the first row naming it. The column is the header's; a row with more cells than its header
    /// (a merged cell the export split) is read shifted right by the extra cells.
    /// </summary>
    private static void LeadUnits(PlanTextDocument doc, List<TextTable> tables, List<TextAuditFinding> findings)
    {
        var seen = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        foreach (var t in tables)
        {
            int col = -1, width = 0;
            foreach (var r in t.Rows)
            {
                if (TextTable.IsHeader(r))
                {
                    col = r.Cells.ToList().FindIndex(c => UnitColumns.Contains(TextTable.Compact(c)));
                    width = r.Cells.Count;
                    continue;
                }
                if (col < 0 || TextTable.IsTotal(r)) continue;
                var cell = r[col + Math.Max(0, r.Cells.Count - width)];
                foreach (var unit in UnitNameForm.Split(cell))
                {
                    if (!seen.TryGetValue(unit, out var lines)) seen[unit] = lines = [];
                    lines.Add(r.Line);
                }
            }
        }
        foreach (var (unit, lines) in seen)
            if (UnitNameForm.NotGovernment(unit) is { } why)
                findings.Add(Warning(doc, "leadUnitNotGovernment", lines[0],
                    $"第{string.Join("、", lines.Distinct())}行的牵头（责任）单位“{unit}”{why}，不是可识别的政府部门名称。"));
    }

    // ---- targets ---------------------------------------------------------------------------------------------------

    /// <summary>A target a table gives an indicator (its annual or end-of-plan value).</summary>
    /// <param name="Figures">Every figure the row gives (baseline, targets, observed values).</param>
    private sealed record TableTarget(string Key, string Name, decimal Value, int Line, int Year, IReadOnlySet<decimal> Figures);

    private static HashSet<decimal> Figures(TextTableRow r, IEnumerable<int> cols) =>
        [.. cols.Select(c => BoundNumber().Match(TextTable.Compact(r[c]))).Where(m => m.Success).Select(m => Number(m.Groups[2].Value)).OfType<decimal>()];

    /// <summary>A figure of the text, or null when it is too long for a decimal (a crafted file: never an exception).</summary>
    private static decimal? Number(string digits) =>
        decimal.TryParse(digits, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var v) ? v : null;

    [GeneratedRegex(@"^(\d{4})\s*年?")]
    private static partial Regex YearCell();

    private static int? Year(string cell)
    {
        var m = YearCell().Match(TextTable.Compact(cell));
        return m.Success ? int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) : null;
    }

    /// <summary>
    /// Reads the targets of two layouts and checks them against their baselines: a year-pair table (a header of years
    /// alternating baseline and target year, a row of indicator names over each pair, a row per month or 全年) and an
    /// indicator table (a header with 指标 and year columns: the first year the baseline, the last the target).
    /// </summary>
    private static List<TableTarget> Targets(PlanTextDocument doc, List<TextTable> tables, List<TextAuditFinding> findings)
    {
        var targets = new List<TableTarget>();
        foreach (var t in tables)
        {
            for (int i = 0; i + 1 < t.Rows.Count; i++)
                if (YearPairs(t.Rows[i]) is { Count: > 0 } pairs) { PairTable(doc, t, i, pairs, targets, findings); break; }
            IndicatorTable(doc, t, targets, findings);
        }
        return targets;
    }

    /// <summary>The (column, baseline year, target year) pairs of a header row of alternating years.</summary>
    private static List<(int Col, int From, int To)> YearPairs(TextTableRow row)
    {
        var pairs = new List<(int, int, int)>();
        for (int c = 0; c + 1 < row.Cells.Count; c++)
            if (Year(row[c]) is { } a && Year(row[c + 1]) is { } b && b > a && TextTable.Compact(row[c]).Length <= 6 && TextTable.Compact(row[c + 1]).Length <= 6)
            {
                pairs.Add((c, a, b));
                c++;
            }
        return pairs.Count >= 2 ? pairs : [];
    }

    private static void PairTable(PlanTextDocument doc, TextTable t, int headerIndex, List<(int Col, int From, int To)> pairs,
        List<TableTarget> targets, List<TextAuditFinding> findings)
    {
        var names = t.Rows[headerIndex + 1];
        foreach (var r in t.Rows.Skip(headerIndex + 2))
        {
            var label = TextTable.Compact(r[0]);
            foreach (var (col, from, to) in pairs)
            {
                var name = names[col].Length > 0 ? names[col] : names[col + 1];
                if (name.Length == 0 || Decimal(r[col + 1]) is not { } target) continue;
                var key = IndicatorKey(name);
                if (label is "全年" or "年均" or "年度") targets.Add(new TableTarget(key, key, target, r.Line, to, Figures(r, [col, col + 1])));
                if (Decimal(r[col]) is { } baseline && Direction(key) is var d && d != 0 && (d < 0 ? target > baseline : target < baseline))
                    findings.Add(Error(doc, "targetWorseThanBaseline", r.Line,
                        $"第{r.Line}行{label} {key} {to}年目标 {Fmt(target)} {(d < 0 ? "高于" : "低于")}{from}年 {Fmt(baseline)}，目标劣于基准（该指标应{(d < 0 ? "下降" : "上升")}）。"));
            }
        }
    }

    [GeneratedRegex(@"(≤|≥|<|>|不高于|不低于|不超过)?\s*(\d+(?:\.\d+)?)")]
    private static partial Regex BoundNumber();

    private static void IndicatorTable(PlanTextDocument doc, TextTable t, List<TableTarget> targets, List<TextAuditFinding> findings)
    {
        var header = t.Rows.FirstOrDefault(TextTable.IsHeader);
        if (header is null) return;
        var nameCol = header.Cells.ToList().FindIndex(c => TextTable.Compact(c) is "指标" or "指标名称");
        var years = header.Cells.Select((c, i) => (i, Y: Year(c))).Where(x => x.Y is not null).ToList();
        if (nameCol < 0 || years.Count < 2) return;
        var (baseCol, baseYear) = (years[0].i, years[0].Y!.Value);
        var targetYears = years.Skip(1).Where(y => !Observed.Any(o => TextTable.Compact(header[y.i]).Contains(o, StringComparison.Ordinal))).ToList();
        if (targetYears.Count == 0) return;
        var (targetCol, targetYear) = (targetYears[^1].i, targetYears[^1].Y!.Value);
        foreach (var r in DataRows(t))
        {
            var name = r[nameCol];
            if (name.Length == 0) continue;
            var key = IndicatorKey(name);
            var tm = BoundNumber().Match(TextTable.Compact(r[targetCol]));
            if (!tm.Success || !PlainOrBound(r[targetCol]) || Number(tm.Groups[2].Value) is not { } target) continue;
            targets.Add(new TableTarget(key, key, target, r.Line, targetYear, Figures(r, years.Select(y => y.i))));
            if (Decimal(r[baseCol]) is { } baseline && Direction(key) is var d && d != 0 && (d < 0 ? target > baseline : target < baseline))
                findings.Add(Error(doc, "targetWorseThanBaseline", r.Line,
                    $"第{r.Line}行指标“{key}”{targetYear}年目标 {TextTable.Compact(r[targetCol])} {(d < 0 ? "高于" : "低于")}{baseYear}年基准值 {Fmt(baseline)}，目标劣于基准（该指标应{(d < 0 ? "下降" : "上升")}）。"));
        }
    }

    /// <summary>Words of a year column that holds observed values, not targets (表1 "2020年 现状").</summary>
    private static readonly string[] Observed = ["现状", "实际", "完成情况", "实现"];

    [GeneratedRegex(@"^(≤|≥|<|>|不高于|不低于|不超过)?\d+(\.\d+)?%?$")]
    private static partial Regex TargetCell();

    private static bool PlainOrBound(string cell) => TargetCell().IsMatch(TextTable.Compact(cell));

    private static readonly string[] Reductions = ["降低", "下降", "减少", "削减", "降幅", "减排"];
    private static readonly string[] LowerBetter = ["浓度", "重污染", "劣Ⅴ", "劣V", "黑臭", "降尘", "排放量", "PM2.5", "PM10", "SO2", "NO2", "CO", "O3"];
    private static readonly string[] HigherBetter = ["比例", "比率", "优良", "达标率", "覆盖率", "利用率", "处置率", "处理率", "收集率", "治理率", "保护率", "保有率"];

    /// <summary>−1 when the indicator must fall, +1 when it must rise, 0 when the name does not say (or it is itself a reduction).</summary>
    public static int Direction(string key)
    {
        if (Reductions.Any(r => key.Contains(r, StringComparison.Ordinal))) return 0;
        if (LowerBetter.Any(l => key.Contains(l, StringComparison.Ordinal) && (l[0] > 127 || IsWord(key, l)))) return -1;
        return HigherBetter.Any(h => key.Contains(h, StringComparison.Ordinal)) ? 1 : 0;
    }

    private static bool IsWord(string s, string word)
    {
        for (int i = s.IndexOf(word, StringComparison.Ordinal); i >= 0; i = s.IndexOf(word, i + 1, StringComparison.Ordinal))
        {
            bool before = i == 0 || !char.IsAsciiLetterOrDigit(s[i - 1]);
            int end = i + word.Length;
            bool after = end >= s.Length || !(char.IsAsciiLetterOrDigit(s[end]) || s[end] == '.');
            if (before && after) return true;
        }
        return false;
    }

    [GeneratedRegex(@"[（(][^（）()]*[）)]\s*$")]
    private static partial Regex TrailingUnit();

    /// <summary>
    /// An indicator's name as compared: no spaces, subscripts and "_{…}" markup read as plain digits (PM₂.₅, PM _{2.5} →
    /// PM2.5; SO ₂ → SO2), full-width letters and digits half-width, a trailing unit in parentheses dropped.
    /// </summary>
    public static string IndicatorKey(string name)
    {
        var sb = new StringBuilder(name.Length);
        foreach (var c in name)
        {
            if (char.IsWhiteSpace(c) || c is '_' or '{' or '}') continue;
            sb.Append(c switch
            {
                >= '₀' and <= '₉' => (char)('0' + (c - '₀')),
                >= '０' and <= '９' => (char)('0' + (c - '０')),
                >= 'Ａ' and <= 'Ｚ' => (char)('A' + (c - 'Ａ')),
                '．' => '.',
                _ => c,
            });
        }
        return TrailingUnit().Replace(sb.ToString(), "");
    }

    [GeneratedRegex(@"\G[^。；;，,\d]{0,16}?(?:力争|确保)?(?:降到|降至|下降到|控制在|达到|不高于|不超过|不低于|提高到|提升到|保持在|稳定在)\s*(?:≤|≥|<|>)?\s*(\d+(?:\.\d+)?)")]
    private static partial Regex StatedTarget();

    [GeneratedRegex(@"(\d{4})年")]
    private static partial Regex YearInText();

    /// <summary>The last year written in the sentence before position <paramref name="i"/> ("2020年全市森林覆盖率达到…"), if any.</summary>
    private static int? YearBefore(string text, int i)
    {
        var start = text.LastIndexOfAny(['。', '；', ';'], Math.Max(0, i - 1)) + 1;
        var years = YearInText().Matches(text[start..i]);
        return years.Count == 0 ? null : int.Parse(years[^1].Groups[1].Value, CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// A target the running text states for an indicator a table holds, compared with the table's: a mismatch when the
    /// stated figure is none of the figures the table's row gives (target, baseline, observed), and the sentence names no
    /// other year than the target's.
    /// </summary>
    private static void TextAgainstTables(PlanTextDocument doc, List<TableTarget> targets, List<TextAuditFinding> findings)
    {
        // Keys by text, tried at each position of a line for each length a key has: a line is scanned in time bounded by its
        // length and the number of distinct key lengths (at most 60), whatever the number of indicators.
        var byKey = targets.Where(t => t.Key.Length is >= 2 and <= 60).GroupBy(t => t.Key, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        if (byKey.Count == 0) return;
        var lengths = byKey.Keys.Select(k => k.Length).Distinct().Order().ToArray();
        var lookup = byKey.GetAlternateLookup<ReadOnlySpan<char>>();
        for (int n = 1; n <= doc.Lines.Count; n++)
        {
            var line = doc.Line(n);
            if (line.Contains('\t')) continue;
            var text = IndicatorKey(line);
            var matches = new List<(int At, TableTarget Target)>();
            for (int i = 0; i + 1 < text.Length; i++)
                foreach (var length in lengths)
                {
                    if (length > text.Length - i) break;
                    if (lookup.TryGetValue(text.AsSpan(i, length), out var t)) matches.Add((i, t));
                }
            var taken = new List<(int From, int To)>();
            foreach (var (i, t) in matches.OrderByDescending(x => x.Target.Key.Length).ThenBy(x => x.At))
            {
                int end = i + t.Key.Length;
                if (taken.Any(s => i < s.To && end > s.From)) continue;
                if (t.Key[^1] < 128 && end < text.Length && (char.IsAsciiLetterOrDigit(text[end]) || text[end] == '.')) continue;
                if (t.Key[0] < 128 && i > 0 && char.IsAsciiLetterOrDigit(text[i - 1])) continue;
                var m = StatedTarget().Match(text, end);
                if (!m.Success) continue;
                taken.Add((i, end));
                if (Number(m.Groups[1].Value) is not { } stated) continue;
                if (!t.Figures.Contains(stated) && YearBefore(text, i) is var year && (year is null || year == t.Year))
                    findings.Add(Error(doc, "textTableMismatch", n,
                        $"正文第{n}行写 {t.Name} “{text.Substring(i, t.Key.Length + m.Length)}”，而第{t.Line}行表中 {t.Name} 的目标为 {Fmt(t.Value)}，两者不一致。"));
            }
        }
    }
}
