using System.Globalization;
using EcoGov.Core.Air;
using EcoGov.Core.Text;

namespace EcoGov.Core.Foresight;

/// <summary>Whether an annual target can still be met on the date evaluated.</summary>
public enum ForesightStatus
{
    /// <summary>Still possible: the remaining days must keep within the required figure.</summary>
    Possible,
    /// <summary>Already impossible: no values of the remaining days would do.</summary>
    Impossible,
    /// <summary>Already secured: any values of the remaining days would do (counts only; never for a mean).</summary>
    Secured,
}

/// <summary>What the required figure bounds.</summary>
public enum ForesightRequirementKind
{
    /// <summary>The mean of the remaining days' daily values (SO2, NO2, PM10, PM2.5).</summary>
    MeanOfRemainingDays,
    /// <summary>How many remaining days may exceed the target value (CO P95, O3 P90).</summary>
    ExceedanceDays,
    /// <summary>How many remaining days may be non-good (优良天数比例).</summary>
    NonGoodDays,
    /// <summary>How many remaining days may be heavily polluted (重污染天数).</summary>
    HeavilyPollutedDays,
}

/// <summary>Where the year stands on the date: calendar days elapsed (1 January to the date) and left (to 31 December).</summary>
public sealed record ForesightCalendar(int Year, DateOnly AsOf, int DaysInYear, int DaysSoFar, int DaysLeft)
{
    public static ForesightCalendar For(DateOnly asOf)
    {
        var first = new DateOnly(asOf.Year, 1, 1);
        int inYear = DateTime.IsLeapYear(asOf.Year) ? 366 : 365;
        int soFar = asOf.DayNumber - first.DayNumber + 1;
        return new ForesightCalendar(asOf.Year, asOf, inYear, soFar, inYear - soFar);
    }
}

/// <summary>
/// An annual mean target's requirement on the remaining days.
/// <paramref name="Bound"/> is the largest (or supremum, when <paramref name="Inclusive"/> is false) mean of the
/// remaining valid days that keeps the rounded annual mean at or under the target; <paramref name="Required"/> the
/// largest value at the statistic's shown precision (one decimal more than published) that does, found by search
/// with the rounding rule itself.
/// </summary>
public sealed record MeanForesight(
    Pollutant Pollutant, double Target, decimal PublishedLimit, decimal RoundingBoundary, bool Inclusive,
    int ValidDaysSoFar, decimal? MeanSoFar, decimal? PublishedSoFar, int DaysLeft, int ValidDaysLeft,
    decimal? Bound, decimal? Required, ForesightStatus Status, string Text, string Arithmetic);

/// <summary>A count requirement (exceedance, non-good or heavily polluted days) on the remaining days.</summary>
/// <param name="Allowed">The most remaining days that may still be counted before the target must be missed (null when impossible).</param>
/// <param name="Safe">Percentiles: the most exceedances that keep the statistic within the target however high the year's exceedances are (the order-statistic bound).</param>
public sealed record CountForesight(
    ForesightRequirementKind Kind, double Target, int CountSoFar, int DaysConsidered, int DaysLeft,
    int? Allowed, int? Safe, ForesightStatus Status, string Text, string Arithmetic);

/// <summary>
/// 按目标倒排 (plan-supervision §6): what the rest of the year must achieve for an annual air target to be met,
/// computed exactly from the HJ 663-2013 statistics (air-quality reference §5) with GB/T 8170 rounding of the
/// published value (<see cref="ConcentrationRounding"/>): annual means of valid daily values (SO2, NO2, PM10, PM2.5),
/// the order-statistic percentile (CO P95 of daily means, O3 P90 of daily max 8h means), the good-day ratio
/// (HJ 633 daily AQI ≤ 100) and heavily polluted days (AQI &gt; 200). Pure: the inputs are the city's daily values.
/// </summary>
public static class AnnualAirForesight
{
    private static string N(decimal v) => v.ToString(CultureInfo.InvariantCulture);
    private static string N(double v) => v.ToString(CultureInfo.InvariantCulture);
    /// <summary>A sum of daily values as shown in the arithmetic: at least one decimal, up to four.</summary>
    private static string Sum(decimal v) => Math.Round(v, 4, MidpointRounding.ToEven).ToString("0.0###", CultureInfo.InvariantCulture);
    private static string N1(decimal v) => Math.Round(v, 1, MidpointRounding.ToEven).ToString("0.0", CultureInfo.InvariantCulture);

