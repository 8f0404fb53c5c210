using EcoGov.Core.Air;
using EcoGov.Core.Foresight;

namespace EcoGov.Core.Tests.Foresight;

public class AnnualAirForesightTests
{
    private static double[] Repeat(double value, int count) => Enumerable.Repeat(value, count).ToArray();

    /// <summary>The published annual mean of the days so far followed by the remaining days, as HJ 663 computes it.</summary>
    private static decimal PublishedMean(Pollutant p, IEnumerable<double> soFar, IEnumerable<double> rest)
    {
        var all = soFar.Concat(rest).ToList();
        return ConcentrationRounding.Round(p, all.Sum() / all.Count);
    }

    private static decimal PublishedPercentile(Pollutant p, IEnumerable<double> soFar, IEnumerable<double> rest, int percentile) =>
        ConcentrationRounding.Round(p, Hj663Percentile.Compute(soFar.Concat(rest), percentile));

    [Fact]
    public void Even_limit_the_boundary_itself_rounds_to_the_target()
    {
        // 10 days at 40, 10 left, target 36: (36.5 × 20 − 400)/10 = 33, reached (36.5 rounds half to even to 36).
        var f = AnnualAirForesight.Mean(Pollutant.PM25, 36, Repeat(40, 10), 10);
        Assert.Equal(ForesightStatus.Possible, f.Status);
        Assert.True(f.Inclusive);
        Assert.Equal(36.5m, f.RoundingBoundary);
        Assert.Equal(33m, f.Bound);
        Assert.Equal(33.0m, f.Required);
        Assert.Equal(36m, PublishedMean(Pollutant.PM25, Repeat(40, 10), Repeat(33, 10)));
        Assert.Equal(37m, PublishedMean(Pollutant.PM25, Repeat(40, 10), Repeat(33.1, 10)));
        Assert.Contains("剩余 10 天 PM2.5 平均浓度需控制在 33.0 微克/立方米以下", f.Text);
        Assert.Contains("(36.5 × 20 − 400.0)/10 = 33", f.Arithmetic);
    }

    [Fact]
    public void Odd_limit_the_boundary_itself_rounds_up_so_the_bound_is_strict()
    {
        // Target 35: 35.5 rounds to 36, so x < (35.5 × 20 − 400)/10 = 31 and the largest 0.1 step is 30.9.
        var f = AnnualAirForesight.Mean(Pollutant.PM25, 35, Repeat(40, 10), 10);
        Assert.False(f.Inclusive);
        Assert.Equal(31m, f.Bound);
        Assert.Equal(30.9m, f.Required);
        Assert.Equal(36m, PublishedMean(Pollutant.PM25, Repeat(40, 10), Repeat(31, 10)));
        Assert.Equal(35m, PublishedMean(Pollutant.PM25, Repeat(40, 10), Repeat(30.9, 10)));
        Assert.Contains("x < (35.5 × 20 − 400.0)/10 = 31", f.Arithmetic);
    }

    [Fact]
    public void The_required_mean_is_the_largest_tenth_that_meets_and_the_next_tenth_fails()
    {
        // Uneven series: the bound is not a tenth, the search confirms the tenth below it with the rounding rule.
        var soFar = new double[] { 41.2, 37.9, 52.4, 28.8, 33.3, 46.1, 39.7 };
        var f = AnnualAirForesight.Mean(Pollutant.PM10, 40, soFar, 11);
        Assert.Equal(ForesightStatus.Possible, f.Status);
        var required = (double)f.Required!.Value;
        Assert.True(PublishedMean(Pollutant.PM10, soFar, Repeat(required, 11)) <= 40);
        Assert.True(PublishedMean(Pollutant.PM10, soFar, Repeat(required + 0.1, 11)) > 40);
        Assert.True(f.Required <= f.Bound && f.Bound - f.Required < 0.1m);
    }

    [Fact]
    public void Already_impossible_when_even_zero_for_every_remaining_day_would_not_do()
    {
        var f = AnnualAirForesight.Mean(Pollutant.PM25, 36, Repeat(100, 10), 2);
        Assert.Equal(ForesightStatus.Impossible, f.Status);
        Assert.Null(f.Required);
        Assert.True(f.Bound < 0);
        Assert.True(PublishedMean(Pollutant.PM25, Repeat(100, 10), Repeat(0, 2)) > 36);
        Assert.Contains("已无法完成", f.Text);
    }

