using System.CommandLine;
using EcoGov.Application.Audit;
using EcoGov.Application.Plans;

namespace EcoGov.Cli.Commands;

/// <summary>`audit --plan ID [--json]`: the plan audit (<see cref="PlanAuditService"/>); exit 1 when any finding is an error.</summary>
public static class PlanAuditCommand
{
    public static Command Build(Output output)
    {
        var plan = new Option<string>("--plan") { Description = "规划编号 / plan id", Required = true };
        var command = new Command("audit", "规划自查：文档自相矛盾、损坏、歧义之处，正文有而表中没有的措施与目标；有错误级问题时退出码 1 / audit a plan document") { plan };
        command.SetAction(p =>
        {
            using var store = Store.Open(p, output);
            var report = new PlanAuditService(new PlanCatalogService(store.Catalog)).Audit(new PlanRequest(p.GetValue(plan)));
            if (p.GetValue(CliApp.Json)) output.Json(report);
            else
            {
                output.Table($"{report.Plan} 规划自查 / audit（文档 {report.Document}）", ["级别", "类型", "位置", "说明"],
                    report.Findings.Select(f => new[] { f.Severity switch { AuditSeverity.Error => "错误", AuditSeverity.Warning => "警告", _ => "提示" }, f.Kind,
                        $"{f.Where.Section} · 第{f.Where.Line}行", f.Message }));
                output.Line($"错误 {report.Errors}，警告 {report.Warnings}，提示 {report.Infos}");
            }
            return report.HasErrors ? ExitCodes.CheckFailed : ExitCodes.Success;
        });
        return command;
    }
}
