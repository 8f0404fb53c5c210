using EcoGov.Core.Text;

namespace EcoGov.Core.Air;

/// <summary>A trailing moving mean over an hourly series, with how many valid hours it was computed from.</summary>
/// <param name="Value">The mean, or null when fewer than <paramref name="MinValidHours"/> valid hours are in the window.</param>
/// <param name="ValidHours">Hours in the window that have a value.</param>
/// <param name="WindowHours">Length of the window (8 or 24).</param>
/// <param name="MinValidHours">Minimum valid hours for the mean to be valid (GB 3095 Table 4).</param>
/// <param name="LastHourStart">Start of the last (current) hour of the window.</param>
public sealed record MovingMean(double? Value, int ValidHours, int WindowHours, int MinValidHours, DateTime LastHourStart)
{
    public bool IsValid => Value.HasValue;

    /// <summary>Start of the first hour of the window.</summary>
    public DateTime FirstHourStart => LastHourStart.AddHours(-(WindowHours - 1));
}

/// <summary>
/// Moving means of a station's hourly values for the real-time report (实时报): the O3 8h moving mean and the 24h
/// moving means (PM10, PM2.5, SO2). Under HJ 633-2012 as published they are concentrations printed beside the
/// AQI, and the SO2 24h mean stands in for an SO2 1h value above 800 (<see cref="AqiStandards.Hj633_2012RealTime"/>).
/// The window ends with the current hour and covers the
/// preceding hours: the 8h mean at the hour starting T is the mean of the hours starting T−7h … T.
/// Validity per GB 3095 Table 4: an 8h mean needs ≥ 6 valid hours of the 8, a 24h mean ≥ 20 of the 24;
/// otherwise the moving mean is missing. Pure: hours are keyed by their start time; an hour absent from the
/// series or without a value is not valid.
/// </summary>
public static class MovingMeans
{
    public const int EightHourWindow = 8;
    public const int EightHourMinValid = 6;
    public const int TwentyFourHourWindow = 24;
    public const int TwentyFourHourMinValid = 20;

    /// <summary>
    /// The trailing mean of <paramref name="windowHours"/> hours ending with the hour starting at
    /// <paramref name="hourStart"/>. Hour starts must be on the hour.
    /// </summary>
    public static MovingMean Trailing(IReadOnlyDictionary<DateTime, double> hourly, DateTime hourStart, int windowHours, int minValidHours)
    {
        ArgumentNullException.ThrowIfNull(hourly);
        ArgumentOutOfRangeException.ThrowIfLessThan(windowHours, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(minValidHours, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(minValidHours, windowHours);
        double sum = 0;
        var n = 0;
        for (var k = 0; k < windowHours; k++)
        {
            if (hourly.TryGetValue(hourStart.AddHours(-k), out var v))
            {
                sum += v;
                n++;
            }
        }
        return new MovingMean(n >= minValidHours ? sum / n : null, n, windowHours, minValidHours, hourStart);
    }

    /// <summary>O3 8h moving mean (≥ 6 valid hours of 8).</summary>
    public static MovingMean EightHour(IReadOnlyDictionary<DateTime, double> hourly, DateTime hourStart) =>
        Trailing(hourly, hourStart, EightHourWindow, EightHourMinValid);

    /// <summary>
    /// The moving mean for an averaging period: 8h (O3) or 24h. A 1h value is not a moving mean.
    /// </summary>
    public static MovingMean Of(Averaging averaging, IReadOnlyDictionary<DateTime, double> hourly, DateTime hourStart) => averaging switch
    {
        Averaging.EightHour => EightHour(hourly, hourStart),
        Averaging.TwentyFourHour => TwentyFourHour(hourly, hourStart),
        _ => throw new ArgumentOutOfRangeException(nameof(averaging), averaging, CoreText.NoMovingMeanForOneHour().Bilingual),
    };

    /// <summary>24h moving mean (≥ 20 valid hours of 24).</summary>
    public static MovingMean TwentyFourHour(IReadOnlyDictionary<DateTime, double> hourly, DateTime hourStart) =>
        Trailing(hourly, hourStart, TwentyFourHourWindow, TwentyFourHourMinValid);
}
