using EcoGov.Core.Water;

namespace EcoGov.Core.Tests.Water;

public class WaterPeriodAndShareTests
{
    private static WaterSample S(int month, int day, double cod, double nh3n, double? tp = 0.05) =>
        new(new DateOnly(2025, month, day), new Dictionary<string, double?> { ["COD"] = cod, ["NH3N"] = nh3n, ["TP"] = tp });

    [Fact]
    public void Monthly_class_is_from_the_mean_not_the_worst_sample()
    {
        // COD 18 and 20 (Ⅲ, Ⅲ): mean 19; NH3N 0.4 (Ⅱ) and 1.6 (Ⅴ): mean 1.0 → Ⅲ. The worst sample is Ⅴ, the month Ⅲ.
        WaterSample[] samples = [S(3, 5, 18, 0.4), S(3, 20, 20, 1.6), S(4, 1, 100, 5)];
        var m = WaterPeriodEvaluator.Monthly(Gb3838_2002.Table1, WaterBodyKind.River, samples, 2025, 3);
        Assert.Equal("2025-03", m.Period);
        Assert.Equal(2, m.SampleCount);
        Assert.Equal(19, m.MeanValues["COD"]!.Value, 12);
        Assert.Equal(1.0, m.MeanValues["NH3N"]!.Value, 12);
        Assert.Equal(3, m.Evaluation.Class);
        var worstSample = samples.Take(2).Max(s => WaterSampleEvaluator.Evaluate(WaterBodyKind.River, s.Values).Class);
        Assert.Equal(5, worstSample);
    }

    [Fact]
    public void Month_without_samples_has_no_class()
    {
        var m = WaterPeriodEvaluator.Monthly(Gb3838_2002.Table1, WaterBodyKind.River, [S(3, 5, 18, 0.4)], 2025, 7);
        Assert.Equal(0, m.SampleCount);
        Assert.Null(m.Evaluation.Class);
    }

    [Fact]
    public void Annual_class_is_the_mean_of_monthly_means()
    {
        // January: COD 10, 10 → 10, NH3N 0.2, 0.2 → 0.2; February: COD 32, NH3N 1.9.
        // Mean of monthly values: COD 21 (Ⅳ), NH3N 1.05 (Ⅳ) → Ⅳ.
        // The mean of all samples would be COD 17.33 (Ⅲ), NH3N 0.767 (Ⅲ) → Ⅲ: the monthly step matters.
        // A sample of another year is ignored.
        WaterSample[] samples = [S(1, 3, 10, 0.2), S(1, 17, 10, 0.2), S(2, 10, 32, 1.9), new(new DateOnly(2024, 12, 1), new Dictionary<string, double?> { ["COD"] = 200 })];
        var y = WaterPeriodEvaluator.Annual(Gb3838_2002.Table1, WaterBodyKind.River, samples, 2025);
        Assert.Equal("2025", y.Period);
        Assert.Equal(3, y.SampleCount);
        Assert.Equal(2, y.MonthCount);
        Assert.Equal(21, y.MeanValues["COD"]!.Value, 12);
        Assert.Equal(1.05, y.MeanValues["NH3N"]!.Value, 12);
        Assert.Equal(4, y.Evaluation.Class);
        Assert.Equal(["COD", "NH3N"], y.Evaluation.DeterminingItems);
        var allSampleMeans = WaterPeriodEvaluator.ItemMeans(samples.Take(3).Select(x => x.Values));
        Assert.Equal(3, WaterSampleEvaluator.Evaluate(WaterBodyKind.River, allSampleMeans).Class);
    }

    [Fact]
    public void Annual_mean_skips_missing_values_per_item()
    {
        WaterSample[] samples = [S(1, 3, 10, 0.2, null), S(2, 3, 10, 0.2, 0.3), S(3, 3, 10, 0.2, null)];
        var y = WaterPeriodEvaluator.Annual(Gb3838_2002.Table1, WaterBodyKind.River, samples, 2025);
        Assert.Equal(0.3, y.MeanValues["TP"]!.Value, 12);
        Assert.Equal(4, y.Evaluation.Class);
    }

    [Fact]
    public void Item_never_measured_has_a_null_mean_and_is_listed_missing()
    {
        var means = WaterPeriodEvaluator.ItemMeans([new Dictionary<string, double?> { ["COD"] = null, ["DO"] = 6 }, new Dictionary<string, double?> { ["COD"] = double.NaN }]);
        Assert.Null(means["COD"]);
        Assert.Equal(6, means["DO"]);
        var e = WaterSampleEvaluator.Evaluate(WaterBodyKind.River, means);
        Assert.Contains("COD", e.MissingItems);
        Assert.Equal(2, e.Class);
    }

