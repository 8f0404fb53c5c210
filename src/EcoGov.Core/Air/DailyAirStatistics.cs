using System.Buffers;
using EcoGov.Core.Text;

namespace EcoGov.Core.Air;

/// <summary>
/// A day's values of a station or a city (日均值): 24h means of SO2, NO2, CO, PM10, PM2.5, the O3 daily maximum
/// 8h mean and the O3 daily maximum 1h mean. Null = no valid value. Unrounded; µg/m³, CO mg/m³.
/// </summary>
public sealed record DailyAirValues(
    DateOnly Date, double? So2, double? No2, double? Co, double? Pm10, double? Pm25, double? O3Max8h, double? O3Max1h)
{
    /// <summary>The value a period statistic is computed from: the 24h mean, or for O3 the daily max 8h mean.</summary>
    public double? DailyValue(Pollutant pollutant) => pollutant switch
    {
        Pollutant.SO2 => So2,
        Pollutant.NO2 => No2,
        Pollutant.CO => Co,
        Pollutant.PM10 => Pm10,
        Pollutant.PM25 => Pm25,
        _ => O3Max8h,
    };

    /// <summary>
    /// The concentration of an indicator of the daily report: a pollutant's 24h mean, or O3 daily max 8h / 1h; null
    /// when missing or not a daily indicator. The same values as <see cref="ToConcentrations"/>, without the dictionary.
    /// </summary>
    internal double? Concentration(AirIndicator indicator) => indicator switch
    {
        (Pollutant.O3, Averaging.EightHour) => O3Max8h,
        (Pollutant.O3, Averaging.OneHour) => O3Max1h,
        (Pollutant.SO2, Averaging.TwentyFourHour) => So2,
        (Pollutant.NO2, Averaging.TwentyFourHour) => No2,
        (Pollutant.CO, Averaging.TwentyFourHour) => Co,
        (Pollutant.PM10, Averaging.TwentyFourHour) => Pm10,
        (Pollutant.PM25, Averaging.TwentyFourHour) => Pm25,
        _ => null,
    };

    /// <summary>The day as input of a daily AQI report (日报).</summary>
    public AirConcentrations ToConcentrations() => AirConcentrations.Daily(So2, No2, Co, Pm10, Pm25, O3Max8h, O3Max1h);
}

/// <summary>How the O3 daily max 8h mean of a day was judged (HJ 663-2013).</summary>
public enum O3DailyMaxBasis
{
    /// <summary>≥ 14 valid 8h moving means in the day.</summary>
    Complete,
    /// <summary>Fewer than 14 valid 8h means, but the max found exceeds the 8h limit: the day counts.</summary>
    IncompleteButExceeding,
    /// <summary>Fewer than 14 valid 8h means and the max does not exceed the limit (or none): no value.</summary>
    Invalid,
}

/// <summary>A station day with the counts its validity was judged on.</summary>
public sealed record DailyAirStatisticsResult(
    DailyAirValues Values,
    IReadOnlyDictionary<Pollutant, int> ValidHours,
    IReadOnlyList<double?> O3EightHourMeans,
    int ValidO3EightHourMeans,
    O3DailyMaxBasis O3Basis);

/// <summary>
/// Daily statistics of one station from its hourly means (GB 3095 Table 4, HJ 663-2013), natural day in China
/// Standard Time.
/// </summary>
public static class DailyAirStatistics
{
    private static readonly Pollutant[] AllPollutants = Enum.GetValues<Pollutant>();

    /// <summary>Values per hour slot: one per <see cref="Pollutant"/>, indexed by its value.</summary>
    private const int PollutantCount = 6;

    private const int HoursPerDay = 24;

    /// <summary>
    /// The day's statistics from the hours starting on <paramref name="date"/> (others are ignored).
    /// <paramref name="limits"/> supplies the O3 8h limit for the HJ 663-2013 exceedance exception.
    /// </summary>
    public static DailyAirStatisticsResult Compute(
        DateOnly date, IEnumerable<HourlyObservation> hours, AmbientAirLimits limits,
        LimitGrade grade = LimitGrade.GradeII, AirDataValidityRules? rules = null) =>
        ComputePeriod(date, date, hours, limits, grade, rules)[0];

    /// <summary>Daily statistics for every day of [<paramref name="from"/>, <paramref name="to"/>].</summary>
    public static IReadOnlyList<DailyAirStatisticsResult> ComputePeriod(
        DateOnly from, DateOnly to, IEnumerable<HourlyObservation> hours, AmbientAirLimits limits,
        LimitGrade grade = LimitGrade.GradeII, AirDataValidityRules? rules = null)
    {
        if (to < from) throw new ArgumentException(CoreText.PeriodEndsBeforeStart().Bilingual, nameof(to));
        rules ??= AirDataValidity.Gb3095Table4;
        var details = new DayDetails(to.DayNumber - from.DayNumber + 1, WindowCount(rules));
        var values = ComputeValues(from, to, hours, limits, grade, rules, details);
        var result = new DailyAirStatisticsResult[values.Length];
        for (int d = 0; d < values.Length; d++)
        {
            var validHours = new Dictionary<Pollutant, int>();
            foreach (var p in AllPollutants) validHours[p] = details.ValidHours[d * PollutantCount + (int)p];
            result[d] = new DailyAirStatisticsResult(values[d], validHours,
                details.Windows.AsSpan(d * details.WindowsPerDay, details.WindowsPerDay).ToArray(),
                details.ValidWindows[d], details.Basis[d]);
        }
        return result;
    }

