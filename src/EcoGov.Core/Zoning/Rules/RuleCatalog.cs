using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;
using EcoGov.Core.Text;

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
            throw new RuleCatalogException(source, [CoreText.RuleCatalogInvalidJson(e.Path, e.LineNumber + 1, e.Message)]);
        }
        catch (NotSupportedException e)
        {
            throw new RuleCatalogException(source, [CoreText.RuleCatalogInvalidStructure(e.Message)]);
        }
        if (catalog is null) throw new RuleCatalogException(source, [CoreText.RuleCatalogEmpty()]);
        var errors = Validate(catalog);
        if (errors.Count > 0) throw new RuleCatalogException(source, errors);
        return catalog;
    }

    public string ToJson() => JsonSerializer.Serialize(this, JsonOptions);

    /// <summary>Every problem of a catalogue, each naming the rule id.</summary>
    public static IReadOnlyList<Message> Validate(RuleCatalog catalog)
    {
        var errors = new List<Message>();
        if (string.IsNullOrWhiteSpace(catalog.Version)) errors.Add(CoreText.RuleCatalogNoVersion());
        if (catalog.Rules is null or { Count: 0 }) { errors.Add(CoreText.RuleCatalogNoRules()); return errors; }
        var seen = new HashSet<string>();
        for (var i = 0; i < catalog.Rules.Count; i++)
        {
            var r = catalog.Rules[i];
            var id = string.IsNullOrWhiteSpace(r?.Id) ? $"#{i + 1}" : r.Id;
            void Err(Message m) => errors.Add(CoreText.RuleCatalogRule(id, m));
            if (r is null) { Err(CoreText.RuleNull()); continue; }
            if (string.IsNullOrWhiteSpace(r.Id)) Err(CoreText.RuleNoId());
            else if (!seen.Add(r.Id)) Err(CoreText.RuleDuplicateId());
            if (string.IsNullOrWhiteSpace(r.Jurisdiction)) Err(CoreText.RuleNoJurisdiction());
            if (string.IsNullOrWhiteSpace(r.Description)) Err(CoreText.RuleNoDescription());
            if (r.Verdict is not (RuleVerdict.Prohibited or RuleVerdict.Conditional)) Err(CoreText.RuleBadVerdict());
            if (r.Verdict == RuleVerdict.Conditional && string.IsNullOrWhiteSpace(r.Condition)) Err(CoreText.RuleNoCondition());
            if (r.Source is null) Err(CoreText.RuleNoSource());
            else
            {
                if (r.Source.Kind == RuleSourceKind.AccessRequirement && (r.Source.Level is null || r.Source.Category is null))
                    Err(CoreText.RuleAccessSourceIncomplete());
                if (string.IsNullOrWhiteSpace(r.Source.PlanId) || r.Source.Seq <= 0) Err(CoreText.RuleSourceIncomplete());
                if (string.IsNullOrWhiteSpace(r.Source.KeyPhrase)) Err(CoreText.RuleNoKeyPhrase());
            }
            if (r.When is null) { Err(CoreText.RuleNoWhen()); continue; }
            foreach (var c in RuleEvaluator.Conditions(r.When))
            {
                switch (c)
                {
                    case DistanceRule d:
                        if (ZoningLayerKinds.Find(d.Layer) is null) Err(CoreText.RuleUnknownLayer(d.Layer));
                        if (!(d.Meters > 0) || double.IsInfinity(d.Meters)) Err(CoreText.RuleDistanceNotPositive(d.Meters));
                        break;
                    case InsideLayerRule l:
                        if (ZoningLayerKinds.Find(l.Layer) is null) Err(CoreText.RuleUnknownLayer(l.Layer));
                        break;
                    case IndustryRule ir:
                        if (ir.Codes is null or { Count: 0 }) Err(CoreText.RuleNoIndustryCodes());
                        else foreach (var code in ir.Codes.Where(x => IndustryCodes.Normalize(x) is null)) Err(CoreText.RuleBadIndustryCode(code));
                        break;
                    case FactRule f:
                        var kind = FactKinds.Find(f.Fact);
                        if (kind is null) { Err(CoreText.RuleUnknownFact(f.Fact)); break; }
                        var boolOp = f.Comparison is FactComparison.IsTrue or FactComparison.IsFalse;
                        if (kind.IsBoolean != boolOp) Err(CoreText.RuleFactComparisonMismatch(f.Fact, f.Comparison));
                        if (!boolOp && f.Value is null) Err(CoreText.RuleFactNoValue(f.Fact));
                        break;
                    case AllRule { Rules: null or { Count: 0 } }:
                    case AnyRule { Rules: null or { Count: 0 } }:
                        Err(CoreText.RuleEmptyAllAny());
                        break;
                }
                if (c is DistanceRule { Where: { } w1 } && w1.Any(f => f.Values is null or { Count: 0 })) Err(CoreText.RuleEmptyWhereValues());
            }
        }
        return errors;
    }
}

/// <summary>Errors in a rules catalogue, naming the file and each rule id.</summary>
public sealed class RuleCatalogException(string source, IReadOnlyList<Message> errors)
    : Exception(CoreText.RuleCatalogInvalid(source).Bilingual + ":\n" + string.Join("\n", errors.Select(e => $"{source}: {e.Bilingual}")))
{
    public string File { get; } = source;

    /// <summary>The refusal's heading (规则目录 … 有误); <see cref="Errors"/> says what is wrong.</summary>
    public Message Text { get; } = CoreText.RuleCatalogInvalid(source);

    public IReadOnlyList<Message> Errors { get; } = errors;
}
