using System.Buffers;
using EcoGov.Core.Text;

namespace EcoGov.Core.Air;

/// <summary>
/// Period evaluation (HJ 663-2013) of a daily series — a station's or a city's — under a chosen standard pair:
/// period statistics, good and heavily polluted days, exceedance of the Grade's limits, annual-mean validity and
/// the comprehensive index.
/// </summary>
public static class PeriodAirEvaluator
{
    /// <summary>AQI at or below which a day is good (优良天, AQI ≤ 100).</summary>
    public const int GoodDayMaxAqi = 100;

    /// <summary>AQI above which a day is heavily polluted (重污染天, AQI &gt; 200).</summary>
    public const int HeavilyPollutedAboveAqi = 200;

    /// <summary>Statistic and limit per pollutant (HJ 663-2013; the same basis as the comprehensive index).</summary>
    public static readonly IReadOnlyList<(Pollutant Pollutant, PeriodStatisticKind Kind, LimitPeriod LimitPeriod)> Basis =
    [
        (Pollutant.SO2, PeriodStatisticKind.Mean, LimitPeriod.Annual),
        (Pollutant.NO2, PeriodStatisticKind.Mean, LimitPeriod.Annual),
        (Pollutant.PM10, PeriodStatisticKind.Mean, LimitPeriod.Annual),
        (Pollutant.PM25, PeriodStatisticKind.Mean, LimitPeriod.Annual),
        (Pollutant.CO, PeriodStatisticKind.Percentile95, LimitPeriod.TwentyFourHour),
        (Pollutant.O3, PeriodStatisticKind.Percentile90, LimitPeriod.EightHour),
    ];

    public static PeriodAirEvaluation Evaluate(
        IEnumerable<DailyAirValues> days, DateOnly from, DateOnly to, AirEvaluationStandard standard,
        LimitGrade grade = LimitGrade.GradeII, AirDataValidityRules? rules = null)
    {
        if (to < from) throw new ArgumentException(CoreText.PeriodEndsBeforeStart().Bilingual, nameof(to));
        rules ??= AirDataValidity.Gb3095Table4;
        // The days in the period, in date order (a slot per calendar day; empty = no data that day).
        int periodDays = to.DayNumber - from.DayNumber + 1;
        var slots = new DailyAirValues?[periodDays];
        int present = 0;
        foreach (var d in days)
        {
            if (d.Date < from || d.Date > to) continue;
            ref var slot = ref slots[d.Date.DayNumber - from.DayNumber];
            if (slot is not null)
                throw new ArgumentException(CoreText.DuplicateDay(d.Date).Bilingual, nameof(days));
            slot = d;
            present++;
        }
        var inPeriod = new DailyAirValues[present];
        for (int i = 0, k = 0; i < slots.Length; i++)
            if (slots[i] is { } d) inPeriod[k++] = d;

        var notes = new List<Message>
        {
            CoreText.AirStatisticsRounded(),
            CoreText.AirEvaluationStandards(standard.Limits.Code, grade, standard.Aqi.Code),
        };

        // Good and heavily polluted days need only each day's AQI value; the full daily reports (notes, lists) are
        // built only if DailyResults is read.
        int withAqi = 0, good = 0, heavy = 0;
        foreach (var d in inPeriod)
        {
            if (AqiCalculator.DailyAqi(standard.Aqi, d) is not int aqi) continue;
            withAqi++;
            if (aqi <= GoodDayMaxAqi) good++;
            if (aqi > HeavilyPollutedAboveAqi) heavy++;
        }
        decimal? ratio = withAqi > 0 ? (decimal)good / withAqi : null;
        int withoutAqi = inPeriod.Length - withAqi + (periodDays - inPeriod.Length);
        if (withoutAqi > 0)
            notes.Add(CoreText.AirDaysWithoutAqi(withoutAqi));

        var stats = new List<PollutantPeriodStatistic>(Basis.Count);
        var buffer = ArrayPool<double>.Shared.Rent(Math.Max(1, inPeriod.Length));
        try
        {
            foreach (var b in Basis)
                stats.Add(Statistic(inPeriod, buffer, b.Pollutant, b.Kind, b.LimitPeriod, standard.Limits, grade));
        }
        finally
        {
            ArrayPool<double>.Shared.Return(buffer);
        }
        var exceeding = stats.Where(s => s.Exceeded == true).Select(s => s.Pollutant).ToList();

        IReadOnlyList<AnnualValidity>? annual = null;
        bool? annualValid = null;
        if (from.Day == 1 && from.Month == 1 && to == new DateOnly(from.Year, 12, 31))
        {
            annual = Basis.Where(b => b.Kind == PeriodStatisticKind.Mean)
                .Select(b => Annual(inPeriod, b.Pollutant, rules))
                .ToList();
            annualValid = annual.All(a => a.IsValid);
            if (annualValid == false)
                notes.Add(CoreText.AirAnnualMeansNotValid(string.Join(", ", annual.Where(a => !a.IsValid).Select(a => PollutantNames.Display(a.Pollutant))),
                    rules.MinDailyMeansPerYear, rules.MinDailyMeansPerMonth, rules.MinDailyMeansInFebruary, rules.Code));
        }

        ComprehensiveIndexResult? index = null;
        if (stats.All(s => s.Published is not null))
        {
            decimal P(Pollutant p) => stats.Single(s => s.Pollutant == p).Published!.Value;
            index = Air.ComprehensiveIndex.Compute(standard.Limits, new ComprehensiveIndexInput(
                (double)P(Pollutant.SO2), (double)P(Pollutant.NO2), (double)P(Pollutant.PM10), (double)P(Pollutant.PM25),
                (double)P(Pollutant.CO), (double)P(Pollutant.O3)));
            notes.Add(CoreText.AirIndexFromPublished());
        }
        else
        {
            notes.Add(CoreText.AirNoComprehensiveIndex(string.Join(", ", stats.Where(s => s.Published is null).Select(s => PollutantNames.Display(s.Pollutant)))));
        }

        return new PeriodAirEvaluation(standard.Code, from, to, grade, periodDays, new EvaluatedDays(inPeriod, standard.Aqi), stats,
            withAqi, good, ratio, heavy, exceeding, annual, annualValid, index, notes);
    }

