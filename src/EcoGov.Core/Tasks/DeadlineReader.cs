using System.Globalization;
using System.Text.RegularExpressions;
using EcoGov.Core.Text;

namespace EcoGov.Core.Tasks;

/// <summary>
/// Reads 完成时限 deadline phrases (plan-supervision reference §3). Pure: no clock; the plan's issue date or year and
/// the heating-season start are parameters. Never throws on any text; what it cannot read comes back Unparsed, verbatim.
/// </summary>
/// <remarks>
/// A phrase is one or more parts separated by "；，、…" (or written one after another: "2023年4月1日起 2025年1月1日起").
/// Each part is read alone after normalization (full-width digits, spaces inside the phrase, dash forms, a leading
/// 自/从/截至, a trailing 完成/建成); a part without a year takes the year of the part before it, else the plan's year,
/// and a note says so. Forms of a part:
/// <list type="bullet">
/// <item>by: "2023年4月底前" "4月底以前" "2023 年 12 月" (month end); "2023年6月30日前" (that day); "2023年上半年" (30 Jun),
///   "2023年下半年" (31 Dec); "2023年一季度" / "第4季度" (quarter end); "2023年底前" "2023年完成" "年底前" (31 Dec).</item>
/// <item>from: "2023年4月1日起"; "2023年5月起" / "2023年开工" (the month's or year's first day).</item>
/// <item>window: "2023年5-9月", "2023年11月-2024年3月", "2023年5月1日至9月30日".</item>
/// <item>period: "2021-2025", "2021—2025年", "2024至2035年".</item>
/// <item>ongoing: "长期坚持", "持续推进", "常态化".</item>
/// <item>recurring: "每月" / "每月10日前" (monthly), "每季度" / "每季度末" (quarterly), "每年9月底前" / "每年6月5日前" / "每年年底前" (yearly).</item>
/// <item>anchored: "2023年采暖季前" / "2023-2024年采暖期开始前" — due the day before that year's heating-season start.</item>
/// </list>
/// </remarks>
public static partial class DeadlineReader
{
    /// <summary>Longer phrases are not read (kept verbatim, Unparsed): a deadline is a few words, not a paragraph.</summary>
    public const int MaxLength = 200;

    /// <summary>At most this many parts (milestones) in one phrase.</summary>
    public const int MaxMilestones = 12;

    public const string HeatingSeasonAnchor = "heating-season";

    public const string YearFromIssueDateNote = "年份取自印发日期 (year taken from the issue date)";
    public const string YearFromPlanNote = "年份取自计划年度 (year taken from the plan's year)";
    public const string NoYearNote = "未写年份，且未给出印发日期，无法确定 (no year in the phrase and no issue date given)";
    public const string NotUnderstoodNote = "无法识别，原文保留 (not understood; kept verbatim)";
    public const string FirstDueFromIssueNote = "首次到期日自印发日期起算 (first due date counted from the issue date)";

    /// <summary>The contract kind of a stored kind: the one place the two sets of names meet.</summary>
    public static DeadlineForm FormOf(DeadlineKind kind) => kind switch
    {
        DeadlineKind.DueBy => DeadlineForm.By,
        DeadlineKind.From => DeadlineForm.From,
        DeadlineKind.Window => DeadlineForm.Window,
        DeadlineKind.Ongoing => DeadlineForm.Ongoing,
        DeadlineKind.BeforeHeatingSeason => DeadlineForm.Anchored,
        DeadlineKind.RecurringYearly or DeadlineKind.RecurringMonthly or DeadlineKind.RecurringQuarterly => DeadlineForm.Recurring,
        DeadlineKind.YearRange => DeadlineForm.Period,
        _ => DeadlineForm.Unparsed,
    };

