namespace EcoGov.Cli.Tests;

public sealed class SeedCommandTests : IDisposable
{
    private readonly CliRunner cli = new();

    public void Dispose() => cli.Dispose();

    [Fact]
    public void The_committed_seed_data_is_exactly_what_the_extractors_produce()
    {
        var (exit, stdout, stderr) = cli.Run("seed", "check", "--json");
        Assert.True(exit == 0, stdout + stderr);
        Assert.DoesNotContain("differs", stdout);
        Assert.DoesNotContain("missing", stdout);
    }

    [Fact]
    public void Seed_check_fails_with_exit_1_when_a_file_was_edited_by_hand()
    {
        var dir = Path.Combine(Path.GetTempPath(), "ecogov-seedcheck-" + Guid.NewGuid().ToString("N"));
        try
        {
            var (exit, _, stderr) = cli.Run("seed", "extract", "--out", dir);
            Assert.True(exit == 0, stderr);
            var file = Directory.GetFiles(dir, "000-*.json").Single();
            File.WriteAllText(file, File.ReadAllText(file).Replace("禁止", "允许"));
            var (checkExit, stdout, _) = cli.Run("seed", "check", "--out", dir, "--json");
            Assert.Equal(1, checkExit);
            Assert.Contains("differs", stdout);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public void Findings_are_listed_per_document()
    {
        var all = cli.Json("findings").EnumerateArray().ToList();
        Assert.NotEmpty(all);
        Assert.All(all, f => Assert.False(string.IsNullOrWhiteSpace(f.GetProperty("message").GetString())));
        var only001 = cli.Json("findings", "--document", "001").EnumerateArray().ToList();
        Assert.All(only001, f => Assert.Equal("001", f.GetProperty("document").GetString()));
        var (exit, _, _) = cli.Run("findings", "--document", "009");
        Assert.Equal(2, exit);
    }
}