    /// <summary>
    /// The days with their daily AQI report (HJ 633 日报), each report computed on first access and kept: the period
    /// figures above need only the AQI value (<see cref="AqiCalculator.DailyAqi"/>), which is the report's
    /// <see cref="AqiResult.Aqi"/>.
    /// </summary>
    private sealed class EvaluatedDays(DailyAirValues[] days, AqiStandard standard) : IReadOnlyList<EvaluatedDay>
    {
        private readonly EvaluatedDay?[] evaluated = new EvaluatedDay?[days.Length];

        public int Count => days.Length;

        public EvaluatedDay this[int index] =>
            evaluated[index] ??= new EvaluatedDay(days[index], AqiCalculator.Compute(standard, AqiReportKind.Daily, days[index].ToConcentrations()));

        public IEnumerator<EvaluatedDay> GetEnumerator()
        {
            for (int i = 0; i < days.Length; i++) yield return this[i];
        }

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }

    private static PollutantPeriodStatistic Statistic(
        DailyAirValues[] days, double[] buffer, Pollutant p, PeriodStatisticKind kind, LimitPeriod period, AmbientAirLimits limits, LimitGrade grade)
    {
        int n = 0;
        foreach (var d in days)
            if (d.DailyValue(p) is double v) buffer[n++] = v;
        var values = buffer.AsSpan(0, n);
        double limit = limits.Limit(p, period, grade);
        if (n == 0)
            return new PollutantPeriodStatistic(p, kind, 0, null, null, period, limit, null, null, null);
        double value = kind switch
        {
            PeriodStatisticKind.Mean => Mean(values),
            PeriodStatisticKind.Percentile95 => Hj663Percentile.Compute(values, 95),
            _ => Hj663Percentile.Compute(values, 90),
        };
        decimal published = ConcentrationRounding.Round(p, value);
        decimal s = (decimal)limit;
        bool exceeded = published > s;
        decimal ratio = Math.Round(published / s, 2, MidpointRounding.ToEven);
        decimal? multiple = exceeded ? Math.Round((published - s) / s, 2, MidpointRounding.ToEven) : null;
        return new PollutantPeriodStatistic(p, kind, n, value, published, period, limit, exceeded, ratio, multiple);
    }

    /// <summary>Arithmetic mean, summed in date order.</summary>
    private static double Mean(ReadOnlySpan<double> values)
    {
        double sum = 0;
        foreach (var v in values) sum += v;
        return sum / values.Length;
    }

