using System.Globalization;
using System.Text.RegularExpressions;
using EcoGov.Core;
using EcoGov.Core.Indicators;
using EcoGov.Core.Plans;
using EcoGov.Core.Supervision;
using EcoGov.Core.Tasks;
using EcoGov.Core.Text;

namespace EcoGov.Documents.Seeds;

/// <summary>
/// Reading what a plan states in its running text (issue 9): a sentence is found by a pattern over the document's
/// lines normalized and without spaces (<see cref="Flat"/>); a sentence the Word export wrapped onto the next
/// non-blank line is found on the line where it starts. Nothing here invents a value: each spec names the words it
/// expects, and when they are not in the text the record is not produced and a Damaged finding says so.
/// </summary>
internal static class SeedProse
{
    /// <summary>How many following non-blank lines a sentence may wrap onto.</summary>
    private const int WrapLines = 2;

    /// <summary>Line <paramref name="n"/> without bookmarks, normalized, without spaces.</summary>
    public static string Flat(SeedText text, int n) =>
        TextNormalizer.Normalize(SeedText.StripBookmarks(text.Line(n))).Replace(" ", "", StringComparison.Ordinal);

    /// <summary>
    /// The first line in [<paramref name="first"/>, <paramref name="last"/>] where <paramref name="pattern"/> matches a
    /// match that starts on that line (the line joined with up to two following non-blank lines), or null.
    /// </summary>
    public static (int Line, Match Match)? Find(SeedText text, Regex pattern, int first = 1, int? last = null)
    {
        int end = Math.Min(last ?? text.Lines.Count, text.Lines.Count);
        for (int n = Math.Max(1, first); n <= end; n++)
        {
            var own = Flat(text, n);
            if (own.Length == 0) continue;
            var joined = own;
            for (int k = n + 1, added = 0; k <= text.Lines.Count && added < WrapLines; k++)
            {
                var next = Flat(text, k);
                if (next.Length == 0) continue;
                joined += next;
                added++;
            }
            var m = pattern.Match(joined);
            if (m.Success && m.Index < own.Length) return (n, m);
        }
        return null;
    }

    /// <summary>The first line at or after <paramref name="first"/> that is exactly <paramref name="heading"/> once flattened.</summary>
    public static int? FindHeading(SeedText text, string heading, int first = 1)
    {
        var flat = heading.Replace(" ", "", StringComparison.Ordinal);
        for (int n = Math.Max(1, first); n <= text.Lines.Count; n++)
            if (Flat(text, n) == flat) return n;
        return null;
    }

    /// <summary>The last heading of <paramref name="headings"/> printed before <paramref name="line"/> (the section that holds it), or null.</summary>
    public static string? SectionOf(SeedText text, int line, Regex headings)
    {
        for (int n = line; n >= 1; n--)
        {
            var flat = Flat(text, n);
            if (headings.IsMatch(flat)) return flat;
        }
        return null;
    }

    public static Regex Pattern(string pattern) => new(pattern, RegexOptions.CultureInvariant);

    // ---- indicators stated only in prose ----

    /// <summary>
    /// An indicator a plan states in a sentence: <paramref name="Pattern"/> must match the sentence with the target as
    /// printed in group "t", which must contain <paramref name="Value"/>; <paramref name="Section"/> is the heading the
    /// sentence is under.
    /// </summary>
    public sealed record IndicatorSpec(
        string PlanId, string Section, string Category, string Name, string? Unit, string Pattern,
        int? Year, TargetKind Kind, double? Value, IndicatorAttribute? Binding = null);

    /// <summary>
    /// The indicators of <paramref name="specs"/> as records (<see cref="Indicator.FromProse"/>), numbered after the last
    /// 序号 of the plan's own indicators, in the order given.
    /// </summary>
    public static IReadOnlyList<Indicator> ReadIndicators(
        SeedText text, IReadOnlyList<IndicatorSpec> specs, IReadOnlyList<Indicator> existing, ICollection<SeedFinding> findings)
    {
        var result = new List<Indicator>();
        foreach (var spec in specs)
        {
            var sectionLine = FindHeading(text, spec.Section);
            var found = Find(text, Pattern(spec.Pattern), sectionLine ?? 1);
            if (sectionLine is null || found is not { } f)
            {
                findings.Add(new SeedFinding(FindingKind.Damaged,
                    $"正文中未找到指标“{spec.Name}”的目标表述（{spec.Section}），未提取。", new Provenance(text.Id, spec.Section, sectionLine ?? 1)));
                continue;
            }
            var printed = f.Match.Groups["t"].Value;
            if (spec.Value is double v && !printed.Contains(v.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal))
                throw new InvalidDataException($"{text.Id}: prose indicator {spec.Name}: target \"{printed}\" does not contain {v}");
            int seq = existing.Concat(result).Where(i => i.PlanId == spec.PlanId).Select(i => i.Seq).DefaultIfEmpty(0).Max() + 1;
            result.Add(new Indicator(spec.PlanId, seq, spec.Category, spec.Name, spec.Unit, null,
                [new TargetValue(spec.Year, spec.Kind, spec.Value, printed)], [], spec.Binding,
                new Provenance(text.Id, spec.Section, f.Line), FromProse: true));
        }
        return result;
    }

