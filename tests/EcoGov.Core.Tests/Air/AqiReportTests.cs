using EcoGov.Core.Air;
using EcoGov.Core.Text;

namespace EcoGov.Core.Tests.Air;

public class AqiReportTests
{
    private static readonly AqiStandard V2012 = AqiStandards.Hj633_2012;
    private static readonly AqiStandard V2026 = AqiStandards.Hj633_2026;

    private static AqiResult Day(AqiStandard s, double? so2 = 10, double? no2 = 20, double? co = 0.5, double? pm10 = 40, double? pm25 = 20, double? o3_8h = 60, double? o3_1h = 80) =>
        AqiCalculator.Compute(s, AqiReportKind.Daily, AirConcentrations.Daily(so2, no2, co, pm10, pm25, o3_8h, o3_1h));

    [Theory]
    [InlineData(2026, 2, 28, "HJ 633-2012")]
    [InlineData(2026, 3, 1, "HJ 633-2026")]
    [InlineData(2016, 1, 1, "HJ 633-2012")]
    [InlineData(2014, 6, 1, "HJ 633-2012")]
    [InlineData(2040, 1, 1, "HJ 633-2026")]
    public void Standard_is_chosen_by_date(int y, int m, int d, string code)
    {
        Assert.Equal(code, AqiStandards.ForDate(new DateOnly(y, m, d)).Code);
    }

    [Fact]
    public void Date_selection_applies_to_reports_and_can_be_overridden()
    {
        var values = AirConcentrations.Daily(10, 20, 0.5, 40, 75, 60, 80);
        Assert.Equal(100, AqiCalculator.Daily(new DateOnly(2026, 2, 28), values).Aqi);
        Assert.Equal(114, AqiCalculator.Daily(new DateOnly(2026, 3, 1), values).Aqi);
        // What-if: 2025 data evaluated under the 2026 standard.
        Assert.Equal(114, AqiCalculator.Compute(V2026, AqiReportKind.Daily, values).Aqi);
    }

    [Fact]
    public void Daily_2012_uses_seven_indicators_and_O3_takes_the_larger_of_1h_and_8h()
    {
        var r = Day(V2012, o3_8h: 160, o3_1h: 300);
        Assert.Equal(7, r.Indicators.Count);
        Assert.Equal(100, r.Indicators.Single(i => i.Input == new AirIndicator(Pollutant.O3, Averaging.EightHour)).Iaqi);
        Assert.Equal(150, r.Indicators.Single(i => i.Input == new AirIndicator(Pollutant.O3, Averaging.OneHour)).Iaqi);
        Assert.Equal(150, r.IaqiOf(Pollutant.O3));
        Assert.Equal(150, r.Aqi);
        Assert.Equal([Pollutant.O3], r.PrimaryPollutants);
    }

    [Fact]
    public void Daily_2026_uses_six_indicators_and_ignores_O3_1h()
    {
        var r = Day(V2026, o3_8h: 160, o3_1h: 300);
        Assert.Equal(6, r.Indicators.Count);
        Assert.DoesNotContain(r.Indicators, i => i.Input == new AirIndicator(Pollutant.O3, Averaging.OneHour));
        Assert.Equal(100, r.IaqiOf(Pollutant.O3));
        Assert.Equal(100, r.Aqi);
    }

    [Fact]
    public void Hourly_2026_rates_PM_1h_values_on_24h_breakpoints()
    {
        var r = AqiCalculator.Compute(V2026, AqiReportKind.Hourly, AirConcentrations.Hourly(10, 20, 0.5, 50, 40, 75));
        Assert.Equal(6, r.Indicators.Count);
        var pm25 = r.Indicators.Single(i => i.Input.Pollutant == Pollutant.PM25);
        Assert.Equal(new AirIndicator(Pollutant.PM25, Averaging.OneHour), pm25.Input);
        Assert.Equal(new AirIndicator(Pollutant.PM25, Averaging.TwentyFourHour), pm25.Breakpoints);
        Assert.Equal(114, pm25.Iaqi);
        Assert.Equal(114, r.Aqi);
        Assert.Equal([Pollutant.PM25], r.PrimaryPollutants);
    }

