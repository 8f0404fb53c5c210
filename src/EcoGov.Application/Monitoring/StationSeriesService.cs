using System.Globalization;
using EcoGov.Application.Dashboard;
using EcoGov.Application.Supervision;
using EcoGov.Core;
using EcoGov.Core.Air;
using EcoGov.Core.Text;
using EcoGov.Data;
using EcoGov.Data.Monitoring;
using EcoGov.Reports.Spreadsheets;
using Microsoft.EntityFrameworkCore;

namespace EcoGov.Application.Monitoring;

/// <summary>
/// `monitoring series` / GET /api/monitoring/stations/{code}/series: a station's concentrations from <c>from</c> to
/// <c>to</c> (<c>yyyy-MM-dd</c>, inclusive), by hour or by day (<c>resolution</c> hour|day, default day), with the
/// GB 3095 grade II limits of <c>standard</c> (default GB3095-2012).
/// </summary>
public sealed record StationSeriesRequest(string? Station, string? From, string? To, string? Resolution = null, string? Standard = null)
{
    public const string StationField = "station";
    public const string FromField = "from";
    public const string ToField = "to";
    public const string ResolutionField = "resolution";
    public const string StandardField = "standard";
}

/// <summary>
/// A pollutant of the series: its unit, the averaging of its values (1h; or 24h, O3 daily max 8h) and the GB 3095
/// grade II limit for that averaging (null where the standard sets none, e.g. PM2.5 1h).
/// </summary>
public sealed record SeriesPollutant(string Pollutant, string Key, string Unit, string Averaging, decimal? Limit, string? LimitBasis);

/// <summary>One hour (<c>yyyy-MM-dd HH:mm</c>, China Standard Time, the hour's start) or day (<c>yyyy-MM-dd</c>); null = no valid value.</summary>
public sealed record SeriesPoint(string Time, decimal? So2, decimal? No2, decimal? Co, decimal? O3, decimal? Pm10, decimal? Pm25);

/// <summary>A station's series: every hour or day of the range in order (rounded as GB 3095/HJ 663 round), and the limits.</summary>
public sealed record StationSeriesDto(
    string Station, string Name, string Jurisdiction, string From, string To, string Resolution, string Standard, bool Demo, string? Notice,
    IReadOnlyList<SeriesPollutant> Pollutants, IReadOnlyList<SeriesPoint> Points);

/// <summary>
/// 站点浓度时序 (issue 13 item 2): a station's hourly values as stored, or its daily values (24h means, O3 daily max
/// 8h) from the stored station days resolved under the standard as every evaluation resolves them
/// (<see cref="StationAirSeries.Daily"/>), with the standard's grade II limits from the Core's versioned tables
/// (<see cref="AmbientAirLimits"/>). The one operation behind `monitoring series`, the API, its .xlsx and the page.
/// </summary>
public sealed class StationSeriesService(EcoGovDbContext db, MonitoringStoreQuery store)
{
    public const string Hour = "hour", Day = "day";

    /// <summary>The longest hourly range (days) and daily range (days).</summary>
    public const int MaxHourDays = 31, MaxDayDays = 3 * 366;

    private static readonly Pollutant[] Order = [Pollutant.SO2, Pollutant.NO2, Pollutant.CO, Pollutant.O3, Pollutant.PM10, Pollutant.PM25];

