using EcoGov.Core.Air;
using EcoGov.Core.Foresight;

namespace EcoGov.Core.Tests.Foresight;

public class ProjectionBacktestTests
{
    private static List<DailyAirValues> Year(int year, double pm25)
    {
        var list = new List<DailyAirValues>();
        for (var d = new DateOnly(year, 1, 1); d.Year == year; d = d.AddDays(1))
            list.Add(new DailyAirValues(d, 5, 15, 0.5, 40, pm25, 80, null));
        return list;
    }

    private static BacktestResult Run(params (int Year, double Pm25)[] years) => ProjectionBacktest.Run(
        years.ToDictionary(y => y.Year, y => (IReadOnlyList<DailyAirValues>)Year(y.Year, y.Pm25)), _ => AirEvaluationStandards.Gb3095_2012,
        [YearStatistic.Of(Pollutant.PM25)]);

    [Fact]
    public void Identical_years_are_projected_without_error_and_always_covered()
    {
        var r = Run((2021, 30), (2022, 30), (2023, 30));
        Assert.Equal([2022, 2023], r.YearsTested);
        Assert.Equal(22, r.Cases.Count);   // 2 years × 11 month ends
        var all = Assert.Single(r.ByStatistic);
        // 2022 rests on one past year (no interval); 2023's two equal completions give the interval [30, 30].
        Assert.Equal((22, 0m, 1m, 11), (all.Cases, all.Mae, all.Coverage, all.IntervalCases));
        Assert.Equal(0m, all.PaceMae);
    }

    [Fact]
    public void A_year_unlike_its_past_has_the_error_the_completion_implies()
    {
        // 2022 at 40, its one past year at 30. As of 30 June the past year's second half is brought to 2022's level by
        // (40/30)^(181/241) = 1.2412: (181 × 40 + 184 × 37.235)/365 = 38.61 → 39 against 40, error 1; one past year, no
        // interval; the pace (40 so far) is exact. As of 30 November, (40/30)^(334/394) = 1.2762: 39.85 → 40, error 0.
        var r = Run((2021, 30), (2022, 40));
        var june = r.Cases.Single(c => c.Month == 6);
        Assert.Equal((39m, 40m, 1m, false, 0m), (june.Projected, june.Actual, june.Error, june.HasInterval, june.PaceError!.Value));
        Assert.Equal(0m, r.Cases.Single(c => c.Month == 11).Error);
        Assert.Null(Assert.Single(r.ByStatistic).Coverage);
        Assert.Equal(1m, r.ByMonth.Single(f => f.Month == 6).Mae);
    }

    [Fact]
    public void The_generator_is_deterministic_and_its_years_differ()
    {
        var a = SyntheticAirYears.Generate(2021, 2, 2, seed: 7);
        var b = SyntheticAirYears.Generate(2021, 2, 2, seed: 7);
        Assert.Equal(a[1], b[1]);
        Assert.NotEqual(a[0], SyntheticAirYears.Generate(2021, 2, 2, seed: 8)[0]);
        Assert.All(a, s => Assert.InRange(s.Length, 2 * 8760 * 9 / 10, 2 * 8760));
        Assert.Equal(new DateTime(2021, 1, 1), a[0].Min(h => h.HourStart).Date);
        Assert.Equal(2022, a[0].Max(h => h.HourStart).Year);
    }
}
