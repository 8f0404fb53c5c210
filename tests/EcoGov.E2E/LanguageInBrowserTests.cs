using Microsoft.Playwright;

namespace EcoGov.E2E;

/// <summary>
/// 界面语言 in the browser, on the server as run.sh starts it: a browser that prefers English still gets the Chinese
/// /public; the top bar's language switch, reached and pressed with the keyboard, turns it English (lang="en"); a
/// pre-check there reads in English; axe-core finds no serious or critical violation on the English page; the
/// administrator's dashboard after sign-in is English too, and the switch turns it back to Chinese; the task ledger reads
/// in English (headings, filters, table headers; the tasks and departments as stored) and its filter works there; the
/// zoning map in English: the unit card opened by the search (drawn by zoning-map.js with the page's words), the legend,
/// the 选址研判 panel and an assessment from it, with no serious or critical axe violation.
/// Screenshots at 1366×768: public-precheck-en.png, dashboard-en.png and ledger-en.png; zoning-en.png at 1366×900.
/// </summary>
public sealed class LanguageInBrowserTests(DemoServerFixture server) : IClassFixture<DemoServerFixture>
{
    private readonly List<string> consoleErrors = [];

    private async Task<IPage> NewPage(IBrowserContext context)
    {
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(60_000);   // a loaded machine
        page.Console += (_, m) => { if (m.Type == "error") lock (consoleErrors) consoleErrors.Add($"{page.Url} | {m.Text}"); };
        page.Response += (_, r) => { if (r.Status >= 400) lock (consoleErrors) consoleErrors.Add($"{r.Status} {r.Url}"); };
        return page;
    }

    private static Task<string?> Lang(IPage page) => page.GetAttributeAsync("html", "lang");

