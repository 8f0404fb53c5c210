using EcoGov.Core.Progress;
using EcoGov.Core.Water;

namespace EcoGov.Core.Tests.Progress;

public sealed class WaterTargetProgressTests
{
    private static WaterSample Sample(int month, double nh3n, int day = 10) =>
        new(new DateOnly(2023, month, day), new Dictionary<string, double?> { ["DO"] = 7, ["NH3N"] = nh3n });

    [Fact]
    public void A_year_of_class_III_samples_achieves_a_class_III_target_and_a_class_II_target_is_not_achieved()
    {
        var samples = Enumerable.Range(1, 12).Select(m => Sample(m, 0.9)).ToList();
        var iii = WaterTargetProgress.Evaluate("s", WaterBodyKind.River, WaterClass.III, "Ⅲ类", false, samples, 2023, new DateOnly(2023, 12, 31));
        Assert.Equal((ProgressStatus.Achieved, WaterClass.III), (iii.Result.Status, iii.YearToDate!.Evaluation.Class));
        var ii = WaterTargetProgress.Evaluate("s", WaterBodyKind.River, WaterClass.II, "Ⅱ类", false, samples, 2023, new DateOnly(2023, 12, 31));
        Assert.Equal(ProgressStatus.NotAchieved, ii.Result.Status);
        Assert.All(ii.Months, m => Assert.False(m.Meets));
    }

    [Fact]
    public void The_year_class_is_the_class_of_the_mean_of_monthly_means()
    {
        // Month 1: two samples 0.4 and 1.6 → 1.0 (Ⅲ); months 2–12: 0.4 (Ⅱ). Year mean of monthly means ≈ 0.45 → Ⅱ.
        var samples = new List<WaterSample> { Sample(1, 0.4, 5), Sample(1, 1.6, 20) };
        samples.AddRange(Enumerable.Range(2, 11).Select(m => Sample(m, 0.4)));
        var p = WaterTargetProgress.Evaluate("s", WaterBodyKind.River, WaterClass.II, "Ⅱ类", false, samples, 2023, new DateOnly(2023, 12, 31));
        Assert.Equal(WaterClass.III, p.Months[0].Class);
        Assert.Equal(2, p.Months[0].Samples);
        Assert.Equal(WaterClass.II, p.YearToDate!.Evaluation.Class);
        Assert.Equal(ProgressStatus.Achieved, p.Result.Status);
    }

    [Fact]
    public void No_samples_missing_months_and_unresolved_targets_cannot_be_judged_with_the_reason()
    {
        var none = WaterTargetProgress.Evaluate("金匠桥", WaterBodyKind.River, WaterClass.V, "V类", false, [], 2023, new DateOnly(2023, 12, 31));
        Assert.Equal((ProgressStatus.CannotJudge, ProgressRule.NoData), (none.Result.Status, none.Result.Rule));
        Assert.Contains("无监测样品", none.Result.Reason);

        var gap = WaterTargetProgress.Evaluate("s", WaterBodyKind.River, WaterClass.V, "V类", false,
            Enumerable.Range(1, 12).Where(m => m is not (4 or 9)).Select(m => Sample(m, 0.9)).ToList(), 2023, new DateOnly(2023, 12, 31));
        Assert.Equal(ProgressStatus.CannotJudge, gap.Result.Status);
        Assert.Equal([4, 9], gap.MissingMonths);
        Assert.Contains("4月、9月", gap.Result.Reason);

        var unresolved = WaterTargetProgress.Evaluate("白水河", WaterBodyKind.River, null, "完成省定目标", true,
            [Sample(1, 0.9)], 2023, new DateOnly(2023, 1, 31));
        Assert.Equal(ProgressRule.UnresolvedTarget, unresolved.Result.Rule);
        Assert.Contains("待上级下达", unresolved.Result.Reason);
    }

    [Fact]
    public void An_unfinished_year_is_on_track_or_lagging_and_later_months_are_not_due()
    {
        var samples = Enumerable.Range(1, 6).Select(m => Sample(m, 1.8)).ToList(); // Ⅴ
        var onTrack = WaterTargetProgress.Evaluate("s", WaterBodyKind.River, WaterClass.V, "V类", false, samples, 2023, new DateOnly(2023, 6, 30));
        Assert.Equal(ProgressStatus.OnTrack, onTrack.Result.Status);
        Assert.Equal("未到期", onTrack.Months[6].Reason);
        var lagging = WaterTargetProgress.Evaluate("s", WaterBodyKind.River, WaterClass.IV, "Ⅳ类", false, samples, 2023, new DateOnly(2023, 6, 30));
        Assert.Equal(ProgressStatus.Lagging, lagging.Result.Status);
        // A month that has not ended yet without a sample is not counted as missing.
        var mid = WaterTargetProgress.Evaluate("s", WaterBodyKind.River, WaterClass.V, "V类", false, samples, 2023, new DateOnly(2023, 7, 15));
        Assert.Empty(mid.MissingMonths);
        Assert.Equal(ProgressStatus.OnTrack, mid.Result.Status);
    }
}