    /// <summary>Reads a phrase into the `deadline` contract (<see cref="DeadlineReading"/>).</summary>
    public static DeadlineReading Read(string? text, DeadlineReadingOptions? options = null)
    {
        options ??= DeadlineReadingOptions.None;
        var planYear = options.PlanYear ?? options.IssuedOn?.Year;
        var yearNote = options.PlanYear is null && options.IssuedOn is not null ? YearFromIssueDateNote : YearFromPlanNote;
        var r = Interpret(text, planYear, yearNote);
        var notes = new List<string>(r.Notes);
        if (!r.Parsed) return new DeadlineReading(r.Text, DeadlineForm.Unparsed, null, null, null, null, null, [], notes);

        var heating = options.HeatingSeasonStart ?? HeatingSeasonStart.Default;
        var milestones = r.Parts.Select(p => Contract(p, heating, options.IssuedOn)).ToList();
        if (r.Parts.Any(p => p.Kind == DeadlineKind.BeforeHeatingSeason))
            notes.Add($"采暖季开始日取 {heating}，截止日为其前一天 (heating season taken to start on {heating}; due the day before)");
        if (options.IssuedOn is not null && r.Parts.Any(p => p.Recurrence is not null))
            notes.Add(FirstDueFromIssueNote);

        var last = milestones[^1];
        var lastPart = r.Parts[^1];
        var from = milestones.Select(m => m.From).FirstOrDefault(f => f is not null);
        return new DeadlineReading(
            r.Text,
            last.Kind,
            last.Due,
            from,
            last.To,
            lastPart.Kind == DeadlineKind.BeforeHeatingSeason ? HeatingSeasonAnchor : null,
            lastPart.Recurrence,
            milestones.Count > 1 ? milestones.Select(m => new DeadlineMilestone(m.Text, m.Kind, m.Due, m.From)).ToList() : [],
            notes);
    }

    private sealed record ContractPart(string Text, DeadlineForm Kind, DateOnly? Due, DateOnly? From, DateOnly? To);

    private static ContractPart Contract(Part p, HeatingSeasonStart heating, DateOnly? issued) => p.Kind switch
    {
        DeadlineKind.DueBy => new(p.Text, DeadlineForm.By, p.Due, null, null),
        DeadlineKind.From => new(p.Text, DeadlineForm.From, null, p.Start, null),
        DeadlineKind.Window => new(p.Text, DeadlineForm.Window, p.Due, p.Start, p.Due),
        DeadlineKind.YearRange => new(p.Text, DeadlineForm.Period, p.Due, p.Start, p.Due),
        DeadlineKind.BeforeHeatingSeason => new(p.Text, DeadlineForm.Anchored, heating.In(p.Year!.Value).AddDays(-1), null, null),
        DeadlineKind.RecurringMonthly or DeadlineKind.RecurringQuarterly or DeadlineKind.RecurringYearly =>
            new(p.Text, DeadlineForm.Recurring, issued is { } i ? p.Recurrence!.NextDue(i) : null, null, null),
        _ => new(p.Text, FormOf(p.Kind), null, null, null),
    };

    /// <summary>One part of a phrase as read, in the stored form's terms.</summary>
    internal sealed record Part(
        string Text, DeadlineKind Kind, DateOnly? Start = null, DateOnly? Due = null, int? Year = null, int? Month = null,
        DeadlineRecurrence? Recurrence = null);

    internal sealed record Interpretation(string Text, bool Parsed, IReadOnlyList<Part> Parts, IReadOnlyList<string> Notes)
    {
        /// <summary>
        /// The stored form: one part as it is; several parts as the last part's kind, due, year and month with the first
        /// start any part has (the milestones are read again from the verbatim text when needed).
        /// </summary>
        public DeadlinePhrase ToPhrase()
        {
            if (!Parsed) return new DeadlinePhrase(Text, DeadlineKind.Unparsed);
            var last = Parts[^1];
            return new DeadlinePhrase(Text, last.Kind, Parts.Select(p => p.Start).FirstOrDefault(s => s is not null),
                last.Due, last.Year, last.Month);
        }
    }

    /// <summary>Splits and reads a phrase. A part without a year takes the previous part's year, else <paramref name="planYear"/>.</summary>
    internal static Interpretation Interpret(string? text, int? planYear, string yearNote = YearFromPlanNote)
    {
        var verbatim = (text ?? "").Trim();
        if (verbatim.Length > MaxLength)
            return Failed(verbatim, $"超过 {MaxLength} 个字符，未解析 (longer than {MaxLength} characters; not parsed)");
        var pieces = Separator().Split(verbatim)
            .Select(s => (Printed: s.Trim(), Canonical: Canonical(s)))
            .Where(s => s.Canonical.Length > 0)
            .ToList();
        if (pieces.Count == 0) return Failed(verbatim, NotUnderstoodNote);
        if (pieces.Count > MaxMilestones)
            return Failed(verbatim, $"超过 {MaxMilestones} 个时点，未解析 (more than {MaxMilestones} dates; not parsed)");

        var parts = new List<Part>(pieces.Count);
        var notes = new List<string>();
        int? carried = null;
        var carriedFromPlan = false; // the carried year is itself the plan's: say that, not "from the part before"
        for (int i = 0; i < pieces.Count; i++)
        {
            var reader = new PartReader(carried, planYear);
            if (reader.Read(pieces[i].Canonical, pieces[i].Printed) is not { } part)
            {
                var why = reader.MissingYear ? NoYearNote : NotUnderstoodNote;
                return Failed(verbatim, pieces.Count == 1 ? why
                    : $"第 {i + 1} 段“{UserText.Quote(pieces[i].Printed)}”：{why} (part {i + 1})");
            }
            if (reader.Used == YearUse.Plan || (reader.Used == YearUse.Carried && carriedFromPlan))
            {
                if (!notes.Contains(yearNote)) notes.Add(yearNote);
                carriedFromPlan = true;
            }
            else if (reader.Used == YearUse.Carried)
                notes.Add($"第 {i + 1} 个时点未写年份，沿用前一时点的 {carried} 年 (milestone {i + 1} has no year; {carried} from the one before is used)");
            else if (reader.Used == YearUse.Explicit)
                carriedFromPlan = false;
            parts.Add(part);
            carried = part.Year ?? part.Due?.Year ?? part.Start?.Year ?? carried;
        }
        return new Interpretation(verbatim, true, parts, notes);
    }

