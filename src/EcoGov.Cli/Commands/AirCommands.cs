using System.CommandLine;
using System.Globalization;
using EcoGov.Core.Air;
using EcoGov.Core.Text;
using EcoGov.Application.Monitoring;

namespace EcoGov.Cli.Commands;

/// <summary>`air aqi`: AQI (HJ 633) of station data from a CSV file. Needs no database.</summary>
public static class AirCommands
{
    private static readonly Option<string> Input = new("--input") { Description = "CSV 文件（UTF-8）/ CSV file of station data", Required = true };
    private static readonly Option<string?> StandardOption = new("--standard") { Description = "强制使用的标准 HJ633-2012|HJ633-2026（默认按数据日期）/ force a standard (default: by the data's date)" };
    private static readonly Option<bool> HourlyOption = new("--hourly") { Description = "输入为小时数据（实时报）/ hourly input (real-time report)" };
    private static readonly Option<bool> HourEndingOption = new("--hour-ending") { Description = "time 为时段结束时间（01:00 表示 00:00–01:00，可含 24:00）/ time labels the hour's end" };
    private static readonly Option<bool> HourlyLiteral2012Option = new("--hourly-literal-2012")
    {
        Description = "实时报按 HJ 633-2012 5.1.3 字面口径（O3 8 小时、PM 24 小时滑动平均参与分指数；与全国发布值不一致，仅供对照）/ "
            + "HJ 633-2012 real-time report read literally (moving means rated; not what the national releases computed; for comparison only)",
    };

    public static Command Build(Output output)
    {
        var aqi = new Command("aqi", "由监测数据 CSV 计算 AQI（HJ 633）/ AQI of station data from a CSV file")
        {
            Input, StandardOption, HourlyOption, HourEndingOption, HourlyLiteral2012Option,
        };
        aqi.SetAction(p => Aqi(p, output));
        var air = new Command("air", "环境空气质量 / ambient air quality");
        air.Subcommands.Add(aqi);
        air.Subcommands.Add(AirEvaluateCommand.Build(output));
        return air;
    }

    /// <summary>Parses --standard: HJ633-2012 or HJ633-2026, case-insensitive, spaces ignored.</summary>
    public static AqiStandard? ParseStandard(string? value)
    {
        if (value is null) return null;
        var key = value.Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant();
        return AqiStandards.All.FirstOrDefault(s => s.Code.Replace(" ", "", StringComparison.Ordinal) == key)
            ?? throw new CliInputException($"--standard 须为 HJ633-2012 或 HJ633-2026，收到“{value}” / unknown standard \"{value}\"; use HJ633-2012 or HJ633-2026");
    }

