using System.Globalization;
using EcoGov.Core.Air;
using EcoGov.Core.Text;

namespace EcoGov.Core.Foresight;

/// <summary>What a year statistic is: a pollutant's HJ 663 statistic, the good-day ratio or the heavily polluted days.</summary>
public enum YearStatisticKind
{
    /// <summary>A pollutant's annual statistic: mean (SO2, NO2, PM10, PM2.5), CO P95, O3 P90 — published rounded.</summary>
    Pollutant,
    /// <summary>优良天数比例 in per cent to one decimal.</summary>
    GoodDayRatio,
    /// <summary>重污染天数.</summary>
    HeavilyPollutedDays,
}

/// <summary>A statistic of the year as the annual evaluation publishes it.</summary>
public sealed record YearStatistic(YearStatisticKind Kind, Pollutant? Pollutant = null)
{
    public static YearStatistic Of(Pollutant pollutant) => new(YearStatisticKind.Pollutant, pollutant);
    public static readonly YearStatistic GoodDayRatio = new(YearStatisticKind.GoodDayRatio);
    public static readonly YearStatistic HeavilyPollutedDays = new(YearStatisticKind.HeavilyPollutedDays);

    /// <summary>The six pollutant statistics, the good-day ratio and the heavily polluted days.</summary>
    public static readonly IReadOnlyList<YearStatistic> All =
    [
        .. PeriodAirEvaluator.Basis.Select(b => Of(b.Pollutant)), GoodDayRatio, HeavilyPollutedDays,
    ];

    /// <summary>A short stable name: the pollutant's display name, "goodDayRatio" or "heavilyPollutedDays".</summary>
    public string Name => Kind switch
    {
        YearStatisticKind.Pollutant => PollutantNames.Display(Pollutant!.Value),
        YearStatisticKind.GoodDayRatio => "goodDayRatio",
        _ => "heavilyPollutedDays",
    };

    /// <summary>The published value of the statistic in an evaluation (null when it has no valid day).</summary>
    public decimal? ValueIn(PeriodAirEvaluation e) => Kind switch
    {
        YearStatisticKind.Pollutant => e.Statistic(Pollutant!.Value).Published,
        YearStatisticKind.GoodDayRatio => e.DaysWithValidAqi > 0 ? (decimal)AnnualAirForesight.GoodDayPercent(e.GoodDays, e.DaysWithValidAqi) : null,
        _ => e.DaysWithValidAqi > 0 ? e.HeavilyPollutedDays : null,
    };

    /// <summary>Whether a published value meets a target: ≤ for concentrations and heavily polluted days, ≥ for the good-day ratio.</summary>
    public bool Meets(decimal value, double target) => Kind switch
    {
        YearStatisticKind.Pollutant => value <= AnnualAirForesight.PublishedLimit(Pollutant!.Value, target),
        YearStatisticKind.GoodDayRatio => (double)value >= target,
        _ => value <= (decimal)Math.Floor(target),
    };

    /// <summary>Rounds a derived figure (a median or percentile of values) as the statistic is shown.</summary>
    public decimal Round(double value) => Kind == YearStatisticKind.Pollutant
        ? ConcentrationRounding.Round(Pollutant!.Value, value)
        : Math.Round((decimal)value, 1, MidpointRounding.ToEven);

    /// <summary>Whether a day has a value counting for the statistic (a valid daily value; for days, a daily AQI).</summary>
    internal bool Counts(DailyAirValues d, AqiStandard aqi) => Kind == YearStatisticKind.Pollutant
        ? d.DailyValue(Pollutant!.Value) is not null
        : AqiCalculator.DailyAqi(aqi, d) is not null;
}

/// <summary>Which basis a projection's value, interval and pMeet rest on.</summary>
public enum ProjectionBasis
{
    /// <summary>(a) the remaining days taken from the same calendar days of each past year in the store.</summary>
    PastYears,
    /// <summary>The year is complete: the value is the year's own.</summary>
    Complete,
    /// <summary>No past year has enough data for the remaining days: no projection.</summary>
    None,
}

