using Microsoft.Playwright;

namespace EcoGov.E2E;

/// <summary>
/// The administrator's view of sign-in lockouts (hardening probe 9): while the administrator is signed in, five wrong
/// passwords for the same account from another browser lock it; the users page shows the lockout and unlocks it.
/// </summary>
[Trait("Category", "Probe")]
public sealed class AdminInBrowserTests(ServerFixture server) : IClassFixture<ServerFixture>
{
    private async Task<IPage> NewPage() =>
        await (await server.Browser.NewContextAsync(new BrowserNewContextOptions { Locale = "zh-CN", ViewportSize = new ViewportSize { Width = 1366, Height = 900 } })).NewPageAsync();

    private async Task SignIn(IPage page, string password)
    {
        await page.GotoAsync(server.BaseUrl + "/Login");
        await page.FillAsync("#UserName", "admin");
        await page.FillAsync("#Password", password);
        await page.ClickAsync("button[type=submit]");
    }

    [Fact]
    public async Task A_locked_account_is_shown_and_unlocked_on_the_users_page()
    {
        var admin = await NewPage();
        await SignIn(admin, ServerFixture.AdminPassword);
        await admin.WaitForURLAsync(server.BaseUrl + "/");

        var intruder = await NewPage();
        for (var i = 0; i < 5; i++) await SignIn(intruder, "wrong-" + i);
        Assert.Contains("账户已临时锁定", await intruder.InnerTextAsync("[role=alert]"));
        await SignIn(intruder, ServerFixture.AdminPassword); // the right password does not sign in while locked
        Assert.Contains("/Login", intruder.Url);

        await admin.GotoAsync(server.BaseUrl + "/");
        await admin.ClickAsync("nav a[href='/Admin/Users']");
        await admin.WaitForURLAsync("**/Admin/Users");
        var row = admin.Locator("tr[data-user=admin]");
        Assert.Contains("已锁定", await row.InnerTextAsync());
        Assert.Contains("系统管理员", await row.InnerTextAsync());
        Assert.Equal("5", (await row.Locator("td.num").InnerTextAsync()).Trim());
        await admin.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ServerFixture.Screenshots, "admin-users-locked.png"), FullPage = true });

        await row.Locator("button", new LocatorLocatorOptions { HasText = "解除锁定" }).ClickAsync();
        await admin.WaitForLoadStateAsync();
        Assert.Contains("正常", await admin.Locator("tr[data-user=admin]").InnerTextAsync());
        await admin.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ServerFixture.Screenshots, "admin-users-unlocked.png"), FullPage = true });

        await SignIn(intruder, ServerFixture.AdminPassword);
        await intruder.WaitForURLAsync(server.BaseUrl + "/");
    }
}
