using EcoGov.Core.Text;

namespace EcoGov.Core.Air;

/// <summary>
/// 站点日统计 a station day as the monitoring store keeps it: the parts of the day's statistics (GB 3095 Table 4,
/// HJ 663-2013) that no limit enters — the 24h means (≥ 20 hours, else null), the largest valid O3 8h moving mean with
/// the number of valid 8h means it was taken from, the O3 daily max 1h (≥ 20 hours) and how many hours the day has.
/// Whether the largest 8h mean is the day's O3 value depends on the O3 8h limit of the evaluating standard
/// (the HJ 663-2013 exception for incomplete days), so that is decided by <see cref="Resolve"/>, not stored.
/// Unrounded; µg/m³, CO mg/m³.
/// </summary>
public sealed record StationDay(
    DateOnly Date, double? So2, double? No2, double? Co, double? Pm10, double? Pm25,
    double? O3LargestEightHourMean, int ValidO3EightHourMeans, double? O3Max1h, int Hours)
{
    /// <summary>The O3 8h limit of a standard's grade (HJ 663-2013 compares the rounded daily max 8h with it).</summary>
    public static decimal O3EightHourLimit(AmbientAirLimits limits, LimitGrade grade) =>
        (decimal)limits.Limit(Pollutant.O3, LimitPeriod.EightHour, grade);

    /// <summary>
    /// How the O3 daily max 8h is judged: ≥ <c>MinEightHourMeansForDailyMax</c> valid 8h means → complete; fewer, but the
    /// largest (rounded) exceeds <paramref name="o3EightHourLimit"/> → counts (HJ 663-2013); otherwise no value.
    /// </summary>
    public O3DailyMaxBasis Basis(decimal o3EightHourLimit, AirDataValidityRules rules)
    {
        if (ValidO3EightHourMeans >= rules.MinEightHourMeansForDailyMax) return O3DailyMaxBasis.Complete;
        if (O3LargestEightHourMean is double m && ConcentrationRounding.Round(Pollutant.O3, m) > o3EightHourLimit)
            return O3DailyMaxBasis.IncompleteButExceeding;
        return O3DailyMaxBasis.Invalid;
    }

    /// <summary>The day's values under a standard whose O3 8h limit is <paramref name="o3EightHourLimit"/>.</summary>
    public DailyAirValues Resolve(decimal o3EightHourLimit, AirDataValidityRules rules) =>
        new(Date, So2, No2, Co, Pm10, Pm25,
            Basis(o3EightHourLimit, rules) == O3DailyMaxBasis.Invalid ? null : O3LargestEightHourMean, O3Max1h);
}

/// <summary>
/// One station's data as the air engines take it: hours (computed into days on demand, <see cref="DailyAirStatistics"/>)
/// or the station days the monitoring store keeps (<see cref="StationDay"/>, computed at import from the same hours).
/// Both give the same <see cref="DailyAirValues"/> for any period and standard.
/// </summary>
public abstract class StationAirSeries
{
    /// <summary>The first and last day with data (null when there is none).</summary>
    public abstract DateOnly? FirstDay { get; }

    public abstract DateOnly? LastDay { get; }

    /// <summary>
    /// Every day of [<paramref name="from"/>, <paramref name="to"/>] in date order (a day without data has no values),
    /// judged under the pair's limits.
    /// </summary>
    public abstract DailyAirValues[] Daily(DateOnly from, DateOnly to, AmbientAirLimits limits, LimitGrade grade, AirDataValidityRules rules);

    /// <summary>Whether the series has data on a day in [<paramref name="from"/>, <paramref name="to"/>].</summary>
    public abstract bool HasDataBetween(DateOnly from, DateOnly to);

    public static StationAirSeries OfHours(IEnumerable<HourlyObservation> hours) => new HourSeries(hours);

    /// <summary>Station days computed under <see cref="AirDataValidity.Gb3095Table4"/> (as the store keeps them).</summary>
    public static StationAirSeries OfDays(IEnumerable<StationDay> days) => new DaySeries(days);

    private sealed class HourSeries(IEnumerable<HourlyObservation> hours) : StationAirSeries
    {
        private (DateOnly? First, DateOnly? Last)? span;

        private (DateOnly? First, DateOnly? Last) Span => span ??= Compute();

        private (DateOnly?, DateOnly?) Compute()
        {
            DateTime? first = null, last = null;
            foreach (var h in hours)
            {
                if (first is not DateTime f || h.HourStart < f) first = h.HourStart;
                if (last is not DateTime l || h.HourStart > l) last = h.HourStart;
            }
            return (first is DateTime a ? DateOnly.FromDateTime(a) : null, last is DateTime b ? DateOnly.FromDateTime(b) : null);
        }

        public override DateOnly? FirstDay => Span.First;

        public override DateOnly? LastDay => Span.Last;

        public override DailyAirValues[] Daily(DateOnly from, DateOnly to, AmbientAirLimits limits, LimitGrade grade, AirDataValidityRules rules) =>
            DailyAirStatistics.ComputeValues(from, to, hours, limits, grade, rules);

        public override bool HasDataBetween(DateOnly from, DateOnly to) =>
            hours.Any(h => DateOnly.FromDateTime(h.HourStart) >= from && DateOnly.FromDateTime(h.HourStart) <= to);
    }

    private sealed class DaySeries : StationAirSeries
    {
        private readonly StationDay[] days;

        public DaySeries(IEnumerable<StationDay> stationDays)
        {
            days = [.. stationDays.OrderBy(d => d.Date)];
            for (int i = 1; i < days.Length; i++)
                if (days[i].Date == days[i - 1].Date)
                    throw new ArgumentException(CoreText.DuplicateStationDay(days[i].Date).Bilingual, nameof(stationDays));
        }

        public override DateOnly? FirstDay => days.Length > 0 ? days[0].Date : null;

        public override DateOnly? LastDay => days.Length > 0 ? days[^1].Date : null;

        public override DailyAirValues[] Daily(DateOnly from, DateOnly to, AmbientAirLimits limits, LimitGrade grade, AirDataValidityRules rules)
        {
            if (to < from) throw new ArgumentException(CoreText.PeriodEndsBeforeStart().Bilingual, nameof(to));
            if (rules != AirDataValidity.Gb3095Table4)
                throw new ArgumentException(CoreText.StationDaysNeedHours(AirDataValidity.Gb3095Table4.Code, rules.Code).Bilingual, nameof(rules));
            var o3Limit = StationDay.O3EightHourLimit(limits, grade);
            var result = new DailyAirValues[to.DayNumber - from.DayNumber + 1];
            int k = Start(from);
            for (int d = 0; d < result.Length; d++)
            {
                var date = from.AddDays(d);
                if (k < days.Length && days[k].Date == date) result[d] = days[k++].Resolve(o3Limit, rules);
                else result[d] = new DailyAirValues(date, null, null, null, null, null, null, null);
            }
            return result;
        }

        public override bool HasDataBetween(DateOnly from, DateOnly to)
        {
            int k = Start(from);
            return k < days.Length && days[k].Date <= to;
        }

        /// <summary>The index of the first day on or after <paramref name="from"/>.</summary>
        private int Start(DateOnly from)
        {
            int lo = 0, hi = days.Length;
            while (lo < hi)
            {
                int mid = (lo + hi) / 2;
                if (days[mid].Date < from) lo = mid + 1; else hi = mid;
            }
            return lo;
        }
    }
}
