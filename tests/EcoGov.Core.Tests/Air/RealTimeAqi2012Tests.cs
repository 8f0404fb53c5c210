using System.Globalization;
using EcoGov.Core.Air;
using EcoGov.Core.Text;

namespace EcoGov.Core.Tests.Air;

/// <summary>
/// The HJ 633-2012 real-time report (实时报) by the 1h rule, as the national network published it: the six 1h values,
/// PM10/PM2.5 1h on the 2012 24h breakpoints, SO2 1h above 800 by its 24h moving mean; the O3 8h and PM 24h moving
/// means published, not rated (domain reference air-quality.md, "Correction"; HJ 633-2012 5.1.3; HJ 633-2026 4.2.3;
/// ADR 0005). The literal reading stays available only as <see cref="AqiStandards.Hj633_2012Literal"/>.
/// </summary>
public class RealTimeAqi2012Tests
{
    private static readonly AqiStandard V2012 = AqiStandards.Hj633_2012;
    private static readonly AqiStandard Literal = AqiStandards.Hj633_2012Literal;

    private static readonly AirIndicator So2OneHour = new(Pollutant.SO2, Averaging.OneHour);
    private static readonly AirIndicator So2Day = new(Pollutant.SO2, Averaging.TwentyFourHour);
    private static readonly AirIndicator O3EightHour = new(Pollutant.O3, Averaging.EightHour);
    private static readonly AirIndicator Pm10Day = new(Pollutant.PM10, Averaging.TwentyFourHour);
    private static readonly AirIndicator Pm25Day = new(Pollutant.PM25, Averaging.TwentyFourHour);

    /// <summary>An hour with low defaults (AQI of the defaults: 29, from NO2 1h 58 → 29 and PM2.5 1h 20 → 29).</summary>
    private static AirConcentrations Hour(
        double? so2 = 5, double? no2 = 58, double? co = 0.4, double? o3 = 60, double? pm10 = 20, double? pm25 = 20,
        double? o3Moving8h = null, double? pm10Moving24h = null, double? pm25Moving24h = null, double? so2Moving24h = null) =>
        AirConcentrations.Hourly(so2, no2, co, o3, pm10, pm25, o3Moving8h, pm10Moving24h, pm25Moving24h, so2Moving24h);

    private static AqiResult RealTime(AqiStandard s, AirConcentrations values) => AqiCalculator.Compute(s, AqiReportKind.Hourly, values);

    // ---- the table ----

    [Fact]
    public void The_2012_real_time_report_rates_the_six_1h_values_with_PM_on_the_24h_breakpoints()
    {
        Assert.Same(AqiStandards.Hj633_2012RealTime, V2012.RealTime);
        Assert.Equal(6, V2012.HourlyIndicators.Count);
        Assert.All(V2012.HourlyIndicators, i => Assert.Equal(Averaging.OneHour, i.Input.Averaging));
        Assert.Equal(Pm10Day, V2012.HourlyIndicators.Single(i => i.Input.Pollutant == Pollutant.PM10).Breakpoints);
        Assert.Equal(Pm25Day, V2012.HourlyIndicators.Single(i => i.Input.Pollutant == Pollutant.PM25).Breakpoints);
        // the same rule HJ 633-2026 4.2.3 wrote down
        Assert.Equal(AqiStandards.Hj633_2026.HourlyIndicators, V2012.HourlyIndicators);
        // the moving means are published beside the AQI, not rated
        Assert.Equal([O3EightHour, Pm10Day, Pm25Day, So2Day], V2012.RealTime.PublishedMovingMeans);
        Assert.Contains("HJ 633-2026 4.2.3", V2012.RealTime.Basis.Format(Message.English), StringComparison.Ordinal);
        // the daily report is not affected: still 7 indicators (5.1.2)
        Assert.Equal(7, V2012.DailyIndicators.Count);
    }

