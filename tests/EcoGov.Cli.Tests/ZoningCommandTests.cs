namespace EcoGov.Cli.Tests;

public sealed class ZoningCommandTests : IDisposable
{
    private readonly CliRunner cli = new();

    public void Dispose() => cli.Dispose();

    [Fact]
    public void Access_list_of_jincheng_has_the_80_city_requirements_by_category()
    {
        // 000's 80 city requirements only: unit-level ones (the synthetic demo units') apply inside their unit, not city-wide
        var list = cli.Json("access-list", "--jurisdiction", "140500").EnumerateArray().ToList();
        Assert.Equal(80, list.Count);
        Assert.All(list, a =>
        {
            Assert.Equal("city", a.GetProperty("level").GetString());
            Assert.False(string.IsNullOrWhiteSpace(a.GetProperty("text").GetString()));
            Assert.False(string.IsNullOrWhiteSpace(a.GetProperty("basis").GetString()));
        });
        int Count(string category, string? sub) => list.Count(a =>
            a.GetProperty("category").GetString() == category && (sub is null || a.GetProperty("subcategory").GetString() == sub));
        Assert.Equal(27, Count("空间布局约束", "禁止开发建设活动的要求"));
        Assert.Equal(10, Count("空间布局约束", "限制开发建设活动的要求"));
        Assert.Equal(10, Count("空间布局约束", "不符合空间布局要求活动的退出要求"));
        Assert.Equal(25, Count("污染物排放管控", null));
        Assert.Equal(4, Count("环境风险防控", null));
        Assert.Equal(4, Count("资源利用效率", null));
        var livestock = list.Single(a => a.GetProperty("subcategory").GetString() == "禁止开发建设活动的要求" && a.GetProperty("seq").GetInt32() == 26);
        Assert.Contains("沁河、丹河沿线1000米", livestock.GetProperty("text").GetString());
        Assert.Contains("晋市环发〔2023〕122号", livestock.GetProperty("basis").GetString());
    }

    [Fact]
    public void Units_stats_gives_each_county_and_the_city_total()
    {
        var list = cli.Json("units-stats", "--jurisdiction", "140500").EnumerateArray().ToList();
        Assert.Equal(7, list.Count);
        var rows = list.ToDictionary(r => r.GetProperty("code").GetString()!, r =>
            (r.GetProperty("priority").GetInt32(), r.GetProperty("key").GetInt32(), r.GetProperty("general").GetInt32(), r.GetProperty("total").GetInt32()));
        Assert.Equal((4, 5, 1, 10), rows["140502"]);
        Assert.Equal((11, 4, 1, 16), rows["140521"]);
        Assert.Equal((10, 6, 1, 17), rows["140522"]);
        Assert.Equal((8, 4, 1, 13), rows["140524"]);
        Assert.Equal((10, 9, 1, 20), rows["140525"]);
        Assert.Equal((5, 8, 1, 14), rows["140581"]);
        Assert.Equal((48, 36, 6, 90), rows["140500"]);
        Assert.Equal("高平市", list.Single(r => r.GetProperty("code").GetString() == "140581").GetProperty("name").GetString());
    }

    [Fact]
    public void Jurisdictions_is_a_tree_with_boundary_flags()
    {
        var roots = cli.Json("jurisdictions").EnumerateArray().ToList();
        var shanxi = Assert.Single(roots);
        Assert.Equal("140000", shanxi.GetProperty("code").GetString());
        Assert.False(shanxi.GetProperty("hasBoundary").GetBoolean());
        var jincheng = shanxi.GetProperty("children").EnumerateArray().Single(c => c.GetProperty("code").GetString() == "140500");
        Assert.True(jincheng.GetProperty("hasBoundary").GetBoolean());
        Assert.Equal(6, jincheng.GetProperty("children").GetArrayLength());
        var changzhi = shanxi.GetProperty("children").EnumerateArray().Single(c => c.GetProperty("code").GetString() == "140400");
        var shangdang = Assert.Single(changzhi.GetProperty("children").EnumerateArray());
        Assert.Equal("上党区", shangdang.GetProperty("name").GetString());
        Assert.Equal("140400", shangdang.GetProperty("parentCode").GetString());
        Assert.Equal(["长治县"], shangdang.GetProperty("formerNames").EnumerateArray().Select(n => n.GetString()));
        Assert.True(shangdang.GetProperty("hasBoundary").GetBoolean());
    }

    [Theory]
    [InlineData("14050")]
    [InlineData("abcdef")]
    [InlineData("999999")]
    public void A_bad_jurisdiction_code_is_bad_input(string code)
    {
        var (exit, stdout, stderr) = cli.Run("access-list", "--jurisdiction", code, "--json");
        Assert.Equal(2, exit);
        Assert.Equal("", stdout);
        Assert.Contains(code, stderr);
    }
}
