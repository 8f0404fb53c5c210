using EcoGov.Core.Air;
using EcoGov.Core.Text;
using EcoGov.Core.Water;
using EcoGov.Data.Monitoring;
using EcoGov.Ingest.Monitoring;

namespace EcoGov.Application.Monitoring;

/// <summary>
/// The operations on a monitoring file that need no store — `air aqi` (daily or hourly), `air evaluate --input`
/// (<see cref="Air.AirEvaluationService.EvaluateFile"/>), `water classify`, `progress --input`
/// (<see cref="Progress.PlanProgressService.FromFile"/>): the file is read here with the Ingest readers, so a host only
/// passes the path and renders the result. A file with errors is refused with <see cref="ErrorCode.InvalidValue"/> (the
/// file's first errors, each with its row and column), one without data rows with <see cref="ErrorCode.NoData"/>; neither
/// names a request field, so the CLI prints the message as it is.
/// </summary>
public static class MonitoringFiles
{
    /// <summary>The AQI of each station-day of a daily CSV, under <paramref name="standard"/> or the one of each day's date.</summary>
    public static IReadOnlyList<DailyAqi> ReadDailyAqi(string path, AqiStandard? standard)
    {
        var daily = AirCsvReader.ReadDaily(path);
        ThrowIfErrors(path, daily.Errors.Select(e => e.ToString()).ToList());
        return AqiBatch.Daily(daily.Rows, standard);
    }

    /// <summary>
    /// The real-time AQI of each station-hour of an hourly file (our CSV or a national release), under
    /// <paramref name="standard"/> or the one of each hour's date. By default HJ 633-2012 data get their real-time report
    /// as the national network published it (the 1h rule); <paramref name="literal2012"/> swaps in the literal reading of
    /// 5.1.3 wherever HJ 633-2012 applies (ADR 0005).
    /// </summary>
    public static IReadOnlyList<HourlyAqi> ReadHourlyAqi(string path, bool hourEnding, AqiStandard? standard, bool literal2012)
    {
        var read = NationalReleaseReader.ReadHourly(path, hourEnding);
        ThrowIfErrors(path, read.Errors.Select(e => e.ToString()).ToList());
        return AqiBatch.Hourly(read.Rows, date =>
        {
            var s = standard ?? AqiStandards.ForDate(date);
            return literal2012 && s == AqiStandards.Hj633_2012 ? AqiStandards.Hj633_2012Literal : s;
        });
    }

    /// <summary>The hours of an hourly file by station, in order of first appearance; a file without data rows is refused.</summary>
    internal static IReadOnlyList<(string Station, IReadOnlyList<HourlyObservation> Hours)> HoursByStation(string path, bool hourEnding)
    {
        var read = NationalReleaseReader.ReadHourly(path, hourEnding);
        ThrowIfErrors(path, read.Errors.Select(e => e.ToString()).ToList());
        if (read.Rows.Count == 0)
            throw new ApplicationInputException(ErrorCode.NoData, null, AppText.InputFileHasNoData(path));
        return read.Rows.GroupBy(r => r.Station)
            .Select(g => (g.Key, (IReadOnlyList<HourlyObservation>)g.Select(Observation).ToList()))
            .ToList();
    }

    /// <summary>
    /// The hours of an hourly file by station, ordered by station code as the store orders them (the hours of
    /// <paramref name="year"/> only, when given); a file without such rows is refused.
    /// </summary>
    internal static IReadOnlyList<StationAirSeries> StationSeriesOf(string path, bool hourEnding, int? year)
    {
        var read = NationalReleaseReader.ReadHourly(path, hourEnding);
        ThrowIfErrors(path, read.Errors.Select(e => e.ToString()).ToList());
        var rows = read.Rows.Where(r => year is null || r.HourStart.Year == year).ToList();
        if (rows.Count == 0)
            throw new ApplicationInputException(ErrorCode.NoData, null, year is null ? AppText.InputFileHasNoRows(path) : AppText.InputFileHasNoRowsOfYear(year, path));
        return rows.GroupBy(r => r.Station, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => g.Select(Observation).ToList())
            .Where(hours => hours.Count > 0)
            .Select(hours => StationAirSeries.OfHours(hours))
            .ToList();
    }

    /// <summary>`water classify`: the GB 3838-2002 single-factor class of every sample of a water-sample CSV, in file order.</summary>
    public static IReadOnlyList<WaterSampleDto> ClassifyWater(string path) => ReadWater(path).Select(WaterSampleDto.From).ToList();

