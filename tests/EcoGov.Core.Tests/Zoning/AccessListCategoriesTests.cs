using System.Text.Json;
using EcoGov.Core.Plans;
using EcoGov.Core.Zoning;
using EcoGov.Core.Zoning.Rules;

namespace EcoGov.Core.Tests.Zoning;

/// <summary>
/// 管控类别 as a type: the four names as the zoning results print them, in their printed order, the same in the seed JSON
/// and the rule catalogue as in the documents (so typing the field changed no stored or published byte).
/// </summary>
public sealed class AccessListCategoriesTests
{
    [Fact]
    public void The_four_names_are_the_documents_in_their_printed_order()
    {
        Assert.Equal(["空间布局约束", "污染物排放管控", "环境风险防控", "资源利用效率"], AccessListCategories.All.Select(AccessListCategories.Name));
        Assert.Equal(Enum.GetValues<AccessListCategory>(), AccessListCategories.All);
        // the enum's order is the printed order, so sorting by it sorts as the lists print
        Assert.Equal(AccessListCategories.All, AccessListCategories.All.Reverse().Order());
    }

    [Fact]
    public void Json_writes_each_category_by_the_same_name_as_Name()
    {
        // the names stand twice in AccessRequirement.cs (the JSON attribute and Name's switch); this keeps them one
        foreach (var c in AccessListCategories.All)
        {
            Assert.Equal($"\"{AccessListCategories.Name(c)}\"", JsonSerializer.Serialize(c, SeedJson.Compact));
            Assert.Equal($"\"{AccessListCategories.Name(c)}\"", JsonSerializer.Serialize(c, RuleCatalog.JsonOptions));
        }
    }

    [Theory]
    [InlineData("空间布局约束", AccessListCategory.SpatialLayout)]
    [InlineData(" 资源利用效率 ", AccessListCategory.ResourceEfficiency)]
    public void A_printed_name_parses(string text, AccessListCategory expected)
    {
        Assert.True(AccessListCategories.TryParse(text, out var c));
        Assert.Equal(expected, c);
        Assert.Equal(expected, AccessListCategories.Parse(text));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("资源利用")]
    [InlineData("SpatialLayout")]
    [InlineData("spatialLayout")]
    [InlineData("0")]
    public void Anything_else_is_not_a_category(string? text)
    {
        Assert.False(AccessListCategories.TryParse(text, out _));
        if (text is not null)
            Assert.Contains("不是准入清单的管控类别", Assert.Throws<FormatException>(() => AccessListCategories.Parse(text)).Message);
    }

    [Fact]
    public void Seed_json_and_the_rule_catalogue_write_the_printed_name_and_refuse_other_spellings()
    {
        var r = new AccessRequirement("p", "140500", AccessListLevel.City, AccessListCategory.RiskPrevention, null, 1, "t", "b", null, new Provenance("000", "s", 1));
        var json = JsonSerializer.Serialize(r, SeedJson.Options);
        Assert.Contains("\"category\": \"环境风险防控\"", json);
        Assert.Equal(r, JsonSerializer.Deserialize<AccessRequirement>(json, SeedJson.Options));
        Assert.ThrowsAny<JsonException>(() => JsonSerializer.Deserialize<AccessRequirement>(json.Replace("环境风险防控", "riskPrevention"), SeedJson.Options));
        Assert.ThrowsAny<JsonException>(() => JsonSerializer.Deserialize<AccessRequirement>(json.Replace("\"环境风险防控\"", "2"), SeedJson.Options));

        var source = new RuleSource(RuleSourceKind.AccessRequirement, "p", "000", AccessListLevel.City, AccessListCategory.SpatialLayout, null, 1, "k");
        var ruleJson = JsonSerializer.Serialize(source, RuleCatalog.JsonOptions);
        Assert.Contains("\"category\": \"空间布局约束\"", ruleJson);
        Assert.Equal(source, JsonSerializer.Deserialize<RuleSource>(ruleJson, RuleCatalog.JsonOptions));
    }
}