    [Fact]
    public void Hourly_2012_follows_the_1h_rule_and_does_not_rate_the_moving_means()
    {
        // HJ 633-2012 as the national network published it (ADR 0005): PM 1h on the 24h breakpoints, O3 1h only.
        var values = AirConcentrations.Hourly(10, 20, 0.5, 50, pm10: 400, pm25: 300, o3Moving8h: 161, pm10Moving24h: 40, pm25Moving24h: 75);
        var r = AqiCalculator.Compute(V2012, AqiReportKind.Hourly, values);
        Assert.Equal(6, r.Indicators.Count);
        Assert.Equal(350, r.IaqiOf(Pollutant.PM25));   // 1h 300 on the 24h row 250..350 → 300 + 100·50/100 = 350
        Assert.Equal(272, r.IaqiOf(Pollutant.PM10));   // 1h 400 on the 24h row 350..420 → 200 + 100·50/70 = 271.4 → 272
        Assert.Equal(16, r.IaqiOf(Pollutant.O3));      // 1h 50 → 15.6 → 16; the 8h moving mean 161 is not rated
        Assert.Equal(350, r.Aqi);
        Assert.Equal([Pollutant.PM25], r.PrimaryPollutants);
    }

    [Fact]
    public void Hourly_2012_literal_variant_uses_1h_means_plus_O3_8h_and_PM_24h_moving_means()
    {
        var values = AirConcentrations.Hourly(10, 20, 0.5, 50, pm10: 400, pm25: 300, o3Moving8h: 161, pm10Moving24h: 40, pm25Moving24h: 75);
        var r = AqiCalculator.Compute(AqiStandards.Hj633_2012Literal, AqiReportKind.Hourly, values);
        Assert.Equal(7, r.Indicators.Count);
        Assert.Equal(100, r.IaqiOf(Pollutant.PM25));   // 24h moving 75, not the 1h 300
        Assert.Equal(40, r.IaqiOf(Pollutant.PM10));    // 24h moving 40, not the 1h 400
        Assert.Equal(101, r.IaqiOf(Pollutant.O3));     // 8h moving 161
        Assert.Equal(101, r.Aqi);
    }

    [Fact]
    public void Hourly_2012_literal_variant_without_moving_means_leaves_PM_missing()
    {
        var r = AqiCalculator.Compute(AqiStandards.Hj633_2012Literal, AqiReportKind.Hourly, AirConcentrations.Hourly(10, 20, 0.5, 50, 40, 75, o3Moving8h: 50));
        Assert.Null(r.IaqiOf(Pollutant.PM10));
        Assert.Null(r.IaqiOf(Pollutant.PM25));
        Assert.Null(r.Aqi);
        Assert.Contains(r.Notes, n => n.Key == nameof(CoreText.AqiNotPublished) && Equals(n.Arguments[0], "PM10, PM2.5"));
    }

    // ---- over-range rules ----

    [Fact]
    public void Over_range_2012_SO2_1h_above_800_uses_the_24h_IAQI()
    {
        var values = AirConcentrations.Hourly(900, 20, 0.5, 50, 40, 20, o3Moving8h: 50, pm10Moving24h: 40, pm25Moving24h: 20, so2Moving24h: 200);
        var r = AqiCalculator.Compute(V2012, AqiReportKind.Hourly, values);
        var so2 = r.Indicators.Single(i => i.Input.Pollutant == Pollutant.SO2);
        Assert.Equal(IaqiBasis.OverRangeFallback, so2.Basis);
        Assert.Equal(new AirIndicator(Pollutant.SO2, Averaging.TwentyFourHour), so2.FallbackFrom);
        Assert.Equal(108, so2.Iaqi); // 100 + 50·(200−150)/325 = 107.7 → 108
        Assert.Equal(108, r.Aqi);
        Assert.Contains(r.Notes, n => n.Key == nameof(CoreText.AqiOverRangeFallback) && n.Arguments.Take(4).SequenceEqual([so2.Input, 900m, 800m, so2.FallbackFrom]));
        Assert.Contains("超出浓度限值范围：SO2 1h 900 > 800；按 HJ 633-2012 表1 注，IAQI 取 SO2 24h 的分指数 / Over range: SO2 1h 900 > 800; IAQI taken from SO2 24h per HJ 633-2012 Table 1 note",
            r.Notes.Select(n => n.Bilingual));
    }