    /// <summary>What is checked without the store: station given, dates, from ≤ to, resolution, range length, standard.</summary>
    public static (DateOnly From, DateOnly To, string Resolution, AirEvaluationStandard Standard) Check(StationSeriesRequest request)
    {
        if (RequestValues.Absent(request.Station))
            throw new ApplicationInputException(ErrorCode.Required, StationSeriesRequest.StationField, AppText.StationIsRequired());
        var from = RequestValues.OptionalDate(request.From, StationSeriesRequest.FromField, AppText.LabelFromDate)
            ?? throw new ApplicationInputException(ErrorCode.Required, StationSeriesRequest.FromField, AppText.FromIsRequired());
        var to = RequestValues.OptionalDate(request.To, StationSeriesRequest.ToField, AppText.LabelToDate)
            ?? throw new ApplicationInputException(ErrorCode.Required, StationSeriesRequest.ToField, AppText.ToIsRequired());
        if (from > to)
            throw new ApplicationInputException(ErrorCode.InvalidPeriod, StationSeriesRequest.FromField,
                AppText.FromIsAfterTo(CalendarDate.ToText(from), CalendarDate.ToText(to)));
        var resolution = RequestValues.Absent(request.Resolution) ? Day : request.Resolution!.Trim().ToLowerInvariant();
        if (resolution is not (Hour or Day))
            throw new ApplicationInputException(ErrorCode.InvalidValue, StationSeriesRequest.ResolutionField,
                AppText.ResolutionMustBeHourOrDay(UserText.Quote(request.Resolution)));
        var days = to.DayNumber - from.DayNumber + 1;
        var max = resolution == Hour ? MaxHourDays : MaxDayDays;
        if (days > max)
            throw new ApplicationInputException(ErrorCode.OutOfRange, StationSeriesRequest.ToField, AppText.SeriesRangeTooLong((resolution == Hour ? AppText.LabelHour : AppText.LabelDay), max, days, resolution));
        var (standard, _) = AirCalendarService.Standard(request.Standard, to, StationSeriesRequest.StandardField);
        return (from, to, resolution, standard);
    }

    public async Task<StationSeriesDto> SeriesAsync(StationSeriesRequest request, CancellationToken ct = default)
    {
        var (from, to, resolution, standard) = Check(request);
        var station = await KnownStationAsync(db, request.Station!.Trim(), StationSeriesRequest.StationField, ct);
        var points = new List<SeriesPoint>();
        if (resolution == Hour)
        {
            var hours = (await store.AirHoursAsync(null, [station.Code], from, to, ct)).SingleOrDefault()?.Hours ?? [];
            var byHour = hours.ToDictionary(h => h.HourStart);
            for (var t = from.ToDateTime(TimeOnly.MinValue); t < to.AddDays(1).ToDateTime(TimeOnly.MinValue); t = t.AddHours(1))
            {
                var text = t.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
                points.Add(byHour.TryGetValue(t, out var h)
                    ? new SeriesPoint(text, R(Pollutant.SO2, h.So2), R(Pollutant.NO2, h.No2), R(Pollutant.CO, h.Co), R(Pollutant.O3, h.O3), R(Pollutant.PM10, h.Pm10), R(Pollutant.PM25, h.Pm25))
                    : new SeriesPoint(text, null, null, null, null, null, null));
            }
        }
        else
        {
            var series = (await store.AirDaysAsync(null, [station.Code], from, to, ct)).SingleOrDefault()?.Series ?? StationAirSeries.OfDays([]);
            foreach (var d in series.Daily(from, to, standard.Limits, LimitGrade.GradeII, AirDataValidity.Gb3095Table4))
                points.Add(new SeriesPoint(CalendarDate.ToText(d.Date), R(Pollutant.SO2, d.So2), R(Pollutant.NO2, d.No2), R(Pollutant.CO, d.Co),
                    R(Pollutant.O3, d.O3Max8h), R(Pollutant.PM10, d.Pm10), R(Pollutant.PM25, d.Pm25)));
        }
        var demo = DemoMonitoringData.IsDemoStation(station.Code);
        return new StationSeriesDto(station.Code, station.Name, station.Jurisdiction, CalendarDate.ToText(from), CalendarDate.ToText(to), resolution,
            standard.Code, demo, demo ? DemoMonitoringData.Notice : null, Pollutants(standard.Limits, resolution), points);
    }