    /// <summary>Annual-mean validity (GB 3095 Table 4): ≥ 324 daily means a year, ≥ 27 a month (February ≥ 25).</summary>
    private static AnnualValidity Annual(DailyAirValues[] days, Pollutant p, AirDataValidityRules rules)
    {
        Span<int> perMonth = stackalloc int[13];
        int valid = 0;
        foreach (var d in days)
        {
            if (d.DailyValue(p) is null) continue;
            valid++;
            perMonth[d.Date.Month]++;
        }
        var monthsShort = new List<int>();
        for (int m = 1; m <= 12; m++)
            if (perMonth[m] < rules.MinDailyMeansFor(m)) monthsShort.Add(m);
        return new AnnualValidity(p, valid, monthsShort, valid >= rules.MinDailyMeansPerYear && monthsShort.Count == 0);
    }
}

/// <summary>A station's period evaluation from its hourly means: daily statistics, then <see cref="PeriodAirEvaluator"/>.</summary>
public static class StationPeriodEvaluator
{
    public static PeriodAirEvaluation Evaluate(
        IEnumerable<HourlyObservation> hours, DateOnly from, DateOnly to, AirEvaluationStandard standard,
        LimitGrade grade = LimitGrade.GradeII, AirDataValidityRules? rules = null)
    {
        rules ??= AirDataValidity.Gb3095Table4;
        var days = DailyAirStatistics.ComputeValues(from, to, hours, standard.Limits, grade, rules);
        return PeriodAirEvaluator.Evaluate(days, from, to, standard, grade, rules);
    }

    /// <summary>
    /// Many stations' period evaluations, in the order given, computed in parallel across stations (each station
    /// is independent; results are the same as evaluating them one by one).
    /// </summary>
    public static IReadOnlyList<PeriodAirEvaluation> EvaluateAll(
        IReadOnlyList<IEnumerable<HourlyObservation>> stations, DateOnly from, DateOnly to, AirEvaluationStandard standard,
        LimitGrade grade = LimitGrade.GradeII, AirDataValidityRules? rules = null)
    {
        ArgumentNullException.ThrowIfNull(stations);
        var results = new PeriodAirEvaluation[stations.Count];
        ParallelStations.For(stations.Count, k => results[k] = Evaluate(stations[k], from, to, standard, grade, rules));
        return results;
    }
}

/// <summary>Stations and their city (or county) from one pass over the hourly data.</summary>
public static class NetworkPeriodEvaluator
{
    /// <summary>
    /// Each station's period evaluation (as <see cref="StationPeriodEvaluator.EvaluateAll"/>) and all of them combined
    /// (as <see cref="CityAirAggregation.EvaluateFromHours"/>), computing every station's daily statistics once —
    /// the city's daily series is the mean of the same station days.
    /// </summary>
    public static (IReadOnlyList<PeriodAirEvaluation> Stations, PeriodAirEvaluation Combined) Evaluate(
        IReadOnlyList<IEnumerable<HourlyObservation>> stations, DateOnly from, DateOnly to, AirEvaluationStandard standard,
        LimitGrade grade = LimitGrade.GradeII, AirDataValidityRules? rules = null)
    {
        ArgumentNullException.ThrowIfNull(stations);
        return Evaluate(stations.Select(StationAirSeries.OfHours).ToList(), from, to, standard, grade, rules);
    }

    /// <summary>As the hourly overload, from each station's series (hours or the store's station days).</summary>
    public static (IReadOnlyList<PeriodAirEvaluation> Stations, PeriodAirEvaluation Combined) Evaluate(
        IReadOnlyList<StationAirSeries> stations, DateOnly from, DateOnly to, AirEvaluationStandard standard,
        LimitGrade grade = LimitGrade.GradeII, AirDataValidityRules? rules = null)
    {
        ArgumentNullException.ThrowIfNull(stations);
        rules ??= AirDataValidity.Gb3095Table4;
        var days = new DailyAirValues[stations.Count][];
        var results = new PeriodAirEvaluation[stations.Count];
        ParallelStations.For(stations.Count, k =>
        {
            days[k] = stations[k].Daily(from, to, standard.Limits, grade, rules);
            results[k] = PeriodAirEvaluator.Evaluate(days[k], from, to, standard, grade, rules);
        });
        return (results, CityAirAggregation.Evaluate(days, from, to, standard, grade, rules));
    }
}

