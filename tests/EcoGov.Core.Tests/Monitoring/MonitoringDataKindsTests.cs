using EcoGov.Core.Monitoring;

namespace EcoGov.Core.Tests.Monitoring;

/// <summary>The kinds' names are the CLI's --kind values and what monitoring_imports.Kind holds: they must not change.</summary>
public sealed class MonitoringDataKindsTests
{
    [Fact]
    public void Names_are_the_stored_and_typed_ones_and_parse_back()
    {
        Assert.Equal(["air-hourly", "water-samples"], MonitoringDataKinds.Names);
        foreach (var kind in MonitoringDataKinds.All)
            Assert.Equal(kind, MonitoringDataKinds.Parse(MonitoringDataKinds.Name(kind)));
        Assert.Equal("空气质量小时数据", MonitoringDataKinds.DisplayName(MonitoringDataKind.AirHourly));
        Assert.Equal("地表水水质样品", MonitoringDataKinds.DisplayName(MonitoringDataKind.WaterSamples));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("Air-Hourly")]
    [InlineData("AirHourly")]
    [InlineData("air-hourly ")]
    [InlineData("water")]
    public void Anything_else_is_no_kind(string? name) => Assert.Null(MonitoringDataKinds.Parse(name));

    [Fact]
    public void An_undefined_value_has_no_name() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => MonitoringDataKinds.Name((MonitoringDataKind)7));
}
