using EcoGov.Core.Text;

namespace EcoGov.Core.Air;

/// <summary>
/// Percentile of HJ 663-2013 (环境空气质量评价技术规范): sort the n values ascending X(1) ≤ … ≤ X(n);
/// k = 1 + (n − 1)·p/100; s = floor(k); X_p = X(s) + (X(s+1) − X(s))·(k − s), and X_p = X(n) when s = n.
/// Used for CO (p = 95 of daily means) and O3 (p = 90 of daily max 8h means). Unrounded: round the
/// published statistic with <see cref="ConcentrationRounding"/>.
/// </summary>
public static class Hj663Percentile
{
    public static double Compute(IEnumerable<double> values, double p) => Compute(values.ToArray().AsSpan(), p);

    /// <summary>As <see cref="Compute(IEnumerable{double}, double)"/>, sorting <paramref name="values"/> in place.</summary>
    public static double Compute(Span<double> values, double p)
    {
        if (double.IsNaN(p) || p < 0 || p > 100)
            throw new ArgumentOutOfRangeException(nameof(p), p, CoreText.PercentileOutOfRange().Bilingual);
        var x = values;
        if (x.Length == 0)
            throw new ArgumentException(CoreText.NoValues().Bilingual, nameof(values));
        foreach (var v in x)
            if (double.IsNaN(v) || double.IsInfinity(v))
                throw new ArgumentException(CoreText.ValuesNotFinite().Bilingual, nameof(values));
        x.Sort();
        int n = x.Length;
        double k = 1 + (n - 1) * p / 100;
        int s = (int)Math.Floor(k);
        if (s >= n) return x[n - 1];
        return x[s - 1] + (x[s] - x[s - 1]) * (k - s);
    }
}
