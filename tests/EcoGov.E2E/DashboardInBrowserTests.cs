using System.Globalization;
using Microsoft.Playwright;

namespace EcoGov.E2E;

/// <summary>
/// Issue 13's first journey: the server as run.sh starts it (with the demonstration air data, 示意数据); the administrator
/// lands on 晋城市's dashboard and switches to 城区; a leader of 城区 signs in, lands on 城区's dashboard of the last day of
/// data (2023-09-30), sees the overdue tasks counted and listed, and clicks through to an overdue task's history. On 晋城市's
/// dashboard the water sections' grid and the counties' map are drawn, and a click on a county switches to it.
/// Screenshots at 1366×768.
/// </summary>
public sealed class DashboardInBrowserTests(DemoServerFixture server) : IClassFixture<DemoServerFixture>
{
    private const string LeaderPassword = "Morning-Reads-2023!";
    /// <summary>Console errors of every page (a script or style the Content-Security-Policy refused shows here).</summary>
    private readonly List<string> consoleErrors = [];

    private async Task<IPage> SignedIn(string user, string password)
    {
        var context = await server.Browser.NewContextAsync(new BrowserNewContextOptions { Locale = "zh-CN", ViewportSize = new ViewportSize { Width = 1366, Height = 768 } });
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(60_000);   // a loaded machine
        page.Console += (_, m) => { if (m.Type == "error") lock (consoleErrors) consoleErrors.Add($"{page.Url} | {m.Location} | {m.Text}"); };
        await page.GotoAsync(server.BaseUrl + "/Login");
        await page.FillAsync("#UserName", user);
        await page.FillAsync("#Password", password);
        await page.ClickAsync("button[type=submit]");
        await page.WaitForURLAsync(server.BaseUrl + "/");
        return page;
    }

