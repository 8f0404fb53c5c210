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
    /// <summary>
    /// The day's statistics from the hours starting on <paramref name="date"/> (others are ignored).
    /// <paramref name="limits"/> supplies the O3 8h limit for the HJ 663-2013 exceedance exception.
    /// </summary>
    public static DailyAirStatisticsResult Compute(
        DateOnly date, IEnumerable<HourlyObservation> hours, AmbientAirLimits limits,
        LimitGrade grade = LimitGrade.GradeII, AirDataValidityRules? rules = null)
    {
        rules ??= AirDataValidity.Gb3095Table4;
        var byHour = new HourlyObservation?[24];
        foreach (var h in hours)
        {
            Validate(h);
            if (h.Day != date) continue;
            if (byHour[h.HourStart.Hour] is not null)
                throw new ArgumentException($"Duplicate hour {h.HourStart:yyyy-MM-dd HH:mm} / 小时数据重复", nameof(hours));
            byHour[h.HourStart.Hour] = h;
        }
        return ComputeDay(date, byHour, limits, grade, rules);
    }

    /// <summary>Daily statistics for every day of [<paramref name="from"/>, <paramref name="to"/>].</summary>
    public static IReadOnlyList<DailyAirStatisticsResult> ComputePeriod(
        DateOnly from, DateOnly to, IEnumerable<HourlyObservation> hours, AmbientAirLimits limits,
        LimitGrade grade = LimitGrade.GradeII, AirDataValidityRules? rules = null)
    {
        if (to < from) throw new ArgumentException("Period ends before it starts / 时段终止日期早于起始日期", nameof(to));
        rules ??= AirDataValidity.Gb3095Table4;
        var days = new Dictionary<DateOnly, HourlyObservation?[]>();
        foreach (var h in hours)
        {
            Validate(h);
            if (h.Day < from || h.Day > to) continue;
            if (!days.TryGetValue(h.Day, out var arr)) days[h.Day] = arr = new HourlyObservation?[24];
            if (arr[h.HourStart.Hour] is not null)
                throw new ArgumentException($"Duplicate hour {h.HourStart:yyyy-MM-dd HH:mm} / 小时数据重复", nameof(hours));
            arr[h.HourStart.Hour] = h;
        }
        var result = new List<DailyAirStatisticsResult>();
        for (var d = from; d <= to; d = d.AddDays(1))
            result.Add(ComputeDay(d, days.TryGetValue(d, out var arr) ? arr : new HourlyObservation?[24], limits, grade, rules));
        return result;
    }

    private static void Validate(HourlyObservation h)
    {
        if (h.HourStart.Kind == DateTimeKind.Utc)
            throw new ArgumentException($"Hour {h.HourStart:O} is UTC; give China Standard Time wall-clock hours / 时间须为北京时间", "hours");
        if (h.HourStart.Minute != 0 || h.HourStart.Second != 0 || h.HourStart.Millisecond != 0)
            throw new ArgumentException($"Hour {h.HourStart:yyyy-MM-dd HH:mm:ss} is not the start of an hour / 时间须为整点", "hours");
        foreach (var p in Enum.GetValues<Pollutant>())
            if (h[p] is double v && (double.IsNaN(v) || double.IsInfinity(v) || v < 0))
                throw new ArgumentException($"{PollutantNames.Display(p)} at {h.HourStart:yyyy-MM-dd HH:mm} must be a non-negative number / 浓度须为非负数", "hours");
    }

    private static DailyAirStatisticsResult ComputeDay(
        DateOnly date, HourlyObservation?[] byHour, AmbientAirLimits limits, LimitGrade grade, AirDataValidityRules rules)
    {
        var validHours = new Dictionary<Pollutant, int>();
        var means = new Dictionary<Pollutant, double?>();
        foreach (var p in Enum.GetValues<Pollutant>())
        {
            var values = byHour.Select(h => h?[p]).OfType<double>().ToList();
            validHours[p] = values.Count;
            // 24h mean: ≥ 20 hourly values (GB 3095 Table 4).
            means[p] = values.Count >= rules.MinHoursForDailyMean ? values.Average() : null;
        }

        // O3 8h moving means of the windows starting 00:00 .. 16:00 (ending 08:00 .. 24:00), each valid with ≥ 6 of 8 hours.
        var o3 = byHour.Select(h => h?.O3).ToArray();
        var windows = new List<double?>();
        for (int start = rules.FirstEightHourWindowStart; start <= rules.LastEightHourWindowStart; start++)
        {
            var w = o3.Skip(start).Take(rules.EightHourWindowLength).OfType<double>().ToList();
            windows.Add(w.Count >= rules.MinHoursForEightHourMean ? w.Average() : null);
        }
        var validWindows = windows.OfType<double>().ToList();
        double? max8h = validWindows.Count > 0 ? validWindows.Max() : null;
        O3DailyMaxBasis basis;
        if (validWindows.Count >= rules.MinEightHourMeansForDailyMax)
            basis = O3DailyMaxBasis.Complete;
        else if (max8h is double m && ConcentrationRounding.Round(Pollutant.O3, m) > (decimal)limits.Limit(Pollutant.O3, LimitPeriod.EightHour, grade))
            basis = O3DailyMaxBasis.IncompleteButExceeding; // HJ 663-2013: fewer means, but the max exceeds the limit
        else
        {
            basis = O3DailyMaxBasis.Invalid;
            max8h = null;
        }

        var o3Hours = o3.OfType<double>().ToList();
        double? max1h = o3Hours.Count >= rules.MinHoursForDailyMaxOneHour ? o3Hours.Max() : null;

        var day = new DailyAirValues(date, means[Pollutant.SO2], means[Pollutant.NO2], means[Pollutant.CO],
            means[Pollutant.PM10], means[Pollutant.PM25], max8h, max1h);
        return new DailyAirStatisticsResult(day, validHours, windows, validWindows.Count, basis);
    }
}
