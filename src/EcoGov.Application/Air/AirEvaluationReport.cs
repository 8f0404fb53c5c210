using System.Globalization;
using EcoGov.Core.Air;
using EcoGov.Core.Text;
using EcoGov.Core;

namespace EcoGov.Application.Air;

/// <summary>
/// The period evaluation the CLI (`air evaluate`) and the web (监测评价, /api/air/evaluate) both print: each station
/// (StationPeriodEvaluator) and all stations combined (the city's daily series, CityAirAggregation), optionally under a
/// second standard side by side (what-if). The operation that checks the request and selects the data is
/// EcoGov.Application's AirEvaluationService; this composes the result and its JSON shape.
/// </summary>
public static class AirEvaluationReport
{
    /// <summary>The station name and JSON key of all stations combined.</summary>
    public const string AllStationsName = "全部站点";

    public const string AcceptedStandards = "GB3095-2012, GB3095-2026, GB3095-2026-transitional, GB3095-2026-final";

    /// <summary>
    /// A GB 3095 version (case-insensitive, spaces ignored), or null when unknown. Plain GB3095-2026 is the version in
    /// force at <paramref name="periodEnd"/>: transitional limits until 2030-12-31, final from 2031-01-01.
    /// </summary>
    public static AirEvaluationStandard? ParseStandard(string value, DateOnly periodEnd) =>
        value.Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant() switch
        {
            "GB3095-2012" => AirEvaluationStandards.Gb3095_2012,
            "GB3095-2026" => periodEnd >= AmbientAirLimitTables.Gb3095_2026Final.ValidFrom
                ? AirEvaluationStandards.Gb3095_2026Final
                : AirEvaluationStandards.Gb3095_2026Transitional,
            "GB3095-2026-TRANSITIONAL" => AirEvaluationStandards.Gb3095_2026Transitional,
            "GB3095-2026-FINAL" => AirEvaluationStandards.Gb3095_2026Final,
            _ => null,
        };

    /// <summary>Evaluates the stations (in the order given) and all of them combined over [from, to].</summary>
    public static AirEvaluationDto Build(IReadOnlyList<(string Station, StationAirSeries Series)> stations,
        DateOnly from, DateOnly to, AirEvaluationStandard standard, AirEvaluationStandard? compare)
    {
        List<StationEvaluationDto> stationResults;
        StationEvaluationDto all;
        var hours = stations.Select(s => s.Series).ToList();
        if (compare is null)
        {
            // Stations in parallel, each station's daily statistics computed once for its row and the combined row.
            var (each, combined) = NetworkPeriodEvaluator.Evaluate(hours, from, to, standard);
            stationResults = stations.Select((s, k) => StationEvaluationDto.From(s.Station, each[k], null)).ToList();
            all = StationEvaluationDto.From(AllStationsName, combined, null);
        }
        else
        {
            stationResults = stations.Select(s =>
            {
                var w = AirWhatIf.CompareStation(s.Series, from, to, standard, compare);
                return StationEvaluationDto.From(s.Station, w.A, w);
            }).ToList();
            var w = AirWhatIf.CompareCity(hours, from, to, standard, compare);
            all = StationEvaluationDto.From(AllStationsName, w.A, w);
        }
        return new AirEvaluationDto(standard.Code, Day(from), Day(to), compare?.Code, stationResults, all);
    }

    public static string Day(DateOnly d) => CalendarDate.ToText(d);
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
    IReadOnlyDictionary<string, decimal?> Ratios, bool? AnnualMeansValid, IReadOnlyList<Message> Notes, WhatIfDto? WhatIf)
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
