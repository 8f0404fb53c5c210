using System.CommandLine;
using System.Globalization;
using EcoGov.Core.Air;
using EcoGov.Core.Progress;
using EcoGov.Data.Queries;
using EcoGov.Documents.Monitoring;

namespace EcoGov.Cli.Commands;

/// <summary>
/// `progress`: a plan's monthly and annual air targets against stations' hourly data (序时进度). City daily values
/// are the mean over all stations in the file; statistics per HJ 663; GB 3095 version by the period's date.
/// </summary>
public static class ProgressCommands
{
    private const int MaxErrorsShown = 20;

    private static readonly Option<string> PlanId = new("--plan") { Description = "规划编号，如 chengqu-2023-air / plan id", Required = true };
    private static readonly Option<string> Input = new("--input") { Description = "小时监测数据 CSV（station,time,SO2,NO2,CO,O3,PM10,PM2.5）/ hourly CSV", Required = true };
    private static readonly Option<bool> HourEnding = new("--hour-ending") { Description = "time 为时段结束时间 / time labels the hour's end" };
    private static readonly Option<string?> AsOf = new("--as-of") { Description = "评价截止日期 YYYY-MM-DD（默认为数据最后一天）/ evaluation date (default: last day in the data)" };

    public static Command Build(Output output)
    {
        var command = new Command("progress", "空气质量目标序时进度 / progress against a plan's air-quality targets")
        {
            PlanId, Input, HourEnding, AsOf,
        };
        command.SetAction(p => Run(p, output));
        return command;
    }

    private static int Run(ParseResult p, Output output)
    {
        var planId = p.GetValue(PlanId)!;
        var path = p.GetValue(Input)!;
        DateOnly? asOf = null;
        if (p.GetValue(AsOf) is string s)
        {
            asOf = DateOnly.TryParseExact(s.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
                ? d
                : throw new CliInputException($"--as-of 须为 YYYY-MM-DD，收到“{s}” / --as-of must be YYYY-MM-DD, got \"{s}\"");
        }

        using var store = Store.Open(p, output);
        var targets = store.Catalog.AirTargets(planId) ?? throw new CliInputException(
            $"没有编号为“{planId}”的规划 / no plan with id '{planId}'. 可用 / available: {string.Join(", ", store.Catalog.Plans().Select(x => x.Id))}");
        if (targets.Count == 0)
            throw new CliInputException($"规划“{planId}”没有月度空气质量目标 / plan '{planId}' has no monthly air-quality targets");

        var read = AirCsvReader.ReadHourly(path, p.GetValue(HourEnding));
        if (read.Errors.Count > 0)
        {
            var lines = read.Errors.Take(MaxErrorsShown).Select(e => e.ToString()).ToList();
            if (read.Errors.Count > MaxErrorsShown) lines.Add($"… 另有 {read.Errors.Count - MaxErrorsShown} 处错误 / {read.Errors.Count - MaxErrorsShown} more");
            throw new CliInputException($"输入文件有误 / bad input file {path}:\n" + string.Join("\n", lines));
        }
        if (read.Rows.Count == 0)
            throw new CliInputException($"输入文件没有数据行 / no data rows in {path}");

        var stations = read.Rows.GroupBy(r => r.Station, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => (IReadOnlyList<HourlyObservation>)g.Select(r => new HourlyObservation(r.HourStart, r.SO2, r.NO2, r.CO, r.O3, r.PM10, r.PM25)).ToList())
            .ToList();
        var dataFrom = DateOnly.FromDateTime(read.Rows.Min(r => r.HourStart));
        var dataTo = DateOnly.FromDateTime(read.Rows.Max(r => r.HourStart));
        var date = asOf ?? dataTo;

        var years = targets.Select(t => t.Year).Distinct().Order().ToList();
        if (!years.Any(y => y >= dataFrom.Year && y <= dataTo.Year))
            output.Error.WriteLine($"注意：数据（{dataFrom:yyyy-MM-dd} – {dataTo:yyyy-MM-dd}）不覆盖目标年份 {string.Join("、", years)}，各目标无法判断 / " +
                                   $"note: the data do not cover the target year(s) {string.Join(", ", years)}");
        var rows = AirTargetProgress.Evaluate(targets, stations, date);
        var report = new ProgressReportDto(planId, date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            dataFrom.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), dataTo.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            stations.Count, rows.Select(ProgressTargetDto.From).ToList());

        if (p.GetValue(CliApp.Json))
        {
            output.Json(report);
            return ExitCodes.Success;
        }
        output.Table($"{planId} 空气质量目标序时进度（截至 {report.AsOf}，{report.Stations} 个站点均值）/ progress against air targets",
            ["污染物", "年", "月", "目标", "实际", "上年同期", "单位", "状态", "说明"],
            report.Targets.Select(t => new[]
            {
                t.Pollutant, t.Year.ToString(CultureInfo.InvariantCulture), t.Month is int m ? m.ToString(CultureInfo.InvariantCulture) : "全年",
                N(t.Target), t.Actual is double a ? N(a) : "—", t.PreviousYear is double py ? N(py) : "—", t.Unit,
                ProgressEvaluator.Display(t.Status), t.Reason,
            }));
        output.Line($"数据 / data: {report.DataFrom} – {report.DataTo}；城市日均值为各站点日均值的算术平均；统计按 HJ 663（CO 取日均值第95百分位，O3 取日最大8小时第90百分位）");
        return ExitCodes.Success;
    }

    private static string N(double v) => v.ToString(CultureInfo.InvariantCulture);
}

/// <summary>`progress --json`: the evaluation date, the data's span and one row per target.</summary>
public sealed record ProgressReportDto(string Plan, string AsOf, string DataFrom, string DataTo, int Stations, IReadOnlyList<ProgressTargetDto> Targets);

/// <summary>One target in `progress --json`; <c>month</c> null = 全年; <c>actual</c> null without data or before the period.</summary>
public sealed record ProgressTargetDto(
    string Pollutant, int Year, int? Month, double Target, string Unit, double? Actual, double? PreviousYear,
    ProgressStatus Status, string Reason, ProgressRule Rule, string? Standard, string? EvaluatedTo, double ElapsedShare, int ValidDays, double? PreviousYearToDate, SourceDto Source)
{
    public static ProgressTargetDto From(AirTargetProgressRow r) => new(
        r.Target.Pollutant, r.Target.Year, r.Target.Month, r.Target.Target, r.Target.Unit, r.Actual, r.Target.PreviousYearValue,
        r.Result.Status, r.Result.Reason, r.Result.Rule, r.Standard, r.EvaluatedTo?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        Math.Round(r.ElapsedShare, 4), r.ValidDays, r.PreviousYearToDate is double v ? Math.Round(v, 1) : null, SourceDto.From(r.Target.Source));
}
