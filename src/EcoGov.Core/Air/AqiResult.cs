using EcoGov.Core.Text;

namespace EcoGov.Core.Air;

/// <summary>How an indicator's IAQI was obtained.</summary>
public enum IaqiBasis
{
    /// <summary>No concentration supplied (missing or invalid).</summary>
    Missing,
    /// <summary>Interpolated in the breakpoint table (HJ 633 formula (1)).</summary>
    Breakpoints,
    /// <summary>Above the top breakpoint: no segment exists; the platform reports the row's top IAQI (500) and flags it.</summary>
    AboveTopBreakpoint,
    /// <summary>Over-range rule gave a fixed IAQI (HJ 633-2026: SO2 1h &gt; 800 → 200, O3 8h &gt; 800 → 300).</summary>
    OverRangeFixed,
    /// <summary>Over-range rule: the IAQI is that of <see cref="IndicatorIaqi.FallbackFrom"/> (HJ 633-2012).</summary>
    OverRangeFallback,
    /// <summary>Over-range rule asked for a fallback indicator that was not supplied: no IAQI.</summary>
    OverRangeFallbackMissing,
}

/// <summary>The IAQI of one indicator of a report.</summary>
public sealed record IndicatorIaqi(
    AirIndicator Input,
    AirIndicator Breakpoints,
    double? Concentration,
    decimal? RoundedConcentration,
    int? Iaqi,
    IaqiBasis Basis,
    AirIndicator? FallbackFrom = null);

/// <summary>A pollutant's IAQI: the largest over its indicators (O3 in the HJ 633-2012 reports has two).</summary>
public sealed record PollutantIaqi(Pollutant Pollutant, int? Iaqi);

/// <summary>
/// An AQI result. <see cref="Aqi"/> and <see cref="Level"/> are null when not available (NA): nothing supplied,
/// or a pollutant missing and the AQI of the others ≤ 100 (HJ 633-2026 5.3.1).
/// </summary>
public sealed record AqiResult(
    string StandardCode,
    AqiReportKind Report,
    IReadOnlyList<IndicatorIaqi> Indicators,
    IReadOnlyList<PollutantIaqi> Pollutants,
    int? Aqi,
    AqiLevel? Level,
    IReadOnlyList<Pollutant> PrimaryPollutants,
    IReadOnlyList<Pollutant> NonAttainmentPollutants,
    IReadOnlyList<Message> Notes)
{
    public string? LevelName => Level?.LevelName;

    public string? Category => Level?.Category;

    public string? ColourName => Level?.ColourName;

    public Rgb? Colour => Level?.Colour;

    public int? IaqiOf(Pollutant pollutant) => Pollutants.First(p => p.Pollutant == pollutant).Iaqi;
}
