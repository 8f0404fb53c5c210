using System.Globalization;

namespace EcoGov.Core.Air;

/// <summary>A station-day's AQI and the standard it was computed under.</summary>
public sealed record DailyAqi(AirDailyRecord Record, AqiStandard Standard, AqiResult Result);

/// <summary>The moving means an HJ 633-2012 hourly report uses, computed from the station's preceding hours.</summary>
public sealed record HourlyMovingMeans(MovingMean O3EightHour, MovingMean PM10TwentyFourHour, MovingMean PM25TwentyFourHour, MovingMean SO2TwentyFourHour);

/// <summary>A station-hour's AQI; <see cref="MovingMeans"/> is set when the standard's hourly report uses them.</summary>
public sealed record HourlyAqi(AirHourlyRecord Record, AqiStandard Standard, AqiResult Result, HourlyMovingMeans? MovingMeans);

/// <summary>
/// AQI for many station-days or station-hours: the standard is chosen per row by the data's date
/// (<see cref="AqiStandards.ForDate"/>) unless one is given. Results are in input order.
/// </summary>
public static class AqiBatch
{
    private static readonly AirIndicator O3Max1h = new(Pollutant.O3, Averaging.OneHour);

    public static IReadOnlyList<DailyAqi> Daily(IEnumerable<AirDailyRecord> rows, AqiStandard? standard = null) =>
        rows.Select(r =>
        {
            var s = standard ?? AqiStandards.ForDate(r.Date);
            var result = AqiCalculator.Compute(s, AqiReportKind.Daily,
                AirConcentrations.Daily(r.SO2, r.NO2, r.CO, r.PM10, r.PM25, r.O3Max8h, r.O3Max1h));
            if (r.O3Max1h is not null && !s.DailyIndicators.Any(i => i.Input == O3Max1h))
                result = result with { Notes = [.. result.Notes, $"O3 daily max 1h supplied but not used by {s.Code} (daily report uses O3 8h only) / O3 日最大1小时平均不参与评价"] };
            return new DailyAqi(r, s, result);
        }).ToList();

    /// <summary>
    /// Hourly reports. Under a standard whose real-time report uses moving means (HJ 633-2012), the O3 8h and the
    /// PM10/PM2.5/SO2 24h moving means are computed from the same station's hours in <paramref name="rows"/>;
    /// a moving mean with too few valid hours is missing and a note says so.
    /// </summary>
    public static IReadOnlyList<HourlyAqi> Hourly(IReadOnlyList<AirHourlyRecord> rows, AqiStandard? standard = null)
    {
        var series = rows.GroupBy(r => r.Station, StringComparer.Ordinal).ToDictionary(
            g => g.Key,
            g => new StationSeries(
                Series(g, r => r.O3), Series(g, r => r.PM10), Series(g, r => r.PM25), Series(g, r => r.SO2)),
            StringComparer.Ordinal);

        return rows.Select(r =>
        {
            var s = standard ?? AqiStandards.ForDate(DateOnly.FromDateTime(r.HourStart));
            var movingInputs = s.HourlyIndicators.Where(i => i.Input.Averaging != Averaging.OneHour).Select(i => i.Input).ToList();
            if (movingInputs.Count == 0)
            {
                var plain = AqiCalculator.Compute(s, AqiReportKind.Hourly,
                    AirConcentrations.Hourly(r.SO2, r.NO2, r.CO, r.O3, r.PM10, r.PM25));
                return new HourlyAqi(r, s, plain, null);
            }

            var st = series[r.Station];
            var means = new HourlyMovingMeans(
                MovingMeans.EightHour(st.O3, r.HourStart),
                MovingMeans.TwentyFourHour(st.PM10, r.HourStart),
                MovingMeans.TwentyFourHour(st.PM25, r.HourStart),
                MovingMeans.TwentyFourHour(st.SO2, r.HourStart));
            var result = AqiCalculator.Compute(s, AqiReportKind.Hourly, AirConcentrations.Hourly(
                r.SO2, r.NO2, r.CO, r.O3, r.PM10, r.PM25,
                means.O3EightHour.Value, means.PM10TwentyFourHour.Value, means.PM25TwentyFourHour.Value, means.SO2TwentyFourHour.Value));

            var notes = new List<string>();
            foreach (var input in movingInputs)
            {
                var m = input.Pollutant switch
                {
                    Pollutant.O3 => means.O3EightHour,
                    Pollutant.PM10 => means.PM10TwentyFourHour,
                    Pollutant.PM25 => means.PM25TwentyFourHour,
                    _ => means.SO2TwentyFourHour,
                };
                if (!m.IsValid)
                    notes.Add(string.Create(CultureInfo.InvariantCulture,
                        $"{input} moving mean missing: {m.ValidHours} valid hour(s) of the {m.WindowHours} from {m.FirstHourStart:yyyy-MM-dd HH:mm} to {m.LastHourStart.AddHours(1):yyyy-MM-dd HH:mm}, fewer than {m.MinValidHours} (GB 3095 Table 4) / {PollutantNames.Display(input.Pollutant)} {m.WindowHours}小时滑动平均有效小时数不足 {m.MinValidHours}，按缺测处理"));
            }
            if (notes.Count > 0) result = result with { Notes = [.. result.Notes, .. notes] };
            return new HourlyAqi(r, s, result, means);
        }).ToList();
    }

    private sealed record StationSeries(
        IReadOnlyDictionary<DateTime, double> O3, IReadOnlyDictionary<DateTime, double> PM10,
        IReadOnlyDictionary<DateTime, double> PM25, IReadOnlyDictionary<DateTime, double> SO2);

    private static Dictionary<DateTime, double> Series(IEnumerable<AirHourlyRecord> rows, Func<AirHourlyRecord, double?> value)
    {
        var d = new Dictionary<DateTime, double>();
        foreach (var r in rows)
            if (value(r) is double v) d[r.HourStart] = v;
        return d;
    }
}
