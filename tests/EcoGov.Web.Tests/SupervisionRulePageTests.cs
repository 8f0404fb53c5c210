namespace EcoGov.Web.Tests;

/// <summary>The 监督规则 section of a plan's page (issue 9 item 1).</summary>
public sealed class SupervisionRulePageTests(EcoGovFactory factory) : IClassFixture<EcoGovFactory>
{
    [Fact]
    public async Task The_air_plan_page_lists_its_rule_triggers_duties_and_unit_additions_with_their_lines()
    {
        var client = await factory.SignedInClient();
        var html = await client.GetStringAsync("/Plans/chengqu-2023-air");
        Assert.Contains("id=\"supervision\"", html);
        Assert.Contains("区生态环境保护委员会办公室", html);
        Assert.Contains("每月", html);
        Assert.Contains("第96行", html);
        foreach (var level in new[] { "预警函", "约谈", "专项督察", "挂牌督办", "问责" }) Assert.Contains($"<td>{level}</td>", html);
        Assert.Contains("第110行", html);
        Assert.Contains("每月完成定点优质型煤供应企业抽检全覆盖", html);
        Assert.Contains("区交通局（第64行）", html);
        Assert.Contains("<span class=\"tag\">正文</span>", html);
    }

    [Fact]
    public async Task A_plan_whose_text_states_no_rule_has_no_section()
    {
        var client = await factory.SignedInClient();
        var html = await client.GetStringAsync("/Plans/jishan-14fyp-eco");
        Assert.DoesNotContain("id=\"supervision\"", html);
    }
}
