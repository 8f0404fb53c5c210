using System.CommandLine;
using System.Globalization;
using EcoGov.Core.Air;
using EcoGov.Documents.Monitoring;

namespace EcoGov.Cli.Commands;

/// <summary>
/// `air evaluate`: period evaluation (HJ 663-2013) of stations' hourly data under a GB 3095 version and the HJ 633
/// version that belongs to it, per station and for all stations combined (the city's daily series). Needs no database.
/// JSON: one object <c>{standard, from, to, compareStandard, stations:[...], all:{...}}</c>.
/// </summary>
public static class AirEvaluateCommand
{
    /// <summary>The station name and JSON key of all stations combined.</summary>
    public const string AllStationsName = "全部站点";

    public const string AcceptedStandards = "GB3095-2012, GB3095-2026, GB3095-2026-transitional, GB3095-2026-final";

    private static readonly Option<string> Input = new("--input") { Description = "小时数据 CSV（station,time,SO2,NO2,CO,O3,PM10,PM2.5）/ hourly CSV as for `air aqi --hourly`", Required = true };
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
            "由小时数据 CSV 评价时段空气质量（HJ 663-2013；各站点及全部站点）/ period evaluation per station and for all stations. " +
            "--json: one object {standard, from, to, compareStandard, stations:[{station, days, validDays, means, coP95, o3P90, goodDays, goodRatio, heavyDays, index, exceeding, ratios, annualValidity, notes, whatIf}], all:{…}}")
        {
            Input, StandardOption, FromOption, ToOption, HourEndingOption, CompareOption,
        };
        cmd.SetAction(p => Run(p, output));
        return cmd;
    }

    /// <summary>
    /// Parses a GB 3095 version (case-insensitive, spaces ignored). Plain GB3095-2026 is the version in force at
    /// <paramref name="periodEnd"/>: transitional limits until 2030-12-31, final from 2031-01-01 (data before
    /// 2026-03-01 evaluated "under 2026" get the transitional limits, the first in force).
    /// </summary>
    public static AirEvaluationStandard ParseStandard(string option, string value, DateOnly periodEnd)
    {
        var key = value.Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant();
        return key switch
        {
            "GB3095-2012" => AirEvaluationStandards.Gb3095_2012,
            "GB3095-2026" => periodEnd >= AmbientAirLimitTables.Gb3095_2026Final.ValidFrom
                ? AirEvaluationStandards.Gb3095_2026Final
                : AirEvaluationStandards.Gb3095_2026Transitional,
            "GB3095-2026-TRANSITIONAL" => AirEvaluationStandards.Gb3095_2026Transitional,
            "GB3095-2026-FINAL" => AirEvaluationStandards.Gb3095_2026Final,
            _ => throw new CliInputException($"{option} 须为 {AcceptedStandards} 之一，收到“{value}” / unknown standard \"{value}\"; use one of {AcceptedStandards}"),
        };
    }

    private static DateOnly? ParseDay(string option, string? value)
    {
        if (value is null) return null;
        return AirCsvReader.ParseDate(value, out var error)
            ?? throw new CliInputException($"{option}: {error}");
    }

    private static int Run(ParseResult p, Output output)
    {
        var path = p.GetValue(Input)!;
        var standardValue = p.GetValue(StandardOption)!;
        var compareValue = p.GetValue(CompareOption);
        var fromOpt = ParseDay("--from", p.GetValue(FromOption));
        var toOpt = ParseDay("--to", p.GetValue(ToOption));
        if (fromOpt is { } f0 && toOpt is { } t0 && f0 > t0)
            throw new CliInputException($"--from {f0:yyyy-MM-dd} 晚于 --to {t0:yyyy-MM-dd} / --from is after --to");
        // Validate the standard names before reading the file (the period end only picks 2026 transitional/final).
        ParseStandard("--standard", standardValue, DateOnly.MinValue);
        if (compareValue is not null) ParseStandard("--compare", compareValue, DateOnly.MinValue);

        var read = AirCsvReader.ReadHourly(path, p.GetValue(HourEndingOption));
        AirCommands.ThrowIfErrors(path, read.Errors);
        if (read.Rows.Count == 0)
            throw new CliInputException($"输入文件无数据 / no data rows in {path}");

        var from = fromOpt ?? DateOnly.FromDateTime(read.Rows.Min(r => r.HourStart));
        var to = toOpt ?? DateOnly.FromDateTime(read.Rows.Max(r => r.HourStart));
        if (from > to)
            throw new CliInputException($"时段起始 {from:yyyy-MM-dd} 晚于终止 {to:yyyy-MM-dd} / the period starts after it ends (check --from/--to against the data)");
        var standard = ParseStandard("--standard", standardValue, to);
        var compare = compareValue is null ? null : ParseStandard("--compare", compareValue, to);

        // Stations in order of first appearance in the file.
        var stations = read.Rows.GroupBy(r => r.Station)
            .Select(g => (Station: g.Key, Hours: g.Select(r => new HourlyObservation(r.HourStart, r.SO2, r.NO2, r.CO, r.O3, r.PM10, r.PM25)).ToList()))
            .ToList();

        List<StationEvaluationDto> stationResults;
        if (compare is null)
        {
            // Stations evaluated in parallel (results in station order).
            var evaluations = StationPeriodEvaluator.EvaluateAll(stations.Select(s => (IEnumerable<HourlyObservation>)s.Hours).ToList(), from, to, standard);
            stationResults = stations.Select((s, k) => StationEvaluationDto.From(s.Station, evaluations[k], null)).ToList();
        }
        else
        {
            stationResults = stations.Select(s =>
            {
                var w = AirWhatIf.CompareStation(s.Hours, from, to, standard, compare);
                return StationEvaluationDto.From(s.Station, w.A, w);
            }).ToList();
        }

        var hours = stations.Select(s => (IEnumerable<HourlyObservation>)s.Hours).ToList();
        StationEvaluationDto all;
        if (compare is null)
            all = StationEvaluationDto.From(AllStationsName, CityAirAggregation.EvaluateFromHours(hours, from, to, standard), null);
        else
        {
            var w = AirWhatIf.CompareCity(hours, from, to, standard, compare);
            all = StationEvaluationDto.From(AllStationsName, w.A, w);
        }

        var result = new AirEvaluationDto(standard.Code, From: Day(from), To: Day(to), compare?.Code, stationResults, all);
        if (p.GetValue(CliApp.Json))
            output.Json(result);
        else
            WriteTable(output, path, result);
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
        var common = all[0].Notes.Where(n => all.All(s => s.Notes.Contains(n))).ToList();
        foreach (var n in common) output.Line(n);
        foreach (var s in all)
            foreach (var n in s.Notes.Except(common))
                output.Line($"{s.Station}: {n}");
    }
}