/// <summary>One past year's completion: this year's days so far + that year's remaining calendar days, evaluated.</summary>
/// <param name="Level">How the past year's days were brought to this year's level for the statistic (the factor shown).</param>
public sealed record YearCompletion(int Year, int DaysTaken, decimal Value, bool? Meets, Message? Level = null);

/// <summary>
/// The projected year-end value of one statistic. Under <see cref="ProjectionBasis.PastYears"/>: <see cref="Value"/> the
/// median of the completions' published values, <see cref="Low"/>/<see cref="High"/> their 80 % prediction interval
/// (<see cref="AnnualAirProjection.PredictionInterval"/>; null with one completion), <see cref="PMeet"/> the share of completions meeting the target. <see cref="ByMonthlyTargets"/>
/// (b): the remaining days at the plan's monthly targets (annual means only); <see cref="AtCurrentPace"/> (c): the rest
/// of the year like the year so far.
/// </summary>
public sealed record StatisticProjection(
    YearStatistic Statistic, double? Target, ProjectionBasis Basis, IReadOnlyList<YearCompletion> Completions,
    decimal? Value, decimal? Low, decimal? High, double? PMeet, decimal? ByMonthlyTargets, decimal? AtCurrentPace,
    Message Text, Message Arithmetic)
{
    public int Years => Completions.Count;
}

/// <summary>
/// Issue 14 item 2: the year-end value of the annual air statistics if the rest of the year follows the same calendar
/// days of past years, the plan's monthly targets, or the year's pace so far. Each completed year is evaluated by the
/// annual evaluation itself (<see cref="PeriodAirEvaluator"/>: HJ 663 means and percentiles of the valid days, GB/T 8170
/// rounding, HJ 633 good and heavily polluted days). Pure: city daily values in, figures out.
/// </summary>
public static class AnnualAirProjection
{
    /// <summary>A past year counts for a statistic when it has a counting day on at least this share of the remaining days.</summary>
    public const double MinPastCoverage = 0.5;

    /// <summary>
    /// The weight of this year's level in the level factor: w = d / (d + <see cref="LevelShrinkDays"/>) for d days so far,
    /// so that a month's ratio counts about a third and half a year's three quarters.
    /// </summary>
    public const double LevelShrinkDays = 60;

    /// <summary>The level rule as the arithmetic states it.</summary>
    public static Message LevelRuleText => CoreText.ProjectionLevelRule(LevelShrinkDays);

    /// <summary>The level rule in Chinese (<see cref="LevelRuleText"/>), as a document quotes it.</summary>
    public static string LevelRule => LevelRuleText.Format(Message.Chinese);

    /// <summary>Student's t quantile 0.90 by degrees of freedom 1 … 10 (the two-sided 80 % interval), beyond that 1.372 and less.</summary>
    private static readonly double[] T90 = [3.078, 1.886, 1.638, 1.533, 1.476, 1.440, 1.415, 1.397, 1.383, 1.372, 1.363, 1.356, 1.350, 1.345, 1.341];

    /// <summary>
    /// The 80 % prediction interval of one more year from n completions (n ≥ 2): median ± t(0.90, n − 1) · s · √(1 + 1/n), s the
    /// completions' sample standard deviation — the interval a new draw from the same normal population falls in with
    /// probability 0.8, which the 10th–90th percentile of a few values is not (it is too narrow: the backtest in
    /// docs/foresight.md). Null for one completion.
    /// </summary>
    public static (double Low, double High, double T, double Sd)? PredictionInterval(IReadOnlyList<double> values)
    {
        int n = values.Count;
        if (n < 2) return null;
        double mean = values.Average();
        double sd = Math.Sqrt(values.Sum(v => (v - mean) * (v - mean)) / (n - 1));
        double t = T90[Math.Min(n - 1, T90.Length) - 1];
        double half = t * sd * Math.Sqrt(1 + 1.0 / n);
        double centre = Hj663Percentile.Compute(values, 50);
        return (centre - half, centre + half, t, sd);
    }