    private static int Aqi(ParseResult p, Output output)
    {
        var path = p.GetValue(Input)!;
        var standard = ParseStandard(p.GetValue(StandardOption));
        var hourly = p.GetValue(HourlyOption);
        var hourEnding = p.GetValue(HourEndingOption);
        if (hourEnding && !hourly)
            throw new CliInputException("--hour-ending 仅用于 --hourly / --hour-ending applies to --hourly input only");
        var literal2012 = p.GetValue(HourlyLiteral2012Option);
        if (literal2012 && !hourly)
            throw new CliInputException("--hourly-literal-2012 仅用于 --hourly / --hourly-literal-2012 applies to --hourly input only");
        if (literal2012 && standard is not null && standard != AqiStandards.Hj633_2012)
            throw new CliInputException($"--hourly-literal-2012 不能与 --standard {standard.Code} 同用 / --hourly-literal-2012 cannot be combined with --standard {standard.Code}");
        var json = p.GetValue(CliApp.Json);

        if (hourly)
        {
            // --hourly-literal-2012: the literal reading of HJ 633-2012 5.1.3 instead of the published one (ADR 0005).
            var results = MonitoringFiles.ReadHourlyAqi(path, hourEnding, standard, literal2012);
            if (json)
                output.Json(results.Select(HourlyAqiDto.From).ToList());
            else
                WriteHourlyTable(output, $"{path} 空气质量指数（实时报，时段起始时间，北京时间）/ hourly AQI", results);
            return ExitCodes.Success;
        }

        var days = MonitoringFiles.ReadDailyAqi(path, standard);
        if (json)
            output.Json(days.Select(DailyAqiDto.From).ToList());
        else
            WriteTable(output, $"{path} 空气质量指数（日报）/ daily AQI", "日期",
                days.Select(r => (r.Record.Station, r.Record.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), r.Result)));
        return ExitCodes.Success;
    }

    /// <summary>Notes that hold for a whole report (rounding, the real-time reading): printed once under the table.</summary>
    private static bool IsStandingNote(Message n) => n.Key is nameof(CoreText.AqiRoundedPerClause) or nameof(CoreText.AqiRoundedByPlatform)
        or nameof(CoreText.AqiNotRounded) or AqiBatch.RealTimeBasisNoteKey;

    private static void WriteTable(Output output, string title, string timeHeader, IEnumerable<(string Station, string Time, AqiResult Result)> rows) =>
        WriteTable(output, title, timeHeader, [], null, rows.Select(r => (r.Station, r.Time, r.Result, Array.Empty<string>())));

    /// <summary>
    /// The real-time table: the daily table's columns plus, after PM2.5's IAQI, the moving means the rows' standards
    /// publish (O3 8h, PM10/PM2.5/SO2 24h under HJ 633-2012) as concentrations rounded like the releases (GB/T 8170).
    /// </summary>
    private static void WriteHourlyTable(Output output, string title, IReadOnlyList<HourlyAqi> results)
    {
        var moving = results.SelectMany(r => r.Standard.RealTime.PublishedMovingMeans).Distinct().ToList();
        string M(HourlyAqi h, AirIndicator i) =>
            h.MovingMeans is { } m && m.TryGetValue(i, out var mean) && mean.Value is double v
                ? ConcentrationRounding.Round(i.Pollutant, v).ToString(CultureInfo.InvariantCulture)
                : "—";
        var legend = moving.Count == 0 ? null
            : "“滑动”列为滑动平均浓度（μg/m³），由本站前序小时计算并随实时报发布；是否参与分指数见下方实时报口径（Real-time AQI）/ "
                + "the moving-mean columns are concentrations from the station's preceding hours, published with the report; the reading below says whether they are rated";
        WriteTable(output, title, "时间", moving.Select(i => $"{i}滑动").ToList(), legend,
            results.Select(r => (r.Record.Station, r.Record.HourStart.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture), r.Result,
                moving.Select(i => M(r, i)).ToArray())));
    }

    private static void WriteTable(
        Output output, string title, string timeHeader, IReadOnlyList<string> extraHeaders, string? extraLegend,
        IEnumerable<(string Station, string Time, AqiResult Result, string[] Extra)> rows)
    {
        var list = rows.ToList();
        string I(AqiResult r, Pollutant p) => r.IaqiOf(p)?.ToString(CultureInfo.InvariantCulture) ?? "—";
        output.Table(title,
            ["站点", timeHeader, "标准", "SO2", "NO2", "CO", "O3", "PM10", "PM2.5", .. extraHeaders, "AQI", "级别", "类别", "首要污染物", "说明"],
            list.Select(x => (string[])
            [
                x.Station, x.Time, x.Result.StandardCode,
                I(x.Result, Pollutant.SO2), I(x.Result, Pollutant.NO2), I(x.Result, Pollutant.CO),
                I(x.Result, Pollutant.O3), I(x.Result, Pollutant.PM10), I(x.Result, Pollutant.PM25),
                .. x.Extra,
                x.Result.Aqi?.ToString(CultureInfo.InvariantCulture) ?? "NA",
                x.Result.LevelName ?? "—", x.Result.Category ?? "—",
                x.Result.PrimaryPollutants.Count == 0 ? "—" : string.Join("、", x.Result.PrimaryPollutants.Select(PollutantNames.Display)),
                string.Join("；", x.Result.Notes.Where(n => !IsStandingNote(n)).Select(n => n.Bilingual)),
            ]));
        output.Line("SO2…PM2.5 列为分指数 IAQI；— 表示缺测 / the pollutant columns are IAQIs; — = missing");
        if (extraLegend is not null) output.Line(extraLegend);
        foreach (var n in list.SelectMany(x => x.Result.Notes).Where(IsStandingNote).Select(n => n.Bilingual).Distinct())
            output.Line(n);
    }
}