    [Fact]
    public void Zero_is_the_requirement_when_exactly_zero_still_reaches_the_boundary()
    {
        // 4 days summing to 73 (36.5 × 2 = 73 over 2 + 2 days... ): (36.5 × 4 − 146)/2 = 0, inclusive → possible at 0.
        var f = AnnualAirForesight.Mean(Pollutant.PM25, 36, Repeat(73, 2), 2);
        Assert.Equal(0m, f.Bound);
        Assert.Equal(ForesightStatus.Possible, f.Status);
        Assert.Equal(0m, f.Required);
        // Odd limit: 0 is the strict bound itself → impossible.
        var odd = AnnualAirForesight.Mean(Pollutant.PM25, 35, Repeat(71, 2), 2);
        Assert.Equal(0m, odd.Bound);
        Assert.Equal(ForesightStatus.Impossible, odd.Status);
    }

    [Fact]
    public void Missing_days_count_neither_so_far_nor_in_the_year_and_the_validity_variant_uses_fewer_days()
    {
        // 30 days elapsed, 24 valid (6 missing), 10 left: the year has 24 + 10 valid days when all remaining are valid.
        var soFar = Repeat(40, 24);
        var all = AnnualAirForesight.Mean(Pollutant.PM25, 36, soFar, 10);
        Assert.Equal(34, all.ValidDaysSoFar + all.ValidDaysLeft);
        Assert.Equal((36.5m * 34 - 960) / 10, all.Bound);
        // At the current valid-day ratio 24/30, 8 of the 10 remaining days are valid: a stricter requirement.
        var ratio = AnnualAirForesight.Mean(Pollutant.PM25, 36, soFar, 10, 8);
        Assert.Equal((36.5m * 32 - 960) / 8, ratio.Bound);
        Assert.True(ratio.Bound < all.Bound);
        Assert.True(PublishedMean(Pollutant.PM25, soFar, Repeat((double)ratio.Required!.Value, 8)) <= 36);
    }

    [Fact]
    public void CO_is_rejected_as_a_mean_and_PM25_as_a_percentile()
    {
        Assert.Throws<ArgumentException>(() => AnnualAirForesight.Mean(Pollutant.CO, 2, [1.0], 1));
        Assert.Throws<ArgumentException>(() => AnnualAirForesight.Percentile(Pollutant.PM25, 36, 90, [1.0], 1));
    }

    [Fact]
    public void A_finished_year_is_secured_or_impossible()
    {
        Assert.Equal(ForesightStatus.Secured, AnnualAirForesight.Mean(Pollutant.SO2, 8, Repeat(8.5, 3), 0).Status);   // 8.5 → 8
        Assert.Equal(ForesightStatus.Impossible, AnnualAirForesight.Mean(Pollutant.NO2, 27, Repeat(27.5, 3), 0).Status); // 27.5 → 28
    }

    [Fact]
    public void O3_one_more_exceedance_flips_the_90th_percentile()
    {
        // N = 20: k = 1 + 19 × 0.9 = 18.1, s = 18. 10 days so far, one above 160 (m = 1), 10 left.
        // Must exceed from N − s + 1 = 3 exceedances: 1 more may come, 2 more must flip the statistic.
        var soFar = Repeat(100, 9).Append(1000).ToArray();
        var f = AnnualAirForesight.Percentile(Pollutant.O3, 160, 90, soFar, 10);
        Assert.Equal(ForesightStatus.Possible, f.Status);
        Assert.Equal(1, f.CountSoFar);
        Assert.Equal(1, f.Allowed);
        Assert.Equal(0, f.Safe);   // k not whole: the one allowed exceedance is within only if not too high
        var oneMore = Repeat(100, 9).Append(161).ToArray();
        Assert.True(PublishedPercentile(Pollutant.O3, soFar, oneMore, 90) <= 160);  // 100 + 61 × 0.1 = 106.1
        var twoMore = Repeat(100, 8).Concat([161, 161]).ToArray();
        Assert.True(PublishedPercentile(Pollutant.O3, soFar, twoMore, 90) > 160);   // X(18) = 161
        // However low the other days: two more exceedances flip it.
        var twoMoreLow = Repeat(0, 8).Concat([160.6, 160.6]).ToArray();
        Assert.True(PublishedPercentile(Pollutant.O3, soFar, twoMoreLow, 90) > 160);
        // The allowed one, high enough, can flip it too (why Safe is 0): 100 + 900 × 0.1 = 190.
        Assert.True(PublishedPercentile(Pollutant.O3, soFar, Repeat(100, 9).Append(1000).ToArray(), 90) > 160);
        Assert.Contains("s = 18", f.Arithmetic);
        Assert.Contains("N − s + 1 = 3", f.Arithmetic);
    }

