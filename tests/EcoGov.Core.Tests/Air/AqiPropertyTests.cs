using EcoGov.Core.Air;
using FsCheck;
using FsCheck.Xunit;

namespace EcoGov.Core.Tests.Air;

public class AqiPropertyTests
{
    private static readonly AqiStandard[] Versions = [AqiStandards.Hj633_2012, AqiStandards.Hj633_2026];

    /// <summary>Maps a generated integer (full range, not sized) onto 0 .. 1.2 × the top breakpoint in steps of 0.01 (0.001 for CO).</summary>
    private static double Scale(IaqiBreakpoints row, uint n)
    {
        decimal step = row.Indicator.Pollutant == Pollutant.CO ? 0.001m : 0.01m;
        long span = (long)(row.TopConcentration * 1.2m / step);
        return (double)(n % (span + 1) * step);
    }

    [Property(MaxTest = 300)]
    public bool IAQI_is_monotone_non_decreasing_for_every_row_of_both_versions(DoNotSize<uint> a, DoNotSize<uint> b, bool round)
    {
        foreach (var standard in Versions)
        {
            foreach (var row in standard.Breakpoints)
            {
                double x = Scale(row, a.Item), y = Scale(row, b.Item);
                double lo = Math.Min(x, y), hi = Math.Max(x, y);
                // Over-range rules of 2012 hand the rating to another indicator, so there monotonicity is checked
                // where the row itself rates: up to its threshold. Elsewhere the whole range is checked, including
                // the 2026 fixed over-range IAQIs and the flagged 500 above the top breakpoint.
                var rule = standard.OverRangeRules.FirstOrDefault(r => r.Indicator == row.Indicator);
                if (rule is not null && rule.Action == OverRangeAction.UseFallbackIndicator && hi > (double)rule.Above - 1)
                    continue;
                var iLo = AqiCalculator.Iaqi(standard, row.Indicator, lo, round).Iaqi;
                var iHi = AqiCalculator.Iaqi(standard, row.Indicator, hi, round).Iaqi;
                if (iLo is null || iHi is null || iLo > iHi) return false;
            }
        }
        return true;
    }

    [Property(MaxTest = 300)]
    public bool IAQI_is_monotone_on_the_raw_breakpoint_rows(DoNotSize<uint> a, DoNotSize<uint> b)
    {
        foreach (var row in Versions.SelectMany(s => s.Breakpoints))
        {
            decimal x = (decimal)Scale(row, a.Item), y = (decimal)Scale(row, b.Item);
            if (x > row.TopConcentration || y > row.TopConcentration) continue;
            int? ix = row.Iaqi(x), iy = row.Iaqi(y);
            if (ix is null || iy is null) return false;
            if (x <= y && ix > iy) return false;
            if (y <= x && iy > ix) return false;
        }
        return true;
    }

    [Property(MaxTest = 300)]
    public bool AQI_is_at_least_every_IAQI(DoNotSize<uint> so2, DoNotSize<uint> no2, DoNotSize<uint> co, DoNotSize<uint> pm10, DoNotSize<uint> pm25, DoNotSize<uint> o3_8h, DoNotSize<uint> o3_1h)
    {
        var daily = AirConcentrations.Daily(so2.Item % 3000, no2.Item % 1000, co.Item % 700 / 10.0, pm10.Item % 700, pm25.Item % 600, o3_8h.Item % 900, o3_1h.Item % 1300);
        var hourly = AirConcentrations.Hourly(so2.Item % 1000, no2.Item % 4000, co.Item % 1600 / 10.0, o3_1h.Item % 1300, pm10.Item % 700, pm25.Item % 600,
            o3Moving8h: o3_8h.Item % 900, pm10Moving24h: pm10.Item % 650, pm25Moving24h: pm25.Item % 550, so2Moving24h: so2.Item % 2700);
        foreach (var standard in (AqiStandard[])[.. Versions, AqiStandards.Hj633_2012Literal])
        {
            foreach (var (kind, values) in new[] { (AqiReportKind.Daily, daily), (AqiReportKind.Hourly, hourly) })
            {
                var r = AqiCalculator.Compute(standard, kind, values);
                if (r.Aqi is not int aqi) return false; // everything supplied: AQI is always published
                if (r.Indicators.Any(i => i.Iaqi is null || i.Iaqi > aqi)) return false;
                if (r.Pollutants.Any(p => p.Iaqi > aqi)) return false;
                if (r.Indicators.All(i => i.Iaqi < aqi)) return false; // and it is one of them
                if (AqiLevels.For(aqi) != r.Level) return false;
            }
        }
        return true;
    }
}