    // ---- recurring duties inside task texts ----

    /// <summary>A clause of a task's text that recurs: "每月完成…", "按月对…监测", "每季度…调度".</summary>
    private static readonly Regex RecurringClause = new(
        @"[^，。；,;]*(?<f>每月|按月|逐月|每季度|按季度|逐季|每年|按年)[^，。；,;]*", RegexOptions.CultureInvariant);

    /// <summary>
    /// The recurring duties written inside the tasks' texts, each with the line its clause is printed on
    /// (searched from the task's own line).
    /// </summary>
    public static IReadOnlyList<TaskDuty> ReadDuties(SeedText text, IEnumerable<PlanTask> tasks)
    {
        var duties = new List<TaskDuty>();
        foreach (var task in tasks)
            foreach (Match m in RecurringClause.Matches(task.Text))
            {
                var clause = m.Value.Trim();
                var frequency = m.Groups["f"].Value switch
                {
                    "每月" or "按月" or "逐月" => RecurrenceFrequency.Monthly,
                    "每季度" or "按季度" or "逐季" => RecurrenceFrequency.Quarterly,
                    _ => RecurrenceFrequency.Yearly,
                };
                var found = Find(text, Pattern(Regex.Escape(clause.Replace(" ", "", StringComparison.Ordinal))), task.Source.Line);
                var line = found?.Line ?? task.Source.Line;
                duties.Add(new TaskDuty(task.PlanId, task.Seq, clause, frequency, task.Source with { Line = line }));
            }
        return duties;
    }

    // ---- supervision rules ----

    /// <summary>
    /// A trigger sentence: <paramref name="Pattern"/> with groups "c" (condition) and "a" (action); one trigger per level.
    /// </summary>
    public sealed record TriggerSpec(string Section, string Pattern, params SupervisionLevel[] Levels);

    /// <summary>
    /// A supervision rule: <paramref name="Pattern"/> matches its clause (group "t", kept as the rule's text);
    /// <paramref name="Dispatcher"/>, when given, must be printed on the same line.
    /// </summary>
    public sealed record RuleSpec(
        string PlanId, string Section, string Pattern, string? Dispatcher, SupervisionFrequency? Frequency,
        IReadOnlyList<string> Receivers, IReadOnlyList<TriggerSpec> Triggers);

    /// <summary>The rules of <paramref name="specs"/> read from the text; a spec whose words are not found gives a Damaged finding instead.</summary>
    public static IReadOnlyList<SupervisionRule> ReadRules(SeedText text, IReadOnlyList<RuleSpec> specs, ICollection<SeedFinding> findings)
    {
        var rules = new List<SupervisionRule>();
        foreach (var spec in specs)
        {
            var at = Locate(text, spec.Section, spec.Pattern, findings, "监督规则");
            if (at is not { } rule) continue;
            if (spec.Dispatcher is { } d && !Flat(text, rule.Line).Contains(d.Replace(" ", ""), StringComparison.Ordinal))
            {
                findings.Add(new SeedFinding(FindingKind.Damaged, $"第{rule.Line}行未写明调度单位“{d}”，监督规则未提取。", rule.Source));
                continue;
            }
            var triggers = new List<SupervisionTrigger>();
            foreach (var t in spec.Triggers)
            {
                if (Locate(text, t.Section, t.Pattern, findings, "监督触发条件") is not { } trig) continue;
                var condition = trig.Match.Groups["c"].Value;
                var action = trig.Match.Groups["a"].Value;
                triggers.AddRange(t.Levels.Select(level => new SupervisionTrigger(level, condition, action, trig.Source)));
            }
            rules.Add(new SupervisionRule(spec.PlanId, rule.Match.Groups["t"].Value, spec.Dispatcher, spec.Frequency,
                spec.Receivers, triggers, rule.Source));
        }
        return rules;
    }

    private static (int Line, Match Match, Provenance Source)? Locate(
        SeedText text, string section, string pattern, ICollection<SeedFinding> findings, string what)
    {
        var heading = FindHeading(text, section);
        var found = heading is null ? null : Find(text, Pattern(pattern), heading.Value + 1);
        var sectionName = SeedText.StripBookmarks(section).Trim();
        if (found is not { } f)
        {
            findings.Add(new SeedFinding(FindingKind.Damaged, $"“{sectionName}”中未找到{what}的原文，未提取。",
                new Provenance(text.Id, sectionName, heading ?? 1)));
            return null;
        }
        return (f.Line, f.Match, new Provenance(text.Id, sectionName, f.Line));
    }
}
