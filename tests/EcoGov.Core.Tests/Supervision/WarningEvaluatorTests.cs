using EcoGov.Core.Supervision;

namespace EcoGov.Core.Tests.Supervision;

/// <summary>The warning rule of 002 line 110 with its default thresholds (docs/supervision.md §7), at its boundaries.</summary>
public sealed class WarningEvaluatorTests
{
    private static readonly Dictionary<string, WarningLevel> None = [];

    private static WarnedTask Task(int seq, string unit, TaskState state, string? due = null) =>
        new($"p/{seq}", [unit], state, due is null ? null : DateOnly.Parse(due, System.Globalization.CultureInfo.InvariantCulture), "2023-06");

    [Fact]
    public void A_unit_with_an_overdue_or_unreported_task_is_warned_with_the_tasks_as_evidence()
    {
        var c = WarningEvaluator.Evaluate([Task(1, "甲局", TaskState.Overdue, "2023-04-30"), Task(2, "甲局", TaskState.NotReported), Task(3, "乙局", TaskState.OnSchedule)],
            "城区", [], None);
        var unit = Assert.Single(c);
        Assert.Equal(("甲局", WarningLevel.Warning), (unit.Unit, unit.Level));
        Assert.Equal([WarningReasonKind.TaskOverdue, WarningReasonKind.TaskNotReported], unit.Reasons.Select(r => r.Kind));
        Assert.Equal("p/1 完成时限 2023-04-30", unit.Reasons[0].Evidence);
        Assert.Equal("牵头的 1 项任务 2023-06 期进展未报送或未经采纳", unit.Reasons[1].Message);
    }

    [Fact]
    public void Three_overdue_tasks_make_an_interview_two_do_not()
    {
        WarnedTask[] two = [Task(1, "甲局", TaskState.Overdue, "2023-04-30"), Task(2, "甲局", TaskState.Overdue, "2023-05-31")];
        Assert.Equal(WarningLevel.Warning, Assert.Single(WarningEvaluator.Evaluate(two, "城区", [], None)).Level);
        var three = WarningEvaluator.Evaluate([.. two, Task(3, "甲局", TaskState.Overdue, "2023-05-31")], "城区", [], None);
        Assert.Equal(WarningLevel.Interview, Assert.Single(three).Level);
        Assert.Contains("进展严重滞后", three[0].Reasons[0].Message);
        Assert.Equal(WarningLevel.Warning, Assert.Single(WarningEvaluator.Evaluate([.. two, Task(3, "甲局", TaskState.Overdue, "2023-05-31")], "城区", [], None,
            new WarningThresholds(OverdueTasksForInterview: 4))).Level);
    }

    [Fact]
    public void Completed_on_schedule_due_soon_and_ongoing_tasks_are_no_reason()
    {
        Assert.Empty(WarningEvaluator.Evaluate(
            [Task(1, "甲局", TaskState.Completed), Task(2, "甲局", TaskState.OnSchedule), Task(3, "甲局", TaskState.DueSoon), Task(4, "甲局", TaskState.Ongoing)],
            "城区", [], None));
        Assert.Empty(WarningEvaluator.Evaluate([Task(1, "甲局", TaskState.NotReported)], "城区", [], None, new WarningThresholds(NotReportedWarns: false)));
    }

    [Fact]
    public void A_target_behind_pro_rata_progress_warns_the_jurisdiction_with_the_figures()
    {
        var c = Assert.Single(WarningEvaluator.Evaluate([], "城区", [new TargetFigure("PM2.5", "全年", 48, 41, "μg/m³", Behind: true, Over: false)], None));
        Assert.Equal(("城区", WarningLevel.Warning), (c.Unit, c.Level));
        Assert.Equal("PM2.5 年初至今滞后于序时进度", c.Reasons[0].Message);
        Assert.Equal("PM2.5 年初至今 实际 48 μg/m³，目标 41 μg/m³，+17.1%", c.Reasons[0].Evidence);
        Assert.Empty(WarningEvaluator.Evaluate([], "城区", [new TargetFigure("PM2.5", "全年", 38, 41, "μg/m³", Behind: false, Over: false)], None));
    }

