using EcoGov.Core.Air;
using EcoGov.Core.Foresight;
using EcoGov.Core.Text;

namespace EcoGov.Core.Tests.Foresight;

/// <summary>Issue 14 item 2: projections on constructed multi-year series with known answers.</summary>
public class AnnualAirProjectionTests
{
    private static readonly AirEvaluationStandard Standard = AirEvaluationStandards.Gb3095_2012;
    private static readonly DateOnly MidYear = new(2023, 6, 30);

    private static string Zh(Message m) => m.Format(Message.Chinese);

    private static string En(Message m) => m.Format(Message.English);

    /// <summary>Every day of [from, to] with the pollutant values given by the function of the date.</summary>
    private static List<DailyAirValues> Days(DateOnly from, DateOnly to, Func<DateOnly, double> pm25, Func<DateOnly, double>? o3 = null)
    {
        var list = new List<DailyAirValues>();
        for (var d = from; d <= to; d = d.AddDays(1))
            list.Add(new DailyAirValues(d, 5, 15, 0.5, 40, pm25(d), o3?.Invoke(d) ?? 80, null));
        return list;
    }

    private static List<DailyAirValues> Year(int year, double pm25, Func<DateOnly, double>? o3 = null) =>
        Days(new DateOnly(year, 1, 1), new DateOnly(year, 12, 31), _ => pm25, o3);

    private static List<DailyAirValues> FirstHalf(double pm25, Func<DateOnly, double>? o3 = null) =>
        Days(new DateOnly(2023, 1, 1), MidYear, _ => pm25, o3);

    /// <summary>A past year at <paramref name="firstHalf"/> to 30 June (this year's level in the tests: level factor 1) and <paramref name="secondHalf"/> after.</summary>
    private static List<DailyAirValues> Halves(int year, double firstHalf, double secondHalf, Func<DateOnly, double>? o3 = null) =>
        Days(new DateOnly(year, 1, 1), new DateOnly(year, 12, 31), d => d.DayOfYear <= 181 ? firstHalf : secondHalf, o3);

    [Fact]
    public void Identical_past_years_collapse_the_interval_to_the_value()
    {
        // 181 days at 40, then 184 days at 30 from either past year (whose first half was at 40 too, so the level factor is
        // 1): (7240 + 5520)/365 = 34.96 → 35; the two completions are equal, so s = 0 and the interval is the value.
        var past = new Dictionary<int, IReadOnlyList<DailyAirValues>> { [2021] = Halves(2021, 40, 30), [2022] = Halves(2022, 40, 30) };
        var meet = AnnualAirProjection.Project(MidYear, FirstHalf(40), past, Standard, YearStatistic.Of(Pollutant.PM25), 35);
        Assert.Equal(ProjectionBasis.PastYears, meet.Basis);
        Assert.Equal(2, meet.Years);
        Assert.Equal((35m, 35m, 35m), (meet.Value!.Value, meet.Low!.Value, meet.High!.Value));
        Assert.Equal(1.0, meet.PMeet);
        Assert.Equal([2021, 2022], meet.Completions.Select(c => c.Year));

        var miss = AnnualAirProjection.Project(MidYear, FirstHalf(40), past, Standard, YearStatistic.Of(Pollutant.PM25), 34);
        Assert.Equal(0.0, miss.PMeet);
        Assert.Equal(35m, miss.Value);
    }

    [Fact]
    public void Five_past_years_give_the_median_the_80_per_cent_prediction_interval_and_the_share_meeting()
    {
        // Completions with 184 days at x: (7240 + 184x)/365 → x = 20, 30, 40, 50, 60 give 29.9, 34.96, 40, 45.04, 50.08
        // → published 30, 35, 40, 45, 50. Median 40; s = √(250/4) = 7.906; 40 ± t(0.90, 4) 1.533 × 7.906 × √1.2 = 40 ± 13.28
        // → 26.72 … 53.28 → 27 … 53.
        var past = new Dictionary<int, IReadOnlyList<DailyAirValues>>();
        int y = 2018;
        foreach (var x in new[] { 50.0, 20, 60, 30, 40 }) past[y] = Halves(y++, 40, x);
        var p = AnnualAirProjection.Project(MidYear, FirstHalf(40), past, Standard, YearStatistic.Of(Pollutant.PM25), 40);
        Assert.Equal([45m, 30m, 50m, 35m, 40m], p.Completions.Select(c => c.Value));
        Assert.Equal((40m, 27m, 53m), (p.Value!.Value, p.Low!.Value, p.High!.Value));
        Assert.Contains("40 ± 1.533 × 7.906 × 1.095，即 27–53", Zh(p.Arithmetic));
        Assert.Equal(0.6, p.PMeet);   // 30, 35, 40 meet ≤ 40
        Assert.Equal(40m, p.AtCurrentPace);
        Assert.Contains("5 年", Zh(p.Text));
        Assert.Equal(nameof(CoreText.ProjectionText), p.Text.Key);
        Assert.Equal(5, p.Text.Arguments[0]);
        Assert.Equal("按往年同期（5 年）预测全年 PM2.5 40（80% 区间：27–53），达标概率 60%", Zh(p.Text));
        Assert.Equal("Projected from past years' same days (5 years): PM2.5 for the year 40 (80% interval: 27–53), probability of meeting the target 60%", En(p.Text));
        Assert.Contains("; 80% prediction interval = median ± t(0.90, 4) × s × √(1 + 1/5) = 40 ± 1.533 × 7.906 × 1.095, i.e. 27–53", En(p.Arithmetic));
    }

