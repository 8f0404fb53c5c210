namespace EcoGov.Core.Water;

/// <summary>
/// A monitoring section (断面) with its target (目标水质) as written in the plan, e.g. 洞头 (市考, "Ⅴ类"),
/// 白水河 (省考, "完成省定目标") in 附件1 of the Jincheng water plan.
/// </summary>
/// <param name="AssessmentLevel">考核级别 as written: "国考", "省考", "市考"; null when not stated.</param>
public sealed record WaterSection(string Name, WaterBodyKind Kind, string? TargetText, string? AssessmentLevel = null);

/// <summary>A section's class over a period and its compliance with the target.</summary>
public sealed record WaterSectionResult(WaterSection Section, WaterPeriodEvaluation Period, WaterTargetAssessment Target);

/// <summary>Monthly and annual section results: period class from item means (2011 evaluation method §2) and target compliance.</summary>
public static class WaterSectionEvaluator
{
    public static WaterSectionResult Monthly(SurfaceWaterStandard standard, WaterSection section, IEnumerable<WaterSample> samples, int year, int month)
    {
        var period = WaterPeriodEvaluator.Monthly(standard, section.Kind, samples, year, month);
        return new(section, period, Assess(section, period));
    }

    public static WaterSectionResult Annual(SurfaceWaterStandard standard, WaterSection section, IEnumerable<WaterSample> samples, int year)
    {
        var period = WaterPeriodEvaluator.Annual(standard, section.Kind, samples, year);
        return new(section, period, Assess(section, period));
    }

    /// <summary>Shares of good and 劣Ⅴ sections over the results (sections without a class are left out of the denominator).</summary>
    public static WaterBodyShares Shares(IEnumerable<WaterSectionResult> results) =>
        WaterBodyShareCalculator.Of(results.Select(r => r.Period.Evaluation.Class));

    private static WaterTargetAssessment Assess(WaterSection section, WaterPeriodEvaluation period) =>
        section.TargetText is { } text
            ? WaterTargetCompliance.Assess(period.Evaluation.Class, text)
            : WaterTargetCompliance.Assess(period.Evaluation.Class, (int?)null);
}
