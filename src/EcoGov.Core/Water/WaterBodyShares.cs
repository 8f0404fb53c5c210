namespace EcoGov.Core.Water;

/// <summary>Shares of sections of a river, basin or jurisdiction by class (2011 evaluation method §3).</summary>
/// <param name="SectionCount">Sections given, with or without a class.</param>
/// <param name="Evaluated">Sections with a class; the shares' denominator.</param>
/// <param name="GoodCount">Sections at Ⅰ–Ⅲ (优良水体).</param>
/// <param name="WorseThanVCount">Sections at 劣Ⅴ.</param>
/// <param name="GoodShare">优良水体比例 GoodCount / Evaluated, as a fraction 0..1; null when nothing was evaluated.</param>
/// <param name="WorseThanVShare">劣Ⅴ比例 WorseThanVCount / Evaluated, as a fraction 0..1; null when nothing was evaluated.</param>
/// <param name="Status">Qualitative status by shares; null when nothing was evaluated or the shares fall in a gap of the rule.</param>
/// <param name="Note">Why <paramref name="Status"/> is null.</param>
public sealed record WaterBodyShares(
    int SectionCount,
    int Evaluated,
    int GoodCount,
    int WorseThanVCount,
    double? GoodShare,
    double? WorseThanVShare,
    string? Status,
    string? Note);

/// <summary>
/// One row of the status-by-shares rule: applies when MinGood ≤ good % &lt; MaxGood and MinWorse ≤ 劣Ⅴ % &lt; MaxWorse
/// (percent of evaluated sections; compared in integers, so 7 of 9 is exact).
/// </summary>
public sealed record WaterShareStatusRule(string Status, int MinGoodPercent, int MaxGoodPercent, int MinWorseThanVPercent, int MaxWorseThanVPercent);

/// <summary>Shares of good and 劣Ⅴ sections and the qualitative status of a river, basin or jurisdiction.</summary>
public static class WaterBodyShareCalculator
{
    private const int Beyond = 101; // an upper bound above 100 % so that 100 % is included

    /// <summary>
    /// 2011 evaluation method §3: ≥ 90 % at Ⅰ–Ⅲ → 优; 75–90 % → 良好; &lt; 75 % and &lt; 20 % 劣Ⅴ → 轻度污染;
    /// &lt; 75 % and 20–40 % 劣Ⅴ → 中度污染; &lt; 60 % and ≥ 40 % 劣Ⅴ → 重度污染.
    /// Gap left by the method, not guessed: 60–75 % at Ⅰ–Ⅲ with ≥ 40 % 劣Ⅴ (only exactly 60 % and 40 % is possible) → no status.
    /// </summary>
    public static IReadOnlyList<WaterShareStatusRule> StatusRules2011 { get; } =
    [
        new("优", 90, Beyond, 0, Beyond),
        new("良好", 75, 90, 0, Beyond),
        new("轻度污染", 0, 75, 0, 20),
        new("中度污染", 0, 75, 20, 40),
        new("重度污染", 0, 60, 40, Beyond),
    ];

    /// <summary>Shares over the classes of the sections (null = section not evaluated, left out of the denominator).</summary>
    public static WaterBodyShares Of(IEnumerable<int?> sectionClasses)
    {
        int count = 0, evaluated = 0, good = 0, worse = 0;
        foreach (var c in sectionClasses)
        {
            count++;
            if (c is not { } cls) continue;
            if (!WaterClass.IsValid(cls)) throw new ArgumentOutOfRangeException(nameof(sectionClasses), cls, "水质类别应为 1..6 (class must be 1..6)");
            evaluated++;
            if (cls <= WaterClass.III) good++;
            if (cls == WaterClass.WorseThanV) worse++;
        }
        if (evaluated == 0)
            return new(count, 0, 0, 0, null, null, null, "无已评价断面 (no section evaluated)");

        var rule = StatusRules2011.FirstOrDefault(r =>
            AtLeastPercent(good, evaluated, r.MinGoodPercent) && !AtLeastPercent(good, evaluated, r.MaxGoodPercent) &&
            AtLeastPercent(worse, evaluated, r.MinWorseThanVPercent) && !AtLeastPercent(worse, evaluated, r.MaxWorseThanVPercent));
        return new(count, evaluated, good, worse, (double)good / evaluated, (double)worse / evaluated, rule?.Status,
            rule is null ? "优良比例与劣Ⅴ比例落在评价办法未规定的区间 (shares fall in a gap of the 2011 rule)" : null);
    }

    private static bool AtLeastPercent(int part, int whole, int percent) => (long)part * 100 >= (long)percent * whole;
}
