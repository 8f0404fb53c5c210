using System.Globalization;

namespace EcoGov.Core.Foresight;

/// <summary>One remaining month of a split: its remaining days, the plan's monthly target, and the mean the month may reach.</summary>
public sealed record MonthAllowance(int Month, int Days, double MonthlyTarget, decimal Value);

/// <summary>
/// The remaining days' bound split into the remaining months in the proportions of the plan's monthly targets (the plan's
/// own seasonal shape): <see cref="Factor"/> k = B·r / Σ r_m·t_m, month m may reach k·t_m (one decimal, rounded down), so
/// that months at exactly those values keep the remaining mean within B. k ≥ 1: the monthly targets with room to spare;
/// k &lt; 1: each month must be k times its target.
/// </summary>
public sealed record MonthlySplitResult(decimal Factor, IReadOnlyList<MonthAllowance> Months, string Text, string Arithmetic);

/// <summary>"What must each remaining month achieve" (issue 14): the 倒排 bound of an annual mean, month by month.</summary>
public static class MonthlySplit
{
    /// <summary>
    /// Splits <paramref name="bound"/> (the largest mean of the remaining days, <see cref="MeanForesight.Bound"/>; reached
    /// when <paramref name="inclusive"/>) over the days after <paramref name="asOf"/> to 31 December by the plan's monthly
    /// targets; null when a remaining month has no target, a target is not positive, or no day is left.
    /// </summary>
    public static MonthlySplitResult? Split(DateOnly asOf, decimal bound, bool inclusive, IReadOnlyDictionary<int, double> monthlyTargets)
    {
        var months = new List<(int Month, int Days, double Target)>();
        for (int m = asOf.Month; m <= 12; m++)
        {
            int last = DateTime.DaysInMonth(asOf.Year, m);
            int days = m == asOf.Month ? last - asOf.Day : last;
            if (days == 0) continue;
            if (!monthlyTargets.TryGetValue(m, out var t) || t <= 0) return null;
            months.Add((m, days, t));
        }
        if (months.Count == 0 || bound < 0) return null;
        int r = months.Sum(x => x.Days);
        decimal weighted = months.Sum(x => x.Days * (decimal)x.Target);
        decimal k = bound * r / weighted;
        // One decimal, down; a strict bound (not reachable) is kept strict by stepping below an exact tenth.
        decimal Cap(double t)
        {
            decimal v = k * (decimal)t * 10;
            decimal floor = Math.Floor(v);
            if (!inclusive && floor == v) floor -= 1;
            return Math.Max(0, floor / 10);
        }
        var result = months.Select(x => new MonthAllowance(x.Month, x.Days, x.Target, Cap(x.Target))).ToList();
        static string N(decimal v) => v.ToString("0.####", CultureInfo.InvariantCulture);
        static string D(double v) => v.ToString("0.##", CultureInfo.InvariantCulture);
        decimal factor = Math.Round(k, 4, MidpointRounding.ToEven);
        string text = "按规划月度目标比例分解：" + string.Join("，", result.Select(x => $"{x.Month}月 ≤ {N(x.Value)}")) +
                      (k >= 1 ? $"（为月度目标的 {N(Math.Round(k * 100, 1))}%，达到月度目标即可）" : $"（须严于月度目标，为其 {N(Math.Round(k * 100, 1))}%）");
        string arithmetic = $"剩余 {r} 天均值界限 {N(Math.Round(bound, 4))}；各月剩余天数 × 月度目标之和 = " +
                            string.Join(" + ", months.Select(x => $"{x.Days} × {D(x.Target)}")) + $" = {N(weighted)}；" +
                            $"k = {N(Math.Round(bound, 4))} × {r} / {N(weighted)} = {N(factor)}；各月 ≤ k × 月度目标，按一位小数向下取";
        return new MonthlySplitResult(factor, result, text, arithmetic);
    }
}
