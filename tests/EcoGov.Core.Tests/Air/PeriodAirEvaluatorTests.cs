using EcoGov.Core.Air;
using EcoGov.Core.Text;

namespace EcoGov.Core.Tests.Air;

public class PeriodAirEvaluatorTests
{
    private static readonly DateOnly Start = new(2025, 6, 1);
    private static readonly AirEvaluationStandard S2012 = AirEvaluationStandards.Gb3095_2012;
    private static readonly AirEvaluationStandard S2026 = AirEvaluationStandards.Gb3095_2026Transitional;

    /// <summary>A clean day: every IAQI well below 50.</summary>
    private static DailyAirValues Clean(DateOnly d) => new(d, So2: 5, No2: 5, Co: 0.2, Pm10: 10, Pm25: 10, O3Max8h: 50, O3Max1h: 60);

    private static List<DailyAirValues> Series(int n, Func<DailyAirValues, DailyAirValues>? change = null) =>
        Enumerable.Range(0, n).Select(i => (change ?? (d => d))(Clean(Start.AddDays(i)))).ToList();

    private static PeriodAirEvaluation Evaluate(IReadOnlyList<DailyAirValues> days, AirEvaluationStandard? s = null) =>
        PeriodAirEvaluator.Evaluate(days, days.Min(d => d.Date), days.Max(d => d.Date), s ?? S2012);

    [Fact]
    public void Pairs_GB_3095_versions_with_their_HJ_633_versions()
    {
        Assert.Same(AqiStandards.Hj633_2012, AirEvaluationStandards.For(AmbientAirLimitTables.Gb3095_2012).Aqi);
        Assert.Same(AqiStandards.Hj633_2026, AirEvaluationStandards.For(AmbientAirLimitTables.Gb3095_2026Transitional).Aqi);
        Assert.Same(AqiStandards.Hj633_2026, AirEvaluationStandards.For(AmbientAirLimitTables.Gb3095_2026Final).Aqi);
        Assert.Same(S2012, AirEvaluationStandards.ForDate(new DateOnly(2026, 2, 28)));
        Assert.Same(S2026, AirEvaluationStandards.ForDate(new DateOnly(2026, 3, 1)));
    }

    [Fact]
    public void Percentiles_on_a_known_series()
    {
        // CO daily means 0.1 .. 2.0: k = 1 + 19 × 0.95 = 19.05 → 1.9 + 0.05 × 0.1 = 1.905 → published 1.9.
        // O3 daily max 8h 10 .. 200 step 10: k = 1 + 19 × 0.9 = 18.1 → 180 + 0.1 × 10 = 181.
        var days = Series(20).Select((d, i) => d with { Co = (i + 1) / 10.0, O3Max8h = (20 - i) * 10.0 }).ToList();
        var r = Evaluate(days);
        Assert.Equal(1.905, r.Statistic(Pollutant.CO).Value!.Value, 9);
        Assert.Equal(1.9m, r.Statistic(Pollutant.CO).Published);
        Assert.Equal(181, r.Statistic(Pollutant.O3).Value!.Value, 9);
        Assert.Equal(181m, r.Statistic(Pollutant.O3).Published);
        Assert.Equal(PeriodStatisticKind.Percentile95, r.Statistic(Pollutant.CO).Kind);
    }

    [Theory]
    [InlineData(10, 11, 10)] // 10.5 → 10 (half to even)
    [InlineData(11, 12, 12)] // 11.5 → 12
    [InlineData(11, 13, 12)]
    public void Published_means_are_rounded_half_to_even_to_integers(double a, double b, int expected)
    {
        var days = Series(2);
        days[0] = days[0] with { Pm25 = a };
        days[1] = days[1] with { Pm25 = b };
        Assert.Equal(expected, Evaluate(days).Statistic(Pollutant.PM25).Published);
    }

