using System.Text.Json;

namespace EcoGov.Cli.Tests;

/// <summary>`zoning precheck`: the public pre-check of /public and GET /api/public/precheck from the command line.</summary>
public sealed class ZoningPrecheckCommandTests(CliRunner cli) : IClassFixture<CliRunner>
{
    [Fact]
    public void A_point_in_the_urban_core_gives_its_unit_class_and_the_requirements_for_the_industry()
    {
        var (exit, stdout, stderr) = cli.Run("zoning", "precheck", "--location", "112.85,35.50", "--industry", "3011", "--json");
        Assert.True(exit == 0, stderr);
        var json = JsonDocument.Parse(stdout).RootElement;
        var unit = Assert.Single(json.GetProperty("units").EnumerateArray());
        Assert.Equal("ZH14050230001", unit.GetProperty("code").GetString());
        Assert.Equal("一般管控单元", unit.GetProperty("class").GetString());
        Assert.NotEmpty(json.GetProperty("requirements").EnumerateArray());
        Assert.Contains("不构成审批意见", json.GetProperty("notice").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("abc", "3011", "--location")]
    [InlineData("112.85,35.50", "XYZ1", "--industry")]
    public void Bad_input_exits_2_naming_the_option(string location, string industry, string option)
    {
        var (exit, _, stderr) = cli.Run("zoning", "precheck", "--location", location, "--industry", industry);
        Assert.Equal(2, exit);
        Assert.Contains(option, stderr, StringComparison.Ordinal);
    }
}
