using System.Globalization;
using System.Text.Json;
using EcoGov.Core.Text;

namespace EcoGov.Core.Zoning.Rules;

/// <summary>A fact a rule can test: its key in facts.json, Chinese name, unit (null for yes/no facts).</summary>
public sealed record FactKind(string Key, string Name, string? Unit)
{
    public bool IsBoolean => Unit is null;
}

/// <summary>The project facts the rules know (facts.json keys).</summary>
public static class FactKinds
{
    public static readonly FactKind EmitsAirPollutants = new("emitsAirPollutants", "涉气项目（排放大气污染物）", null);
    public static readonly FactKind UsesCoal = new("usesCoal", "使用煤炭（用煤项目）", null);
    public static readonly FactKind NewCoalBoiler = new("newCoalBoiler", "新建燃煤锅炉", null);
    public static readonly FactKind IsCentralHeating = new("isCentralHeating", "集中供暖项目", null);
    public static readonly FactKind IsGasProducer = new("isGasProducer", "新增燃料类煤气发生炉", null);
    public static readonly FactKind BoilerCapacity = new("boilerCapacityTph", "燃煤锅炉容量", "蒸吨/小时");
    public static readonly FactKind LivestockHeadcount = new("livestockHeadcount", "畜禽养殖规模（存栏，折合猪）", "头");
    public static readonly FactKind CoalUse = new("coalUseTpa", "煤炭消费量", "吨/年");

    public static IReadOnlyList<FactKind> All { get; } =
        [EmitsAirPollutants, UsesCoal, NewCoalBoiler, IsCentralHeating, IsGasProducer, BoilerCapacity, LivestockHeadcount, CoalUse];

    public static FactKind? Find(string key) => All.FirstOrDefault(f => f.Key == key);
}

/// <summary>
/// The facts given for a project (booleans stored as 1/0). A fact not given is missing, not false: a rule that
/// needs it answers 需满足条件 naming it.
/// </summary>
public sealed class ProjectFacts
{
    private readonly Dictionary<string, double> _values;

    public ProjectFacts(IReadOnlyDictionary<string, double>? values = null) =>
        _values = values is null ? [] : new Dictionary<string, double>(values);

    public static ProjectFacts None { get; } = new();

    public IReadOnlyDictionary<string, double> Values => _values;

    public double? Get(string key) => _values.TryGetValue(key, out var v) ? v : null;

    public ProjectFacts With(string key, double value)
    {
        var copy = new Dictionary<string, double>(_values) { [key] = value };
        return new ProjectFacts(copy);
    }

    public ProjectFacts With(string key, bool value) => With(key, value ? 1 : 0);

    /// <summary>
    /// Reads a facts.json object: {"emitsAirPollutants": true, "boilerCapacityTph": 20}. Unknown keys and wrong types
    /// are errors naming the key (中文/English).
    /// </summary>
    public static ProjectFacts Parse(string json)
    {
        JsonDocument doc;
        try
        {
            doc = JsonDocument.Parse(json);
        }
        catch (JsonException e)
        {
            throw new ProjectFactsException(CoreText.FactsMalformedJson((e.LineNumber ?? 0) + 1, (e.BytePositionInLine ?? 0) + 1, e.Message), e);
        }
        using var _ = doc;
        if (doc.RootElement.ValueKind != JsonValueKind.Object)
            throw new ProjectFactsException(CoreText.FactsNotAnObject());
        var values = new Dictionary<string, double>();
        foreach (var p in doc.RootElement.EnumerateObject())
        {
            var kind = FactKinds.Find(p.Name) ?? throw new ProjectFactsException(
                CoreText.FactUnknown(p.Name, string.Join(", ", FactKinds.All.Select(f => f.Key))));
            values[p.Name] = (kind.IsBoolean, p.Value.ValueKind) switch
            {
                (true, JsonValueKind.True) => 1,
                (true, JsonValueKind.False) => 0,
                (false, JsonValueKind.Number) => p.Value.GetDouble(),
                (false, JsonValueKind.String) when double.TryParse(p.Value.GetString(), NumberStyles.Float, CultureInfo.InvariantCulture, out var d) => d,
                _ => throw new ProjectFactsException(kind.IsBoolean
                    ? CoreText.FactNotBoolean(p.Name)
                    : CoreText.FactNotNumber(p.Name, kind.Unit)),
            };
        }
        foreach (var (key, v) in values)
        {
            if (!double.IsFinite(v))
                throw new ProjectFactsException(CoreText.FactNotFinite(key));
            if (v < 0)
                throw new ProjectFactsException(CoreText.FactNegative(key, v.ToString(CultureInfo.InvariantCulture)));
        }
        return new ProjectFacts(values);
    }

    /// <summary>A fact's value as shown to users: "是"/"否" or "20 蒸吨/小时".</summary>
    public static string Format(FactKind kind, double value) =>
        kind.IsBoolean ? (value != 0 ? "是" : "否") : $"{value.ToString("0.###", CultureInfo.InvariantCulture)} {kind.Unit}";
}

/// <summary>
/// A facts.json that cannot be read: <see cref="Exception.Message"/> is the bilingual line ("中文 / English"),
/// <see cref="Text"/> the message itself, for a host to show in one language.
/// </summary>
public sealed class ProjectFactsException(Message text, Exception? inner = null) : FormatException(text.Bilingual, inner)
{
    /// <summary>Why the facts were refused.</summary>
    public Message Text { get; } = text;
}