    /// <summary>The largest published value (µg/m³ integer, CO one decimal) that is at or under the target.</summary>
    public static decimal PublishedLimit(Pollutant pollutant, double target)
    {
        decimal scale = Scale(pollutant);
        return Math.Floor((decimal)target * scale) / scale;
    }

    private static decimal Scale(Pollutant pollutant) => ConcentrationRounding.DecimalPlaces(pollutant) == 0 ? 1m : 10m;

    /// <summary>
    /// The value a statistic may reach and still round (half to even, GB/T 8170) to <paramref name="limit"/> or less:
    /// limit + half a unit of the last place, reached only when the limit's last digit is even (a tie rounds to it).
    /// </summary>
    public static (decimal Boundary, bool Inclusive) RoundingBoundary(Pollutant pollutant, decimal limit)
    {
        decimal scale = Scale(pollutant);
        decimal units = limit * scale;
        return (limit + 0.5m / scale, units % 2 == 0);
    }

    /// <summary>Whether a statistic's published (rounded) value is at or under the target.</summary>
    public static bool Meets(Pollutant pollutant, decimal statistic, double target) =>
        ConcentrationRounding.Round(pollutant, statistic) <= PublishedLimit(pollutant, target);

    /// <summary>Whether a daily value, rounded as the published statistic is, is above the target (an exceedance).</summary>
    public static bool Exceeds(Pollutant pollutant, double dailyValue, double target) =>
        ConcentrationRounding.Round(pollutant, dailyValue) > PublishedLimit(pollutant, target);

    /// <summary>
    /// Annual mean target (HJ 663-2013: arithmetic mean of the valid daily values; published rounded): the largest mean
    /// of the remaining days' daily values for which the year's published mean is at or under <paramref name="target"/>.
    /// With n valid days summing to S so far and r remaining valid days, the year's mean is (S + r·x)/(n + r); it rounds
    /// to the limit L or less exactly when it is ≤ L + ½ unit (L even) or &lt; L + ½ unit (L odd), so
    /// x ≤ ((L + ½)(n + r) − S)/r. <paramref name="validDaysLeft"/> is the assumption on future validity (all remaining
    /// days valid, or the current valid-day ratio).
    /// </summary>
    public static MeanForesight Mean(Pollutant pollutant, double target, IReadOnlyList<double> validValuesSoFar, int daysLeft, int? validDaysLeft = null)
    {
        if (pollutant is Pollutant.CO or Pollutant.O3)
            throw new ArgumentException(CoreText.CoAndO3ArePercentiles().Bilingual, nameof(pollutant));
        ArgumentOutOfRangeException.ThrowIfNegative(daysLeft);
        int r = validDaysLeft ?? daysLeft;
        if (r < 0 || r > daysLeft) throw new ArgumentOutOfRangeException(nameof(validDaysLeft));
        int n = validValuesSoFar.Count;
        decimal sum = 0;
        foreach (var v in validValuesSoFar) sum += (decimal)v;
        decimal limit = PublishedLimit(pollutant, target);
        var (boundary, inclusive) = RoundingBoundary(pollutant, limit);
        decimal? mean = n > 0 ? sum / n : null;
        decimal? published = mean is decimal m ? ConcentrationRounding.Round(pollutant, m) : null;
        string unit = pollutant == Pollutant.CO ? "mg/m³" : "µg/m³";
        string name = PollutantNames.Display(pollutant);
        string cmp = inclusive ? "≤" : "<";
        string so = n > 0
            ? $"已有有效日 {n} 天，日均值之和 {Sum(sum)}，均值 {N1(mean!.Value)}（修约后 {N(published!.Value)}）"
            : "尚无有效日";
        string rule = $"年均值 = 有效日均值的算术平均（HJ 663-2013），按 GB/T 8170 修约至{(Scale(pollutant) == 1 ? "整数" : "一位小数")}；" +
                      $"目标 ≤ {N(target)} ⇔ 修约后 ≤ {N(limit)} ⇔ 年均值 {cmp} {N(boundary)}（{N(limit)} 末位为{(inclusive ? "偶数，恰为 " + N(boundary) + " 时修约为 " + N(limit) : "奇数，恰为 " + N(boundary) + " 时修约进位")}）";

        if (r == 0)
        {
            bool met = published is decimal p && p <= limit;
            var status = published is null ? ForesightStatus.Impossible : met ? ForesightStatus.Secured : ForesightStatus.Impossible;
            string t = published is null ? $"{name} 无有效数据，无法达到目标" : met ? $"{name} 年均值 {N(published.Value)} 已达到目标 ≤ {N(target)}" : $"{name} 年均值 {N(published.Value)} 已超过目标 ≤ {N(target)}";
            return new MeanForesight(pollutant, target, limit, boundary, inclusive, n, mean, published, daysLeft, 0, null, null, status,
                t, $"{so}；剩余有效日 0 天；{rule} → {t}");
        }

        decimal bound = (boundary * (n + r) - sum) / r;
        bool impossible = bound < 0 || (bound == 0 && !inclusive);
        decimal? required = impossible ? null : Search(pollutant, limit, sum, n, r, bound);
        string text = impossible
            ? $"即使剩余 {r} 天 {name} 日均值均为 0，年均值仍 {(inclusive ? ">" : "≥")} {N(boundary)}，目标 ≤ {N(target)} 已无法完成"
            : $"剩余 {r} 天 {name} 平均浓度需控制在 {N(required!.Value)} {(unit == "mg/m³" ? "毫克" : "微克")}/立方米以下";
        string arithmetic = $"{so}；全年有效日 {n} + {r} = {n + r} 天；{rule} → 剩余 {r} 天日均值 x 须满足 ({Sum(sum)} + {r}·x)/{n + r} {cmp} {N(boundary)}，" +
                            $"即 x {cmp} ({N(boundary)} × {n + r} − {Sum(sum)})/{r} = {Math.Round(bound, 4, MidpointRounding.ToEven).ToString(CultureInfo.InvariantCulture)}" +
                            (impossible ? "，小于 0：已无法完成" : $"；按一位小数取 {N(required!.Value)}（修约后年均值 ≤ {N(limit)}）");
        return new MeanForesight(pollutant, target, limit, boundary, inclusive, n, mean, published, daysLeft, r, bound, required,
            impossible ? ForesightStatus.Impossible : ForesightStatus.Possible, text, arithmetic);
    }