    [Fact]
    public void The_literal_reading_is_a_named_variant_never_chosen_by_date()
    {
        Assert.DoesNotContain(Literal, AqiStandards.All);
        Assert.NotEqual(V2012.Code, Literal.Code);
        Assert.Contains("literal", Literal.Code);
        Assert.Same(V2012, AqiStandards.ForDate(new DateOnly(2022, 1, 15)));
        Assert.Contains(Literal.HourlyIndicators, i => i.Input == O3EightHour);
        Assert.Contains(Literal.HourlyIndicators, i => i.Input == Pm25Day);
        // everything but the real-time report is HJ 633-2012's
        Assert.Same(V2012.Breakpoints, Literal.Breakpoints);
        Assert.Same(V2012.OverRangeRules, Literal.OverRangeRules);
        Assert.Same(V2012.DailyIndicators, Literal.DailyIndicators);
    }

    // ---- PM 1h values on the 2012 24h breakpoints ----

    [Theory]
    [InlineData(75, 100)]    // exactly on the 24h breakpoint 75 → IAQI 100
    [InlineData(76, 102)]    // just above: 100 + 50·(76 − 75)/(115 − 75) = 101.25 → ceiling 102
    [InlineData(75.4, 100)]  // rounds (GB/T 8170) to 75
    [InlineData(75.5, 102)]  // rounds half to even to 76
    [InlineData(74.5, 99)]   // rounds half to even to 74: 50 + 50·39/40 = 98.75 → 99
    [InlineData(115, 150)]
    [InlineData(500, 500)]   // top breakpoint
    public void PM25_1h_is_rated_on_the_2012_24h_breakpoints(double pm25, int iaqi)
    {
        var r = RealTime(V2012, Hour(pm25: pm25, pm25Moving24h: 20));
        var ind = r.Indicators.Single(i => i.Input.Pollutant == Pollutant.PM25);
        Assert.Equal(new AirIndicator(Pollutant.PM25, Averaging.OneHour), ind.Input);
        Assert.Equal(Pm25Day, ind.Breakpoints);
        Assert.Equal(IaqiBasis.Breakpoints, ind.Basis);
        Assert.Equal(iaqi, r.IaqiOf(Pollutant.PM25));
    }

    [Fact]
    public void PM25_1h_just_above_75_unrounded_gives_101()
    {
        // 75.8 unrounded: 100 + 50·0.8/40 = 101 exactly → 101
        var r = AqiCalculator.Compute(V2012, AqiReportKind.Hourly, Hour(pm25: 75.8), roundConcentrations: false);
        Assert.Equal(101, r.IaqiOf(Pollutant.PM25));
    }

    [Fact]
    public void PM25_1h_75_is_100_under_2012_but_114_under_2026()
    {
        Assert.Equal(100, RealTime(V2012, Hour(pm25: 75)).Aqi);
        // 2026 breakpoint 60: 100 + 50·15/55 = 113.6 → 114
        Assert.Equal(114, RealTime(AqiStandards.Hj633_2026, Hour(pm25: 75)).Aqi);
    }

    [Theory]
    [InlineData(150, 100)]   // on the 2012 24h breakpoint 150
    [InlineData(151, 101)]   // 100 + 50·1/100 = 100.5 → 101
    [InlineData(50, 50)]
    [InlineData(600, 500)]
    public void PM10_1h_is_rated_on_the_2012_24h_breakpoints(double pm10, int iaqi)
    {
        var r = RealTime(V2012, Hour(pm10: pm10, pm10Moving24h: 20));
        Assert.Equal(Pm10Day, r.Indicators.Single(i => i.Input.Pollutant == Pollutant.PM10).Breakpoints);
        Assert.Equal(iaqi, r.IaqiOf(Pollutant.PM10));
    }

    [Fact]
    public void PM_above_the_top_breakpoint_is_500_and_flagged()
    {
        var r = RealTime(V2012, Hour(pm25: 501));
        Assert.Equal(IaqiBasis.AboveTopBreakpoint, r.Indicators.Single(i => i.Input.Pollutant == Pollutant.PM25).Basis);
        Assert.Equal(500, r.Aqi);
        Assert.Contains(r.Notes, n => n.Key == nameof(CoreText.AqiAboveTopBreakpoint) && n.Arguments.SequenceEqual([new AirIndicator(Pollutant.PM25, Averaging.OneHour), 501m, 500m, 500]));
        Assert.Contains("Over range: PM2.5 1h 501 above the top breakpoint 500; IAQI reported as 500", r.Notes.Select(n => n.Format(Message.English)));
    }

