namespace EcoGov.Core.Air;

/// <summary>
/// One station's hourly means (小时平均浓度) for one hour. <see cref="HourStart"/> is the start of the hour as a
/// China Standard Time (UTC+8) wall-clock <see cref="DateTime"/> on a whole hour: 00:00 is the hour 00:00–01:00,
/// 23:00 the hour 23:00–24:00, both in the natural day of their date. Values in µg/m³, CO in mg/m³;
/// null = missing or invalid (a 1h mean needs ≥ 45 minutes of sampling, GB 3095 Table 4 — judged upstream).
/// </summary>
public sealed record HourlyObservation(
    DateTime HourStart, double? So2, double? No2, double? Co, double? O3, double? Pm10, double? Pm25)
{
    public double? this[Pollutant pollutant] => pollutant switch
    {
        Pollutant.SO2 => So2,
        Pollutant.NO2 => No2,
        Pollutant.CO => Co,
        Pollutant.O3 => O3,
        Pollutant.PM10 => Pm10,
        _ => Pm25,
    };

    /// <summary>The natural day (自然日) the hour belongs to.</summary>
    public DateOnly Day => DateOnly.FromDateTime(HourStart);
}