    [Fact]
    public void Over_range_2012_SO2_1h_above_800_without_24h_value_is_missing()
    {
        var values = AirConcentrations.Hourly(900, 20, 0.5, 50, 40, 20, o3Moving8h: 50, pm10Moving24h: 40, pm25Moving24h: 20);
        var r = AqiCalculator.Compute(V2012, AqiReportKind.Hourly, values);
        Assert.Equal(IaqiBasis.OverRangeFallbackMissing, r.Indicators.Single(i => i.Input.Pollutant == Pollutant.SO2).Basis);
        Assert.Null(r.IaqiOf(Pollutant.SO2));
        Assert.Null(r.Aqi); // missing SO2 and the others ≤ 100
    }

    [Fact]
    public void Over_range_2026_SO2_1h_above_800_is_200()
    {
        var r = AqiCalculator.Compute(V2026, AqiReportKind.Hourly, AirConcentrations.Hourly(900, 20, 0.5, 50, 40, 20));
        var so2 = r.Indicators.Single(i => i.Input.Pollutant == Pollutant.SO2);
        Assert.Equal(IaqiBasis.OverRangeFixed, so2.Basis);
        Assert.Equal(200, so2.Iaqi);
        Assert.Equal(200, r.Aqi);
        Assert.Equal("中度污染", r.Category);
    }

    [Fact]
    public void SO2_1h_at_800_is_rated_normally_and_800_4_rounds_to_800()
    {
        Assert.Equal(IaqiBasis.Breakpoints, AqiCalculator.Iaqi(V2012, new AirIndicator(Pollutant.SO2, Averaging.OneHour), 800.4).Basis);
        Assert.Equal(200, AqiCalculator.Iaqi(V2026, new AirIndicator(Pollutant.SO2, Averaging.OneHour), 800.4).Iaqi);
    }

    [Fact]
    public void Over_range_2012_O3_8h_above_800_uses_the_1h_IAQI()
    {
        var r = Day(V2012, o3_8h: 850, o3_1h: 900);
        var o3_8h = r.Indicators.Single(i => i.Input == new AirIndicator(Pollutant.O3, Averaging.EightHour));
        Assert.Equal(IaqiBasis.OverRangeFallback, o3_8h.Basis);
        Assert.Equal(350, o3_8h.Iaqi); // O3 1h 900: 300 + 100·100/200
        Assert.Equal(350, r.IaqiOf(Pollutant.O3));
        Assert.Equal(350, r.Aqi);
        Assert.Equal("严重污染", r.Category);
    }

    [Fact]
    public void Over_range_2026_O3_8h_above_800_is_300()
    {
        var r = Day(V2026, o3_8h: 850, o3_1h: 900);
        Assert.Equal(300, r.IaqiOf(Pollutant.O3));
        Assert.Equal(IaqiBasis.OverRangeFixed, r.Indicators.Single(i => i.Input.Pollutant == Pollutant.O3).Basis);
        Assert.Equal(300, r.Aqi);
        Assert.Equal("重度污染", r.Category);
    }

    [Theory]
    [InlineData(500, 500, IaqiBasis.Breakpoints)]
    [InlineData(501, 500, IaqiBasis.AboveTopBreakpoint)]
    [InlineData(900, 500, IaqiBasis.AboveTopBreakpoint)]
    public void Above_the_top_breakpoint_is_500_and_flagged(double pm25, int iaqi, IaqiBasis basis)
    {
        var r = Day(V2026, pm25: pm25);
        var ind = r.Indicators.Single(i => i.Input.Pollutant == Pollutant.PM25);
        Assert.Equal(iaqi, ind.Iaqi);
        Assert.Equal(basis, ind.Basis);
        Assert.Equal(500, r.Aqi);
        Assert.Equal(basis == IaqiBasis.AboveTopBreakpoint, r.Notes.Any(n => n.Key == nameof(CoreText.AqiAboveTopBreakpoint) && Equals(n.Arguments[0], ind.Input)));
    }

