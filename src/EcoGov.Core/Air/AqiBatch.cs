using EcoGov.Core.Text;

namespace EcoGov.Core.Air;

/// <summary>A station-day's AQI and the standard it was computed under.</summary>
public sealed record DailyAqi(AirDailyRecord Record, AqiStandard Standard, AqiResult Result);

/// <summary>
/// A station-hour's AQI. <see cref="MovingMeans"/> holds the moving means the standard's real-time report publishes
/// beside the AQI (<see cref="RealTimeReport.PublishedMovingMeans"/>, in that order), computed from the station's
/// preceding hours; null when it publishes none. Whether one entered the AQI is the standard's
/// <see cref="RealTimeReport.Indicators"/> and over-range rules, as recorded in <see cref="AqiResult.Indicators"/>.
/// </summary>
public sealed record HourlyAqi(AirHourlyRecord Record, AqiStandard Standard, AqiResult Result, IReadOnlyDictionary<AirIndicator, MovingMean>? MovingMeans);

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
                result = result with { Notes = [.. result.Notes, CoreText.AqiO3Max1hNotUsed(s.Code)] };
            return new DailyAqi(r, s, result);
        }).ToList();

    /// <summary>The key of the note that states which reading of the real-time report an hourly AQI follows.</summary>
    public const string RealTimeBasisNoteKey = nameof(CoreText.AqiRealTimeBasis);

    /// <summary>
    /// Real-time reports (实时报), each under the standard chosen by its date unless <paramref name="standard"/> is given.
    /// See <see cref="Hourly(IReadOnlyList{AirHourlyRecord}, Func{DateOnly, AqiStandard})"/>.
    /// </summary>
    public static IReadOnlyList<HourlyAqi> Hourly(IReadOnlyList<AirHourlyRecord> rows, AqiStandard? standard = null) =>
        Hourly(rows, date => standard ?? AqiStandards.ForDate(date));

    /// <summary>
    /// Real-time reports (实时报) under the standard <paramref name="standardFor"/> gives for each row's date. The moving
    /// means the standard's real-time report publishes (HJ 633-2012: O3 8h, PM10/PM2.5/SO2 24h) are computed from the
    /// same station's hours in <paramref name="rows"/> and supplied with the hour's 1h values; the standard's table decides
    /// which of them are rated (by default none, except SO2 24h for an SO2 1h value above 800). Each report states its
    /// reading in a note (<see cref="RealTimeBasisNoteKey"/>); a moving mean the AQI needed but too few valid hours
    /// gave is noted too.
    /// </summary>
    public static IReadOnlyList<HourlyAqi> Hourly(IReadOnlyList<AirHourlyRecord> rows, Func<DateOnly, AqiStandard> standardFor)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(standardFor);
        // Built on first use: a standard that publishes no moving means (HJ 633-2026) needs no series.
        var series = new Lazy<Dictionary<string, StationSeries>>(() => rows
            .GroupBy(r => r.Station, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => new StationSeries(g), StringComparer.Ordinal));

        return rows.Select(r =>
        {
            var s = standardFor(DateOnly.FromDateTime(r.HourStart));
            var values = new Dictionary<AirIndicator, double>();
            foreach (var p in AllPollutants)
                if (r[p] is double v) values[new(p, Averaging.OneHour)] = v;

            var published = s.RealTime.PublishedMovingMeans;
            Dictionary<AirIndicator, MovingMean>? means = null;
            if (published.Count > 0)
            {
                var st = series.Value[r.Station];
                means = new Dictionary<AirIndicator, MovingMean>(published.Count);
                foreach (var indicator in published)
                {
                    var m = MovingMeans.Of(indicator.Averaging, st[indicator.Pollutant], r.HourStart);
                    means[indicator] = m;
                    if (m.Value is double v) values[indicator] = v;
                }
            }

            var result = AqiCalculator.Compute(s, AqiReportKind.Hourly, new AirConcentrations(values));
            var notes = new List<Message> { CoreText.AqiRealTimeBasis(s.RealTime.Basis) };
            foreach (var (indicator, m) in means ?? [])
            {
                if (m.IsValid || !Needed(result, indicator)) continue;
                notes.Add(CoreText.AqiMovingMeanMissing(PollutantNames.Display(indicator.Pollutant), m.WindowHours, m.FirstHourStart,
                    m.LastHourStart.AddHours(1), m.ValidHours, m.MinValidHours));
            }
            return new HourlyAqi(r, s, result with { Notes = [.. result.Notes, .. notes] }, means);
        }).ToList();
    }

    private static readonly Pollutant[] AllPollutants = Enum.GetValues<Pollutant>();

    /// <summary>Whether the AQI asked for <paramref name="indicator"/>: as a rated input, or as an over-range fallback.</summary>
    private static bool Needed(AqiResult result, AirIndicator indicator) =>
        result.Indicators.Any(i =>
            (i.Input == indicator && i.Basis == IaqiBasis.Missing)
            || (i.Basis == IaqiBasis.OverRangeFallbackMissing && i.FallbackFrom == indicator));

    /// <summary>One station's hourly values by pollutant, keyed by hour start.</summary>
    private sealed class StationSeries
    {
        private readonly Dictionary<DateTime, double>[] byPollutant;

        public StationSeries(IEnumerable<AirHourlyRecord> rows)
        {
            byPollutant = AllPollutants.Select(_ => new Dictionary<DateTime, double>()).ToArray();
            foreach (var r in rows)
                foreach (var p in AllPollutants)
                    if (r[p] is double v) byPollutant[(int)p][r.HourStart] = v;
        }

        public IReadOnlyDictionary<DateTime, double> this[Pollutant pollutant] => byPollutant[(int)pollutant];
    }
}