    // ---- O3: the 1h value only ----

    [Fact]
    public void O3_is_rated_by_its_1h_value_only_the_8h_moving_mean_is_not_in_the_max()
    {
        // O3 1h 210 on 200..300 (IAQI 100..150): 100 + 50·10/100 = 105. The 8h moving mean 300 (8h row 265..800,
        // IAQI 200..300: 200 + 100·35/535 = 206.5 → 207) is not rated.
        var values = Hour(o3: 210, o3Moving8h: 300);
        var r = RealTime(V2012, values);
        Assert.DoesNotContain(r.Indicators, i => i.Input == O3EightHour);
        Assert.Equal(105, r.IaqiOf(Pollutant.O3));
        Assert.Equal(105, r.Aqi);
        Assert.Equal([Pollutant.O3], r.PrimaryPollutants);
        Assert.Equal(207, RealTime(Literal, values).Aqi);
    }

    [Fact]
    public void O3_1h_missing_makes_O3_missing_even_with_an_8h_moving_mean()
    {
        var r = RealTime(V2012, Hour(o3: null, o3Moving8h: 120));
        Assert.Null(r.IaqiOf(Pollutant.O3));
        Assert.Null(r.Aqi); // O3 missing, the others 29 ≤ 100 → NA (HJ 633-2026 5.3.1)
        Assert.Contains(r.Notes, n => n.Key == nameof(CoreText.AqiNotPublished) && Equals(n.Arguments[0], "O3"));
    }

    // ---- SO2 1h above 800 ----

    [Fact]
    public void SO2_1h_801_with_the_24h_moving_mean_is_rated_by_the_24h_value()
    {
        // 801 > 800 (HJ 633-2012 Table 1 note): SO2 24h 300 → 100 + 50·(300 − 150)/325 = 123.08 → 124
        var r = RealTime(V2012, Hour(so2: 801, so2Moving24h: 300));
        var so2 = r.Indicators.Single(i => i.Input.Pollutant == Pollutant.SO2);
        Assert.Equal(So2OneHour, so2.Input);
        Assert.Equal(IaqiBasis.OverRangeFallback, so2.Basis);
        Assert.Equal(So2Day, so2.FallbackFrom);
        Assert.Equal(124, r.IaqiOf(Pollutant.SO2));
        Assert.Equal(124, r.Aqi);
        Assert.Equal([Pollutant.SO2], r.PrimaryPollutants);
    }

    [Fact]
    public void SO2_1h_800_is_rated_by_the_1h_row()
    {
        var r = RealTime(V2012, Hour(so2: 800, so2Moving24h: 300));
        Assert.Equal(IaqiBasis.Breakpoints, r.Indicators.Single(i => i.Input.Pollutant == Pollutant.SO2).Basis);
        Assert.Equal(200, r.IaqiOf(Pollutant.SO2));
    }

    [Fact]
    public void SO2_1h_801_without_the_24h_moving_mean_is_missing()
    {
        var r = RealTime(V2012, Hour(so2: 801, pm10Moving24h: 300, pm25Moving24h: 200, o3Moving8h: 300));
        Assert.Equal(IaqiBasis.OverRangeFallbackMissing, r.Indicators.Single(i => i.Input.Pollutant == Pollutant.SO2).Basis);
        Assert.Null(r.IaqiOf(Pollutant.SO2));
        Assert.Null(r.Aqi); // SO2 missing and the others (29; the moving means are not rated) ≤ 100 → NA
        Assert.Null(r.Level);
        Assert.Contains(r.Notes, n => n.Key == nameof(CoreText.AqiOverRangeFallbackMissing) && Equals(n.Arguments[3], new AirIndicator(Pollutant.SO2, Averaging.TwentyFourHour)));

        // with a high 1h PM2.5 the AQI of the others is published: 200 on 150..250 → 250
        var high = RealTime(V2012, Hour(so2: 801, pm25: 200));
        Assert.Null(high.IaqiOf(Pollutant.SO2));
        Assert.Equal(250, high.Aqi);
        Assert.Contains(high.Notes, n => n.Key == nameof(CoreText.AqiFromSupplied) && Equals(n.Arguments[0], "SO2"));
    }

