using EcoGov.Core.Water;

namespace EcoGov.Core.Tests.Water;

public class WaterSectionEvaluatorTests
{
    private static WaterSample S(int month, double cod, double nh3n) =>
        new(new DateOnly(2025, month, 10), new Dictionary<string, double?> { ["COD"] = cod, ["NH3N"] = nh3n, ["DO"] = 6.5 });

    [Fact]
    public void Annual_section_result_with_target_compliance()
    {
        var dongtou = new WaterSection("洞头", WaterBodyKind.River, "Ⅴ类", "市考");
        // COD months 35, 45 → mean 40 (Ⅴ, exactly on the limit); NH3N 1.8, 2.1 → 1.95 (Ⅴ)
        var r = WaterSectionEvaluator.Annual(Gb3838_2002.Table1, dongtou, [S(1, 35, 1.8), S(2, 45, 2.1)], 2025);
        Assert.Equal(5, r.Period.Evaluation.Class);
        Assert.Equal(5, r.Target.TargetClass);
        Assert.True(r.Target.Meets);

        var worse = WaterSectionEvaluator.Annual(Gb3838_2002.Table1, dongtou, [S(1, 35, 1.8), S(2, 46, 2.1)], 2025);
        Assert.Equal(6, worse.Period.Evaluation.Class);
        Assert.False(worse.Target.Meets);
    }

    [Fact]
    public void Monthly_section_result_and_unresolved_target()
    {
        var baishui = new WaterSection("白水河", WaterBodyKind.River, "完成省定目标", "省考");
        var r = WaterSectionEvaluator.Monthly(Gb3838_2002.Table1, baishui, [S(3, 18, 0.8)], 2025, 3);
        Assert.Equal(3, r.Period.Evaluation.Class);
        Assert.Null(r.Target.Meets);
        Assert.NotNull(r.Target.Note);

        var noTarget = WaterSectionEvaluator.Monthly(Gb3838_2002.Table1, baishui with { TargetText = null }, [S(3, 18, 0.8)], 2025, 3);
        Assert.Null(noTarget.Target.Meets);
    }

    [Fact]
    public void Shares_over_section_results()
    {
        var a = new WaterSection("A", WaterBodyKind.River, "Ⅲ类");
        var results = new[]
        {
            WaterSectionEvaluator.Annual(Gb3838_2002.Table1, a, [S(1, 10, 0.1)], 2025), // Ⅱ (DO 6.5)
            WaterSectionEvaluator.Annual(Gb3838_2002.Table1, a, [S(1, 50, 0.1)], 2025), // 劣Ⅴ
            WaterSectionEvaluator.Annual(Gb3838_2002.Table1, a, [S(1, 25, 0.1)], 2025), // Ⅳ
            WaterSectionEvaluator.Annual(Gb3838_2002.Table1, a, [], 2025),              // no data
        };
        var shares = WaterSectionEvaluator.Shares(results);
        Assert.Equal(4, shares.SectionCount);
        Assert.Equal(3, shares.Evaluated);
        Assert.Equal(1, shares.GoodCount);
        Assert.Equal(1, shares.WorseThanVCount);
        Assert.Equal(1.0 / 3, shares.GoodShare!.Value, 12);
    }
}
