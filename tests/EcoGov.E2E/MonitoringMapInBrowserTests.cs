using System.Globalization;
using System.Text.Json;
using Microsoft.Playwright;

namespace EcoGov.E2E;

/// <summary>
/// 监测点位一张图 in the browser, on the server as run.sh starts it (示意数据): the administrator opens the page from 监测评价,
/// sees the demo stations as circles and the demo sections as diamonds over the county boundaries with the legend, clicks a
/// station and reads its latest AQI in the popup (the API's value), clicks a section and reads its class and target, and
/// finds the same points in the tables below. Screenshot at 1366×768 into tests/EcoGov.E2E/screenshots/monitoring-map.png
/// (docs/screenshots holds a copy taken by hand); axe-core finds no serious or critical violation.
/// </summary>
public sealed class MonitoringMapInBrowserTests(DemoServerFixture server) : IClassFixture<DemoServerFixture>
{
    private readonly List<string> consoleErrors = [];

    private async Task<(IBrowserContext Context, IPage Page)> SignedIn(bool bypassCsp = false)
    {
        var context = await server.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            Locale = "zh-CN",
            BypassCSP = bypassCsp,
            ViewportSize = new ViewportSize { Width = 1366, Height = 768 },
        });
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(60_000);   // a loaded machine
        page.Console += (_, m) => { if (m.Type == "error") lock (consoleErrors) consoleErrors.Add($"{page.Url} | {m.Location} | {m.Text}"); };
        page.PageError += (_, e) => { lock (consoleErrors) consoleErrors.Add($"{page.Url} | uncaught | {e}"); };
        page.Response += (_, r) => { if (r.Status >= 400) lock (consoleErrors) consoleErrors.Add($"{page.Url} | {r.Status} | {r.Url}"); };
        await page.GotoAsync(server.BaseUrl + "/Login");
        await page.FillAsync("#UserName", "admin");
        await page.FillAsync("#Password", ServerFixture.AdminPassword);
        await page.ClickAsync("button[type=submit]");
        await page.WaitForURLAsync(server.BaseUrl + "/");
        return (context, page);
    }

    private async Task Drawn(IPage page)
    {
        try
        {
            await page.Locator("#monitoring-map path[data-station]").First.WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Attached });
        }
        catch (TimeoutException e)
        {
            var html = await page.EvaluateAsync<string>("() => { const m = document.getElementById('monitoring-map'); return m ? ('overlay:' + (m.querySelector('.leaflet-overlay-pane') || {innerHTML:'none'}).innerHTML.substring(0, 1500) + ' markers:' + (m.querySelector('.leaflet-marker-pane') || {innerHTML:'none'}).innerHTML.substring(0, 800) + ' size:' + m.clientWidth + 'x' + m.clientHeight + ' L:' + (typeof L)) : 'no map'; }");
            lock (consoleErrors) throw new TimeoutException($"{e.Message}\nconsole: {string.Join("\n", consoleErrors)}\n{html}", e);
        }
    }

    [Fact]
    public async Task An_officer_reads_the_latest_values_of_the_stations_and_sections_on_the_map()
    {
        var (context, page) = await SignedIn();
        await page.GotoAsync(server.BaseUrl + "/Monitoring");
        await page.ClickAsync("#link-monitoring-map");
        await page.WaitForURLAsync("**/Monitoring/Map");
        Assert.Equal("监测点位一张图", await page.InnerTextAsync("h1"));
        await Drawn(page);
        // First visit of the administrator: the city above the first station (晋城市, holding 城区 and 泽州县).
        Assert.Contains("晋城市（140500）", await page.InnerTextAsync("#h-map"));
        Assert.Contains("示意数据", await page.InnerTextAsync("#demo-notice"));
        Assert.Equal(3, await page.Locator("#monitoring-map path[data-station]").CountAsync());
        Assert.Equal(3, await page.Locator("#monitoring-map .section-marker").CountAsync());
        // the base: the counties of 晋城市 drawn from their stored boundaries, each named
        Assert.Contains("泽州县", await page.InnerTextAsync("#monitoring-map .leaflet-tooltip-pane"));
        Assert.Contains("城区", await page.InnerTextAsync("#monitoring-map .leaflet-tooltip-pane"));
        Assert.Contains("轻度污染", await page.InnerTextAsync("#map-legend"));
        Assert.Contains("劣Ⅴ类", await page.InnerTextAsync("#map-legend-water"));

        // A station: its popup holds the day's AQI the API gives, and links to its calendar.
        var api = await context.APIRequest.GetAsync(server.BaseUrl + "/api/monitoring/map?jurisdiction=140500");
        Assert.Equal(200, api.Status);
        using var json = JsonDocument.Parse(await api.TextAsync());
        var station = json.RootElement.GetProperty("stations").EnumerateArray().Single(s => s.GetProperty("code").GetString() == "DEMO-140502-A");
        Assert.Equal("2023-09-30", station.GetProperty("date").GetString());
        await page.Locator("#monitoring-map path[data-station='DEMO-140502-A']").ClickAsync(new LocatorClickOptions { Force = true });
        var popup = page.Locator(".leaflet-popup-content");
        await popup.WaitForAsync();
        var text = await popup.InnerTextAsync();
        Assert.Contains("DEMO-140502-A", text);
        Assert.Contains("2023-09-30", text);
        Assert.Contains(station.GetProperty("aqi").GetInt32().ToString(CultureInfo.InvariantCulture), text);
        Assert.Contains(station.GetProperty("category").GetString()!, text);
        Assert.Equal("/Monitoring/Calendar?Station=DEMO-140502-A&Year=2023", await popup.Locator("a").First.GetAttributeAsync("href"));

        // A section: its month's class and the plan's target, and the link to the progress table.
        await page.ClickAsync(".leaflet-popup-close-button");
        await popup.WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Detached });
        await page.Locator("#monitoring-map .section-marker[data-section='DEMO-140502-白水河']").ClickAsync();
        await page.Locator(".leaflet-popup-content:has-text('白水河')").WaitForAsync();
        var section = await page.InnerTextAsync(".leaflet-popup-content");
        Assert.Contains("Ⅲ类", section);           // September 2023: Ⅲ (DemoMonitoringData.SectionClasses), target Ⅲ
        Assert.Contains("达标", section);
        Assert.Equal("/Progress?Plan=chengqu-2023-water&Year=2023", await page.Locator(".leaflet-popup-content a").First.GetAttributeAsync("href"));

        // 洞头 (the northernmost point, so its popup hides no other): Ⅳ in September against Ⅴ — the picture.
        await page.ClickAsync(".leaflet-popup-close-button");
        await page.Locator(".leaflet-popup").WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Detached });
        await page.Locator("#monitoring-map .section-marker[data-section='DEMO-140502-洞头']").ClickAsync();
        var dongtou = await page.Locator(".leaflet-popup-content:has-text('洞头')").InnerTextAsync();
        Assert.Contains("Ⅳ类", dongtou);
        Assert.Contains("Ⅴ类", dongtou);
        // the popup faded in and the pointer off the marker before the picture
        await page.Mouse.MoveAsync(5, 5);
        await page.WaitForFunctionAsync("() => getComputedStyle(document.querySelector('.leaflet-popup')).opacity === '1'");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ServerFixture.Screenshots, "monitoring-map.png"), FullPage = true });
        // docs/screenshots holds a copy taken by hand: a test run writes nothing into the repository's tracked files.

        // The tables below list the same points.
        Assert.Equal(3, await page.Locator("#station-table tbody tr").CountAsync());
        Assert.Equal(3, await page.Locator("#section-table tbody tr").CountAsync());
        Assert.Contains(station.GetProperty("aqi").GetInt32().ToString(CultureInfo.InvariantCulture),
            await page.InnerTextAsync("#station-table tr[data-station='DEMO-140502-A']"));

        // Another jurisdiction and day from the form: 城区 before any data.
        await page.SelectOptionAsync("#map-jurisdiction", "140502");
        await page.FillAsync("#map-asof", "2021-06-01");
        await page.ClickAsync("#map-form button[type=submit]");
        await page.WaitForURLAsync("**Jurisdiction=140502**");
        await Drawn(page);
        Assert.Equal(2, await page.Locator("#monitoring-map path[data-station]").CountAsync());
        Assert.Contains("无数据", await page.InnerTextAsync("#station-table"));

        var onPage = consoleErrors.Where(e => e.Contains("/Monitoring/Map", StringComparison.Ordinal)).ToList();
        Assert.True(onPage.Count == 0, string.Join("\n", onPage));
        await context.CloseAsync();

        // Accessibility: axe-core on the page with a popup open (the scan is injected, so this context bypasses the CSP).
        var (scanContext, scan) = await SignedIn(bypassCsp: true);
        await scan.GotoAsync(server.BaseUrl + "/Monitoring/Map?Jurisdiction=140500");
        await Drawn(scan);
        await scan.Locator("#monitoring-map path[data-station='DEMO-140502-B']").ClickAsync(new LocatorClickOptions { Force = true });
        await scan.Locator(".leaflet-popup-content").WaitForAsync();
        await Axe.AssertNoSeriousViolationsAsync(scan);
        await scanContext.CloseAsync();
    }
}