    // ---- missing data (HJ 633-2026 5.3.1) ----

    [Fact]
    public void Missing_pollutant_and_others_at_most_100_gives_NA()
    {
        var r = Day(V2026, pm25: null, pm10: 120);
        Assert.Null(r.Aqi);
        Assert.Null(r.Level);
        Assert.Null(r.Category);
        Assert.Null(r.ColourName);
        Assert.Empty(r.PrimaryPollutants);
        Assert.Null(r.IaqiOf(Pollutant.PM25));
        Assert.Equal(100, r.IaqiOf(Pollutant.PM10)); // individual IAQIs are still published
        Assert.Contains("NA: missing PM2.5 and AQI of the others 100 ≤ 100 (HJ 633-2026 5.3.1)", r.Notes.Select(n => n.Format(Message.English)));
        Assert.Contains("AQI 不发布：缺测 PM2.5，其余污染物的 AQI 100 ≤ 100（HJ 633-2026 5.3.1）", r.Notes.Select(n => n.Format(Message.Chinese)));
    }

    [Fact]
    public void Missing_pollutant_and_others_above_100_publishes_the_AQI()
    {
        var r = Day(V2026, pm25: null, pm10: 200);
        Assert.Equal(131, r.Aqi); // 100 + 50·80/130 = 130.8 → 131
        Assert.Equal("轻度污染", r.Category);
        Assert.Equal([Pollutant.PM10], r.PrimaryPollutants);
        Assert.Contains(r.Notes, n => n.Key == nameof(CoreText.AqiFromSupplied) && Equals(n.Arguments[0], "PM2.5"));
    }

    [Fact]
    public void Nothing_supplied_gives_NA()
    {
        var r = AqiCalculator.Compute(V2026, AqiReportKind.Daily, AirConcentrations.Daily(null, null, null, null, null, null));
        Assert.Null(r.Aqi);
        Assert.All(r.Pollutants, p => Assert.Null(p.Iaqi));
    }

    [Fact]
    public void Missing_O3_1h_in_2012_daily_rates_O3_from_its_8h_value()
    {
        var r = Day(V2012, o3_8h: 170, o3_1h: null);
        Assert.Equal(110, r.IaqiOf(Pollutant.O3)); // 100 + 50·10/55 = 109.1 → 110
        Assert.Equal(110, r.Aqi);
        Assert.Contains(r.Notes, n => n.Key == nameof(CoreText.AqiPartlyMissing) && n.Arguments.SequenceEqual(["O3", "O3 1h"]));
    }

    // ---- rounding ----

    [Theory]
    [InlineData(34.5, 49)]  // rounds to 34 (half to even): 50·34/35 = 48.6 → 49
    [InlineData(35.5, 52)]  // rounds to 36: 50 + 50·1/25 = 52
    [InlineData(35.49, 50)] // rounds to 35
    public void Concentrations_are_rounded_before_IAQI(double pm25, int iaqi)
    {
        var r = Day(V2026, pm25: pm25);
        Assert.Equal(iaqi, r.IaqiOf(Pollutant.PM25));
        Assert.Contains(r.Notes, n => n.Key == nameof(CoreText.AqiRoundedPerClause) && Equals(n.Arguments[0], "HJ 633-2026 4.2.2"));
    }