    private static Task Shot(IPage page, string name, bool fullPage = false) =>
        page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ServerFixture.Screenshots, name), FullPage = fullPage });

    /// <summary>The charts are drawn: each chart container holds the canvas ECharts made.</summary>
    private static async Task AssertChartsDrawn(IPage page, params string[] ids)
    {
        foreach (var id in ids)
            await page.Locator($"#{id} canvas").First.WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Attached });
    }

    [Fact]
    public async Task A_leader_opens_the_dashboard_and_clicks_through_to_an_overdue_task()
    {
        // The administrator (no jurisdiction): 晋城市, the highest jurisdiction with a plan, on the last day of the demo data.
        var admin = await SignedIn("admin", ServerFixture.AdminPassword);
        Assert.Contains("晋城市 生态环境驾驶舱", await admin.InnerTextAsync("h1"));
        Assert.Contains("2023-09-30", await admin.InnerTextAsync("#dash-asof-note"));
        Assert.Contains("示意数据", await admin.InnerTextAsync("#demo-notice"));
        await AssertChartsDrawn(admin, "chart-months", "chart-lights");
        // The water grid: the 城区 2023 water plan's sections (示意 samples), twelve months, lit by meeting the target.
        var grid = admin.Locator("table.water-grid[data-plan='chengqu-2023-water']");
        Assert.Equal(3, await grid.Locator("tbody tr").CountAsync());
        Assert.Equal(12, await grid.Locator("tr[data-section='白水河'] td[data-month]").CountAsync());
        Assert.Equal("red", await grid.Locator("tr[data-section='白水河'] td[data-month='8']").GetAttributeAsync("data-light"));   // Ⅳ against Ⅲ
        Assert.Equal("IV", (await grid.Locator("tr[data-section='白水河'] td[data-month='8']").InnerTextAsync()).Trim()[^2..]);
        Assert.Equal("grey", await grid.Locator("tr[data-section='白水河'] td[data-month='10']").GetAttributeAsync("data-light"));
        Assert.Equal("/Progress?plan=chengqu-2023-water&year=2023", await grid.Locator("tr[data-section='洞头'] th a").GetAttributeAsync("href"));
        // The map: six counties drawn; the figure select recolours and its table shows 无数据 where there is none.
        await admin.Locator("#dash-map path.leaflet-interactive").First.WaitForAsync();
        Assert.Equal(6, await admin.Locator("#dash-map path.leaflet-interactive").CountAsync());
        Assert.Equal(6, await admin.Locator("#map-table tbody tr").CountAsync());
        Assert.Contains("无数据", await admin.InnerTextAsync("#map-table tr[data-area='140521']"));
        Assert.DoesNotContain("无数据", await admin.InnerTextAsync("#map-table tr[data-area='140502']"));
        await admin.SelectOptionAsync("#map-figure", "goodRatio");
        Assert.Contains("优良天数比例", await admin.InnerTextAsync("#map-figure-name"));
        Assert.Contains("%", await admin.InnerTextAsync("#map-table tr[data-area='140525']"));
        await admin.SelectOptionAsync("#map-figure", "pm25");
        await Shot(admin, "dashboard-jincheng.png");
        // Saved with the others (tests/EcoGov.E2E/screenshots); docs/screenshots holds a copy taken by hand, not by every run.
        await Shot(admin, "dashboard-jincheng-map.png", fullPage: true);

        // Clicking a county on the map switches the dashboard to it.
        // (高平市: compact, so the middle of its box is inside it; 泽州县 surrounds 城区)
        await admin.Locator("#dash-map path[data-area='140581']").ClickAsync();
        await admin.WaitForURLAsync("**/?jurisdiction=140581**");
        Assert.Contains("高平市 生态环境驾驶舱", await admin.InnerTextAsync("h1"));
        await admin.GotoAsync(server.BaseUrl + "/");

        // Switch to 城区 below it.
        await admin.SelectOptionAsync("#dash-jurisdiction", "140502");
        await admin.ClickAsync(".dash-filters button[type=submit]");
        await admin.WaitForURLAsync("**/?jurisdiction=140502**");
        Assert.Contains("城区 生态环境驾驶舱", await admin.InnerTextAsync("h1"));

        // A leader of 城区.
        await admin.GotoAsync(server.BaseUrl + "/Admin/Users");
        await admin.FillAsync("input[name='NewUser.UserName']", "leader");
        await admin.FillAsync("input[name='NewUser.DisplayName']", "城区分管领导");
        await admin.SelectOptionAsync("select[name='NewUser.Role']", "leader");
        await admin.FillAsync("input[name='NewUser.Jurisdiction']", "140502");
        await admin.FillAsync("input[name='NewUser.Password']", LeaderPassword);
        await admin.ClickAsync("button:has-text('新增用户')");
        await admin.WaitForLoadStateAsync();
        Assert.Contains("已新增用户 leader", await admin.InnerTextAsync("[role=status]"));

        var leader = await SignedIn("leader", LeaderPassword);
        Assert.Contains("城区 生态环境驾驶舱", await leader.InnerTextAsync("h1"));
        Assert.Contains("2023-09-30", await leader.InnerTextAsync("#dash-asof-note"));
        Assert.Contains("该行政区库中空气监测数据的最后一天", await leader.InnerTextAsync("#dash-asof-note"));
        await AssertChartsDrawn(leader, "chart-months", "chart-tasks");
        // The overdue count on the card is the number of overdue rows listed, and there are some (tasks due by 2023-05-31).
        var overdueRows = leader.Locator("#overdue tr[data-state='overdue']");
        var count = await overdueRows.CountAsync();
        Assert.True(count > 0, "no overdue task listed");
        Assert.Equal(count.ToString(CultureInfo.InvariantCulture), (await leader.InnerTextAsync("#kpi-overdue .kpi-value")).Trim());
        // Year to date against the annual target of the 2023 air plan, with its verdict.
        Assert.Equal(6, await leader.Locator("#ytd tbody tr").CountAsync());
        Assert.Contains("36", await leader.InnerTextAsync("#ytd tr[data-pollutant='PM2.5']"));
        // 按目标倒排: what the rest of the year must achieve, once per statistic
        Assert.Contains("PM2.5", await leader.InnerTextAsync("#required tr[data-statistic='mean']:has-text('PM2.5')"));
        Assert.Contains("剩余 92 天", await leader.InnerTextAsync("#h-required"));
        await Shot(leader, "dashboard-chengqu.png");
        await Shot(leader, "dashboard-chengqu-full.png", fullPage: true);

        // Click through to the first overdue task: its history page.
        var first = overdueRows.First;
        var reference = await first.GetAttributeAsync("data-task");
        await first.Locator("a").ClickAsync();
        await leader.WaitForURLAsync("**/Supervision/History?task=**");
        Assert.Contains(Uri.EscapeDataString(reference!), leader.Url);
        Assert.Contains("任务历史", await leader.InnerTextAsync("h1"));
        await Shot(leader, "dashboard-overdue-task.png");

        // The overdue card opens the ledger filtered to the overdue tasks.
        await leader.GoBackAsync();
        await leader.ClickAsync("#kpi-overdue");
        await leader.WaitForURLAsync("**/Supervision/Ledger?**state=overdue**");
        Assert.True(await leader.Locator("table.ledger tbody tr[data-state='overdue']").CountAsync() > 0);
        // On the dashboard itself (the other pages' own console messages are not this test's subject).
        var onDashboard = consoleErrors.Where(e => e.StartsWith(server.BaseUrl + "/ ", StringComparison.Ordinal) || e.StartsWith(server.BaseUrl + "/?", StringComparison.Ordinal)).ToList();
        Assert.True(onDashboard.Count == 0, string.Join("\n", consoleErrors));

        // Accessibility: axe-core (npm) on the leader's dashboard finds no serious or critical violation. The scan is injected
        // as a script, so this page bypasses the CSP (the pages above ran under it).
        var scanContext = await server.Browser.NewContextAsync(new BrowserNewContextOptions { Locale = "zh-CN", BypassCSP = true, ViewportSize = new ViewportSize { Width = 1366, Height = 768 } });
        var scan = await scanContext.NewPageAsync();
        scan.SetDefaultTimeout(60_000);
        await scan.GotoAsync(server.BaseUrl + "/Login");
        await scan.FillAsync("#UserName", "leader");
        await scan.FillAsync("#Password", LeaderPassword);
        await scan.ClickAsync("button[type=submit]");
        await scan.WaitForURLAsync(server.BaseUrl + "/");
        await AssertChartsDrawn(scan, "chart-months", "chart-tasks");
        await Axe.AssertNoSeriousViolationsAsync(scan);
        await scanContext.CloseAsync();
    }

    /// <summary>
    /// Issue 13 item 5, a tablet (768×1024 portrait, touch): the dashboard, the AQI calendar and the public pre-check fit
    /// the width (no sideways scrolling of the page), their charts and map are drawn, and a tap on the overdue card opens
    /// the ledger. Screenshot dashboard-tablet.png.
    /// </summary>
    [Fact]
    public async Task On_a_tablet_the_dashboard_calendar_and_public_page_fit_the_width_and_respond_to_taps()
    {
        var context = await server.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            Locale = "zh-CN",
            ViewportSize = new ViewportSize { Width = 768, Height = 1024 },
            HasTouch = true,
        });
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(60_000);
        async Task AssertFitsWidth(string what)
        {
            var scroll = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
            var client = await page.EvaluateAsync<int>("() => document.documentElement.clientWidth");
            Assert.True(scroll <= client, $"{what}: the page is {scroll} px wide in a {client} px window");
        }

        await page.GotoAsync(server.BaseUrl + "/public");
        await page.Locator(".leaflet-container").First.WaitForAsync();
        await AssertFitsWidth("/public");

        await page.GotoAsync(server.BaseUrl + "/Login");
        await page.FillAsync("#UserName", "admin");
        await page.FillAsync("#Password", ServerFixture.AdminPassword);
        await page.TapAsync("button[type=submit]");
        await page.WaitForURLAsync(server.BaseUrl + "/");
        Assert.Contains("晋城市 生态环境驾驶舱", await page.InnerTextAsync("h1"));
        await AssertChartsDrawn(page, "chart-months", "chart-lights");
        await page.Locator(".leaflet-container path").First.WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Attached });
        await AssertFitsWidth("the dashboard");
        await Shot(page, "dashboard-tablet.png");

        await page.TapAsync("#kpi-overdue");
        await page.WaitForURLAsync("**/Supervision/Ledger?**state=overdue**");

        await page.GotoAsync(server.BaseUrl + "/Monitoring/Calendar");
        await page.Locator("canvas").First.WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Attached });
        await AssertFitsWidth("the AQI calendar");
        await context.CloseAsync();
    }

}
