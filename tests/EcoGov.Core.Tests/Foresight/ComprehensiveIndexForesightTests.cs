using EcoGov.Core.Air;
using EcoGov.Core.Foresight;

namespace EcoGov.Core.Tests.Foresight;

public class ComprehensiveIndexForesightTests
{
    private static readonly AmbientAirLimits Limits = AmbientAirLimitTables.Gb3095_2012;

    // GB 3095-2012 Grade II: SO2 60, NO2 40, PM10 70, PM2.5 35 (annual), CO 4 (24h), O3 160 (8h).
    // 6/60 + 20/40 + 70/70 + 35/35 + 1.2/4 + 160/160 = 0.1 + 0.5 + 1 + 1 + 0.3 + 1 = 3.90.
    private static readonly ComprehensiveIndexInput Current = new(6, 20, 70, 35, 1.2, 160);

    [Fact]
    public void PM25_bound_is_the_largest_integer_whose_index_rounds_to_the_target()
    {
        Assert.Equal(3.90m, ComprehensiveIndex.Compute(Limits, Current).Sum);
        // Target 3.80: the others sum 2.90, so PM2.5/35 ≤ 0.905 → PM2.5 ≤ 31.675 → 31 (31/35 = 0.8857 → 3.79; 32 → 3.81).
        var pm25 = ComprehensiveIndexForesight.SinglePollutantBounds(Limits, Current, 3.80).Single(b => b.Pollutant == Pollutant.PM25);
        Assert.Equal(31m, pm25.Bound);
        Assert.Equal(3.79m, ComprehensiveIndex.Compute(Limits, Current with { Pm25Mean = 31 }).Sum);
        Assert.Equal(3.81m, ComprehensiveIndex.Compute(Limits, Current with { Pm25Mean = 32 }).Sum);
        Assert.Contains("PM2.5 须不高于 31", pm25.Text);
    }

    [Fact]
    public void A_tie_at_half_a_hundredth_rounds_to_even_and_is_allowed()
    {
        // Target 3.82 (even last digit): O3/160 ≤ 3.825 − 2.90 = 0.925 → O3 ≤ 148 exactly, where the index is 3.825 → 3.82.
        var o3 = ComprehensiveIndexForesight.SinglePollutantBounds(Limits, Current, 3.82).Single(b => b.Pollutant == Pollutant.O3);
        Assert.Equal(148m, o3.Bound);
        Assert.Equal(3.82m, ComprehensiveIndex.Compute(Limits, Current with { O3P90 = 148 }).Sum);
        // Target 3.81 (odd): 3.815 rounds up to 3.82, so O3 ≤ 146.4 → 146.
        var odd = ComprehensiveIndexForesight.SinglePollutantBounds(Limits, Current, 3.81).Single(b => b.Pollutant == Pollutant.O3);
        Assert.Equal(146m, odd.Bound);
    }

    [Fact]
    public void CO_is_bounded_to_one_decimal_and_an_unreachable_target_has_no_bound()
    {
        // Target 3.75: CO/4 ≤ 3.755 − 3.60 = 0.155 → CO ≤ 0.62 → 0.6.
        var bounds = ComprehensiveIndexForesight.SinglePollutantBounds(Limits, Current, 3.75);
        Assert.Equal(0.6m, bounds.Single(b => b.Pollutant == Pollutant.CO).Bound);
        // SO2 alone cannot bring 3.90 to 3.75: at 0 the index is 3.80.
        var so2 = bounds.Single(b => b.Pollutant == Pollutant.SO2);
        Assert.Null(so2.Bound);
        Assert.Contains("即使 SO2 为 0", so2.Text);
    }
}
