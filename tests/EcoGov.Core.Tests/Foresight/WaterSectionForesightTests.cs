using EcoGov.Core.Foresight;
using EcoGov.Core.Progress;
using EcoGov.Core.Water;

namespace EcoGov.Core.Tests.Foresight;

/// <summary>
/// Issue 14 item 1, water: the bounds the remaining months must keep, checked exactly on constructed series (numbers chosen
/// to be exact in binary, so the engine's own double means land on the limits) and against the annual evaluation itself.
/// </summary>
public class WaterSectionForesightTests
{
    private static readonly SurfaceWaterStandard Table1 = Gb3838_2002.Table1;

    private static WaterSample Sample(int year, int month, double nh3n, double dissolvedOxygen = 7.5, double cod = 15) =>
        new(new DateOnly(year, month, 10), new Dictionary<string, double?> { ["NH3N"] = nh3n, ["DO"] = dissolvedOxygen, ["COD"] = cod });

    private static List<WaterSample> Months(int from, int to, Func<int, WaterSample> sample) =>
        Enumerable.Range(from, to - from + 1).Select(sample).ToList();

    /// <summary>The year's class as the progress evaluation (the plan's assessment rule) computes it.</summary>
    private static int? YearClass(IEnumerable<WaterSample> samples) =>
        WaterTargetProgress.Evaluate("断面", WaterBodyKind.River, 3, "Ⅲ类", false, samples, 2023, new DateOnly(2023, 12, 31)).YearToDate!.Evaluation.Class;

    [Fact]
    public void The_bound_of_the_remaining_months_is_exact_and_one_step_beyond_it_fails()
    {
        // Six months of NH3N 1.25 (class Ⅳ), target Ⅲ (1.0): x ≤ (1.0 × 12 − 7.5)/6 = 0.75, which is class Ⅱ (0.5 < 0.75 < 1.0).
        var soFar = Months(1, 6, m => Sample(2023, m, 1.25));
        var f = WaterSectionForesight.Compute(Table1, WaterBodyKind.River, WaterClass.III, soFar, new DateOnly(2023, 6, 30));
        Assert.Equal(ForesightStatus.Possible, f.Status);
        Assert.Equal(6, f.MonthsSoFar);
        Assert.Equal(6, f.MonthsLeft);
        Assert.Equal(WaterClass.IV, f.ClassSoFar);
        var nh3n = f.Items.Single(i => i.Code == "NH3N");
        Assert.Equal(0.75m, nh3n.Bound);
        Assert.Equal(7.5m, nh3n.SumSoFar);
        Assert.Equal(WaterClass.II, nh3n.WorstClass);
        Assert.Equal(WaterClass.II, f.RequiredClass);
        Assert.Contains("(1 × 12 − 7.5)/6 = 0.75", nh3n.Arithmetic);
        Assert.Contains("剩余 6 个月需达到 Ⅱ类 及以上", f.Text);
        Assert.Contains("氨氮（NH3N）均值 ≤ 0.75 mg/L", f.Text);

        // The remaining months exactly at the bound: the year's mean is 1.0, class Ⅲ — met.
        Assert.Equal(WaterClass.III, YearClass(soFar.Concat(Months(7, 12, m => Sample(2023, m, 0.75)))));
        // One remaining month a step above it (0.75 + 1/64, exact in binary): the year is class Ⅳ — not met.
        Assert.Equal(WaterClass.IV, YearClass(soFar.Concat(Months(7, 12, m => Sample(2023, m, m == 12 ? 0.765625 : 0.75)))));
    }

    [Fact]
    public void Dissolved_oxygen_is_bounded_from_below()
    {
        // Six months of DO 4.0 (class Ⅳ), target Ⅲ (≥ 5): x ≥ (5 × 12 − 24)/6 = 6, which is class Ⅱ's limit.
        var soFar = Months(1, 6, m => Sample(2023, m, 0.5, dissolvedOxygen: 4.0));
        var f = WaterSectionForesight.Compute(Table1, WaterBodyKind.River, WaterClass.III, soFar, new DateOnly(2023, 6, 30));
        var oxygen = f.Items.Single(i => i.Code == "DO");
        Assert.Equal(6m, oxygen.Bound);
        Assert.Equal(WaterClass.II, oxygen.WorstClass);
        Assert.Equal(WaterClass.II, f.RequiredClass);
        Assert.Contains("溶解氧（DO）均值 ≥ 6 mg/L", f.Text);
        Assert.Equal(WaterClass.III, YearClass(soFar.Concat(Months(7, 12, m => Sample(2023, m, 0.5, dissolvedOxygen: 6.0)))));
        Assert.Equal(WaterClass.IV, YearClass(soFar.Concat(Months(7, 12, m => Sample(2023, m, 0.5, dissolvedOxygen: m == 7 ? 5.875 : 6.0)))));
    }

