using System.Text.Json.Nodes;
using EcoGov.Cli.Tests;

namespace EcoGov.Application.Tests;

/// <summary>
/// Issue 9 items 2 and 5: the due-soon window is a plan's setting (default 15) and the heating-season start a
/// jurisdiction's (default 11-15, inherited downwards); the plan office sets them, the ledger uses them, the audit records them.
/// </summary>
public sealed class PlanSettingsTests : IDisposable
{
    private readonly CliRunner cli = new();

    public void Dispose() => cli.Dispose();

    private JsonNode Json(params string[] args) => JsonNode.Parse(cli.Json(args).GetRawText())!;

    private void Ok(params string[] args)
    {
        var (exit, _, stderr) = cli.Run(args);
        Assert.True(exit == 0, stderr);
    }

    [Fact]
    public void The_plan_office_sets_the_window_and_the_heating_season_and_the_ledger_follows()
    {
        Ok("users", "add", "--user-name", "office", "--role", "plan-office", "--jurisdiction", "140502", "--password", "Dispatch-Desk-2023!", "--user", "admin");
        Ok("users", "add", "--user-name", "eco", "--role", "reporter", "--jurisdiction", "140502", "--department", "区生态环境分局", "--password", "Green-Report-2023", "--user", "admin");
        var defaults = Json("plan-settings", "--plan", "chengqu-2023-air");
        Assert.Equal((15, true, "11-15"), (defaults["dueSoonDays"]!.GetValue<int>(), defaults["dueSoonDaysIsDefault"]!.GetValue<bool>(), defaults["heatingSeasonStart"]!.GetValue<string>()));

        // Task 4 (due 2023-09-30), reported for June and accepted: on 2023-06-30 it is 92 days away.
        var report = Json("report", "submit", "--task", "chengqu-2023-air/4", "--period", "2023-06", "--status", "推进中", "--percent", "50", "--text", "施工中", "--user", "eco");
        Ok("report", "review", "--report", report["id"]!.ToString(), "--accept", "--user", "office");
        string State() => Json("tasks", "--plan", "chengqu-2023-air", "--as-of", "2023-06-30").AsArray().Single(t => t!["seq"]!.GetValue<int>() == 4)!["state"]!.GetValue<string>();
        Assert.Equal("onSchedule", State());
        var set = Json("plan-settings", "--plan", "chengqu-2023-air", "--due-soon-days", "92", "--user", "office");
        Assert.Equal((92, false), (set["dueSoonDays"]!.GetValue<int>(), set["dueSoonDaysIsDefault"]!.GetValue<bool>()));
        Assert.Equal("dueSoon", State());
        Ok("plan-settings", "--plan", "chengqu-2023-air", "--due-soon-days", "", "--user", "office");
        Assert.Equal("onSchedule", State());

        // The heating season belongs to the jurisdiction: 城区's other plans follow it, 晋城市's do not.
        Ok("plan-settings", "--plan", "chengqu-2023-air", "--heating-season-start", "11-01", "--user", "office");
        var water = Json("plan-settings", "--plan", "chengqu-2023-water");
        Assert.Equal(("11-01", "140502"), (water["heatingSeasonStart"]!.GetValue<string>(), water["heatingSeasonStartFrom"]!.GetValue<string>()));
        Assert.Equal("11-15", Json("plan-settings", "--plan", "jincheng-14fyp-eco")["heatingSeasonStart"]!.GetValue<string>());

        // Bad values and the wrong people are refused, nothing changes; every change is in the audit log.
        var (exit, _, stderr) = cli.Run("plan-settings", "--plan", "chengqu-2023-air", "--heating-season-start", "02-29", "--user", "office");
        Assert.Equal((2, "--heating-season-start: 采暖季开始日须为 MM-dd（如 11-01，且每年都有这一天）/ the heating-season start must be MM-dd"), (exit, stderr.Trim()));
        (exit, _, stderr) = cli.Run("plan-settings", "--plan", "chengqu-2023-air", "--due-soon-days", "400", "--user", "office");
        Assert.Equal(2, exit);
        Assert.StartsWith("--due-soon-days:", stderr);
        (exit, _, stderr) = cli.Run("plan-settings", "--plan", "chengqu-2023-air", "--due-soon-days", "30", "--user", "eco");
        Assert.Equal(2, exit);
        Assert.Contains("无权修改该规划的督办设置", stderr);
        Assert.Equal(15, Json("plan-settings", "--plan", "chengqu-2023-air")["dueSoonDays"]!.GetValue<int>());
        var actions = Json("audit-log", "--user", "admin").AsArray().Select(a => a!["action"]!.GetValue<string>()).ToList();
        Assert.Equal(2, actions.Count(a => a == "settings.dueSoonDays"));
        Assert.Equal(1, actions.Count(a => a == "settings.heatingSeasonStart"));
    }

