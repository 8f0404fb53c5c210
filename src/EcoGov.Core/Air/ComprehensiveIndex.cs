using EcoGov.Core.Text;

namespace EcoGov.Core.Air;

/// <summary>
/// A period's statistics for the comprehensive index (HJ 663-2013): period means of SO2, NO2, PM10, PM2.5
/// (µg/m³), the 95th percentile of CO daily means (mg/m³) and the 90th percentile of O3 daily max 8h means.
/// </summary>
public sealed record ComprehensiveIndexInput(double So2Mean, double No2Mean, double Pm10Mean, double Pm25Mean, double CoP95, double O3P90);

/// <summary>One pollutant's single-item index I_i = C_i / S_i (单项指数).</summary>
public sealed record SingleItemIndex(Pollutant Pollutant, double Concentration, LimitPeriod LimitPeriod, double Limit, decimal Index);

/// <summary>The comprehensive index (环境空气质量综合指数) and its terms.</summary>
public sealed record ComprehensiveIndexResult(string LimitsCode, IReadOnlyList<SingleItemIndex> Items, decimal Sum);

/// <summary>
/// 环境空气质量综合指数 comprehensive index, used for city rankings: I_sum = Σ C_i / S_i over the six pollutants,
/// with S_i the Grade II limit of the chosen GB 3095 version: annual limits for SO2, NO2, PM10, PM2.5,
/// the 24h limit for CO, the daily max 8h limit for O3.
/// </summary>
public static class ComprehensiveIndex
{
    /// <summary>Which limit is S for each pollutant (the same rule for every GB 3095 version).</summary>
    public static readonly IReadOnlyList<(Pollutant Pollutant, LimitPeriod Period)> LimitBasis =
    [
        (Pollutant.SO2, LimitPeriod.Annual),
        (Pollutant.NO2, LimitPeriod.Annual),
        (Pollutant.PM10, LimitPeriod.Annual),
        (Pollutant.CO, LimitPeriod.TwentyFourHour),
        (Pollutant.O3, LimitPeriod.EightHour),
        (Pollutant.PM25, LimitPeriod.Annual),
    ];

    public static ComprehensiveIndexResult Compute(DateOnly periodEnd, ComprehensiveIndexInput input) =>
        Compute(AmbientAirLimitTables.ForDate(periodEnd), input);

    /// <summary>
    /// Computes each I_i exactly in decimal and the sum rounded to two decimals half to even (GB/T 8170).
    /// The sum is first rounded to 12 places to drop decimal-division residue (e.g. 4/3 + 19/15 = 2.6), so a
    /// true half such as 5.075 is rounded as a half.
    /// </summary>
    public static ComprehensiveIndexResult Compute(AmbientAirLimits limits, ComprehensiveIndexInput input)
    {
        var items = LimitBasis.Select(b =>
        {
            double c = ConcentrationOf(input, b.Pollutant);
            if (double.IsNaN(c) || double.IsInfinity(c) || c < 0)
                throw new ArgumentOutOfRangeException(nameof(input), c, CoreText.PollutantConcentrationNegative(PollutantNames.Display(b.Pollutant)).Bilingual);
            double s = limits.Limit(b.Pollutant, b.Period, LimitGrade.GradeII);
            return new SingleItemIndex(b.Pollutant, c, b.Period, s, (decimal)c / (decimal)s);
        }).ToList();
        decimal sum = Math.Round(Math.Round(items.Sum(i => i.Index), 12), 2, MidpointRounding.ToEven);
        return new ComprehensiveIndexResult(limits.Code, items, sum);
    }

    private static double ConcentrationOf(ComprehensiveIndexInput input, Pollutant p) => p switch
    {
        Pollutant.SO2 => input.So2Mean,
        Pollutant.NO2 => input.No2Mean,
        Pollutant.PM10 => input.Pm10Mean,
        Pollutant.PM25 => input.Pm25Mean,
        Pollutant.CO => input.CoP95,
        _ => input.O3P90,
    };
}