    /// <summary>What <see cref="ComputePeriod"/> reports besides the values (validity counts), per day.</summary>
    internal sealed class DayDetails(int days, int windowsPerDay)
    {
        public int WindowsPerDay { get; } = windowsPerDay;
        public int[] ValidHours { get; } = new int[days * PollutantCount];
        public double?[] Windows { get; } = new double?[days * windowsPerDay];
        public int[] ValidWindows { get; } = new int[days];
        public O3DailyMaxBasis[] Basis { get; } = new O3DailyMaxBasis[days];
    }

    private static int WindowCount(AirDataValidityRules rules) =>
        Math.Max(0, rules.LastEightHourWindowStart - rules.FirstEightHourWindowStart + 1);

    /// <summary>
    /// The daily values of every day of [<paramref name="from"/>, <paramref name="to"/>] (one per day, in date order):
    /// each day's <see cref="StationDay"/> (<see cref="StationDays"/>) judged under the O3 8h limit of the pair
    /// (<see cref="StationDay.Resolve"/>); with <paramref name="details"/> also the counts each day was judged on.
    /// </summary>
    internal static DailyAirValues[] ComputeValues(
        DateOnly from, DateOnly to, IEnumerable<HourlyObservation> hours, AmbientAirLimits limits,
        LimitGrade grade, AirDataValidityRules rules, DayDetails? details = null)
    {
        var days = ComputeStationDays(from, to, hours, rules, details, presentOnly: false);
        var o3Limit = StationDay.O3EightHourLimit(limits, grade);
        var result = new DailyAirValues[days.Count];
        for (int d = 0; d < result.Length; d++)
        {
            result[d] = days[d].Resolve(o3Limit, rules);
            if (details is not null) details.Basis[d] = days[d].Basis(o3Limit, rules);
        }
        return result;
    }

    /// <summary>
    /// The station days (<see cref="StationDay"/>) of [<paramref name="from"/>, <paramref name="to"/>] that have at least
    /// one hour, in date order: what the monitoring store keeps per station and day (no limit enters them, so they hold
    /// under every GB 3095 version).
    /// </summary>
    public static IReadOnlyList<StationDay> StationDays(DateOnly from, DateOnly to, IEnumerable<HourlyObservation> hours,
        AirDataValidityRules? rules = null) =>
        ComputeStationDays(from, to, hours, rules ?? AirDataValidity.Gb3095Table4, null, presentOnly: true);

    /// <summary>
    /// The hours are laid out once in a pooled grid (day × hour × pollutant, NaN = no value — inputs are validated
    /// finite and non-negative), so nothing is allocated per hour; one <see cref="StationDay"/> per day (only the days
    /// with an hour when <paramref name="presentOnly"/>).
    /// </summary>
    private static List<StationDay> ComputeStationDays(
        DateOnly from, DateOnly to, IEnumerable<HourlyObservation> hours, AirDataValidityRules rules, DayDetails? details, bool presentOnly)
    {
        if (to < from) throw new ArgumentException(CoreText.PeriodEndsBeforeStart().Bilingual, nameof(to));
        int days = to.DayNumber - from.DayNumber + 1;
        int slots = days * HoursPerDay;
        var grid = ArrayPool<double>.Shared.Rent(slots * PollutantCount);
        var present = ArrayPool<bool>.Shared.Rent(slots);
        try
        {
            grid.AsSpan(0, slots * PollutantCount).Fill(double.NaN);
            present.AsSpan(0, slots).Clear();
            foreach (var h in hours)
            {
                Validate(h);
                long ticks = h.HourStart.Ticks;
                int dayNumber = (int)(ticks / TimeSpan.TicksPerDay); // = h.Day.DayNumber
                if (dayNumber < from.DayNumber || dayNumber > to.DayNumber) continue;
                int slot = (dayNumber - from.DayNumber) * HoursPerDay + (int)(ticks / TimeSpan.TicksPerHour % HoursPerDay);
                if (present[slot])
                    throw new ArgumentException(CoreText.DuplicateHour(h.HourStart).Bilingual, nameof(hours));
                present[slot] = true;
                var cell = grid.AsSpan(slot * PollutantCount, PollutantCount);
                cell[(int)Pollutant.SO2] = h.So2 ?? double.NaN;
                cell[(int)Pollutant.NO2] = h.No2 ?? double.NaN;
                cell[(int)Pollutant.CO] = h.Co ?? double.NaN;
                cell[(int)Pollutant.O3] = h.O3 ?? double.NaN;
                cell[(int)Pollutant.PM10] = h.Pm10 ?? double.NaN;
                cell[(int)Pollutant.PM25] = h.Pm25 ?? double.NaN;
            }

            var result = new List<StationDay>(days);
            for (int d = 0; d < days; d++)
            {
                int hoursPresent = 0;
                foreach (var p in present.AsSpan(d * HoursPerDay, HoursPerDay)) if (p) hoursPresent++;
                if (presentOnly && hoursPresent == 0) continue;
                result.Add(ComputeDay(from.AddDays(d), grid.AsSpan(d * HoursPerDay * PollutantCount, HoursPerDay * PollutantCount),
                    hoursPresent, rules, details, d));
            }
            return result;
        }
        finally
        {
            ArrayPool<double>.Shared.Return(grid);
            ArrayPool<bool>.Shared.Return(present);
        }
    }

