using EcoGov.Core.Indicators;
using EcoGov.Core.Progress;

namespace EcoGov.Core.Tests.Progress;

public class ProgressEvaluatorTests
{
    [Fact]
    public void Finished_period_equal_to_target_is_achieved()
    {
        var r = ProgressEvaluator.Evaluate(ProgressTarget.AtMost(54, 80), 54, 1);
        Assert.Equal(ProgressStatus.Achieved, r.Status);
        Assert.Equal(ProgressRule.PeriodAtMost, r.Rule);
        Assert.Contains("达标", r.Reason);
    }

    [Fact]
    public void Finished_period_above_target_is_not_achieved()
    {
        var r = ProgressEvaluator.Evaluate(ProgressTarget.AtMost(70, 50), 71, 1);
        Assert.Equal(ProgressStatus.NotAchieved, r.Status);
        Assert.Equal(ProgressRule.PeriodAtMost, r.Rule);
        Assert.Contains("未达标", r.Reason);
    }

    [Fact]
    public void Time_proportional_on_track_and_lagging()
    {
        // Annual PM2.5: baseline (2022) 38, target 36, half the year elapsed (share 0.5).
        // Required reduction so far = (38 − 36) × 0.5 = 1, i.e. year-to-date must be ≤ 37.
        var target = ProgressTarget.AtMost(36, 38);

        // YTD 37: achieved reduction 38 − 37 = 1 ≥ 1 → on track (even though 37 > 36).
        var onTrack = ProgressEvaluator.Evaluate(target, 37, 0.5);
        Assert.Equal(ProgressStatus.OnTrack, onTrack.Status);
        Assert.Equal(ProgressRule.TimeProportional, onTrack.Rule);
        Assert.Contains("应下降 1", onTrack.Reason);

        // YTD 37.5: achieved 0.5 < required 1 → lagging.
        var lagging = ProgressEvaluator.Evaluate(target, 37.5, 0.5);
        Assert.Equal(ProgressStatus.Lagging, lagging.Status);
        Assert.Equal(ProgressRule.TimeProportional, lagging.Rule);
        Assert.Contains("滞后", lagging.Reason);

        // Quarter elapsed (0.25): required = 2 × 0.25 = 0.5; YTD 37.5 achieves 0.5 → on track.
        Assert.Equal(ProgressStatus.OnTrack, ProgressEvaluator.Evaluate(target, 37.5, 0.25).Status);
    }

    [Fact]
    public void Unfinished_period_without_reduction_compares_to_date_with_target()
    {
        // Baseline equals target (no reduction asked): year-to-date statistic against the target.
        var target = ProgressTarget.AtMost(12, 12);
        var ok = ProgressEvaluator.Evaluate(target, 12, 0.3);
        Assert.Equal(ProgressStatus.OnTrack, ok.Status);
        Assert.Equal(ProgressRule.ToDateAgainstTarget, ok.Rule);
        var late = ProgressEvaluator.Evaluate(target, 13, 0.3);
        Assert.Equal(ProgressStatus.Lagging, late.Status);
        Assert.Equal(ProgressRule.ToDateAgainstTarget, late.Rule);

        // No baseline at all.
        Assert.Equal(ProgressStatus.Lagging, ProgressEvaluator.Evaluate(ProgressTarget.AtMost(30, null), 31, 0.5).Status);
    }

    [Fact]
    public void No_data_cannot_be_judged()
    {
        var r = ProgressEvaluator.Evaluate(ProgressTarget.AtMost(54, 80), null, 1);
        Assert.Equal(ProgressStatus.CannotJudge, r.Status);
        Assert.Equal(ProgressRule.NoData, r.Rule);
        Assert.Equal("无有效监测数据", r.Reason);
    }

    [Fact]
    public void Not_started_is_not_yet_due()
    {
        var r = ProgressEvaluator.Evaluate(ProgressTarget.AtMost(54, 80), null, 0);
        Assert.Equal(ProgressStatus.CannotJudge, r.Status);
        Assert.Equal(ProgressRule.NotYetDue, r.Rule);
        Assert.Equal("未到期", r.Reason);
    }

    [Fact]
    public void Higher_level_reference_is_unresolved()
    {
        var t = ProgressTarget.From(TargetValue.Parse("完成省级要求", 2025)!, 40);
        Assert.True(t.Unresolved);
        var r = ProgressEvaluator.Evaluate(t, 35, 1);
        Assert.Equal(ProgressStatus.CannotJudge, r.Status);
        Assert.Equal(ProgressRule.UnresolvedTarget, r.Rule);
        Assert.Contains("完成省级要求", r.Reason);
    }

    [Fact]
    public void Lower_bound_and_relative_targets()
    {
        // ≥ 80 (e.g. a good-day ratio), finished: 80 achieved, 79 not.
        var atLeast = ProgressTarget.From(TargetValue.Parse("≥80", 2025)!, 75);
        Assert.Equal(TargetDirection.AtLeast, atLeast.Direction);
        Assert.Equal(ProgressStatus.Achieved, ProgressEvaluator.Evaluate(atLeast, 80, 1).Status);
        Assert.Equal(ProgressStatus.NotAchieved, ProgressEvaluator.Evaluate(atLeast, 79, 1).Status);
        // Half elapsed: required increase = (80 − 75) × 0.5 = 2.5 → 77.5 on track, 77 lagging.
        Assert.Equal(ProgressStatus.OnTrack, ProgressEvaluator.Evaluate(atLeast, 77.5, 0.5).Status);
        Assert.Equal(ProgressStatus.Lagging, ProgressEvaluator.Evaluate(atLeast, 77, 0.5).Status);

        // 下降 10% of baseline 40 → ≤ 36.
        var decrease = ProgressTarget.From(TargetValue.Parse("下降 10%", 2025)!, 40);
        Assert.Equal(36, decrease.Value!.Value, 9);
        Assert.Equal(ProgressStatus.Achieved, ProgressEvaluator.Evaluate(decrease, 36, 1).Status);
    }

    [Fact]
    public void Elapsed_share_outside_zero_to_one_is_rejected() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => ProgressEvaluator.Evaluate(ProgressTarget.AtMost(1, 1), 1, 1.5));
}
