using System.CommandLine;
using System.Globalization;
using EcoGov.Application.Progress;
using EcoGov.Core.Progress;
using EcoGov.Core.Text;

namespace EcoGov.Cli.Commands;

/// <summary>
/// `progress`: a plan's targets against monitoring data (序时进度). Air plans: monthly and annual air targets from
/// stations' hourly data (city daily value = mean of the stations'; statistics per HJ 663; GB 3095 version by the
/// period's date). Water plans: section targets month by month and year to date (GB 3838 class of item means).
/// Both: the plan's stated indicators where the engines compute the figure. Data from a CSV (--input) or the store
/// (<see cref="PlanProgressService"/>, as the web's 目标进度 and /api/plans/{id}/progress).
/// </summary>
public static class ProgressCommands
{
    private static readonly Option<string> PlanId = new("--plan") { Description = "规划编号，如 chengqu-2023-air / chengqu-2023-water / plan id", Required = true };
    private static readonly Option<string?> Input = new("--input")
    {
        Description = "空气：小时数据 CSV（station,time,SO2,NO2,CO,O3,PM10,PM2.5）；水：样品 CSV（id,type,section,date,pH,…）/ hourly CSV (air) or samples CSV with section and date (water)",
    };
    private static readonly Option<bool> FromStore = new("--from-store") { Description = "读取数据库中规划所属行政区（含下级）的监测数据 / read the store's data of the plan's jurisdiction" };
    private static readonly Option<int?> Year = new("--year") { Description = "只用该年的数据（水：评价年份，默认目标年份）/ use that year's data (water: the year evaluated)" };
    private static readonly Option<bool> HourEnding = new("--hour-ending") { Description = "time 为时段结束时间 / time labels the hour's end" };
    private static readonly Option<string?> AsOf = new("--as-of") { Description = "评价截止日期 yyyy-MM-dd（默认为数据最后一天；水为最后采样月的月末）/ evaluation date" };

    public static Command Build(Output output)
    {
        var command = new Command("progress", "规划目标完成情况与序时进度（空气月度/全年目标、断面水质目标、主要指标）/ progress against a plan's targets")
        {
            PlanId, Input, FromStore, Year, HourEnding, AsOf,
        };
        command.SetAction((p, ct) => RunAsync(p, output, ct));
        return command;
    }

