using EcoGov.Core.Indicators;

namespace EcoGov.Core.Water;

/// <summary>A section's class against its target class (目标水质); <see cref="Meets"/> is null when either is unknown.</summary>
public sealed record WaterTargetAssessment(int? Class, int? TargetClass, bool? Meets, string? Note);

/// <summary>
/// 2011 evaluation method §2 "Compliance with a target": the section meets its target when its class is no
/// worse than the target class (class ≤ target).
/// </summary>
public static class WaterTargetCompliance
{
    public static WaterTargetAssessment Assess(int? waterClass, int? targetClass)
    {
        if (waterClass is null) return new(null, targetClass, null, "断面无水质类别，无法判断是否达标 (section has no class)");
        if (targetClass is null) return new(waterClass, null, null, "断面无可比较的目标类别 (no target class to compare with)");
        return new(waterClass, targetClass, WaterClass.Meets(waterClass.Value, targetClass.Value), null);
    }

    /// <summary>
    /// Target written as in a plan ("Ⅴ类", "达到Ⅲ类水质"); a target that names no class (e.g. "完成省定目标",
    /// resolved by a higher level) gives no judgement and says so.
    /// </summary>
    public static WaterTargetAssessment Assess(int? waterClass, string targetText)
    {
        var target = WaterQualityClassText.TryParse(targetText);
        if (target is null && waterClass is not null)
            return new(waterClass, null, null, $"目标“{targetText}”未给出水质类别，需按上级下达的类别判断 (target names no class)");
        return Assess(waterClass, target);
    }
}
