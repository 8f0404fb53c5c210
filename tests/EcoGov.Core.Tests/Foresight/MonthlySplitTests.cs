using EcoGov.Core.Foresight;

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
        Assert.Contains("须严于月度目标，为其 90%", one.Text);

        // 15 October: 16 days of October at 40, November 30 at 50, December 31 at 60; bound 55:
        // k = 55 × 77 / (640 + 1500 + 1860) = 4235/4000 = 1.05875 → 42.35 → 42.3, 52.9375 → 52.9, 63.525 → 63.5.
        var shape = new Dictionary<int, double> { [10] = 40, [11] = 50, [12] = 60 };
        var s = MonthlySplit.Split(new DateOnly(2023, 10, 15), 55m, true, shape)!;
        Assert.Equal(1.0588m, s.Factor);
        Assert.Equal([16, 30, 31], s.Months.Select(m => m.Days));
        Assert.Equal([42.3m, 52.9m, 63.5m], s.Months.Select(m => m.Value));
        Assert.True(s.Months.Sum(m => m.Days * m.Value) / 77 <= 55m);
        Assert.Contains("16 × 40 + 30 × 50 + 31 × 60 = 4000", s.Arithmetic);
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
