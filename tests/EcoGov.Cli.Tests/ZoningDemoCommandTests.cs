namespace EcoGov.Cli.Tests;

public sealed class ZoningDemoCommandTests : IDisposable
{
    private readonly CliRunner cli = new();
    private readonly string dir = Path.Combine(Path.GetTempPath(), "ecogov-zoningdemo-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        cli.Dispose();
        if (Directory.Exists(dir)) Directory.Delete(dir, recursive: true);
    }

    [Fact]
    public void The_committed_demo_layers_are_exactly_what_the_generator_produces()
    {
        var (exit, stdout, stderr) = cli.Run("zoning-demo", "check", "--json");
        Assert.True(exit == 0, stdout + stderr);
        Assert.Contains("units.geojson", stdout);
        Assert.DoesNotContain("differs", stdout);
        Assert.DoesNotContain("missing", stdout);
    }

    [Fact]
    public void Build_writes_the_files_and_check_fails_with_exit_1_after_a_hand_edit()
    {
        var (exit, _, stderr) = cli.Run("zoning-demo", "build", "--out", dir);
        Assert.True(exit == 0, stderr);
        Assert.Equal(
            ["farmland.geojson", "livestock.geojson", "parks.geojson", "river-management.geojson", "rivers.geojson", "sensitive.geojson",
             "transport.geojson", "unit-requirements.json", "units.geojson", "urban-core.geojson", "water-sources.geojson"],
            Directory.GetFiles(dir).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Equal(0, cli.Run("zoning-demo", "check", "--out", dir).Exit);

        var rivers = Path.Combine(dir, "rivers.geojson");
        File.WriteAllText(rivers, File.ReadAllText(rivers).Replace("支流", "干流"));
        File.Delete(Path.Combine(dir, "parks.geojson"));
        var (checkExit, stdout, _) = cli.Run("zoning-demo", "check", "--out", dir, "--json");
        Assert.Equal(1, checkExit);
        Assert.Contains("differs", stdout);
        Assert.Contains("missing", stdout);
    }
}
