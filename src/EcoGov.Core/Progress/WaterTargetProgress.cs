using EcoGov.Core.Water;

namespace EcoGov.Core.Progress;

/// <summary>One month of a section target: the month's class from the mean of its samples, and whether it meets the target.</summary>
/// <param name="Class">1..6 (Ⅰ..劣Ⅴ); null without samples or without a classifying item.</param>
/// <param name="Meets">null when the class or the target class is unknown.</param>
public sealed record WaterMonthProgress(int Month, int Samples, int? Class, bool? Meets, ProgressStatus Status, string Reason);

/// <summary>
/// A section target's progress: month by month and year to date (the mean of each item's monthly means, then classified),
/// with the status and its reason.
/// </summary>
/// <param name="TargetClass">The target class (1..6), null when the target names none.</param>
/// <param name="YearToDate">The year-to-date evaluation; null without samples in the year.</param>
/// <param name="MissingMonths">Months due by the evaluation date without a sample.</param>
public sealed record WaterSectionProgress(
    string Section, int Year, DateOnly AsOf, int? TargetClass, IReadOnlyList<WaterMonthProgress> Months,
    WaterPeriodEvaluation? YearToDate, IReadOnlyList<int> MissingMonths, ProgressResult Result);

/// <summary>
/// Progress of a section water-quality target (目标水质, water-quality reference §2): a month's class is the class of the
/// mean of its samples; the year-to-date class the class of the mean of the monthly means up to the evaluation date
/// (2011 evaluation method "Periods"). The section meets its target when its class is no worse than the target class.
/// Rules: no sample in the year → cannot be judged; a month due (its last day on or before the evaluation date)
/// without a sample → cannot be judged (the year-to-date class would rest on part of the months), the class computed
/// so far is still reported; year over → achieved / not achieved; otherwise → on track / lagging.
/// </summary>
public static class WaterTargetProgress
{
    public static WaterSectionProgress Evaluate(
        string section, WaterBodyKind kind, int? targetClass, string targetText, bool targetUnresolved,
        IEnumerable<WaterSample> samples, int year, DateOnly asOf)
    {
        var standard = Gb3838_2002.Table1;
        var yearEnd = new DateOnly(year, 12, 31);
        var end = asOf < yearEnd ? asOf : yearEnd;
        var inYear = samples.Where(s => s.Date.Year == year && s.Date <= end).ToList();

        var months = new List<WaterMonthProgress>();
        var missing = new List<int>();
        for (var m = 1; m <= 12; m++)
        {
            var first = new DateOnly(year, m, 1);
            var last = first.AddMonths(1).AddDays(-1);
            var inMonth = inYear.Where(s => s.Date.Month == m).ToList();
            if (end < first)
            {
                months.Add(new(m, 0, null, null, ProgressStatus.CannotJudge, "未到期"));
                continue;
            }
            if (inMonth.Count == 0)
            {
                if (last <= end) missing.Add(m);
                months.Add(new(m, 0, null, null, ProgressStatus.CannotJudge, last <= end ? "本月无监测样品" : "本月尚无样品（未到月末）"));
                continue;
            }
            var eval = WaterPeriodEvaluator.Monthly(standard, kind, inMonth, year, m);
            var cls = eval.Evaluation.Class;
            bool? meets = cls is int c && targetClass is int t ? WaterClass.Meets(c, t) : null;
            var (status, reason) = (cls, targetClass, meets) switch
            {
                (null, _, _) => (ProgressStatus.CannotJudge, "样品无参与定类的项目数值"),
                (_, null, _) => (ProgressStatus.CannotJudge, $"{WaterClass.Name(cls.Value)}；目标“{targetText}”未给出水质类别"),
                (_, _, true) => (last <= end ? ProgressStatus.Achieved : ProgressStatus.OnTrack, $"{WaterClass.Name(cls.Value)}，不劣于目标 {WaterClass.Name(targetClass.Value)}"),
                _ => (last <= end ? ProgressStatus.NotAchieved : ProgressStatus.Lagging, $"{WaterClass.Name(cls.Value)}，劣于目标 {WaterClass.Name(targetClass.Value)}（{Exceeding(eval.Evaluation)}）"),
            };
            months.Add(new(m, inMonth.Count, cls, meets, status, reason));
        }

        WaterPeriodEvaluation? ytd = inYear.Count == 0 ? null : WaterPeriodEvaluator.Annual(standard, kind, inYear, year);
        var result = Judge(section, year, end, yearEnd, targetClass, targetText, targetUnresolved, ytd, missing);
        return new WaterSectionProgress(section, year, end, targetClass, months, ytd, missing, result);
    }

    private static ProgressResult Judge(string section, int year, DateOnly end, DateOnly yearEnd, int? targetClass, string targetText,
        bool unresolved, WaterPeriodEvaluation? ytd, List<int> missing)
    {
        if (targetClass is not int t)
            return new(ProgressStatus.CannotJudge, ProgressRule.UnresolvedTarget, unresolved
                ? $"目标“{targetText}”待上级下达，尚未确定水质类别" + (ytd?.Evaluation.Class is int c0 ? $"；截至目前 {WaterClass.Name(c0)}" : "")
                : $"目标“{targetText}”未给出水质类别，无法比较");
        if (ytd is null)
            return new(ProgressStatus.CannotJudge, ProgressRule.NoData, $"断面“{section}”{year} 年无监测样品");
        if (ytd.Evaluation.Class is not int cls)
            return new(ProgressStatus.CannotJudge, ProgressRule.NoData, $"断面“{section}”的样品无参与定类的项目数值");
        var soFar = $"{ytd.MonthCount} 个月均值评价为 {WaterClass.Name(cls)}";
        if (missing.Count > 0)
            return new(ProgressStatus.CannotJudge, ProgressRule.NoData,
                $"缺少 {string.Join("、", missing.Select(m => m + "月"))} 的监测数据（共缺 {missing.Count} 个月），无法判断；已有 {soFar}");
        var meets = WaterClass.Meets(cls, t);
        var target = WaterClass.Name(t);
        var worst = meets ? "" : $"（超Ⅲ类项目：{Exceeding(ytd.Evaluation)}）";
        if (end >= yearEnd)
            return meets
                ? new(ProgressStatus.Achieved, ProgressRule.PeriodAtMost, $"全年 {soFar}，不劣于目标 {target}，达标")
                : new(ProgressStatus.NotAchieved, ProgressRule.PeriodAtMost, $"全年 {soFar}，劣于目标 {target}，未达标{worst}");
        return meets
            ? new(ProgressStatus.OnTrack, ProgressRule.ToDateAgainstTarget, $"截至 {end:yyyy-MM-dd} {soFar}，不劣于目标 {target}，进度正常")
            : new(ProgressStatus.Lagging, ProgressRule.ToDateAgainstTarget, $"截至 {end:yyyy-MM-dd} {soFar}，劣于目标 {target}，进度滞后{worst}");
    }

    private static string Exceeding(WaterSampleEvaluation e) =>
        e.TopExceedingItems.Count == 0
            ? "定类项目 " + string.Join("、", e.DeterminingItems)
            : string.Join("、", e.TopExceedingItems.Select(i => i.ExceedanceMultiple is double x
                ? $"{i.Code} 超标 {x.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture)} 倍"
                : $"{i.Code} {WaterClass.Name(i.Class)}"));
}
