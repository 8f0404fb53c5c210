using EcoGov.Core.Text;

namespace EcoGov.Core.Air;

/// <summary>
/// The standards a period evaluation uses together: a GB 3095 limit table and the HJ 633 version that belongs to it
/// (GB 3095-2012 ↔ HJ 633-2012; GB 3095-2026 transitional and final ↔ HJ 633-2026).
/// </summary>
public sealed record AirEvaluationStandard(AmbientAirLimits Limits, AqiStandard Aqi)
{
    public string Code => $"{Limits.Code} + {Aqi.Code}";
}

public static class AirEvaluationStandards
{
    public static readonly AirEvaluationStandard Gb3095_2012 = new(AmbientAirLimitTables.Gb3095_2012, AqiStandards.Hj633_2012);
    public static readonly AirEvaluationStandard Gb3095_2026Transitional = new(AmbientAirLimitTables.Gb3095_2026Transitional, AqiStandards.Hj633_2026);
    public static readonly AirEvaluationStandard Gb3095_2026Final = new(AmbientAirLimitTables.Gb3095_2026Final, AqiStandards.Hj633_2026);

    public static readonly IReadOnlyList<AirEvaluationStandard> All = [Gb3095_2012, Gb3095_2026Transitional, Gb3095_2026Final];

    /// <summary>The pair for a GB 3095 version.</summary>
    public static AirEvaluationStandard For(AmbientAirLimits limits) =>
        All.FirstOrDefault(s => s.Limits == limits)
        ?? throw new ArgumentException(CoreText.NoAqiVersionForLimits(limits.Code).Bilingual, nameof(limits));

    /// <summary>The pair in force on <paramref name="date"/> (chosen by the GB 3095 version in force).</summary>
    public static AirEvaluationStandard ForDate(DateOnly date) => For(AmbientAirLimitTables.ForDate(date));
}

/// <summary>Which period statistic a pollutant is evaluated by (HJ 663-2013).</summary>
public enum PeriodStatisticKind
{
    /// <summary>Arithmetic mean of valid daily means (SO2, NO2, PM10, PM2.5).</summary>
    Mean,
    /// <summary>95th percentile of daily means (CO).</summary>
    Percentile95,
    /// <summary>90th percentile of daily max 8h means (O3).</summary>
    Percentile90,
}

/// <summary>
/// One pollutant's period statistic: <see cref="Value"/> unrounded, <see cref="Published"/> rounded per GB/T 8170
/// (µg/m³ integers, CO one decimal), compared with the Grade's limit <see cref="Limit"/> of period <see cref="LimitPeriod"/>.
/// <see cref="Ratio"/> = Published / Limit; <see cref="ExceedanceMultiple"/> (超标倍数) = (Published − Limit) / Limit
/// when exceeded, both to two decimals. All null when the pollutant has no valid day.
/// </summary>
public sealed record PollutantPeriodStatistic(
    Pollutant Pollutant,
    PeriodStatisticKind Kind,
    int ValidDays,
    double? Value,
    decimal? Published,
    LimitPeriod LimitPeriod,
    double Limit,
    bool? Exceeded,
    decimal? Ratio,
    decimal? ExceedanceMultiple);

/// <summary>
/// Annual-mean validity (GB 3095 Table 4) of one pollutant in a calendar year: ≥ 324 valid daily means in the year
/// and ≥ 27 in every month (February ≥ 25).
/// </summary>
public sealed record AnnualValidity(Pollutant Pollutant, int ValidDays, IReadOnlyList<int> MonthsShort, bool IsValid);

/// <summary>One day of an evaluation with its daily AQI report.</summary>
public sealed record EvaluatedDay(DailyAirValues Values, AqiResult Aqi);

/// <summary>A period evaluation (HJ 663-2013) of a station's or a city's daily series under one standard pair.</summary>
public sealed record PeriodAirEvaluation(
    string StandardCode,
    DateOnly From,
    DateOnly To,
    LimitGrade Grade,
    int Days,
    IReadOnlyList<EvaluatedDay> DailyResults,
    IReadOnlyList<PollutantPeriodStatistic> Statistics,
    int DaysWithValidAqi,
    int GoodDays,
    decimal? GoodDayRatio,
    int HeavilyPollutedDays,
    IReadOnlyList<Pollutant> ExceedingPollutants,
    IReadOnlyList<AnnualValidity>? AnnualValidity,
    bool? AnnualMeansValid,
    ComprehensiveIndexResult? ComprehensiveIndex,
    IReadOnlyList<Message> Notes)
{
    public PollutantPeriodStatistic Statistic(Pollutant pollutant) => Statistics.Single(s => s.Pollutant == pollutant);
}

/// <summary>The same daily series evaluated under two standard pairs (what-if), with B − A differences.</summary>
public sealed record AirWhatIfComparison(
    PeriodAirEvaluation A,
    PeriodAirEvaluation B,
    decimal? GoodDayRatioDifference,
    int GoodDaysDifference,
    decimal? ComprehensiveIndexDifference);
