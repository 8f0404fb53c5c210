using EcoGov.Core.Air;
using FsCheck;
using FsCheck.Xunit;

namespace EcoGov.Core.Tests.Air;

public class DailyAirStatisticsTests
{
    private static readonly DateOnly Day = new(2025, 7, 10);
    private static readonly AmbientAirLimits Limits = AmbientAirLimitTables.Gb3095_2012;

    private static DateTime At(DateOnly d, int hour) => d.ToDateTime(new TimeOnly(hour, 0));

    /// <summary>24 hours of <paramref name="d"/> with every pollutant at a constant, O3 from <paramref name="o3"/>.</summary>
    private static IEnumerable<HourlyObservation> DayOf(DateOnly d, Func<int, double?> o3, Func<int, double?>? so2 = null) =>
        Enumerable.Range(0, 24).Select(h => new HourlyObservation(At(d, h), so2 is null ? 10 : so2(h), 20, 0.5, o3(h), 50, 30));

    private static DailyAirStatisticsResult Compute(IEnumerable<HourlyObservation> hours) => DailyAirStatistics.Compute(Day, hours, Limits);

    [Fact]
    public void Daily_mean_needs_20_valid_hours_19_is_not_enough()
    {
        var nineteen = Compute(DayOf(Day, _ => 50, h => h < 19 ? 10 : null));
        Assert.Equal(19, nineteen.ValidHours[Pollutant.SO2]);
        Assert.Null(nineteen.Values.So2);

        var twenty = Compute(DayOf(Day, _ => 50, h => h < 20 ? h : null));
        Assert.Equal(20, twenty.ValidHours[Pollutant.SO2]);
        Assert.Equal(9.5, twenty.Values.So2); // mean of 0..19
    }

    [Fact]
    public void Eight_hour_mean_needs_6_of_8_hours_5_is_not_enough()
    {
        var five = Compute(DayOf(Day, h => h < 5 ? 40 : null));
        Assert.Null(five.O3EightHourMeans[0]);

        var six = Compute(DayOf(Day, h => h < 6 ? 40 : null));
        Assert.Equal(40, six.O3EightHourMeans[0]);
        Assert.Equal(17, six.O3EightHourMeans.Count);
    }

    // O3 valid in hours 0..h−1 only: window s (00–08 is s = 0) has h − s valid hours, so windows 0..h−6 are valid.
    [Fact]
    public void Daily_max_8h_needs_14_valid_8h_means_13_is_not_enough()
    {
        var fourteen = Compute(DayOf(Day, h => h < 19 ? 50 : null));
        Assert.Equal(14, fourteen.ValidO3EightHourMeans);
        Assert.Equal(O3DailyMaxBasis.Complete, fourteen.O3Basis);
        Assert.Equal(50, fourteen.Values.O3Max8h);

        var thirteen = Compute(DayOf(Day, h => h < 18 ? 50 : null));
        Assert.Equal(13, thirteen.ValidO3EightHourMeans);
        Assert.Equal(O3DailyMaxBasis.Invalid, thirteen.O3Basis);
        Assert.Null(thirteen.Values.O3Max8h);
    }

    [Theory]
    [InlineData(161, true)]
    [InlineData(160, false)]   // equal to the 8h limit 160: not exceeding
    [InlineData(160.5, false)] // rounds half to even to 160
    [InlineData(160.6, true)]
    public void With_13_valid_8h_means_the_day_counts_when_the_max_exceeds_the_8h_limit(double o3, bool counts)
    {
        var r = Compute(DayOf(Day, h => h < 18 ? o3 : null));
        Assert.Equal(13, r.ValidO3EightHourMeans);
        Assert.Equal(counts ? O3DailyMaxBasis.IncompleteButExceeding : O3DailyMaxBasis.Invalid, r.O3Basis);
        Assert.Equal(counts ? o3 : null, r.Values.O3Max8h);
    }

    [Fact]
    public void A_peak_at_23_00_counts_in_the_day()
    {
        // Window 16–24 = (7 × 50 + 450) / 8 = 100.
        var r = Compute(DayOf(Day, h => h == 23 ? 450 : 50));
        Assert.Equal(100, r.Values.O3Max8h);
        Assert.Equal(450, r.Values.O3Max1h);
    }

    [Fact]
    public void A_peak_at_01_00_of_the_next_day_does_not_count()
    {
        var next = Day.AddDays(1);
        var hours = DayOf(Day, _ => 50).Concat(DayOf(next, h => h == 1 ? 450 : 50)).ToList();
        var r = DailyAirStatistics.Compute(Day, hours, Limits);
        Assert.Equal(50, r.Values.O3Max8h);
        Assert.Equal(50, r.Values.O3Max1h);
        Assert.Equal(100, DailyAirStatistics.Compute(next, hours, Limits).Values.O3Max8h);
    }

    [Fact]
    public void The_00_to_08_window_is_included()
    {
        var r = Compute(DayOf(Day, h => h == 0 ? 450 : 50));
        Assert.Equal(100, r.O3EightHourMeans[0]);
        Assert.Equal(100, r.Values.O3Max8h);
    }

    [Fact]
    public void Period_gives_every_day_and_a_day_without_hours_is_empty()
    {
        var days = DailyAirStatistics.ComputePeriod(Day, Day.AddDays(1), DayOf(Day, _ => 50), Limits);
        Assert.Equal(2, days.Count);
        Assert.Equal(10, days[0].Values.So2);
        Assert.Null(days[1].Values.So2);
        Assert.Null(days[1].Values.O3Max8h);
    }

    [Fact]
    public void Duplicate_hours_and_non_whole_hours_are_rejected()
    {
        var dup = DayOf(Day, _ => 50).Append(new HourlyObservation(At(Day, 3), 1, 1, 1, 1, 1, 1));
        Assert.Throws<ArgumentException>(() => Compute(dup));
        var odd = new[] { new HourlyObservation(At(Day, 3).AddMinutes(30), 1, 1, 1, 1, 1, 1) };
        Assert.Throws<ArgumentException>(() => Compute(odd));
    }

    [Property(MaxTest = 200)]
    public bool Daily_mean_is_present_exactly_when_at_least_20_hours_are_valid(DoNotSize<uint> mask)
    {
        var r = Compute(DayOf(Day, _ => 50, h => (mask.Item >> h & 1) == 1 ? h : null));
        int valid = Enumerable.Range(0, 24).Count(h => (mask.Item >> h & 1) == 1);
        return r.ValidHours[Pollutant.SO2] == valid && (r.Values.So2 is not null) == (valid >= 20);
    }

    [Property(MaxTest = 200)]
    public bool Daily_max_8h_is_the_largest_valid_window_and_never_above_the_1h_max(DoNotSize<uint> mask, DoNotSize<uint> seed)
    {
        var rnd = new Random((int)(seed.Item % int.MaxValue));
        var o3 = Enumerable.Range(0, 24).Select(h => (mask.Item >> h & 1) == 1 ? rnd.Next(0, 300) : (double?)null).ToArray();
        var r = Compute(DayOf(Day, h => o3[h]));
        if (r.Values.O3Max8h is not double max) return r.O3Basis == O3DailyMaxBasis.Invalid;
        return max == r.O3EightHourMeans.OfType<double>().Max() && (r.Values.O3Max1h is null || max <= r.Values.O3Max1h);
    }
}