    private static Interpretation Failed(string verbatim, string note) => new(verbatim, false, [], [note]);

    /// <summary>
    /// Between parts: "；；，,、…。" or an ellipsis of dots, "和/及/以及" after a part's end, or nothing at all between a
    /// part ending in 起/前 and a four-digit year ("2023年4月1日起2025年1月1日起").
    /// </summary>
    [GeneratedRegex(@"\s*(?:[;；,，、…。]+|\.{2,}|(?<=[起前底末])\s*(?:以及|和|及)\s*(?=[0-9０-９每上下第])|(?<=[起前])\s*(?=[0-9０-９]{4}))\s*", RegexOptions.CultureInvariant)]
    private static partial Regex Separator();

    /// <summary>One part as the patterns see it: normalized, no spaces, one dash form, no 自/截至 before nor 完成 after.</summary>
    internal static string Canonical(string part)
    {
        var t = TextNormalizer.Normalize(part).Replace(" ", "", StringComparison.Ordinal);
        var chars = t.ToCharArray();
        for (int i = 0; i < chars.Length; i++)
            if (chars[i] is '－' or '—' or '–' or '―' or '‐' or '‑' or '−' or '~' or '～' or '〜') chars[i] = '-';
        t = new string(chars);
        t = Affixes().Replace(t, "");
        return t;
    }

    [GeneratedRegex(@"^(?:自|从|于|在|到|截至|截止到?)|(?:全面|基本)?(?:完成|建成|完工|办结|落实|到位)$", RegexOptions.CultureInvariant)]
    private static partial Regex Affixes();

    internal enum YearUse { None, Explicit, Carried, Plan }

    /// <summary>Reads one canonical part; remembers where its year came from, or that it had none.</summary>
    private sealed class PartReader(int? carried, int? plan)
    {
        public YearUse Used { get; private set; }
        public bool MissingYear { get; private set; }

