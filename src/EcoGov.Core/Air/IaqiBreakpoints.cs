using EcoGov.Core.Text;

namespace EcoGov.Core.Air;

/// <summary>
/// One row of the IAQI breakpoint table (空气质量分指数及对应的污染物项目浓度限值, HJ 633 Table 1):
/// the concentration breakpoints BP of one pollutant and averaging, paired in order with the IAQI levels
/// 0, 50, 100, 150, 200, 300, 400, 500. A row may stop early (SO2 1h stops at IAQI 200, O3 8h at 300).
/// </summary>
public sealed record IaqiBreakpoints(AirIndicator Indicator, IReadOnlyList<decimal> Concentrations)
{
    /// <summary>IAQI levels of HJ 633 Table 1, shared by both versions.</summary>
    public static readonly IReadOnlyList<int> IaqiLevels = [0, 50, 100, 150, 200, 300, 400, 500];

    public decimal TopConcentration => Concentrations[^1];

    public int TopIaqi => IaqiLevels[Concentrations.Count - 1];

    /// <summary>
    /// HJ 633 formula (1): IAQI_P = (IAQI_Hi − IAQI_Lo) / (BP_Hi − BP_Lo) × (C_P − BP_Lo) + IAQI_Lo,
    /// rounded up to an integer (向上取整). Returns null when C_P is above the top breakpoint.
    /// Computed in decimal, multiplying before dividing, so that exact values (e.g. 75.0) are not pushed
    /// over an integer by binary floating-point error before the ceiling.
    /// </summary>
    public int? Iaqi(decimal concentration)
    {
        if (concentration < 0) throw new ArgumentOutOfRangeException(nameof(concentration), concentration, CoreText.ConcentrationNegative().Bilingual);
        if (concentration > TopConcentration) return null;
        for (int i = 1; i < Concentrations.Count; i++)
        {
            decimal bpHi = Concentrations[i];
            if (concentration <= bpHi)
            {
                decimal bpLo = Concentrations[i - 1];
                int iaqiLo = IaqiLevels[i - 1], iaqiHi = IaqiLevels[i];
                decimal value = (iaqiHi - iaqiLo) * (concentration - bpLo) / (bpHi - bpLo) + iaqiLo;
                return (int)decimal.Ceiling(value);
            }
        }
        return 0; // concentration == 0 == first breakpoint
    }
}