/// <summary>Runs independent per-station work across the cores, in contiguous ranges of stations.</summary>
internal static class ParallelStations
{
    public static void For(int count, Action<int> body)
    {
        if (count <= 1 || Environment.ProcessorCount == 1)
        {
            for (int k = 0; k < count; k++) body(k);
            return;
        }
        // Ranges rather than one task per station: a station-year is about a millisecond of work, so per-item
        // scheduling is avoided; the per-thread buffers are the pooled arrays of DailyAirStatistics.
        var ranges = System.Collections.Concurrent.Partitioner.Create(0, count, Math.Max(1, count / (Environment.ProcessorCount * 8)));
        (int Index, Exception Error)? first = null;
        var gate = new object();
        Parallel.ForEach(ranges, range =>
        {
            for (int k = range.Item1; k < range.Item2; k++)
            {
                try
                {
                    body(k);
                }
                catch (Exception e)
                {
                    lock (gate)
                        if (first is not { } f || k < f.Index) first = (k, e);
                    return;
                }
            }
        });
        // The same exception as evaluating the stations one by one: the first failing station's, not wrapped.
        if (first is { } failed)
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(failed.Error).Throw();
    }
}

/// <summary>
/// City or county daily series (城市日均值): per day and pollutant, the arithmetic mean of the stations' valid daily
/// values; a pollutant with no valid station value that day is missing.
/// </summary>
public static class CityAirAggregation
{
    public static IReadOnlyList<DailyAirValues> DailySeries(IEnumerable<IEnumerable<DailyAirValues>> stations)
    {
        var byDate = new SortedDictionary<DateOnly, List<DailyAirValues>>();
        foreach (var station in stations)
        {
            var seen = new HashSet<DateOnly>();
            foreach (var d in station)
            {
                if (!seen.Add(d.Date))
                    throw new ArgumentException(CoreText.DuplicateStationDay(d.Date).Bilingual, nameof(stations));
                if (!byDate.TryGetValue(d.Date, out var list)) byDate[d.Date] = list = [];
                list.Add(d);
            }
        }
        return byDate.Select(kv => new DailyAirValues(kv.Key,
            Mean(kv.Value, d => d.So2), Mean(kv.Value, d => d.No2), Mean(kv.Value, d => d.Co),
            Mean(kv.Value, d => d.Pm10), Mean(kv.Value, d => d.Pm25),
            Mean(kv.Value, d => d.O3Max8h), Mean(kv.Value, d => d.O3Max1h))).ToList();
    }

    private static double? Mean(List<DailyAirValues> days, Func<DailyAirValues, double?> value)
    {
        var v = days.Select(value).OfType<double>().ToList();
        return v.Count > 0 ? v.Average() : null;
    }

    /// <summary>
    /// The city's period evaluation from its stations' hourly data: each station's daily statistics
    /// (<see cref="DailyAirStatistics"/>) under the pair's limits, then the city's daily series.
    /// </summary>
    public static PeriodAirEvaluation EvaluateFromHours(
        IEnumerable<IEnumerable<HourlyObservation>> stations, DateOnly from, DateOnly to, AirEvaluationStandard standard,
        LimitGrade grade = LimitGrade.GradeII, AirDataValidityRules? rules = null) =>
        Evaluate(stations.Select(StationAirSeries.OfHours).ToList(), from, to, standard, grade, rules);

    /// <summary>As <see cref="EvaluateFromHours"/>, from each station's series (hours or the store's station days).</summary>
    public static PeriodAirEvaluation Evaluate(
        IReadOnlyList<StationAirSeries> stations, DateOnly from, DateOnly to, AirEvaluationStandard standard,
        LimitGrade grade = LimitGrade.GradeII, AirDataValidityRules? rules = null) =>
        Evaluate(DailyValues(stations, from, to, standard, grade, rules ?? AirDataValidity.Gb3095Table4), from, to, standard, grade, rules);

    /// <summary>Each station's daily values, in station order, computed in parallel across stations.</summary>
    public static DailyAirValues[][] DailyValues(
        IReadOnlyList<StationAirSeries> stations, DateOnly from, DateOnly to, AirEvaluationStandard standard,
        LimitGrade grade = LimitGrade.GradeII, AirDataValidityRules? rules = null)
    {
        rules ??= AirDataValidity.Gb3095Table4;
        var days = new DailyAirValues[stations.Count][];
        ParallelStations.For(stations.Count, k => days[k] = stations[k].Daily(from, to, standard.Limits, grade, rules));
        return days;
    }

