using EcoGov.Core.Water;

namespace EcoGov.Core.Tests.Water;

public class DrinkingWaterSourceEvaluatorTests
{
    private static readonly HashSet<string> None = [];

    private static Dictionary<string, double?> V(double f, double cod = 10) => new() { ["F"] = f, ["COD"] = cod, ["DO"] = 7 };

    [Fact]
    public void Source_meets_when_class_III_or_better()
    {
        Assert.True(DrinkingWaterSourceEvaluator.Evaluate(Gb3838_2002.Table1, "A", WaterBodyKind.River, V(1.0, 20), None).MeetsClassIII);
        Assert.False(DrinkingWaterSourceEvaluator.Evaluate(Gb3838_2002.Table1, "B", WaterBodyKind.River, V(1.0, 21), None).MeetsClassIII);
    }

    [Fact]
    public void Background_flagged_item_is_excluded()
    {
        // fluoride 1.2 (Ⅳ) from natural background
        var plain = DrinkingWaterSourceEvaluator.Evaluate(Gb3838_2002.Table1, "A", WaterBodyKind.River, V(1.2), None);
        Assert.Equal(4, plain.Evaluation.Class);
        Assert.False(plain.MeetsClassIII);
        var bg = DrinkingWaterSourceEvaluator.Evaluate(Gb3838_2002.Table1, "A", WaterBodyKind.River, V(1.2), new HashSet<string> { "F" });
        Assert.Equal(2, bg.Evaluation.Class); // DO 7 → Ⅱ
        Assert.True(bg.MeetsClassIII);
        Assert.Equal(["F"], bg.BackgroundExcluded);
        Assert.Contains(bg.Evaluation.Notes, n => n.Contains("扣除本底", StringComparison.Ordinal));
    }

    [Fact]
    public void Share_of_sources_at_III_or_better()
    {
        var results = new[]
        {
            DrinkingWaterSourceEvaluator.Evaluate(Gb3838_2002.Table1, "A", WaterBodyKind.River, V(0.5), None),
            DrinkingWaterSourceEvaluator.Evaluate(Gb3838_2002.Table1, "B", WaterBodyKind.LakeOrReservoir, V(0.5, 25), None),
            DrinkingWaterSourceEvaluator.Evaluate(Gb3838_2002.Table1, "C", WaterBodyKind.River, V(1.2), new HashSet<string> { "F" }),
            DrinkingWaterSourceEvaluator.Evaluate(Gb3838_2002.Table1, "D", WaterBodyKind.River, new Dictionary<string, double?>(), None),
        };
        var share = DrinkingWaterSourceEvaluator.Share(results);
        Assert.Equal(4, share.SourceCount);
        Assert.Equal(3, share.Evaluated);
        Assert.Equal(2, share.MeetingCount);
        Assert.Equal(2.0 / 3, share.Share!.Value, 12);
        Assert.Null(DrinkingWaterSourceEvaluator.Share([]).Share);
    }
}