    /// <summary>
    /// How a past year's remaining days are brought to this year's level: per pollutant the ratio of this year's mean of the
    /// valid daily values so far to the past year's mean over the same calendar days, raised to w = d/(d + 60) (d the days
    /// so far); 1 when either has no valid day.
    /// </summary>
    internal static LevelFactors LevelFactors(IReadOnlyList<DailyAirValues> own, IReadOnlyList<DailyAirValues> pastDays, int pastYear, DateOnly asOf)
    {
        var span = pastDays.Where(d => d.Date.Year == pastYear && !(d.Date.Month == 2 && d.Date.Day == 29 && !DateTime.IsLeapYear(asOf.Year))
                                       && new DateOnly(asOf.Year, d.Date.Month, d.Date.Day) <= asOf).ToList();
        double w = own.Count / (own.Count + LevelShrinkDays);
        var ratios = new Dictionary<Pollutant, (double Own, double Past, double Factor)>();
        foreach (var p in PeriodAirEvaluator.Basis.Select(b => b.Pollutant))
        {
            var a = own.Select(d => d.DailyValue(p)).OfType<double>().ToList();
            var b = span.Select(d => d.DailyValue(p)).OfType<double>().ToList();
            if (a.Count == 0 || b.Count == 0 || a.Average() <= 0 || b.Average() <= 0) continue;
            ratios[p] = (a.Average(), b.Average(), Math.Pow(a.Average() / b.Average(), w));
        }
        return new LevelFactors(ratios, w);
    }

    private static string N(decimal v) => v.ToString(CultureInfo.InvariantCulture);

    /// <summary>
    /// Completes the year of <paramref name="asOf"/> with each past year, evaluates every completion once, and projects
    /// each statistic. <paramref name="soFar"/>: the city's days of the year up to <paramref name="asOf"/>;
    /// <paramref name="pastYears"/>: the city's days of earlier years (any span; only the calendar days after
    /// <paramref name="asOf"/>'s month and day are taken; 29 February of a common year is missing).
    /// </summary>
    public static AnnualAirProjectionSet Prepare(DateOnly asOf, IReadOnlyList<DailyAirValues> soFar,
        IReadOnlyDictionary<int, IReadOnlyList<DailyAirValues>> pastYears, AirEvaluationStandard standard)
    {
        var first = new DateOnly(asOf.Year, 1, 1);
        var last = new DateOnly(asOf.Year, 12, 31);
        var own = soFar.Where(d => d.Date >= first && d.Date <= asOf).ToList();
        var soFarEval = PeriodAirEvaluator.Evaluate(own, first, asOf, standard);
        var completions = new List<(int Year, List<DailyAirValues> Taken, LevelFactors Factors, PeriodAirEvaluation Eval)>();
        if (asOf < last)
        {
            foreach (var (year, days) in pastYears.OrderBy(kv => kv.Key))
            {
                if (year >= asOf.Year) continue;
                var taken = new List<DailyAirValues>();
                foreach (var d in days)
                {
                    if (d.Date.Year != year) continue;
                    if (d.Date.Month == 2 && d.Date.Day == 29 && !DateTime.IsLeapYear(asOf.Year)) continue;
                    var date = new DateOnly(asOf.Year, d.Date.Month, d.Date.Day);
                    if (date <= asOf) continue;
                    taken.Add(d with { Date = date });
                }
                if (taken.Count == 0) continue;
                var factors = LevelFactors(own, days, year, asOf);
                taken = [.. taken.Select(d => factors.Scale(d))];
                completions.Add((year, taken, factors, PeriodAirEvaluator.Evaluate(own.Concat(taken), first, last, standard)));
            }
        }
        return new AnnualAirProjectionSet(asOf, standard, own, soFarEval, completions);
    }

