using System.Diagnostics;
using System.Globalization;
using System.Text;
using Microsoft.Playwright;

namespace EcoGov.E2E;

/// <summary>Data imported with the CLI into the server's database, then evaluated and compared with targets in the browser.</summary>
public sealed class MonitoringInBrowserTests(ServerFixture server) : IClassFixture<ServerFixture>
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

    private void ImportOnce()
    {
        lock (server)
        {
            var marker = Path.Combine(server.TempDirectory, "imported");
            if (File.Exists(marker)) return;
            var air = new StringBuilder("station,time,SO2,NO2,CO,O3,PM10,PM2.5\n");
            for (var h = 0; h < 24 * 31; h++)
                foreach (var (s, k) in new[] { ("城区监测站", 0), ("白水河站", 5) })
                {
                    if ((h + k) % 53 == 7) continue;
                    air.Append(CultureInfo.InvariantCulture,
                        $"{s},{new DateTime(2023, 1, 1).AddHours(h):yyyy-MM-dd HH:mm},{8 + (h + k) % 7},{22 + (h + k) % 15},{0.6 + h % 6 / 10.0},{45 + (h * 3 + k) % 70},{70 + (h + k) % 60},{35 + (h * 7 + k) % 60}\n");
                }
            var airFile = Path.Combine(server.TempDirectory, "air.csv");
            File.WriteAllText(airFile, air.ToString());
            var water = new StringBuilder("section,date,id,type,DO,CODMn,COD,NH3N,TP\n");
            for (var m = 1; m <= 12; m++)
            {
                water.Append(CultureInfo.InvariantCulture, $"白水河,2023-{m:00}-10,b{m},river,7.2,3.5,14,0.4,0.08\n");
                water.Append(CultureInfo.InvariantCulture, $"洞头,2023-{m:00}-12,d{m},river,4,9,32,{(m % 3 == 0 ? 2.4 : 1.4)},0.35\n");
            }
            var waterFile = Path.Combine(server.TempDirectory, "water.csv");
            File.WriteAllText(waterFile, water.ToString());
            Cli("monitoring", "import", airFile, "--kind", "air-hourly", "--jurisdiction", "140502");
            Cli("monitoring", "import", waterFile, "--kind", "water-samples", "--jurisdiction", "140502");
            File.WriteAllText(marker, "");
        }
    }

    private async Task<IPage> SignedIn()
    {
        var page = await server.Browser.NewPageAsync(new BrowserNewPageOptions { Locale = "zh-CN", ViewportSize = new ViewportSize { Width = 1366, Height = 900 } });
        await page.GotoAsync(server.BaseUrl + "/Login");
        await page.FillAsync("#UserName", "admin");
        await page.FillAsync("#Password", ServerFixture.AdminPassword);
        await page.ClickAsync("button[type=submit]");
        await page.WaitForURLAsync(server.BaseUrl + "/");
        return page;
    }

    [Fact]
    public async Task An_officer_evaluates_imported_data_under_two_standards()
    {
        ImportOnce();
        var page = await SignedIn();
        await page.ClickAsync("nav a[href='/Monitoring']");
        await page.WaitForURLAsync("**/Monitoring");
        Assert.Contains("城区（140502）", await page.InnerTextAsync("main"));
        await page.SelectOptionAsync("select[name=Jurisdiction]", "140502");
        await page.FillAsync("input[name=From]", "2023-01-01");
        await page.FillAsync("input[name=To]", "2023-01-31");
        await page.SelectOptionAsync("select[name=Standard]", "GB3095-2012");
        await page.SelectOptionAsync("select[name=Compare]", "GB3095-2026");
        await page.ClickAsync("form.filters button[type=submit]");
        await page.WaitForSelectorAsync("#evaluation");
        var rows = page.Locator("#evaluation tbody tr");
        Assert.Equal(3, await rows.CountAsync());
        Assert.Contains("全部站点", await rows.Nth(2).InnerTextAsync());
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ServerFixture.Screenshots, "monitoring.png"), FullPage = true });
    }

    /// <summary>发布数据核对: a zipped day of national releases uploaded; exactly the two planted disagreements are listed.</summary>
    [Fact]
    public async Task An_analyst_checks_a_day_of_national_releases_before_trusting_it()
    {
        var day = EcoGov.Testing.Monitoring.ReleaseFixture.WriteDay(Path.Combine(server.TempDirectory, "releases-" + Guid.NewGuid().ToString("N")));
        var zip = day + ".zip";
        System.IO.Compression.ZipFile.CreateFromDirectory(day, zip);
        var page = await SignedIn();
        await page.GotoAsync(server.BaseUrl + "/Monitoring");
        await page.ClickAsync("a[href='/MonitoringCheck']");
        await page.WaitForURLAsync("**/MonitoringCheck");
        await page.SetInputFilesAsync("#release-check input[type=file]", zip);
        await page.ClickAsync("#release-check button");
        await page.WaitForSelectorAsync("#disagreements");
        Assert.Equal(EcoGov.Testing.Monitoring.ReleaseFixture.Planted.Length, await page.Locator("#disagreements tbody tr").CountAsync());
        var rows = await page.Locator("#disagreements tbody tr").AllInnerTextsAsync();
        foreach (var (station, _, field) in EcoGov.Testing.Monitoring.ReleaseFixture.Planted)
            Assert.Contains(rows, r => r.Contains(station, StringComparison.Ordinal) && r.Contains(field, StringComparison.Ordinal));
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ServerFixture.Screenshots, "monitoring-release-check.png"), FullPage = true });
    }

    [Fact]
    public async Task Section_targets_show_month_by_month_with_status_and_reason()
    {
        ImportOnce();
        var page = await SignedIn();
        await page.GotoAsync(server.BaseUrl + "/Progress?Plan=chengqu-2023-water");
        var text = await page.InnerTextAsync("#sections + .scroll table");
        Assert.Contains("白水河", text);
        Assert.Contains("无法判断", text); // 金匠桥 has no samples
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ServerFixture.Screenshots, "progress-water.png"), FullPage = true });
    }
}