    /// <summary>The city's period evaluation from its stations' daily series.</summary>
    public static PeriodAirEvaluation Evaluate(
        IEnumerable<IEnumerable<DailyAirValues>> stations, DateOnly from, DateOnly to, AirEvaluationStandard standard,
        LimitGrade grade = LimitGrade.GradeII, AirDataValidityRules? rules = null) =>
        PeriodAirEvaluator.Evaluate(DailySeries(stations), from, to, standard, grade, rules);
}

/// <summary>What-if (情景对比): the same daily series under two standard pairs side by side.</summary>
public static class AirWhatIf
{
    public static AirWhatIfComparison Compare(
        IEnumerable<DailyAirValues> days, DateOnly from, DateOnly to, AirEvaluationStandard a, AirEvaluationStandard b,
        LimitGrade grade = LimitGrade.GradeII, AirDataValidityRules? rules = null)
    {
        var list = days.ToList();
        return Of(
            PeriodAirEvaluator.Evaluate(list, from, to, a, grade, rules),
            PeriodAirEvaluator.Evaluate(list, from, to, b, grade, rules));
    }

    /// <summary>
    /// A station's hourly data under two standard pairs: the daily statistics are computed under each pair's limits
    /// (they enter the HJ 663-2013 O3 exceedance exception), then evaluated side by side.
    /// </summary>
    public static AirWhatIfComparison CompareStation(
        IEnumerable<HourlyObservation> hours, DateOnly from, DateOnly to, AirEvaluationStandard a, AirEvaluationStandard b,
        LimitGrade grade = LimitGrade.GradeII, AirDataValidityRules? rules = null) =>
        CompareStation(StationAirSeries.OfHours(hours.ToList()), from, to, a, b, grade, rules);

    /// <summary>As the hourly overload, from the station's series (hours or the store's station days).</summary>
    public static AirWhatIfComparison CompareStation(
        StationAirSeries station, DateOnly from, DateOnly to, AirEvaluationStandard a, AirEvaluationStandard b,
        LimitGrade grade = LimitGrade.GradeII, AirDataValidityRules? rules = null)
    {
        rules ??= AirDataValidity.Gb3095Table4;
        return Of(
            PeriodAirEvaluator.Evaluate(station.Daily(from, to, a.Limits, grade, rules), from, to, a, grade, rules),
            PeriodAirEvaluator.Evaluate(station.Daily(from, to, b.Limits, grade, rules), from, to, b, grade, rules));
    }

    /// <summary>
    /// A city's stations' hourly data under two standard pairs: each station's daily statistics under each pair's
    /// limits, the city's daily series, then evaluated side by side (<see cref="CityAirAggregation.EvaluateFromHours"/>).
    /// </summary>
    public static AirWhatIfComparison CompareCity(
        IEnumerable<IEnumerable<HourlyObservation>> stations, DateOnly from, DateOnly to, AirEvaluationStandard a, AirEvaluationStandard b,
        LimitGrade grade = LimitGrade.GradeII, AirDataValidityRules? rules = null) =>
        CompareCity(stations.Select(h => StationAirSeries.OfHours(h.ToList())).ToList(), from, to, a, b, grade, rules);

    /// <summary>As the hourly overload, from each station's series (hours or the store's station days).</summary>
    public static AirWhatIfComparison CompareCity(
        IReadOnlyList<StationAirSeries> stations, DateOnly from, DateOnly to, AirEvaluationStandard a, AirEvaluationStandard b,
        LimitGrade grade = LimitGrade.GradeII, AirDataValidityRules? rules = null) =>
        Of(
            CityAirAggregation.Evaluate(stations, from, to, a, grade, rules),
            CityAirAggregation.Evaluate(stations, from, to, b, grade, rules));

    private static AirWhatIfComparison Of(PeriodAirEvaluation ea, PeriodAirEvaluation eb) =>
        new(ea, eb,
            eb.GoodDayRatio - ea.GoodDayRatio,
            eb.GoodDays - ea.GoodDays,
            eb.ComprehensiveIndex?.Sum - ea.ComprehensiveIndex?.Sum);
}