    // ---- where the literal reading and the 1h rule differ ----

    [Fact]
    public void A_high_PM_24h_moving_mean_with_a_low_1h_value_gives_the_1h_AQI()
    {
        // 1h: SO2 5 → 2, NO2 20 → 10, CO 0.4 → 4, O3 50 → 15.6 → 16, PM10 45 → 45, PM2.5 30 → 42.9 → 43: AQI 45, 优, no primary.
        // Literal: PM2.5 24h 160 → 200 + 100·10/100 = 210, PM10 24h 180 → 115: AQI 210.
        var values = Hour(so2: 5, no2: 20, co: 0.4, o3: 50, pm10: 45, pm25: 30, o3Moving8h: 60, pm10Moving24h: 180, pm25Moving24h: 160, so2Moving24h: 6);
        var r = RealTime(V2012, values);
        Assert.Equal(43, r.IaqiOf(Pollutant.PM25));
        Assert.Equal(45, r.IaqiOf(Pollutant.PM10));
        Assert.Equal(45, r.Aqi);
        Assert.Equal("优", r.Category);
        Assert.Empty(r.PrimaryPollutants);

        var literal = RealTime(Literal, values);
        Assert.Equal(210, literal.Aqi);
        Assert.Equal([Pollutant.PM25], literal.PrimaryPollutants);
    }

    // ---- missing pollutants ----

    [Fact]
    public void A_PM_1h_value_missing_is_missing_even_with_its_24h_moving_mean()
    {
        var r = RealTime(V2012, Hour(pm25: null, pm25Moving24h: 200));
        Assert.Null(r.IaqiOf(Pollutant.PM25));
        Assert.Null(r.Aqi);
        Assert.Contains(r.Notes, n => n.Key == nameof(CoreText.AqiNotPublished) && Equals(n.Arguments[0], "PM2.5"));

        // and the AQI of the others is published when above 100: PM10 1h 200 → 125
        var high = RealTime(V2012, Hour(pm10: 200, pm25: null, pm25Moving24h: 200));
        Assert.Equal(125, high.Aqi);
        Assert.Equal([Pollutant.PM10], high.PrimaryPollutants);
    }

    [Fact]
    public void Several_pollutants_missing_are_named_and_nothing_supplied_is_NA()
    {
        var r = RealTime(V2012, Hour(co: null, no2: null));
        Assert.Null(r.Aqi);
        Assert.Contains(r.Notes, n => n.Key == nameof(CoreText.AqiNotPublished) && Equals(n.Arguments[0], "NO2, CO"));

        var none = RealTime(V2012, Hour(null, null, null, null, null, null, o3Moving8h: 100, pm10Moving24h: 100, pm25Moving24h: 100, so2Moving24h: 100));
        Assert.Null(none.Aqi);
        Assert.Contains(none.Notes, n => n.Key == nameof(CoreText.AqiNoPollutant));
    }

    // ---- rows in the shape of the national hourly release ----

