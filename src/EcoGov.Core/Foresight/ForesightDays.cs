using EcoGov.Core.Air;

namespace EcoGov.Core.Foresight;

/// <summary>
/// The city's days of a year up to a date, as the annual evaluation takes them: each station's daily values
/// (<see cref="DailyAirStatistics"/>, GB 3095 Table 4 validity) under the pair's limits, the city's daily value the mean
/// of the stations' valid values (<see cref="CityAirAggregation"/>), and each day's HJ 633 daily AQI.
/// </summary>
public sealed record ForesightDays(IReadOnlyList<DailyAirValues> Days, int WithAqi, int Good, int HeavilyPolluted)
{
    /// <summary>The valid daily values of a pollutant (24h mean, O3 daily max 8h), in date order.</summary>
    public IReadOnlyList<double> Values(Pollutant pollutant) => Days.Select(d => d.DailyValue(pollutant)).OfType<double>().ToList();

    public static ForesightDays FromHours(IEnumerable<IEnumerable<HourlyObservation>> stations, DateOnly asOf, AirEvaluationStandard standard,
        LimitGrade grade = LimitGrade.GradeII, AirDataValidityRules? rules = null) =>
        FromSeries(stations.Select(StationAirSeries.OfHours).ToList(), asOf, standard, grade, rules);

    /// <summary>As <see cref="FromHours"/>, from each station's series (hours or the store's station days).</summary>
    public static ForesightDays FromSeries(IReadOnlyList<StationAirSeries> stations, DateOnly asOf, AirEvaluationStandard standard,
        LimitGrade grade = LimitGrade.GradeII, AirDataValidityRules? rules = null) =>
        FromDays(CityDays(stations, new DateOnly(asOf.Year, 1, 1), asOf, standard, grade, rules), asOf, standard);

    /// <summary>
    /// The city's daily values of any span of days (a past year for the projection), built as <see cref="FromSeries"/>
    /// builds them: each station's daily values (hours or the store's station days), then per day the mean of the
    /// stations' valid values.
    /// </summary>
    public static IReadOnlyList<DailyAirValues> CityDays(IReadOnlyList<StationAirSeries> stations, DateOnly from, DateOnly to,
        AirEvaluationStandard standard, LimitGrade grade = LimitGrade.GradeII, AirDataValidityRules? rules = null) =>
        CityAirAggregation.DailySeries(CityAirAggregation.DailyValues(stations, from, to, standard, grade, rules));

    /// <summary>The city's days from its daily series (days outside 1 January … <paramref name="asOf"/> are left out).</summary>
    public static ForesightDays FromDays(IEnumerable<DailyAirValues> city, DateOnly asOf, AirEvaluationStandard standard)
    {
        var from = new DateOnly(asOf.Year, 1, 1);
        var days = city.Where(d => d.Date >= from && d.Date <= asOf).OrderBy(d => d.Date).ToList();
        int withAqi = 0, good = 0, heavy = 0;
        foreach (var d in days)
        {
            if (AqiCalculator.DailyAqi(standard.Aqi, d) is not int aqi) continue;
            withAqi++;
            if (aqi <= PeriodAirEvaluator.GoodDayMaxAqi) good++;
            if (aqi > PeriodAirEvaluator.HeavilyPollutedAboveAqi) heavy++;
        }
        return new ForesightDays(days, withAqi, good, heavy);
    }
}
