using System.CommandLine;
using System.Globalization;
using EcoGov.Application.Air;
using EcoGov.Core.Air;

namespace EcoGov.Cli.Commands;

/// <summary>
/// `air evaluate`: period evaluation (HJ 663-2013) of stations' hourly data under a GB 3095 version and the HJ 633
/// version that belongs to it, per station and for all stations combined (the city's daily series), from a file
/// (needs no database) or the store; the checks and the evaluation are <see cref="AirEvaluationService"/>'s.
/// JSON: one object <c>{standard, from, to, compareStandard, stations:[...], all:{...}}</c>.
/// </summary>
public static class AirEvaluateCommand
{
    /// <summary>The station name and JSON key of all stations combined.</summary>
    public const string AllStationsName = AirEvaluationReport.AllStationsName;

    public const string AcceptedStandards = AirEvaluationReport.AcceptedStandards;

    private static readonly Option<string?> Input = new("--input") { Description = "小时数据 CSV（station,time,SO2,NO2,CO,O3,PM10,PM2.5）/ hourly CSV as for `air aqi --hourly`（与 --from-store 二选一）" };
    private static readonly Option<bool> FromStore = new("--from-store") { Description = "读取数据库中已导入的小时数据（monitoring import）/ read the hourly data stored by `monitoring import`" };
    private static readonly Option<string?> JurisdictionOption = new("--jurisdiction") { Description = "与 --from-store 同用：行政区划代码（含下级）/ with --from-store: jurisdiction code (and those below it)" };
    private static readonly Option<string[]> StationOption = new("--station") { Description = "与 --from-store 同用：站点编号（可多个）/ with --from-store: station code(s)", AllowMultipleArgumentsPerToken = true };
    private static readonly Option<string> StandardOption = new("--standard")
    {
        Description = "评价标准 / GB 3095 version: " + AcceptedStandards + "（GB3095-2026 按时段终止日期取过渡期或最终限值 / by the period's end: transitional until 2030-12-31, final from 2031）",
        Required = true,
    };
    private static readonly Option<string?> CompareOption = new("--compare") { Description = "对比标准（情景对比）/ also evaluate under this version (what-if): " + AcceptedStandards };
    private static readonly Option<string?> FromOption = new("--from") { Description = "起始日期 yyyy-MM-dd（默认数据首日）/ first day (default: the data's first day)" };
    private static readonly Option<string?> ToOption = new("--to") { Description = "终止日期 yyyy-MM-dd（默认数据末日）/ last day (default: the data's last day)" };
    private static readonly Option<bool> HourEndingOption = new("--hour-ending") { Description = "time 为时段结束时间（01:00 表示 00:00–01:00，可含 24:00）/ time labels the hour's end" };

    public static Command Build(Output output)
    {
        var cmd = new Command("evaluate",
            "由小时数据 CSV 或数据库评价时段空气质量（HJ 663-2013；各站点及全部站点）/ period evaluation per station and for all stations. " +
            "--json: one object {standard, from, to, compareStandard, stations:[{station, days, validDays, means, coP95, o3P90, goodDays, goodRatio, heavyDays, index, exceeding, ratios, annualValidity, notes, whatIf}], all:{…}}")
        {
            Input, FromStore, JurisdictionOption, StationOption, StandardOption, FromOption, ToOption, HourEndingOption, CompareOption,
        };
        cmd.SetAction((p, ct) => RunAsync(p, output, ct));
        return cmd;
    }