    [Fact]
    public void Published_CO_is_rounded_half_to_even_to_one_decimal()
    {
        Assert.Equal(0.2m, Evaluate(Series(3, d => d with { Co = 0.25 })).Statistic(Pollutant.CO).Published);
        Assert.Equal(0.4m, Evaluate(Series(3, d => d with { Co = 0.35 })).Statistic(Pollutant.CO).Published);
    }

    [Fact]
    public void Good_and_heavily_polluted_days_on_AQI_100_101_200_201()
    {
        var days = Series(5);
        days[0] = days[0] with { Pm25 = 75 };  // HJ 633-2012: IAQI 100
        days[1] = days[1] with { So2 = 151 };  // 100 + 50/325 → 101
        days[2] = days[2] with { Pm25 = 150 }; // 200
        days[3] = days[3] with { Pm25 = 151 }; // 201
        days[4] = new DailyAirValues(days[4].Date, null, null, null, null, null, null, null); // no AQI
        var r = Evaluate(days);
        Assert.Equal([100, 101, 200, 201, null], r.DailyResults.Select(d => d.Aqi.Aqi));
        Assert.Equal(4, r.DaysWithValidAqi);
        Assert.Equal(1, r.GoodDays);
        Assert.Equal(1, r.HeavilyPollutedDays);
        Assert.Equal(0.25m, r.GoodDayRatio);
        Assert.Equal(5, r.Days);
    }

    [Fact]
    public void Exceedance_against_grade_II_limits_with_multiple()
    {
        var r = Evaluate(Series(10, d => d with { Pm25 = 45, Co = 4.4, O3Max8h = 160 }));
        var pm25 = r.Statistic(Pollutant.PM25);
        Assert.Equal(LimitPeriod.Annual, pm25.LimitPeriod);
        Assert.Equal(35, pm25.Limit);
        Assert.True(pm25.Exceeded);
        Assert.Equal(0.29m, pm25.ExceedanceMultiple); // (45 − 35) / 35
        Assert.Equal(1.29m, pm25.Ratio);

        var co = r.Statistic(Pollutant.CO);
        Assert.Equal(LimitPeriod.TwentyFourHour, co.LimitPeriod);
        Assert.True(co.Exceeded);
        Assert.Equal(0.10m, co.ExceedanceMultiple);

        var o3 = r.Statistic(Pollutant.O3); // exactly at the 8h limit: not exceeded
        Assert.Equal(LimitPeriod.EightHour, o3.LimitPeriod);
        Assert.False(o3.Exceeded);
        Assert.Null(o3.ExceedanceMultiple);
        Assert.False(r.Statistic(Pollutant.SO2).Exceeded);
        Assert.Equal([Pollutant.PM25, Pollutant.CO], r.ExceedingPollutants);
    }

    [Fact]
    public void Grade_I_limits_when_asked()
    {
        var days = Series(3, d => d with { Pm25 = 20 });
        Assert.False(Evaluate(days).Statistic(Pollutant.PM25).Exceeded);
        var r = PeriodAirEvaluator.Evaluate(days, Start, Start.AddDays(2), S2012, LimitGrade.GradeI);
        Assert.Equal(15, r.Statistic(Pollutant.PM25).Limit);
        Assert.True(r.Statistic(Pollutant.PM25).Exceeded);
        Assert.Equal(0.33m, r.Statistic(Pollutant.PM25).ExceedanceMultiple);
    }

    [Fact]
    public void Days_without_data_are_counted_in_the_period_but_not_in_the_good_day_ratio()
    {
        var r = PeriodAirEvaluator.Evaluate(Series(2), Start, Start.AddDays(3), S2012);
        Assert.Equal(4, r.Days);
        Assert.Equal(2, r.DaysWithValidAqi);
        Assert.Equal(1m, r.GoodDayRatio);
        Assert.Contains(r.Notes, n => n.Key == nameof(CoreText.AirDaysWithoutAqi) && Equals(n.Arguments[0], 2));
        Assert.Contains("2 天无有效 AQI（无数据，或缺测且 AQI ≤ 100，HJ 633-2026 5.3.1），不计入优良天数比例 / "
            + "2 day(s) without a published AQI (no data, or a pollutant missing and AQI ≤ 100, HJ 633-2026 5.3.1) are left out of the good-day ratio",
            r.Notes.Select(n => n.Bilingual));
    }

