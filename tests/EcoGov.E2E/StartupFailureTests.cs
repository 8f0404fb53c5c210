using System.Diagnostics;

namespace EcoGov.E2E;

/// <summary>The real server process, started on a damaged seed folder, stops with a message and exit code 2.</summary>
public sealed class StartupFailureTests
{
    [Fact]
    public async Task A_broken_seed_file_stops_the_web_app_naming_file_and_line()
    {
        var home = Path.Combine(Path.GetTempPath(), "ecogov-broken-" + Guid.NewGuid().ToString("N"));
        try
        {
            Copy(Path.Combine(ServerFixture.RepoRoot, "data", "seed"), Path.Combine(home, "data", "seed"));
            var file = Directory.GetFiles(Path.Combine(home, "data", "seed"), "000-*.json").Single();
            var lines = File.ReadAllLines(file);
            lines[4] = lines[4].Replace("\":", "\"");
            File.WriteAllLines(file, lines);

            var webProject = Path.Combine(ServerFixture.RepoRoot, "src", "EcoGov.Web");
            var psi = new ProcessStartInfo("dotnet", [ServerFixture.WebDll(), "--urls", "http://127.0.0.1:0", "--contentRoot", webProject])
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            psi.Environment["ECOGOV_HOME"] = home;
            psi.Environment["ECOGOV_DB"] = Path.Combine(home, "data", "broken.db");
            using var process = Process.Start(psi)!;
            var stderr = process.StandardError.ReadToEndAsync();
            var stdout = process.StandardOutput.ReadToEndAsync();
            using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(90));
            await process.WaitForExitAsync(cts.Token);

            Assert.Equal(2, process.ExitCode);
            var message = await stderr;
            Assert.Contains(Path.GetFileName(file), message);
            Assert.Contains("第5行", message);
            Assert.DoesNotContain("Unhandled exception", message + await stdout);
        }
        finally
        {
            Directory.Delete(home, recursive: true);
        }
    }

    private static void Copy(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var f in Directory.GetFiles(from)) File.Copy(f, Path.Combine(to, Path.GetFileName(f)));
        foreach (var d in Directory.GetDirectories(from)) Copy(d, Path.Combine(to, Path.GetFileName(d)));
    }
}
