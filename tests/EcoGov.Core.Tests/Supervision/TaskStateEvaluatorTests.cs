using EcoGov.Core.Supervision;
using EcoGov.Core.Tasks;

namespace EcoGov.Core.Tests.Supervision;

/// <summary>
/// The task-state rule (docs/supervision.md §3), rule by rule and at its boundaries: the due day itself, the day after,
/// exactly <c>dueSoonDays</c> before, the last day of a month (the period turns), a plan issued after the period.
/// </summary>
public sealed class TaskStateEvaluatorTests
{
    private static readonly DateOnly Issued = new(2023, 5, 31);

    private static DeadlineReading Deadline(string text) => DeadlineReader.Read(text, new DeadlineReadingOptions(Issued));

    private static AcceptedReport Report(int year, int month, WorkStatus status = WorkStatus.InProgress, int version = 1) =>
        new(new ReportingPeriod(year, month), version, status, status == WorkStatus.Completed ? 100 : 50, new DateOnly(year, month, 28));

    private static TaskStateReading State(string? deadline, DateOnly day, params AcceptedReport[] reports) =>
        TaskStateEvaluator.Evaluate(deadline is null ? null : Deadline(deadline), reports, day, Issued);

    [Fact]
    public void An_accepted_completion_report_completes_the_task_even_past_its_due_day()
    {
        var s = State("2023年4月底前", new DateOnly(2023, 6, 30), Report(2023, 6, WorkStatus.Completed));
        Assert.Equal((TaskState.Completed, TrafficLight.Green), (s.State, s.Light));
        Assert.Contains("2023-06 期报告已完成", s.Reason);
    }

    [Fact]
    public void The_latest_report_decides_completion_by_period_then_version()
    {
        // Completed in May, then a June report says it is blocked again: not completed.
        var s = State("长期坚持", new DateOnly(2023, 6, 30), Report(2023, 5, WorkStatus.Completed), Report(2023, 6, WorkStatus.Blocked));
        Assert.Equal(TaskState.Ongoing, s.State);
        Assert.Equal(TrafficLight.Yellow, s.Light);
        Assert.Contains("受阻", s.Reason);
        // A revision (version 2) of the same period wins over version 1.
        var v = State("2023年9月底前", new DateOnly(2023, 6, 30), Report(2023, 6, WorkStatus.Completed, 1), Report(2023, 6, WorkStatus.InProgress, 2));
        Assert.Equal(TaskState.OnSchedule, v.State);
    }

    [Fact]
    public void Overdue_from_the_day_after_the_due_day_not_on_it()
    {
        var onDue = State("2023年6月底前", new DateOnly(2023, 6, 30), Report(2023, 6));
        Assert.Equal(TaskState.DueSoon, onDue.State);
        Assert.Contains("还有 0 天", onDue.Reason);
        var after = State("2023年6月底前", new DateOnly(2023, 7, 1), Report(2023, 6));
        Assert.Equal((TaskState.Overdue, TrafficLight.Red), (after.State, after.Light));
        Assert.Contains("完成时限 2023-06-30 已过 1 天", after.Reason);
        Assert.Equal(new DateOnly(2023, 6, 30), after.Due);
    }

    [Fact]
    public void Due_soon_within_the_window_inclusive()
    {
        // Due 2023-07-31; on 2023-07-16 it is 15 days away (due soon), on 2023-07-15, 16 (on schedule).
        var r = new[] { Report(2023, 6) };
        Assert.Equal(TaskState.DueSoon, State("2023年7月底前", new DateOnly(2023, 7, 16), r).State);
        Assert.Equal(TaskState.OnSchedule, State("2023年7月底前", new DateOnly(2023, 7, 15), r).State);
        Assert.Equal(TaskState.OnSchedule, TaskStateEvaluator.Evaluate(Deadline("2023年7月底前"), r, new DateOnly(2023, 7, 16), Issued, dueSoonDays: 14).State);
    }

    [Fact]
    public void Not_reported_when_the_expected_period_has_no_accepted_report()
    {
        var s = State("2023年10月底前", new DateOnly(2023, 6, 30));
        Assert.Equal((TaskState.NotReported, TrafficLight.Yellow), (s.State, s.Light));
        Assert.Equal(new ReportingPeriod(2023, 6), s.ExpectedPeriod);
        Assert.Contains("2023-06 期进展未报送或未经采纳（应于 2023-06-30 前报送）", s.Reason);
        // Mid-month the period due is the previous one: a May report suffices on 2023-06-15.
        Assert.Equal(TaskState.OnSchedule, State("2023年10月底前", new DateOnly(2023, 6, 15), Report(2023, 5)).State);
    }

    [Fact]
    public void Nothing_is_expected_before_the_plan_is_issued()
    {
        // Issued 2023-05-31: on 2023-05-15 the period due is April, which ended before the plan existed.
        var s = State("2023年10月底前", new DateOnly(2023, 5, 15));
        Assert.Equal(TaskState.OnSchedule, s.State);
        Assert.Null(s.ExpectedPeriod);
        Assert.Contains("尚未到首个填报期", s.Reason);
        // On the issue day itself (the last day of May) May is not expected: the first period is June.
        Assert.Null(State("2023年10月底前", new DateOnly(2023, 5, 31)).ExpectedPeriod);
        Assert.Equal(TaskState.NotReported, State("2023年10月底前", new DateOnly(2023, 6, 30)).State);
    }

