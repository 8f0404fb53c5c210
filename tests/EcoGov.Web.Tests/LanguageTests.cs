using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Localization;

namespace EcoGov.Web.Tests;

/// <summary>
/// 界面语言: Chinese by default for every browser (no cookie, or Accept-Language: en); GET /language sets the culture
/// cookie and goes back to the page, which is then English (layout, dashboard, login, public pre-check, AQI calendar)
/// with lang="en"; switching back gives Chinese; a language not offered and a return address off the site are refused;
/// the login page's empty-field message is the catalogue's, in the page's language, never the framework's English default.
/// </summary>
public sealed partial class LanguageTests(EcoGovFactory factory) : IClassFixture<EcoGovFactory>
{
    private const string FrameworkDefault = "The UserName field is required.";

    [GeneratedRegex("<html lang=\"([^\"]+)\"")]
    private static partial Regex HtmlLang();

    private static string Lang(string html) => HtmlLang().Match(html).Groups[1].Value;

    /// <summary>Switches through the endpoint, as the top bar's link does, and checks the redirect back.</summary>
    private static async Task Switch(HttpClient client, string culture, string returnUrl)
    {
        var response = await client.GetAsync($"/language?culture={culture}&returnUrl={Uri.EscapeDataString(returnUrl)}");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(returnUrl, response.Headers.Location!.OriginalString);
        var cookie = Assert.Single(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith(CookieRequestCultureProvider.DefaultCookieName + "=", StringComparison.Ordinal));
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=lax", cookie, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Chinese_is_the_default_whatever_the_browser_asks_for()
    {
        var client = factory.NoRedirectClient();
        var plain = await client.GetStringAsync("/public");
        Assert.Equal("zh-CN", Lang(plain));
        Assert.Contains("<h1>公众选址预判</h1>", plain);
        Assert.Contains("本结果为选址预判，不构成审批意见", plain);
        Assert.Contains(">工作人员登录</a>", plain);
        Assert.Contains(">English</a>", plain);

        using var request = new HttpRequestMessage(HttpMethod.Get, "/Login");
        request.Headers.AcceptLanguage.ParseAdd("en-US,en;q=0.9");
        var login = await (await client.SendAsync(request)).Content.ReadAsStringAsync();
        Assert.Equal("zh-CN", Lang(login));
        Assert.Contains("<h1>登录 EcoGov</h1>", login);
        Assert.DoesNotContain("Sign in", login);
    }

    [Fact]
    public async Task The_switch_makes_the_public_page_and_login_English_and_back()
    {
        var client = factory.NoRedirectClient();
        var query = "/public?location=112.85%2C35.50&industry=3011";
        await Switch(client, "en", query);
        var page = await client.GetStringAsync(query);
        Assert.Equal("en", Lang(page));
        Assert.Contains("<h1>Public site pre-check</h1>", page);
        Assert.Contains("This result is a site pre-check, not an approval", page);
        Assert.DoesNotContain("<strong>本结果为选址预判", page);
        Assert.Contains(">Staff sign-in</a>", page);
        Assert.Contains("<h2 id=\"result-heading\">Pre-check result</h2>", page);
        Assert.Contains("<caption>Control units at the location</caption>", page);
        // the switch now offers Chinese, back to the same page (query included)
        Assert.Contains($"href=\"/language?culture=zh-CN&amp;returnUrl={Uri.EscapeDataString(query)}\"", page);
        // data stay as stored: the unit class is Chinese source data
        Assert.Contains("一般管控单元", page);

        var login = await client.GetStringAsync("/Login");
        Assert.Equal("en", Lang(login));
        Assert.Contains("<h1>Sign in to EcoGov</h1>", login);
        Assert.Contains("<title>Sign in · EcoGov Environmental Plan Supervision Platform</title>", login);

        await Switch(client, "zh-CN", "/public");
        var back = await client.GetStringAsync("/public");
        Assert.Equal("zh-CN", Lang(back));
        Assert.Contains("<h1>公众选址预判</h1>", back);
        Assert.Contains("<strong>本结果为选址预判，不构成审批意见</strong>", back);
    }

    [Fact]
    public async Task Signed_in_pages_follow_the_switch()
    {
        var client = await factory.SignedInClient();
        var chinese = await client.GetStringAsync("/");
        Assert.Equal("zh-CN", Lang(chinese));
        Assert.Contains("生态环境驾驶舱</h1>", chinese);
        Assert.Contains("<a href=\"/Monitoring/Calendar\">空气质量日历</a>", chinese);

        await Switch(client, "en", "/");
        var dashboard = await client.GetStringAsync("/");
        Assert.Equal("en", Lang(dashboard));
        Assert.Contains("environmental dashboard</h1>", dashboard);
        Assert.DoesNotContain("生态环境驾驶舱", dashboard);
        foreach (var nav in new[] { ">Dashboard</a>", ">Plans</a>", ">Monitoring evaluation</a>", ">AQI calendar</a>", ">Target progress</a>",
                     ">Zoning control</a>", ">Sign out</button>", ">Supervision</span>", ">Warnings</a>" })
            Assert.Contains(nav, dashboard);
        Assert.Contains("<h2 id=\"h-overdue\">Overdue and due-soon tasks</h2>", dashboard);
        Assert.Contains("<footer>Source: plans published by governments at each level;", dashboard);
        // the charts' words come from the page (#dashboard-text), so they follow the language too
        Assert.Contains("Monthly concentration", dashboard);
        Assert.DoesNotContain("Monthly concentration", chinese);

        var calendar = await client.GetStringAsync("/Monitoring/Calendar");
        Assert.Equal("en", Lang(calendar));
        Assert.Contains("<h1>AQI calendar</h1>", calendar);

        await Switch(client, "zh-CN", "/");
        var again = await client.GetStringAsync("/");
        Assert.Equal("zh-CN", Lang(again));
        Assert.Contains("<a href=\"/\">驾驶舱</a>", again);
    }

    [Theory]
    [InlineData("fr")]
    [InlineData("en-GB-x-evil")]
    [InlineData("")]
    public async Task A_language_not_offered_is_refused_in_Chinese(string culture)
    {
        var response = await factory.NoRedirectClient().GetAsync($"/language?culture={Uri.EscapeDataString(culture)}&returnUrl=%2Fpublic");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("不支持的界面语言", await response.Content.ReadAsStringAsync());
        Assert.False(response.Headers.Contains("Set-Cookie") && response.Headers.GetValues("Set-Cookie").Any(c => c.StartsWith(CookieRequestCultureProvider.DefaultCookieName, StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("https://evil.example/")]
    [InlineData("//evil.example/")]
    [InlineData("/\\evil.example/")]
    [InlineData("javascript:alert(1)")]
    public async Task A_return_address_off_the_site_is_refused(string returnUrl)
    {
        var response = await factory.NoRedirectClient().GetAsync($"/language?culture=en&returnUrl={Uri.EscapeDataString(returnUrl)}");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Null(response.Headers.Location);
        Assert.Contains("返回地址必须是本站的页面", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Without_a_return_address_the_switch_goes_home()
    {
        var response = await factory.NoRedirectClient().GetAsync("/language?culture=en");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task An_empty_user_name_gets_the_catalogue_message_in_the_page_language()
    {
        var client = factory.NoRedirectClient();
        var chinese = await EcoGovFactory.PostLoginAs(client, "", "whatever");
        Assert.Equal(HttpStatusCode.OK, chinese.StatusCode);
        var html = await chinese.Content.ReadAsStringAsync();
        Assert.Contains("请输入用户名。", html);
        Assert.DoesNotContain(FrameworkDefault, html);
        Assert.DoesNotContain("用户名或密码不正确", html);

        await Switch(client, "en", "/Login");
        var english = await (await EcoGovFactory.PostLoginAs(client, "", "")).Content.ReadAsStringAsync();
        Assert.Equal("en", Lang(english));
        Assert.Contains("User name is required.", english);
        Assert.Contains("Password is required.", english);
        Assert.DoesNotContain(FrameworkDefault, english);
        Assert.DoesNotContain("The Password field is required.", english);

        var wrong = await (await EcoGovFactory.PostLoginAs(client, "admin", "wrong")).Content.ReadAsStringAsync();
        Assert.Contains("The user name or password is incorrect.", wrong);
    }
}
