namespace EcoGov.Core.Air;

/// <summary>
/// One station-day as supplied (e.g. by a monitoring export): 24h means, O3 daily max 1h (used by HJ 633-2012
/// only) and O3 daily max 8h. Null = missing. Units: µg/m³, CO mg/m³.
/// </summary>
public sealed record AirDailyRecord(
    string Station, DateOnly Date,
    double? SO2, double? NO2, double? CO, double? PM10, double? PM25, double? O3Max1h, double? O3Max8h);

/// <summary>
/// One station-hour as supplied: the six 1h means. <see cref="HourStart"/> is the hour's start in China Standard
/// Time (the hour 00:00–01:00 starts at 00:00). Null = missing.
/// </summary>
public sealed record AirHourlyRecord(
    string Station, DateTime HourStart,
    double? SO2, double? NO2, double? CO, double? O3, double? PM10, double? PM25)
{
    /// <summary>The 1h mean of <paramref name="pollutant"/>; null = missing.</summary>
    public double? this[Pollutant pollutant] => pollutant switch
    {
        Pollutant.SO2 => SO2,
        Pollutant.NO2 => NO2,
        Pollutant.CO => CO,
        Pollutant.O3 => O3,
        Pollutant.PM10 => PM10,
        _ => PM25,
    };
}
