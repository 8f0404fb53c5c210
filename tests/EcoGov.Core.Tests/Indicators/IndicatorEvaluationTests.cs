using EcoGov.Core.Indicators;
using EcoGov.Core.Progress;
using EcoGov.Core.Text;

namespace EcoGov.Core.Tests.Indicators;

public class IndicatorEvaluationTests
{
    private static readonly DateOnly YearEnd = new(2023, 12, 31), MidYear = new(2023, 6, 30);

    private static IndicatorActual Computed(double v) => new(v, null, ActualSource.Computed, "HJ 663");
    private static IndicatorActual Entered(string text, double? v = null) => new(v, text, ActualSource.Entered, "统计公报");
    private static TargetValue T(string text) => TargetValue.Parse(text, 2023)!;

    private static string Zh(Message m) => m.Format(Message.Chinese);

    [Fact]
    public void Baseline_relative_target_shows_the_arithmetic_and_is_achieved()
    {
        var j = IndicatorEvaluation.Evaluate("PM2.5 年均浓度", "μg/m³", T("下降 10%"), null, new Baseline(2020, 46, "46"), Computed(38), 2023, YearEnd);
        Assert.Equal(ProgressStatus.Achieved, j.Status);
        Assert.Equal(IndicatorRule.YearEndAgainstTarget, j.Rule);
        Assert.Equal(41.4, j.TargetNumber!.Value, 6);
        Assert.Equal("基准 2020 年 46，下降 10% → 目标 ≤ 41.4；实际 38 ≤ 41.4，达标", Zh(j.Arithmetic));
        Assert.Equal(nameof(CoreText.IndicatorYearEnd), j.Arithmetic.Key);
        Assert.Equal(["38", "≤", "41.4"], j.Arithmetic.Arguments.Skip(1).Take(3));
        Assert.Equal("baseline 2020 46, down 10% → target ≤ 41.4; actual 38 ≤ 41.4: met", j.Arithmetic.Format(Message.English));
        Assert.Equal(nameof(CoreText.DirectionRelativeDecrease), j.DirectionRule!.Key);
        Assert.Equal("目标为相对基准下降：越低越好 / the target is a decrease from the baseline: lower is better", j.DirectionRule.Bilingual);
    }

    [Fact]
    public void Exactly_equal_to_an_upper_bound_is_achieved_and_just_over_is_not()
    {
        var at = IndicatorEvaluation.Evaluate("PM2.5平均浓度", "微克/立方米", T("力争降到 36"), null, null, Computed(36), 2023, YearEnd);
        Assert.Equal(ProgressStatus.Achieved, at.Status);
        Assert.Contains("实际 36 ≤ 36，达标", Zh(at.Arithmetic));
        var over = IndicatorEvaluation.Evaluate("PM2.5平均浓度", "微克/立方米", T("力争降到 36"), null, null, Computed(36.1), 2023, YearEnd);
        Assert.Equal(ProgressStatus.NotAchieved, over.Status);
        Assert.Contains("实际 36.1 > 36，未达标", Zh(over.Arithmetic));
    }

    [Fact]
    public void Exactly_equal_to_a_lower_bound_is_achieved_and_just_under_is_not()
    {
        Assert.Equal(ProgressStatus.Achieved, IndicatorEvaluation.Evaluate("森林覆盖率", "%", T("≥25.64"), null, null, Entered("25.64", 25.64), 2023, YearEnd).Status);
        Assert.Equal(ProgressStatus.NotAchieved, IndicatorEvaluation.Evaluate("森林覆盖率", "%", T("≥25.64"), null, null, Entered("25.63", 25.63), 2023, YearEnd).Status);
    }