    /// <summary>
    /// The samples of a water-sample CSV by section, ordered by section as the store orders them (so a file and its import
    /// report alike); the file must have the section and date columns, and a section one kind of water body.
    /// </summary>
    internal static IReadOnlyList<SectionSamples> SectionsOf(string path)
    {
        var rows = ReadWater(path);
        if (rows.Count == 0) throw new ApplicationInputException(ErrorCode.NoData, null, AppText.InputFileHasNoRows(path));
        if (rows[0].Section is null || rows[0].Date is null)
            throw new ApplicationInputException(ErrorCode.InvalidValue, null, AppText.SectionProgressNeedsColumns(path));
        var kinds = new Dictionary<string, (WaterBodyKind Kind, int Row)>(StringComparer.Ordinal);
        foreach (var r in rows)
        {
            if (!kinds.TryGetValue(r.Section!, out var k)) kinds[r.Section!] = (r.Kind, r.Row);
            else if (k.Kind != r.Kind)
                throw new ApplicationInputException(ErrorCode.InvalidValue, null, AppText.SectionWaterBodyKindDiffers(path, r.Row, r.Section, k.Row));
        }
        return rows.GroupBy(r => r.Section!, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new SectionSamples(g.Key, g.Key, "", g.First().Kind, g.OrderBy(r => r.Date).Select(r => new WaterSample(r.Date!.Value, r.Values)).ToList()))
            .ToList();
    }

    private static IReadOnlyList<WaterSampleRow> ReadWater(string path)
    {
        try
        {
            return WaterSampleCsvReader.ReadFile(path);
        }
        catch (WaterSampleCsvException e)
        {
            throw new ApplicationInputException(ErrorCode.InvalidValue, null, e.Message);
        }
    }

    private static HourlyObservation Observation(AirHourlyRecord r) => new(r.HourStart, r.SO2, r.NO2, r.CO, r.O3, r.PM10, r.PM25);

    private static void ThrowIfErrors(string path, IReadOnlyList<string> errors)
    {
        if (errors.Count == 0) return;
        var lines = UserText.FirstLines(errors, errors.Count);
        throw new ApplicationInputException(ErrorCode.InvalidValue, null, AppText.BadInputFile(path, string.Join("\n", lines)));
    }
}

/// <summary>One item's value and class; <c>class</c> is "I".."V" or "劣V".</summary>
public sealed record WaterItemDto(string Item, double Value, string Class);

/// <summary>An item worse than class Ⅲ; <c>multiple</c> (超标倍数, 2 decimals) is null for DO and pH.</summary>
public sealed record WaterExceedingDto(string Item, double Value, double? Multiple);

/// <summary>Total nitrogen of a lake/reservoir, reported apart from the class.</summary>
public sealed record WaterTnDto(double Value, string Class);

/// <summary>One sample of `water classify --json`: its id, row and water body, the class (null: not classed) and how it came about.</summary>
public sealed record WaterSampleDto(
    string Id,
    int Row,
    string Type,
    string? Class,
    string? Status,
    IReadOnlyList<WaterItemDto> Items,
    IReadOnlyList<WaterExceedingDto> Exceeding,
    WaterTnDto? Tn,
    IReadOnlyList<WaterItemDto> ReportedApart,
    IReadOnlyList<string> Determining,
    IReadOnlyList<string> TopThree,
    IReadOnlyList<string> Missing,
    IReadOnlyList<string> Notes)
{
    private static readonly string[] Roman = ["I", "II", "III", "IV", "V", "劣V"];

    /// <summary>"I".."V", "劣V" for classes 1..6.</summary>
    public static string ClassCode(int waterClass) => WaterClass.IsValid(waterClass)
        ? Roman[waterClass - 1]
        : throw new ArgumentOutOfRangeException(nameof(waterClass), waterClass, null);

    /// <summary>The Chinese name (Ⅲ类, 劣Ⅴ类) of a class code "I".."V", "劣V".</summary>
    public static string ChineseClass(string code) => WaterClass.Name(Array.IndexOf(Roman, code) + 1);

    internal static WaterSampleDto From(WaterSampleRow row)
    {
        var e = WaterSampleEvaluator.Evaluate(row.Kind, row.Values);
        var tn = e.ReportedApart.FirstOrDefault(i => i.Code == "TN");
        return new WaterSampleDto(
            row.Id,
            row.Row,
            WaterBodyKinds.Name(row.Kind),
            e.Class is { } c ? ClassCode(c) : null,
            e.Status,
            e.Items.Select(i => new WaterItemDto(i.Code, i.Value, ClassCode(i.Class))).ToList(),
            e.ExceedingItems.Select(i => new WaterExceedingDto(i.Code, i.Value,
                i.ExceedanceMultiple is { } m ? Math.Round(m, 2, MidpointRounding.AwayFromZero) : null)).ToList(),
            tn is null ? null : new WaterTnDto(tn.Value, ClassCode(tn.Class)),
            e.ReportedApart.Select(i => new WaterItemDto(i.Code, i.Value, ClassCode(i.Class))).ToList(),
            e.DeterminingItems,
            e.TopExceedingItems.Select(i => i.Code).ToList(),
            e.MissingItems,
            e.Notes);
    }
}