    [Fact]
    public void No_past_data_means_no_projection_and_says_so()
    {
        var monthly = Enumerable.Range(1, 12).ToDictionary(m => m, _ => 30.0);
        var p = AnnualAirProjection.Project(MidYear, FirstHalf(40), new Dictionary<int, IReadOnlyList<DailyAirValues>>(), Standard,
            YearStatistic.Of(Pollutant.PM25), 35, monthly);
        Assert.Equal(ProjectionBasis.None, p.Basis);
        Assert.Equal(0, p.Years);
        Assert.Null(p.Value);
        Assert.Null(p.Low);
        Assert.Null(p.PMeet);
        Assert.Contains("库中没有往年同期数据", Zh(p.Text));
        Assert.Equal(nameof(CoreText.ProjectionNone), p.Text.Key);
        Assert.Equal("库中没有往年同期数据，不作预测", Zh(p.Text));
        Assert.Equal("no past year's data for the same days in the store: no projection", En(p.Text));
        Assert.EndsWith("；(b) 剩余各月按规划月度目标：35；(c) 按当前进度（剩余时段与已过时段相同）：40", Zh(p.Arithmetic));
        // The other two bases are still stated: (b) months 7–12 at 30 → 34.96 → 35; (c) the pace so far, 40.
        Assert.Equal(35m, p.ByMonthlyTargets);
        Assert.Equal(40m, p.AtCurrentPace);
    }

    [Fact]
    public void A_past_year_covering_less_than_half_of_the_remaining_days_does_not_count()
    {
        // 2022 has data for 92 of the 184 remaining days (needed: 92) and counts; 2021 has 91 and does not.
        var past = new Dictionary<int, IReadOnlyList<DailyAirValues>>
        {
            [2021] = Days(new DateOnly(2021, 7, 1), new DateOnly(2021, 9, 29), _ => 30),
            [2022] = Days(new DateOnly(2022, 7, 1), new DateOnly(2022, 9, 30), _ => 30),
        };
        var p = AnnualAirProjection.Project(MidYear, FirstHalf(40), past, Standard, YearStatistic.Of(Pollutant.PM25), 35);
        Assert.Equal([2022], p.Completions.Select(c => c.Year));
        Assert.Equal(92, p.Completions[0].DaysTaken);
        // (7240 + 92 × 30)/273 = 36.63 → 37
        Assert.Equal(37m, p.Value);
        Assert.Contains("2021（91 天）", Zh(p.Arithmetic));

        past.Remove(2022);
        var none = AnnualAirProjection.Project(MidYear, FirstHalf(40), past, Standard, YearStatistic.Of(Pollutant.PM25), 35);
        Assert.Equal(ProjectionBasis.None, none.Basis);
        Assert.Contains("有效日不足", Zh(none.Text));
    }

    [Fact]
    public void O3_percentile_one_more_exceedance_in_a_past_year_flips_its_completion()
    {
        // N = 365, k = 328.6, s = 328. Year A: 37 days at 200 in the second half → X(328) = 100, X(329) = 200,
        // P90 = 100 + 0.6 × 100 = 160 (meets ≤ 160); year B: 38 days → X(328) = 200, P90 = 200. (Their first halves are at
        // this year's O3 100 and PM2.5 40: level factors 1.)
        Func<DateOnly, double> Exceeding(int days) => d => d.DayOfYear > 181 && d.DayOfYear <= 181 + days ? 200 : 100;
        var past = new Dictionary<int, IReadOnlyList<DailyAirValues>>
        {
            [2021] = Halves(2021, 40, 30, Exceeding(37)),
            [2022] = Halves(2022, 40, 30, Exceeding(38)),
        };
        var p = AnnualAirProjection.Project(MidYear, FirstHalf(40, _ => 100), past, Standard, YearStatistic.Of(Pollutant.O3), 160);
        Assert.Equal([160m, 200m], p.Completions.Select(c => c.Value));
        Assert.Equal([true, false], p.Completions.Select(c => c.Meets!.Value));
        Assert.Equal(0.5, p.PMeet);
        // Median 180; s = 28.28; 180 ± t(0.90, 1) 3.078 × 28.28 × √1.5 = 180 ± 106.6 → 73 … 287: two years say little.
        Assert.Equal((180m, 73m, 287m), (p.Value!.Value, p.Low!.Value, p.High!.Value));
        Assert.Null(p.ByMonthlyTargets);   // (b) applies to annual means only
    }

