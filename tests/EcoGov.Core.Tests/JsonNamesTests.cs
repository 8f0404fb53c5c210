using System.Text.Json;
using System.Text.Json.Serialization;
using EcoGov.Core.Text;
using EcoGov.Core.Zoning;

namespace EcoGov.Core.Tests;

/// <summary>
/// <see cref="JsonNames"/>: a kind's printed name is spelled once, in its JSON attribute; the text form code reads is the
/// one System.Text.Json writes and reads, for every member.
/// </summary>
public class JsonNamesTests
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    private static void AgreesWithTheSerializer<T>() where T : struct, Enum
    {
        foreach (var value in Enum.GetValues<T>())
        {
            var name = JsonNames.Of(value);
            Assert.Equal(JsonSerializer.Serialize(name, Json), JsonSerializer.Serialize(value, Json));
            Assert.Equal(value, JsonSerializer.Deserialize<T>(JsonSerializer.Serialize(name, Json), Json));
            Assert.True(JsonNames.TryParse<T>(name, out var back));
            Assert.Equal(value, back);
        }
    }

    [Fact]
    public void Every_kind_named_by_an_attribute_reads_as_the_serializer_writes_it()
    {
        AgreesWithTheSerializer<LayerImportStatus>();
        AgreesWithTheSerializer<AccessListCategory>();
        AgreesWithTheSerializer<LayerProblemSeverity>();
    }

    [Fact]
    public void Names_come_from_the_attribute_else_the_member()
    {
        Assert.Equal("unchanged", JsonNames.Of(LayerImportStatus.Unchanged));
        Assert.Equal("checked", LayerImportStatuses.Code(LayerImportStatus.Checked));
        Assert.Equal("污染物排放管控", AccessListCategories.Name(AccessListCategory.PollutantDischarge));
        Assert.Equal("Warning", JsonNames.Of(LayerProblemSeverity.Warning));
    }

    [Theory]
    [InlineData("Created")] // the member's name is not its JSON name
    [InlineData("created ")]
    [InlineData("")]
    [InlineData(null)]
    public void Anything_but_a_JSON_name_is_not_parsed(string? text) =>
        Assert.False(JsonNames.TryParse<LayerImportStatus>(text, out _));

    [Fact]
    public void A_value_that_is_not_a_member_is_refused() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => JsonNames.Of((LayerImportStatus)42));

    [Fact]
    public void The_access_list_category_parser_trims_but_takes_only_the_four_names()
    {
        Assert.True(AccessListCategories.TryParse(" 资源利用效率 ", out var c));
        Assert.Equal(AccessListCategory.ResourceEfficiency, c);
        Assert.False(AccessListCategories.TryParse("ResourceEfficiency", out _));
    }
}
