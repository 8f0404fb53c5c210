using EcoGov.Core;
using EcoGov.Core.Air;
using EcoGov.Core.Text;
using EcoGov.Data.Monitoring;
using EcoGov.Data.Queries;

namespace EcoGov.Application.Air;

/// <summary>
/// A period evaluation as a host receives it: the GB 3095 version (<c>standard</c>, required) and optionally a second
/// one to compare (<c>compare</c>), the period (<c>from</c>/<c>to</c>, <c>yyyy-MM-dd</c>, default: the data's first and
/// last day), and — for data from the store — the jurisdiction (with those below it) and station codes. Values are the
/// text the user gave; <see cref="AirEvaluationService.Check"/> parses them.
/// </summary>
public sealed record AirEvaluationRequest(
    string? Standard, string? From = null, string? To = null, string? Compare = null,
    string? Jurisdiction = null, IReadOnlyList<string>? Stations = null)
{
    // The request's field names, as the web's query parameters (the CLI's options are --from, --to, …).
    public const string StandardField = "standard";
    public const string CompareField = "compare";
    public const string FromField = "from";
    public const string ToField = "to";
    public const string JurisdictionField = "jurisdiction";
    public const string StationField = "station";
}

/// <summary>A checked <see cref="AirEvaluationRequest"/>: standard names known, dates parsed, from ≤ to; blanks dropped.</summary>
public sealed record AirEvaluationSelection(
    string Standard, string? Compare, DateOnly? From, DateOnly? To, string? Jurisdiction, IReadOnlyList<string> Stations);

/// <summary>
/// Period evaluation of stations' hourly data (HJ 663-2013 under a GB 3095 version; what-if under a second one): the
/// one operation behind `air evaluate` (--input and --from-store), /api/air/evaluate and the 监测评价 page. Bad input
/// is refused with an <see cref="ApplicationInputException"/> naming the field; the result is the JSON both hosts print.
/// </summary>
public sealed class AirEvaluationService(PlanCatalog catalog, MonitoringStoreQuery store)
{
    /// <summary>How many stored station codes a message about an unknown station lists.</summary>
    private const int ListedStations = 20;

    /// <summary>
    /// Checks what can be checked without data, in this order: from, to, from ≤ to, standard, compare. Used before a
    /// file is read or the store opened, so bad options are refused first.
    /// </summary>
    public static AirEvaluationSelection Check(AirEvaluationRequest request)
    {
        var from = RequestValues.OptionalDate(request.From, AirEvaluationRequest.FromField, AppText.LabelFromDate);
        var to = RequestValues.OptionalDate(request.To, AirEvaluationRequest.ToField, AppText.LabelToDate);
        if (from > to)
            throw new ApplicationInputException(ErrorCode.InvalidPeriod, AirEvaluationRequest.FromField,
                AppText.FromIsAfterTo(CalendarDate.ToText(from.Value), CalendarDate.ToText(to!.Value)));
        if (RequestValues.Absent(request.Standard))
            throw new ApplicationInputException(ErrorCode.Required, AirEvaluationRequest.StandardField,
                AppText.StandardRequired(AirEvaluationReport.AcceptedStandards));
        // The period's end only picks GB 3095-2026 transitional or final; here the names are checked.
        if (AirEvaluationReport.ParseStandard(request.Standard!, DateOnly.MinValue) is null)
            throw new ApplicationInputException(ErrorCode.UnknownStandard, AirEvaluationRequest.StandardField,
                AppText.UnknownStandardName(AirEvaluationReport.AcceptedStandards, UserText.Quote(request.Standard)));
        var compare = RequestValues.Absent(request.Compare) ? null : request.Compare;
        if (compare is not null && AirEvaluationReport.ParseStandard(compare, DateOnly.MinValue) is null)
            throw new ApplicationInputException(ErrorCode.UnknownStandard, AirEvaluationRequest.CompareField,
                AppText.UnknownCompareStandard(AirEvaluationReport.AcceptedStandards, UserText.Quote(compare)));
        var jurisdiction = RequestValues.Absent(request.Jurisdiction) ? null : request.Jurisdiction!.Trim();
        var stations = (request.Stations ?? []).Where(s => !RequestValues.Absent(s)).Distinct(StringComparer.Ordinal).ToList();
        return new AirEvaluationSelection(request.Standard!, compare, from, to, jurisdiction, stations);
    }

