using System.Globalization;
using EcoGov.Core.Air;

namespace EcoGov.Core.Foresight;

/// <summary>
/// One pollutant's bound for a 综合指数 target with the other five held at their values: the largest published statistic
/// (µg/m³ integer, CO one decimal) that keeps the index (rounded to two decimals, GB/T 8170) at or under the target; null
/// when even 0 would not do.
/// </summary>
public sealed record IndexPollutantBound(Pollutant Pollutant, double Current, double Limit, decimal OthersSum, decimal? Bound, string Text, string Arithmetic);

/// <summary>
/// 综合指数 target (issue 14 item 1): the single-pollutant bounds holding the others at their current values. The index is
/// I = Σ C_i/S_i over the six published statistics (<see cref="ComprehensiveIndex"/>, S_i the Grade II limit), published to
/// two decimals; a target T is met when the published I ≤ T. For pollutant i with the others' terms summing to R:
/// C_i/S_i ≤ T + 0.005 − R (reached when T's last digit is even, by half to even), so the bound starts at
/// ⌊(T + 0.005 − R)·S_i⌋ in the published precision and is checked with <see cref="ComprehensiveIndex.Compute(AmbientAirLimits, ComprehensiveIndexInput)"/> itself.
/// Pure: published statistics in. A bound on an annual mean becomes a requirement on the remaining days with
/// <see cref="AnnualAirForesight.Mean"/> (the bound as the target).
/// </summary>
public static class ComprehensiveIndexForesight
{
    public static IReadOnlyList<IndexPollutantBound> SinglePollutantBounds(AmbientAirLimits limits, ComprehensiveIndexInput current, double targetIndex)
    {
        var now = ComprehensiveIndex.Compute(limits, current);
        decimal target = (decimal)targetIndex;
        var result = new List<IndexPollutantBound>();
        foreach (var item in now.Items)
        {
            var p = item.Pollutant;
            decimal others = now.Items.Where(i => i.Pollutant != p).Sum(i => i.Index);
            decimal step = ConcentrationRounding.DecimalPlaces(p) == 0 ? 1m : 0.1m;
            bool Ok(decimal v) => v >= 0 && ComprehensiveIndex.Compute(limits, With(current, p, (double)v)).Sum <= target;
            decimal start = Math.Floor((target + 0.005m - others) * (decimal)item.Limit / step) * step;
            decimal x = Math.Max(start, -step);
            while (x >= 0 && !Ok(x)) x -= step;
            while (Ok(x + step)) x += step;
            decimal? bound = x >= 0 ? x : null;
            string name = PollutantNames.Display(p);
            string n(decimal v) => v.ToString(CultureInfo.InvariantCulture);
            string text = bound is decimal b
                ? $"其余五项保持现值时，{name} 须不高于 {n(b)}（现值 {item.Concentration.ToString(CultureInfo.InvariantCulture)}）"
                : $"其余五项保持现值时，即使 {name} 为 0，综合指数仍超过 {n(target)}";
            string arithmetic = $"综合指数 = Σ C_i/S_i（修约至两位小数）；其余五项之和 {n(Math.Round(others, 4, MidpointRounding.ToEven))}；" +
                                $"{name} 须满足 C/{item.Limit.ToString(CultureInfo.InvariantCulture)} ≤ {n(target)} + 0.005 − {n(Math.Round(others, 4, MidpointRounding.ToEven))}，" +
                                $"按发布精度取 {(bound is decimal b2 ? n(b2) : "—")}（以综合指数计算本身核对）";
            result.Add(new IndexPollutantBound(p, item.Concentration, item.Limit, others, bound, text, arithmetic));
        }
        return result;
    }

    private static ComprehensiveIndexInput With(ComprehensiveIndexInput i, Pollutant p, double v) => p switch
    {
        Pollutant.SO2 => i with { So2Mean = v },
        Pollutant.NO2 => i with { No2Mean = v },
        Pollutant.PM10 => i with { Pm10Mean = v },
        Pollutant.PM25 => i with { Pm25Mean = v },
        Pollutant.CO => i with { CoP95 = v },
        _ => i with { O3P90 = v },
    };
}