    private static void Validate(HourlyObservation h)
    {
        if (h.HourStart.Kind == DateTimeKind.Utc)
            throw new ArgumentException(CoreText.HourIsUtc(h.HourStart).Bilingual, "hours");
        // Minute, second and millisecond all 0: less than a millisecond into the hour.
        if (h.HourStart.Ticks % TimeSpan.TicksPerHour >= TimeSpan.TicksPerMillisecond)
            throw new ArgumentException(CoreText.HourNotWhole(h.HourStart).Bilingual, "hours");
        if (Bad(h.So2) || Bad(h.No2) || Bad(h.Co) || Bad(h.O3) || Bad(h.Pm10) || Bad(h.Pm25))
        {
            foreach (var p in AllPollutants)
                if (Bad(h[p]))
                    throw new ArgumentException(CoreText.HourlyConcentrationInvalid(PollutantNames.Display(p), h.HourStart).Bilingual, "hours");
        }

        static bool Bad(double? value) => value is double v && (double.IsNaN(v) || double.IsInfinity(v) || v < 0);
    }

    /// <summary>Mean of the valid values among <paramref name="count"/> hours from <paramref name="firstHour"/>, summed in hour order.</summary>
    private static double Sum(ReadOnlySpan<double> day, Pollutant p, int firstHour, int count, out int valid)
    {
        double sum = 0;
        valid = 0;
        for (int hour = firstHour; hour < firstHour + count; hour++)
        {
            double v = day[hour * PollutantCount + (int)p];
            if (double.IsNaN(v)) continue;
            sum += v;
            valid++;
        }
        return sum;
    }

    private static StationDay ComputeDay(
        DateOnly date, ReadOnlySpan<double> day, int hoursPresent, AirDataValidityRules rules, DayDetails? details, int index)
    {
        Span<double?> means = stackalloc double?[PollutantCount];
        foreach (var p in AllPollutants)
        {
            double sum = Sum(day, p, 0, HoursPerDay, out int n);
            if (details is not null) details.ValidHours[index * PollutantCount + (int)p] = n;
            // 24h mean: ≥ 20 hourly values (GB 3095 Table 4).
            means[(int)p] = n >= rules.MinHoursForDailyMean ? sum / n : null;
        }

        // O3 8h moving means of the windows starting 00:00 .. 16:00 (ending 08:00 .. 24:00), each valid with ≥ 6 of 8
        // hours (GB 3095 Table 4); whether the largest is the day's value (≥ 14 valid means, or the limit exceeded —
        // HJ 663-2013) is judged by StationDay.Resolve under the pair's limit.
        int validWindows = 0;
        double? max8h = null;
        for (int start = rules.FirstEightHourWindowStart, w = 0; start <= rules.LastEightHourWindowStart; start++, w++)
        {
            int first = Math.Clamp(start, 0, HoursPerDay);
            int length = Math.Clamp(Math.Min(rules.EightHourWindowLength, HoursPerDay - first), 0, HoursPerDay);
            double sum = Sum(day, Pollutant.O3, first, length, out int n);
            double? mean = n >= rules.MinHoursForEightHourMean ? sum / n : null;
            if (details is not null) details.Windows[index * details.WindowsPerDay + w] = mean;
            if (mean is double m)
            {
                validWindows++;
                if (max8h is not double max || m > max) max8h = m;
            }
        }
        if (details is not null) details.ValidWindows[index] = validWindows;

        // O3 daily max 1h: ≥ 20 valid hours (the platform's choice, AirDataValidity.Gb3095Table4).
        int o3Hours = 0;
        double o3Max = double.NegativeInfinity;
        for (int hour = 0; hour < HoursPerDay; hour++)
        {
            double v = day[hour * PollutantCount + (int)Pollutant.O3];
            if (double.IsNaN(v)) continue;
            o3Hours++;
            if (v > o3Max) o3Max = v;
        }
        double? max1h = o3Hours >= rules.MinHoursForDailyMaxOneHour && o3Hours > 0 ? o3Max : null;

        return new StationDay(date, means[(int)Pollutant.SO2], means[(int)Pollutant.NO2], means[(int)Pollutant.CO],
            means[(int)Pollutant.PM10], means[(int)Pollutant.PM25], max8h, validWindows, max1h, hoursPresent);
    }
}