/// <summary>The IAQI of each pollutant under its display name (SO2, NO2, CO, O3, PM10, PM2.5); null when missing.</summary>
internal static class AqiDtoParts
{
    public static IReadOnlyDictionary<string, int?> Iaqi(AqiResult r) =>
        Enum.GetValues<Pollutant>().ToDictionary(PollutantNames.Display, r.IaqiOf);

    public static int[]? Rgb(AqiResult r) => r.Colour is Rgb c ? [c.R, c.G, c.B] : null;

    public static IReadOnlyList<string> Names(IEnumerable<Pollutant> ps) => ps.Select(PollutantNames.Display).ToList();

    /// <summary>The notes as their bilingual lines ("中文 / English").</summary>
    public static IReadOnlyList<string> Notes(AqiResult r) => [.. r.Notes.Select(n => n.Bilingual)];
}

/// <summary>One station-day in `air aqi --json`.</summary>
public sealed record DailyAqiDto(
    string Station, string Date, string Standard, IReadOnlyDictionary<string, int?> Iaqi, int? Aqi, string? Level, string? Category,
    string? Color, int[]? Rgb, IReadOnlyList<string> Primary, IReadOnlyList<string> NonAttainment, IReadOnlyList<string> Notes)
{
    public static DailyAqiDto From(DailyAqi d) => new(
        d.Record.Station, d.Record.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), d.Result.StandardCode,
        AqiDtoParts.Iaqi(d.Result), d.Result.Aqi, d.Result.LevelName, d.Result.Category, d.Result.ColourName, AqiDtoParts.Rgb(d.Result),
        AqiDtoParts.Names(d.Result.PrimaryPollutants), AqiDtoParts.Names(d.Result.NonAttainmentPollutants), AqiDtoParts.Notes(d.Result));
}

/// <summary>
/// A moving mean published with a real-time AQI (a concentration, unrounded to 3 decimals): null value when fewer than
/// minValidHours hours were valid. Under HJ 633-2012 as published it is not rated, except SO2_24h for SO2 1h above 800.
/// </summary>
public sealed record MovingMeanDto(double? Value, int ValidHours, int WindowHours, int MinValidHours)
{
    public static MovingMeanDto From(MovingMean m) => new(m.Value is double v ? Math.Round(v, 3) : null, m.ValidHours, m.WindowHours, m.MinValidHours);
}

/// <summary>
/// One station-hour in `air aqi --hourly --json`. <c>time</c> is the hour's start and <c>hourEnd</c> its end, in
/// China Standard Time (ISO 8601 with +08:00). <c>movingMeans</c>: the moving means the standard's real-time report
/// publishes beside the AQI (HJ 633-2012: O3_8h, PM10_24h, PM2.5_24h, SO2_24h), keyed pollutant_averaging; null when
/// it publishes none (HJ 633-2026). Which entered the AQI is the standard's rule, stated in <c>notes</c> (ADR 0005).
/// </summary>
public sealed record HourlyAqiDto(
    string Station, string Time, string HourEnd, string Standard, IReadOnlyDictionary<string, int?> Iaqi, int? Aqi, string? Level, string? Category,
    string? Color, int[]? Rgb, IReadOnlyList<string> Primary, IReadOnlyList<string> NonAttainment,
    IReadOnlyDictionary<string, MovingMeanDto>? MovingMeans, IReadOnlyList<string> Notes)
{
    private static string Cst(DateTime t) => t.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture) + "+08:00";

    public static HourlyAqiDto From(HourlyAqi h) => new(
        h.Record.Station, Cst(h.Record.HourStart), Cst(h.Record.HourStart.AddHours(1)), h.Result.StandardCode,
        AqiDtoParts.Iaqi(h.Result), h.Result.Aqi, h.Result.LevelName, h.Result.Category, h.Result.ColourName, AqiDtoParts.Rgb(h.Result),
        AqiDtoParts.Names(h.Result.PrimaryPollutants), AqiDtoParts.Names(h.Result.NonAttainmentPollutants),
        h.MovingMeans is { } m
            ? h.Standard.RealTime.PublishedMovingMeans.ToDictionary(
                i => $"{PollutantNames.Display(i.Pollutant)}_{AveragingNames.Display(i.Averaging)}", i => MovingMeanDto.From(m[i]))
            : null,
        AqiDtoParts.Notes(h.Result));
}