    [Theory]
    [InlineData(3, 3, true)]
    [InlineData(2, 3, true)]
    [InlineData(4, 3, false)]
    [InlineData(5, 5, true)]
    [InlineData(6, 5, false)]
    [InlineData(1, 1, true)]
    public void Section_meets_target_when_class_is_no_worse(int cls, int target, bool meets)
    {
        var a = WaterTargetCompliance.Assess(cls, target);
        Assert.Equal(meets, a.Meets);
        Assert.Null(a.Note);
    }

    [Fact]
    public void Target_text_from_the_plan()
    {
        Assert.True(WaterTargetCompliance.Assess(5, "Ⅴ类").Meets);      // 洞头 (市考, Ⅴ类)
        Assert.False(WaterTargetCompliance.Assess(6, "Ⅴ类").Meets);
        Assert.True(WaterTargetCompliance.Assess(3, "达到Ⅲ类水质").Meets);
        var provincial = WaterTargetCompliance.Assess(3, "完成省定目标"); // 白水河 (省考)
        Assert.Null(provincial.Meets);
        Assert.NotNull(provincial.Note);
        var noClass = WaterTargetCompliance.Assess(null, 5);
        Assert.Null(noClass.Meets);
        Assert.NotNull(noClass.Note);
    }

    [Fact]
    public void Jincheng_2020_good_share_is_7_of_9()
    {
        int?[] classes = [2, 3, 3, 2, 1, 3, 3, 4, 6];
        var s = WaterBodyShareCalculator.Of(classes);
        Assert.Equal(9, s.Evaluated);
        Assert.Equal(7, s.GoodCount);
        Assert.Equal(1, s.WorseThanVCount);
        Assert.Equal(77.78, Math.Round(s.GoodShare!.Value * 100, 2));
        Assert.Equal(1.0 / 9, s.WorseThanVShare!.Value, 12);
        Assert.Equal("良好", s.Status);
    }

    [Fact]
    public void Sections_without_class_are_left_out_of_the_shares()
    {
        var s = WaterBodyShareCalculator.Of([3, null, 6, null]);
        Assert.Equal(4, s.SectionCount);
        Assert.Equal(2, s.Evaluated);
        Assert.Equal(0.5, s.GoodShare);
        Assert.Equal(0.5, s.WorseThanVShare);
        var none = WaterBodyShareCalculator.Of([null]);
        Assert.Null(none.GoodShare);
        Assert.Null(none.Status);
        Assert.NotNull(none.Note);
    }

    [Theory]
    [InlineData("1111111111", "优")]       // 100 %
    [InlineData("3333333334", "优")]       // 90 %
    [InlineData("3333333344", "良好")]     // 80 %
    [InlineData("3333444444", "轻度污染")] // 40 %, 0 % 劣Ⅴ
    [InlineData("3333444466", "中度污染")] // 40 %, 20 % 劣Ⅴ
    [InlineData("3333446666", "重度污染")] // 40 %, 40 % 劣Ⅴ
    [InlineData("3344444666", "中度污染")] // 20 %, 30 % 劣Ⅴ
    [InlineData("3333333466", "中度污染")] // 70 %, 20 % 劣Ⅴ
    [InlineData("3333333446", "轻度污染")] // 70 %, 10 % 劣Ⅴ
    [InlineData("3333355666", "中度污染")] // 50 %, 30 % 劣Ⅴ
    public void Status_by_shares(string classes, string status) =>
        Assert.Equal(status, WaterBodyShareCalculator.Of(classes.Select(c => (int?)(c - '0'))).Status);

    [Fact]
    public void Gap_of_the_rule_60_percent_good_and_40_percent_worse_than_V_has_no_status()
    {
        var s = WaterBodyShareCalculator.Of([1, 2, 3, 6, 6]);
        Assert.Equal(0.6, s.GoodShare!.Value, 12);
        Assert.Equal(0.4, s.WorseThanVShare!.Value, 12);
        Assert.Null(s.Status);
        Assert.NotNull(s.Note);
    }

    [Fact]
    public void Invalid_class_is_rejected() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => WaterBodyShareCalculator.Of([7]));
}
