using EcoGov.Core.Air;
using FsCheck;
using FsCheck.Xunit;

namespace EcoGov.Core.Tests.Air;

/// <summary>
/// The monitoring store keeps station days (<see cref="StationDay"/>) instead of recomputing them from hours: every
/// evaluation from stored days must equal the evaluation from the hours, under every standard and grade.
/// </summary>
public class StationDayTests
{
    private static readonly DateOnly First = new(2023, 1, 1);

    /// <summary>
    /// A station's hours over <paramref name="days"/> days: each hour present with probability <paramref name="presence"/>
    /// (%), each value present with 90 %; O3 spread so that incomplete days fall on both sides of the 8h limits.
    /// </summary>
    private static List<HourlyObservation> Hours(int seed, int days, int presence)
    {
        var random = new Random(seed);
        var hours = new List<HourlyObservation>();
        double? V(double max) => random.Next(10) == 0 ? null : Math.Round(random.NextDouble() * max, 1);
        for (int h = 0; h < days * 24; h++)
        {
            if (random.Next(100) >= presence) continue;
            hours.Add(new HourlyObservation(First.ToDateTime(TimeOnly.MinValue).AddHours(h), V(80), V(120), V(4), V(260), V(300), V(220)));
        }
        return hours;
    }

    private static readonly AirEvaluationStandard[] Standards =
        [AirEvaluationStandards.Gb3095_2012, AirEvaluationStandards.Gb3095_2026Transitional, AirEvaluationStandards.Gb3095_2026Final];

    [Property(MaxTest = 60)]
    public bool Stored_days_give_the_daily_values_of_the_hours_under_every_standard_and_grade(PositiveInt seed, byte presence)
    {
        int days = 40;
        var hours = Hours(seed.Get, days, 40 + presence % 61);
        var stored = StationAirSeries.OfDays(DailyAirStatistics.StationDays(First, First.AddDays(days + 5), hours));
        var fromHours = StationAirSeries.OfHours(hours);
        // periods inside, around and beyond the data
        (DateOnly From, DateOnly To)[] periods = [(First, First.AddDays(days - 1)), (First.AddDays(-3), First.AddDays(10)), (First.AddDays(7), First.AddDays(60))];
        foreach (var standard in Standards)
            foreach (var grade in new[] { LimitGrade.GradeI, LimitGrade.GradeII })
                foreach (var (from, to) in periods)
                {
                    var a = fromHours.Daily(from, to, standard.Limits, grade, AirDataValidity.Gb3095Table4);
                    var b = stored.Daily(from, to, standard.Limits, grade, AirDataValidity.Gb3095Table4);
                    if (!a.SequenceEqual(b)) return false;
                }
        return fromHours.FirstDay == stored.FirstDay && fromHours.LastDay == stored.LastDay;
    }

    [Fact]
    public void A_city_evaluation_and_the_what_if_from_stored_days_equal_those_from_the_hours()
    {
        var stations = Enumerable.Range(1, 3).Select(k => Hours(k, 400, 85)).ToList();
        var series = stations.Select(h => StationAirSeries.OfDays(DailyAirStatistics.StationDays(First, First.AddDays(400), h))).ToList();
        DateOnly from = First, to = new(2023, 12, 31);
        var fromHours = NetworkPeriodEvaluator.Evaluate(stations.Select(h => (IEnumerable<HourlyObservation>)h).ToList(), from, to, AirEvaluationStandards.Gb3095_2012);
        var fromDays = NetworkPeriodEvaluator.Evaluate(series, from, to, AirEvaluationStandards.Gb3095_2012);
        Assert.Equal(fromHours.Combined.GoodDayRatio, fromDays.Combined.GoodDayRatio);
        Assert.Equal(fromHours.Combined.ComprehensiveIndex?.Sum, fromDays.Combined.ComprehensiveIndex?.Sum);
        foreach (var p in Enum.GetValues<Pollutant>())
        {
            Assert.Equal(fromHours.Combined.Statistic(p).Published, fromDays.Combined.Statistic(p).Published);
            Assert.Equal(fromHours.Combined.Statistic(p).ValidDays, fromDays.Combined.Statistic(p).ValidDays);
            for (int k = 0; k < 3; k++) Assert.Equal(fromHours.Stations[k].Statistic(p).Published, fromDays.Stations[k].Statistic(p).Published);
        }
        var w1 = AirWhatIf.CompareCity(stations.Select(h => (IEnumerable<HourlyObservation>)h), from, to, AirEvaluationStandards.Gb3095_2012, AirEvaluationStandards.Gb3095_2026Final);
        var w2 = AirWhatIf.CompareCity(series, from, to, AirEvaluationStandards.Gb3095_2012, AirEvaluationStandards.Gb3095_2026Final);
        Assert.Equal(w1.B.ComprehensiveIndex?.Sum, w2.B.ComprehensiveIndex?.Sum);
        Assert.Equal(w1.B.Statistic(Pollutant.PM25).Published, w2.B.Statistic(Pollutant.PM25).Published);
    }

