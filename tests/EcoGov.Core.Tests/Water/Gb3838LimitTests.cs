using System.Globalization;
using EcoGov.Core.Water;

namespace EcoGov.Core.Tests.Water;

/// <summary>Every Table 1 limit of GB 3838-2002, exactly on the boundary and just beyond it.</summary>
public class Gb3838LimitTests
{
    private const WaterBodyKind R = WaterBodyKind.River;
    private const WaterBodyKind L = WaterBodyKind.LakeOrReservoir;

    private static double[] Nums(string s) => s.Split(' ').Select(x => double.Parse(x, CultureInfo.InvariantCulture)).ToArray();
    private static int[] Ints(string s) => s.Split(' ').Select(int.Parse).ToArray();

    // limits Ⅰ..Ⅴ as transcribed in the reference; class of a value exactly at each limit;
    // class of a value just worse than each limit (next double up for "≤", next double down for DO).
    [Theory]
    [InlineData("DO", R, "7.5 6 5 3 2", "1 2 3 4 5", "2 3 4 5 6")]
    [InlineData("CODMn", R, "2 4 6 10 15", "1 2 3 4 5", "2 3 4 5 6")]
    [InlineData("COD", R, "15 15 20 30 40", "1 1 3 4 5", "3 3 4 5 6")]
    [InlineData("BOD5", R, "3 3 4 6 10", "1 1 3 4 5", "3 3 4 5 6")]
    [InlineData("NH3N", R, "0.15 0.5 1.0 1.5 2.0", "1 2 3 4 5", "2 3 4 5 6")]
    [InlineData("TP", R, "0.02 0.1 0.2 0.3 0.4", "1 2 3 4 5", "2 3 4 5 6")]
    [InlineData("TP", L, "0.01 0.025 0.05 0.1 0.2", "1 2 3 4 5", "2 3 4 5 6")]
    [InlineData("TN", L, "0.2 0.5 1.0 1.5 2.0", "1 2 3 4 5", "2 3 4 5 6")]
    [InlineData("Cu", R, "0.01 1.0 1.0 1.0 1.0", "1 2 2 2 2", "2 6 6 6 6")]
    [InlineData("Zn", R, "0.05 1.0 1.0 2.0 2.0", "1 2 2 4 4", "2 4 4 6 6")]
    [InlineData("F", R, "1.0 1.0 1.0 1.5 1.5", "1 1 1 4 4", "4 4 4 6 6")]
    [InlineData("Se", R, "0.01 0.01 0.01 0.02 0.02", "1 1 1 4 4", "4 4 4 6 6")]
    [InlineData("As", R, "0.05 0.05 0.05 0.1 0.1", "1 1 1 4 4", "4 4 4 6 6")]
    [InlineData("Hg", R, "0.00005 0.00005 0.0001 0.001 0.001", "1 1 3 4 4", "3 3 4 6 6")]
    [InlineData("Cd", R, "0.001 0.005 0.005 0.005 0.01", "1 2 2 2 5", "2 5 5 5 6")]
    [InlineData("Cr6", R, "0.01 0.05 0.05 0.05 0.1", "1 2 2 2 5", "2 5 5 5 6")]
    [InlineData("Pb", R, "0.01 0.01 0.05 0.05 0.1", "1 1 3 3 5", "3 3 5 5 6")]
    [InlineData("CN", R, "0.005 0.05 0.2 0.2 0.2", "1 2 3 3 3", "2 3 6 6 6")]
    [InlineData("VP", R, "0.002 0.002 0.005 0.01 0.1", "1 1 3 4 5", "3 3 4 5 6")]
    [InlineData("Petro", R, "0.05 0.05 0.05 0.5 1.0", "1 1 1 4 5", "4 4 4 5 6")]
    [InlineData("LAS", R, "0.2 0.2 0.2 0.3 0.3", "1 1 1 4 4", "4 4 4 6 6")]
    [InlineData("S2", R, "0.05 0.1 0.2 0.5 1.0", "1 2 3 4 5", "2 3 4 5 6")]
    [InlineData("FC", R, "200 2000 10000 20000 40000", "1 2 3 4 5", "2 3 4 5 6")]
    public void Limits_and_boundaries(string code, WaterBodyKind kind, string limits, string atLimit, string beyond)
    {
        var row = Gb3838_2002.Table1.Find(code, kind)!;
        Assert.NotNull(row);
        var expected = Nums(limits);
        Assert.Equal(expected, row.ClassLimits);
        var at = Ints(atLimit);
        var past = Ints(beyond);
        for (int c = 0; c < 5; c++)
        {
            Assert.Equal(at[c], WaterItemClassifier.ClassOf(row, expected[c]));
            double worse = row.Direction == LimitDirection.AtLeast ? Math.BitDecrement(expected[c]) : Math.BitIncrement(expected[c]);
            Assert.Equal(past[c], WaterItemClassifier.ClassOf(row, worse));
            // a visibly worse value, not only the next representable double
            double worse1 = row.Direction == LimitDirection.AtLeast ? expected[c] * 0.999 : expected[c] * 1.001;
            Assert.Equal(past[c], WaterItemClassifier.ClassOf(row, worse1));
        }
    }

