using EcoGov.Core.Indicators;

namespace EcoGov.Core.Tests;

public class TargetValueTests
{
    [Theory]
    [InlineData("75", TargetKind.Number, 75.0)]
    [InlineData("0", TargetKind.Number, 0.0)]
    [InlineData("17.5", TargetKind.Number, 17.5)]
    [InlineData("≥25.64", TargetKind.AtLeast, 25.64)]
    [InlineData("≤7.1", TargetKind.AtMost, 7.1)]
    [InlineData("≤13.48", TargetKind.AtMost, 13.48)]
    [InlineData("不低于95", TargetKind.AtLeast, 95.0)]
    [InlineData("90以上", TargetKind.AtLeast, 90.0)]
    [InlineData("下降 10 %", TargetKind.RelativeDecrease, 10.0)]
    [InlineData("下降10%", TargetKind.RelativeDecrease, 10.0)]
    [InlineData("提高5%", TargetKind.RelativeIncrease, 5.0)]
    [InlineData("力争降到 36", TargetKind.AtMost, 36.0)]
    [InlineData("控制在 1.6", TargetKind.AtMost, 1.6)]
    public void Numeric_forms(string text, TargetKind kind, double value)
    {
        var t = TargetValue.Parse(text, 2025)!;
        Assert.Equal(kind, t.Kind);
        Assert.Equal(value, t.Value);
        Assert.Equal(text, t.Text);
        Assert.Equal(2025, t.Year);
    }

    [Theory]
    [InlineData("完成省级要求")]
    [InlineData("完成市下达指标")]
    [InlineData("完成省定目标")]
    [InlineData("达到国家考核要求")]
    public void References_to_a_higher_level_stay_unresolved(string text)
    {
        var t = TargetValue.Parse(text, 2025)!;
        Assert.Equal(TargetKind.HigherLevelReference, t.Kind);
        Assert.Null(t.Value);
    }

    [Theory]
    [InlineData("完成")]
    [InlineData("有效保障")]
    [InlineData("持续改善")]
    public void Qualitative_states(string text) => Assert.Equal(TargetKind.Qualitative, TargetValue.Parse(text, 2025)!.Kind);

    [Theory]
    [InlineData("Ⅲ类", 3.0)]
    [InlineData("V类", 5.0)]
    [InlineData("III 类", 3.0)]
    [InlineData("劣Ⅴ类", 6.0)]
    [InlineData("达到Ⅲ类水质", 3.0)]
    [InlineData("达到或优于Ⅲ类", 3.0)]
    public void Water_classes(string text, double cls)
    {
        var t = TargetValue.Parse(text, null)!;
        Assert.Equal(TargetKind.WaterClass, t.Kind);
        Assert.Equal(cls, t.Value);
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    [InlineData("—")]
    [InlineData("--")]
    [InlineData(null)]
    public void Empty_cells_have_no_target(string? text) => Assert.Null(TargetValue.Parse(text, 2025));
}
