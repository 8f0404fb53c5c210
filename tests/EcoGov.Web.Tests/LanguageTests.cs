using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Localization;

namespace EcoGov.Web.Tests;

/// <summary>
/// 界面语言: Chinese by default for every browser (no cookie, or Accept-Language: en); GET /language sets the culture
/// cookie and goes back to the page, which is then English (layout, dashboard, login, public pre-check, AQI calendar, and
/// the plan, progress, supervision and administration pages: their own words, data stay as stored) with lang="en";
/// switching back gives Chinese; a language not offered and a return address off the site are refused;
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
    public async Task A_page_shows_an_application_error_in_the_UI_language_only()
    {
        // A bad day on the dashboard: the application's DateInvalid message (label + Core.CalendarDate's reason), which the
        // API and the CLI give as one line "中文 / English", is on the page in the page's language alone.
        var client = await factory.SignedInClient();
        var chinese = await client.GetAsync("/?asOf=2023-02-30");
        Assert.Equal(HttpStatusCode.BadRequest, chinese.StatusCode);
        var zh = await chinese.Content.ReadAsStringAsync();
        Assert.Contains("驾驶舱日期：", zh);
        Assert.Contains("不是日历上的日期（没有这一年、月或日）", zh);
        Assert.DoesNotContain("is not a calendar date", zh);

        await Switch(client, "en", "/?asOf=2023-02-30");
        var english = await client.GetAsync("/?asOf=2023-02-30");
        Assert.Equal(HttpStatusCode.BadRequest, english.StatusCode);
        var en = await english.Content.ReadAsStringAsync();
        Assert.Equal("en", Lang(en));
        Assert.Contains("Dashboard date: ", en);
        Assert.Contains("is not a calendar date", en);
        Assert.DoesNotContain("驾驶舱日期", en);
        Assert.DoesNotContain("不是日历上的日期", en);

        // the API keeps its contract: the bilingual line in detail, and the catalogue key beside the code
        var api = await client.GetAsync("/api/dashboard?asOf=2023-02-30");
        Assert.Equal(HttpStatusCode.BadRequest, api.StatusCode);
        var problem = System.Text.Json.Nodes.JsonNode.Parse(await api.Content.ReadAsStringAsync())!;
        Assert.Equal("驾驶舱日期：“2023-02-30”不是日历上的日期（没有这一年、月或日）/ \"2023-02-30\" is not a calendar date",
            problem["detail"]!.GetValue<string>());
        Assert.Equal("DateInvalid", problem["messageKey"]!.GetValue<string>());
        Assert.Equal("invalidDate", problem["code"]!.GetValue<string>());
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
        Assert.Contains("<a href=\"/Monitoring/Map\">监测点位</a>", chinese);

        await Switch(client, "en", "/");
        var dashboard = await client.GetStringAsync("/");
        Assert.Equal("en", Lang(dashboard));
        Assert.Contains("environmental dashboard</h1>", dashboard);
        Assert.DoesNotContain("生态环境驾驶舱", dashboard);
        foreach (var nav in new[] { ">Dashboard</a>", ">Plans</a>", ">Monitoring evaluation</a>", ">AQI calendar</a>", ">Target progress</a>",
                     ">Zoning control</a>", ">Monitoring sites</a>", ">Sign out</button>", ">Supervision</span>", ">Warnings</a>" })
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

    /// <summary>
    /// The page's own words: the text of its table headers, second-level headings, buttons, summaries and labels (up to
    /// the label's first element) — never data, which stay Chinese in English (plan titles, unit names, task text).
    /// </summary>
    [GeneratedRegex(@"<(th|h2|h3|button|summary)\b[^>]*>(.*?)</\1>|<label\b[^>]*>([^<]*)", RegexOptions.Singleline)]
    private static partial Regex OwnTextElement();

    private static IEnumerable<string> OwnText(string html) =>
        OwnTextElement().Matches(html).Select(m => Regex.Replace(m.Groups[2].Success ? m.Groups[2].Value : m.Groups[3].Value, "<[^>]*>", "").Trim())
            .Where(t => t.Length > 0);

    private static bool HasChinese(string text) => text.Any(c => c is >= '\u4e00' and <= '\u9fff');

    /// <summary>
    /// The converted pages in both languages: English after the switch (the nav, the page's heading, a table header, and
    /// no Chinese left in the page's own words), Chinese as before without the cookie. Data (plan titles, department
    /// names, task states composed by the application) are not the page's words and stay as stored.
    /// </summary>
    [Theory]
    [InlineData("/Plans", "<h1>规划一览</h1>", "<th>印发日期</th>", "<h1>All plans</h1>", "<th>Issued</th>")]
    [InlineData("/Plans/chengqu-2023-air", "<h2 id=\"tasks\">重点任务</h2>", "<th>配合单位</th>", "<h2 id=\"tasks\">Key tasks</h2>", "<th>Supporting departments</th>")]
    [InlineData("/Supervision/Ledger?plan=chengqu-2023-air&asOf=2023-06-30", "<h1>任务台账</h1>", "<th>最近采纳的报告</th>", "<h1>Task ledger</h1>", "<th>Latest accepted report</th>")]
    [InlineData("/Supervision/Dispatch?plan=chengqu-2023-air&asOf=2023-06-30", "<h1>月度调度</h1>", "<th>本期未报</th>", "<h1>Monthly dispatch</h1>", "<th>Not reported this period</th>")]
    [InlineData("/Supervision/Warnings?plan=chengqu-2023-air&asOf=2023-06-30", "<h1>预警研判</h1>", "<th>预警函</th>", "<h1>Warnings</h1>", "<th>Warning letters</th>")]
    [InlineData("/Admin/Users", "<h1>用户管理</h1>", "<th>连续失败次数</th>", "<h1>Users</h1>", "<th>Consecutive failures</th>")]
    [InlineData("/Progress?Plan=chengqu-2023-air", "<h1>目标进度</h1>", "<th>污染物</th>", "<h1>Target progress</h1>", "<th>Pollutant</th>")]
    [InlineData("/Findings", "种子文档中发现的问题（", "<th>位置</th>", "<h1>Findings in the seed documents (", "<th>Location</th>")]
    [InlineData("/Supervision/Evaluation?plan=jincheng-14fyp-eco&year=2023", "<h1>指标评估</h1>", "<th>评估结论</th>", "<h1>Indicator evaluation</h1>", "<th>Verdict</th>")]
    [InlineData("/Supervision/Audit?plan=jincheng-14fyp-eco", "<h1>规划自查</h1>", "<h2>警告（", "<h1>Plan self-check</h1>", "<h2>Warning (")]
    [InlineData("/Jurisdictions", "<h1>行政区与生态环境准入清单</h1>", "<th>曾用名</th>", "<h1>Jurisdictions and environmental access lists</h1>", "<th>Former names</th>")]
    [InlineData("/Foresight?Plan=chengqu-2023-air&AsOf=2023-06-30", "<h1>按目标倒排</h1>", "<th>全年预测</th>", "<h1>Working back from the target</h1>", "<th>Full-year projection</th>")]
    [InlineData("/Monitoring", "<h1>监测评价</h1>", "<h2>时段评价</h2>", "<h1>Monitoring evaluation</h1>", "<h2>Period evaluation</h2>")]
    [InlineData("/Zoning", "<h1>分区管控一张图</h1>", "<th>现行版本</th>", "<h1>Zoning map</h1>", "<th>Version in force</th>")]
    [InlineData("/Zoning/Assess", "<h1>选址研判</h1>", "<legend>选址</legend>", "<h1>Site assessment</h1>", "<legend>Site</legend>")]
    [InlineData("/Zoning/Import", "<h1>图层导入</h1>", "<h2>版本差异</h2>", "<h1>Layer import</h1>", "<h2>Version differences</h2>")]
    public async Task A_converted_page_is_English_after_the_switch_and_Chinese_without_it(string page, string chineseHeading, string chineseHeader, string englishHeading, string englishHeader)
    {
        var client = await factory.SignedInClient();
        var chinese = await client.GetStringAsync(page);
        Assert.Equal("zh-CN", Lang(chinese));
        Assert.Contains(chineseHeading, chinese);
        Assert.Contains(chineseHeader, chinese);
        Assert.DoesNotContain(englishHeading, chinese);
        Assert.DoesNotContain(englishHeader, chinese);

        await Switch(client, "en", page);
        var english = await client.GetStringAsync(page);
        Assert.Equal("en", Lang(english));
        Assert.Contains(">Plans</a>", english);
        Assert.Contains(">Sign out</button>", english);
        Assert.Contains(englishHeading, english);
        Assert.Contains(englishHeader, english);
        Assert.DoesNotContain(chineseHeading, english);
        Assert.DoesNotContain(chineseHeader, english);
        var own = OwnText(english).ToList();
        Assert.NotEmpty(own);
        Assert.DoesNotContain(own, HasChinese);
        // the same page in Chinese has its words in Chinese: the check above is not vacuous
        Assert.Contains(OwnText(chinese), HasChinese);
    }

    /// <summary>
    /// 监测点位一张图 in both languages: its headings, table headers and legend follow the switch, and so do the words its
    /// script draws (popup labels: #monitoring-map-text) and those of the zoning map's script on /Zoning and /public
    /// (#zoning-text); the station and jurisdiction names in its headings are data and stay as stored.
    /// </summary>
    [Fact]
    public async Task The_monitoring_map_and_the_maps_scripts_words_follow_the_switch()
    {
        var client = await factory.SignedInClient();
        var chinese = await client.GetStringAsync("/Monitoring/Map");
        Assert.Contains("<h1>监测点位一张图</h1>", chinese);
        Assert.Contains("<th scope=\"col\">首要污染物</th>", chinese);
        Assert.Contains("<span class=\"legend-title\">断面水质类别（菱形）</span>", chinese);
        Assert.Equal("截至日期前无数据", ScriptText(chinese, "monitoring-map-text").GetProperty("noDataBefore").GetString());
        var zoningChinese = ScriptText(await client.GetStringAsync("/Zoning"), "zoning-text");
        Assert.Equal("空间布局约束", zoningChinese.GetProperty("roles").GetProperty("spatialLayout").GetString());
        Assert.Equal("重点管控单元", zoningChinese.GetProperty("classes").GetProperty("重点管控单元").GetString());

        await Switch(client, "en", "/Monitoring/Map");
        var english = await client.GetStringAsync("/Monitoring/Map");
        Assert.Equal("en", Lang(english));
        Assert.Contains("<h1>Monitoring sites map</h1>", english);
        Assert.Contains("<th scope=\"col\">Primary pollutant</th>", english);
        Assert.Contains("<span class=\"legend-title\">Section water-quality class (diamonds)</span>", english);
        Assert.DoesNotContain("首要污染物", english);
        Assert.Contains(">Monitoring sites</a>", english);
        var mapText = ScriptText(english, "monitoring-map-text");
        Assert.Equal("No data before the \"as of\" date", mapText.GetProperty("noDataBefore").GetString());
        Assert.Equal("Lightly polluted", mapText.GetProperty("categories").GetProperty("轻度污染").GetString());

        var zoning = ScriptText(await client.GetStringAsync("/Zoning"), "zoning-text");
        Assert.Equal("Spatial layout constraints", zoning.GetProperty("roles").GetProperty("spatialLayout").GetString());
        Assert.Equal("Key control units", zoning.GetProperty("classes").GetProperty("重点管控单元").GetString());
        var publicText = ScriptText(await client.GetStringAsync("/public"), "zoning-text");
        Assert.Equal("Choose file", publicText.GetProperty("chooseFile").GetString());
        var calendarText = ScriptText(await client.GetStringAsync("/Monitoring/Calendar"), "monitoring-text");
        Assert.Equal("Primary pollutant: {0}", calendarText.GetProperty("primary").GetString());
        Assert.Equal("Mon", calendarText.GetProperty("dayNames")[1].GetString());
    }

    /// <summary>The words a page gives its script: the JSON of the data-text attribute of the element with that id.</summary>
    private static System.Text.Json.JsonElement ScriptText(string html, string id)
    {
        var m = Regex.Match(html, "id=\"" + id + "\" hidden data-text=\"([^\"]*)\"");
        Assert.True(m.Success, id + " is not in the page");
        return System.Text.Json.JsonDocument.Parse(System.Net.WebUtility.HtmlDecode(m.Groups[1].Value)).RootElement;
    }

    [Fact]
    public async Task Data_stay_as_stored_in_English()
    {
        var client = await factory.SignedInClient();
        await Switch(client, "en", "/Supervision/Ledger");
        var ledger = await client.GetStringAsync("/Supervision/Ledger?plan=chengqu-2023-air&asOf=2023-06-30");
        Assert.Contains("晋城市城区空气质量再提升 2023 年行动计划", ledger);
        Assert.Contains("区生态环境分局", ledger);
        // the page's own sentence around the data is English
        Assert.Contains("38 tasks: ", ledger);
        Assert.Contains(" · Monthly dispatch report <a class=\"download\"", ledger);
    }

    [Fact]
    public async Task A_page_model_message_follows_the_language()
    {
        var admin = await factory.SignedInClient();
        var id = factory.FindUser("admin")!.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        await Switch(admin, "en", "/Admin/Users");
        var token = await EcoGovFactory.FormToken(admin, "/Admin/Users");
        var r = await admin.PostAsync("/Admin/Users?handler=Disable", new FormUrlEncodedContent(
            new Dictionary<string, string> { ["id"] = id, ["__RequestVerificationToken"] = token }));
        Assert.Equal(HttpStatusCode.Redirect, r.StatusCode);
        var page = await admin.GetStringAsync("/Admin/Users");
        Assert.Contains("You cannot disable the account you are signed in with.", page);
        Assert.DoesNotContain("不能停用当前登录的账户", page);
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