    [Fact]
    public void Already_impossible_when_even_zero_in_every_remaining_month_leaves_the_mean_above_the_limit()
    {
        // Six months of NH3N 2.25 (劣Ⅴ): (1.0 × 12 − 13.5)/6 = −0.25 < 0.
        var soFar = Months(1, 6, m => Sample(2023, m, 2.25));
        var f = WaterSectionForesight.Compute(Table1, WaterBodyKind.River, WaterClass.III, soFar, new DateOnly(2023, 6, 30));
        Assert.Equal(ForesightStatus.Impossible, f.Status);
        Assert.Null(f.RequiredClass);
        Assert.Equal(-0.25m, f.Items.Single(i => i.Code == "NH3N").Bound);
        Assert.Contains("已无法完成", f.Text);
        Assert.Equal(WaterClass.IV, YearClass(soFar.Concat(Months(7, 12, m => Sample(2023, m, 0)))));
    }

    [Fact]
    public void A_month_ended_without_a_sample_is_missing_and_the_current_month_is_still_to_come()
    {
        // Samples January … April; May ended without one; 15 June: June … December are left (7 months), May is missing.
        var soFar = Months(1, 4, m => Sample(2023, m, 1.25));
        var f = WaterSectionForesight.Compute(Table1, WaterBodyKind.River, WaterClass.III, soFar, new DateOnly(2023, 6, 15));
        Assert.Equal([5], f.MissingMonths);
        Assert.Equal(4, f.MonthsSoFar);
        Assert.Equal(7, f.MonthsLeft);
        // x ≤ (1.0 × 11 − 5)/7 = 0.857142… → shown 0.8571 (rounded down, the safe side).
        var nh3n = f.Items.Single(i => i.Code == "NH3N");
        Assert.Equal(6m / 7m, nh3n.Bound);
        Assert.Contains("≤ 0.8571 mg/L", nh3n.Text);
        Assert.Contains("缺测 5月", f.Arithmetic);
    }

    [Fact]
    public void Items_needing_no_better_than_the_target_do_not_raise_the_required_class()
    {
        // NH3N 0.5 (Ⅱ), DO 7.5 (Ⅰ), COD 15 (Ⅰ): NH3N x ≤ (12 − 3)/6 = 1.5 → Ⅳ; COD x ≤ (240 − 90)/6 = 25 → Ⅲ;
        // DO x ≥ (60 − 45)/6 = 2.5 → Ⅳ (3 ≥ 2.5). Required: the strictest, Ⅲ (COD).
        var soFar = Months(1, 6, m => Sample(2023, m, 0.5));
        var f = WaterSectionForesight.Compute(Table1, WaterBodyKind.River, WaterClass.III, soFar, new DateOnly(2023, 6, 30));
        Assert.Equal(WaterClass.IV, f.Items.Single(i => i.Code == "NH3N").WorstClass);
        Assert.Equal(WaterClass.III, f.Items.Single(i => i.Code == "COD").WorstClass);
        Assert.Equal(WaterClass.IV, f.Items.Single(i => i.Code == "DO").WorstClass);
        Assert.Equal(WaterClass.III, f.RequiredClass);
        Assert.Equal(WaterClass.II, f.ClassSoFar);
    }

    [Fact]
    public void A_lake_uses_the_lake_limits_and_leaves_total_nitrogen_apart()
    {
        var samples = Months(1, 6, m => new WaterSample(new DateOnly(2023, m, 10),
            new Dictionary<string, double?> { ["TP"] = 0.0625, ["TN"] = 3.0 }));
        var f = WaterSectionForesight.Compute(Table1, WaterBodyKind.LakeOrReservoir, WaterClass.III, samples, new DateOnly(2023, 6, 30));
        var tp = Assert.Single(f.Items);
        // Lake TP class Ⅲ 0.05: x ≤ (0.05 × 12 − 0.375)/6 = 0.0375 → class Ⅱ (0.025).
        Assert.Equal("TP", tp.Code);
        Assert.Equal(0.0375m, tp.Bound);
        Assert.Equal(WaterClass.II, tp.WorstClass);
    }

    [Fact]
    public void With_no_month_left_the_year_is_met_or_not()
    {
        var met = WaterSectionForesight.Compute(Table1, WaterBodyKind.River, WaterClass.III, Months(1, 12, m => Sample(2023, m, 1.0)), new DateOnly(2023, 12, 31));
        Assert.Equal(0, met.MonthsLeft);
        Assert.Equal(ForesightStatus.Secured, met.Status);
        var failed = WaterSectionForesight.Compute(Table1, WaterBodyKind.River, WaterClass.III, Months(1, 12, m => Sample(2023, m, 1.25)), new DateOnly(2023, 12, 31));
        Assert.Equal(ForesightStatus.Impossible, failed.Status);
        Assert.Contains("劣于目标 Ⅲ类", failed.Text);
    }

    [Fact]
    public void No_sample_yet_every_item_must_average_within_the_target()
    {
        var f = WaterSectionForesight.Compute(Table1, WaterBodyKind.River, WaterClass.II, [], new DateOnly(2023, 3, 31));
        Assert.Empty(f.Items);
        Assert.Equal([1, 2, 3], f.MissingMonths);
        Assert.Equal(9, f.MonthsLeft);
        Assert.Contains("剩余 9 个月各项目均值须达到 Ⅱ类", f.Text);
    }

    [Fact]
    public void A_target_outside_the_classes_is_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => WaterSectionForesight.Compute(Table1, WaterBodyKind.River, WaterClass.WorseThanV, [], new DateOnly(2023, 3, 31)));
    }
}