        public Part? Read(string s, string printed)
        {
            Match m;
            if (Ongoing().IsMatch(s)) return new(printed, DeadlineKind.Ongoing);

            if ((m = Monthly().Match(s)).Success)
                return TryDay(m, 31, out var d) ? Recurring(printed, DeadlineKind.RecurringMonthly, new(RecurrenceFrequency.Monthly, null, d)) : null;
            if (Quarterly().IsMatch(s))
                return Recurring(printed, DeadlineKind.RecurringQuarterly, new(RecurrenceFrequency.Quarterly, null, null));
            if ((m = Yearly().Match(s)).Success)
            {
                var month = m.Groups["m"].Success ? Int(m, "m") : 12;
                if (month is < 1 or > 12) return null;
                return TryDay(m, DateTime.DaysInMonth(2024, month), out var d)
                    ? Recurring(printed, DeadlineKind.RecurringYearly, new(RecurrenceFrequency.Yearly, month, d), month)
                    : null;
            }

            if ((m = Heating().Match(s)).Success)
            {
                if (!Year(m, out var y)) return null;
                if (m.Groups["y2"].Success && (!m.Groups["y"].Success || Int(m, "y2") != y + 1)) return null;
                return new(printed, DeadlineKind.BeforeHeatingSeason, Year: y);
            }

            if ((m = Period().Match(s)).Success)
            {
                int y1 = Int(m, "y1"), y2 = Int(m, "y2");
                return ValidYear(y1) && ValidYear(y2) && y1 <= y2
                    ? new(printed, DeadlineKind.YearRange, new DateOnly(y1, 1, 1), new DateOnly(y2, 12, 31))
                    : null;
            }

            if ((m = MonthWindow().Match(s)).Success)
            {
                if (!Year(m, out var y)) return null;
                var y2 = m.Groups["y2"].Success ? Int(m, "y2") : y;
                int m1 = Int(m, "m1"), m2 = Int(m, "m2");
                if (!ValidYear(y2) || m1 is < 1 or > 12 || m2 is < 1 or > 12 || (y2, m2).CompareTo((y, m1)) <= 0) return null;
                return new(printed, DeadlineKind.Window, new DateOnly(y, m1, 1), LastDay(y2, m2));
            }

            if ((m = DayWindow().Match(s)).Success)
            {
                if (!Year(m, out var y)) return null;
                var y2 = m.Groups["y2"].Success ? Int(m, "y2") : y;
                var m1 = Int(m, "m1");
                var m2 = m.Groups["m2"].Success ? Int(m, "m2") : m1;
                if (!ValidYear(y2) || Date(y, m1, Int(m, "d1")) is not { } start || Date(y2, m2, Int(m, "d2")) is not { } end || end <= start) return null;
                return new(printed, DeadlineKind.Window, start, end);
            }

            if ((m = DayFrom().Match(s)).Success)
                return Year(m, out var y) && Date(y, Int(m, "m"), Int(m, "d")) is { } d ? new(printed, DeadlineKind.From, Start: d) : null;

            if ((m = StartFrom().Match(s)).Success && (m.Groups["y"].Success || m.Groups["m"].Success))
            {
                if (!Year(m, out var y)) return null;
                var month = m.Groups["m"].Success ? Int(m, "m") : 1;
                return month is >= 1 and <= 12 ? new(printed, DeadlineKind.From, Start: new DateOnly(y, month, 1)) : null;
            }

            if ((m = DayBy().Match(s)).Success)
                return Year(m, out var y) && Date(y, Int(m, "m"), Int(m, "d")) is { } d ? By(printed, d) : null;

            if ((m = MonthBy().Match(s)).Success)
            {
                if (!Year(m, out var y)) return null;
                var month = Int(m, "m");
                return month is >= 1 and <= 12 ? By(printed, LastDay(y, month)) : null;
            }

            if ((m = HalfYear().Match(s)).Success)
                return Year(m, out var y) ? By(printed, m.Groups["h"].Value == "上" ? new DateOnly(y, 6, 30) : new DateOnly(y, 12, 31)) : null;

            if ((m = Quarter().Match(s)).Success)
            {
                if (!Year(m, out var y)) return null;
                var q = "一二三四".IndexOf(m.Groups["q"].Value[0], StringComparison.Ordinal) is var i and >= 0 ? i + 1 : Int(m, "q");
                return By(printed, LastDay(y, q * 3));
            }

            if ((m = YearEnd().Match(s)).Success)
                return ValidYear(Int(m, "y")) ? By(printed, new DateOnly(Int(m, "y"), 12, 31)) : null;
            if (ThisYearEnd().IsMatch(s))
                return Year(Match.Empty, out var y) ? By(printed, new DateOnly(y, 12, 31)) : null;

            return null;
        }

        private static Part By(string printed, DateOnly due) => new(printed, DeadlineKind.DueBy, Due: due);

        private static Part Recurring(string printed, DeadlineKind kind, DeadlineRecurrence rule, int? month = null) =>
            new(printed, kind, Month: month, Recurrence: rule);

        /// <summary>The part's year: printed, else the previous part's, else the plan's; false (and MissingYear) when none.</summary>
        private bool Year(Match m, out int year)
        {
            if (m.Groups["y"].Success)
            {
                year = Int(m, "y");
                Used = YearUse.Explicit;
                return ValidYear(year);
            }
            if (carried is { } c) { year = c; Used = YearUse.Carried; return true; }
            if (plan is { } p && ValidYear(p)) { year = p; Used = YearUse.Plan; return true; }
            year = 0;
            MissingYear = true;
            return false;
        }

        /// <summary>The optional day group "d": null when absent; false when present but not 1..max.</summary>
        private static bool TryDay(Match m, int max, out int? day)
        {
            day = m.Groups["d"].Success ? Int(m, "d") : null;
            return day is null || (day >= 1 && day <= max);
        }
    }

    private static bool ValidYear(int y) => y is >= 1000 and <= 9999;

    private static int Int(Match m, string g) => int.Parse(m.Groups[g].Value, NumberStyles.None, CultureInfo.InvariantCulture);

    private static DateOnly? Date(int y, int m, int d) =>
        ValidYear(y) && m is >= 1 and <= 12 && d >= 1 && d <= DateTime.DaysInMonth(y, m) ? new DateOnly(y, m, d) : null;