    [Fact]
    public void Rounding_can_be_turned_off_and_the_2012_note_says_the_platform_applied_it()
    {
        var values = AirConcentrations.Daily(10, 20, 0.5, 40, 34.5, 60, 80);
        var unrounded = AqiCalculator.Compute(V2026, AqiReportKind.Daily, values, roundConcentrations: false);
        Assert.Equal(50, unrounded.IaqiOf(Pollutant.PM25)); // 50·34.5/35 = 49.3 → 50
        Assert.Contains(unrounded.Notes, n => n.Key == nameof(CoreText.AqiNotRounded));
        var r2012 = AqiCalculator.Compute(V2012, AqiReportKind.Daily, values);
        Assert.Contains(r2012.Notes, n => n.Key == nameof(CoreText.AqiRoundedByPlatform) && Equals(n.Arguments[0], "HJ 633-2012"));
        Assert.Contains("浓度按 HJ 633-2026 4.2.2 的规定依 GB/T 8170（四舍六入五成双）修约后计算 IAQI；平台对 HJ 633-2012 数据同样修约 / "
            + "Concentrations rounded per GB/T 8170 (half to even) before IAQI, as HJ 633-2026 4.2.2 prescribes; applied to HJ 633-2012 data by the platform",
            r2012.Notes.Select(n => n.Bilingual));
    }

    // ---- levels, primary and non-attainment pollutants ----

    [Theory]
    [InlineData(0, 1, "一级", "优", "绿色", 0, 228, 0)]
    [InlineData(50, 1, "一级", "优", "绿色", 0, 228, 0)]
    [InlineData(51, 2, "二级", "良", "黄色", 255, 255, 0)]
    [InlineData(100, 2, "二级", "良", "黄色", 255, 255, 0)]
    [InlineData(101, 3, "三级", "轻度污染", "橙色", 255, 126, 0)]
    [InlineData(150, 3, "三级", "轻度污染", "橙色", 255, 126, 0)]
    [InlineData(151, 4, "四级", "中度污染", "红色", 255, 0, 0)]
    [InlineData(200, 4, "四级", "中度污染", "红色", 255, 0, 0)]
    [InlineData(201, 5, "五级", "重度污染", "紫色", 153, 0, 76)]
    [InlineData(300, 5, "五级", "重度污染", "紫色", 153, 0, 76)]
    [InlineData(301, 6, "六级", "严重污染", "褐红色", 126, 0, 35)]
    [InlineData(500, 6, "六级", "严重污染", "褐红色", 126, 0, 35)]
    public void Level_boundaries(int aqi, int number, string level, string category, string colour, byte r, byte g, byte b)
    {
        var l = AqiLevels.For(aqi);
        Assert.Equal(number, l.Number);
        Assert.Equal(level, l.LevelName);
        Assert.Equal(category, l.Category);
        Assert.Equal(colour, l.ColourName);
        Assert.Equal(new Rgb(r, g, b), l.Colour);
    }

    [Fact]
    public void No_primary_pollutant_at_AQI_50_one_at_51()
    {
        var at50 = Day(V2026, pm25: 35);
        Assert.Equal(50, at50.Aqi);
        Assert.Equal("优", at50.Category);
        Assert.Empty(at50.PrimaryPollutants);

        var above = Day(V2026, pm25: 36);
        Assert.Equal(52, above.Aqi);
        Assert.Equal("良", above.Category);
        Assert.Equal([Pollutant.PM25], above.PrimaryPollutants);
    }

    [Fact]
    public void Tied_pollutants_are_all_primary()
    {
        var r = Day(V2026, pm10: 120, pm25: 60);
        Assert.Equal(100, r.Aqi);
        Assert.Equal([Pollutant.PM10, Pollutant.PM25], r.PrimaryPollutants);
        Assert.Empty(r.NonAttainmentPollutants); // IAQI 100 is not over 100
    }

    [Fact]
    public void Non_attainment_pollutants_have_IAQI_over_100()
    {
        var r = Day(V2026, pm10: 200, pm25: 61, o3_8h: 160);
        Assert.Equal([Pollutant.PM10, Pollutant.PM25], r.NonAttainmentPollutants); // 131 and 101; O3 is 100
        Assert.Equal([Pollutant.PM10], r.PrimaryPollutants);
        Assert.Equal(new Rgb(255, 126, 0), r.Colour);
    }
}
