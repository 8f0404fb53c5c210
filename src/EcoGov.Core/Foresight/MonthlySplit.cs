using System.Globalization;
using EcoGov.Core.Text;

namespace EcoGov.Core.Foresight;

/// <summary>One remaining month of a split: its remaining days, the plan's monthly target, and the mean the month may reach.</summary>
public sealed record MonthAllowance(int Month, int Days, double MonthlyTarget, decimal Value);

/// <summary>
/// The remaining days' bound split into the remaining months in the proportions of the plan's monthly targets (the plan's
/// own seasonal shape): <see cref="Factor"/> k = B·r / Σ r_m·t_m, month m may reach k·t_m (one decimal, rounded down), so
/// that months at exactly those values keep the remaining mean within B. k ≥ 1: the monthly targets with room to spare;
/// k &lt; 1: each month must be k times its target.
/// </summary>
/// <see cref="Text"/> states each month's cap and k as a percentage, <see cref="Arithmetic"/> the computation (<see cref="CoreText"/> messages).
public sealed record MonthlySplitResult(decimal Factor, IReadOnlyList<MonthAllowance> Months, Message Text, Message Arithmetic);

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
        string percent = N(Math.Round(k * 100, 1));
        var caps = result.Select(x => CoreText.SplitMonthCap(x.Month, N(x.Value))).Aggregate((list, next) => CoreText.ListItems(list, next));
        var text = CoreText.SplitByMonthlyTargets(caps, k >= 1 ? CoreText.SplitTargetsSuffice(percent) : CoreText.SplitStricterThanTargets(percent));
        var arithmetic = CoreText.SplitArithmetic(r, N(Math.Round(bound, 4)), string.Join(" + ", months.Select(x => $"{x.Days} × {D(x.Target)}")), N(weighted), N(factor));
        return new MonthlySplitResult(factor, result, text, arithmetic);
    }
}
