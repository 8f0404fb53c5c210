using EcoGov.Core.Air;

namespace EcoGov.Bench;

/// <summary>What the baseline computes for one station-year (the figures the engine's evaluation also gives).</summary>
public sealed record StraightforwardYear(
    List<DailyAirValues> Days,
    List<int?> DailyAqi,
    Dictionary<Pollutant, (int ValidDays, double? Value, decimal? Published, bool? Exceeded)> Statistics,
    int DaysWithValidAqi,
    int GoodDays,
    int HeavilyPollutedDays,
    bool AnnualMeansValid);

/// <summary>
/// The "straightforward implementation" the engine is compared with: written plainly, without care for allocation —
/// LINQ GroupBy per day, a List&lt;double&gt; per pollutant and per 8h window — computing the same daily means,
/// O3 daily max 8h (with the HJ 663-2013 exceedance exception), O3 daily max 1h, daily AQI (HJ 633-2026 daily
/// report) and annual statistics (means, CO P95, O3 P90, good and heavily polluted days, annual-mean validity)
/// for a calendar year under one standard pair with HJ 633-2026 rules (fixed IAQI above the O3 8h range).
/// No input validation, no notes, no comprehensive index.
/// </summary>
public static class StraightforwardAirEvaluator
{
    private static readonly Pollutant[] DayMeanPollutants = [Pollutant.SO2, Pollutant.NO2, Pollutant.CO, Pollutant.PM10, Pollutant.PM25];

    public static StraightforwardYear Evaluate(IEnumerable<HourlyObservation> hours, int year, AirEvaluationStandard standard)
    {
        double o3Limit8h = standard.Limits.Limit(Pollutant.O3, LimitPeriod.EightHour, LimitGrade.GradeII);
        var byDay = hours.GroupBy(h => DateOnly.FromDateTime(h.HourStart)).ToDictionary(g => g.Key, g => g.ToList());

        var days = new List<DailyAirValues>();
        for (var d = new DateOnly(year, 1, 1); d.Year == year; d = d.AddDays(1))
        {
            var list = byDay.TryGetValue(d, out var l) ? l : [];
            var means = new Dictionary<Pollutant, double?>();
            foreach (var p in DayMeanPollutants)
            {
                var values = list.Where(h => h[p] != null).Select(h => h[p]!.Value).ToList();
                means[p] = values.Count >= 20 ? values.Average() : null;
            }
            var windows = new List<double>();
            for (int start = 0; start <= 16; start++)
            {
                var w = list.Where(h => h.HourStart.Hour >= start && h.HourStart.Hour < start + 8 && h.O3 != null).Select(h => h.O3!.Value).ToList();
                if (w.Count >= 6) windows.Add(w.Average());
            }
            double? max8h = windows.Count > 0 ? windows.Max() : null;
            if (windows.Count < 14 && !(max8h is double m && Math.Round((decimal)m, 0, MidpointRounding.ToEven) > (decimal)o3Limit8h))
                max8h = null;
            var o3Hours = list.Where(h => h.O3 != null).Select(h => h.O3!.Value).ToList();
            double? max1h = o3Hours.Count >= 20 ? o3Hours.Max() : null;
            days.Add(new DailyAirValues(d, means[Pollutant.SO2], means[Pollutant.NO2], means[Pollutant.CO], means[Pollutant.PM10], means[Pollutant.PM25], max8h, max1h));
        }

        var aqi = days.Select(d => DailyAqi(d, standard.Aqi)).ToList();
        var withAqi = aqi.Where(a => a != null).ToList();

        var stats = new Dictionary<Pollutant, (int, double?, decimal?, bool?)>();
        foreach (var (p, kind, period) in PeriodAirEvaluator.Basis)
        {
            var values = days.Select(d => d.DailyValue(p)).Where(v => v != null).Select(v => v!.Value).ToList();
            if (values.Count == 0) { stats[p] = (0, null, null, null); continue; }
            double value = kind == PeriodStatisticKind.Mean ? values.Average() : Percentile(values, kind == PeriodStatisticKind.Percentile95 ? 95 : 90);
            decimal published = Math.Round((decimal)value, p == Pollutant.CO ? 1 : 0, MidpointRounding.ToEven);
            stats[p] = (values.Count, value, published, published > (decimal)standard.Limits.Limit(p, period, LimitGrade.GradeII));
        }

        bool annualValid = PeriodAirEvaluator.Basis.Where(b => b.Kind == PeriodStatisticKind.Mean).All(b =>
        {
            var valid = days.Where(d => d.DailyValue(b.Pollutant) != null).ToList();
            return valid.Count >= 324 && Enumerable.Range(1, 12).All(month =>
                valid.Count(d => d.Date.Month == month) >= (month == 2 ? 25 : 27));
        });

        return new StraightforwardYear(days, aqi, stats, withAqi.Count, withAqi.Count(a => a <= 100), withAqi.Count(a => a > 200), annualValid);
    }