    private static DateOnly LastDay(int y, int m) => new(y, m, DateTime.DaysInMonth(y, m));

    // The patterns, over canonical text (ASCII digits, no spaces, '-' for every dash). 前/以前/之前 are one ending.
    private const string Y = @"(?:(?<y>[0-9]{4})年)?";
    private const string Before = @"(?:前|以前|之前)?";
    private const string Range = @"(?:-+|至|到)";

    [GeneratedRegex(@"^(?:长期坚持|长期|长期推进|长期执行|持续推进|持续开展|持续实施|常态化|常态化推进)$", RegexOptions.CultureInvariant)]
    private static partial Regex Ongoing();

    [GeneratedRegex(@"^每个?月(?:(?<d>[0-9]{1,2})日|底|末)?" + Before + "$", RegexOptions.CultureInvariant)]
    private static partial Regex Monthly();

    [GeneratedRegex(@"^每个?季度(?:末|底)?" + Before + "$", RegexOptions.CultureInvariant)]
    private static partial Regex Quarterly();

    [GeneratedRegex(@"^每年度?(?:(?<m>[0-9]{1,2})月份?(?:(?<d>[0-9]{1,2})日|底|末)?|年底|年末|底|末)" + Before + "$", RegexOptions.CultureInvariant)]
    private static partial Regex Yearly();

    [GeneratedRegex(@"^(?:(?<y>[0-9]{4})(?:-(?<y2>[0-9]{4}))?年度?)?(?:冬季)?(?:采暖|供暖|取暖|供热)(?:季|期)?(?:开始)?(?:前|以前|之前)$", RegexOptions.CultureInvariant)]
    private static partial Regex Heating();

    [GeneratedRegex(@"^(?<y1>[0-9]{4})年?" + Range + @"(?<y2>[0-9]{4})年?$", RegexOptions.CultureInvariant)]
    private static partial Regex Period();

    [GeneratedRegex("^" + Y + @"(?<m1>[0-9]{1,2})月?" + Range + @"(?:(?<y2>[0-9]{4})年)?(?<m2>[0-9]{1,2})月(?:份|底|末)?$", RegexOptions.CultureInvariant)]
    private static partial Regex MonthWindow();

    [GeneratedRegex("^" + Y + @"(?<m1>[0-9]{1,2})月(?<d1>[0-9]{1,2})日起?" + Range + @"(?:(?<y2>[0-9]{4})年)?(?:(?<m2>[0-9]{1,2})月)?(?<d2>[0-9]{1,2})日(?:前|止)?$", RegexOptions.CultureInvariant)]
    private static partial Regex DayWindow();

    [GeneratedRegex("^" + Y + @"(?<m>[0-9]{1,2})月(?<d>[0-9]{1,2})日(?:起|开始|以后|之后)(?:执行|实施|施行|生效)?$", RegexOptions.CultureInvariant)]
    private static partial Regex DayFrom();

    [GeneratedRegex("^" + Y + @"(?:(?<m>[0-9]{1,2})月份?)?(?:起|开工|开始|启动)(?:建设|实施|执行|施行)?$", RegexOptions.CultureInvariant)]
    private static partial Regex StartFrom();

    [GeneratedRegex("^" + Y + @"(?<m>[0-9]{1,2})月(?<d>[0-9]{1,2})日(?:前|以前|之前|止|为止)?$", RegexOptions.CultureInvariant)]
    private static partial Regex DayBy();

    [GeneratedRegex("^" + Y + @"(?<m>[0-9]{1,2})月份?(?:底|末)?" + Before + "$", RegexOptions.CultureInvariant)]
    private static partial Regex MonthBy();

    [GeneratedRegex("^" + Y + @"(?<h>上|下)半年(?:底|末)?" + Before + "$", RegexOptions.CultureInvariant)]
    private static partial Regex HalfYear();

    [GeneratedRegex("^" + Y + @"第?(?<q>[一二三四1-4])季度(?:末|底)?" + Before + "$", RegexOptions.CultureInvariant)]
    private static partial Regex Quarter();

    [GeneratedRegex(@"^(?<y>[0-9]{4})(?:年(?:底|末|年底|年末|内|年内|度|度内)?)?" + Before + "$", RegexOptions.CultureInvariant)]
    private static partial Regex YearEnd();

    [GeneratedRegex(@"^(?:(?:本|今|当)年度?)?(?:年底|年末|年内|年度内)" + Before + "$|^(?:本|今|当)年度?(?:底|末|内)?" + Before + "$", RegexOptions.CultureInvariant)]
    private static partial Regex ThisYearEnd();
}
