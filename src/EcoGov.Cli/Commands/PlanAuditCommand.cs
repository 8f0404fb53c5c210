using System.CommandLine;
using EcoGov.Application;
using EcoGov.Application.Audit;
using EcoGov.Application.Plans;

namespace EcoGov.Cli.Commands;

/// <summary>
/// `audit --plan ID [--json]`: the plan audit (<see cref="PlanAuditService"/>); `audit --file DOCUMENT.txt [--json]`: the
/// audit of a plain-text document not imported (<see cref="DocumentAuditService"/>, no store opened). Exit 1 when any
/// finding is an error; exit 2 for a bad request (neither or both options, an unknown plan, a missing, too large or
/// non-UTF-8 file).
/// </summary>
public static class PlanAuditCommand
{
    public static Command Build(Output output)
    {
        var plan = new Option<string?>("--plan") { Description = "规划编号 / plan id" };
        var file = new Option<string?>("--file") { Description = "未导入的规划文本（UTF-8 纯文本，≤5 MB）/ a plain-text plan not imported" };
        var command = new Command("audit", "规划自查：文档自相矛盾、损坏、歧义之处，正文有而表中没有的措施与目标；有错误级问题时退出码 1 / audit a plan document") { plan, file };
        command.SetAction(async (p, ct) =>
        {
            var planId = p.GetValue(plan);
            var path = p.GetValue(file);
            if (planId is not null && path is not null)
                throw new ApplicationInputException(ErrorCode.Conflict, DocumentAuditService.FileField, "--plan 与 --file 只能给一个 / give --plan or --file, not both");
            PlanAuditReport report;
            if (path is not null) report = DocumentAuditService.Audit(DocumentAuditService.ReadFile(path));
            else
            {
                if (RequestValues.Absent(planId))
                    throw new ApplicationInputException(ErrorCode.Required, PlanRequest.PlanField, "须指定 --plan 或 --file / give --plan ID or --file DOCUMENT.txt");
                using var store = Store.Open(p, output);
                report = await store.Get<PlanAuditService>().AuditAsync(new PlanRequest(planId), ct);
            }
            if (p.GetValue(CliApp.Json)) output.Json(report);
            else
            {
                output.Table($"{report.Plan ?? report.Document} 规划自查 / audit（文档 {report.Document}）", ["级别", "类型", "位置", "说明"],
                    report.Findings.Select(f => new[] { f.Severity switch { AuditSeverity.Error => "错误", AuditSeverity.Warning => "警告", _ => "提示" }, f.Kind,
                        $"{f.Where.Section} · 第{f.Where.Line}行", f.Message }));
                output.Line($"错误 {report.Errors}，警告 {report.Warnings}，提示 {report.Infos}");
            }
            return report.HasErrors ? ExitCodes.CheckFailed : ExitCodes.Success;
        });
        return command;
    }
}
