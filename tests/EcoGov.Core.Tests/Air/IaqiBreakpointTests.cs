using EcoGov.Core.Air;

namespace EcoGov.Core.Tests.Air;

/// <summary>
/// Every breakpoint of both HJ 633 versions, exactly on the boundary and one reporting unit above it.
/// The expected rows are transcribed here independently of the production tables.
/// </summary>
public class IaqiBreakpointTests
{
    private static readonly int[] Levels = [0, 50, 100, 150, 200, 300, 400, 500];

    private static readonly (Pollutant P, Averaging A, decimal[] Bp)[] Common =
    [
        (Pollutant.SO2, Averaging.TwentyFourHour, [0, 50, 150, 475, 800, 1600, 2100, 2620]),
        (Pollutant.SO2, Averaging.OneHour, [0, 150, 500, 650, 800]),
        (Pollutant.NO2, Averaging.TwentyFourHour, [0, 40, 80, 180, 280, 565, 750, 940]),
        (Pollutant.NO2, Averaging.OneHour, [0, 100, 200, 700, 1200, 2340, 3090, 3840]),
        (Pollutant.CO, Averaging.TwentyFourHour, [0, 2, 4, 14, 24, 36, 48, 60]),
        (Pollutant.CO, Averaging.OneHour, [0, 5, 10, 35, 60, 90, 120, 150]),
        (Pollutant.O3, Averaging.OneHour, [0, 160, 200, 300, 400, 800, 1000, 1200]),
        (Pollutant.O3, Averaging.EightHour, [0, 100, 160, 215, 265, 800]),
    ];

    private static readonly (Pollutant P, Averaging A, decimal[] Bp)[] Only2012 =
    [
        (Pollutant.PM10, Averaging.TwentyFourHour, [0, 50, 150, 250, 350, 420, 500, 600]),
        (Pollutant.PM25, Averaging.TwentyFourHour, [0, 35, 75, 115, 150, 250, 350, 500]),
    ];

    private static readonly (Pollutant P, Averaging A, decimal[] Bp)[] Only2026 =
    [
        (Pollutant.PM10, Averaging.TwentyFourHour, [0, 50, 120, 250, 350, 420, 500, 600]),
        (Pollutant.PM25, Averaging.TwentyFourHour, [0, 35, 60, 115, 150, 250, 350, 500]),
    ];

    internal static AqiStandard Standard(string code) => code == "2012" ? AqiStandards.Hj633_2012 : AqiStandards.Hj633_2026;

    public static TheoryData<string, Pollutant, Averaging, decimal, int, int> AllBreakpoints()
    {
        var data = new TheoryData<string, Pollutant, Averaging, decimal, int, int>();
        foreach (var (version, rows) in new[] { ("2012", Common.Concat(Only2012)), ("2026", Common.Concat(Only2026)) })
            foreach (var (p, a, bp) in rows)
                for (int i = 0; i < bp.Length; i++)
                    data.Add(version, p, a, bp[i], Levels[i], i);
        return data;
    }

    [Theory]
    [MemberData(nameof(AllBreakpoints))]
    public void On_each_breakpoint_the_IAQI_is_the_level(string version, Pollutant p, Averaging a, decimal bp, int level, int index)
    {
        var standard = Standard(version);
        var result = AqiCalculator.Iaqi(standard, new AirIndicator(p, a), (double)bp);
        Assert.Equal(level, result.Iaqi);
        Assert.Equal(IaqiBasis.Breakpoints, result.Basis);
        Assert.Equal(bp, standard.BreakpointsFor(new AirIndicator(p, a)).Concentrations[index]);
    }

    [Theory]
    [MemberData(nameof(AllBreakpoints))]
    public void One_unit_above_each_breakpoint_the_IAQI_is_above_the_level(string version, Pollutant p, Averaging a, decimal bp, int level, int index)
    {
        var standard = Standard(version);
        var indicator = new AirIndicator(p, a);
        var row = standard.BreakpointsFor(indicator);
        decimal unit = p == Pollutant.CO ? 0.1m : 1m;
        var result = AqiCalculator.Iaqi(standard, indicator, (double)(bp + unit));
        if (index < row.Concentrations.Count - 1)
        {
            decimal next = row.Concentrations[index + 1];
            int expected = (int)decimal.Ceiling((Levels[index + 1] - level) * unit / (next - bp) + level);
            Assert.Equal(expected, result.Iaqi);
            Assert.True(result.Iaqi > level);
            Assert.True(result.Iaqi <= Levels[index + 1]);
            Assert.Equal(IaqiBasis.Breakpoints, result.Basis);
        }
        else
        {
            // Above the top breakpoint: the over-range rule of the version (SO2 1h, O3 8h) or IAQI 500 flagged.
            bool truncatedRow = (p, a) is (Pollutant.SO2, Averaging.OneHour) or (Pollutant.O3, Averaging.EightHour);
            if (!truncatedRow)
            {
                Assert.Equal(IaqiBasis.AboveTopBreakpoint, result.Basis);
                Assert.Equal(500, result.Iaqi);
            }
            else if (version == "2012")
            {
                // The fallback indicator (SO2 24h, O3 1h) is not supplied here.
                Assert.Equal(IaqiBasis.OverRangeFallbackMissing, result.Basis);
                Assert.Null(result.Iaqi);
            }
            else
            {
                Assert.Equal(IaqiBasis.OverRangeFixed, result.Basis);
                Assert.Equal(p == Pollutant.SO2 ? 200 : 300, result.Iaqi);
            }
        }
    }

    [Theory]
    [InlineData(Pollutant.PM25, 75, 100, 114)]
    [InlineData(Pollutant.PM25, 60, 82, 100)]
    [InlineData(Pollutant.PM10, 150, 100, 112)]
    [InlineData(Pollutant.PM10, 120, 85, 100)]
    [InlineData(Pollutant.PM25, 35, 50, 50)]
    [InlineData(Pollutant.PM10, 250, 150, 150)]
    public void Particulate_matter_differs_between_versions(Pollutant p, double c, int iaqi2012, int iaqi2026)
    {
        var indicator = new AirIndicator(p, Averaging.TwentyFourHour);
        Assert.Equal(iaqi2012, AqiCalculator.Iaqi(AqiStandards.Hj633_2012, indicator, c).Iaqi);
        Assert.Equal(iaqi2026, AqiCalculator.Iaqi(AqiStandards.Hj633_2026, indicator, c).Iaqi);
    }

    [Theory]
    [InlineData(Pollutant.SO2, Averaging.TwentyFourHour, 100, 75)]   // 50 + 50·50/100
    [InlineData(Pollutant.NO2, Averaging.TwentyFourHour, 41, 52)]    // 50 + 50·1/40 = 51.25 → 52
    [InlineData(Pollutant.CO, Averaging.OneHour, 7.3, 73)]           // 50 + 50·2.3/5 = 73
    [InlineData(Pollutant.O3, Averaging.EightHour, 161, 101)]        // 100 + 50·1/55 → 101
    [InlineData(Pollutant.O3, Averaging.OneHour, 1100, 450)]
    public void Interpolation_is_rounded_up(Pollutant p, Averaging a, double c, int expected)
    {
        Assert.Equal(expected, AqiCalculator.Iaqi(AqiStandards.Hj633_2026, new AirIndicator(p, a), c).Iaqi);
    }

    [Fact]
    public void Negative_concentration_is_rejected()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() =>
            AqiCalculator.Iaqi(AqiStandards.Hj633_2026, new AirIndicator(Pollutant.SO2, Averaging.TwentyFourHour), -1));
    }
}
