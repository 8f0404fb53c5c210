using Microsoft.Playwright;

namespace EcoGov.E2E;

/// <summary>
/// Issue 13 item 4, the journey "a public user pre-checks a site": without signing in, open /public on the server as run.sh
/// starts it (with the demonstration air data), click the map to place the point, correct it in the box, enter an industry
/// code, submit, and read the units, their class and the requirements with the pre-check statement; the demonstration air
/// data are not shown as published figures. axe-core finds no serious or critical violation. Screenshot at 1366×900.
/// </summary>
public sealed class PublicPrecheckInBrowserTests(DemoServerFixture server) : IClassFixture<DemoServerFixture>
{
    [Fact]
    public async Task A_public_user_pre_checks_a_site_without_signing_in()
    {
        var consoleErrors = new List<string>();
        var context = await server.Browser.NewContextAsync(new BrowserNewContextOptions { Locale = "zh-CN", ViewportSize = new ViewportSize { Width = 1366, Height = 900 } });
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(60_000);   // a loaded machine
        page.Console += (_, m) => { if (m.Type == "error") lock (consoleErrors) consoleErrors.Add($"{page.Url} | {m.Text}"); };
        page.Response += (_, r) => { if (r.Status >= 400) lock (consoleErrors) consoleErrors.Add($"{r.Status} {r.Url}"); };

        await page.GotoAsync(server.BaseUrl + "/public");
        Assert.Equal(server.BaseUrl + "/public", page.Url);   // not sent to the login page
        Assert.Contains("公众选址预判", await page.InnerTextAsync("h1"));
        Assert.Contains("本结果为选址预判，不构成审批意见", await page.InnerTextAsync("#precheck-notice"));
        // The map is drawn from the public map data; a click places the point in the location box.
        await page.Locator("[data-zoning-map][data-ready='true']").WaitForAsync();
        var map = page.Locator("[data-zoning-map]");
        var box = (await map.BoundingBoxAsync())!;
        await map.ClickAsync(new LocatorClickOptions { Position = new Position { X = box.Width / 2, Y = box.Height / 2 } });
        Assert.Matches(@"^\d+\.\d+,\d+\.\d+$", await page.InputValueAsync("#Location"));

        // Keyboard: the labelled controls in order; the point of the zoning tests typed over the clicked one.
        await page.GetByLabel("位置（经度,纬度").FillAsync("112.85,35.50");
        await page.GetByLabel("行业代码（国民经济行业分类").FillAsync("3011");
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync("**/public?location=*");
        await page.Locator("#precheck-result").WaitForAsync();

        var units = await page.InnerTextAsync("#public-units");
        Assert.Contains("ZH14050230001", units);
        Assert.Contains("一般管控单元", units);
        Assert.True(await page.Locator("#public-requirements tbody tr").CountAsync() > 0);
        Assert.Contains("水泥", await page.TextContentAsync("#precheck-requirements"));   // among the 人工判断 ones, folded
        Assert.Contains("示意数据", await page.InnerTextAsync("#precheck-result"));
        // The demonstration air hours (DEMO- stations) are not published figures.
        Assert.Contains("暂无已发布的空气质量数据", await page.InnerTextAsync("#public-air"));
        Assert.DoesNotContain("DEMO-", await page.ContentAsync());
        await page.Locator("[data-zoning-map][data-ready='true']").WaitForAsync();
        // the map's zoom to the point is animated: the shot waits for it to end
        await page.WaitForFunctionAsync("() => !document.querySelector('.leaflet-zoom-anim')");
        await page.WaitForTimeoutAsync(800);
        Assert.True(consoleErrors.Count == 0, string.Join("\n", consoleErrors));
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ServerFixture.Screenshots, "public-precheck.png") });
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ServerFixture.Screenshots, "public-precheck-full.png"), FullPage = true });

        // A bad industry code: the message names the field, next to it.
        await page.GetByLabel("行业代码（国民经济行业分类").FillAsync("XYZ1");
        await page.ClickAsync("button[type=submit]");
        await page.WaitForURLAsync("**industry=XYZ1**");
        Assert.StartsWith("行业代码", await page.InnerTextAsync("#industry-error"));
        await context.CloseAsync();

        // Accessibility: axe-core on the answered page (the scan is injected as a script, so this context bypasses the CSP).
        var scanContext = await server.Browser.NewContextAsync(new BrowserNewContextOptions { Locale = "zh-CN", BypassCSP = true, ViewportSize = new ViewportSize { Width = 1366, Height = 768 } });
        var scan = await scanContext.NewPageAsync();
        scan.SetDefaultTimeout(60_000);
        await scan.GotoAsync(server.BaseUrl + "/public?location=112.85,35.50&industry=3011");
        await scan.Locator("[data-zoning-map][data-ready='true']").WaitForAsync();
        await Axe.AssertNoSeriousViolationsAsync(scan);
        await scanContext.CloseAsync();
    }
}
