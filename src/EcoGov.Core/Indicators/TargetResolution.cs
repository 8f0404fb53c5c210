using System.Text.RegularExpressions;
using EcoGov.Core.Text;

namespace EcoGov.Core.Indicators;

/// <summary>A plan's indicators with what resolution needs of the plan: its id, title and period.</summary>
public sealed record PlanIndicators(string PlanId, string Title, int? PeriodStart, int? PeriodEnd, IReadOnlyList<Indicator> Indicators);

/// <summary>A jurisdiction above the plan's, with its plans in the platform.</summary>
public sealed record JurisdictionPlans(string Code, string Name, IReadOnlyList<PlanIndicators> Plans);

/// <summary>
/// A target as resolved for a year: the target (null when unresolved or absent), how it was found (the year used, the
/// higher plan it came from), and — when a higher-level reference could not be resolved — what is missing.
/// </summary>
public sealed record ResolvedTarget(TargetValue? Target, TargetValue? Stated, string? How, string? Missing);

/// <summary>
/// Which target applies in a year and what a higher-level reference ("完成市下达指标", "完成省级要求", "完成省定目标",
/// plan-supervision reference §2) resolves to. Pure: the caller gives the jurisdictions above the plan's with their plans.
/// <list type="number">
/// <item>Year: the target of the year; else the nearest later target year (said in <see cref="ResolvedTarget.How"/>);
/// else a target without a year; targets of earlier years only → none.</item>
/// <item>Reference: the same indicator (<see cref="Key"/>: normalised name) in a plan of the parent jurisdiction that
/// has indicators and whose period covers the year (or has no period), its target chosen by rule 1; a reference there is resolved one level up
/// in turn. Not found → unresolved, naming the missing piece (no plan of the parent, no such indicator, no target for
/// the year).</item>
/// </list>
/// </summary>
public static class TargetResolution
{
    private static readonly Regex Brackets = new(@"[()（）\[\]【】{}_]", RegexOptions.Compiled);
    private static readonly string[] Prefixes = ["县级及以上城市建成区", "城市", "全市", "全县", "全区", "市区", "县城", "全省"];

    /// <summary>
    /// The normalised name two plans' indicators are matched by: full-width to ASCII, no spaces or brackets, upper case,
    /// 细颗粒物 → PM2.5, 可吸入颗粒物 → PM10, 比率 → 比例, 年均/平均浓度 → 浓度, a leading 城市/全市/全县/全区/市区 dropped.
    /// </summary>
    public static string Key(string name)
    {
        var n = TextNormalizer.Normalize(name).Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant();
        n = n.Replace("₂.₅", "2.5", StringComparison.Ordinal).Replace("₁₀", "10", StringComparison.Ordinal);
        n = Brackets.Replace(n, "");
        n = n.Replace("细颗粒物", "PM2.5", StringComparison.Ordinal).Replace("可吸入颗粒物", "PM10", StringComparison.Ordinal)
            .Replace("PM2.5PM2.5", "PM2.5", StringComparison.Ordinal).Replace("PM10PM10", "PM10", StringComparison.Ordinal)
            .Replace("比率", "比例", StringComparison.Ordinal).Replace("年均浓度", "浓度", StringComparison.Ordinal)
            .Replace("平均浓度", "浓度", StringComparison.Ordinal);
        foreach (var p in Prefixes)
            if (n.StartsWith(p, StringComparison.Ordinal) && n.Length > p.Length + 1) { n = n[p.Length..]; break; }
        return n;
    }

    /// <summary>The target of a year by rule 1, with a note when it is not the year's own.</summary>
    public static (TargetValue? Target, string? Note) ForYear(IReadOnlyList<TargetValue> targets, int year)
    {
        var own = targets.FirstOrDefault(t => t.Year == year);
        if (own is not null) return (own, null);
        var later = targets.Where(t => t.Year > year).OrderBy(t => t.Year).FirstOrDefault();
        if (later is not null) return (later, $"无 {year} 年目标，按最近的后续目标年份 {later.Year} 年的目标");
        var yearless = targets.FirstOrDefault(t => t.Year is null);
        if (yearless is not null) return (yearless, "目标未写明年份");
        return (null, targets.Count == 0 ? "规划未给出目标值" : $"目标年份（{string.Join("、", targets.Select(t => t.Year))}）均早于 {year} 年");
    }

    /// <summary>Resolves an indicator's target for a year (rules 1 and 2).</summary>
    /// <param name="above">The jurisdictions above the plan's, nearest first (parent, grandparent …).</param>
    public static ResolvedTarget Resolve(Indicator indicator, int year, IReadOnlyList<JurisdictionPlans> above)
    {
        var (stated, note) = ForYear(indicator.Targets, year);
        if (stated is null) return new(null, null, indicator.Targets.Count == 0 ? null : note, null);
        if (stated.Kind != TargetKind.HigherLevelReference) return new(stated, stated, note, null);

        var key = Key(indicator.Name);
        var how = new List<string>();
        if (note is not null) how.Add(note);
        var name = indicator.Name;
        foreach (var level in above)
        {
            var plans = level.Plans.Where(p => p.Indicators.Count > 0
                && (p.PeriodStart is null || p.PeriodEnd is null || (p.PeriodStart <= year && year <= p.PeriodEnd))).ToList();
            if (plans.Count == 0)
                return new(null, stated, Join(how), level.Plans.Count == 0
                    ? $"{level.Name}（{level.Code}）尚无规划收录于平台，无法确定“{name}”{year} 年目标"
                    : $"{level.Name}（{level.Code}）收录的规划（{string.Join("、", level.Plans.Select(p => p.PlanId))}）均无覆盖 {year} 年的指标");
            var match = plans.SelectMany(p => p.Indicators.Select(i => (Plan: p, Indicator: i))).FirstOrDefault(x => Key(x.Indicator.Name) == key);
            if (match.Indicator is null)
                return new(null, stated, Join(how),
                    $"{level.Name}规划（{string.Join("、", plans.Select(p => p.PlanId))}）中没有与“{name}”同名的指标，无法确定 {year} 年目标");
            var (target, yearNote) = ForYear(match.Indicator.Targets, year);
            var where = $"{level.Name}规划 {match.Plan.PlanId} 第 {match.Indicator.Seq} 项“{match.Indicator.Name}”";
            if (target is null)
                return new(null, stated, Join(how), $"{level.Name}无 {year} 年“{name}”目标（{where}：{yearNote}）");
            how.Add($"按{where}{(yearNote is null ? $" {year} 年" : $"（{yearNote}）")}目标“{target.Text}”");
            if (target.Kind != TargetKind.HigherLevelReference)
                return new(target, stated, Join(how), null);
            name = match.Indicator.Name;
            key = Key(name);
        }
        return new(null, stated, Join(how), above.Count == 0
            ? "无上级行政区，无法确定上级下达的目标"
            : $"上级（{string.Join("、", above.Select(a => a.Name))}）规划未给出“{name}”{year} 年的数值，{above[^1].Name}的上级未收录于平台");
    }

    private static string? Join(List<string> parts) => parts.Count == 0 ? null : string.Join("；", parts);
}