    [Fact]
    public void A_whole_k_makes_the_allowed_exceedances_safe()
    {
        // N = 21: k = 1 + 20 × 0.9 = 19 exactly; X_p = X(19): two exceedances of any size keep it, three flip it.
        var f = AnnualAirForesight.Percentile(Pollutant.O3, 160, 90, Repeat(100, 11), 10);
        Assert.Equal(2, f.Allowed);
        Assert.Equal(2, f.Safe);
        Assert.True(PublishedPercentile(Pollutant.O3, Repeat(100, 11), Repeat(100, 8).Concat([5000, 5000]), 90) <= 160);
        Assert.True(PublishedPercentile(Pollutant.O3, Repeat(100, 11), Repeat(0, 7).Concat([161, 161, 161]), 90) > 160);
    }

    [Theory]
    [InlineData(Pollutant.CO, 2.0, 95, 365, 181)]
    [InlineData(Pollutant.CO, 1.6, 95, 366, 200)]
    [InlineData(Pollutant.O3, 178, 90, 365, 181)]
    [InlineData(Pollutant.O3, 160, 90, 100, 37)]
    public void The_allowed_count_is_exactly_the_flip_point_of_the_HJ663_percentile(Pollutant p, double target, int percentile, int total, int soFarDays)
    {
        var limit = AnnualAirForesight.PublishedLimit(p, target);
        double low = (double)limit / 2, over = (double)limit + (p == Pollutant.CO ? 0.1 : 1);
        // So far: three exceedances among low days.
        var soFar = Repeat(low, soFarDays - 3).Concat(Repeat(over, 3)).ToArray();
        int left = total - soFarDays;
        var f = AnnualAirForesight.Percentile(p, target, percentile, soFar, left);
        Assert.Equal(3, f.CountSoFar);
        int a = f.Allowed!.Value;
        Assert.True(a < left);
        // `a` more exceedances just above the target: within; one more, even with the rest at zero: above.
        Assert.True(PublishedPercentile(p, soFar, Repeat(low, left - a).Concat(Repeat(over, a)), percentile) <= limit);
        Assert.True(PublishedPercentile(p, soFar, Repeat(0, left - a - 1).Concat(Repeat(over, a + 1)), percentile) > limit);
        // The safe count holds however high the exceedances are.
        int s = f.Safe!.Value;
        Assert.True(PublishedPercentile(p, soFar, Repeat(low, left - s).Concat(Repeat(1e6, s)), percentile) <= limit);
    }

    [Fact]
    public void Percentile_already_impossible_and_already_secured()
    {
        // N = 20, must exceed from 3: three exceedances so far.
        var bad = AnnualAirForesight.Percentile(Pollutant.O3, 160, 90, Repeat(100, 7).Concat(Repeat(170, 3)).ToArray(), 10);
        Assert.Equal(ForesightStatus.Impossible, bad.Status);
        Assert.Null(bad.Allowed);
        // N = 21 (k = 19 whole), 19 days so far none exceeding, 2 left: even both exceeding, X(19) is within.
        var good = AnnualAirForesight.Percentile(Pollutant.O3, 160, 90, Repeat(100, 19), 2);
        Assert.Equal(ForesightStatus.Secured, good.Status);
        Assert.True(PublishedPercentile(Pollutant.O3, Repeat(100, 19), [9999, 9999], 90) <= 160);
    }

    [Fact]
    public void A_finished_year_is_judged_by_its_percentile()
    {
        // N = 20, k = 18.1: X(18) = 100, X(19) = 161, X(20) = 1000 → 106.1 (within); with X(19) = 1000 → 190 (above).
        var within = AnnualAirForesight.Percentile(Pollutant.O3, 160, 90, Repeat(100, 18).Concat([161, 1000]).ToArray(), 0);
        Assert.Equal(ForesightStatus.Secured, within.Status);
        var above = AnnualAirForesight.Percentile(Pollutant.O3, 160, 90, Repeat(100, 18).Concat([1000, 1000]).ToArray(), 0);
        Assert.Equal(ForesightStatus.Impossible, above.Status);
        Assert.Null(above.Allowed);
    }

    [Fact]
    public void Exceedance_is_a_daily_value_rounding_above_the_target()
    {
        Assert.False(AnnualAirForesight.Exceeds(Pollutant.O3, 160.5, 160));   // rounds to 160 (even)
        Assert.True(AnnualAirForesight.Exceeds(Pollutant.O3, 160.51, 160));
        Assert.True(AnnualAirForesight.Exceeds(Pollutant.O3, 161.5, 161));    // rounds to 162
        Assert.False(AnnualAirForesight.Exceeds(Pollutant.CO, 2.05, 2));      // 2.0
        Assert.True(AnnualAirForesight.Exceeds(Pollutant.CO, 2.15, 2));       // 2.2
    }