    [Fact]
    public void PM25_mean_of_33_exceeds_2026_transitional_but_not_2012()
    {
        var days = Series(4, d => d with { Pm25 = 33 });
        Assert.False(Evaluate(days, S2012).Statistic(Pollutant.PM25).Exceeded);
        Assert.True(Evaluate(days, S2026).Statistic(Pollutant.PM25).Exceeded);
    }

    [Fact]
    public void Comprehensive_index_from_the_published_statistics()
    {
        // Means SO2 9, NO2 28, PM10 80, PM2.5 38; CO and O3 constant 2 and 180: the 城区 2022 worked example, 4.70.
        var r = Evaluate(Series(12, d => d with { So2 = 9, No2 = 28, Pm10 = 80, Pm25 = 38, Co = 2, O3Max8h = 180 }));
        Assert.Equal(4.70m, r.ComprehensiveIndex!.Sum);
        Assert.Equal(5.08m, Evaluate(Series(12, d => d with { So2 = 9, No2 = 28, Pm10 = 80, Pm25 = 38, Co = 2, O3Max8h = 180 }), S2026).ComprehensiveIndex!.Sum);
    }

    [Fact]
    public void No_comprehensive_index_when_a_pollutant_has_no_valid_day()
    {
        var r = Evaluate(Series(3, d => d with { Co = null }));
        Assert.Null(r.ComprehensiveIndex);
        Assert.Equal(0, r.Statistic(Pollutant.CO).ValidDays);
        Assert.Null(r.Statistic(Pollutant.CO).Published);
    }

    [Fact]
    public void City_daily_value_is_the_mean_of_valid_station_values_with_a_station_missing_a_day()
    {
        var a = new[] { Clean(Start) with { Pm25 = 40 }, Clean(Start.AddDays(1)) with { Pm25 = 60 } };
        var b = new[] { Clean(Start) with { Pm25 = 50, So2 = null } }; // no day 2; SO2 invalid on day 1
        var city = CityAirAggregation.DailySeries([a, b]);
        Assert.Equal(2, city.Count);
        Assert.Equal(45, city[0].Pm25);
        Assert.Equal(5, city[0].So2); // only station a
        Assert.Equal(60, city[1].Pm25);

        var r = CityAirAggregation.Evaluate([a, b], Start, Start.AddDays(1), S2012);
        Assert.Equal(52m, r.Statistic(Pollutant.PM25).Published); // (45 + 60) / 2 = 52.5 → 52 (half to even)
        Assert.Equal(2, r.Statistic(Pollutant.PM25).ValidDays);
    }

    [Fact]
    public void What_if_PM25_daily_means_of_70_are_good_under_2012_and_not_under_2026()
    {
        var days = Series(10, d => d with { So2 = 6, No2 = 20, Pm10 = 35, Co = 0.5, O3Max8h = 80, O3Max1h = 90, Pm25 = 70 });
        var w = AirWhatIf.Compare(days, Start, Start.AddDays(9), S2012, S2026);
        Assert.Equal(1m, w.A.GoodDayRatio);  // IAQI 94
        Assert.Equal(0m, w.B.GoodDayRatio);  // IAQI 110
        Assert.Equal(-1m, w.GoodDayRatioDifference);
        Assert.Equal(-10, w.GoodDaysDifference);
        // 2012: 0.1 + 0.5 + 0.5 + 0.125 + 0.5 + 2 = 3.725 → 3.72; 2026: 0.1 + 0.5 + 0.583 + 0.125 + 0.5 + 2.333 = 4.14.
        Assert.Equal(3.72m, w.A.ComprehensiveIndex!.Sum);
        Assert.Equal(4.14m, w.B.ComprehensiveIndex!.Sum);
        Assert.Equal(0.42m, w.ComprehensiveIndexDifference);
    }

