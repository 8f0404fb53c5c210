using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Unicode;

namespace EcoGov.Core.Plans;

/// <summary>
/// The JSON form of seed data under data/seed/: camelCase, enums as camelCase strings, Chinese kept
/// readable (not \u-escaped), indented so a reviewer can read and diff it.
/// </summary>
public static class SeedJson
{
    public static JsonSerializerOptions Options { get; } = Create(indented: true);

    /// <summary>Options for machine output (the CLI's --json): same names, not indented.</summary>
    public static JsonSerializerOptions Compact { get; } = Create(indented: false);

    private static JsonSerializerOptions Create(bool indented)
    {
        var o = new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
            WriteIndented = indented,
            Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
            DefaultIgnoreCondition = JsonIgnoreCondition.Never,
            AllowTrailingCommas = false,
            ReadCommentHandling = JsonCommentHandling.Disallow,
            RespectNullableAnnotations = true,
            RespectRequiredConstructorParameters = true,
        };
        o.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false));
        o.MakeReadOnly(populateMissingResolver: true);
        return o;
    }

    public static string Serialize(SeedDocumentData data) => JsonSerializer.Serialize(data, Options) + "\n";

    public static SeedDocumentData Deserialize(string json) =>
        JsonSerializer.Deserialize<SeedDocumentData>(json, Options)
        ?? throw new JsonException("seed file is empty (null)");
}
