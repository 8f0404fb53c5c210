using EcoGov.Application.Air;

namespace EcoGov.Application.Evaluation;

/// <summary>
/// Which figure of `air evaluate` (<see cref="StationEvaluationDto"/>, HJ 663-2013 period statistics) an air indicator
/// of a plan is: PM2.5/PM10/SO2/NO2 the annual mean of daily means; CO the 95th percentile of daily means; O3 the 90th
/// percentile of daily maximum 8-hour means; 优良天数比例 % the share of days with AQI ≤ 100 (HJ 633); 优良天数 and
/// 重污染天数 (AQI &gt; 200) counts; 重污染天数比例 % heavy days over days with a valid AQI; 综合指数 the comprehensive index
/// (HJ 663 §5.3). A ranking (综合指数排名) or a reduction ratio (浓度下降比例, against the base year) is not one of them.
/// </summary>
public sealed record AirFigures(string Method, Func<StationEvaluationDto, decimal?> Value)
{
    public static AirFigures? Of(string indicatorName)
    {
        var n = Core.Indicators.TargetResolution.Key(indicatorName);
        if (n.Contains("排名", StringComparison.Ordinal) || n.Contains("下降", StringComparison.Ordinal) || n.Contains("降低", StringComparison.Ordinal))
            return null;
        if (n.Contains("优良天数比例", StringComparison.Ordinal))
            return new("优良天数比例 %（HJ 633 日 AQI ≤ 100 的天数占有效天数）", e => e.GoodRatio is decimal r ? Math.Round(r * 100, 2) : null);
        if (n.Contains("优良天数", StringComparison.Ordinal))
            return new("优良天数（日 AQI ≤ 100）", e => e.GoodDays);
        if (n.Contains("重污染天数比例", StringComparison.Ordinal))
            return new("重污染天数比例 %（日 AQI > 200 的天数占有效天数）", e => e.ValidDays > 0 ? Math.Round(100m * e.HeavyDays / e.ValidDays, 2) : null);
        if (n.Contains("重污染天数", StringComparison.Ordinal))
            return new("重污染天数（日 AQI > 200）", e => e.HeavyDays);
        if (n.Contains("综合指数", StringComparison.Ordinal))
            return new("环境空气质量综合指数（HJ 663）", e => e.Index);
        foreach (var (code, key) in new[] { ("PM2.5", "PM2.5"), ("PM10", "PM10"), ("SO2", "SO2"), ("NO2", "NO2") })
            if (n.StartsWith(code, StringComparison.Ordinal))
                return new($"{code} 年均值（日均值的算术平均，HJ 663）", e => e.Means.TryGetValue(key, out var v) ? v : null);
        if (n.StartsWith("CO", StringComparison.Ordinal)) return new("CO 日均值第 95 百分位（HJ 663）", e => e.CoP95);
        if (n.StartsWith("O3", StringComparison.Ordinal)) return new("O3 日最大 8 小时平均第 90 百分位（HJ 663）", e => e.O3P90);
        return null;
    }
}