    /// <summary>A calendar year of clean days with <paramref name="dropPerMonth"/>[m − 1] days (from the 1st) without data.</summary>
    private static List<DailyAirValues> Year(int year, int[] dropPerMonth) =>
        Enumerable.Range(0, DateTime.IsLeapYear(year) ? 366 : 365)
            .Select(i => new DateOnly(year, 1, 1).AddDays(i))
            .Select(d => d.Day <= dropPerMonth[d.Month - 1] ? new DailyAirValues(d, null, null, null, null, null, null, null) : Clean(d))
            .ToList();

    [Fact]
    public void Annual_means_need_324_valid_days_323_is_not_enough()
    {
        int[] drop323 = [4, 3, 4, 3, 4, 3, 4, 4, 3, 4, 3, 3]; // 42 days dropped, every month still ≥ 27 (Feb 25)
        var r = PeriodAirEvaluator.Evaluate(Year(2025, drop323), new(2025, 1, 1), new(2025, 12, 31), S2012);
        Assert.False(r.AnnualMeansValid);
        Assert.All(r.AnnualValidity!, a => { Assert.Equal(323, a.ValidDays); Assert.Empty(a.MonthsShort); Assert.False(a.IsValid); });

        int[] drop324 = [4, 3, 4, 3, 4, 3, 4, 4, 3, 4, 3, 2];
        Assert.True(PeriodAirEvaluator.Evaluate(Year(2025, drop324), new(2025, 1, 1), new(2025, 12, 31), S2012).AnnualMeansValid);
    }

    [Fact]
    public void Annual_means_need_25_days_in_February()
    {
        int[] drop = [0, 4, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]; // 361 days but February 24
        var r = PeriodAirEvaluator.Evaluate(Year(2025, drop), new(2025, 1, 1), new(2025, 12, 31), S2012);
        Assert.False(r.AnnualMeansValid);
        Assert.Equal([2], r.AnnualValidity![0].MonthsShort);
    }

    [Fact]
    public void No_annual_validity_flag_for_a_period_that_is_not_a_calendar_year()
    {
        var r = Evaluate(Series(30));
        Assert.Null(r.AnnualMeansValid);
        Assert.Null(r.AnnualValidity);
    }

    [Fact]
    public void Station_evaluation_from_hourly_data()
    {
        var hours = Enumerable.Range(0, 48)
            .Select(i => new HourlyObservation(Start.ToDateTime(TimeOnly.MinValue).AddHours(i), 8, 20, 0.6, 60, 40, i < 24 ? 20 : 30))
            .ToList();
        var r = StationPeriodEvaluator.Evaluate(hours, Start, Start.AddDays(1), S2012);
        Assert.Equal(2, r.DaysWithValidAqi);
        Assert.Equal(25m, r.Statistic(Pollutant.PM25).Published);
        Assert.Equal(60m, r.Statistic(Pollutant.O3).Published);
        Assert.Equal(2, r.GoodDays);
    }
}

public class PeriodAirEvaluatorPropertyTests
{
    private static readonly DateOnly Start = new(2025, 6, 1);

    private static List<DailyAirValues> Days(uint[] seeds) =>
        seeds.Select((s, i) => new DailyAirValues(Start.AddDays(i),
            So2: s % 200, No2: s / 7 % 150, Co: s / 11 % 60 / 10.0, Pm10: s / 13 % 400, Pm25: s / 17 % 300,
            O3Max8h: s / 19 % 300, O3Max1h: null)).ToList();

