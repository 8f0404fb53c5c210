using System.CommandLine;
using EcoGov.Application;
using EcoGov.Application.Plans;
using EcoGov.Core.Text;
using Microsoft.Extensions.DependencyInjection;

namespace EcoGov.Cli.Commands;

/// <summary>
/// `plan export --plan ID --out F.xlsx` and `plan import F.xlsx [--replace] --user U [--json]`: a plan as the workbook
/// template and back (docs/plan-workbook.md). A refused workbook exits 2 listing its problems by sheet, row and column
/// (with --json: the report, the same object POST /api/plans/import answers).
/// </summary>
public static class PlanWorkbookCommands
{
    public static Command Build(Output output)
    {
        var command = new Command("plan", "规划工作簿：导出模板、导入新规划 / a plan as an .xlsx workbook: export, import");

        var plan = new Option<string?>("--plan") { Description = "规划编号 / plan id" };
        var outFile = new Option<string?>("--out") { Description = "输出文件 .xlsx" };
        var export = new Command("export", "把规划导出为工作簿模板（.xlsx）/ export a plan as the workbook template") { plan, outFile };
        export.SetAction((p, ct) => SupervisionCommands.Run(p, output, async (s, _) =>
        {
            var path = SupervisionCommands.OutFile(p.GetValue(outFile), ".xlsx");
            var rendered = await s.GetRequiredService<PlanWorkbookService>().ExportAsync(new PlanRequest(p.GetValue(plan)), ct);
            await SupervisionCommands.WriteOut(p, output, rendered, path, ct);
        }));
        command.Subcommands.Add(export);

        var file = new Argument<string>("file") { Description = "工作簿 .xlsx（由 plan export 或网页“导出模板”得到）/ the workbook" };
        var replace = new Option<bool>("--replace") { Description = "规划编号已存在时替换其内容（记入审计日志）/ replace an existing plan's contents" };
        var import = new Command("import", "从工作簿导入规划（逐行校验，有错则不保存）/ import a plan from a workbook") { file, replace, SupervisionCommands.User };
        import.SetAction(async (p, ct) =>
        {
            var code = ExitCodes.Success;
            await SupervisionCommands.Run(p, output, async (s, actor) =>
            {
                var path = p.GetValue(file)!;
                var report = await s.GetRequiredService<PlanWorkbookService>().ImportAsync(actor,
                    new PlanImportRequest(path, Path.GetFileName(path), p.GetValue(replace)), ct);
                if (report.Status == PlanImportStatus.Rejected) code = ExitCodes.BadInput;
                if (SupervisionCommands.Json(p, output, report))
                {
                    if (code != ExitCodes.Success) output.Error.WriteLine($"{report.File}: 工作簿有 {report.ErrorCount} 处错误，未保存 / rejected, nothing stored");
                    return;
                }
                if (report.Status == PlanImportStatus.Rejected)
                {
                    output.Error.WriteLine(AppText.WorkbookRejected(report.File, report.ErrorCount).Bilingual);
                    foreach (var line in PlanWorkbookService.ErrorLines(report)) output.Error.WriteLine(UserText.EscapeControls(line));
                    return;
                }
                output.Line($"{(report.Status == PlanImportStatus.Created ? "已导入新规划" : "已替换规划内容")} {report.Plan}（{report.Title}）/ {report.StatusCode}: "
                    + $"指标 {report.Indicators}（目标与现状 {report.Targets}），任务 {report.Tasks}，工程 {report.Projects}，月度目标 {report.AirTargets}，断面目标 {report.SectionTargets}；来源 {report.Document}（{report.File}）");
            }, userRequired: true);
            return code;
        });
        command.Subcommands.Add(import);
        return command;
    }
}