    /// <summary>As <see cref="AnnualAirProjectionSet.Project"/>.</summary>
    public static StatisticProjection Project(DateOnly asOf, IReadOnlyList<DailyAirValues> soFar,
        IReadOnlyDictionary<int, IReadOnlyList<DailyAirValues>> pastYears, AirEvaluationStandard standard,
        YearStatistic statistic, double? target, IReadOnlyDictionary<int, double>? monthlyTargets = null) =>
        Prepare(asOf, soFar, pastYears, standard).Project(statistic, target, monthlyTargets);

    /// <summary>A value of the statistic as the explanations show it: a string, or a message for a number of days.</summary>
    internal static object Show(YearStatistic s, decimal v) => s.Kind switch
    {
        YearStatisticKind.GoodDayRatio => N(v) + "%",
        YearStatisticKind.HeavilyPollutedDays => CoreText.ProjectionDays(N(v)),
        _ => N(v),
    };
}

/// <summary>The completions of one year on one date, ready to project any statistic (each completion evaluated once).</summary>
public sealed class AnnualAirProjectionSet
{
    private readonly List<DailyAirValues> soFar;
    private readonly PeriodAirEvaluation soFarEvaluation;
    private readonly List<(int Year, List<DailyAirValues> Taken, LevelFactors Factors, PeriodAirEvaluation Eval)> completions;

    internal AnnualAirProjectionSet(DateOnly asOf, AirEvaluationStandard standard, List<DailyAirValues> soFar, PeriodAirEvaluation soFarEvaluation,
        List<(int Year, List<DailyAirValues> Taken, LevelFactors Factors, PeriodAirEvaluation Eval)> completions)
    {
        AsOf = asOf;
        Standard = standard;
        Calendar = ForesightCalendar.For(asOf);
        this.soFar = soFar;
        this.soFarEvaluation = soFarEvaluation;
        this.completions = completions;
    }

    public DateOnly AsOf { get; }
    public AirEvaluationStandard Standard { get; }
    public ForesightCalendar Calendar { get; }

    /// <summary>The past years that supplied at least one remaining day.</summary>
    public IReadOnlyList<int> PastYears => completions.Select(c => c.Year).ToList();

