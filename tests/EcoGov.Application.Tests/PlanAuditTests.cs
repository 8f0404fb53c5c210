using System.Text.Json.Nodes;

namespace EcoGov.Application.Tests;

/// <summary>
/// Issue 10 item 4, first step: the plan audit is the extraction's findings (one mechanism) with severities, plus the
/// measures and targets the text states without a table row; the same JSON in both hosts; the CLI exits 1 on errors.
/// </summary>
public sealed class PlanAuditTests(BothHosts hosts) : IClassFixture<BothHosts>
{
    [Fact]
    public async Task The_air_plan_audit_finds_the_seed_discrepancies_in_both_hosts()
    {
        var (exit, stdout, stderr) = hosts.Cli.Run("audit", "--plan", "chengqu-2023-air", "--json");
        Assert.True(exit == 1, stderr);   // error-level findings
        var cli = JsonNode.Parse(stdout)!;
        var web = JsonNode.Parse(await hosts.Client.GetStringAsync("/api/plans/chengqu-2023-air/audit"))!;
        Assert.True(JsonNode.DeepEquals(cli, web), $"cli:\n{cli.ToJsonString()}\nweb:\n{web.ToJsonString()}");

        var findings = cli["findings"]!.AsArray().Select(f => f!).ToList();
        bool Has(string severity, string kind, int line, string fragment) => findings.Any(f =>
            f["severity"]!.GetValue<string>() == severity && f["kind"]!.GetValue<string>() == kind
            && f["where"]!["line"]!.GetValue<int>() == line && f["message"]!.GetValue<string>().Contains(fragment));
        Assert.True(Has("error", "inconsistent", 34, "CO 平均浓度力争降到 1.6"));                  // text 1.6 vs 附件1 2
        Assert.True(Has("error", "inconsistent", 122, "2月 PM2.5 2023 年预控制目标 70 μg/m³ 高于 2022 年同期 50"));  // worse than the baseline
        Assert.True(Has("error", "inconsistent", 145, "早于本计划印发日期 2023-05-31"));           // deadline before the issue date
        Assert.True(Has("info", "proseOnlyMeasure", 88, "第 38 项任务"));                          // measure 17 has no ledger row
        Assert.True(Has("info", "proseOnlyTarget", 30, "年度约束性指标"));
        Assert.Equal(findings.Count(f => f["severity"]!.GetValue<string>() == "error"), cli["errors"]!.GetValue<int>());
        // Errors come first.
        Assert.Equal(findings.Select(f => f["severity"]!.GetValue<string>()).OrderBy(s => s switch { "error" => 0, "warning" => 1, _ => 2 }),
            findings.Select(f => f["severity"]!.GetValue<string>()));
    }

    [Fact]
    public void The_001_audit_finds_the_stated_totals_against_the_rows_and_an_unknown_plan_is_refused()
    {
        var (exit, stdout, _) = hosts.Cli.Run("audit", "--plan", "jincheng-14fyp-eco", "--json");
        Assert.Equal(1, exit);
        var messages = JsonNode.Parse(stdout)!["findings"]!.AsArray().Select(f => f!["message"]!.GetValue<string>()).ToList();
        Assert.Contains(messages, m => m.Contains("“42项重点工程”") && m.Contains("实际只列出40个项目"));
        Assert.Contains(messages, m => m.Contains("150.6758") && m.Contains("145.2505"));
        var (bad, _, stderr) = hosts.Cli.Run("audit", "--plan", "no-such-plan");
        Assert.Equal(2, bad);
        Assert.StartsWith("--plan:", stderr);
    }
}