    /// <summary>
    /// Hand-computed station-hours in the shape of the national hourly release (values in µg/m³, CO mg/m³): the hour's
    /// 1h values, the moving means published beside them, and the published AQI and primary pollutant (the 1h rule);
    /// <c>literal</c> is what the literal reading would give. Column names are ours, not the release's: there
    /// <c>o3_1h</c> is the column <c>o3_24h</c> (the hour's own O3) and <c>o3_8h_moving</c> is <c>o3_8h_24h</c> (the 8h
    /// moving mean ending at the hour); the release's <c>o3</c> (max hourly O3 over the trailing 24 h) and <c>o3_8h</c>
    /// (the day's largest 8h mean so far) are not inputs at all (domain reference air-quality.md, "Correction").
    /// </summary>
    private const string ReleaseRows = """
        time,station,so2,no2,co,o3_1h,pm10,pm2_5,so2_24h,pm10_24h,pm2_5_24h,o3_8h_moving,aqi,primary,literal
        2022-01-15 08:00,1001A,12,58,1.3,8,142,98,15,160,120,15,129,PM2.5,158
        2022-06-20 15:00,1001A,6,18,0.5,236,61,27,7,58,25,180,118,O3,119
        2022-12-01 07:00,1002A,812,45,2.1,5,88,52,420,95,60,12,142,SO2,142
        2022-03-10 10:00,1003A,9,40,0.9,70,150,75,10,210,140,60,100,PM10 PM2.5,186
        2022-08-05 06:00,1003A,5,30,0.4,60,40,20,6,90,80,120,40,,107
        """;
    // Hand computation, IAQI = ceiling((IAQI_Hi − IAQI_Lo)/(BP_Hi − BP_Lo)·(C − BP_Lo) + IAQI_Lo) on the HJ 633-2012 rows
    // (SO2 1h 0/150/500/650/800, NO2 1h 0/100/200/700, CO 1h 0/5/10/35, O3 1h 0/160/200/300, O3 8h 0/100/160/215/265,
    // PM10 24h 0/50/150/250/350, PM2.5 24h 0/35/75/115/150/250, SO2 24h 0/50/150/475 for IAQI 0/50/100/150/200/300):
    // 1) 2022-01-15 08:00 (winter): SO2 12 → 50·12/150 = 4; NO2 58 → 50·58/100 = 29; CO 1.3 → 50·1.3/5 = 13;
    //    O3 8 → 50·8/160 = 2.5 → 3; PM10 142 (24h row) → 50 + 50·92/100 = 96; PM2.5 98 (24h row) → 100 + 50·23/40 = 128.75 → 129.
    //    AQI 129, primary PM2.5 (轻度污染). Literal: PM2.5 24h 120 → 150 + 50·5/35 = 157.1 → 158.
    // 2) 2022-06-20 15:00 (summer afternoon): SO2 6 → 2; NO2 18 → 9; CO 0.5 → 5; O3 1h 236 (row 200..300, IAQI 100..150)
    //    → 100 + 50·36/100 = 118; PM10 61 → 50 + 50·11/100 = 55.5 → 56; PM2.5 27 → 50·27/35 = 38.6 → 39. AQI 118, primary O3.
    //    Literal adds O3 8h 180 (row 160..215, IAQI 100..150) → 100 + 50·20/55 = 118.2 → 119 (PM 24h 58 → 54, 25 → 36): 119.
    // 3) 2022-12-01 07:00: SO2 1h 812 > 800 → SO2 24h 420 → 100 + 50·270/325 = 141.5 → 142; NO2 45 → 22.5 → 23; CO 2.1 → 21;
    //    O3 5 → 1.6 → 2; PM10 88 → 50 + 50·38/100 = 69; PM2.5 52 → 50 + 50·17/40 = 71.25 → 72. AQI 142, primary SO2.
    //    Literal: PM10 24h 95 → 72.5 → 73, PM2.5 24h 60 → 81.25 → 82, O3 8h 12 → 6: also 142.
    // 4) 2022-03-10 10:00: SO2 9 → 3; NO2 40 → 20; CO 0.9 → 9; O3 70 → 21.9 → 22; PM10 150 → 100 (breakpoint);
    //    PM2.5 75 → 100 (breakpoint). AQI 100 (良), primary PM10 and PM2.5 (tie).
    //    Literal: PM10 24h 210 → 100 + 50·60/100 = 130; PM2.5 24h 140 → 150 + 50·25/35 = 185.7 → 186.
    // 5) 2022-08-05 06:00: SO2 5 → 1.7 → 2; NO2 30 → 15; CO 0.4 → 4; O3 60 → 18.75 → 19; PM10 40 → 40; PM2.5 20 → 28.6 → 29.
    //    AQI 40 (优): no primary pollutant (AQI ≤ 50). Literal: PM2.5 24h 80 → 100 + 50·5/40 = 106.25 → 107.

