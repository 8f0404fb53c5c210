using EcoGov.Core.Indicators;

namespace EcoGov.Core.Tests.Indicators;

public class TargetResolutionTests
{
    private static readonly Provenance Source = new("test", "表1", 1);

    private static Indicator I(string plan, int seq, string name, params (int? Year, string Text)[] targets) =>
        new(plan, seq, "环境质量", name, "%", null, [.. targets.Select(t => TargetValue.Parse(t.Text, t.Year)!)], [], IndicatorAttribute.Binding, Source);

    private static JurisdictionPlans City(params Indicator[] indicators) =>
        new("140500", "晋城市", [new PlanIndicators("jincheng-14fyp-eco", "十四五", 2021, 2025, indicators)]);

    [Fact]
    public void Own_year_target_is_used_as_stated()
    {
        var r = TargetResolution.Resolve(I("p", 1, "森林覆盖率", (2023, "≥30"), (2025, "≥35")), 2023, []);
        Assert.Equal("≥30", r.Target!.Text);
        Assert.Null(r.How);
    }

    [Fact]
    public void Without_a_target_for_the_year_the_nearest_later_year_is_used_and_said()
    {
        var r = TargetResolution.Resolve(I("p", 1, "森林覆盖率", (2025, "≥35"), (2035, "≥40")), 2023, []);
        Assert.Equal("≥35", r.Target!.Text);
        Assert.Contains("2025", r.How);
    }

    [Fact]
    public void Earlier_targets_only_give_none()
    {
        var r = TargetResolution.Resolve(I("p", 1, "森林覆盖率", (2020, "≥35")), 2023, []);
        Assert.Null(r.Target);
        Assert.Null(r.Missing);
        Assert.Contains("早于 2023", r.How);
    }

    [Fact]
    public void Reference_resolves_from_the_parent_plan_by_normalised_name()
    {
        var county = I("county", 5, "空气质量优良天数比例", (2025, "完成市下达指标"));
        var r = TargetResolution.Resolve(county, 2023, [City(I("jincheng-14fyp-eco", 2, "城市空气质量优良天数比率", (2025, "75")))]);
        Assert.Equal(TargetKind.Number, r.Target!.Kind);
        Assert.Equal(75, r.Target.Value);
        Assert.Equal("完成市下达指标", r.Stated!.Text);
        Assert.Contains("晋城市规划 jincheng-14fyp-eco 第 2 项", r.How);
        Assert.Null(r.Missing);
    }

    [Fact]
    public void Reference_without_the_indicator_above_is_unresolved_naming_the_missing_piece()
    {
        var r = TargetResolution.Resolve(I("county", 8, "环境空气质量年度约束性指标", (2023, "完成市下达指标")), 2023,
            [City(I("jincheng-14fyp-eco", 2, "城市空气质量优良天数比率", (2025, "75")))]);
        Assert.Null(r.Target);
        Assert.Contains("没有与“环境空气质量年度约束性指标”同名的指标", r.Missing);
    }

    [Fact]
    public void Reference_to_a_parent_without_plans_is_unresolved()
    {
        var r = TargetResolution.Resolve(I("shangdang", 4, "PM2.5 年均浓度", (2025, "完成市下达指标")), 2023, [new JurisdictionPlans("140400", "长治市", [])]);
        Assert.Null(r.Target);
        Assert.Contains("长治市（140400）尚无规划收录于平台", r.Missing);
    }

    [Fact]
    public void Reference_above_a_reference_climbs_and_stops_at_the_missing_level()
    {
        var r = TargetResolution.Resolve(I("county", 1, "细颗粒物（PM2.5）浓度下降比例", (2025, "完成市下达指标")), 2023,
            [City(I("jincheng-14fyp-eco", 1, "城市细颗粒物 (PM _{2.5}) 浓度下降比例", (2025, "完成省级要求"))), new JurisdictionPlans("140000", "山西省", [])]);
        Assert.Null(r.Target);
        Assert.Contains("第 1 项", r.How);
        Assert.Contains("山西省（140000）尚无规划", r.Missing);
    }

    [Theory]
    [InlineData("城市细颗粒物 (PM _{2.5}) 浓度下降比例", "PM2.5浓度下降比例")]
    [InlineData("细颗粒物（PM2.5）年均浓度", "PM2.5浓度")]
    [InlineData("城市空气质量优良天数比率", "空气质量优良天数比例")]
    public void Key_normalises_names(string name, string key) => Assert.Equal(key, TargetResolution.Key(name));
}