    /// <summary>
    /// The largest value at one decimal more than published (0.1 µg/m³, CO 0.01 mg/m³) for which a remaining mean of
    /// exactly that value keeps the rounded annual mean at or under the limit: start at the exact bound cut to that
    /// precision, then check with the rounding rule itself (step down while it fails, up while the next passes).
    /// </summary>
    private static decimal Search(Pollutant pollutant, decimal limit, decimal sum, int n, int r, decimal bound)
    {
        decimal step = 0.1m / Scale(pollutant);
        decimal x = Math.Floor(bound / step) * step;
        bool Ok(decimal y) => y >= 0 && ConcentrationRounding.Round(pollutant, (sum + y * r) / (n + r)) <= limit;
        while (x >= 0 && !Ok(x)) x -= step;
        while (Ok(x + step)) x += step;
        return x < 0 ? 0 : x;
    }

    /// <summary>
    /// Percentile target (HJ 663-2013: X_p with k = 1 + (N − 1)·p/100, s = ⌊k⌋, X_p = X(s) + (X(s+1) − X(s))(k − s);
    /// N = the year's valid days): how many remaining days may exceed the target value (a daily value whose rounding
    /// is above it). With m exceedances in the year, sorted ascending they take the places N − m + 1 … N; once
    /// m ≥ N − s + 1, X(s) exceeds and so does X_p (≥ X(s)): the year's statistic must be above the target. At most
    /// N − s exceedances can still leave it within; at most N − s − 1 (N − s when k is whole) keep it within however
    /// high they are, since then X(s+1) does not exceed and X_p ≤ X(s+1).
    /// </summary>
    public static CountForesight Percentile(Pollutant pollutant, double target, int percentile, IReadOnlyList<double> validValuesSoFar, int daysLeft, int? validDaysLeft = null)
    {
        if (pollutant is not (Pollutant.CO or Pollutant.O3))
            throw new ArgumentException(CoreText.OnlyCoAndO3ArePercentiles().Bilingual, nameof(pollutant));
        if (percentile is <= 0 or > 100) throw new ArgumentOutOfRangeException(nameof(percentile));
        ArgumentOutOfRangeException.ThrowIfNegative(daysLeft);
        int r = validDaysLeft ?? daysLeft;
        if (r < 0 || r > daysLeft) throw new ArgumentOutOfRangeException(nameof(validDaysLeft));
        int n = validValuesSoFar.Count;
        int total = n + r;
        int m = validValuesSoFar.Count(v => Exceeds(pollutant, v, target));
        string name = PollutantNames.Display(pollutant);
        decimal limit = PublishedLimit(pollutant, target);
        string stat = pollutant == Pollutant.O3 ? $"日最大8小时平均第{percentile}百分位数" : $"日均值第{percentile}百分位数";
        if (total == 0)
            return new CountForesight(ForesightRequirementKind.ExceedanceDays, target, 0, 0, daysLeft, null, null, ForesightStatus.Impossible,
                $"{name} 全年无有效日，无法计算{stat}", "全年有效日 0 天");
        if (r == 0)
        {
            // The year is complete: its statistic decides.
            decimal published = ConcentrationRounding.Round(pollutant, Hj663Percentile.Compute(validValuesSoFar, percentile));
            bool met = published <= limit;
            string done = met ? $"{name} {stat} {N(published)} 已达到目标 ≤ {N(target)}" : $"{name} {stat} {N(published)} 已超过目标 ≤ {N(target)}";
            return new CountForesight(ForesightRequirementKind.ExceedanceDays, target, m, total, daysLeft, met ? 0 : null, met ? 0 : null,
                met ? ForesightStatus.Secured : ForesightStatus.Impossible, done,
                $"全年有效日 N = {n}，其中日值修约后超过目标的 {m} 天；剩余有效日 0 天；HJ 663-2013 百分位数修约后为 {N(published)} → {done}");
        }
        // k = 1 + (N − 1)·p/100 in whole numbers: s = 1 + ⌊(N − 1)·p / 100⌋, k whole when (N − 1)·p is a multiple of 100.
        long q = (long)(total - 1) * percentile;
        int s = 1 + (int)(q / 100);
        bool whole = q % 100 == 0;
        string k = (1 + q / 100m).ToString(CultureInfo.InvariantCulture);
        int mustAt = total - s + 1;
        int allowedTotal = total - s;
        int safeTotal = whole ? total - s : total - s - 1;
        int allowed = allowedTotal - m, safe = Math.Max(-1, safeTotal - m);
        var status = allowed < 0 ? ForesightStatus.Impossible : safe >= r ? ForesightStatus.Secured : ForesightStatus.Possible;
        int? allowedOut = allowed < 0 ? null : Math.Min(allowed, r);
        int? safeOut = allowed < 0 ? null : Math.Min(Math.Max(safe, 0), r);
        string text = status switch
        {
            ForesightStatus.Impossible => $"已有超过目标的日数 {m} 天，{stat}必然超过目标 {N(target)}，已无法完成",
            ForesightStatus.Secured => $"剩余 {r} 天即使全部超过目标 {N(target)}，{stat}仍在目标以内，已确保完成",
            _ => $"剩余 {r} 天中 {name} 日值超过 {N(limit)} 的天数不得超过 {allowedOut} 天" +
                 (safeOut != allowedOut ? $"（超过 {safeOut} 天时，取决于超标日的浓度）" : ""),
        };
        string arithmetic =
            $"已有有效日 {n} 天，其中日值修约后超过目标 {N(target)} 的 {m} 天；全年有效日 N = {n} + {r} = {total}；" +
            $"HJ 663-2013：k = 1 + (N − 1)·{percentile}/100 = {k}，s = {s}，X_p = X(s) + (X(s+1) − X(s))·(k − s)；" +
            $"全年超标日达 N − s + 1 = {mustAt} 天时 X(s) 超标，{stat}必然超过目标；" +
            $"至多 N − s = {allowedTotal} 天超标时仍可能达标" +
            (whole ? "（k 为整数，X_p = X(s)，不超标即达标）" : $"，至多 {safeTotal} 天超标时无论超标日浓度多高均达标（X(s+1) 不超标）") +
            $" → 剩余 {r} 天可超标 {(allowedOut is int a ? a.ToString(CultureInfo.InvariantCulture) : "—（已无法完成）")} 天";
        return new CountForesight(ForesightRequirementKind.ExceedanceDays, target, m, total, daysLeft, allowedOut, safeOut, status, text, arithmetic);
    }

