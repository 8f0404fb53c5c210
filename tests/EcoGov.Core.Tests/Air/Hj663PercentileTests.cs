using EcoGov.Core.Air;

namespace EcoGov.Core.Tests.Air;

public class Hj663PercentileTests
{
    [Fact]
    public void One_value_is_every_percentile()
    {
        Assert.Equal(42, Hj663Percentile.Compute([42], 95));
        Assert.Equal(42, Hj663Percentile.Compute([42], 0));
    }

    [Fact]
    public void P95_interpolates_between_order_statistics()
    {
        // n = 10: k = 1 + 9·0.95 = 9.55, s = 9 → X(9) + (X(10) − X(9))·0.55 = 9 + 0.55. Input unsorted.
        Assert.Equal(9.55, Hj663Percentile.Compute([10, 3, 1, 7, 2, 9, 4, 8, 6, 5], 95), 10);
    }

    [Fact]
    public void P90_of_four_values()
    {
        // k = 1 + 3·0.9 = 3.7 → 30 + 10·0.7 = 37
        Assert.Equal(37, Hj663Percentile.Compute([40, 10, 30, 20], 90), 10);
    }

    [Fact]
    public void Whole_k_takes_the_order_statistic()
    {
        // n = 21, p = 95: k = 1 + 20·0.95 = 20 → X(20)
        var values = Enumerable.Range(1, 21).Select(i => (double)i * 10).ToArray();
        Assert.Equal(200, Hj663Percentile.Compute(values, 95), 10);
    }

    [Fact]
    public void All_equal_values_give_that_value()
    {
        Assert.Equal(1.3, Hj663Percentile.Compute([1.3, 1.3, 1.3, 1.3, 1.3], 95));
        Assert.Equal(1.3, Hj663Percentile.Compute([1.3, 1.3, 1.3, 1.3, 1.3], 90));
    }

    [Fact]
    public void P0_is_the_minimum_and_P100_the_maximum()
    {
        double[] values = [5, 1, 9, 3];
        Assert.Equal(1, Hj663Percentile.Compute(values, 0));
        Assert.Equal(9, Hj663Percentile.Compute(values, 100));
    }

    [Fact]
    public void Bad_input_is_rejected()
    {
        Assert.Throws<ArgumentException>(() => Hj663Percentile.Compute([], 95));
        Assert.Throws<ArgumentOutOfRangeException>(() => Hj663Percentile.Compute([1, 2], 101));
        Assert.Throws<ArgumentException>(() => Hj663Percentile.Compute([1, double.NaN], 50));
    }
}