/// <summary>`air evaluate --json`: the evaluation standard (GB 3095 + HJ 633 codes), the period, each station and all stations.</summary>
public sealed record AirEvaluationDto(
    string Standard, string From, string To, string? CompareStandard, IReadOnlyList<StationEvaluationDto> Stations, StationEvaluationDto All);

/// <summary>
/// One station's (or all stations') period evaluation. <c>means</c>: period means of SO2, NO2, PM10, PM2.5 (µg/m³,
/// rounded half to even); <c>coP95</c> (mg/m³, one decimal) and <c>o3P90</c>; <c>goodRatio</c> a fraction of the days
/// with a valid AQI (4 decimals); <c>index</c> the comprehensive index; <c>ratios</c> each pollutant's statistic
/// over its Grade II limit; null where there is no valid data.
/// </summary>
public sealed record StationEvaluationDto(
    string Station, string Standard, int Days, int ValidDays, IReadOnlyDictionary<string, decimal?> Means, decimal? CoP95, decimal? O3P90,
    int GoodDays, decimal? GoodRatio, int HeavyDays, decimal? Index, IReadOnlyList<string> Exceeding,
    IReadOnlyDictionary<string, decimal?> Ratios, bool? AnnualMeansValid, IReadOnlyList<string> Notes, WhatIfDto? WhatIf)
{
    internal static decimal? Ratio4(decimal? r) => r is decimal v ? Math.Round(v, 4, MidpointRounding.ToEven) : null;

    public static StationEvaluationDto From(string station, PeriodAirEvaluation e, AirWhatIfComparison? w)
    {
        decimal? Pub(Pollutant p) => e.Statistic(p).Published;
        return new(
            station, e.StandardCode, e.Days, e.DaysWithValidAqi,
            new[] { Pollutant.SO2, Pollutant.NO2, Pollutant.PM10, Pollutant.PM25 }.ToDictionary(PollutantNames.Display, Pub),
            Pub(Pollutant.CO), Pub(Pollutant.O3),
            e.GoodDays, Ratio4(e.GoodDayRatio), e.HeavilyPollutedDays, e.ComprehensiveIndex?.Sum,
            e.ExceedingPollutants.Select(PollutantNames.Display).ToList(),
            e.Statistics.ToDictionary(s => PollutantNames.Display(s.Pollutant), s => s.Ratio),
            e.AnnualMeansValid, e.Notes,
            w is null ? null : WhatIfDto.From(w));
    }
}

/// <summary>What-if: good-day ratio, good days and comprehensive index under the evaluation standard and the compared one, with compare − standard.</summary>
public sealed record WhatIfDto(
    string Standard, string CompareStandard,
    decimal? GoodRatio, decimal? CompareGoodRatio, decimal? GoodRatioDifference,
    int GoodDays, int CompareGoodDays, int GoodDaysDifference,
    decimal? Index, decimal? CompareIndex, decimal? IndexDifference)
{
    public static WhatIfDto From(AirWhatIfComparison w) => new(
        w.A.StandardCode, w.B.StandardCode,
        StationEvaluationDto.Ratio4(w.A.GoodDayRatio), StationEvaluationDto.Ratio4(w.B.GoodDayRatio), StationEvaluationDto.Ratio4(w.GoodDayRatioDifference),
        w.A.GoodDays, w.B.GoodDays, w.GoodDaysDifference,
        w.A.ComprehensiveIndex?.Sum, w.B.ComprehensiveIndex?.Sum, w.ComprehensiveIndexDifference);
}