    private static async Task<int> RunAsync(ParseResult p, Output output, CancellationToken ct)
    {
        var path = p.GetValue(Input);
        var fromStore = p.GetValue(FromStore);
        var jurisdiction = p.GetValue(JurisdictionOption);
        var stationCodes = p.GetValue(StationOption) ?? [];
        if (path is null == !fromStore)
            throw new CliInputException(fromStore
                ? "--input 与 --from-store 只能选一个 / use either --input or --from-store, not both"
                : "须指定 --input 文件或 --from-store / give --input FILE or --from-store");
        if (!fromStore && (jurisdiction is not null || stationCodes.Length > 0))
            throw new CliInputException("--jurisdiction 与 --station 只能与 --from-store 同用 / --jurisdiction and --station go with --from-store");
        if (fromStore && p.GetValue(HourEndingOption))
            throw new CliInputException("--hour-ending 只用于 --input 文件（库中存的是时段开始时间）/ --hour-ending applies to --input files only");
        var request = new AirEvaluationRequest(p.GetValue(StandardOption), p.GetValue(FromOption), p.GetValue(ToOption),
            p.GetValue(CompareOption), jurisdiction, stationCodes);
        // Dates and standard names are checked before the file is read or the store opened.
        var selection = AirEvaluationService.Check(request);

        AirEvaluationDto result;
        string source;
        if (path is not null)
        {
            result = AirEvaluationService.EvaluateFile(selection, path, p.GetValue(HourEndingOption));
            source = path;
        }
        else
        {
            using var store = Store.Open(p, output);
            result = await store.Get<AirEvaluationService>().EvaluateAsync(request, ct);
            source = "监测数据库 / store" + (jurisdiction is null ? "" : $" {jurisdiction}");
        }

        if (p.GetValue(CliApp.Json))
            output.Json(result);
        else
            WriteTable(output, source, result);
        return ExitCodes.Success;
    }

    internal static string Day(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string N(decimal? v) => v?.ToString(CultureInfo.InvariantCulture) ?? "—";

    private static string Percent(decimal? ratio) => ratio is decimal r ? (r * 100).ToString("0.0", CultureInfo.InvariantCulture) + "%" : "—";

    private static void WriteTable(Output output, string path, AirEvaluationDto r)
    {
        var compare = r.CompareStandard is not null;
        List<string> headers =
        [
            "站点", "天数", "有效天数", "SO2", "NO2", "PM10", "PM2.5", "CO-95per", "O3-8h-90per",
            "优良天数", "优良率", "重污染天数", "综合指数", "超标污染物",
        ];
        if (compare) headers.AddRange(["对比优良率", "优良率差", "对比综合指数", "综合指数差"]);
        var rows = r.Stations.Append(r.All).Select(s =>
        {
            List<string?> row =
            [
                s.Station, s.Days.ToString(CultureInfo.InvariantCulture), s.ValidDays.ToString(CultureInfo.InvariantCulture),
                N(s.Means["SO2"]), N(s.Means["NO2"]), N(s.Means["PM10"]), N(s.Means["PM2.5"]), N(s.CoP95), N(s.O3P90),
                s.GoodDays.ToString(CultureInfo.InvariantCulture), Percent(s.GoodRatio), s.HeavyDays.ToString(CultureInfo.InvariantCulture),
                N(s.Index), s.Exceeding.Count == 0 ? "—" : string.Join("、", s.Exceeding),
            ];
            if (compare && s.WhatIf is { } w)
                row.AddRange([Percent(w.CompareGoodRatio), Percent(w.GoodRatioDifference), N(w.CompareIndex), N(w.IndexDifference)]);
            return row;
        });
        output.Table($"{path} 空气质量评价 {r.From}—{r.To}（{r.Standard}）/ period evaluation", headers, rows);
        output.Line("浓度单位 µg/m³，CO 为 mg/m³；— 表示无有效数据 / concentrations in µg/m³, CO in mg/m³; — = no valid data");
        if (compare) output.Line($"对比标准 / compared with: {r.CompareStandard}（差值 = 对比 − 评价标准 / difference = compare − standard）");
        // Notes every row shares once; the others under their station's name.
        var all = r.Stations.Append(r.All).ToList();
        var common = all[0].Notes.Select(n => n.Bilingual).Where(n => all.All(s => s.Notes.Any(m => m.Bilingual == n))).ToList();
        foreach (var n in common) output.Line(n);
        foreach (var s in all)
            foreach (var n in s.Notes.Select(n => n.Bilingual).Except(common))
                output.Line($"{s.Station}: {n}");
    }
}

