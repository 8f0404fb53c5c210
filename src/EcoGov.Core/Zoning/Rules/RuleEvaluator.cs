using System.Globalization;

namespace EcoGov.Core.Zoning.Rules;

/// <summary>What a layer measurement found: the nearest matching feature within the search distance.</summary>
/// <param name="LayerPresent">False when no snapshot of the layer was given (缺少图层).</param>
/// <param name="MatchingFeatures">How many features of the layer pass the attribute filter (all of them without one).</param>
/// <param name="FeatureId">Nearest matching feature within the search distance, or null when none is that close.</param>
/// <param name="Distance">Shortest distance in metres to that feature (0 when the site touches it); +∞ when none.</param>
/// <param name="OverlapArea">Area in m² shared by the site and that feature (0 for points/lines or no overlap).</param>
public sealed record LayerMeasurement(bool LayerPresent, int MatchingFeatures, string? FeatureId, string? FeatureName,
    double Distance, double OverlapArea)
{
    public static LayerMeasurement Missing { get; } = new(false, 0, null, null, double.PositiveInfinity, 0);
}

/// <summary>The spatial side of a rule evaluation, implemented over the layer indexes (EcoGov.Spatial).</summary>
public interface ISiteMeasurements
{
    /// <summary>The nearest feature of <paramref name="layer"/> passing <paramref name="where"/> within
    /// <paramref name="maxDistance"/> metres of the site.</summary>
    LayerMeasurement Measure(string layer, IReadOnlyList<AttributeFilter>? where, double maxDistance);
}

/// <summary>A rule's verdict with its evidence (证据: measured distance, overlap area, fact value, what is missing).</summary>
public sealed record RuleResult(StructuredRule Rule, RuleVerdict Verdict, string Evidence, IReadOnlyList<string> Missing);

/// <summary>
/// Evaluates structured rules in three-valued logic: true (the rule fires), false (不涉及), unknown (a layer or
/// fact is missing → 需满足条件 naming it, never silently 不涉及). All: any false → false, else any unknown →
/// unknown. Any: any true → true, else any unknown → unknown. Not: swaps true and false.
/// </summary>
public static class RuleEvaluator
{
    private enum Truth { False, True, Unknown }

    /// <summary>Distances are compared with a 1 mm tolerance (projection round trips are no better than that), so a
    /// site built exactly 1000 m away counts as "1000米范围内" and one exactly 500 m away as "500米以上".</summary>
    public const double DistanceTolerance = 0.001;

    public static RuleResult Evaluate(StructuredRule rule, string? industryCode, ProjectFacts facts, ISiteMeasurements site)
    {
        var evidence = new List<string>();
        var missing = new List<string>();
        var t = Eval(rule.When, industryCode, facts, site, evidence, missing);
        var text = string.Join("；", evidence.Distinct());
        return t switch
        {
            Truth.True => new RuleResult(rule, rule.Verdict,
                rule.Verdict == RuleVerdict.Conditional && rule.Condition is { } c ? $"{text}。须满足：{c}" : text, []),
            Truth.Unknown => new RuleResult(rule, RuleVerdict.Conditional,
                $"{string.Join("；", missing.Distinct())}，需人工核实" + (text.Length > 0 ? $"（{text}）" : ""), missing.Distinct().ToList()),
            _ => new RuleResult(rule, RuleVerdict.NotApplicable, text, []),
        };
    }