    public static TheoryData<string> ReleaseRowTimes()
    {
        var times = new TheoryData<string>();
        foreach (var line in ReleaseRows.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Skip(1))
            times.Add(line.Split(',')[0]);
        return times;
    }

    private static Dictionary<string, string> ReleaseRow(string time)
    {
        var lines = ReleaseRows.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var header = lines[0].Split(',');
        var cells = lines.Skip(1).Single(l => l.StartsWith(time, StringComparison.Ordinal)).Split(',');
        return header.Zip(cells).ToDictionary(p => p.First, p => p.Second);
    }

    [Theory]
    [MemberData(nameof(ReleaseRowTimes))]
    public void Release_rows_are_reproduced_by_the_1h_rule(string time)
    {
        var row = ReleaseRow(time);
        double V(string column) => double.Parse(row[column], CultureInfo.InvariantCulture);
        var values = AirConcentrations.Hourly(
            V("so2"), V("no2"), V("co"), V("o3_1h"), V("pm10"), V("pm2_5"),
            o3Moving8h: V("o3_8h_moving"), pm10Moving24h: V("pm10_24h"), pm25Moving24h: V("pm2_5_24h"), so2Moving24h: V("so2_24h"));
        var date = DateOnly.FromDateTime(DateTime.ParseExact(time, "yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture));

        var r = AqiCalculator.Hourly(date, values); // by date: HJ 633-2012, the 1h rule
        Assert.Equal("HJ 633-2012", r.StandardCode);
        Assert.Equal(int.Parse(row["aqi"], CultureInfo.InvariantCulture), r.Aqi);
        Assert.Equal(row["primary"], string.Join(" ", r.PrimaryPollutants.Select(PollutantNames.Display)));
        Assert.Equal(int.Parse(row["literal"], CultureInfo.InvariantCulture), RealTime(Literal, values).Aqi);
    }

    // ---- the batch: moving means computed and published, not rated ----

    private static readonly DateTime T0 = new(2022, 1, 1, 0, 0, 0);

    [Fact]
    public void Batch_publishes_the_moving_means_but_rates_the_1h_values()
    {
        // PM2.5 1h: 150 for 12 hours, then 40 for 12 → at 23:00 the 24h moving mean is 95 (literal IAQI 125),
        // the 1h value 40 → 50 + 50·5/40 = 56.25 → 57. O3 1h 100 → 31.25 → 32 (8h moving mean 100 would be 50).
        var rows = Enumerable.Range(0, 24)
            .Select(k => new AirHourlyRecord("A", T0.AddHours(k), 10, 20, 0.5, 100, 50, k < 12 ? 150 : 40)).ToList();
        var last = AqiBatch.Hourly(rows)[^1];
        Assert.Equal("HJ 633-2012", last.Standard.Code);
        Assert.Equal([O3EightHour, Pm10Day, Pm25Day, So2Day], last.MovingMeans!.Keys);
        Assert.Equal(95, last.MovingMeans[Pm25Day].Value);
        Assert.Equal(24, last.MovingMeans[Pm25Day].ValidHours);
        Assert.Equal(100, last.MovingMeans[O3EightHour].Value);
        Assert.Equal(57, last.Result.IaqiOf(Pollutant.PM25));
        Assert.Equal(32, last.Result.IaqiOf(Pollutant.O3));
        Assert.Equal(57, last.Result.Aqi);
        Assert.Contains(last.Result.Notes, n => n.Key == AqiBatch.RealTimeBasisNoteKey && n.Arguments[0] is Message { Key: nameof(CoreText.AqiRealTime2012Published) });
        Assert.Contains(last.Result.Notes, n => n.Format(Message.English).StartsWith("Real-time AQI: HJ 633-2012 5.1.3 as the national network published it", StringComparison.Ordinal));

        var literal = AqiBatch.Hourly(rows, _ => Literal)[^1];
        Assert.Equal("HJ 633-2012 (literal 5.1.3)", literal.Result.StandardCode);
        Assert.Equal(125, literal.Result.Aqi); // 24h moving mean 95: 100 + 50·20/40 = 125
        Assert.Contains(literal.Result.Notes, n => n.Key == AqiBatch.RealTimeBasisNoteKey && n.Arguments[0] is Message { Key: nameof(CoreText.AqiRealTime2012Literal) });
    }

    [Fact]
    public void Batch_first_hours_have_an_AQI_although_the_moving_means_are_not_yet_valid()
    {
        var rows = Enumerable.Range(0, 3).Select(k => new AirHourlyRecord("A", T0.AddHours(k), 10, 20, 0.5, 100, 160, 80)).ToList();
        var first = AqiBatch.Hourly(rows)[0];
        Assert.False(first.MovingMeans![Pm25Day].IsValid);
        Assert.Equal(1, first.MovingMeans[Pm25Day].ValidHours);
        Assert.Equal(107, first.Result.Aqi); // PM2.5 1h 80: 100 + 50·5/40 = 106.25 → 107
        Assert.DoesNotContain(first.Result.Notes, n => n.Key == nameof(CoreText.AqiMovingMeanMissing)); // not needed

        var literal = AqiBatch.Hourly(rows, _ => Literal)[0];
        Assert.Null(literal.Result.IaqiOf(Pollutant.PM25));
        Assert.Contains(literal.Result.Notes, n => n.Key == nameof(CoreText.AqiMovingMeanMissing) && Equals(n.Arguments[0], "PM2.5") && Equals(n.Arguments[1], 24) && Equals(n.Arguments[4], 1));
    }

    [Fact]
    public void Batch_SO2_above_800_uses_the_24h_moving_mean_and_notes_it_when_too_few_hours()
    {
        // 20 hours of SO2 100, then 801: at the 21st hour the 24h moving mean is (20·100 + 801)/21 = 133.4, rounded 133.
        var rows = Enumerable.Range(0, 21)
            .Select(k => new AirHourlyRecord("A", T0.AddHours(k), k < 20 ? 100 : 801, 20, 0.5, 100, 50, 30)).ToList();
        var results = AqiBatch.Hourly(rows);
        var last = results[^1];
        Assert.Equal(IaqiBasis.OverRangeFallback, last.Result.Indicators.Single(i => i.Input == So2OneHour).Basis);
        Assert.Equal(92, last.Result.IaqiOf(Pollutant.SO2)); // SO2 24h row: 50 + 50·(133 − 50)/100 = 91.5 → 92
        Assert.Equal(92, last.Result.Aqi);
        Assert.Equal(133.381, Math.Round(last.MovingMeans![So2Day].Value!.Value, 3));

        // a single hour of 801: the SO2 24h moving mean has 1 valid hour — SO2 missing, and the note says why
        var lone = Assert.Single(AqiBatch.Hourly([new AirHourlyRecord("B", T0, 801, 20, 0.5, 100, 50, 30)]));
        Assert.Null(lone.Result.IaqiOf(Pollutant.SO2));
        Assert.Null(lone.Result.Aqi);
        Assert.Contains(lone.Result.Notes, n => n.Format(Message.English).StartsWith("SO2 24h moving mean missing: 1 valid hour(s) of the 24 from ", StringComparison.Ordinal));
        Assert.DoesNotContain(lone.Result.Notes, n => n.Key == nameof(CoreText.AqiMovingMeanMissing) && Equals(n.Arguments[0], "PM2.5"));
    }

    [Fact]
    public void Batch_2026_publishes_no_moving_means()
    {
        var r = Assert.Single(AqiBatch.Hourly([new AirHourlyRecord("A", new DateTime(2026, 3, 1, 0, 0, 0), 10, 20, 0.5, 100, 160, 80)]));
        Assert.Equal("HJ 633-2026", r.Standard.Code);
        Assert.Null(r.MovingMeans);
        Assert.Contains("实时报口径：HJ 633-2026 4.2.3：六项 1 小时浓度，PM10、PM2.5 用 24 小时限值 / Real-time AQI: HJ 633-2026 4.2.3: the six 1h values, PM10/PM2.5 1h on the 24h breakpoints",
            r.Result.Notes.Select(n => n.Bilingual));
    }
}
