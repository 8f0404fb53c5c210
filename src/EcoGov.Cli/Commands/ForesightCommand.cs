using System.CommandLine;
using System.Globalization;
using EcoGov.Application.Foresight;

namespace EcoGov.Cli.Commands;

/// <summary>
/// `foresight`: 按目标倒排 — what the rest of the year must achieve for each annual air target of a plan, from the
/// store's hourly data of the plan's jurisdiction up to the date (<see cref="ForesightService"/>, as the web's
/// /api/plans/{id}/foresight).
/// </summary>
public static class ForesightCommand
{
    private static readonly Option<string> PlanId = new("--plan") { Description = "规划编号，如 chengqu-2023-air / plan id", Required = true };
    private static readonly Option<string?> AsOf = new("--as-of") { Description = "倒排日期 yyyy-MM-dd（含当日）/ the date (data up to and including it)" };

    public static Command Build(Output output)
    {
        var command = new Command("foresight", "按目标倒排：全年空气质量目标剩余时段须达到的数值（HJ 663）/ what the rest of the year must achieve")
        {
            PlanId, AsOf,
        };
        command.SetAction((p, ct) => RunAsync(p, output, ct));
        command.Subcommands.Add(Backtest(output));
        return command;
    }

    private static readonly Option<string> Jurisdiction = new("--jurisdiction") { Description = "行政区划代码（含下级）/ jurisdiction code (with those below it)", Required = true };
    private static readonly Option<string?> FromYear = new("--from-year") { Description = "起始年份（默认库中最早）/ first year read" };
    private static readonly Option<string?> ToYear = new("--to-year") { Description = "终止年份（默认库中最晚）/ last year read" };

    /// <summary>`foresight backtest --jurisdiction CODE [--from-year Y] [--to-year Y] [--json]` (<see cref="ForesightBacktestService"/>).</summary>
    private static Command Backtest(Output output)
    {
        var command = new Command("backtest", "预测回测：各年各月末按往年同期预测全年值，与实际值比较（平均绝对误差、80% 区间覆盖率）/ backtest the projection")
        {
            Jurisdiction, FromYear, ToYear,
        };
        command.SetAction(async (p, ct) =>
        {
            var request = new ForesightBacktestRequest(p.GetValue(Jurisdiction), p.GetValue(FromYear), p.GetValue(ToYear));
            ForesightBacktestService.Check(request);
            using var store = Store.Open(p, output);
            var report = await store.Get<ForesightBacktestService>().RunAsync(request, ct);
            if (p.GetValue(CliApp.Json))
            {
                output.Json(report);
                return ExitCodes.Success;
            }
            output.Line(report.Method);
            output.Line(string.Create(CultureInfo.InvariantCulture,
                $"{report.Jurisdiction}：站点 {report.Stations}，数据年份 {string.Join(", ", report.Years)}，回测年份 {string.Join(", ", report.YearsTested)}，预测 {report.Cases} 次"));
            static string F(double? v) => v?.ToString("0.00", CultureInfo.InvariantCulture) ?? "—";
            output.Table("按统计项 / by statistic", ["统计项", "次数", "MAE", "按当前进度 MAE", "80% 区间覆盖率"],
                report.ByStatistic.Select(f => new[] { f.Statistic, f.Cases.ToString(CultureInfo.InvariantCulture), F(f.Mae), F(f.PaceMae), F(f.Coverage) }));
            var stats = report.ByStatistic.Select(f => f.Statistic).ToList();
            output.Table("按预测月末的 MAE（覆盖率）/ MAE (coverage) by month of as-of", ["月", .. stats],
                Enumerable.Range(1, 11).Select(m => new[] { m.ToString(CultureInfo.InvariantCulture) }.Concat(stats.Select(s =>
                    report.ByMonth.FirstOrDefault(f => f.Month == m && f.Statistic == s) is { } f ? $"{F(f.Mae)} ({F(f.Coverage)})" : "—")).ToArray()));
            return ExitCodes.Success;
        });
        return command;
    }

    private static async Task<int> RunAsync(ParseResult p, Output output, CancellationToken ct)
    {
        var request = new ForesightRequest(p.GetValue(PlanId), p.GetValue(AsOf));
        // --as-of is checked before the store is opened; the plan once it is.
        ForesightService.CheckAsOf(request);
        using var store = Store.Open(p, output);
        var report = await store.Get<ForesightService>().ComputeAsync(request, ct);
        if (p.GetValue(CliApp.Json))
        {
            output.Json(report);
            return ExitCodes.Success;
        }
        if (report.Stations == 0 && report.Targets.Count > 0)
            output.Error.WriteLine($"注意：库中没有 {report.Jurisdiction} 的小时数据 / note: no stored hourly data for the plan's jurisdiction");
        output.Line(report.Assumption);
        if (report.Sections.Count > 0)
            output.Table($"{report.Plan} 断面按目标倒排 {report.AsOf} / sections",
                ["序号", "断面", "目标", "至今类别", "已有/剩余月", "剩余须达到", "研判", "算式"],
                report.Sections.Select(x => new[]
                {
                    x.Seq.ToString(CultureInfo.InvariantCulture), x.Section + (x.Assessment is { } a ? $"（{a}）" : ""),
                    x.TargetClass is { } tc ? $"{tc} 类（{x.TargetText}）" : x.TargetText, x.ClassSoFar is { } cs ? cs + " 类" : "—",
                    $"{x.MonthsSoFar}/{x.MonthsLeft}", x.Text, EcoGov.Application.Foresight.ForesightVerdicts.Display(x.Verdict), x.Arithmetic,
                }));
        if (report.Targets.Count == 0)
        {
            output.Line(report.Projection);
            return ExitCodes.Success;
        }
        output.Table($"{report.Plan} 按目标倒排 {report.AsOf} / foresight",
            ["指标", "来源", "目标", "至今", "有效日", "剩余须达到", "状态", "全年预测", "研判", "算式"],
            report.Targets.Select(t => new[]
            {
                t.Indicator, t.Source, $"{t.Target.ToString(CultureInfo.InvariantCulture)} {t.Unit}",
                t.SoFar?.ToString(CultureInfo.InvariantCulture) ?? "—", t.ValidDays.ToString(CultureInfo.InvariantCulture),
                t.Required.Text + (t.Required.ByMonth is { } split ? $"\n{split.Text.Bilingual}" : "") + (t.AtCurrentValidity is { } v ? $"\n（按当前有效日比例：{v.Text}）" : ""),
                t.Status switch { "possible" => "可完成", "impossible" => "已无法完成", _ => "已确保" },
                t.Projection.Text.Bilingual, EcoGov.Application.Foresight.ForesightVerdicts.Display(t.Verdict),
                t.Required.Arithmetic,
            }));
        output.Line(report.Projection);
        return ExitCodes.Success;
    }

}