    private static Truth Eval(RuleCondition c, string? industry, ProjectFacts facts, ISiteMeasurements site, List<string> ev, List<string> missing)
    {
        switch (c)
        {
            case AllRule all:
                {
                    var subEv = new List<string>();
                    var subMissing = new List<string>();
                    var results = all.Rules.Select(r => Eval(r, industry, facts, site, subEv, subMissing)).ToList();
                    ev.AddRange(subEv);
                    if (results.Contains(Truth.False)) return Truth.False;
                    missing.AddRange(subMissing);
                    return results.Contains(Truth.Unknown) ? Truth.Unknown : Truth.True;
                }
            case AnyRule any:
                {
                    var subEv = new List<string>();
                    var subMissing = new List<string>();
                    var results = any.Rules.Select(r => Eval(r, industry, facts, site, subEv, subMissing)).ToList();
                    ev.AddRange(subEv);
                    if (results.Contains(Truth.True)) return Truth.True;
                    missing.AddRange(subMissing);
                    return results.Contains(Truth.Unknown) ? Truth.Unknown : Truth.False;
                }
            case NotRule not:
                return Eval(not.Rule, industry, facts, site, ev, missing) switch
                {
                    Truth.True => Truth.False,
                    Truth.False => Truth.True,
                    _ => Truth.Unknown,
                };
            case IndustryRule ir:
                {
                    var code = IndustryCodes.Normalize(industry);
                    if (code is null)
                    {
                        missing.Add(industry is null ? "未提供行业代码（GB/T 4754）" : $"行业代码“{industry}”无法识别");
                        return Truth.Unknown;
                    }
                    var hit = ir.Codes.FirstOrDefault(l => IndustryCodes.Matches(code, l));
                    if (hit is null && ir.Codes.Where(l => IndustryCodes.IsCoarserThan(code, l)).ToList() is { Count: > 0 } finer)
                    {
                        // A coarser code (A03 against 031) may or may not fall under the list: unknown, never 不涉及.
                        missing.Add($"行业代码 {code} 过粗，需细化到 {string.Join("/", finer.Select(IndustryCodes.Normalize))} 才能判断");
                        return Truth.Unknown;
                    }
                    ev.Add(hit is null
                        ? $"行业{code}不属于{string.Join("、", ir.Codes.Select(Label))}"
                        : $"行业{code}{IndustryCodes.NameOf(code)}属于{Label(hit)}");
                    return hit is null ? Truth.False : Truth.True;
                }
            case FactRule fr:
                {
                    var kind = FactKinds.Find(fr.Fact);
                    var name = kind?.Name ?? fr.Fact;
                    if (facts.Get(fr.Fact) is not { } v)
                    {
                        missing.Add($"缺少项目事实“{name}”（{fr.Fact}）");
                        return Truth.Unknown;
                    }
                    var shown = kind is null ? v.ToString(CultureInfo.InvariantCulture) : ProjectFacts.Format(kind, v);
                    var holds = fr.Comparison switch
                    {
                        FactComparison.IsTrue => v != 0,
                        FactComparison.IsFalse => v == 0,
                        FactComparison.GreaterThan => v > fr.Value,
                        FactComparison.GreaterOrEqual => v >= fr.Value,
                        FactComparison.LessThan => v < fr.Value,
                        FactComparison.LessOrEqual => v <= fr.Value,
                        _ => false,
                    };
                    ev.Add($"{name}：{shown}");
                    return holds ? Truth.True : Truth.False;
                }
            case DistanceRule dr:
                {
                    var layerName = ZoningLayerKinds.Find(dr.Layer)?.Name ?? dr.Layer;
                    var filter = dr.Where is { Count: > 0 } w ? $"（{string.Join("，", w)}）" : "";
                    var m = site.Measure(dr.Layer, dr.Where, dr.Meters + DistanceTolerance);
                    if (!m.LayerPresent)
                    {
                        missing.Add($"缺少图层“{layerName}”（{dr.Layer}）");
                        return Truth.Unknown;
                    }
                    if (m.MatchingFeatures == 0)
                    {
                        missing.Add($"图层“{layerName}”中没有符合条件的要素{filter}");
                        return Truth.Unknown;
                    }
                    var holds = m.FeatureId is not null && (dr.Comparison == DistanceComparison.Within ? m.Distance <= dr.Meters + DistanceTolerance : m.Distance < dr.Meters - DistanceTolerance);
                    var op = dr.Comparison == DistanceComparison.Within ? "≤" : "<";
                    ev.Add(m.FeatureId is null
                        ? $"{dr.Meters:0.#}米内无{layerName}{filter}要素"
                        : $"距{layerName}“{m.FeatureName ?? m.FeatureId}”{m.Distance.ToString("0.0", CultureInfo.InvariantCulture)}米（规则：{op}{dr.Meters:0.#}米{(holds ? "，触发" : "，未触发")}）");
                    return holds ? Truth.True : Truth.False;
                }
            case InsideLayerRule il:
                {
                    var layerName = ZoningLayerKinds.Find(il.Layer)?.Name ?? il.Layer;
                    var m = site.Measure(il.Layer, il.Where, 0);
                    // overlap: distance 0 (touching counts)
                    if (!m.LayerPresent)
                    {
                        missing.Add($"缺少图层“{layerName}”（{il.Layer}）");
                        return Truth.Unknown;
                    }
                    var inside = m.FeatureId is not null && m.Distance <= 0;
                    ev.Add(inside
                        ? $"选址与{layerName}“{m.FeatureName ?? m.FeatureId}”相交，重叠面积{m.OverlapArea.ToString("0.0", CultureInfo.InvariantCulture)}平方米"
                        : $"选址不与{layerName}相交");
                    return inside ? Truth.True : Truth.False;
                }
            default:
                throw new NotSupportedException(c.GetType().Name);
        }
    }

    private static string Label(string listed) =>
        IndustryCodes.Known.FirstOrDefault(k => k.Code == listed) is { } k ? $"{k.Code}{k.Name}" : listed;

    /// <summary>The largest distance any rule measures against <paramref name="layer"/> (for the layers table).</summary>
    public static double MaxDistance(IEnumerable<StructuredRule> rules, string layer) =>
        rules.SelectMany(r => Conditions(r.When)).Select(c => c switch
        {
            DistanceRule d when d.Layer == layer => d.Meters,
            InsideLayerRule i when i.Layer == layer => 0,
            _ => -1,
        }).DefaultIfEmpty(-1).Max();

    /// <summary>Every condition in a tree, depth first.</summary>
    public static IEnumerable<RuleCondition> Conditions(RuleCondition c)
    {
        yield return c;
        var children = c switch
        {
            AllRule a => a.Rules,
            AnyRule a => a.Rules,
            NotRule n => [n.Rule],
            _ => (IReadOnlyList<RuleCondition>)[],
        };
        foreach (var child in children)
            foreach (var d in Conditions(child)) yield return d;
    }
}
