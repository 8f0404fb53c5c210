using System.Globalization;
using EcoGov.Core.Water;

namespace EcoGov.Core.Foresight;

/// <summary>
/// What the remaining months must hold one item of a section to. <see cref="Bound"/>: the exact limit of the mean of the
/// remaining months' values — at most (≤ items), at least (DO) — that keeps the annual mean within the target class;
/// <see cref="Low"/>/<see cref="High"/> for pH. <see cref="WorstClass"/>: the worst class (Ⅰ..Ⅴ) whose limit is within the
/// bound, so that remaining months in that class or better keep the item within target; null when even class Ⅰ's limit
/// is not (the remaining months must be better than class Ⅰ's limit), or for pH.
/// </summary>
public sealed record WaterItemRequirement(
    string Code, string Name, string Unit, LimitDirection Direction, int MonthsSoFar, decimal SumSoFar, decimal? MeanSoFar,
    double Limit, decimal? Bound, decimal? Low, decimal? High, int? WorstClass, ForesightStatus Status, string Text, string Arithmetic);

/// <summary>
/// A section's 按目标倒排 on a date: the months so far and left, the class so far, the class the remaining months must
/// reach (<see cref="RequiredClass"/>: the best of the items' <see cref="WaterItemRequirement.WorstClass"/>; null when an
/// item needs better than class Ⅰ's limit or none can be stated), each item's bound, the status.
/// </summary>
public sealed record WaterSectionForesightResult(
    int TargetClass, int MonthsSoFar, int MonthsLeft, IReadOnlyList<int> MissingMonths, int? ClassSoFar, int? RequiredClass,
    ForesightStatus Status, IReadOnlyList<WaterItemRequirement> Items, string Text, string Arithmetic);