    /// <summary>The .xlsx of a series: one row per hour or day (as the JSON), the limits, and what it is.</summary>
    public async Task<RenderedFile> WorkbookAsync(StationSeriesRequest request, CancellationToken ct = default)
    {
        var s = await SeriesAsync(request, ct);
        static object C(decimal? v) => v is decimal d ? d : "";
        var header = new[] { s.Resolution == Hour ? "时间 time" : "日期 date" }
            .Concat(s.Pollutants.Select(p => $"{p.Pollutant} {p.Averaging} ({p.Unit})")).ToArray();
        var rows = s.Points.Select(p => new object[] { p.Time, C(p.So2), C(p.No2), C(p.Co), C(p.O3), C(p.Pm10), C(p.Pm25) }).ToList();
        var limits = s.Pollutants.Select(p => new object[] { p.Pollutant, p.Averaging, p.Unit, C(p.Limit), p.LimitBasis ?? "标准未规定该平均时间的限值" }).ToList();
        var about = new List<object[]>
        {
            new object[] { "站点 station", $"{s.Station} {s.Name}" },
            new object[] { "行政区划 jurisdiction", s.Jurisdiction },
            new object[] { "时段 period", $"{s.From} — {s.To}" },
            new object[] { "分辨率 resolution", s.Resolution == Hour ? "小时 hour（时段起始时间，北京时间）" : "日 day（24小时平均；O3 为日最大8小时平均）" },
            new object[] { "标准 standard", s.Standard },
        };
        if (s.Notice is not null) about.Add(["示意数据 demo", s.Notice]);
        return RenderedFile.Xlsx([
            new Sheet(s.Resolution == Hour ? "小时浓度" : "日浓度", header, rows),
            new Sheet("二级浓度限值", ["污染物 pollutant", "平均时间 averaging", "单位 unit", "限值 limit", "依据 basis"], limits),
            new Sheet("说明", ["项目 item", "内容 value"], about),
        ], $"浓度时序-{s.Station}-{s.From}-{s.To}-{s.Resolution}.xlsx");
    }

    /// <summary>The six pollutants with the averaging of the resolution and their grade II limits in <paramref name="limits"/>.</summary>
    public static IReadOnlyList<SeriesPollutant> Pollutants(AmbientAirLimits limits, string resolution) =>
        [.. Order.Select(p =>
        {
            var (period, averaging) = resolution == Hour ? (LimitPeriod.OneHour, "1小时平均")
                : p == Pollutant.O3 ? (LimitPeriod.EightHour, "日最大8小时平均") : (LimitPeriod.TwentyFourHour, "24小时平均");
            var limit = limits.Find(p, period);
            return new SeriesPollutant(PollutantNames.Display(p), Key(p), p == Pollutant.CO ? "mg/m³" : "μg/m³", averaging,
                limit is null ? null : (decimal)limit.GradeII, limit is null ? null : $"{limits.Code} 二级 {averaging}");
        })];

    /// <summary>The JSON member of a pollutant in <see cref="SeriesPoint"/>.</summary>
    public static string Key(Pollutant p) => p switch
    {
        Pollutant.SO2 => "so2",
        Pollutant.NO2 => "no2",
        Pollutant.CO => "co",
        Pollutant.O3 => "o3",
        Pollutant.PM10 => "pm10",
        _ => "pm25",
    };

    private static decimal? R(Pollutant p, double? v) => v is double x ? ConcentrationRounding.Round(p, x) : null;

    /// <summary>A station in the store, or the refusal naming the field and listing (some of) the stored codes.</summary>
    internal static async Task<StationRef> KnownStationAsync(EcoGovDbContext db, string code, string field, CancellationToken ct)
    {
        var s = await db.MonitoringStations.AsNoTracking().Where(x => x.Code == code).Select(x => new StationRef(x.Code, x.Name, x.JurisdictionCode)).FirstOrDefaultAsync(ct);
        if (s is not null) return s;
        var known = await db.MonitoringStations.AsNoTracking().OrderBy(x => x.Code).Select(x => x.Code).Take(21).ToListAsync(ct);
        object list = known.Count == 0 ? AppText.LabelNoneInBrackets : string.Join(", ", known.Take(20)) + (known.Count > 20 ? " …" : "");
        throw new ApplicationInputException(ErrorCode.UnknownStation, field,
            AppText.UnknownStationStored(UserText.Quote(code), list));
    }
}
