using EcoGov.Core.Foresight;
using EcoGov.Core.Text;

namespace EcoGov.Core.Tests.Foresight;

public class MonthlySplitTests
{
    private static readonly Dictionary<int, double> Flat = Enumerable.Range(1, 12).ToDictionary(m => m, _ => 30.0);

    [Fact]
    public void Months_at_their_caps_keep_the_remaining_mean_within_the_bound()
    {
        // 30 November: December's 31 days only; bound 27 against a target of 30 → k = 0.9, December ≤ 27.
        var one = MonthlySplit.Split(new DateOnly(2023, 11, 30), 27m, true, Flat)!;
        Assert.Equal(0.9m, one.Factor);
        Assert.Equal([(12, 31, 27.0m)], one.Months.Select(m => (m.Month, m.Days, m.Value)));
        Assert.Equal(nameof(CoreText.SplitByMonthlyTargets), one.Text.Key);
        Assert.Equal(nameof(CoreText.SplitStricterThanTargets), ((Message)one.Text.Arguments[1]!).Key);
        Assert.Equal(["90"], ((Message)one.Text.Arguments[1]!).Arguments);
        Assert.Equal("按规划月度目标比例分解：12月 ≤ 27（须严于月度目标，为其 90%）", one.Text.Format(Message.Chinese));
        Assert.Equal("Split in the proportions of the plan's monthly targets: month 12 ≤ 27 (stricter than the monthly targets: 90% of them)",
            one.Text.Format(Message.English));

        // 15 October: 16 days of October at 40, November 30 at 50, December 31 at 60; bound 55:
        // k = 55 × 77 / (640 + 1500 + 1860) = 4235/4000 = 1.05875 → 42.35 → 42.3, 52.9375 → 52.9, 63.525 → 63.5.
        var shape = new Dictionary<int, double> { [10] = 40, [11] = 50, [12] = 60 };
        var s = MonthlySplit.Split(new DateOnly(2023, 10, 15), 55m, true, shape)!;
        Assert.Equal(1.0588m, s.Factor);
        Assert.Equal([16, 30, 31], s.Months.Select(m => m.Days));
        Assert.Equal([42.3m, 52.9m, 63.5m], s.Months.Select(m => m.Value));
        Assert.True(s.Months.Sum(m => m.Days * m.Value) / 77 <= 55m);
        Assert.Equal(nameof(CoreText.SplitArithmetic), s.Arithmetic.Key);
        Assert.Equal([77, "55", "16 × 40 + 30 × 50 + 31 × 60", "4000", "1.0588"], s.Arithmetic.Arguments);
        Assert.Contains("16 × 40 + 30 × 50 + 31 × 60 = 4000", s.Arithmetic.Format(Message.Chinese));
        Assert.StartsWith("剩余 77 天均值界限 55；", s.Arithmetic.Format(Message.Chinese));
        Assert.Equal("bound on the mean of the remaining 77 days 55; sum of each month's remaining days × monthly target = 16 × 40 + 30 × 50 + 31 × 60 = 4000; "
            + "k = 55 × 77 / 4000 = 1.0588; each month ≤ k × its monthly target, rounded down to one decimal", s.Arithmetic.Format(Message.English));
        Assert.Equal("按规划月度目标比例分解：10月 ≤ 42.3，11月 ≤ 52.9，12月 ≤ 63.5（为月度目标的 105.9%，达到月度目标即可）", s.Text.Format(Message.Chinese));
        Assert.Equal("Split in the proportions of the plan's monthly targets: month 10 ≤ 42.3, month 11 ≤ 52.9, month 12 ≤ 63.5 (105.9% of the monthly targets: meeting them suffices)",
            s.Text.Format(Message.English));
    }

    [Fact]
    public void A_strict_bound_steps_below_an_exact_tenth()
    {
        Assert.Equal(26.9m, MonthlySplit.Split(new DateOnly(2023, 11, 30), 27m, false, Flat)!.Months[0].Value);
    }

    [Fact]
    public void Without_a_target_for_every_remaining_month_or_with_a_negative_bound_there_is_no_split()
    {
        Assert.Null(MonthlySplit.Split(new DateOnly(2023, 6, 30), 30m, true, new Dictionary<int, double> { [7] = 30, [8] = 30 }));
        Assert.Null(MonthlySplit.Split(new DateOnly(2023, 6, 30), -1m, true, Flat));
        Assert.Null(MonthlySplit.Split(new DateOnly(2023, 12, 31), 30m, true, Flat));
    }
}