/// <summary>
/// Issue 14 item 1, water: the classes the remaining months of the year must reach for a section to meet its target class
/// under the annual assessment rule (2011 evaluation method "Periods", as <see cref="WaterTargetProgress"/> applies it): the
/// annual value of an item is the mean of its monthly values (each month the mean of its samples), the section's class the
/// worst item class (single-factor method), met when no worse than the target. So the target holds exactly when every
/// classifying item's annual mean is within the target class's limit: for an item with k monthly values summing S so far
/// and n months left, the remaining months' mean x must satisfy (S + n·x)/(k + n) ≤ L, i.e. x ≤ (L·(k + n) − S)/n
/// (≥ for DO; both ends of 6–9 for pH). Means are not rounded (the method gives no rounding rule), so the bound is exact.
/// Assumptions, stated in the result: each remaining month has one valid value of each item measured so far; items not
/// measured so far are left out; a month that has ended without a sample is missing (it does not count in the annual mean).
/// </summary>
public static class WaterSectionForesight
{
    public static WaterSectionForesightResult Compute(SurfaceWaterStandard standard, WaterBodyKind kind, int targetClass,
        IEnumerable<WaterSample> samples, DateOnly asOf)
    {
        if (targetClass is < WaterClass.I or > WaterClass.V)
            throw new ArgumentOutOfRangeException(nameof(targetClass), targetClass, "目标类别须为Ⅰ～Ⅴ类 (target class must be I..V)");
        int year = asOf.Year;
        var inYear = samples.Where(s => s.Date.Year == year && s.Date <= asOf).ToList();
        var monthly = new SortedDictionary<int, IReadOnlyDictionary<string, double?>>();
        var missing = new List<int>();
        int left = 0;
        for (int m = 1; m <= 12; m++)
        {
            var inMonth = inYear.Where(s => s.Date.Month == m).ToList();
            var last = new DateOnly(year, m, DateTime.DaysInMonth(year, m));
            if (inMonth.Count > 0) monthly[m] = WaterPeriodEvaluator.ItemMeans(inMonth.Select(s => s.Values));
            else if (last <= asOf) missing.Add(m);
            else left++;
        }

        var items = new List<WaterItemRequirement>();
        foreach (var limit in standard.ItemsFor(kind))
        {
            if (limit.Use != ItemUse.Classifying) continue;
            var values = monthly.Values.Select(v => v.GetValueOrDefault(limit.Code)).OfType<double>().ToList();
            if (values.Count == 0) continue;
            items.Add(Item(limit, targetClass, values, left));
        }

        WaterPeriodEvaluation? soFar = monthly.Count == 0 ? null : WaterPeriodEvaluator.Annual(standard, kind, inYear, year);
        int? classSoFar = soFar?.Evaluation.Class;
        var status = items.Count == 0 ? ForesightStatus.Possible
            : items.Any(i => i.Status == ForesightStatus.Impossible) ? ForesightStatus.Impossible
            : items.All(i => i.Status == ForesightStatus.Secured) ? ForesightStatus.Secured
            : ForesightStatus.Possible;
        var open = items.Where(i => i.Status == ForesightStatus.Possible && i.Direction != LimitDirection.Range).ToList();
        int? required = items.Count == 0 && left > 0 ? targetClass
            : status != ForesightStatus.Possible || open.Count == 0 || open.Any(i => i.WorstClass is null) ? null
            : open.Min(i => i.WorstClass!.Value);
        string target = WaterClass.Name(targetClass);
        string so = classSoFar is int c ? $"已有 {monthly.Count} 个月，均值评价为 {WaterClass.Name(c)}" : "本年尚无可定类的样品";
        string text;
        if (items.Count == 0)
            text = $"本年尚无监测样品，剩余 {left} 个月各项目均值须达到 {target}（即剩余各月达到 {target} 及以上）";
        else if (left == 0)
            text = status == ForesightStatus.Impossible ? $"全年已无剩余月份，{so}，劣于目标 {target}" : $"全年已无剩余月份，{so}，达到目标 {target}";
        else if (status == ForesightStatus.Impossible)
            text = $"{so}；{string.Join("、", items.Where(i => i.Status == ForesightStatus.Impossible).Select(i => i.Name))}剩余 {left} 个月无论多低均无法使全年均值达到 {target}，已无法完成";
        else
        {
            var binding = open.OrderBy(i => i.WorstClass ?? 0).ThenBy(i => i.Code, StringComparer.Ordinal).Take(3)
                .Select(i => i.Text).ToList();
            string needed = required is int r
                ? $"剩余 {left} 个月需达到 {WaterClass.Name(r)} 及以上"
                : $"剩余 {left} 个月部分项目须优于Ⅰ类限值";
            text = $"{so}；{needed}（{string.Join("；", binding)}）";
        }
        string arithmetic = $"年度评价取各项目月均值的算术平均后按单因子定类（2011 年评价办法“评价时段”），全年达到 {target} 当且仅当各定类项目年均值不劣于 {target} 限值；" +
                            $"已有月份 {string.Join("、", monthly.Keys.Select(m => m + "月"))}{(monthly.Count == 0 ? "无" : "")}，剩余 {left} 个月（假定每月每项各一个有效值）" +
                            (missing.Count > 0 ? $"，缺测 {string.Join("、", missing.Select(m => m + "月"))}（不计入年均值）" : "") + "：" +
                            string.Join("；", items.Select(i => i.Arithmetic));
        return new WaterSectionForesightResult(targetClass, monthly.Count, left, missing, classSoFar, required, status, items, text, arithmetic);
    }

    private static string N(decimal v) => v.ToString("0.####", CultureInfo.InvariantCulture);

    private static string N(double v) => v.ToString("0.####", CultureInfo.InvariantCulture);