    private static async Task<int> RunAsync(ParseResult p, Output output, CancellationToken ct)
    {
        var planId = p.GetValue(PlanId)!;
        var path = p.GetValue(Input);
        var fromStore = p.GetValue(FromStore);
        var request = new PlanProgressRequest(planId, p.GetValue(Year), p.GetValue(AsOf));
        // --year and --as-of are checked before the store is opened; the plan once it is.
        var (year, _) = PlanProgressService.CheckValues(request);

        using var store = Store.Open(p, output);
        var progress = store.Get<PlanProgressService>();
        var selection = await progress.CheckAsync(request, ct);
        var (plan, kind) = (selection.Plan, selection.Kind);
        if (kind != ProgressReportKind.Indicators && path is null == !fromStore)
            throw new CliInputException(fromStore
                ? "--input 与 --from-store 只能选一个 / use either --input or --from-store, not both"
                : "须指定 --input 文件或 --from-store / give --input FILE or --from-store");
        if (kind == ProgressReportKind.Water && p.GetValue(HourEnding))
            throw new CliInputException("--hour-ending 只用于空气小时数据 / --hour-ending applies to hourly air data");

        object report;
        if (kind == ProgressReportKind.Air)
        {
            ProgressReportDto air;
            if (fromStore)
            {
                air = (ProgressReportDto)await progress.FromStoreAsync(selection, ct);
                if (air.Stations == 0)
                    output.Error.WriteLine($"注意：库中没有 {plan.JurisdictionCode} 的小时数据{(year is null ? "" : $"（{year} 年）")}，各目标无法判断 / note: no stored hourly data for the plan's jurisdiction");
            }
            else air = (ProgressReportDto)await progress.FromFileAsync(selection, path!, p.GetValue(HourEnding), ct);
            var years = air.Targets.Select(t => t.Year).Distinct().Order().ToList();
            if (air.DataFrom is not null && !years.Any(y => y >= int.Parse(air.DataFrom[..4], CultureInfo.InvariantCulture) && y <= int.Parse(air.DataTo![..4], CultureInfo.InvariantCulture)))
                output.Error.WriteLine($"注意：数据（{air.DataFrom} – {air.DataTo}）不覆盖目标年份 {string.Join("、", years)}，各目标无法判断 / " +
                                       $"note: the data do not cover the target year(s) {string.Join(", ", years)}");
            report = air;
        }
        else if (kind == ProgressReportKind.Water)
        {
            report = fromStore
                ? await progress.FromStoreAsync(selection, ct)
                : await progress.FromFileAsync(selection, path!, hourEnding: false, ct);
        }
        else report = await progress.FromStoreAsync(selection, ct);

        if (p.GetValue(CliApp.Json))
        {
            output.Json(report);
            return ExitCodes.Success;
        }
        switch (report)
        {
            case ProgressReportDto air: WriteAir(output, air); break;
            case WaterProgressReportDto water: WriteWater(output, water); break;
        }
        var indicators = report switch
        {
            ProgressReportDto a => a.Indicators,
            WaterProgressReportDto w => w.Indicators,
            IndicatorReportDto i => i.Indicators,
            _ => [],
        };
        output.Table($"{planId} 主要指标 / stated indicators",
            ["序号", "指标", "目标", "实际", "依据", "状态", "说明"],
            indicators.Select(i => new[]
            {
                i.Seq.ToString(CultureInfo.InvariantCulture), i.Name, i.TargetText ?? "—", i.ActualText ?? "—", i.Basis ?? "—",
                ProgressEvaluator.Display(i.Status), i.Reason,
            }));
        return ExitCodes.Success;
    }

    private static void WriteAir(Output output, ProgressReportDto report)
    {
        output.Table($"{report.Plan} 空气质量目标序时进度（截至 {report.AsOf}，{report.Stations} 个站点均值）/ progress against air targets",
            ["污染物", "年", "月", "目标", "实际", "上年同期", "单位", "状态", "说明"],
            report.Targets.Select(t => new[]
            {
                t.Pollutant, t.Year.ToString(CultureInfo.InvariantCulture), t.Month is int m ? m.ToString(CultureInfo.InvariantCulture) : "全年",
                N(t.Target), t.Actual is double a ? N(a) : "—", t.PreviousYear is double py ? N(py) : "—", t.Unit,
                ProgressEvaluator.Display(t.Status), t.Reason,
            }));
        output.Line($"数据 / data: {report.DataFrom ?? "无"} – {report.DataTo ?? "无"}；城市日均值为各站点日均值的算术平均；统计按 HJ 663（CO 取日均值第95百分位，O3 取日最大8小时第90百分位）");
    }

    private static void WriteWater(Output output, WaterProgressReportDto report)
    {
        output.Table($"{report.Plan} {report.Year} 年断面水质目标（截至 {report.AsOf}）/ section targets",
            ["断面", "考核", "目标", "年累计类别", "有数据月数", .. Enumerable.Range(1, 12).Select(m => $"{m}月"), "状态", "说明"],
            report.Targets.Select(t => (string[])
            [
                t.Section, t.Assessment ?? "—", t.TargetClass ?? t.TargetText, t.YearToDateClass ?? "—", t.MonthsWithData.ToString(CultureInfo.InvariantCulture),
                ..t.Months.Select(m => m.Class ?? "—"),
                ProgressEvaluator.Display(t.Status), t.Reason,
            ]));
        foreach (var t in report.Targets.Where(t => t.TargetBasis is not null)) output.Line($"{t.Section}: {t.TargetBasis}");
        output.Line($"数据 / data: {report.DataFrom ?? "无"} – {report.DataTo ?? "无"}；月类别为当月样品各项目均值的类别，年累计类别为各月均值的均值（GB 3838-2002 单因子评价）");
    }

    private static string N(double v) => v.ToString(CultureInfo.InvariantCulture);
}
