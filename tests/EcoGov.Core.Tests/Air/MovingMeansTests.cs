using EcoGov.Core.Air;
using EcoGov.Core.Text;

namespace EcoGov.Core.Tests.Air;

public class MovingMeansTests
{
    private static readonly DateTime T0 = new(2023, 1, 1, 0, 0, 0);

    private static Dictionary<DateTime, double> Hours(int count, Func<int, double?> value)
    {
        var d = new Dictionary<DateTime, double>();
        for (var k = 0; k < count; k++)
            if (value(k) is double v) d[T0.AddHours(k)] = v;
        return d;
    }

    [Fact]
    public void Eight_hour_mean_covers_the_current_hour_and_the_seven_before()
    {
        var h = Hours(10, k => k * 10); // 0,10,...,90
        var m = MovingMeans.EightHour(h, T0.AddHours(9));
        Assert.Equal(8, m.ValidHours);
        Assert.Equal((20 + 30 + 40 + 50 + 60 + 70 + 80 + 90) / 8.0, m.Value);
        Assert.Equal(T0.AddHours(2), m.FirstHourStart);
    }

    [Fact]
    public void Eight_hour_mean_needs_six_valid_hours()
    {
        var six = Hours(8, k => k is 0 or 1 ? null : 100);
        Assert.Equal(100, MovingMeans.EightHour(six, T0.AddHours(7)).Value);
        var five = Hours(8, k => k is 0 or 1 or 2 ? null : 100);
        var m = MovingMeans.EightHour(five, T0.AddHours(7));
        Assert.Null(m.Value);
        Assert.False(m.IsValid);
        Assert.Equal(5, m.ValidHours);
    }

    [Fact]
    public void Twenty_four_hour_mean_needs_twenty_valid_hours()
    {
        var full = Hours(24, k => k < 12 ? 50 : 100);
        var m = MovingMeans.TwentyFourHour(full, T0.AddHours(23));
        Assert.Equal(75, m.Value);
        Assert.Equal(24, m.ValidHours);

        Assert.Equal(100, MovingMeans.TwentyFourHour(Hours(24, k => k < 4 ? null : 100), T0.AddHours(23)).Value);
        var nineteen = MovingMeans.TwentyFourHour(Hours(24, k => k < 5 ? null : 100), T0.AddHours(23));
        Assert.Null(nineteen.Value);
        Assert.Equal(19, nineteen.ValidHours);
    }

    [Fact]
    public void Too_few_preceding_hours_give_no_mean_and_later_hours_are_not_used()
    {
        var h = Hours(30, _ => 80);
        Assert.Null(MovingMeans.TwentyFourHour(h, T0.AddHours(18)).Value); // only 19 hours so far
        Assert.Equal(80, MovingMeans.TwentyFourHour(h, T0.AddHours(19)).Value); // 20 hours
        Assert.Equal(20, MovingMeans.TwentyFourHour(h, T0.AddHours(19)).ValidHours);
    }

    [Fact]
    public void A_gap_in_the_series_counts_as_missing_hours()
    {
        var h = Hours(8, k => 60);
        h.Remove(T0.AddHours(3));
        h.Remove(T0.AddHours(4));
        h.Remove(T0.AddHours(5));
        Assert.Null(MovingMeans.EightHour(h, T0.AddHours(7)).Value);
    }

    [Fact]
    public void Batch_hourly_2012_publishes_the_moving_means_and_rates_the_1h_values()
    {
        var rows = Enumerable.Range(0, 24).Select(k => new AirHourlyRecord("A", T0.AddHours(k), 10, 20, 0.5, 100, 160, 80)).ToList();
        var results = AqiBatch.Hourly(rows);
        var last = results[^1];
        Assert.Equal("HJ 633-2012", last.Standard.Code);
        Assert.Equal(160, last.MovingMeans![new AirIndicator(Pollutant.PM10, Averaging.TwentyFourHour)].Value);
        Assert.Equal(105, last.Result.IaqiOf(Pollutant.PM10)); // 1h 160 on the 24h row 150..250 → 100..150
        Assert.Equal(107, last.Result.IaqiOf(Pollutant.PM25)); // 1h 80 on the 24h row 75..115 → 100..150: 106.25 → 107
        var first = results[0];
        Assert.False(first.MovingMeans![new AirIndicator(Pollutant.PM25, Averaging.TwentyFourHour)].IsValid);
        Assert.Equal(107, first.Result.IaqiOf(Pollutant.PM25)); // the 1h rule needs no preceding hours
        Assert.DoesNotContain(first.Result.Notes, n => n.Key == nameof(CoreText.AqiMovingMeanMissing));
        Assert.Equal(107, first.Result.Aqi);
    }

    [Fact]
    public void Batch_hourly_2012_literal_uses_the_moving_means_and_notes_missing_ones()
    {
        var rows = Enumerable.Range(0, 24).Select(k => new AirHourlyRecord("A", T0.AddHours(k), 10, 20, 0.5, 100, 160, 80)).ToList();
        var results = AqiBatch.Hourly(rows, _ => AqiStandards.Hj633_2012Literal);
        Assert.Equal(105, results[^1].Result.IaqiOf(Pollutant.PM10)); // 24h moving mean 160
        var first = results[0];
        Assert.Null(first.Result.IaqiOf(Pollutant.PM25));
        Assert.Contains(first.Result.Notes, n => n.Key == nameof(CoreText.AqiMovingMeanMissing) && n.Arguments.Take(2).SequenceEqual(["PM2.5", 24]));
        Assert.Contains(first.Result.Notes, n => n.Key == nameof(CoreText.AqiMovingMeanMissing) && n.Arguments.Take(2).SequenceEqual(["O3", 8]));
        Assert.Null(first.Result.Aqi); // pollutants missing and the others ≤ 100 → NA
    }

    [Fact]
    public void Batch_hourly_2026_uses_1h_values_only()
    {
        var rows = new[] { new AirHourlyRecord("A", new DateTime(2026, 3, 1, 0, 0, 0), 10, 20, 0.5, 100, 160, 80) };
        var r = Assert.Single(AqiBatch.Hourly(rows));
        Assert.Equal("HJ 633-2026", r.Standard.Code);
        Assert.Null(r.MovingMeans);
        Assert.NotNull(r.Result.Aqi);
    }
}
