using System.Globalization;

namespace EcoGov.Core.Zoning;

/// <summary>
/// One validation finding. <paramref name="FeatureId"/> is the unit code (or the feature's id) when known, else
/// "#n" (the n-th feature of the file); <paramref name="Field"/> is the standard field concerned
/// (<see cref="UnitFields"/>, or "geometry"); <paramref name="AreaM2"/> is measured in the Gauss-Krüger zone of the layer.
/// </summary>
public sealed record LayerProblem(LayerProblemSeverity Severity, string Kind, string? FeatureId, int? FeatureNumber, string? Field, string Message, double? AreaM2 = null)
{
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