    [Fact]
    public void Good_days_the_largest_number_of_non_good_days_and_one_more_fails()
    {
        // 181 days so far, 150 good; 184 left; target 80 %: 292/365 = 80.0 %, 291/365 = 79.7 % → at most 42 non-good.
        var f = AnnualAirForesight.GoodDays(80, 150, 181, 184);
        Assert.Equal(ForesightStatus.Possible, f.Status);
        Assert.Equal(42, f.Allowed);
        Assert.Equal(80.0, AnnualAirForesight.GoodDayPercent(150 + 184 - 42, 365));
        Assert.True(AnnualAirForesight.GoodDayPercent(150 + 184 - 43, 365) < 80);
        Assert.Contains("剩余 184 天中非优良天数不得超过 42 天", f.Text);
    }

    [Fact]
    public void Good_days_rounding_to_one_decimal_counts()
    {
        // 1000 days: 799 good is 79.9 %, enough for a target of 79.9 % but not of 79.95 %.
        Assert.Equal(1, AnnualAirForesight.GoodDays(79.9, 700, 900, 100).Allowed);
        Assert.Equal(0, AnnualAirForesight.GoodDays(79.95, 700, 900, 100).Allowed);
        Assert.Equal(ForesightStatus.Impossible, AnnualAirForesight.GoodDays(95, 100, 200, 10).Status);
        Assert.Equal(ForesightStatus.Secured, AnnualAirForesight.GoodDays(50, 190, 200, 10).Status);
    }

    [Fact]
    public void Heavily_polluted_days()
    {
        Assert.Equal(3, AnnualAirForesight.HeavilyPollutedDays(5, 2, 100).Allowed);
        Assert.Equal(ForesightStatus.Impossible, AnnualAirForesight.HeavilyPollutedDays(5, 6, 100).Status);
        Assert.Equal(ForesightStatus.Secured, AnnualAirForesight.HeavilyPollutedDays(5, 2, 3).Status);
    }

    [Fact]
    public void Calendar_counts_days_so_far_including_the_date()
    {
        var c = ForesightCalendar.For(new DateOnly(2023, 6, 30));
        Assert.Equal((365, 181, 184), (c.DaysInYear, c.DaysSoFar, c.DaysLeft));
        Assert.Equal((366, 1, 365), (ForesightCalendar.For(new DateOnly(2024, 1, 1)) is var l ? (l.DaysInYear, l.DaysSoFar, l.DaysLeft) : default));
    }

    [Fact]
    public void City_days_are_the_mean_of_the_stations_daily_values()
    {
        var asOf = new DateOnly(2023, 1, 2);
        IEnumerable<HourlyObservation> Station(double pm25) =>
            Enumerable.Range(0, 48).Select(h => new HourlyObservation(new DateTime(2023, 1, 1).AddHours(h), 5, 15, 0.5, 60, 40, pm25));
        var days = ForesightDays.FromHours([Station(30), Station(50)], asOf, AirEvaluationStandards.Gb3095_2012);
        Assert.Equal([40.0, 40.0], days.Values(Pollutant.PM25));
        Assert.Equal(2, days.WithAqi);
        Assert.Equal(2, days.Good);
    }

    [Fact]
    public void A_day_without_a_valid_station_value_is_missing_from_the_city_series()
    {
        // Station A: both days complete (PM2.5 30); station B: day 1 complete (50), day 2 only 10 hours (< 20: invalid).
        var a = Enumerable.Range(0, 48).Select(h => new HourlyObservation(new DateTime(2023, 1, 1).AddHours(h), 5, 15, 0.5, 60, 40, 30));
        var b = Enumerable.Range(0, 34).Select(h => new HourlyObservation(new DateTime(2023, 1, 1).AddHours(h), 5, 15, 0.5, 60, 40, 50));
        var days = ForesightDays.FromHours([a, b], new DateOnly(2023, 1, 2), AirEvaluationStandards.Gb3095_2012);
        Assert.Equal([40.0, 30.0], days.Values(Pollutant.PM25));
        // Only station B, day 2 missing everywhere: one valid day of two; the requirement counts 1 + days left.
        var onlyB = ForesightDays.FromHours([b], new DateOnly(2023, 1, 2), AirEvaluationStandards.Gb3095_2012);
        Assert.Equal([50.0], onlyB.Values(Pollutant.PM25));
        var f = AnnualAirForesight.Mean(Pollutant.PM25, 36, onlyB.Values(Pollutant.PM25), 363);
        Assert.Equal((36.5m * 364 - 50) / 363, f.Bound);
        Assert.Contains("日均值之和 50.0", f.Arithmetic);
    }
}