    /// <summary>
    /// The projection of one statistic. Basis (a) uses the past years whose remaining days count for the statistic on
    /// at least <see cref="AnnualAirProjection.MinPastCoverage"/> of the days left; with none, the basis is
    /// <see cref="ProjectionBasis.None"/> and value, interval and pMeet are null. <paramref name="monthlyTargets"/>
    /// (month → the plan's monthly target of the pollutant) gives (b) for annual means when every remaining month has one.
    /// </summary>
    public StatisticProjection Project(YearStatistic statistic, double? target, IReadOnlyDictionary<int, double>? monthlyTargets = null)
    {
        var cal = Calendar;
        object name = statistic.Kind switch
        {
            YearStatisticKind.Pollutant => PollutantNames.Display(statistic.Pollutant!.Value),
            YearStatisticKind.GoodDayRatio => CoreText.StatisticGoodDayRatio(),
            _ => CoreText.StatisticHeavilyPollutedDays(),
        };
        decimal? pace = Pace(statistic);
        decimal? byMonthly = ByMonthlyTargets(statistic, monthlyTargets);
        object scenarioB = byMonthly is decimal bm ? CoreText.ProjectionScenarioMonthlyTargets(AnnualAirProjection.Show(statistic, bm)) : "";
        object scenarioC = pace is decimal pc ? CoreText.ProjectionScenarioPace(AnnualAirProjection.Show(statistic, pc)) : "";

        if (cal.DaysLeft == 0)
        {
            var v = statistic.ValueIn(soFarEvaluation);
            bool? meets = v is decimal x && target is double t ? statistic.Meets(x, t) : null;
            return new StatisticProjection(statistic, target, ProjectionBasis.Complete, [], v, v, v,
                meets is bool m ? (m ? 1 : 0) : null, null, v,
                v is decimal y ? CoreText.ProjectionYearComplete(name, AnnualAirProjection.Show(statistic, y)) : CoreText.ProjectionYearCompleteNoData(name),
                CoreText.ProjectionYearCompleteNoProjection());
        }

        int need = (int)Math.Ceiling(cal.DaysLeft * AnnualAirProjection.MinPastCoverage);
        var used = new List<YearCompletion>();
        var skipped = new List<Message>();
        foreach (var (year, taken, factors, eval) in completions)
        {
            int counting = taken.Count(d => statistic.Counts(d, Standard.Aqi));
            var v = statistic.ValueIn(eval);
            if (counting < need || v is null)
            {
                skipped.Add(CoreText.ProjectionSkippedYear(year, counting));
                continue;
            }
            used.Add(new YearCompletion(year, counting, v.Value, target is double t ? statistic.Meets(v.Value, t) : null, factors.Describe(statistic)));
        }
        var from = AsOf.AddDays(1);
        var rule = CoreText.ProjectionRule(CalendarDate.ToText(AsOf), from.Month, from.Day, cal.DaysLeft, need);
        if (used.Count == 0)
        {
            var why = completions.Count == 0
                ? CoreText.ProjectionNoPastYears()
                : CoreText.ProjectionPastYearsTooFew(skipped.Aggregate(CoreText.ListEnumeration), need);
            return new StatisticProjection(statistic, target, ProjectionBasis.None, [], null, null, null, null, byMonthly, pace,
                CoreText.ProjectionNone(why), CoreText.ProjectionNoneArithmetic(rule, why, scenarioB, scenarioC));
        }
        var values = used.Select(u => (double)u.Value).ToArray();
        decimal value = statistic.Round(Hj663Percentile.Compute(values, 50));
        var interval = AnnualAirProjection.PredictionInterval(values);
        decimal? low = interval is { } iv ? statistic.Round(Math.Max(0, iv.Low)) : null;
        decimal? high = interval is { } iv2 ? statistic.Round(iv2.High) : null;
        double? pMeet = target is null ? null : Math.Round((double)used.Count(u => u.Meets == true) / used.Count, 2);
        object shownLow = low is decimal lo ? AnnualAirProjection.Show(statistic, lo) : "", shownHigh = high is decimal hi ? AnnualAirProjection.Show(statistic, hi) : "";
        object median = AnnualAirProjection.Show(statistic, value);
        var text = CoreText.ProjectionText(used.Count, name, median,
            low is not null && high is not null ? CoreText.ProjectionInterval(shownLow, shownHigh) : "",
            pMeet is double pm ? CoreText.ProjectionProbability(Math.Round(pm * 100)) : "");
        var completed = used.Select(u => CoreText.ProjectionCompletion(u.Year, u.Level ?? CoreText.ProjectionNotLevelled(), AnnualAirProjection.Show(statistic, u.Value),
            u.Meets is bool ok ? (ok ? CoreText.ProjectionMeets() : CoreText.ProjectionFails()) : "")).Aggregate(CoreText.ListItems);
        var arithmetic = CoreText.ProjectionArithmetic(rule, AnnualAirProjection.LevelRuleText, completed,
            skipped.Count > 0 ? CoreText.ProjectionSkipped(skipped.Aggregate(CoreText.ListEnumeration)) : "",
            median,
            interval is { } pi
                ? CoreText.ProjectionPredictionInterval(used.Count - 1, used.Count, median, pi.T, Math.Round(pi.Sd, 3), Math.Round(Math.Sqrt(1 + 1.0 / used.Count), 3), shownLow, shownHigh)
                : CoreText.ProjectionOneYear(),
            pMeet is double p2 ? CoreText.ProjectionMeetShare(used.Count(u => u.Meets == true), used.Count, p2) : "",
            scenarioB, scenarioC);
        return new StatisticProjection(statistic, target, ProjectionBasis.PastYears, used, value, low, high, pMeet, byMonthly, pace, text, arithmetic);
    }

