using EcoGov.Core.Water;

namespace EcoGov.Core.Tests.Water;

public class WaterSampleEvaluatorTests
{
    private static Dictionary<string, double?> Clean() => new()
    {
        ["pH"] = 7.5,
        ["DO"] = 8.0,
        ["CODMn"] = 1.5,
        ["COD"] = 10,
        ["BOD5"] = 2,
        ["NH3N"] = 0.1,
        ["TP"] = 0.005,
    };

    [Fact]
    public void Class_is_the_worst_item_with_the_determining_items()
    {
        var v = Clean();
        v["COD"] = 25;   // Ⅳ
        v["NH3N"] = 1.2; // Ⅳ
        v["TP"] = 0.15;  // Ⅲ (river)
        var e = WaterSampleEvaluator.Evaluate(WaterBodyKind.River, v);
        Assert.Equal(4, e.Class);
        Assert.Equal("轻度污染", e.Status);
        Assert.Equal(["COD", "NH3N"], e.DeterminingItems);
    }

    [Fact]
    public void All_clean_is_class_I_and_excellent()
    {
        var e = WaterSampleEvaluator.Evaluate(WaterBodyKind.River, Clean());
        Assert.Equal(1, e.Class);
        Assert.Equal("优", e.Status);
        Assert.Empty(e.ExceedingItems);
        Assert.Empty(e.TopExceedingItems);
    }

    [Fact]
    public void Worse_than_V_and_exceedance_multiples()
    {
        var v = Clean();
        v["COD"] = 50;    // 劣Ⅴ, (50-20)/20 = 1.5
        v["NH3N"] = 1.2;  // Ⅳ, 0.2
        v["TP"] = 0.3;    // Ⅳ, 0.5
        v["CODMn"] = 12;  // Ⅴ, 1.0
        var e = WaterSampleEvaluator.Evaluate(WaterBodyKind.River, v);
        Assert.Equal(6, e.Class);
        Assert.Equal("重度污染", e.Status);
        Assert.Equal(["COD"], e.DeterminingItems);
        Assert.Equal(["COD", "CODMn", "TP", "NH3N"], e.ExceedingItems.Select(i => i.Code));
        Assert.Equal(["COD", "CODMn", "TP"], e.TopExceedingItems.Select(i => i.Code));
        Assert.Equal(1.5, e.ExceedingItems[0].ExceedanceMultiple!.Value, 12);
        Assert.Equal(1.0, e.ExceedingItems[1].ExceedanceMultiple!.Value, 12);
        Assert.Equal(0.5, e.ExceedingItems[2].ExceedanceMultiple!.Value, 12);
        Assert.Equal(0.2, e.ExceedingItems[3].ExceedanceMultiple!.Value, 12);
    }

    [Fact]
    public void Tied_multiples_are_ordered_by_table_row()
    {
        var v = Clean();
        v["S2"] = 0.4;   // row 23, (0.4-0.2)/0.2 = 1.0
        v["COD"] = 40;   // row 5, 1.0
        v["CODMn"] = 12; // row 4, 1.0
        v["BOD5"] = 8;   // row 6, 1.0
        var e = WaterSampleEvaluator.Evaluate(WaterBodyKind.River, v);
        Assert.Equal(["CODMn", "COD", "BOD5", "S2"], e.ExceedingItems.Select(i => i.Code));
        Assert.Equal(["CODMn", "COD", "BOD5"], e.TopExceedingItems.Select(i => i.Code));
        // the order does not depend on the dictionary's insertion order
        var reversed = new Dictionary<string, double?>(v.Reverse());
        Assert.Equal(["CODMn", "COD", "BOD5"], WaterSampleEvaluator.Evaluate(WaterBodyKind.River, reversed).TopExceedingItems.Select(i => i.Code));
    }

    [Fact]
    public void DO_below_III_has_no_multiple_and_follows_items_with_multiples()
    {
        var v = Clean();
        v["DO"] = 1.5;   // 劣Ⅴ
        v["COD"] = 21;   // Ⅳ, 0.05
        v["pH"] = 9.5;   // 劣Ⅴ
        var e = WaterSampleEvaluator.Evaluate(WaterBodyKind.River, v);
        Assert.Equal(6, e.Class);
        Assert.Equal(["pH", "DO"], e.DeterminingItems);
        Assert.Equal(["COD", "pH", "DO"], e.ExceedingItems.Select(i => i.Code));
        Assert.Null(e.ExceedingItems.Single(i => i.Code == "DO").ExceedanceMultiple);
        Assert.Null(e.ExceedingItems.Single(i => i.Code == "pH").ExceedanceMultiple);
        Assert.Contains(e.Notes, n => n.StartsWith("DO 1.5", StringComparison.Ordinal));
    }