    private static int? DailyAqi(DailyAirValues d, AqiStandard standard)
    {
        var iaqis = new List<int>();
        bool anyMissing = false;
        foreach (var ri in standard.DailyIndicators)
        {
            double? c = ri.Input.Averaging == Averaging.EightHour ? d.O3Max8h
                : ri.Input.Averaging == Averaging.OneHour ? d.O3Max1h
                : d.DailyValue(ri.Input.Pollutant);
            if (c == null) { anyMissing = true; continue; }
            decimal rounded = Math.Round((decimal)c.Value, ri.Input.Pollutant == Pollutant.CO ? 1 : 0, MidpointRounding.ToEven);
            var rule = standard.OverRangeRules.FirstOrDefault(r => r.Indicator == ri.Breakpoints);
            if (rule != null && rounded > rule.Above && rule.Action == OverRangeAction.FixedIaqi) { iaqis.Add(rule.FixedIaqi!.Value); continue; }
            var bp = standard.BreakpointsFor(ri.Breakpoints).Concentrations;
            int iaqi = IaqiBreakpoints.IaqiLevels[bp.Count - 1];
            for (int i = 1; i < bp.Count; i++)
            {
                if (rounded <= bp[i])
                {
                    int lo = IaqiBreakpoints.IaqiLevels[i - 1], hi = IaqiBreakpoints.IaqiLevels[i];
                    iaqi = (int)decimal.Ceiling((hi - lo) * (rounded - bp[i - 1]) / (bp[i] - bp[i - 1]) + lo);
                    break;
                }
            }
            iaqis.Add(iaqi);
        }
        if (iaqis.Count == 0) return null;
        int aqi = iaqis.Max();
        return anyMissing && aqi <= 100 ? null : aqi;
    }

    private static double Percentile(List<double> values, double p)
    {
        var x = values.OrderBy(v => v).ToList();
        double k = 1 + (x.Count - 1) * p / 100;
        int s = (int)Math.Floor(k);
        return s >= x.Count ? x[^1] : x[s - 1] + (x[s] - x[s - 1]) * (k - s);
    }

    /// <summary>Throws unless the engine's evaluation and the baseline's agree on every figure the baseline computes.</summary>
    public static void AssertAgrees(string station, PeriodAirEvaluation engine, StraightforwardYear plain)
    {
        void Fail(string what) => throw new InvalidOperationException($"Baseline disagrees with the engine for {station}: {what}");
        static bool Same(double? a, double? b) => a is null ? b is null : b is double y && Math.Abs(a.Value - y) <= 1e-9 * Math.Max(1, Math.Abs(y));
        if (engine.DailyResults.Count != plain.Days.Count) Fail("day count");
        for (int i = 0; i < plain.Days.Count; i++)
        {
            var (e, s) = (engine.DailyResults[i].Values, plain.Days[i]);
            if (e.Date != s.Date || !Same(e.So2, s.So2) || !Same(e.No2, s.No2) || !Same(e.Co, s.Co) || !Same(e.Pm10, s.Pm10)
                || !Same(e.Pm25, s.Pm25) || !Same(e.O3Max8h, s.O3Max8h) || !Same(e.O3Max1h, s.O3Max1h))
                Fail($"daily values {e} vs {s}");
            if (engine.DailyResults[i].Aqi.Aqi != plain.DailyAqi[i]) Fail($"AQI on {s.Date}: {engine.DailyResults[i].Aqi.Aqi} vs {plain.DailyAqi[i]}");
        }
        foreach (var st in engine.Statistics)
        {
            var (n, v, pub, ex) = plain.Statistics[st.Pollutant];
            if (st.ValidDays != n || !Same(st.Value, v) || st.Published != pub || st.Exceeded != ex) Fail($"{st.Pollutant} statistic {st} vs {(n, v, pub, ex)}");
        }
        if (engine.DaysWithValidAqi != plain.DaysWithValidAqi || engine.GoodDays != plain.GoodDays
            || engine.HeavilyPollutedDays != plain.HeavilyPollutedDays || engine.AnnualMeansValid != plain.AnnualMeansValid)
            Fail($"counts {engine.DaysWithValidAqi}/{engine.GoodDays}/{engine.HeavilyPollutedDays}/{engine.AnnualMeansValid} vs {plain.DaysWithValidAqi}/{plain.GoodDays}/{plain.HeavilyPollutedDays}/{plain.AnnualMeansValid}");
    }
}
