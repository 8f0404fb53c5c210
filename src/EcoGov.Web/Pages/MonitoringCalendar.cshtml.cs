using System.Globalization;
using System.Text.Json;
using EcoGov.Application;
using EcoGov.Application.Monitoring;
using EcoGov.Application.Plans;
using EcoGov.Core;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using EcoGov.Core.Monitoring;

namespace EcoGov.Web.Pages;

/// <summary>
/// 空气质量日历 (issue 13 item 2): a year of daily AQI of a jurisdiction or a station (<see cref="AirCalendarService"/>,
/// as GET /api/monitoring/calendar and `monitoring calendar`) and, for a station, its daily or hourly series with the
/// grade II limits (<see cref="StationSeriesService"/>). The charts are drawn by wwwroot/js/monitoring-charts.js from
/// the same JSON in data attributes; a refused selection shows the message the API and the CLI give.
/// </summary>
public sealed class MonitoringCalendarModel(MonitoringStationService monitoring, PlanCatalogService plans, AirCalendarService calendars,
    StationSeriesService series, TimeProvider clock) : PageModel
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>The hourly range opened from a day of the calendar or by the switch: the day and the three before and after.</summary>
    public const int HourDaysAround = 3;

    public IReadOnlyList<IGrouping<string, MonitoringStationSummary>> ByJurisdiction { get; private set; } = [];
    public IReadOnlyDictionary<string, string> JurisdictionNames { get; private set; } = new Dictionary<string, string>();

    /// <summary>The jurisdictions to choose from: those with stations and those above them (晋城市 over 城区 and 泽州县), by code.</summary>
    public IReadOnlyList<string> JurisdictionChoices { get; private set; } = [];

    [BindProperty(SupportsGet = true)] public string? Jurisdiction { get; set; }
    [BindProperty(SupportsGet = true)] public string? Station { get; set; }
    [BindProperty(SupportsGet = true)] public string? Year { get; set; }
    [BindProperty(SupportsGet = true)] public string? Standard { get; set; }
    [BindProperty(SupportsGet = true)] public string? Resolution { get; set; }
    [BindProperty(SupportsGet = true)] public string? From { get; set; }
    [BindProperty(SupportsGet = true)] public string? To { get; set; }

    public AirCalendarDto? Calendar { get; private set; }
    public StationSeriesDto? Series { get; private set; }
    public string? Error { get; private set; }
    public string? SeriesError { get; private set; }

    public async Task OnGetAsync()
    {
        var ct = HttpContext.RequestAborted;
        var stations = await monitoring.StationsAsync(ct);
        var jurisdictions = await plans.JurisdictionsAsync(ct);
        JurisdictionNames = jurisdictions.ToDictionary(j => j.Jurisdiction.Code, j => j.Jurisdiction.Name);
        ByJurisdiction = stations.GroupBy(s => s.Jurisdiction).OrderBy(g => g.Key, StringComparer.Ordinal).ToList();
        var parents = jurisdictions.ToDictionary(j => j.Jurisdiction.Code, j => j.Jurisdiction.ParentCode);
        var choices = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var g in ByJurisdiction)
            for (string? code = g.Key; code is not null && choices.Add(code);) code = parents.GetValueOrDefault(code);
        JurisdictionChoices = [.. choices];
        if (stations.Count == 0) return;
        // First visit: the first jurisdiction with stations, the year of the latest stored hour.
        if (string.IsNullOrWhiteSpace(Jurisdiction) && string.IsNullOrWhiteSpace(Station)) Jurisdiction = ByJurisdiction[0].Key;
        Year ??= (stations.Max(s => s.LastHour)?.Year ?? Core.ChinaTime.Today(clock).Year).ToString(CultureInfo.InvariantCulture);
        try
        {
            Calendar = await calendars.CalendarAsync(new AirCalendarRequest(Jurisdiction, Station, Year, Standard), ct);
        }
        catch (ApplicationInputException e)
        {
            Error = e.Error.MessageIn(CultureInfo.CurrentUICulture);
            return;
        }
        if (Calendar.Subject != AirCalendarService.StationSubject) return;
        var hourly = string.Equals(Resolution, StationSeriesService.Hour, StringComparison.OrdinalIgnoreCase);
        if (string.IsNullOrWhiteSpace(From) && string.IsNullOrWhiteSpace(To))
        {
            if (hourly)
            {
                // around the last valid day of the calendar (or the year's last day)
                var last = Calendar.Days.LastOrDefault(d => d.Valid)?.Date ?? Calendar.Days[^1].Date;
                var day = DateOnly.ParseExact(last, "yyyy-MM-dd", CultureInfo.InvariantCulture);
                (From, To) = (CalendarDate.ToText(day.AddDays(-2 * HourDaysAround)), last);
            }
            else (From, To) = (Calendar.Days[0].Date, Calendar.Days[^1].Date);
        }
        try
        {
            Series = await series.SeriesAsync(new StationSeriesRequest(Calendar.Code, From, To, hourly ? StationSeriesService.Hour : StationSeriesService.Day, Standard), ct);
        }
        catch (ApplicationInputException e)
        {
            SeriesError = e.Error.MessageIn(CultureInfo.CurrentUICulture);
        }
    }

    public string NameOf(string code) => JurisdictionNames.TryGetValue(code, out var n) ? $"{n}（{code}）" : code;

    /// <summary>A value as JSON for a data attribute (Razor encodes the attribute).</summary>
    public static string ToJson(object value) => JsonSerializer.Serialize(value, Json);

    /// <summary>A query string of the given values (blank ones left out).</summary>
    public static string Query(params (string Name, string? Value)[] values) => QueryString.Of(values);
}
