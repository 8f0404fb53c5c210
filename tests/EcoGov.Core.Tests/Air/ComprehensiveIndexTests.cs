using EcoGov.Core.Air;

namespace EcoGov.Core.Tests.Air;

public class ComprehensiveIndexTests
{
    // 城区 2022 annual (002 附件1 全年 row).
    private static readonly ComprehensiveIndexInput Chengqu2022 = new(So2Mean: 9, No2Mean: 28, Pm10Mean: 80, Pm25Mean: 38, CoP95: 2, O3P90: 180);

    [Fact]
    public void Worked_example_under_GB_3095_2012_is_4_70()
    {
        var r = ComprehensiveIndex.Compute(AmbientAirLimitTables.Gb3095_2012, Chengqu2022);
        Assert.Equal(4.70m, r.Sum);
        decimal Term(Pollutant p) => Math.Round(r.Items.Single(i => i.Pollutant == p).Index, 3);
        Assert.Equal(0.150m, Term(Pollutant.SO2));
        Assert.Equal(0.700m, Term(Pollutant.NO2));
        Assert.Equal(1.143m, Term(Pollutant.PM10));
        Assert.Equal(0.500m, Term(Pollutant.CO));
        Assert.Equal(1.125m, Term(Pollutant.O3));
        Assert.Equal(1.086m, Term(Pollutant.PM25));
    }

    [Fact]
    public void Worked_example_under_GB_3095_2026_transitional_is_5_08()
    {
        // 5.075 exactly; GB/T 8170 half to even gives 5.08.
        var r = ComprehensiveIndex.Compute(AmbientAirLimitTables.Gb3095_2026Transitional, Chengqu2022);
        Assert.Equal(5.08m, r.Sum);
        Assert.Equal(60, r.Items.Single(i => i.Pollutant == Pollutant.PM10).Limit);
        Assert.Equal(30, r.Items.Single(i => i.Pollutant == Pollutant.PM25).Limit);
    }

    [Fact]
    public void Worked_example_under_GB_3095_2026_final()
    {
        // 9/20 + 28/30 + 80/50 + 2/4 + 180/160 + 38/25 = 6.128…
        Assert.Equal(6.13m, ComprehensiveIndex.Compute(AmbientAirLimitTables.Gb3095_2026Final, Chengqu2022).Sum);
    }

    [Theory]
    [InlineData(2022, 12, 31, "GB 3095-2012", 4.70)]
    [InlineData(2026, 2, 28, "GB 3095-2012", 4.70)]
    [InlineData(2026, 3, 1, "GB 3095-2026 (transitional)", 5.08)]
    [InlineData(2030, 12, 31, "GB 3095-2026 (transitional)", 5.08)]
    [InlineData(2031, 1, 1, "GB 3095-2026", 6.13)]
    public void Limits_are_chosen_by_date(int y, int m, int d, string code, double sum)
    {
        var r = ComprehensiveIndex.Compute(new DateOnly(y, m, d), Chengqu2022);
        Assert.Equal(code, r.LimitsCode);
        Assert.Equal((decimal)sum, r.Sum);
    }

    [Fact]
    public void Negative_concentration_is_rejected()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() =>
            ComprehensiveIndex.Compute(AmbientAirLimitTables.Gb3095_2012, Chengqu2022 with { Pm25Mean = -1 }));
    }
}

public class AmbientAirLimitTests
{
    [Theory]
    [InlineData(Pollutant.PM25, LimitPeriod.Annual, LimitGrade.GradeII, 35, 30, 25)]
    [InlineData(Pollutant.PM25, LimitPeriod.TwentyFourHour, LimitGrade.GradeII, 75, 60, 50)]
    [InlineData(Pollutant.PM25, LimitPeriod.TwentyFourHour, LimitGrade.GradeI, 35, 35, 25)]
    [InlineData(Pollutant.PM10, LimitPeriod.Annual, LimitGrade.GradeII, 70, 60, 50)]
    [InlineData(Pollutant.PM10, LimitPeriod.Annual, LimitGrade.GradeI, 40, 40, 20)]
    [InlineData(Pollutant.PM10, LimitPeriod.TwentyFourHour, LimitGrade.GradeII, 150, 120, 100)]
    [InlineData(Pollutant.SO2, LimitPeriod.Annual, LimitGrade.GradeII, 60, 60, 20)]
    [InlineData(Pollutant.SO2, LimitPeriod.TwentyFourHour, LimitGrade.GradeII, 150, 150, 50)]
    [InlineData(Pollutant.SO2, LimitPeriod.OneHour, LimitGrade.GradeII, 500, 500, 150)]
    [InlineData(Pollutant.NO2, LimitPeriod.Annual, LimitGrade.GradeI, 40, 40, 30)]
    [InlineData(Pollutant.NO2, LimitPeriod.TwentyFourHour, LimitGrade.GradeII, 80, 80, 50)]
    [InlineData(Pollutant.NO2, LimitPeriod.OneHour, LimitGrade.GradeII, 200, 200, 200)]
    [InlineData(Pollutant.CO, LimitPeriod.TwentyFourHour, LimitGrade.GradeII, 4, 4, 4)]
    [InlineData(Pollutant.CO, LimitPeriod.OneHour, LimitGrade.GradeI, 10, 10, 10)]
    [InlineData(Pollutant.O3, LimitPeriod.EightHour, LimitGrade.GradeI, 100, 100, 100)]
    [InlineData(Pollutant.O3, LimitPeriod.EightHour, LimitGrade.GradeII, 160, 160, 160)]
    [InlineData(Pollutant.O3, LimitPeriod.OneHour, LimitGrade.GradeII, 200, 200, 200)]
    public void Limits_of_the_three_tables(Pollutant p, LimitPeriod period, LimitGrade grade, double v2012, double transitional, double final)
    {
        Assert.Equal(v2012, AmbientAirLimitTables.Gb3095_2012.Limit(p, period, grade));
        Assert.Equal(transitional, AmbientAirLimitTables.Gb3095_2026Transitional.Limit(p, period, grade));
        Assert.Equal(final, AmbientAirLimitTables.Gb3095_2026Final.Limit(p, period, grade));
    }

    [Fact]
    public void A_limit_the_standard_does_not_set_is_an_error()
    {
        Assert.Null(AmbientAirLimitTables.Gb3095_2012.Find(Pollutant.CO, LimitPeriod.Annual));
        Assert.Throws<ArgumentException>(() => AmbientAirLimitTables.Gb3095_2012.Limit(Pollutant.PM25, LimitPeriod.OneHour, LimitGrade.GradeII));
    }
}