    /// <summary>
    /// The good-day ratio as published: good days / days with a valid AQI, in per cent to one decimal (as the progress
    /// reports show it).
    /// </summary>
    public static double GoodDayPercent(int good, int withAqi) => Math.Round((double)((decimal)good / withAqi) * 100, 1);

    /// <summary>
    /// 优良天数比例 target (≥ <paramref name="targetPercent"/> %; good day = HJ 633 daily AQI ≤ 100): the most remaining
    /// days that may be non-good, searching the counts 0 … r with the published ratio (assumes every remaining day
    /// has a valid AQI).
    /// </summary>
    public static CountForesight GoodDays(double targetPercent, int goodSoFar, int withAqiSoFar, int daysLeft)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(daysLeft);
        if (goodSoFar < 0 || goodSoFar > withAqiSoFar) throw new ArgumentOutOfRangeException(nameof(goodSoFar));
        int total = withAqiSoFar + daysLeft;
        int nonGoodSoFar = withAqiSoFar - goodSoFar;
        bool Ok(int b) => total > 0 && GoodDayPercent(goodSoFar + daysLeft - b, total) >= targetPercent;
        int? allowed = null;
        for (int b = daysLeft; b >= 0; b--)
            if (Ok(b)) { allowed = b; break; }
        var status = allowed is null ? ForesightStatus.Impossible : allowed == daysLeft ? ForesightStatus.Secured : ForesightStatus.Possible;
        string text = status switch
        {
            ForesightStatus.Impossible => $"即使剩余 {daysLeft} 天全部优良，优良天数比例仍低于 {N(targetPercent)}%，已无法完成",
            ForesightStatus.Secured => $"剩余 {daysLeft} 天即使全部非优良，优良天数比例仍不低于 {N(targetPercent)}%，已确保完成",
            _ => $"剩余 {daysLeft} 天中非优良天数不得超过 {allowed} 天",
        };
        string ratioAt = allowed is int a ? $"{goodSoFar + daysLeft - a}/{total} = {N(GoodDayPercent(goodSoFar + daysLeft - a, total))}%" : "—";
        string next = allowed is int a2 && a2 < daysLeft ? $"；再多 1 天：{goodSoFar + daysLeft - a2 - 1}/{total} = {N(GoodDayPercent(goodSoFar + daysLeft - a2 - 1, total))}% < {N(targetPercent)}%" : "";
        string arithmetic = $"已有有效 AQI 日 {withAqiSoFar} 天，其中优良 {goodSoFar} 天、非优良 {nonGoodSoFar} 天；全年 {total} 天（剩余 {daysLeft} 天均有有效 AQI）；" +
                            $"优良天数比例 = 优良天数/有效天数（HJ 633 日 AQI ≤ 100，百分数保留一位小数），目标 ≥ {N(targetPercent)}% → " +
                            $"剩余非优良 b 天时比例 = ({goodSoFar} + {daysLeft} − b)/{total}；最大 b = {(allowed is int b3 ? b3.ToString(CultureInfo.InvariantCulture) : "无（b = 0 亦不达标）")}（{ratioAt}{next}）";
        return new CountForesight(ForesightRequirementKind.NonGoodDays, targetPercent, nonGoodSoFar, total, daysLeft, allowed, allowed, status, text, arithmetic);
    }

    /// <summary>重污染天数 target (≤ <paramref name="targetDays"/> days a year; heavily polluted = daily AQI &gt; 200).</summary>
    public static CountForesight HeavilyPollutedDays(int targetDays, int heavySoFar, int daysLeft)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(daysLeft);
        int left = targetDays - heavySoFar;
        int? allowed = left < 0 ? null : Math.Min(left, daysLeft);
        var status = left < 0 ? ForesightStatus.Impossible : left >= daysLeft ? ForesightStatus.Secured : ForesightStatus.Possible;
        string text = status switch
        {
            ForesightStatus.Impossible => $"已有重污染天 {heavySoFar} 天，超过目标 {targetDays} 天，已无法完成",
            ForesightStatus.Secured => $"剩余 {daysLeft} 天即使全部重污染，仍不超过目标 {targetDays} 天",
            _ => $"剩余 {daysLeft} 天中重污染天数不得超过 {allowed} 天",
        };
        return new CountForesight(ForesightRequirementKind.HeavilyPollutedDays, targetDays, heavySoFar, heavySoFar + daysLeft, daysLeft, allowed, allowed, status, text,
            $"已有重污染天（HJ 633 日 AQI > 200）{heavySoFar} 天；目标全年 ≤ {targetDays} 天 → 剩余 {daysLeft} 天可有 {targetDays} − {heavySoFar} = {left} 天" +
            (left < 0 ? "：已无法完成" : left >= daysLeft ? "，不少于剩余天数：已确保完成" : ""));
    }
}
