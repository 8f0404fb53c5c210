using EcoGov.Core.Water;

namespace EcoGov.Core.Tests;

/// <summary>The water-body kind's names: what JSON prints and what a file's type cell may say.</summary>
public sealed class WaterBodyKindsTests
{
    [Theory]
    [InlineData("river", WaterBodyKind.River)]
    [InlineData("River", WaterBodyKind.River)]
    [InlineData("河流", WaterBodyKind.River)]
    [InlineData("lake", WaterBodyKind.LakeOrReservoir)]
    [InlineData("LAKE", WaterBodyKind.LakeOrReservoir)]
    [InlineData("湖库", WaterBodyKind.LakeOrReservoir)]
    public void Type_cells_parse(string text, WaterBodyKind kind) => Assert.Equal(kind, WaterBodyKinds.Parse(text));

    [Theory]
    [InlineData("")]
    [InlineData("reservoir")]
    [InlineData("湖泊")]
    [InlineData(" river")]
    public void Anything_else_is_no_kind(string text) => Assert.Null(WaterBodyKinds.Parse(text));

    [Fact]
    public void Names_are_river_and_lake_and_parse_back()
    {
        Assert.Equal("river", WaterBodyKinds.Name(WaterBodyKind.River));
        Assert.Equal("lake", WaterBodyKinds.Name(WaterBodyKind.LakeOrReservoir));
        foreach (var kind in Enum.GetValues<WaterBodyKind>()) Assert.Equal(kind, WaterBodyKinds.Parse(WaterBodyKinds.Name(kind)));
    }
}