    [Fact]
    public void Before_the_year_end_the_year_to_date_value_decides_on_track_or_lagging()
    {
        var on = IndicatorEvaluation.Evaluate("PM10平均浓度", null, T("力争降到 75"), null, null, Computed(75), 2023, MidYear);
        Assert.Equal(ProgressStatus.OnTrack, on.Status);
        Assert.Equal(IndicatorRule.YearToDateAgainstTarget, on.Rule);
        Assert.Contains("截至 2023-06-30 实际 75 ≤ 75，进度正常", Zh(on.Arithmetic));
        var lag = IndicatorEvaluation.Evaluate("PM10平均浓度", null, T("力争降到 75"), null, null, Computed(76), 2023, MidYear);
        Assert.Equal(ProgressStatus.Lagging, lag.Status);
        Assert.EndsWith("进度滞后", Zh(lag.Arithmetic));
    }

    [Fact]
    public void Before_the_year_it_is_not_yet_due()
    {
        var j = IndicatorEvaluation.Evaluate("PM10平均浓度", null, T("力争降到 75"), null, null, null, 2023, new DateOnly(2022, 12, 31));
        Assert.Equal((ProgressStatus.CannotJudge, IndicatorRule.NotYetDue), (j.Status, j.Rule));
    }

    [Fact]
    public void Missing_actual_cannot_be_judged_and_says_so()
    {
        var j = IndicatorEvaluation.Evaluate("PM2.5平均浓度", "微克/立方米", T("力争降到 36"), null, null, null, 2023, YearEnd);
        Assert.Equal((ProgressStatus.CannotJudge, IndicatorRule.NoActual), (j.Status, j.Rule));
        Assert.Contains("无实际值", Zh(j.Arithmetic));
        Assert.Equal(36, j.TargetNumber);
    }

    [Fact]
    public void Relative_target_without_a_baseline_cannot_be_judged()
    {
        var missing = IndicatorEvaluation.Evaluate("PM2.5 年均浓度", null, T("下降 10%"), null, null, Computed(38), 2023, YearEnd);
        Assert.Equal((ProgressStatus.CannotJudge, IndicatorRule.BaselineMissing), (missing.Status, missing.Rule));
        Assert.Contains("基准值缺失", Zh(missing.Arithmetic));
        var dash = IndicatorEvaluation.Evaluate("PM2.5 年均浓度", null, T("下降 10%"), null, new Baseline(2020, null, "—"), Computed(38), 2023, YearEnd);
        Assert.Contains("基准值“—”不是数值", Zh(dash.Arithmetic));
    }

    [Fact]
    public void Unresolved_reference_cannot_be_judged_and_names_what_is_missing()
    {
        var j = IndicatorEvaluation.Evaluate("PM2.5", null, null, "晋城市无 2023 年“PM2.5”目标", null, Computed(40), 2023, YearEnd);
        Assert.Equal((ProgressStatus.CannotJudge, IndicatorRule.UnresolvedReference), (j.Status, j.Rule));
        Assert.Contains("晋城市无 2023 年", Zh(j.Arithmetic));
        Assert.Contains("实际 40", Zh(j.Arithmetic));
    }

    [Theory]
    [InlineData("已完成", ProgressStatus.Achieved)]
    [InlineData("未完成，划定工作推迟", ProgressStatus.NotAchieved)]
    [InlineData("正在推进", ProgressStatus.CannotJudge)]
    [InlineData("未能有效保障", ProgressStatus.NotAchieved)]
    public void Qualitative_target_is_judged_only_by_an_entered_statement(string text, ProgressStatus expected)
    {
        var j = IndicatorEvaluation.Evaluate("生态保护红线划定", null, T("完成"), null, null, Entered(text), 2023, YearEnd);
        Assert.Equal(expected, j.Status);
        Assert.Equal(expected == ProgressStatus.CannotJudge ? IndicatorRule.NotComparable : IndicatorRule.QualitativeStatement, j.Rule);
    }

    [Fact]
    public void Qualitative_target_without_an_entry_cannot_be_judged_and_mid_year_negative_is_lagging()
    {
        Assert.Equal(ProgressStatus.CannotJudge, IndicatorEvaluation.Evaluate("重点建设用地安全利用", null, T("有效保障"), null, null, null, 2023, YearEnd).Status);
        Assert.Equal(ProgressStatus.Lagging, IndicatorEvaluation.Evaluate("重点建设用地安全利用", null, T("有效保障"), null, null, Entered("未完成"), 2023, MidYear).Status);
    }