    [Fact]
    public void An_incomplete_O3_day_counts_only_under_the_limit_it_exceeds()
    {
        // 10 hours 00:00–09:00 at 130 µg/m³: the windows starting 00:00 … 04:00 have ≥ 6 of their 8 hours, so 5 of the
        // 17 8h means are valid (< 14), the largest 130.
        var hours = Enumerable.Range(0, 10).Select(h => new HourlyObservation(First.ToDateTime(new TimeOnly(h, 0)), null, null, null, 130, null, null)).ToList();
        var day = Assert.Single(DailyAirStatistics.StationDays(First, First, hours));
        Assert.Equal((130.0, 5, 10), (day.O3LargestEightHourMean!.Value, day.ValidO3EightHourMeans, day.Hours));
        var rules = AirDataValidity.Gb3095Table4;
        // Grade I limit 100: 130 exceeds it, the day counts (HJ 663-2013); Grade II limit 160: no value.
        Assert.Equal(O3DailyMaxBasis.IncompleteButExceeding, day.Basis(100m, rules));
        Assert.Equal(130.0, day.Resolve(100m, rules).O3Max8h);
        Assert.Equal(O3DailyMaxBasis.Invalid, day.Basis(160m, rules));
        Assert.Null(day.Resolve(160m, rules).O3Max8h);
        // The limit is compared with the rounded value: 160.4 rounds to 160, not above 160.
        var edge = day with { O3LargestEightHourMean = 160.4 };
        Assert.Null(edge.Resolve(160m, rules).O3Max8h);
        Assert.Equal(160.6, (edge with { O3LargestEightHourMean = 160.6 }).Resolve(160m, rules).O3Max8h);
    }

    [Fact]
    public void A_day_without_hours_is_not_stored_and_reads_back_as_a_day_without_values()
    {
        var hours = new List<HourlyObservation> { new(First.AddDays(2).ToDateTime(new TimeOnly(5, 0)), 1, 2, 0.3, 4, 5, 6) };
        var days = DailyAirStatistics.StationDays(First, First.AddDays(4), hours);
        Assert.Equal(First.AddDays(2), Assert.Single(days).Date);
        var read = StationAirSeries.OfDays(days).Daily(First, First.AddDays(4), AmbientAirLimitTables.Gb3095_2012, LimitGrade.GradeII, AirDataValidity.Gb3095Table4);
        Assert.Equal(5, read.Length);
        Assert.All(read, d => Assert.Null(d.Pm25)); // one hour is not a 24h mean
        Assert.Null(read[2].O3Max1h); // nor a daily max 1h (≥ 20 hours)
    }

    [Fact]
    public void Days_under_other_validity_rules_are_refused_rather_than_misread()
    {
        var series = StationAirSeries.OfDays([]);
        var other = AirDataValidity.Gb3095Table4 with { MinHoursForDailyMean = 18 };
        Assert.Throws<ArgumentException>(() => series.Daily(First, First, AmbientAirLimitTables.Gb3095_2012, LimitGrade.GradeII, other));
        Assert.Throws<ArgumentException>(() => StationAirSeries.OfDays([new StationDay(First, 1, 1, 1, 1, 1, null, 0, null, 20), new StationDay(First, 1, 1, 1, 1, 1, null, 0, null, 20)]));
    }
}
