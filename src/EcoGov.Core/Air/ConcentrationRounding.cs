using EcoGov.Core.Text;

namespace EcoGov.Core.Air;

/// <summary>
/// Rounding of concentrations before IAQI (HJ 633-2026 4.2.2) and of published statistics (HJ 663-2013):
/// GB/T 8170 数值修约 "四舍六入五成双" (round half to even) — SO2, NO2, O3, PM10, PM2.5 to integers
/// (µg/m³), CO to one decimal (mg/m³).
/// </summary>
public static class ConcentrationRounding
{
    /// <summary>Decimal places each pollutant is reported to.</summary>
    public static int DecimalPlaces(Pollutant pollutant) => pollutant == Pollutant.CO ? 1 : 0;

    /// <summary>
    /// Rounds half to even. The double is first converted to decimal, which keeps 15 significant digits,
    /// so a value written 0.35 (stored in binary as 0.34999…) is treated as the 0.35 the user wrote and
    /// rounds to 0.4, while 0.25 rounds to 0.2.
    /// </summary>
    public static decimal Round(Pollutant pollutant, double concentration)
    {
        if (double.IsNaN(concentration) || double.IsInfinity(concentration))
            throw new ArgumentOutOfRangeException(nameof(concentration), concentration, CoreText.ConcentrationNotFinite().Bilingual);
        return Round(pollutant, (decimal)concentration);
    }

    public static decimal Round(Pollutant pollutant, decimal concentration) =>
        Math.Round(concentration, DecimalPlaces(pollutant), MidpointRounding.ToEven);
}