    [Fact]
    public void The_warning_thresholds_are_the_plans_own_data_and_the_candidates_follow_them()
    {
        Ok("users", "add", "--user-name", "office", "--role", "plan-office", "--jurisdiction", "140502", "--password", "Dispatch-Desk-2023!", "--user", "admin");
        JsonNode Candidate(string unit) => Json("warnings", "--plan", "chengqu-2023-air", "--as-of", "2023-06-30")["candidates"]!.AsArray()
            .SingleOrDefault(c => c!["unit"]!.GetValue<string>() == unit)!;
        var defaults = Json("plan-settings", "--plan", "chengqu-2023-air");
        Assert.Equal(3, defaults["thresholds"]!["overdueTasksForInterview"]!.GetValue<int>());
        Assert.Equal(3, defaults["thresholdsAreDefault"]!.AsArray().Count);
        // 区生态环境分局 leads 8 overdue tasks on 2023-06-30: 约谈 at the default 3, 预警 when the plan says 10.
        Assert.Equal("约谈", Candidate("区生态环境分局")["level"]!.GetValue<string>());
        var set = Json("plan-settings", "--plan", "chengqu-2023-air", "--overdue-tasks-for-interview", "10", "--user", "office");
        Assert.Equal(10, set["thresholds"]!["overdueTasksForInterview"]!.GetValue<int>());
        Assert.DoesNotContain("overdueTasksForInterview", set["thresholdsAreDefault"]!.AsArray().Select(f => f!.GetValue<string>()));
        Assert.Equal("预警", Candidate("区生态环境分局")["level"]!.GetValue<string>());
        // Not reporting stops being a reason: 区住建局, with nothing but unreported tasks, is no candidate.
        Assert.NotNull(Candidate("区住建局"));
        Ok("plan-settings", "--plan", "chengqu-2023-air", "--not-reported-warns", "no", "--user", "office");
        Assert.Null(Candidate("区住建局"));
        Assert.False(Json("warnings", "--plan", "chengqu-2023-air", "--as-of", "2023-06-30")["thresholds"]!["notReportedWarns"]!.GetValue<bool>());
        // Back to the defaults; bad values name their option; every change is audited.
        Ok("plan-settings", "--plan", "chengqu-2023-air", "--overdue-tasks-for-interview", "", "--not-reported-warns", "", "--user", "office");
        Assert.Equal("约谈", Candidate("区生态环境分局")["level"]!.GetValue<string>());
        var (exit, _, stderr) = cli.Run("plan-settings", "--plan", "chengqu-2023-air", "--excess-for-interview-percent", "0", "--user", "office");
        Assert.Equal(2, exit);
        Assert.StartsWith("--excess-for-interview-percent:", stderr);
        (exit, _, stderr) = cli.Run("plan-settings", "--plan", "chengqu-2023-air", "--not-reported-warns", "maybe", "--user", "office");
        Assert.Equal(2, exit);
        Assert.StartsWith("--not-reported-warns:", stderr);
        var actions = Json("audit-log", "--user", "admin").AsArray().Select(a => a!["action"]!.GetValue<string>()).ToList();
        Assert.Equal(2, actions.Count(a => a == "settings.overdueTasksForInterview"));
        Assert.Equal(2, actions.Count(a => a == "settings.notReportedWarns"));
    }

    [Fact]
    public void A_letter_lists_the_tasks_of_its_reasons_only_and_a_letter_sent_raises_the_next_period()
    {
        Ok("users", "add", "--user-name", "office", "--role", "plan-office", "--jurisdiction", "140502", "--password", "Dispatch-Desk-2023!", "--user", "admin");
        // Not reporting is no reason in this plan: 区生态环境分局's letter lists its overdue tasks, none of its unreported ones.
        Ok("plan-settings", "--plan", "chengqu-2023-air", "--not-reported-warns", "no", "--user", "office");
        var letter = Json("warnings", "issue", "--plan", "chengqu-2023-air", "--unit", "区生态环境分局", "--as-of", "2023-06-30", "--user", "office");
        Assert.Equal("约谈", letter["level"]!.GetValue<string>());
        var items = letter["items"]!.AsArray().Select(i => i!["state"]!.GetValue<string>()).ToList();
        Assert.NotEmpty(items);
        Assert.All(items, state => Assert.Equal("逾期", state));
        // July: the unit is a candidate again; the letter sent for June was 约谈, so July's is one level up: 督办.
        var july = Json("warnings", "--plan", "chengqu-2023-air", "--as-of", "2023-07-31")["candidates"]!.AsArray()
            .Single(c => c!["unit"]!.GetValue<string>() == "区生态环境分局")!;
        Assert.Equal("督办", july["level"]!.GetValue<string>());
        Assert.Contains(july["reasons"]!.AsArray(), r => r!["kind"]!.GetValue<string>() == "repeated");
    }
}
