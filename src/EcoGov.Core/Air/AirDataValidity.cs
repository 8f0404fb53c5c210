namespace EcoGov.Core.Air;

/// <summary>
/// Data validity rules (数据有效性规定) of GB 3095 Table 4 with the additions of HJ 663-2013, as data.
/// The rows used here are the same in GB 3095-2012 and GB 3095-2026.
/// </summary>
public sealed record AirDataValidityRules(
    string Code,
    int MinHoursForDailyMean,
    int MinHoursForEightHourMean,
    int EightHourWindowLength,
    int FirstEightHourWindowStart,
    int LastEightHourWindowStart,
    int MinEightHourMeansForDailyMax,
    int MinHoursForDailyMaxOneHour,
    int MinDailyMeansPerYear,
    int MinDailyMeansPerMonth,
    int MinDailyMeansInFebruary)
{
    /// <summary>Minimum valid daily means of a calendar month for an annual mean.</summary>
    public int MinDailyMeansFor(int month) => month == 2 ? MinDailyMeansInFebruary : MinDailyMeansPerMonth;
}

public static class AirDataValidity
{
    /// <summary>
    /// GB 3095-2012 / GB 3095-2026 Table 4 and HJ 663-2013:
    /// 24h mean ≥ 20 hourly values; O3 8h mean ≥ 6 hourly values of the 8; O3 daily max 8h over the 17 windows
    /// 00–08 … 16–24 with ≥ 14 valid 8h means (HJ 663-2013; fewer allowed when the max exceeds the limit);
    /// annual mean ≥ 324 daily means a year and ≥ 27 a month (February ≥ 25).
    /// O3 daily max 1h ≥ 20 valid hours is the platform's choice (the reference is silent).
    /// </summary>
    public static readonly AirDataValidityRules Gb3095Table4 = new(
        "GB 3095 表4, HJ 663-2013",
        MinHoursForDailyMean: 20,
        MinHoursForEightHourMean: 6,
        EightHourWindowLength: 8,
        FirstEightHourWindowStart: 0,
        LastEightHourWindowStart: 16,
        MinEightHourMeansForDailyMax: 14,
        MinHoursForDailyMaxOneHour: 20,
        MinDailyMeansPerYear: 324,
        MinDailyMeansPerMonth: 27,
        MinDailyMeansInFebruary: 25);
}