    // The 2026 PM10/PM2.5 breakpoints are stricter and the other rows are the same, so (without the O3 1h indicator
    // that only HJ 633-2012 rates) no day is good under 2026 that is not good under 2012, and no heavy day becomes clean.
    [FsCheck.Xunit.Property(MaxTest = 200)]
    public bool Good_days_never_increase_and_heavy_days_never_decrease_from_2012_to_2026(FsCheck.NonEmptyArray<FsCheck.DoNotSize<uint>> seeds)
    {
        var days = Days(seeds.Get.Select(s => s.Item).ToArray());
        var w = AirWhatIf.Compare(days, Start, days[^1].Date, AirEvaluationStandards.Gb3095_2012, AirEvaluationStandards.Gb3095_2026Transitional);
        return w.B.GoodDays <= w.A.GoodDays && w.B.HeavilyPollutedDays >= w.A.HeavilyPollutedDays;
    }

    // Limits only tighten from 2012 to 2026 transitional to 2026 final, so the index never falls.
    [FsCheck.Xunit.Property(MaxTest = 200)]
    public bool Comprehensive_index_never_falls_as_limits_tighten(FsCheck.NonEmptyArray<FsCheck.DoNotSize<uint>> seeds)
    {
        var days = Days(seeds.Get.Select(s => s.Item).ToArray());
        decimal Index(AirEvaluationStandard s) => PeriodAirEvaluator.Evaluate(days, Start, days[^1].Date, s).ComprehensiveIndex!.Sum;
        decimal a = Index(AirEvaluationStandards.Gb3095_2012), b = Index(AirEvaluationStandards.Gb3095_2026Transitional), c = Index(AirEvaluationStandards.Gb3095_2026Final);
        return a <= b && b <= c;
    }
}

public class CityAndStationWhatIfTests
{
    private static readonly DateOnly Day = new(2025, 6, 1);

    private static IEnumerable<HourlyObservation> Station(double pm25, int validHours) =>
        Enumerable.Range(0, 24).Select(h => new HourlyObservation(Day.ToDateTime(new TimeOnly(h, 0)), 6, 20, 0.5, 80, 35, h < validHours ? pm25 : null));

    [Fact]
    public void City_from_hourly_data_uses_only_stations_with_a_valid_daily_mean()
    {
        // Station b has 19 PM2.5 hours: no valid daily mean, so the city's PM2.5 is station a's 70.
        var r = CityAirAggregation.EvaluateFromHours([Station(70, 24), Station(10, 19)], Day, Day, AirEvaluationStandards.Gb3095_2012);
        Assert.Equal(70m, r.Statistic(Pollutant.PM25).Published);
    }

    [Fact]
    public void Station_what_if_from_hourly_data()
    {
        var w = AirWhatIf.CompareStation(Station(70, 24), Day, Day, AirEvaluationStandards.Gb3095_2012, AirEvaluationStandards.Gb3095_2026Transitional);
        Assert.Equal(1, w.A.GoodDays);
        Assert.Equal(0, w.B.GoodDays);
        Assert.Equal(-1m, w.GoodDayRatioDifference);
        Assert.Equal("GB 3095-2012 + HJ 633-2012", w.A.StandardCode);
    }

    [Fact]
    public void City_what_if_from_hourly_data()
    {
        // City PM2.5 = (80 + 60) / 2 = 70: IAQI 93.75 → 94 under HJ 633-2012 (good), 109.1 → 110 under HJ 633-2026.
        var w = AirWhatIf.CompareCity([Station(80, 24), Station(60, 24)], Day, Day, AirEvaluationStandards.Gb3095_2012, AirEvaluationStandards.Gb3095_2026Transitional);
        Assert.Equal(70m, w.A.Statistic(Pollutant.PM25).Published);
        Assert.Equal(1, w.A.GoodDays);
        Assert.Equal(0, w.B.GoodDays);
        Assert.Equal(-1, w.GoodDaysDifference);
        Assert.Equal("GB 3095-2026 (transitional) + HJ 633-2026", w.B.StandardCode);
        Assert.Equal(w.B.ComprehensiveIndex!.Sum - w.A.ComprehensiveIndex!.Sum, w.ComprehensiveIndexDifference);
    }
}