    /// <summary>
    /// (c) The current pace: the rest of the year like the year so far — for a mean, percentile or ratio the statistic
    /// of the days so far; for heavily polluted days the count so far scaled to the year (days so far → days in the year).
    /// </summary>
    private decimal? Pace(YearStatistic statistic)
    {
        var v = statistic.ValueIn(soFarEvaluation);
        if (v is null || statistic.Kind != YearStatisticKind.HeavilyPollutedDays) return v;
        return Math.Round(v.Value * Calendar.DaysInYear / Calendar.DaysSoFar, 1, MidpointRounding.ToEven);
    }

    /// <summary>
    /// (b) Annual means only: every remaining day at its month's target (a month's mean equal to its target), every
    /// day assumed valid; null when a remaining month has no target or the statistic is not an annual mean.
    /// </summary>
    private decimal? ByMonthlyTargets(YearStatistic statistic, IReadOnlyDictionary<int, double>? monthly)
    {
        if (monthly is null || statistic.Kind != YearStatisticKind.Pollutant || statistic.Pollutant is Pollutant.CO or Pollutant.O3) return null;
        var p = statistic.Pollutant!.Value;
        var rest = new List<DailyAirValues>();
        for (var d = AsOf.AddDays(1); d.Year == AsOf.Year; d = d.AddDays(1))
        {
            if (!monthly.TryGetValue(d.Month, out var t)) return null;
            rest.Add(Only(d, p, t));
        }
        var eval = PeriodAirEvaluator.Evaluate(soFar.Select(x => Only(x.Date, p, x.DailyValue(p))).Concat(rest),
            new DateOnly(AsOf.Year, 1, 1), new DateOnly(AsOf.Year, 12, 31), Standard);
        return eval.Statistic(p).Published;
    }

    private static DailyAirValues Only(DateOnly date, Pollutant p, double? v) => new(date,
        p == Pollutant.SO2 ? v : null, p == Pollutant.NO2 ? v : null, p == Pollutant.CO ? v : null,
        p == Pollutant.PM10 ? v : null, p == Pollutant.PM25 ? v : null, p == Pollutant.O3 ? v : null, null);
}

/// <summary>The level factors of one past year (pollutant → this year's mean so far, the past year's, the factor) and the weight.</summary>
internal sealed record LevelFactors(IReadOnlyDictionary<Pollutant, (double Own, double Past, double Factor)> Ratios, double Weight)
{
    private double F(Pollutant p) => Ratios.TryGetValue(p, out var r) ? r.Factor : 1;

    public DailyAirValues Scale(DailyAirValues d) => d with
    {
        So2 = d.So2 * F(Pollutant.SO2),
        No2 = d.No2 * F(Pollutant.NO2),
        Co = d.Co * F(Pollutant.CO),
        Pm10 = d.Pm10 * F(Pollutant.PM10),
        Pm25 = d.Pm25 * F(Pollutant.PM25),
        O3Max8h = d.O3Max8h * F(Pollutant.O3),
        O3Max1h = d.O3Max1h * F(Pollutant.O3),
    };

    /// <summary>The factor of the statistic's pollutant as the arithmetic shows it ("（PM2.5 × (37.6/30.0)^0.75 = 1.184）"); all for day counts.</summary>
    public Message Describe(YearStatistic statistic)
    {
        static string One(Pollutant p, (double Own, double Past, double Factor) r, double w) => string.Create(CultureInfo.InvariantCulture,
            $"{PollutantNames.Display(p)} × ({Math.Round(r.Own, 1)}/{Math.Round(r.Past, 1)})^{Math.Round(w, 2)} = {Math.Round(r.Factor, 3)}");
        if (statistic.Kind == YearStatisticKind.Pollutant)
            return Ratios.TryGetValue(statistic.Pollutant!.Value, out var r)
                ? CoreText.ProjectionLevelFactors(CoreText.Literal(One(statistic.Pollutant.Value, r, Weight)))
                : CoreText.ProjectionNotLevelled();
        return Ratios.Count == 0
            ? CoreText.ProjectionNotLevelled()
            : CoreText.ProjectionLevelFactors(Ratios.Select(kv => CoreText.Literal(One(kv.Key, kv.Value, Weight))).Aggregate(CoreText.ListItems));
    }
}