    [Fact]
    public void A_month_over_target_by_ten_percent_or_two_months_in_a_row_make_an_interview()
    {
        // 10 % over in a month that is over: 约谈; 9.9 %: 预警.
        Assert.Equal(WarningLevel.Interview, WarningEvaluator.Evaluate([], "城区", [new TargetFigure("PM2.5", "2023-06", 44, 40, "μg/m³", true, true)], None)[0].Level);
        Assert.Equal(WarningLevel.Warning, WarningEvaluator.Evaluate([], "城区", [new TargetFigure("PM2.5", "2023-06", 43.96, 40, "μg/m³", true, true)], None)[0].Level);
        // Behind but the period runs (lagging): never more than 预警 on the excess alone.
        Assert.Equal(WarningLevel.Warning, WarningEvaluator.Evaluate([], "城区", [new TargetFigure("PM2.5", "2023-06", 60, 40, "μg/m³", true, false)], None)[0].Level);
        // May and June both over (持续恶化), each by less than 10 %: 约谈.
        var worse = WarningEvaluator.Evaluate([], "城区",
            [new TargetFigure("PM10", "2023-05", 71, 70, "μg/m³", true, true), new TargetFigure("PM10", "2023-06", 66, 65, "μg/m³", true, true)], None);
        Assert.Equal(WarningLevel.Interview, worse[0].Level);
        Assert.Contains("持续恶化", worse[0].Reasons[1].Message);
    }

    [Fact]
    public void A_unit_warned_in_the_previous_period_goes_one_level_up_and_no_higher_than_listed_supervision()
    {
        WarnedTask[] tasks = [Task(1, "甲局", TaskState.NotReported)];
        var once = WarningEvaluator.Evaluate(tasks, "城区", [], new Dictionary<string, WarningLevel> { ["甲局"] = WarningLevel.Warning }, previousPeriod: "2023-05");
        Assert.Equal(WarningLevel.Interview, once[0].Level);
        Assert.Equal("上期（2023-05）已列为预警对象，连续两期，升为约谈", once[0].Reasons[^1].Message);
        Assert.Equal(WarningLevel.ListedSupervision,
            WarningEvaluator.Evaluate(tasks, "城区", [], new Dictionary<string, WarningLevel> { ["甲局"] = WarningLevel.Interview })[0].Level);
        Assert.Equal(WarningLevel.ListedSupervision,
            WarningEvaluator.Evaluate(tasks, "城区", [], new Dictionary<string, WarningLevel> { ["甲局"] = WarningLevel.ListedSupervision })[0].Level);
        // A unit warned last period with nothing wrong now is not a candidate.
        Assert.Empty(WarningEvaluator.Evaluate([Task(1, "甲局", TaskState.Completed)], "城区", [], new Dictionary<string, WarningLevel> { ["甲局"] = WarningLevel.Warning }));
    }

    [Fact]
    public void Candidates_come_highest_level_first_then_by_unit()
    {
        var c = WarningEvaluator.Evaluate(
            [Task(1, "乙局", TaskState.NotReported), Task(2, "甲局", TaskState.NotReported), Task(3, "丙局", TaskState.Overdue, "2023-01-31"),
             Task(4, "丙局", TaskState.Overdue, "2023-01-31"), Task(5, "丙局", TaskState.Overdue, "2023-01-31")], "城区", [], None);
        Assert.Equal(["丙局", "乙局", "甲局"], c.Select(x => x.Unit));
    }

    [Fact]
    public void A_water_class_is_shown_as_classes_and_only_two_missed_months_running_make_an_interview()
    {
        // One month under its class, however far (劣Ⅴ against Ⅱ): 预警, no percentage.
        var one = Assert.Single(WarningEvaluator.Evaluate([], "城区", [new TargetFigure("洞头", "2023-06", 6, 2, "类", true, true, IsClass: true)], None));
        Assert.Equal(WarningLevel.Warning, one.Level);
        Assert.Equal("洞头 2023-06 实际 劣Ⅴ类，目标 Ⅱ类", one.Reasons[0].Evidence);
        Assert.DoesNotContain("%", one.Reasons[0].Evidence);
        // May and June both missed: 持续恶化, 约谈; April missed but May met: no streak.
        var two = WarningEvaluator.Evaluate([], "城区",
            [new TargetFigure("洞头", "2023-05", 6, 5, "类", true, true, true), new TargetFigure("洞头", "2023-06", 6, 5, "类", true, true, true)], None);
        Assert.Equal(WarningLevel.Interview, Assert.Single(two).Level);
        Assert.Contains(two[0].Reasons, r => r.Message.Contains("持续恶化"));
        var broken = WarningEvaluator.Evaluate([], "城区",
            [new TargetFigure("洞头", "2023-04", 6, 5, "类", true, true, true), new TargetFigure("洞头", "2023-05", 5, 5, "类", false, false, true),
             new TargetFigure("洞头", "2023-06", 6, 5, "类", true, true, true)], None);
        Assert.Equal(WarningLevel.Warning, Assert.Single(broken).Level);
        Assert.Throws<ArgumentOutOfRangeException>(() => WarningEvaluator.ClassName(7));
    }
}
