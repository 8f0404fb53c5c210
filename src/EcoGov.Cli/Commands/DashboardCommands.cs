using System.CommandLine;
using System.Globalization;
using EcoGov.Application.Dashboard;
using EcoGov.Application.Demo;
using Microsoft.Extensions.DependencyInjection;

namespace EcoGov.Cli.Commands;

/// <summary>
/// 领导驾驶舱 from the command line (issue 13): `dashboard [--jurisdiction CODE] [--as-of D] [--json]`, the JSON of
/// GET /api/dashboard; and `monitoring demo`, the 示意数据 that populate it before real data are imported.
/// Registered by <see cref="SupervisionCommands"/> (same --user and local-operator rules).
/// </summary>
public static class DashboardCommands
{
    public static Command Dashboard(Output output)
    {
        var jurisdiction = new Option<string?>("--jurisdiction") { Description = "行政区划代码（默认：用户所在行政区）/ jurisdiction code (default: the user's)" };
        var asOf = new Option<string?>("--as-of") { Description = "日期 yyyy-MM-dd（默认：该行政区空气监测数据的最后一天，无数据为今天）/ the day" };
        var command = new Command("dashboard", "领导驾驶舱：约束性指标、空气质量与序时进度、水质断面逐月类别、下级行政区数据、任务状态、重点工程投资、预警 / the jurisdiction's dashboard")
        {
            jurisdiction, asOf, SupervisionCommands.User,
        };
        command.SetAction((p, ct) => SupervisionCommands.Run(p, output, async (s, actor) =>
        {
            var d = await s.GetRequiredService<DashboardService>().ReadAsync(actor, new DashboardRequest(p.GetValue(jurisdiction), p.GetValue(asOf)), ct);
            if (SupervisionCommands.Json(p, output, d)) return;
            output.Line($"{d.JurisdictionName}（{d.Jurisdiction}）驾驶舱 · 截至 {d.AsOf}{(d.DemoData ? " · 含示意数据" : "")}");
            output.Table("约束性指标 / binding indicators", ["规划", "序号", "指标", "目标", "实际值", "结论"],
                d.Indicators.Select(i => new[] { i.Plan, i.Seq.ToString(CultureInfo.InvariantCulture), i.Name, i.Target, i.Actual, i.StatusText }));
            if (d.Air is { } air)
            {
                output.Line($"空气质量 {air.From}—{air.To}（{air.Standard}，{air.Stations.Count} 个站点）：优良天数比例 {Percent(air.GoodRatio)}（上年同期 {Percent(air.PreviousGoodRatio)}），综合指数 {air.Index?.ToString(CultureInfo.InvariantCulture) ?? "—"}（上年同期 {air.PreviousIndex?.ToString(CultureInfo.InvariantCulture) ?? "—"}）");
                output.Table("年度累计与序时进度 / year to date", ["污染物", "累计", "全年目标", "结论"],
                    air.YearToDate.Select(f => new[] { f.Pollutant, f.Actual?.ToString(CultureInfo.InvariantCulture), f.Target?.ToString(CultureInfo.InvariantCulture), f.StatusText }));
                if (air.Required.Count > 0)
                    output.Table($"按目标倒排（剩余 {air.Required[0].DaysLeft} 天）/ what the rest of the year must achieve", ["指标", "目标", "至今", "其余天数须达到", "判断"],
                        air.Required.Select(r => new[] { r.Indicator, r.Target.ToString(CultureInfo.InvariantCulture) + " " + r.Unit, r.SoFar?.ToString(CultureInfo.InvariantCulture), r.Required, EcoGov.Application.Foresight.ForesightVerdicts.Display(r.Verdict) }));
            }
            foreach (var w in d.Water)
            {
                var title = $"水质断面 {w.Plan} {w.Year} 年逐月类别（目标 / 年初至今 / 1—12 月；达标 ✓，不达标 ✗）{(w.Demo ? " · 示意数据" : "")} / water sections by month";
                if (w.Samples == 0) { output.Line($"{title}：{DashboardService.NoWaterData}"); continue; }
                output.Table(title, ["断面", "目标", "年初至今", .. Enumerable.Range(1, 12).Select(m => m.ToString(CultureInfo.InvariantCulture) + "月"), "结论"],
                    w.Sections.Select(s => new[] { s.Section, s.TargetClass ?? s.TargetText, s.YearToDateClass }
                        .Concat(s.Months.Select(m => m.Class is null ? null : m.Class + (m.Meets switch { true => "✓", false => "✗", null => "" })))
                        .Append(s.StatusText).ToArray()));
            }
            if (d.Map.Areas.Count > 0)
                output.Table($"{(d.Map.Level == "sub" ? "下级行政区" : "本行政区")}数据（地图）/ figures by area", ["代码", "行政区", "PM2.5 年初至今", "优良天数比例", "综合指数", "逾期任务", "任务"],
                    d.Map.Areas.Select(a => new[] { a.Code, a.Name, a.Pm25?.ToString(CultureInfo.InvariantCulture) ?? "无数据", a.GoodRatio is null ? "无数据" : Percent(a.GoodRatio),
                        a.Index?.ToString(CultureInfo.InvariantCulture) ?? "无数据", a.Overdue?.ToString(CultureInfo.InvariantCulture) ?? "无数据", a.Tasks?.ToString(CultureInfo.InvariantCulture) ?? "无数据" }));
            output.Table($"任务（共 {d.Tasks.Total} 项）/ tasks by state", ["状态", "数量"],
                d.Tasks.ByState.Select(c => new[] { c.StateName, c.Count.ToString(CultureInfo.InvariantCulture) }));
            output.Table("逾期任务 / overdue", ["规划", "序号", "完成时限", "牵头单位", "任务"],
                d.Tasks.Overdue.Select(t => new[] { t.Plan, t.Seq.ToString(CultureInfo.InvariantCulture), t.Due?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), string.Join("、", t.LeadDepartments), Output.Cut(t.Text, 60) }));
            output.Line($"预警（{d.Warnings.Period ?? "—"}）：应预警单位 {d.Warnings.Candidates} 个，预警函 {d.Warnings.Letters.Count} 份");
            foreach (var n in d.Notes) output.Line("说明 / note: " + n);
        }));
        return command;
    }

    private static string Percent(decimal? ratio) => ratio is decimal r ? (r * 100).ToString("0.0", CultureInfo.InvariantCulture) + "%" : "—";

    /// <summary>`monitoring demo`: stores the demo hours (示意数据) of <see cref="DemoMonitoringData"/>; idempotent.</summary>
    public static Command Demo(Output output)
    {
        var command = new Command("demo", "写入示意空气质量数据与水质断面样品（EcoGov 生成，代码 DEMO- 开头，非监测数据；幂等）/ store generated demonstration air data and water samples");
        command.SetAction(async (p, ct) =>
        {
            using var store = Store.Open(p, output);
            var result = await store.Get<DemoDataService>().EnsureDashboardDataAsync(ct);
            if (p.GetValue(CliApp.Json)) output.Json(result);
            else
            {
                output.Table("示意数据 / demonstration data", ["站点", "名称", "行政区", "新写入小时", "已有小时", "跳过原因"],
                    result.Stations.Select(s => new[] { s.Code, s.Name, s.Jurisdiction, s.Stored.ToString(CultureInfo.InvariantCulture), s.Unchanged.ToString(CultureInfo.InvariantCulture), s.Skipped }));
                output.Table("示意水质样品 / demonstration water samples", ["断面", "名称", "行政区", "新写入样品", "已有样品", "跳过原因"],
                    result.Sections.Select(s => new[] { s.Code, s.Name, s.Jurisdiction, s.Stored.ToString(CultureInfo.InvariantCulture), s.Unchanged.ToString(CultureInfo.InvariantCulture), s.Skipped }));
                output.Line(result.Notice);
            }
            return ExitCodes.Success;
        });
        return command;
    }
}
