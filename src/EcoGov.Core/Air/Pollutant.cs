namespace EcoGov.Core.Air;

/// <summary>The six pollutants of GB 3095 / HJ 633. SO2, NO2, O3, PM10, PM2.5 in µg/m³; CO in mg/m³.</summary>
public enum Pollutant
{
    SO2,
    NO2,
    CO,
    O3,
    PM10,
    /// <summary>PM2.5 (细颗粒物).</summary>
    PM25,
}

/// <summary>Averaging period of a concentration (平均时间).</summary>
public enum Averaging
{
    /// <summary>1-hour mean (1小时平均); for O3 in a daily report, the daily maximum 1-hour mean.</summary>
    OneHour,
    /// <summary>8-hour mean (8小时平均); O3 only: the 8h moving mean or the daily maximum 8h mean.</summary>
    EightHour,
    /// <summary>24-hour mean (24小时平均): the natural-day mean or the 24h moving mean.</summary>
    TwentyFourHour,
}

/// <summary>One concentration the AQI is computed from: a pollutant with its averaging period, e.g. O3 8h.</summary>
public readonly record struct AirIndicator(Pollutant Pollutant, Averaging Averaging)
{
    public override string ToString() => $"{PollutantNames.Display(Pollutant)} {AveragingNames.Display(Averaging)}";
}

public static class PollutantNames
{
    public static string Display(Pollutant p) => p switch
    {
        Pollutant.PM25 => "PM2.5",
        _ => p.ToString(),
    };
}

public static class AveragingNames
{
    public static string Display(Averaging a) => a switch
    {
        Averaging.OneHour => "1h",
        Averaging.EightHour => "8h",
        _ => "24h",
    };
}