    private static WaterItemRequirement Item(WaterItemLimit limit, int targetClass, List<double> values, int left)
    {
        int k = values.Count;
        decimal sum = values.Sum(v => (decimal)v);
        decimal mean = sum / k;
        string name = $"{limit.NameZh}（{limit.Code}）";
        string so = $"{name}已有 {k} 个月值之和 {N(sum)}（均值 {N(Math.Round(mean, 4))} {limit.Unit}）";
        if (limit.Direction == LimitDirection.Range)
        {
            decimal lo = (decimal)limit.RangeLow, hi = (decimal)limit.RangeHigh;
            if (left == 0)
            {
                bool ok = mean >= lo && mean <= hi;
                return new(limit.Code, limit.NameZh, limit.Unit, limit.Direction, k, sum, mean, double.NaN, null, null, null, null,
                    ok ? ForesightStatus.Secured : ForesightStatus.Impossible, $"{name}全年均值 {N(Math.Round(mean, 2))}",
                    $"{so}，范围 {N(lo)}～{N(hi)}，无剩余月份");
            }
            decimal low = (lo * (k + left) - sum) / left, high = (hi * (k + left) - sum) / left;
            var st = high < 0 ? ForesightStatus.Impossible : ForesightStatus.Possible;
            return new(limit.Code, limit.NameZh, limit.Unit, limit.Direction, k, sum, mean, double.NaN, null, Floor4(low, up: true), Floor4(high, up: false), null, st,
                $"{name}均值在 {N(Floor4(low, up: true))}～{N(Floor4(high, up: false))} 之间",
                $"{so}，范围 {N(lo)}～{N(hi)}：({N(lo)} × {k + left} − {N(sum)})/{left} ≤ x ≤ ({N(hi)} × {k + left} − {N(sum)})/{left}，即 {N(Floor4(low, up: true))} ≤ x ≤ {N(Floor4(high, up: false))}");
        }

        double L = limit.ClassLimits[targetClass - 1];
        string limitText = $"{WaterClass.Name(targetClass)}限值 {N(L)} {limit.Unit}";
        if (left == 0)
        {
            bool ok = limit.Direction == LimitDirection.AtLeast ? mean >= (decimal)L : mean <= (decimal)L;
            return new(limit.Code, limit.NameZh, limit.Unit, limit.Direction, k, sum, mean, L, null, null, null, null,
                ok ? ForesightStatus.Secured : ForesightStatus.Impossible,
                $"{name}全年均值 {N(Math.Round(mean, 4))} {limit.Unit}（{limitText}）", $"{so}，{limitText}，无剩余月份");
        }
        decimal bound = ((decimal)L * (k + left) - sum) / left;
        bool atLeast = limit.Direction == LimitDirection.AtLeast;
        // The bound shown is rounded towards the safe side (down for "≤", up for DO), so meeting it meets the target.
        decimal shown = Floor4(bound, up: atLeast);
        string op = atLeast ? "≥" : "≤";
        string formula = $"x {op} ({N(L)} × {k + left} − {N(sum)})/{left} = {N(Math.Round(bound, 4))}";
        if (!atLeast && bound < 0)
            return new(limit.Code, limit.NameZh, limit.Unit, limit.Direction, k, sum, mean, L, bound, null, null, null, ForesightStatus.Impossible,
                $"{name}剩余月份均值须 ≤ {N(shown)}（小于 0，已无法达到）", $"{so}，{limitText}：{formula} < 0，已无法完成");
        if (atLeast && bound <= 0)
            return new(limit.Code, limit.NameZh, limit.Unit, limit.Direction, k, sum, mean, L, bound, null, null, WaterClass.V, ForesightStatus.Secured,
                $"{name}已可保证", $"{so}，{limitText}：{formula} ≤ 0，任何取值均可");
        int? worst = null;
        for (int c = WaterClass.V; c >= WaterClass.I; c--)
        {
            double lc = limit.ClassLimits[c - 1];
            if (atLeast ? (decimal)lc >= bound : (decimal)lc <= bound)
            {
                worst = c;
                break;
            }
        }
        string classText = worst is int w ? $"，即剩余各月该项达到 {WaterClass.Name(w)}（{(atLeast ? "≥" : "≤")} {N(limit.ClassLimits[w - 1])}）即可" : "，严于Ⅰ类限值";
        return new(limit.Code, limit.NameZh, limit.Unit, limit.Direction, k, sum, mean, L, bound, null, null, worst, ForesightStatus.Possible,
            $"{name}均值 {op} {N(shown)} {limit.Unit}", $"{so}，{limitText}：{formula}{classText}");
    }

    /// <summary>Four decimals towards the safe side: down (<paramref name="up"/> false) or up.</summary>
    private static decimal Floor4(decimal v, bool up) => (up ? Math.Ceiling(v * 10000) : Math.Floor(v * 10000)) / 10000;
}
