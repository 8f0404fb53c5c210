using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Microsoft.Playwright;

namespace EcoGov.E2E;

/// <summary>
/// Starts the real web app as a process (as run.sh does) on a free loopback port with a throwaway
/// database, and Debian's Chromium through Playwright. Screenshots go to tests/EcoGov.E2E/screenshots/.
/// A subclass may add environment variables (<see cref="Environment"/>), as <see cref="DemoServerFixture"/> does.
/// </summary>
public class ServerFixture : IAsyncLifetime
{
    public const string AdminPassword = "E2E-测试-密码-2026";
    private readonly string dir = Path.Combine(Path.GetTempPath(), "ecogov-e2e-" + Guid.NewGuid().ToString("N"));
    private Process? server;
    private IPlaywright? playwright;
    public IBrowser Browser { get; private set; } = null!;
    public string BaseUrl { get; private set; } = "";
    public static string RepoRoot { get; } = FindRepoRoot();
    public static string Screenshots { get; } = Path.Combine(RepoRoot, "tests", "EcoGov.E2E", "screenshots");
    public string ServerOutput => output.ToString();
    /// <summary>The server's database, for tests that import data with the CLI first.</summary>
    public string DatabaseFile => Path.Combine(dir, "e2e.db");
    public string TempDirectory => dir;
    private readonly System.Text.StringBuilder output = new();

    /// <summary>More environment variables for the server (none here).</summary>
    protected virtual IReadOnlyDictionary<string, string> Environment => new Dictionary<string, string>();

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(dir);
        Directory.CreateDirectory(Screenshots);
        var port = FreePort();
        BaseUrl = $"http://127.0.0.1:{port}";
        var webProject = Path.Combine(RepoRoot, "src", "EcoGov.Web");
        var psi = new ProcessStartInfo("dotnet", [WebDll(), "--urls", BaseUrl, "--contentRoot", webProject])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        psi.Environment["ECOGOV_HOME"] = RepoRoot;
        psi.Environment["ECOGOV_DB"] = Path.Combine(dir, "e2e.db");
        psi.Environment["ECOGOV_ADMIN_PASSWORD"] = AdminPassword;
        psi.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        foreach (var (name, value) in Environment) psi.Environment[name] = value;
        server = Process.Start(psi)!;
        server.OutputDataReceived += (_, e) => { lock (output) output.AppendLine(e.Data); };
        server.ErrorDataReceived += (_, e) => { lock (output) output.AppendLine(e.Data); };
        server.BeginOutputReadLine();
        server.BeginErrorReadLine();
        await WaitUntilServing();

        playwright = await Playwright.CreateAsync();
        Browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = System.Environment.GetEnvironmentVariable("ECOGOV_CHROMIUM") ?? "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                    "--disable-component-update", "--disable-sync"],
        });
    }

    /// <summary>The web app built with the tests (the newest EcoGov.Web.dll under src/EcoGov.Web/bin).</summary>
    public static string WebDll() =>
        Directory.GetFiles(Path.Combine(RepoRoot, "src", "EcoGov.Web", "bin"), "EcoGov.Web.dll", SearchOption.AllDirectories)
            .OrderByDescending(File.GetLastWriteTimeUtc).First();

    private const int StartupSeconds = 300;

    private async Task WaitUntilServing()
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        // A hang guard, not a performance bound: a fresh store is migrated and seeded first, which on a loaded 2-core
        // machine (tests of other projects running beside) has taken more than 90 s.
        var deadline = DateTime.UtcNow.AddSeconds(StartupSeconds);
        while (DateTime.UtcNow < deadline)
        {
            if (server!.HasExited) throw new InvalidOperationException("server exited: " + ServerOutput);
            try
            {
                var r = await http.GetAsync(BaseUrl + "/Login");
                if (r.StatusCode == HttpStatusCode.OK) return;
            }
            catch (HttpRequestException) { }
            catch (TaskCanceledException) { }
            await Task.Delay(250);
        }
        throw new TimeoutException($"server did not answer within {StartupSeconds} s: " + ServerOutput);
    }

    private static int FreePort()
    {
        var l = new TcpListener(IPAddress.Loopback, 0);
        l.Start();
        var port = ((IPEndPoint)l.LocalEndpoint).Port;
        l.Stop();
        return port;
    }

    private static string FindRepoRoot()
    {
        var d = new DirectoryInfo(AppContext.BaseDirectory);
        while (d is not null && !File.Exists(Path.Combine(d.FullName, "EcoGov.slnx"))) d = d.Parent;
        return d?.FullName ?? throw new InvalidOperationException("EcoGov.slnx not found");
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null) await Browser.CloseAsync();
        playwright?.Dispose();
        if (server is { HasExited: false })
        {
            server.Kill(entireProcessTree: true);
            await server.WaitForExitAsync();
        }
        try { Directory.Delete(dir, recursive: true); } catch (IOException) { }
    }
}

/// <summary>The server as run.sh starts it: with the demonstration air data (示意数据, ECOGOV_DEMO_DATA=1).</summary>
public sealed class DemoServerFixture : ServerFixture
{
    protected override IReadOnlyDictionary<string, string> Environment => new Dictionary<string, string> { ["ECOGOV_DEMO_DATA"] = "1" };
}
