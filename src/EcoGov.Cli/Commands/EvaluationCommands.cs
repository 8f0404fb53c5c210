using System.CommandLine;
using System.Globalization;
using EcoGov.Application.Evaluation;
using EcoGov.Core.Progress;
using Microsoft.Extensions.DependencyInjection;

namespace EcoGov.Cli.Commands;

/// <summary>
/// 指标评估 from the command line (issue 10 items 2 and 3; docs/supervision.md §10): `evaluate --plan ID (--year Y |
/// --term mid|end) [--as-of D]`, `evaluate set` (enter an actual, plan office), `report evaluation --out F.xlsx|F.docx`.
/// Registered by <see cref="SupervisionCommands"/> (same --user and local-operator rules).
/// </summary>
public static class EvaluationCommands
{
    public static Command Evaluate(Output output)
    {
        var plan = new Option<string>("--plan") { Description = "规划编号 / plan id", Required = true };
        var year = new Option<int?>("--year") { Description = "评估年份 / the year" };
        var term = new Option<string?>("--term") { Description = "评估阶段 mid（规划期中间年份）或 end（最后一年）/ mid-term or end-term" };
        var asOf = new Option<string?>("--as-of") { Description = "评估日期 yyyy-MM-dd（默认：年度已过为 12-31，否则今天）" };
        var command = new Command("evaluate", "指标评估：每项指标的目标、实际值、结论和依据（约束性指标在前）/ indicator evaluation")
        {
            plan, year, term, asOf, SupervisionCommands.User,
        };
        command.SetAction((p, ct) => SupervisionCommands.Run(p, output, async (s, actor) =>
        {
            var report = await s.GetRequiredService<IndicatorEvaluationService>().EvaluateAsync(actor,
                new IndicatorEvaluationRequest(p.GetValue(plan), p.GetValue(year), p.GetValue(asOf), p.GetValue(term)), ct);
            if (SupervisionCommands.Json(p, output, report)) return;
            output.Table($"{report.Plan} 指标评估 / indicator evaluation · {report.Year} 年{(report.Term is { } t ? (t == IndicatorEvaluationService.Mid ? "（中期）" : "（终期）") : "")} · 截至 {report.AsOf}",
                ["序号", "指标", "属性", "目标", "实际值", "来源", "灯", "结论", "依据"],
                report.Rows.Select(r => new[]
                {
                    r.Seq.ToString(CultureInfo.InvariantCulture), r.Name, r.Attribute, r.ResolvedTarget ?? r.TargetText,
                    r.ActualText, Source(r.ActualSource), Light(r.Status), r.StatusText, Output.Cut(string.Join("；", new[] { r.Resolution, r.Arithmetic.Bilingual }.Where(x => x is not null)), 120),
                }));
            var m = report.Summary;
            output.Line($"共 {m.Indicators} 项：达标 {m.Achieved}，进度正常 {m.OnTrack}，滞后 {m.Lagging}，未达标 {m.NotAchieved}，无法判断 {m.CannotJudge}；约束性指标未达标或滞后 {m.BindingNotAchieved} 项");
            foreach (var n in report.Notes) output.Line("说明 / note: " + n);
        }));

        var indicator = new Option<string?>("--indicator") { Description = "指标序号 / the indicator's number" };
        var setYear = new Option<string?>("--year") { Description = "年份 / the year" };
        var value = new Option<string?>("--value") { Description = "实际值（数值，或“已完成”等文字）/ the actual value" };
        var source = new Option<string?>("--source") { Description = "数据来源（如 2023 年统计公报）/ where the value comes from" };
        var set = new Command("set", "录入指标实际值（规划调度办公室）/ enter an indicator's actual value")
        {
            plan, indicator, setYear, value, source, SupervisionCommands.User,
        };
        set.SetAction((p, ct) => SupervisionCommands.Run(p, output, async (s, actor) =>
        {
            var view = await s.GetRequiredService<IndicatorEvaluationService>().SetActualAsync(actor,
                new IndicatorActualRequest(p.GetValue(plan), p.GetValue(indicator), p.GetValue(setYear), p.GetValue(value), p.GetValue(source)), ct);
            if (SupervisionCommands.Json(p, output, view)) return;
            output.Line($"已录入 / entered: {view.Plan} 第 {view.Indicator} 项“{view.Name}”{view.Year} 年实际值 {view.Text}（{view.Source}）");
        }, userRequired: true));
        command.Subcommands.Add(set);
        return command;
    }

    /// <summary>`report evaluation`: the 指标评估表 (.xlsx) or the evaluation report (.docx).</summary>
    public static Command Report(Output output)
    {
        var plan = new Option<string>("--plan") { Description = "规划编号 / plan id", Required = true };
        var year = new Option<int?>("--year") { Description = "评估年份 / the year" };
        var term = new Option<string?>("--term") { Description = "评估阶段 mid 或 end / mid-term or end-term" };
        var asOf = new Option<string?>("--as-of") { Description = "评估日期 yyyy-MM-dd" };
        var outFile = new Option<string?>("--out") { Description = "输出文件 .xlsx（指标评估表）或 .docx（评估报告）" };
        var command = new Command("evaluation", "指标评估表（.xlsx）或中期/终期评估报告（.docx）/ the evaluation table or report")
        {
            plan, year, term, asOf, outFile, SupervisionCommands.User,
        };
        command.SetAction((p, ct) => SupervisionCommands.Run(p, output, async (s, actor) =>
        {
            var path = SupervisionCommands.OutFile(p.GetValue(outFile), ".xlsx", ".docx");
            var file = await s.GetRequiredService<EvaluationReportService>().RenderAsync(actor,
                new EvaluationReportRequest(p.GetValue(plan), p.GetValue(year), p.GetValue(asOf), p.GetValue(term), Path.GetExtension(path)), ct);
            await SupervisionCommands.WriteOut(p, output, file, path, ct);
        }));
        return command;
    }

    private static string Source(Core.Indicators.ActualSource s) => s switch
    {
        Core.Indicators.ActualSource.Computed => "计算",
        Core.Indicators.ActualSource.Entered => "录入",
        _ => "无",
    };

    private static string Light(ProgressStatus s) => s switch
    {
        ProgressStatus.Achieved or ProgressStatus.OnTrack => "🟢",
        ProgressStatus.Lagging => "🟡",
        ProgressStatus.NotAchieved => "🔴",
        _ => "⚪",
    };
}
