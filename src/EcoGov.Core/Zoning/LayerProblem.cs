using System.Globalization;
using System.Text.Json.Serialization;
using EcoGov.Core.Text;

namespace EcoGov.Core.Zoning;

/// <summary>
/// One validation finding. <paramref name="FeatureId"/> is the unit code (or the feature's id) when known, else
/// "#n" (the n-th feature of the file); <paramref name="Field"/> is the standard field concerned
/// (<see cref="UnitFields"/>, or "geometry"); <paramref name="AreaM2"/> is measured in the Gauss-Krüger zone of the layer.
/// <paramref name="Message"/> is the finding's bilingual line, as stored with the version; <see cref="Text"/> is the
/// finding in the catalogue's terms (the engine's <c>SpatialText</c>) when it was made by the validator rather than read back.
/// </summary>
public sealed record LayerProblem(LayerProblemSeverity Severity, string Kind, string? FeatureId, int? FeatureNumber, string? Field, string Message, double? AreaM2 = null)
{
    /// <summary>A finding made from a catalogue message: <see cref="Message"/> is its bilingual line.</summary>
    public static LayerProblem Of(LayerProblemSeverity severity, string kind, string? featureId, int? featureNumber, string? field, Message text, double? areaM2 = null) =>
        new(severity, kind, featureId, featureNumber, field, text.Bilingual, areaM2) { Text = text };

    /// <summary>The finding as a catalogue message (null when read back from storage: then only <see cref="Message"/>).</summary>
    [JsonIgnore]
    public Message? Text { get; init; }

    /// <summary>Equal findings say the same (<see cref="Text"/>, a rendering aid, is left out).</summary>
    public bool Equals(LayerProblem? other) => other is not null
        && (Severity, Kind, FeatureId, FeatureNumber, Field, Message, AreaM2) == (other.Severity, other.Kind, other.FeatureId, other.FeatureNumber, other.Field, other.Message, other.AreaM2);

    public override int GetHashCode() => HashCode.Combine(Severity, Kind, FeatureId, FeatureNumber, Field, Message, AreaM2);

    public override string ToString()
    {
        var where = FeatureId is null ? "" : $"要素 feature {FeatureId}" + (FeatureNumber is { } n ? $"（第 {n} 个 / #{n}）" : "");
        var field = Field is null ? "" : $"，字段 field {Field}";
        var area = AreaM2 is { } a ? string.Create(CultureInfo.InvariantCulture, $"（面积 area {a:0.##} m²）") : "";
        return $"{(Severity == LayerProblemSeverity.Error ? "错误 error" : "警告 warning")} [{Kind}] {where}{field}：{Message}{area}";
    }
}

/// <summary>The problems found in a layer file; <see cref="Rejected"/> when any is an error.</summary>
public sealed record LayerValidationReport(IReadOnlyList<LayerProblem> Problems)
{
    public bool Rejected => Problems.Any(p => p.Severity == LayerProblemSeverity.Error);
    public int Errors => Problems.Count(p => p.Severity == LayerProblemSeverity.Error);
    public int Warnings => Problems.Count(p => p.Severity == LayerProblemSeverity.Warning);
}
