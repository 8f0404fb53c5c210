using System.CommandLine;
using System.Globalization;
using EcoGov.Application.Plans;
using EcoGov.Core.Supervision;

namespace EcoGov.Cli.Commands;

/// <summary>
/// `supervision-rules --plan ID [--json]`: how a plan is supervised as its text writes it (issue 9 item 1) — who
/// dispatches, how often, who receives, the triggers for 预警函, 约谈/专项督察/挂牌督办 and 问责 — and the recurring
/// duties and unit additions of its tasks, each with its source line.
/// </summary>
public static class SupervisionRuleCommands
{
    private static readonly Option<string> PlanId = new("--plan") { Description = "规划编号，如 chengqu-2023-air / plan id", Required = true };

    public static Command Build(Output output)
    {
        var command = new Command("supervision-rules", "规划的监督规则（调度、频次、触发条件）/ a plan's supervision rules") { PlanId };
        command.SetAction(async (p, ct) =>
        {
            using var store = Store.Open(p, output);
            var result = await store.Get<PlanCatalogService>().SupervisionAsync(new PlanRequest(p.GetValue(PlanId)), ct);
            if (p.GetValue(CliApp.Json))
            {
                output.Json(result);
                return ExitCodes.Success;
            }
            output.Table($"{result.PlanId} 监督规则 / supervision rules", ["调度单位", "频次", "接收", "原文", "来源"],
                result.Rules.Select(r => new[]
                {
                    r.Dispatcher ?? "（未写明）", r.Frequency is { } f ? SupervisionNames.Of(f) + " " + f.ToString().ToLowerInvariant() : "（未写明）",
                    r.Receivers.Count == 0 ? "（未写明）" : string.Join("、", r.Receivers), r.Text, Line(r.Source.Line),
                }));
            output.Table("触发条件 / triggers", ["级别", "条件", "原文措施", "来源"],
                result.Rules.SelectMany(r => r.Triggers).Select(t => new[] { SupervisionNames.Of(t.Level), t.Condition, t.Action, Line(t.Source.Line) }));
            output.Table("任务中的定期工作 / recurring duties", ["任务序号", "频次", "原文", "来源"],
                result.Duties.Select(d => new[] { N(d.TaskSeq), SupervisionNames.Of(d.Frequency), d.Text, Line(d.Source.Line) }));
            output.Table("正文补充的责任单位 / units the text adds to ledger rows", ["任务序号", "单位", "来源"],
                result.UnitAdditions.Select(a => new[] { N(a.TaskSeq), a.Unit, Line(a.Source.Line) }));
            if (result.Rules.Count == 0) output.Line("本规划原文未写明调度或问责规则 / the plan's text states no supervision rule");
            return ExitCodes.Success;
        });
        return command;
    }

    private static string N(int n) => n.ToString(CultureInfo.InvariantCulture);

    private static string Line(int line) => $"第{N(line)}行";
}
