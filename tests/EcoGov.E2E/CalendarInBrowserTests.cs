using System.Globalization;
using System.Text.Json;
using Microsoft.Playwright;

namespace EcoGov.E2E;

/// <summary>
/// Issue 13 item 2's journey "an officer reads a station's calendar": the server as run.sh starts it (with the
/// demonstration air data, 示意数据); the administrator opens 空气质量日历 from the navigation, chooses a station and
/// the year, sees the calendar drawn with its legend and day table (the same days as /api/monitoring/calendar), the
/// station's daily series with the limit, switches to hourly values by clicking a day, and downloads the data (.xlsx) and
/// the picture (.png). Screenshot at 1366×768, copied to docs/screenshots/monitoring-calendar.png; axe-core finds no
/// serious or critical violation.
/// </summary>
public sealed class CalendarInBrowserTests(DemoServerFixture server) : IClassFixture<DemoServerFixture>
{
    private const string Station = "DEMO-140502-A";
    private readonly List<string> consoleErrors = [];

    private async Task<(IBrowserContext Context, IPage Page)> SignedIn(bool bypassCsp = false)
    {
        var context = await server.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            Locale = "zh-CN",
            BypassCSP = bypassCsp,
            AcceptDownloads = true,
            ViewportSize = new ViewportSize { Width = 1366, Height = 768 },
        });
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(60_000);   // a loaded machine
        page.Console += (_, m) => { if (m.Type == "error") lock (consoleErrors) consoleErrors.Add($"{page.Url} | {m.Location} | {m.Text}"); };
        await page.GotoAsync(server.BaseUrl + "/Login");
        await page.FillAsync("#UserName", "admin");
        await page.FillAsync("#Password", ServerFixture.AdminPassword);
        await page.ClickAsync("button[type=submit]");
        await page.WaitForURLAsync(server.BaseUrl + "/");
        return (context, page);
    }

    private static Task Drawn(IPage page, string id) =>
        page.Locator($"#{id} canvas").First.WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Attached });

    [Fact]
    public async Task An_officer_reads_a_stations_calendar()
    {
        var (context, page) = await SignedIn();
        await page.ClickAsync("nav a:has-text('空气质量日历')");
        await page.WaitForURLAsync("**/Monitoring/Calendar");
        Assert.Contains("空气质量日历", await page.InnerTextAsync("h1"));
        // First visit: the first jurisdiction with stations, the year of the last stored hour (the demo data end 2023-09-30).
        Assert.Equal("2023", await page.InputValueAsync("#cal-year"));
        await Drawn(page, "chart-calendar");

        // The city: 晋城市 (above the stations' 城区 and 泽州县), the daily mean of its three stations.
        await page.SelectOptionAsync("#cal-jurisdiction", "140500");
        await page.ClickAsync("#calendar-form button[type=submit]");
        await page.WaitForURLAsync("**Jurisdiction=140500**");
        await Drawn(page, "chart-calendar");
        Assert.Contains("晋城市（140500）各站日均值", await page.InnerTextAsync("#h-calendar"));
        Assert.Contains("DEMO-140525-A", await page.InnerTextAsync("#calendar-summary"));
        Assert.Equal(0, await page.Locator("#chart-series").CountAsync());

        // Choose the station and the year.
        await page.SelectOptionAsync("#cal-station", Station);
        await page.FillAsync("#cal-year", "2023");
        await page.ClickAsync("#calendar-form button[type=submit]");
        await page.WaitForURLAsync($"**Station={Station}**");
        await Drawn(page, "chart-calendar");
        Assert.Contains(Station, await page.InnerTextAsync("#h-calendar"));
        Assert.Contains("示意数据", await page.InnerTextAsync("#demo-notice"));
        Assert.Equal(7, await page.Locator(".aqi-legend li").CountAsync());
        Assert.Contains("优", await page.InnerTextAsync(".aqi-legend"));

        // The day table holds the same days as the API (2023-01-01 … 2023-09-30: 273 days with data).
        var api = await context.APIRequest.GetAsync(server.BaseUrl + $"/api/monitoring/calendar?station={Station}&year=2023");
        Assert.Equal(200, api.Status);
        using var json = JsonDocument.Parse(await api.TextAsync());
        var valid = json.RootElement.GetProperty("days").EnumerateArray().Where(d => d.GetProperty("valid").GetBoolean()).ToList();
        Assert.Equal(273, valid.Count);
        Assert.Equal(valid.Count, await page.Locator("#calendar-table tbody tr").CountAsync());
        var day = valid[14];
        var row = page.Locator($"#calendar-table tr[data-date='{day.GetProperty("date").GetString()}']");
        Assert.Equal(day.GetProperty("aqi").GetInt32().ToString(CultureInfo.InvariantCulture), (await row.Locator("td").Nth(1).TextContentAsync())!.Trim());
        Assert.Equal(day.GetProperty("category").GetString(), (await row.Locator("td").Nth(3).TextContentAsync())!.Trim());

        // The station's daily series with the limit line.
        await Drawn(page, "chart-series");
        Assert.Contains("二级浓度限值", await page.InnerTextAsync("#h-series ~ .chart-note"));
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ServerFixture.Screenshots, "monitoring-calendar.png"), FullPage = true });
        // docs/screenshots holds a copy taken by hand: a test run writes nothing into the repository's tracked files.

        // 下载数据 (.xlsx) and 下载图片 (.png).
        var xlsx = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("#calendar-xlsx"));
        var xlsxPath = Path.Combine(server.TempDirectory, "calendar.xlsx");
        await xlsx.SaveAsAsync(xlsxPath);
        Assert.Equal("PK"u8.ToArray(), File.ReadAllBytes(xlsxPath).Take(2).ToArray());
        var png = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("[data-png-for='chart-calendar']"));
        Assert.EndsWith(".png", png.SuggestedFilename, StringComparison.Ordinal);
        var pngPath = Path.Combine(server.TempDirectory, "calendar.png");
        await png.SaveAsAsync(pngPath);
        Assert.Equal(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G' }, File.ReadAllBytes(pngPath).Take(4).ToArray());

        // The switch to hourly values: the week up to the last day with data.
        await page.ClickAsync("#resolution-hour");
        await page.WaitForURLAsync("**Resolution=hour**");
        await Drawn(page, "chart-series");
        Assert.Contains("逐时", await page.InnerTextAsync("#h-series"));
        Assert.Equal("2023-09-30", await page.InputValueAsync("#series-form input[name=To]"));

        // Hourly values of the week around a day, as a click on the calendar opens them.
        await page.GotoAsync(server.BaseUrl + $"/Monitoring/Calendar?Station={Station}&Year=2023&Resolution=hour&From=2023-01-12&To=2023-01-18");
        await Drawn(page, "chart-series");
        Assert.Contains("逐时", await page.InnerTextAsync("#h-series"));
        await page.ClickAsync("[data-series-pollutant='o3']");
        Assert.Equal("true", await page.GetAttributeAsync("[data-series-pollutant='o3']", "aria-pressed"));
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ServerFixture.Screenshots, "monitoring-series-hourly.png") });
        // More than 31 days by hour: the service's message, as the API and the CLI give it.
        await page.GotoAsync(server.BaseUrl + $"/Monitoring/Calendar?Station={Station}&Year=2023&Resolution=hour&From=2023-01-01&To=2023-03-01");
        Assert.Contains("小时数据一次最多 31 天", await page.InnerTextAsync("#series-error"));

        var onPage = consoleErrors.Where(e => e.Contains("/Monitoring/Calendar", StringComparison.Ordinal)).ToList();
        Assert.True(onPage.Count == 0, string.Join("\n", onPage));
        await context.CloseAsync();

        // Accessibility: axe-core on the station's page (the scan is injected, so this context bypasses the CSP).
        var (scanContext, scan) = await SignedIn(bypassCsp: true);
        await scan.GotoAsync(server.BaseUrl + $"/Monitoring/Calendar?Station={Station}&Year=2023");
        await Drawn(scan, "chart-calendar");
        await Drawn(scan, "chart-series");
        await Axe.AssertNoSeriousViolationsAsync(scan);
        await scanContext.CloseAsync();
    }
}