    /// <summary>
    /// The evaluation as .xlsx (GET /api/air/evaluate/xlsx, the 监测评价 page's 下载数据): one row per station and the
    /// all-stations row, as the JSON and the page's table, with the what-if columns when a standard is compared.
    /// </summary>
    public async Task<Supervision.RenderedFile> WorkbookAsync(AirEvaluationRequest request, CancellationToken ct = default)
    {
        var r = await EvaluateAsync(request, ct);
        bool compare = r.CompareStandard is not null;
        static object V(decimal? v) => v is decimal d ? d : "";
        static object[] WhatIfCells(WhatIfDto? w) => w is null ? [] : [w.CompareGoodDays, V(w.CompareGoodRatio), V(w.GoodRatioDifference), V(w.CompareIndex), V(w.IndexDifference)];
        string[] head =
        [
            "站点 station", "天数 days", "有效天数 valid days", "SO2", "NO2", "PM10", "PM2.5", "CO-95per", "O3-8h-90per",
            "优良天数 good days", "优良率 good ratio", "重污染天数 heavy days", "综合指数 index", "超标污染物 exceeding",
            .. (compare ? new[] { "对比优良天数", "对比优良率", "优良率差", "对比综合指数", "综合指数差" } : []),
        ];
        var rows = r.Stations.Append(r.All).Select(s => (object[])
        [
            s.Station, s.Days, s.ValidDays, V(s.Means["SO2"]), V(s.Means["NO2"]), V(s.Means["PM10"]), V(s.Means["PM2.5"]), V(s.CoP95), V(s.O3P90),
            s.GoodDays, V(s.GoodRatio), s.HeavyDays, V(s.Index), string.Join("、", s.Exceeding),
            .. WhatIfCells(compare ? s.WhatIf : null),
        ]).ToList();
        var about = new List<object[]>
        {
            new object[] { "时段 period", $"{r.From} — {r.To}" },
            new object[] { "评价标准 standard", r.Standard },
            new object[] { "对比标准 compared", r.CompareStandard ?? "—" },
            new object[] { "单位 units", "µg/m³，CO 为 mg/m³；差值 = 对比 − 评价标准" },
        };
        return Supervision.RenderedFile.Xlsx([
            new Reports.Spreadsheets.Sheet("空气质量评价", head, rows),
            new Reports.Spreadsheets.Sheet("说明", ["项目 item", "内容 value"], about),
        ], $"空气质量评价-{r.From}-{r.To}.xlsx");
    }

    /// <summary>
    /// Evaluates the hourly data in the monitoring store: the stations of the jurisdiction (and below it) and/or the
    /// codes given, all stations when neither. An unknown jurisdiction or station is refused, as is a selection without data.
    /// </summary>
    public async Task<AirEvaluationDto> EvaluateAsync(AirEvaluationRequest request, CancellationToken ct = default)
    {
        var selection = Check(request);
        if (selection.Jurisdiction is { } code && await catalog.JurisdictionAsync(code, ct) is null)
            throw new ApplicationInputException(ErrorCode.UnknownJurisdiction, AirEvaluationRequest.JurisdictionField,
                AppText.UnknownJurisdictionCode(UserText.Quote(code)));
        if (selection.Stations.Count > 0)
        {
            var known = (await store.StationCodesAsync(ct)).Order(StringComparer.Ordinal).ToList();
            var unknown = selection.Stations.Where(s => known.BinarySearch(s, StringComparer.Ordinal) < 0).ToList();
            if (unknown.Count > 0)
                throw new ApplicationInputException(ErrorCode.UnknownStation, AirEvaluationRequest.StationField,
                    AppText.UnknownStations(List(unknown.Select(s => UserText.Quote(s)).ToList(), "、"), (known.Count == 0 ? (object)AppText.LabelNoneInBrackets : List(known, ", "))));
        }
        // The station days materialised at import (each day's statistics need only its own hours).
        var data = (await store.AirDaysAsync(selection.Jurisdiction, selection.Stations, selection.From, selection.To, ct))
            .Select(s => (s.Code, s.Series)).ToList();
        if (data.Count == 0)
            throw new ApplicationInputException(ErrorCode.NoData, null,
                AppText.NoStoredHourlyData());
        return Evaluate(selection, data);
    }

    /// <summary>
    /// `air evaluate --input`: evaluates an hourly file (our CSV or a national release; <paramref name="hourEnding"/>: its
    /// time labels the hour's end), stations in order of first appearance; needs no store. A file with errors or without
    /// data rows is refused (<see cref="Monitoring.MonitoringFiles"/>).
    /// </summary>
    public static AirEvaluationDto EvaluateFile(AirEvaluationSelection selection, string path, bool hourEnding) =>
        Evaluate(selection, Monitoring.MonitoringFiles.HoursByStation(path, hourEnding));

    /// <summary>
    /// Evaluates stations' hours already read (a file's, or the store's), in the order given: the period defaults to
    /// the data's first and last day, and plain GB3095-2026 is the version in force at the period's end.
    /// </summary>
    public static AirEvaluationDto Evaluate(AirEvaluationSelection selection,
        IReadOnlyList<(string Station, IReadOnlyList<HourlyObservation> Hours)> stations) =>
        Evaluate(selection, stations.Select(s => (s.Station, StationAirSeries.OfHours(s.Hours))).ToList());

    /// <summary>As the hourly overload, from each station's series (hours or the store's station days).</summary>
    public static AirEvaluationDto Evaluate(AirEvaluationSelection selection, IReadOnlyList<(string Station, StationAirSeries Series)> stations)
    {
        if (stations.Count == 0) throw new ArgumentException("no stations to evaluate", nameof(stations));
        var from = selection.From ?? stations.Min(s => s.Series.FirstDay ?? DateOnly.MaxValue);
        var to = selection.To ?? stations.Max(s => s.Series.LastDay ?? DateOnly.MinValue);
        if (from > to)
            throw new ApplicationInputException(ErrorCode.InvalidPeriod,
                selection.From is not null ? AirEvaluationRequest.FromField : AirEvaluationRequest.ToField,
                AppText.PeriodStartsAfterEnd(CalendarDate.ToText(from), CalendarDate.ToText(to)));
        var standard = AirEvaluationReport.ParseStandard(selection.Standard, to)!;
        var compare = selection.Compare is null ? null : AirEvaluationReport.ParseStandard(selection.Compare, to);
        return AirEvaluationReport.Build(stations, from, to, standard, compare);
    }

    private static string List(IReadOnlyList<string> values, string separator) =>
        string.Join(separator, values.Take(ListedStations)) + (values.Count > ListedStations ? " " + UserText.More(values.Count - ListedStations) : "");
}
