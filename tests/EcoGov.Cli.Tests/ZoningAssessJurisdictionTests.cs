using System.Text.Json;

namespace EcoGov.Cli.Tests;

/// <summary>`zoning assess --jurisdiction` for a county whose layers are drawn for its city, and bad facts files.</summary>
public sealed class ZoningAssessJurisdictionTests(CliRunner cli) : IClassFixture<CliRunner>, IDisposable
{
    private readonly string dir = Directory.CreateTempSubdirectory("ecogov-zj-").FullName;

    public void Dispose()
    {
        try { Directory.Delete(dir, recursive: true); } catch (IOException) { }
    }

    [Fact]
    public void A_county_without_its_own_layers_is_assessed_on_its_citys_layers()
    {
        // The demo layers are stored for 晋城市 (140500); 城区 (140502) has none of its own.
        var facts = Path.Combine(dir, "facts.json");
        File.WriteAllText(facts, """{"emitsAirPollutants":true}""");
        var (exit, stdout, stderr) = cli.Run(["zoning", "assess", "--point", "112.85,35.50", "--jurisdiction", "140502",
            "--facts", facts, "--date", "2024-06-01", "--json"]);
        Assert.True(exit == 1, stderr);
        using var doc = JsonDocument.Parse(stdout);
        var r = doc.RootElement;
        Assert.Equal("不符合", r.GetProperty("conclusion").GetString());
        Assert.Equal("ZH14050230001", Assert.Single(r.GetProperty("units").EnumerateArray()).GetProperty("code").GetString());
        // the city's managed layers are used too: the urban core is measured, not "missing"
        var versions = r.GetProperty("versions");
        Assert.Equal("140500", versions.GetProperty("units").GetProperty("jurisdictionCode").GetString());
        Assert.Equal("140500", versions.GetProperty("urban-core").GetProperty("jurisdictionCode").GetString());
        Assert.Contains(r.GetProperty("layers").EnumerateArray(), l => l.GetProperty("layer").GetString() == "urban-core");
    }

    [Theory]
    [InlineData("{\"emitsAirPollutants\": true,,}")]
    [InlineData("not json")]
    public void A_facts_file_that_is_not_json_is_bad_input_naming_the_file(string text)
    {
        var facts = Path.Combine(dir, "facts-bad.json");
        File.WriteAllText(facts, text);
        var (exit, _, stderr) = cli.Run(["zoning", "assess", "--point", "112.85,35.50", "--facts", facts, "--date", "2024-06-01", "--json"]);
        Assert.Equal(2, exit);
        Assert.Contains("facts-bad.json", stderr);
    }
}