    [Fact]
    public void Directions_are_DO_at_least_pH_range_the_rest_at_most()
    {
        foreach (var row in Gb3838_2002.Table1.Items)
        {
            var expected = row.Code switch
            {
                "DO" => LimitDirection.AtLeast,
                "pH" => LimitDirection.Range,
                _ => LimitDirection.AtMost,
            };
            Assert.Equal(expected, row.Direction);
        }
    }

    [Fact]
    public void Item_codes_are_exactly_the_table_items()
    {
        string[] codes = ["pH", "DO", "CODMn", "COD", "BOD5", "NH3N", "TP", "TN", "Cu", "Zn", "F", "Se", "As", "Hg", "Cd", "Cr6", "Pb", "CN", "VP", "Petro", "LAS", "S2", "FC"];
        Assert.Equal(codes, Gb3838_2002.Table1.Items.Select(i => i.Code).Distinct());
        Assert.Equal("GB 3838-2002", Gb3838_2002.Table1.Id);
    }

    [Fact]
    public void Rivers_use_21_classifying_items_without_TN_and_FC()
    {
        var river = Gb3838_2002.Table1.ItemsFor(R).Where(i => i.Use == ItemUse.Classifying).Select(i => i.Code).ToList();
        Assert.Equal(21, river.Count);
        Assert.DoesNotContain("TN", river);
        Assert.DoesNotContain("FC", river);
        Assert.Null(Gb3838_2002.Table1.Find("TN", R));
        Assert.Equal(ItemUse.ReportedApart, Gb3838_2002.Table1.Find("TN", L)!.Use);
        Assert.Equal(ItemUse.ReportedApart, Gb3838_2002.Table1.Find("FC", R)!.Use);
    }

    [Fact]
    public void Rivers_and_lakes_have_different_TP_limits()
    {
        Assert.Equal(3, WaterItemClassifier.ClassOf(Gb3838_2002.Table1.Find("TP", R)!, 0.15));
        Assert.Equal(5, WaterItemClassifier.ClassOf(Gb3838_2002.Table1.Find("TP", L)!, 0.15));
        Assert.Equal(2, WaterItemClassifier.ClassOf(Gb3838_2002.Table1.Find("TP", R)!, 0.05));
        Assert.Equal(3, WaterItemClassifier.ClassOf(Gb3838_2002.Table1.Find("TP", L)!, 0.05));
    }

    [Theory]
    [InlineData(6.0, 1)]
    [InlineData(9.0, 1)]
    [InlineData(7.5, 1)]
    [InlineData(5.99, 6)]
    [InlineData(9.01, 6)]
    [InlineData(0.0, 6)]
    [InlineData(14.0, 6)]
    public void PH_inside_6_to_9_is_any_class_outside_is_worse_than_V(double ph, int expected)
    {
        var row = Gb3838_2002.Table1.Find("pH", R)!;
        Assert.Equal(expected, WaterItemClassifier.ClassOf(row, ph));
        Assert.Equal(6, WaterItemClassifier.ClassOf(row, Math.BitDecrement(6.0)));
        Assert.Equal(6, WaterItemClassifier.ClassOf(row, Math.BitIncrement(9.0)));
    }

    [Theory]
    [InlineData(15.0, 1)]
    [InlineData(14.9, 1)]
    [InlineData(0.0, 1)]
    public void Shared_limit_gives_the_best_class(double cod, int expected)
    {
        Assert.Equal(expected, WaterItemClassifier.ClassOf(Gb3838_2002.Table1.Find("COD", R)!, cod));
        // Cu 1.0 is the limit of Ⅱ..Ⅴ: the best of them is Ⅱ
        Assert.Equal(2, WaterItemClassifier.ClassOf(Gb3838_2002.Table1.Find("Cu", R)!, 1.0));
        // Cd 0.005 is the limit of Ⅱ, Ⅲ, Ⅳ
        Assert.Equal(2, WaterItemClassifier.ClassOf(Gb3838_2002.Table1.Find("Cd", R)!, 0.004));
    }

    [Theory]
    [InlineData(10.0, 1)]
    [InlineData(7.4, 2)]
    [InlineData(4.0, 4)]
    [InlineData(1.9, 6)]
    [InlineData(0.0, 6)]
    public void DO_higher_is_better(double value, int expected) =>
        Assert.Equal(expected, WaterItemClassifier.ClassOf(Gb3838_2002.Table1.Find("DO", R)!, value));

    [Fact]
    public void Non_finite_value_is_rejected() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => WaterItemClassifier.ClassOf(Gb3838_2002.Table1.Find("COD", R)!, double.NaN));

    [Theory]
    [InlineData(1, "Ⅰ类", "优")]
    [InlineData(2, "Ⅱ类", "优")]
    [InlineData(3, "Ⅲ类", "良好")]
    [InlineData(4, "Ⅳ类", "轻度污染")]
    [InlineData(5, "Ⅴ类", "中度污染")]
    [InlineData(6, "劣Ⅴ类", "重度污染")]
    public void Class_names_and_status(int cls, string name, string status)
    {
        Assert.Equal(name, WaterClass.Name(cls));
        Assert.Equal(status, WaterClass.Status(cls));
        Assert.Equal(cls, EcoGov.Core.Indicators.WaterQualityClassText.TryParse(name));
    }
}