    [Fact]
    public void A_past_year_is_brought_to_this_years_level_weighted_by_the_days_so_far()
    {
        // 2022 at 30 all year; this year 40 so far (181 days): factor (40/30)^(181/241) = 1.2412, so its second half counts
        // as 30 × 1.2412 = 37.24: (7240 + 184 × 37.235)/365 = 38.61 → 39. One past year: no interval.
        var past = new Dictionary<int, IReadOnlyList<DailyAirValues>> { [2022] = Year(2022, 30) };
        var p = AnnualAirProjection.Project(MidYear, FirstHalf(40), past, Standard, YearStatistic.Of(Pollutant.PM25), 36);
        Assert.Equal(39m, p.Value);
        Assert.Null(p.Low);
        Assert.Null(p.High);
        Assert.Equal(0.0, p.PMeet);
        Assert.Contains("接 2022 年（PM2.5 × (40/30)^0.75 = 1.241） → 39（不达标）", Zh(p.Arithmetic));
        Assert.Contains("仅 1 年，不给区间", Zh(p.Arithmetic));
        Assert.Contains("with 2022 (PM2.5 × (40/30)^0.75 = 1.241) → 39 (fails); median 39; one year only: no interval", En(p.Arithmetic));
        Assert.Equal(nameof(CoreText.ProjectionLevelFactors), p.Completions[0].Level!.Key);
        Assert.DoesNotContain("区间", Zh(p.Text));

        // As of 30 November (334 days): w = 334/394, factor 1.2762; (334 × 40 + 31 × 30 × 1.2762)/365 = 39.85 → 40.
        var end = new DateOnly(2023, 11, 30);
        var late = AnnualAirProjection.Project(end, Days(new DateOnly(2023, 1, 1), end, _ => 40), past, Standard, YearStatistic.Of(Pollutant.PM25), 36);
        Assert.Equal(40m, late.Value);
    }

    [Fact]
    public void The_prediction_interval_needs_two_values_and_widens_with_few()
    {
        Assert.Null(AnnualAirProjection.PredictionInterval([40]));
        var two = AnnualAirProjection.PredictionInterval([30, 40])!.Value;
        var ten = AnnualAirProjection.PredictionInterval([30, 40, 30, 40, 30, 40, 30, 40, 30, 40])!.Value;
        Assert.Equal((3.078, 1.383), (two.T, ten.T));
        // s(30, 40) = 7.071: 35 ± 3.078 × 7.071 × √1.5 = 35 ± 26.656.
        Assert.Equal(35 - 26.656, two.Low, 3);
        // Ten values, s = 5.270: 35 ± 1.383 × 5.270 × √1.1 = 35 ± 7.645.
        Assert.Equal(35 + 7.645, ten.High, 3);
    }

    [Fact]
    public void At_the_end_of_the_year_the_value_is_the_year_itself()
    {
        var end = new DateOnly(2023, 12, 31);
        var year = Year(2023, 36);
        var p = AnnualAirProjection.Project(end, year, new Dictionary<int, IReadOnlyList<DailyAirValues>> { [2022] = Year(2022, 80) },
            Standard, YearStatistic.Of(Pollutant.PM25), 36);
        Assert.Equal(ProjectionBasis.Complete, p.Basis);
        Assert.Equal((36m, 36m, 36m, 1.0), (p.Value!.Value, p.Low!.Value, p.High!.Value, p.PMeet!.Value));
    }

    [Fact]
    public void Good_days_and_heavily_polluted_days_are_projected_from_the_completed_years()
    {
        // So far 181 days PM2.5 40 (AQI 57, good). 2022's second half: 30 days at PM2.5 160 (AQI 210, heavily polluted),
        // the rest 40. Completed year: 335 good of 365 = 91.8 %, 30 heavily polluted days.
        var past = new Dictionary<int, IReadOnlyList<DailyAirValues>>
        {
            [2022] = Days(new DateOnly(2022, 1, 1), new DateOnly(2022, 12, 31), d => d.DayOfYear is > 181 and <= 211 ? 160 : 40),
        };
        var set = AnnualAirProjection.Prepare(MidYear, FirstHalf(40), past, Standard);
        var good = set.Project(YearStatistic.GoodDayRatio, 90);
        Assert.Equal(91.8m, good.Value);
        Assert.Equal(1.0, good.PMeet);
        var heavy = set.Project(YearStatistic.HeavilyPollutedDays, 20);
        Assert.Equal(30m, heavy.Value);
        Assert.Equal(0.0, heavy.PMeet);
        Assert.Equal(0m, heavy.AtCurrentPace);
    }
}
