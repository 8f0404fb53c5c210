namespace EcoGov.Cli.Tests;

/// <summary>`supervision-rules --plan ID [--json]` (issue 9 item 1).</summary>
public sealed class SupervisionRuleCommandTests : IDisposable
{
    private readonly CliRunner cli = new();

    public void Dispose() => cli.Dispose();

    [Fact]
    public void Air_plan_rule_with_its_triggers_duties_and_unit_additions()
    {
        var json = cli.Json("supervision-rules", "--plan", "chengqu-2023-air");
        Assert.Equal("chengqu-2023-air", json.GetProperty("planId").GetString());
        var rule = Assert.Single(json.GetProperty("rules").EnumerateArray());
        Assert.Equal("区生态环境保护委员会办公室", rule.GetProperty("dispatcher").GetString());
        Assert.Equal("monthly", rule.GetProperty("frequency").GetString());
        Assert.Empty(rule.GetProperty("receivers").EnumerateArray());
        Assert.Equal(96, rule.GetProperty("source").GetProperty("line").GetInt32());
        var triggers = rule.GetProperty("triggers").EnumerateArray().ToList();
        Assert.Equal(["warningLetter", "interview", "specialInspection", "listedSupervision", "accountability"],
            triggers.Select(t => t.GetProperty("level").GetString()));
        Assert.All(triggers, t => Assert.Equal(110, t.GetProperty("source").GetProperty("line").GetInt32()));
        Assert.Equal("及时下发预警函", triggers[0].GetProperty("action").GetString());

        var duty = Assert.Single(json.GetProperty("duties").EnumerateArray());
        Assert.Equal((15, "monthly", 155), (duty.GetProperty("taskSeq").GetInt32(), duty.GetProperty("frequency").GetString(),
            duty.GetProperty("source").GetProperty("line").GetInt32()));
        Assert.Equal([9, 16, 31, 33], json.GetProperty("unitAdditions").EnumerateArray().Select(a => a.GetProperty("taskSeq").GetInt32()));
    }

    [Fact]
    public void A_plan_whose_text_states_no_rule_has_none_and_says_so()
    {
        Assert.Empty(cli.Json("supervision-rules", "--plan", "jishan-14fyp-eco").GetProperty("rules").EnumerateArray());
        var r = cli.Run("supervision-rules", "--plan", "chengqu-2023-water");
        Assert.Equal(0, r.Exit);
        Assert.Contains("原文未写明", r.Out);
    }

    [Fact]
    public void An_unknown_plan_is_refused_with_exit_2_naming_the_option()
    {
        var r = cli.Run("supervision-rules", "--plan", "no-such-plan", "--json");
        Assert.Equal(2, r.Exit);
        Assert.Contains("--plan", r.Err);
        Assert.Contains("no-such-plan", r.Err);
    }

    [Fact]
    public void Tasks_and_indicators_mark_what_comes_from_the_prose_and_projects_carry_their_due_date()
    {
        var tasks = cli.Json("tasks", "--plan", "chengqu-2023-air").EnumerateArray().ToList();
        Assert.Equal([35, 36, 37, 38], tasks.Where(t => t.GetProperty("fromProse").GetBoolean()).Select(t => t.GetProperty("seq").GetInt32()));
        var indicators = cli.Json("indicators", "--plan", "chengqu-2023-air").EnumerateArray().ToList();
        Assert.True(indicators.Single(i => i.GetProperty("seq").GetInt32() == 8).GetProperty("fromProse").GetBoolean());
        var projects = cli.Json("projects", "--plan", "chengqu-2023-water").EnumerateArray().ToList();
        Assert.Equal(["2023-12-31", "2023-10-31", "2023-05-31"], projects.Select(p => p.GetProperty("due").GetString()));
    }
}