    [Fact]
    public void Value_exactly_at_class_III_is_not_exceeding()
    {
        var v = Clean();
        v["COD"] = 20;
        v["DO"] = 5;
        var e = WaterSampleEvaluator.Evaluate(WaterBodyKind.River, v);
        Assert.Equal(3, e.Class);
        Assert.Empty(e.ExceedingItems);
    }

    [Fact]
    public void River_and_lake_TP_limits_differ()
    {
        var v = Clean();
        v["TP"] = 0.15;
        Assert.Equal(3, WaterSampleEvaluator.Evaluate(WaterBodyKind.River, v).Class);
        var lake = WaterSampleEvaluator.Evaluate(WaterBodyKind.LakeOrReservoir, v);
        Assert.Equal(5, lake.Class);
        Assert.Equal(["TP"], lake.DeterminingItems);
        Assert.Equal(2.0, lake.ExceedingItems.Single().ExceedanceMultiple!.Value, 12); // (0.15-0.05)/0.05
    }

    [Fact]
    public void TN_is_not_evaluated_for_rivers()
    {
        var v = Clean();
        v["TN"] = 5.0;
        var e = WaterSampleEvaluator.Evaluate(WaterBodyKind.River, v);
        Assert.Equal(1, e.Class);
        Assert.Contains("TN", e.NotEvaluatedItems);
        Assert.DoesNotContain(e.ReportedApart, i => i.Code == "TN");
        Assert.DoesNotContain(e.Items, i => i.Code == "TN");
        Assert.DoesNotContain("TN", e.MissingItems);
    }

    [Fact]
    public void TN_of_a_lake_is_reported_apart_not_in_the_class()
    {
        var v = Clean();
        v["TN"] = 2.5;
        var e = WaterSampleEvaluator.Evaluate(WaterBodyKind.LakeOrReservoir, v);
        Assert.Equal(1, e.Class);
        var tn = Assert.Single(e.ReportedApart);
        Assert.Equal("TN", tn.Code);
        Assert.Equal(6, tn.Class);
        Assert.Equal(1.5, tn.ExceedanceMultiple!.Value, 12);
        Assert.DoesNotContain(e.ExceedingItems, i => i.Code == "TN");
    }

    [Fact]
    public void Fecal_coliform_is_reported_not_classified()
    {
        var v = Clean();
        v["FC"] = 50000;
        var e = WaterSampleEvaluator.Evaluate(WaterBodyKind.River, v);
        Assert.Equal(1, e.Class);
        var fc = Assert.Single(e.ReportedApart);
        Assert.Equal(("FC", 6), (fc.Code, fc.Class));
        Assert.Empty(e.ExceedingItems);
    }

    [Fact]
    public void Null_items_are_skipped_and_listed()
    {
        var v = Clean();
        v["COD"] = null;
        v["NH3N"] = null;
        var e = WaterSampleEvaluator.Evaluate(WaterBodyKind.River, v);
        Assert.Equal(1, e.Class);
        Assert.Contains("COD", e.MissingItems);
        Assert.Contains("NH3N", e.MissingItems);
        Assert.Contains("Cu", e.MissingItems); // absent items are listed too
        Assert.DoesNotContain(e.Items, i => i.Code is "COD" or "NH3N");
        Assert.Equal(5, e.Items.Count);
    }

    [Fact]
    public void No_classifying_value_gives_no_class_with_a_note()
    {
        var v = new Dictionary<string, double?> { ["COD"] = null, ["FC"] = 100, ["TN"] = 1.0 };
        var e = WaterSampleEvaluator.Evaluate(WaterBodyKind.River, v);
        Assert.Null(e.Class);
        Assert.Null(e.Status);
        Assert.Empty(e.DeterminingItems);
        Assert.Contains(e.Notes, n => n.Contains("不定类", StringComparison.Ordinal));
        Assert.Single(e.ReportedApart); // FC still reported
        Assert.Null(WaterSampleEvaluator.Evaluate(WaterBodyKind.River, new Dictionary<string, double?>()).Class);
    }

    [Theory]
    [InlineData(-1.0)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void Invalid_values_are_skipped_with_a_note(double bad)
    {
        var v = Clean();
        v["COD"] = bad;
        var e = WaterSampleEvaluator.Evaluate(WaterBodyKind.River, v);
        Assert.Equal(1, e.Class);
        Assert.Contains("COD", e.NotEvaluatedItems);
        Assert.Contains(e.Notes, n => n.StartsWith("COD", StringComparison.Ordinal));
    }

    [Fact]
    public void Unknown_codes_are_listed_not_evaluated()
    {
        var v = Clean();
        v["WT"] = 18;
        var e = WaterSampleEvaluator.Evaluate(WaterBodyKind.River, v);
        Assert.Equal(1, e.Class);
        Assert.Equal(["WT"], e.NotEvaluatedItems);
    }
}