    [Fact]
    public void A_standing_obligation_is_ongoing_once_in_force()
    {
        var before = State("2023年9月1日起", new DateOnly(2023, 7, 31), Report(2023, 7));
        Assert.Equal(TaskState.OnSchedule, before.State);
        Assert.Contains("自 2023-09-01 起执行", before.Reason);
        Assert.Null(before.ExpectedPeriod); // a "from" obligation is not reported before it starts
        var after = State("2023年9月1日起", new DateOnly(2023, 9, 30), Report(2023, 9));
        Assert.Equal((TaskState.Ongoing, TrafficLight.Green), (after.State, after.Light));
        Assert.Contains("自 2023-09-01 起长期执行", after.Reason);
    }

    [Fact]
    public void Ongoing_and_recurring_tasks_have_no_final_due_day()
    {
        var ongoing = State("长期坚持", new DateOnly(2023, 6, 30), Report(2023, 6));
        Assert.Equal(TaskState.Ongoing, ongoing.State);
        Assert.Null(ongoing.Due);
        var recurring = State("每年9月底前", new DateOnly(2023, 9, 20), Report(2023, 8));
        Assert.Equal(TaskState.DueSoon, recurring.State);
        Assert.Contains("本轮完成时限 2023-09-30", recurring.Reason);
        var later = State("每年9月底前", new DateOnly(2023, 10, 31), Report(2023, 10));
        Assert.Equal(TaskState.Ongoing, later.State);
        Assert.Contains("下次到期 2024-09-30", later.Reason);
    }

    [Fact]
    public void A_task_without_a_deadline_or_with_an_unreadable_one_is_supervised_by_its_reports()
    {
        Assert.Equal(TaskState.Ongoing, State(null, new DateOnly(2023, 6, 30), Report(2023, 6)).State);
        Assert.Equal(TaskState.NotReported, State(null, new DateOnly(2023, 6, 30)).State);
        var unparsed = State("视情况而定", new DateOnly(2023, 6, 30), Report(2023, 6));
        Assert.Equal(TaskState.OnSchedule, unparsed.State);
        Assert.Contains("完成时限未能识别", unparsed.Reason);
    }

    [Fact]
    public void Reports_of_periods_after_the_day_do_not_count()
    {
        var s = State("2023年10月底前", new DateOnly(2023, 6, 30), Report(2023, 7, WorkStatus.Completed));
        Assert.Equal(TaskState.NotReported, s.State);
        Assert.Null(s.LastReport);
    }

    [Fact]
    public void A_negative_window_is_refused() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => TaskStateEvaluator.Evaluate(null, [], new DateOnly(2023, 6, 30), null, -1));
}

public sealed class ReportingPeriodTests
{
    [Theory]
    [InlineData("2023-06", 2023, 6)]
    [InlineData("1900-01", 1900, 1)]
    [InlineData("2100-12", 2100, 12)]
    public void Reads_yyyy_MM(string text, int year, int month) => Assert.Equal(new ReportingPeriod(year, month), ReportingPeriod.TryParse(text));

    [Theory]
    [InlineData("2023-6")]
    [InlineData("2023-13")]
    [InlineData("2023-00")]
    [InlineData("2023/06")]
    [InlineData("1899-12")]
    [InlineData("2101-01")]
    [InlineData("２０２３-０６")]
    [InlineData(" 2023-06")]
    [InlineData("")]
    [InlineData(null)]
    public void Refuses_anything_else(string? text) => Assert.Null(ReportingPeriod.TryParse(text));

    [Theory]
    [InlineData("2023-06-30", "2023-06")]
    [InlineData("2023-06-29", "2023-05")]
    [InlineData("2023-07-01", "2023-06")]
    [InlineData("2024-01-15", "2023-12")]
    [InlineData("2024-02-29", "2024-02")]
    public void The_period_due_on_a_day(string day, string period) =>
        Assert.Equal(period, ReportingPeriod.DueOn(DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture)).ToString());

    [Fact]
    public void Orders_by_year_then_month()
    {
        Assert.True(new ReportingPeriod(2023, 12) < new ReportingPeriod(2024, 1));
        Assert.Equal(new DateOnly(2024, 2, 29), new ReportingPeriod(2024, 2).LastDay);
    }
}

public sealed class SupervisionNamesTests
{
    [Theory]
    [InlineData("已完成", WorkStatus.Completed)]
    [InlineData("completed", WorkStatus.Completed)]
    [InlineData("inProgress", WorkStatus.InProgress)]
    [InlineData("in-progress", WorkStatus.InProgress)]
    [InlineData("受阻", WorkStatus.Blocked)]
    [InlineData(" 未启动 ", WorkStatus.NotStarted)]
    public void Reads_a_status_as_typed(string text, WorkStatus status) => Assert.Equal(status, SupervisionNames.ParseStatus(text));

    [Theory]
    [InlineData("done")]
    [InlineData("")]
    [InlineData("2")]
    public void Refuses_an_unknown_status(string text) => Assert.Null(SupervisionNames.ParseStatus(text));

    [Fact]
    public void Every_role_round_trips_through_its_stored_name()
    {
        foreach (var role in UserRoles.All) Assert.Equal(role, UserRoles.Parse(UserRoles.Name(role)));
        Assert.Null(UserRoles.Parse("Administrator"));
        Assert.Equal("officer", UserRoles.DisplayName("officer"));
    }

    [Fact]
    public void Unit_names_are_one_spelling_per_department()
    {
        Assert.Equal("区发改（能源）局", DepartmentNames.Normalize("区发改(能源)局"));
        Assert.Equal("区发改（能源）局", DepartmentNames.Normalize(" 区发改（能源） 局 "));
        Assert.Equal(["区生态环境分局", "晋城市凤禹排水有限公司", "相关镇（街道）"],
            UnitNames.Split(["区生态环境分局 晋城市凤禹排水有限公司 相关镇（街道）"]).ToArray());
        Assert.Equal(["区住建局", "区城管局"], UnitNames.Split(["区住建局、区城管局", null, "区住建局", " "]).ToArray());
    }
}
