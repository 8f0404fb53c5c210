using System.Diagnostics;
using Microsoft.Playwright;

namespace EcoGov.E2E;

/// <summary>
/// Issue 14 item 4: two generated years (2022, 2023) imported with the CLI, then 按目标倒排 opened from 城区's plan page for
/// 2023-06-30: what the rest of the year must achieve, and the projection from the one past year.
/// </summary>
public sealed class ForesightInBrowserTests(ServerFixture server) : IClassFixture<ServerFixture>
{
    private void Cli(params string[] args)
    {
        var psi = new ProcessStartInfo(Path.Combine(ServerFixture.RepoRoot, "ecogov"), [.. args, "--db", server.DatabaseFile])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = ServerFixture.RepoRoot,
        };
        using var p = Process.Start(psi)!;
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEnd();
        p.WaitForExit();
        Assert.True(p.ExitCode == 0, $"ecogov {string.Join(' ', args)}: exit {p.ExitCode}\n{stderr}\n{stdout.Result}");
    }

    [Fact]
    public async Task An_officer_opens_the_foresight_of_a_plan_from_its_page()
    {
        var file = Path.Combine(server.TempDirectory, "synthetic.csv");
        Cli("monitoring", "generate", "--out", file, "--from-year", "2022", "--years", "2", "--stations", "2");
        Cli("monitoring", "import", file, "--kind", "air-hourly", "--jurisdiction", "140502");

        var page = await server.Browser.NewPageAsync(new BrowserNewPageOptions { Locale = "zh-CN", ViewportSize = new ViewportSize { Width = 1366, Height = 900 } });
        await page.GotoAsync(server.BaseUrl + "/Login");
        await page.FillAsync("#UserName", "admin");
        await page.FillAsync("#Password", ServerFixture.AdminPassword);
        await page.ClickAsync("button[type=submit]");
        await page.WaitForURLAsync(server.BaseUrl + "/");

        await page.GotoAsync(server.BaseUrl + "/Plans/chengqu-2023-air");
        await page.ClickAsync("#foresight-link");
        await page.WaitForURLAsync("**/Foresight?Plan=chengqu-2023-air");
        await page.FillAsync("input[name=AsOf]", "2023-06-30");
        await page.ClickAsync("form.filters button[type=submit]");
        await page.WaitForSelectorAsync("#foresight");

        var table = await page.InnerTextAsync("#foresight");
        Assert.Contains("剩余 184 天 PM2.5 平均浓度需控制在", table);
        Assert.Contains("依据：往年同期 1 年", table);
        Assert.Equal(12, await page.Locator("#foresight tbody tr").CountAsync());
        Assert.Contains("2022", await page.InnerTextAsync("#projection-note"));

        Directory.CreateDirectory(ServerFixture.Screenshots);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ServerFixture.Screenshots, "foresight-chengqu-2023-06-30.png"), FullPage = true });
    }
}