    [Fact]
    public async Task A_visitor_switches_to_English_with_the_keyboard_and_back()
    {
        // A browser asking for English: the platform still answers in Chinese until the switch is used.
        var context = await server.Browser.NewContextAsync(new BrowserNewContextOptions { Locale = "en-US", ViewportSize = new ViewportSize { Width = 1366, Height = 768 } });
        var page = await NewPage(context);
        await page.GotoAsync(server.BaseUrl + "/public");
        Assert.Equal("zh-CN", await Lang(page));
        Assert.Contains("公众选址预判", await page.InnerTextAsync("h1"));

        // The switch is a labelled link in the top bar: focus it by keyboard (Tab from the last link before it) and press Enter.
        var toEnglish = page.GetByRole(AriaRole.Link, new() { Name = "English", Exact = true });
        await page.GetByRole(AriaRole.Link, new() { Name = "工作人员登录" }).FocusAsync();
        await page.Keyboard.PressAsync("Tab");
        Assert.True(await toEnglish.EvaluateAsync<bool>("e => e === document.activeElement"), "Tab after the last top-bar link reaches the language switch");
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForFunctionAsync("() => document.documentElement.lang === 'en'");
        Assert.Equal(server.BaseUrl + "/public", page.Url);
        Assert.Equal("Public site pre-check", await page.InnerTextAsync("h1"));
        Assert.Contains("This result is a site pre-check, not an approval", await page.InnerTextAsync("#precheck-notice"));

        // A pre-check in English: the labels, the result's headings; the data (unit class) as stored.
        await page.GetByLabel("Location (longitude,latitude").FillAsync("112.85,35.50");
        await page.GetByLabel("Industry code").FillAsync("3011");
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync("**/public?location=*");
        await page.Locator("#precheck-result").WaitForAsync();
        Assert.Equal("Pre-check result", await page.InnerTextAsync("#result-heading"));
        Assert.Contains("ZH14050230001", await page.InnerTextAsync("#public-units"));
        Assert.Contains("Applicable access list requirements", await page.InnerTextAsync("#requirements-heading"));
        Assert.Equal("en", await Lang(page));
        await page.Locator("[data-zoning-map][data-ready='true']").WaitForAsync();
        await page.WaitForFunctionAsync("() => !document.querySelector('.leaflet-zoom-anim')");
        await page.WaitForTimeoutAsync(800);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ServerFixture.Screenshots, "public-precheck-en.png") });

        // Back to Chinese from the same place, on the same page with its query.
        var answered = page.Url;
        await page.GetByRole(AriaRole.Link, new() { Name = "中文", Exact = true }).ClickAsync();
        await page.WaitForFunctionAsync("() => document.documentElement.lang === 'zh-CN'");
        Assert.Equal(answered, page.Url);
        Assert.Equal("预判结果", await page.InnerTextAsync("#result-heading"));
        Assert.Contains("本结果为选址预判，不构成审批意见", await page.InnerTextAsync("#precheck-notice"));
        await context.CloseAsync();
        Assert.True(consoleErrors.Count == 0, string.Join("\n", consoleErrors));

        // Accessibility of the English page (the scan is injected as a script, so this context bypasses the CSP).
        var scanContext = await server.Browser.NewContextAsync(new BrowserNewContextOptions { Locale = "en-US", BypassCSP = true, ViewportSize = new ViewportSize { Width = 1366, Height = 768 } });
        var scan = await NewPage(scanContext);
        await scan.GotoAsync(server.BaseUrl + "/language?culture=en&returnUrl=" + Uri.EscapeDataString("/public?location=112.85,35.50&industry=3011"));
        Assert.Equal("en", await Lang(scan));
        await scan.Locator("[data-zoning-map][data-ready='true']").WaitForAsync();
        await Axe.AssertNoSeriousViolationsAsync(scan);
        await scanContext.CloseAsync();
    }

    [Fact]
    public async Task The_administrator_reads_the_dashboard_in_English()
    {
        var context = await server.Browser.NewContextAsync(new BrowserNewContextOptions { Locale = "zh-CN", ViewportSize = new ViewportSize { Width = 1366, Height = 768 } });
        var page = await NewPage(context);
        await page.GotoAsync(server.BaseUrl + "/Login");
        await page.GetByRole(AriaRole.Link, new() { Name = "English", Exact = true }).ClickAsync();
        await page.WaitForFunctionAsync("() => document.documentElement.lang === 'en'");
        Assert.Equal("Sign in to EcoGov", await page.InnerTextAsync("h1"));
        await page.GetByLabel("User name").FillAsync("admin");
        await page.GetByLabel("Password").FillAsync(ServerFixture.AdminPassword);
        await page.ClickAsync("button[type=submit]");
        await page.WaitForURLAsync(server.BaseUrl + "/");
        Assert.Equal("en", await Lang(page));
        Assert.Equal("晋城市 environmental dashboard", await page.InnerTextAsync("h1"));
        var nav = await page.InnerTextAsync("header nav");
        foreach (var item in new[] { "Dashboard", "Plans", "Monitoring evaluation", "AQI calendar", "Target progress", "Zoning control" })
            Assert.Contains(item, nav);
        Assert.Contains("Supervision", await page.InnerTextAsync("nav.subbar"));
        Assert.Contains("Illustrative data", await page.InnerTextAsync("#demo-notice"));
        foreach (var id in new[] { "chart-months", "chart-tasks" })
            await page.Locator($"#{id} canvas").First.WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Attached });
        await page.Locator("#dash-map path.leaflet-interactive").First.WaitForAsync();
        // the map's legend is drawn by the script with the page's words (#dashboard-text)
        Assert.Contains("No data", await page.InnerTextAsync("#map-legend"));
        await page.WaitForTimeoutAsync(800);   // the charts' entry animation
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ServerFixture.Screenshots, "dashboard-en.png") });

        await page.GetByRole(AriaRole.Link, new() { Name = "中文", Exact = true }).ClickAsync();
        await page.WaitForFunctionAsync("() => document.documentElement.lang === 'zh-CN'");
        Assert.Equal("晋城市 生态环境驾驶舱", await page.InnerTextAsync("h1"));
        await context.CloseAsync();
        Assert.True(consoleErrors.Count == 0, string.Join("\n", consoleErrors));
    }

    private async Task<IPage> SignedInEnglish(bool bypassCsp = false)
    {
        var context = await server.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            Locale = "zh-CN",
            BypassCSP = bypassCsp,
            ViewportSize = new ViewportSize { Width = 1366, Height = 900 },
        });
        var page = await NewPage(context);
        await page.GotoAsync(server.BaseUrl + "/Login");
        await page.GetByRole(AriaRole.Link, new() { Name = "English", Exact = true }).ClickAsync();
        await page.WaitForFunctionAsync("() => document.documentElement.lang === 'en'");
        await page.GetByLabel("User name").FillAsync("admin");
        await page.GetByLabel("Password").FillAsync(ServerFixture.AdminPassword);
        await page.ClickAsync("button[type=submit]");
        await page.WaitForURLAsync(server.BaseUrl + "/");
        return page;
    }

    [Fact]
    public async Task The_zoning_map_and_its_site_assessment_panel_read_in_English()
    {
        var page = await SignedInEnglish();
        await page.GotoAsync(server.BaseUrl + "/Zoning");
        Assert.Equal("en", await Lang(page));
        Assert.Equal("Zoning map", await page.InnerTextAsync("h1"));
        Assert.Contains("Monitoring sites", await page.InnerTextAsync("header nav"));
        await page.Locator("[data-zoning-map][data-ready='true']").WaitForAsync();

        // the unit card opened by the search: its labels (drawn by zoning-map.js from #zoning-text) are English, the data as stored
        await page.FillAsync("#unit-search-text", "ZH14050230001");
        await page.ClickAsync("#unit-search button[type=submit]");
        Assert.StartsWith("Found: ZH14050230001 城区一般管控单元01", await page.InnerTextAsync("#unit-search-status"));
        await page.WaitForSelectorAsync(".leaflet-popup-content:has-text('ZH14050230001')");
        var card = await page.InnerTextAsync(".leaflet-popup-content");
        var labels = await page.Locator(".leaflet-popup-content th").AllInnerTextsAsync();
        foreach (var label in new[] { "Code", "Name", "Category", "County", "Layer version", "Access list" })
            Assert.Contains(label, labels);
        Assert.DoesNotContain(labels, l => l.Any(c => c is >= '\u4e00' and <= '\u9fff'));
        Assert.Contains("城区一般管控单元01", card);
        Assert.Matches(@"version \d+", card);
        // the legend and the layer control follow the page too
        Assert.Contains("General control units", await page.InnerTextAsync(".map-legend"));
        // the map with the card open, the panel beside it (docs/screenshots/zoning-en.png is copied from here by hand)
        await page.WaitForFunctionAsync("() => !document.querySelector('.leaflet-zoom-anim')");
        await page.WaitForTimeoutAsync(800);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ServerFixture.Screenshots, "zoning-en.png") });

        // the 选址研判 panel: heading, drawing modes, buttons, the file picker's words
        var panel = page.Locator("#assess");
        Assert.Equal("Site assessment", await page.InnerTextAsync("#assess-heading"));
        var panelText = await panel.InnerTextAsync();
        foreach (var words in new[] { "View units", "Point", "Line", "Polygon", "Close polygon", "Clear", "Coordinate reference system", "Industry code (GB/T 4754)", "Choose file", "Download Word report (.docx)" })
            Assert.Contains(words, panelText);
        Assert.DoesNotContain(panelText, c => c is >= '\u4e00' and <= '\u9fff');

        // an assessment from the panel: the status line (script) and the result (server) in English
        await page.GetByLabel("Point", new() { Exact = true }).CheckAsync();
        await page.FillAsync("#SiteText", "112.85,35.50");
        await page.FillAsync("input[name=Industry]", "3011");
        await page.ClickAsync("#assess-form button.primary");
        await page.WaitForSelectorAsync("#assess-result #conclusion");
        Assert.StartsWith("Assessment complete:", await page.InnerTextAsync("#assess-status"));
        Assert.StartsWith("Conclusion: ", await page.InnerTextAsync("#conclusion strong"));
        await page.Context.CloseAsync();
        Assert.True(consoleErrors.Count == 0, string.Join("\n", consoleErrors));

        // axe-core on the English page (injected as a script: this context bypasses the CSP)
        var scan = await SignedInEnglish(bypassCsp: true);
        await scan.GotoAsync(server.BaseUrl + "/Zoning");
        await scan.Locator("[data-zoning-map][data-ready='true']").WaitForAsync();
        await Axe.AssertNoSeriousViolationsAsync(scan);
        await scan.Context.CloseAsync();
    }

    [Fact]
    public async Task The_plan_office_reads_the_task_ledger_in_English()
    {
        var context = await server.Browser.NewContextAsync(new BrowserNewContextOptions { Locale = "zh-CN", ViewportSize = new ViewportSize { Width = 1366, Height = 768 } });
        var page = await NewPage(context);
        await page.GotoAsync(server.BaseUrl + "/Login");
        await page.GetByRole(AriaRole.Link, new() { Name = "English", Exact = true }).ClickAsync();
        await page.WaitForFunctionAsync("() => document.documentElement.lang === 'en'");
        await page.GetByLabel("User name").FillAsync("admin");
        await page.GetByLabel("Password").FillAsync(ServerFixture.AdminPassword);
        await page.ClickAsync("button[type=submit]");
        await page.WaitForURLAsync(server.BaseUrl + "/");

        await page.GotoAsync(server.BaseUrl + "/Supervision/Ledger?plan=chengqu-2023-air&asOf=2023-06-30");
        Assert.Equal("en", await Lang(page));
        Assert.Equal("Task ledger", await page.InnerTextAsync("h1"));
        Assert.StartsWith("Each task's state on the chosen date", await page.InnerTextAsync("p.meta"));
        var headers = await page.Locator("table.ledger thead th").AllInnerTextsAsync();
        Assert.Equal(["", "No.", "Category", "Task", "Lead department", "Deadline", "Status", "Reasons", "Latest accepted report"], headers.Select(h => h.Trim()));
        var rows = await page.Locator("table.ledger tbody tr").CountAsync();
        Assert.True(rows > 1, $"{rows} rows");
        // the tasks and the departments are data, as stored
        Assert.Contains("区生态环境分局", await page.InnerTextAsync("table.ledger tbody"));

        // the English filter narrows the ledger to one lead department
        await page.GetByLabel("Lead department").SelectOptionAsync(new SelectOptionValue { Label = "区生态环境分局" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Show", Exact = true }).ClickAsync();
        await page.WaitForURLAsync("**department=*");
        Assert.Equal("en", await Lang(page));
        var filtered = await page.Locator("table.ledger tbody tr").CountAsync();
        Assert.InRange(filtered, 1, rows - 1);
        foreach (var lead in await page.Locator("table.ledger tbody tr td:nth-child(5)").AllInnerTextsAsync())
            Assert.Contains("区生态环境分局", lead);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ServerFixture.Screenshots, "ledger-en.png") });
        await context.CloseAsync();
        Assert.True(consoleErrors.Count == 0, string.Join("\n", consoleErrors));
    }
}
