namespace EcoGov.Core.Water;

/// <summary>Class of one item value against one limit row of GB 3838-2002 Table 1.</summary>
public static class WaterItemClassifier
{
    /// <summary>
    /// The best class whose limit the value meets; a value exactly at a limit belongs to that class, and where
    /// several classes share a limit the value takes the best of them (从优不从劣, e.g. COD 15 → Ⅰ).
    /// "≤" items: value ≤ limit; DO ("≥"): value ≥ limit; pH: 6 ≤ value ≤ 9 → Ⅰ (the range holds for all
    /// classes), outside → 劣Ⅴ. A value worse than class Ⅴ → 劣Ⅴ (6).
    /// </summary>
    public static int ClassOf(WaterItemLimit limit, double value)
    {
        if (!double.IsFinite(value)) throw new ArgumentOutOfRangeException(nameof(value), value, $"{limit.Code} 的数值无效 (value is not a finite number)");
        switch (limit.Direction)
        {
            case LimitDirection.Range:
                return value >= limit.RangeLow && value <= limit.RangeHigh ? WaterClass.I : WaterClass.WorseThanV;
            case LimitDirection.AtLeast:
                for (int c = 0; c < limit.ClassLimits.Count; c++)
                {
                    if (value >= limit.ClassLimits[c]) return c + 1;
                }
                return WaterClass.WorseThanV;
            default:
                for (int c = 0; c < limit.ClassLimits.Count; c++)
                {
                    if (value <= limit.ClassLimits[c]) return c + 1;
                }
                return WaterClass.WorseThanV;
        }
    }

    /// <summary>
    /// 超标倍数 exceedance multiple over class Ⅲ, (C − S_Ⅲ) / S_Ⅲ, for a value worse than class Ⅲ of a "≤" item;
    /// null when the value is not worse than Ⅲ, and for DO and pH, which have no multiple
    /// (the evaluation method reports DO below 5 mg/L with its value instead).
    /// </summary>
    public static double? ExceedanceMultiple(WaterItemLimit limit, double value)
    {
        if (limit.Direction != LimitDirection.AtMost) return null;
        double s3 = limit.ClassLimits[2];
        return value > s3 ? (value - s3) / s3 : null;
    }
}
