using System.Globalization;
using EcoGov.Application.Air;
using EcoGov.Application.Dashboard;
using EcoGov.Application.Supervision;
using EcoGov.Core;
using EcoGov.Core.Air;
using EcoGov.Core.Text;
using EcoGov.Data;
using EcoGov.Data.Monitoring;
using EcoGov.Data.Queries;
using EcoGov.Reports.Spreadsheets;

namespace EcoGov.Application.Monitoring;

/// <summary>
/// `monitoring calendar` / GET /api/monitoring/calendar: a station's or a jurisdiction's year of daily AQI. The values
/// are the user's text; <see cref="AirCalendarService.Check"/> parses them. <c>standard</c> defaults to GB3095-2012.
/// </summary>
public sealed record AirCalendarRequest(string? Jurisdiction, string? Station, string? Year, string? Standard = null)
{
    public const string JurisdictionField = "jurisdiction";
    public const string StationField = "station";
    public const string YearField = "year";
    public const string StandardField = "standard";
}

/// <summary>One AQI band with its HJ 633 colour (<c>#rrggbb</c>), for a legend.</summary>
public sealed record AqiLevelDto(int Level, int MinAqi, int? MaxAqi, string LevelName, string Category, string Colour);

/// <summary>One day of the calendar: the daily AQI (日报) and its level 1–6, category and primary pollutants; valid = an AQI.</summary>
public sealed record AirCalendarDay(string Date, int? Aqi, int? Level, string? Category, IReadOnlyList<string> Primary, bool Valid);

/// <summary>
/// The AQI calendar of a year: <c>subject</c> "station" (one station's days) or "jurisdiction" (the daily mean of its
/// stations and those below it, HJ 663-2013, as `air evaluate` combines them); every day of the year, in order.
/// </summary>
public sealed record AirCalendarDto(
    string Subject, string Code, string Name, int Year, string Standard, IReadOnlyList<string> Stations, bool Demo, string? Notice,
    int ValidDays, int GoodDays, IReadOnlyList<AqiLevelDto> Levels, IReadOnlyList<AirCalendarDay> Days);

/// <summary>
/// 空气质量日历 (issue 13 item 2): the daily AQI of a year for a station or a jurisdiction, computed by the engines the
/// period evaluation uses (<see cref="NetworkPeriodEvaluator"/> over the stored station days: each station's days, the
/// city's daily mean of them, the HJ 633 daily report of each day), so a day's AQI is the one `air evaluate` counts.
/// The one operation behind `monitoring calendar`, GET /api/monitoring/calendar (and its .xlsx) and the 空气质量日历 page.
/// </summary>
public sealed class AirCalendarService(EcoGovDbContext db, PlanCatalog catalog, MonitoringStoreQuery store)
{
    public const string StationSubject = "station", JurisdictionSubject = "jurisdiction";

    /// <summary>The default standard (GB 3095-2012 with HJ 633-2012).</summary>
    public const string DefaultStandard = "GB3095-2012";

    /// <summary>What is checked without the store: the year, the standard, and that a station or a jurisdiction is given.</summary>
    public static (int Year, AirEvaluationStandard Standard, string StandardName) Check(AirCalendarRequest request)
    {
        var year = Year(request.Year, AirCalendarRequest.YearField);
        var (standard, name) = Standard(request.Standard, new DateOnly(year, 12, 31), AirCalendarRequest.StandardField);
        if (RequestValues.Absent(request.Station) && RequestValues.Absent(request.Jurisdiction))
            throw new ApplicationInputException(ErrorCode.Required, AirCalendarRequest.JurisdictionField,
                AppText.GiveJurisdictionCodeOrStation());
        return (year, standard, name);
    }