    [Fact]
    public void Water_class_target_compares_classes()
    {
        var ok = IndicatorEvaluation.Evaluate("地表水省考断面", null, T("达到Ⅲ类水质"), null, null, Computed(2), 2023, YearEnd);
        Assert.Equal((ProgressStatus.Achieved, IndicatorRule.WaterClassAgainstTarget), (ok.Status, ok.Rule));
        Assert.Equal(ProgressStatus.Achieved, IndicatorEvaluation.Evaluate("地表水省考断面", null, T("达到Ⅲ类水质"), null, null, Computed(3), 2023, YearEnd).Status);
        var bad = IndicatorEvaluation.Evaluate("地表水省考断面", null, T("达到Ⅲ类水质"), null, null, Computed(4), 2023, YearEnd);
        Assert.Equal(ProgressStatus.NotAchieved, bad.Status);
        Assert.Contains("实际 Ⅳ类，劣于目标", Zh(bad.Arithmetic));
    }

    [Theory]
    [InlineData("城市空气质量优良天数比率", "%", ValueDirection.HigherIsBetter)]
    [InlineData("城市重污染天数比率", "%", ValueDirection.LowerIsBetter)]
    [InlineData("单位国内生产总值能源消耗降低", "%", ValueDirection.HigherIsBetter)]
    [InlineData("地表水劣 V 类水体比例", "%", ValueDirection.LowerIsBetter)]
    [InlineData("县级及以上城市建成区黑臭水体比例", "%", ValueDirection.LowerIsBetter)]
    [InlineData("森林覆盖率", "%", ValueDirection.HigherIsBetter)]
    [InlineData("化学需氧量排放总量", "万吨", ValueDirection.LowerIsBetter)]
    [InlineData("PM2.5平均浓度", "微克/立方米", ValueDirection.LowerIsBetter)]
    [InlineData("综合指数", null, ValueDirection.LowerIsBetter)]
    public void Plain_number_direction_comes_from_the_name(string name, string? unit, ValueDirection expected) =>
        Assert.Equal(expected, IndicatorEvaluation.DirectionOf(name, unit).Direction);

    [Fact]
    public void Plain_number_with_unknown_direction_cannot_be_judged()
    {
        Assert.Null(IndicatorEvaluation.DirectionOf("全市新能源总装机容量", "万千瓦").Direction);
        var j = IndicatorEvaluation.Evaluate("某项工作量", "项", T("75"), null, null, Entered("80", 80), 2023, YearEnd);
        Assert.Equal((ProgressStatus.CannotJudge, IndicatorRule.NotComparable), (j.Status, j.Rule));
    }

    [Fact]
    public void Plain_number_higher_is_better_is_achieved_at_the_number()
    {
        var j = IndicatorEvaluation.Evaluate("城市空气质量优良天数比率", "%", T("75"), null, new Baseline(2020, 66.4, "66.4"), Computed(75), 2023, YearEnd);
        Assert.Equal(ProgressStatus.Achieved, j.Status);
        Assert.Equal("目标 ≥ 75（“75”）；实际 75 ≥ 75，达标", Zh(j.Arithmetic));
        Assert.Equal("target ≥ 75 (“75”); actual 75 ≥ 75: met", j.Arithmetic.Format(Message.English));
        Assert.Equal(ValueDirection.HigherIsBetter, j.Direction);
    }

    [Fact]
    public void No_target_cannot_be_judged()
    {
        var j = IndicatorEvaluation.Evaluate("氨氮重点工程减排量", "万吨", null, null, null, null, 2023, YearEnd);
        Assert.Equal((ProgressStatus.CannotJudge, IndicatorRule.NoTarget), (j.Status, j.Rule));
    }
}
