using Microsoft.Playwright;

namespace EcoGov.E2E;

public sealed class PlansInBrowserTests(ServerFixture server) : IClassFixture<ServerFixture>
{
    private async Task<IPage> SignedIn()
    {
        var page = await server.Browser.NewPageAsync(new BrowserNewPageOptions { Locale = "zh-CN", ViewportSize = new ViewportSize { Width = 1366, Height = 900 } });
        await page.GotoAsync(server.BaseUrl + "/");
        Assert.Contains("/Login", page.Url);
        await page.FillAsync("#UserName", "admin");
        await page.FillAsync("#Password", ServerFixture.AdminPassword);
        await page.ClickAsync("button[type=submit]");
        await page.WaitForURLAsync(server.BaseUrl + "/");
        // The home page is the dashboard (issue 13); the plans are one click away.
        await page.ClickAsync("nav a[href='/Plans']");
        await page.WaitForURLAsync(server.BaseUrl + "/Plans");
        return page;
    }

    [Fact]
    public async Task An_officer_logs_in_and_sees_every_plan()
    {
        var page = await SignedIn();
        var rows = page.Locator("#plans tbody tr");
        Assert.Equal(8, await rows.CountAsync());
        Assert.Contains("晋城市“十四五”生态环境保护规划", await page.InnerTextAsync("#plans"));
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ServerFixture.Screenshots, "plans.png"), FullPage = true });
    }

    [Fact]
    public async Task A_plan_opens_with_indicators_tasks_and_sources()
    {
        var page = await SignedIn();
        await page.ClickAsync("a[href='/Plans/chengqu-2023-air']");
        await page.WaitForURLAsync("**/Plans/chengqu-2023-air");
        Assert.Equal(6, await page.Locator("#air + table tbody tr").CountAsync());
        Assert.Equal(38, await page.Locator("#tasks + table tbody tr").CountAsync()); // 34 ledger rows + 4 measures of the text (issue 9)
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ServerFixture.Screenshots, "plan-chengqu-air.png"), FullPage = false });
    }

    [Fact]
    public async Task A_wrong_password_shows_an_error_and_stays_on_the_login_page()
    {
        var page = await server.Browser.NewPageAsync();
        await page.GotoAsync(server.BaseUrl + "/Login");
        await page.FillAsync("#UserName", "admin");
        await page.FillAsync("#Password", "not-the-password");
        await page.ClickAsync("button[type=submit]");
        Assert.Equal("用户名或密码不正确。", (await page.InnerTextAsync("[role=alert]")).Trim());
        Assert.Contains("/Login", page.Url);
    }
}