    public async Task<AirCalendarDto> CalendarAsync(AirCalendarRequest request, CancellationToken ct = default)
    {
        var (year, standard, _) = Check(request);
        string? jurisdiction = RequestValues.Absent(request.Jurisdiction) ? null : request.Jurisdiction!.Trim();
        var known = jurisdiction is null ? null : await catalog.JurisdictionAsync(jurisdiction, ct);
        if (jurisdiction is not null && known is null)
            throw new ApplicationInputException(ErrorCode.UnknownJurisdiction, AirCalendarRequest.JurisdictionField,
                AppText.UnknownJurisdictionCode(UserText.Quote(jurisdiction)));
        DateOnly from = new(year, 1, 1), to = new(year, 12, 31);
        string subject, code, name;
        IReadOnlyList<StationSeries> data;
        if (!RequestValues.Absent(request.Station))
        {
            var station = await StationSeriesService.KnownStationAsync(db, request.Station!.Trim(), AirCalendarRequest.StationField, ct);
            (subject, code, name) = (StationSubject, station.Code, station.Name);
            data = await store.AirDaysAsync(null, [station.Code], from, to, ct);
        }
        else
        {
            (subject, code, name) = (JurisdictionSubject, jurisdiction!, known!.Name);
            data = await store.AirDaysAsync(jurisdiction, null, from, to, ct);
        }
        var days = new List<AirCalendarDay>();
        if (data.Count == 0)
        {
            for (var d = from; d <= to; d = d.AddDays(1)) days.Add(new AirCalendarDay(CalendarDate.ToText(d), null, null, null, [], false));
        }
        else
        {
            // the same engines as the period evaluation: each station's days, the city's daily mean, the daily AQI report
            var (stations, combined) = NetworkPeriodEvaluator.Evaluate(data.Select(s => s.Series).ToList(), from, to, standard);
            var evaluation = subject == StationSubject ? stations[0] : combined;
            var byDate = evaluation.DailyResults.ToDictionary(r => r.Values.Date);
            for (var d = from; d <= to; d = d.AddDays(1))
                days.Add(byDate.TryGetValue(d, out var r) ? Day(d, r.Aqi) : new AirCalendarDay(CalendarDate.ToText(d), null, null, null, [], false));
        }
        var codes = data.Select(s => s.Code).ToList();
        var demo = codes.Any(DemoMonitoringData.IsDemoStation) || (subject == StationSubject && DemoMonitoringData.IsDemoStation(code));
        return new AirCalendarDto(subject, code, name, year, standard.Code, codes, demo, demo ? DemoMonitoringData.Notice : null,
            days.Count(d => d.Valid), days.Count(d => d.Level is 1 or 2), Levels(), days);
    }

    /// <summary>The .xlsx of a calendar: one row per day (as the JSON), and a sheet saying what it is.</summary>
    public async Task<RenderedFile> WorkbookAsync(AirCalendarRequest request, CancellationToken ct = default)
    {
        var c = await CalendarAsync(request, ct);
        var rows = c.Days.Select(d => new object[]
        {
            d.Date, d.Aqi is int a ? a : "", d.Level is int l ? l : "", d.Category ?? "", string.Join("、", d.Primary), d.Valid ? "是" : "否",
        }).ToList();
        var about = new List<object[]>
        {
            new object[] { "对象 subject", c.Subject == StationSubject ? $"站点 {c.Code} {c.Name}" : $"{c.Name}（{c.Code}）各站日均值" },
            new object[] { "年份 year", c.Year },
            new object[] { "标准 standard", c.Standard },
            new object[] { "站点 stations", string.Join("、", c.Stations) },
            new object[] { "有效天数 valid days", c.ValidDays },
            new object[] { "优良天数 good days", c.GoodDays },
        };
        if (c.Notice is not null) about.Add(["示意数据 demo", c.Notice]);
        return RenderedFile.Xlsx([
            new Sheet("AQI日历", ["日期 date", "AQI", "级别 level", "类别 category", "首要污染物 primary", "有效 valid"], rows),
            new Sheet("说明", ["项目 item", "内容 value"], about),
        ], $"AQI日历-{c.Code}-{c.Year}.xlsx");
    }

    private static AirCalendarDay Day(DateOnly date, AqiResult aqi) => new(CalendarDate.ToText(date), aqi.Aqi, aqi.Level?.Number, aqi.Category,
        [.. aqi.PrimaryPollutants.Select(PollutantNames.Display)], aqi.Aqi is not null);

    /// <summary>The AQI bands of HJ 633 Table 2 with their colours, from the Core table.</summary>
    public static IReadOnlyList<AqiLevelDto> Levels() =>
        [.. AqiLevels.Table.Select(l => new AqiLevelDto(l.Number, l.MinAqi, l.MaxAqi, l.LevelName, l.Category,
            string.Create(CultureInfo.InvariantCulture, $"#{l.Colour.R:x2}{l.Colour.G:x2}{l.Colour.B:x2}")))];

    /// <summary>A year typed by a person: digits, within the platform's years.</summary>
    internal static int Year(string? value, string field)
    {
        if (RequestValues.Absent(value))
            throw new ApplicationInputException(ErrorCode.Required, field, AppText.YearIsRequired());
        if (!int.TryParse(value!.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            || year is < CalendarDate.MinYear or > CalendarDate.MaxYear)
            throw new ApplicationInputException(ErrorCode.OutOfRange, field,
                AppText.YearMustBeWholeNumberFrom(CalendarDate.MinYear, CalendarDate.MaxYear, UserText.Quote(value)));
        return year;
    }

    /// <summary>A GB 3095 version by name (default GB3095-2012), as the period evaluation names them.</summary>
    internal static (AirEvaluationStandard Standard, string Name) Standard(string? value, DateOnly periodEnd, string field)
    {
        var name = RequestValues.Absent(value) ? DefaultStandard : value!.Trim();
        var standard = AirEvaluationReport.ParseStandard(name, periodEnd)
            ?? throw new ApplicationInputException(ErrorCode.UnknownStandard, field,
                AppText.UnknownStandardName(AirEvaluationReport.AcceptedStandards, UserText.Quote(name)));
        return (standard, name);
    }
}

/// <summary>A stored station: its code, name and jurisdiction.</summary>
public sealed record StationRef(string Code, string Name, string Jurisdiction);
