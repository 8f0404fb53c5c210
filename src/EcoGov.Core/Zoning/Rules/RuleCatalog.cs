using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace EcoGov.Core.Zoning.Rules;

/// <summary>
/// A versioned catalogue of structured rules (data/seed/zoning/rules.json, embedded in this assembly).
/// </summary>
public sealed record RuleCatalog(string Version, string Description, IReadOnlyList<StructuredRule> Rules)
{
    public const string DefaultFileName = "rules.json";

    public static JsonSerializerOptions JsonOptions { get; } = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
        WriteIndented = true,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    private static readonly Lazy<RuleCatalog> DefaultCatalog = new(() =>
    {
        using var s = Assembly.GetExecutingAssembly().GetManifestResourceStream("EcoGov.Core.Zoning.Rules.rules.json")
            ?? throw new InvalidOperationException("embedded rules.json missing");
        using var reader = new StreamReader(s);
        return Parse(reader.ReadToEnd(), "data/seed/zoning/rules.json");
    });

    /// <summary>The catalogue shipped with the platform (data/seed/zoning/rules.json).</summary>
    public static RuleCatalog Default => DefaultCatalog.Value;

    /// <summary>Parses and validates a catalogue; errors name the file and the rule id.</summary>
    /// <exception cref="RuleCatalogException">JSON or validation errors (all of them, one per line).</exception>
    public static RuleCatalog Parse(string json, string source)
    {
        RuleCatalog? catalog;
        try
        {
            catalog = JsonSerializer.Deserialize<RuleCatalog>(json, JsonOptions);
        }
        catch (JsonException e)
        {
            throw new RuleCatalogException(source, [$"JSON 格式错误 / invalid JSON（{e.Path}，行 {e.LineNumber + 1}）：{e.Message}"]);
        }
        catch (NotSupportedException e)
        {
            throw new RuleCatalogException(source, [$"JSON 结构错误 / invalid structure：{e.Message}"]);
        }
        if (catalog is null) throw new RuleCatalogException(source, ["文件为空 / empty file"]);
        var errors = Validate(catalog);
        if (errors.Count > 0) throw new RuleCatalogException(source, errors);
        return catalog;
    }

    public string ToJson() => JsonSerializer.Serialize(this, JsonOptions);

    /// <summary>Every problem of a catalogue, each naming the rule id.</summary>
    public static IReadOnlyList<string> Validate(RuleCatalog catalog)
    {
        var errors = new List<string>();
        if (string.IsNullOrWhiteSpace(catalog.Version)) errors.Add("缺少 version / missing version");
        if (catalog.Rules is null or { Count: 0 }) { errors.Add("没有规则 / no rules"); return errors; }
        var seen = new HashSet<string>();
        for (var i = 0; i < catalog.Rules.Count; i++)
        {
            var r = catalog.Rules[i];
            var id = string.IsNullOrWhiteSpace(r?.Id) ? $"#{i + 1}" : r.Id;
            void Err(string m) => errors.Add($"规则 {id}: {m}");
            if (r is null) { Err("空规则 / null rule"); continue; }
            if (string.IsNullOrWhiteSpace(r.Id)) Err("缺少 id / missing id");
            else if (!seen.Add(r.Id)) Err("id 重复 / duplicate id");
            if (string.IsNullOrWhiteSpace(r.Jurisdiction)) Err("缺少 jurisdiction");
            if (string.IsNullOrWhiteSpace(r.Description)) Err("缺少 description（中文说明）");
            if (r.Verdict is not (RuleVerdict.Prohibited or RuleVerdict.Conditional)) Err("verdict 须为 prohibited 或 conditional");
            if (r.Verdict == RuleVerdict.Conditional && string.IsNullOrWhiteSpace(r.Condition)) Err("conditional 规则须写明 condition（须满足的条件）");
            if (r.Source is null) Err("缺少 source（规则依据的要求）");
            else
            {
                if (r.Source.Kind is not (RuleSource.AccessRequirementKind or RuleSource.PlanTaskKind)) Err($"source.kind 未知：{r.Source.Kind}");
                if (r.Source.Kind == RuleSource.AccessRequirementKind && (r.Source.Level is null || r.Source.Category is null))
                    Err("准入清单要求须有 level 和 category");
                if (string.IsNullOrWhiteSpace(r.Source.PlanId) || r.Source.Seq <= 0) Err("source 须有 planId 和正整数 seq");
                if (string.IsNullOrWhiteSpace(r.Source.KeyPhrase)) Err("source 须有 keyPhrase（要求原文中的关键语句）");
            }
            if (r.When is null) { Err("缺少 when（判断条件）"); continue; }
            foreach (var c in RuleEvaluator.Conditions(r.When))
            {
                switch (c)
                {
                    case DistanceRule d:
                        if (ZoningLayerKinds.Find(d.Layer) is null) Err($"未知图层 {d.Layer}");
                        if (!(d.Meters > 0) || double.IsInfinity(d.Meters)) Err($"距离须为正数（{d.Meters}）");
                        break;
                    case InsideLayerRule l:
                        if (ZoningLayerKinds.Find(l.Layer) is null) Err($"未知图层 {l.Layer}");
                        break;
                    case IndustryRule ir:
                        if (ir.Codes is null or { Count: 0 }) Err("行业代码列表为空");
                        else foreach (var code in ir.Codes.Where(x => IndustryCodes.Normalize(x) is null)) Err($"行业代码格式错误 {code}");
                        break;
                    case FactRule f:
                        var kind = FactKinds.Find(f.Fact);
                        if (kind is null) { Err($"未知事实 {f.Fact}"); break; }
                        var boolOp = f.Comparison is FactComparison.IsTrue or FactComparison.IsFalse;
                        if (kind.IsBoolean != boolOp) Err($"事实 {f.Fact} 与比较方式 {f.Comparison} 不匹配");
                        if (!boolOp && f.Value is null) Err($"事实 {f.Fact} 的比较缺少 value");
                        break;
                    case AllRule { Rules: null or { Count: 0 } }:
                    case AnyRule { Rules: null or { Count: 0 } }:
                        Err("all/any 须至少包含一个条件");
                        break;
                }
                if (c is DistanceRule { Where: { } w1 } && w1.Any(f => f.Values is null or { Count: 0 })) Err("where 过滤的 values 为空");
            }
        }
        return errors;
    }
}

/// <summary>Errors in a rules catalogue, naming the file and each rule id.</summary>
public sealed class RuleCatalogException(string source, IReadOnlyList<string> errors)
    : Exception($"规则目录 {source} 有误 / invalid rules catalogue:\n" + string.Join("\n", errors.Select(e => $"{source}: {e}")))
{
    public string File { get; } = source;
    public IReadOnlyList<string> Errors { get; } = errors;
}
