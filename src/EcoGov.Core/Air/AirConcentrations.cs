namespace EcoGov.Core.Air;

/// <summary>
/// The concentrations a station supplies for one day or one hour, keyed by indicator.
/// A missing or invalid value is simply absent. Units: µg/m³, CO mg/m³.
/// </summary>
public sealed record AirConcentrations(IReadOnlyDictionary<AirIndicator, double> Values)
{
    public double? this[AirIndicator indicator] => Values.TryGetValue(indicator, out var v) ? v : null;

    /// <summary>
    /// A day (日报): 24h means of the natural day, O3 daily maximum 8h mean and (used by HJ 633-2012 only)
    /// O3 daily maximum 1h mean.
    /// </summary>
    public static AirConcentrations Daily(
        double? so2, double? no2, double? co, double? pm10, double? pm25, double? o3Max8h, double? o3Max1h = null) =>
        From(
            (new(Pollutant.SO2, Averaging.TwentyFourHour), so2),
            (new(Pollutant.NO2, Averaging.TwentyFourHour), no2),
            (new(Pollutant.CO, Averaging.TwentyFourHour), co),
            (new(Pollutant.PM10, Averaging.TwentyFourHour), pm10),
            (new(Pollutant.PM25, Averaging.TwentyFourHour), pm25),
            (new(Pollutant.O3, Averaging.EightHour), o3Max8h),
            (new(Pollutant.O3, Averaging.OneHour), o3Max1h));

    /// <summary>
    /// An hour (实时报): the six 1h means, and optionally the moving means from the station's preceding hours.
    /// Which of them are rated is the standard's <see cref="AqiStandard.RealTime"/>: under HJ 633-2012 as published
    /// (and HJ 633-2026) only the 1h values, with the SO2 24h moving mean standing in for an SO2 1h value above 800
    /// (HJ 633-2012); the O3 8h and PM 24h moving means are rated only by <see cref="AqiStandards.Hj633_2012Literal"/>.
    /// </summary>
    public static AirConcentrations Hourly(
        double? so2, double? no2, double? co, double? o3, double? pm10, double? pm25,
        double? o3Moving8h = null, double? pm10Moving24h = null, double? pm25Moving24h = null, double? so2Moving24h = null) =>
        From(
            (new(Pollutant.SO2, Averaging.OneHour), so2),
            (new(Pollutant.NO2, Averaging.OneHour), no2),
            (new(Pollutant.CO, Averaging.OneHour), co),
            (new(Pollutant.O3, Averaging.OneHour), o3),
            (new(Pollutant.PM10, Averaging.OneHour), pm10),
            (new(Pollutant.PM25, Averaging.OneHour), pm25),
            (new(Pollutant.O3, Averaging.EightHour), o3Moving8h),
            (new(Pollutant.PM10, Averaging.TwentyFourHour), pm10Moving24h),
            (new(Pollutant.PM25, Averaging.TwentyFourHour), pm25Moving24h),
            (new(Pollutant.SO2, Averaging.TwentyFourHour), so2Moving24h));

    public static AirConcentrations From(params (AirIndicator Indicator, double? Value)[] values) =>
        new(values.Where(v => v.Value.HasValue).ToDictionary(v => v.Indicator, v => v.Value!.Value));
}
