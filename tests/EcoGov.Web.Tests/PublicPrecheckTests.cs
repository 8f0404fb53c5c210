using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using EcoGov.Application.Dashboard;
using EcoGov.Application.Monitoring;
using EcoGov.Application.Public;
using EcoGov.Core.Monitoring;
using EcoGov.Core;
using EcoGov.Data;
using EcoGov.Data.Monitoring;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace EcoGov.Web.Tests;

/// <summary>
/// Issue 13 item 4, 公众选址预判: /public and GET /api/public/precheck answer without sign-in, with the units, class and
/// requirements the signed-in assessment gives for the point and industry, and nothing unpublished (no layer ids or source
/// files, no supervision or user data, no DEMO- monitoring data); bad input names its field; the public rate limit answers
/// 429; every other page and /api endpoint still needs sign-in.
/// </summary>
public sealed class PublicPrecheckTests : IClassFixture<EcoGovFactory>
{
    /// <summary>A point in the demo urban core (the zoning tests' point): unit ZH14050230001, 一般管控单元, in 城区.</summary>
    private const string Point = "112.85,35.50", Unit = "ZH14050230001", UnitClass = "一般管控单元", Cement = "3011";

    private readonly EcoGovFactory factory;

    public PublicPrecheckTests(EcoGovFactory factory) => this.factory = factory;

    /// <summary>An anonymous client with an address of its own (each test its own rate-limit partition).</summary>
    private HttpClient Anonymous()
    {
        var client = factory.NoRedirectClient();
        client.DefaultRequestHeaders.Add(EcoGovFactory.TestAddressHeader, $"10.13.{Random.Shared.Next(0, 255)}.{Random.Shared.Next(1, 255)}");
        return client;
    }

    [Fact]
    public async Task The_page_answers_anonymously_with_the_pre_check_statement_and_a_link_for_officers()
    {
        var response = await Anonymous().GetAsync("/public");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("本结果为选址预判，不构成审批意见", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/Login\"", html, StringComparison.Ordinal);
        Assert.Contains("<label class=\"block\" for=\"Location\">", html, StringComparison.Ordinal);
        Assert.Contains("<label class=\"block\" for=\"Industry\">", html, StringComparison.Ordinal);
        // No error before the form is sent, no result, no signed-in navigation.
        Assert.DoesNotContain("class=\"error\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("/Supervision/", html, StringComparison.Ordinal);
        Assert.DoesNotContain("退出", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_point_in_a_known_unit_gives_its_code_class_and_the_requirements_for_the_industry()
    {
        var client = Anonymous();
        var html = await client.GetStringAsync($"/public?location={Point}&industry={Cement}");
        Assert.Contains($"<td>{Unit}</td>", html, StringComparison.Ordinal);
        Assert.Contains($"<td>{UnitClass}</td>", html, StringComparison.Ordinal);
        Assert.Contains("id=\"public-requirements\"", html, StringComparison.Ordinal);
        Assert.Contains("水泥", html, StringComparison.Ordinal);
        Assert.Contains("示意数据", html, StringComparison.Ordinal);   // the demo unit layer is said to be 示意, not shown as real

        var response = await client.GetAsync($"/api/public/precheck?location={Point}&industry={Cement}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var text = await response.Content.ReadAsStringAsync();
        var json = JsonDocument.Parse(text).RootElement;
        var unit = Assert.Single(json.GetProperty("units").EnumerateArray());
        Assert.Equal(Unit, unit.GetProperty("code").GetString());
        Assert.Equal(UnitClass, unit.GetProperty("class").GetString());
        Assert.Equal(Cement, json.GetProperty("industryCode").GetString());
        Assert.Equal("水泥制造", json.GetProperty("industryName").GetString());
        Assert.True(json.GetProperty("synthetic").GetBoolean());
        Assert.Contains("不构成审批意见", json.GetProperty("notice").GetString(), StringComparison.Ordinal);
        var requirements = json.GetProperty("requirements").EnumerateArray().ToList();
        Assert.NotEmpty(requirements);
        Assert.Contains(requirements, q => q.GetProperty("text").GetString()!.Contains("水泥", StringComparison.Ordinal));
        Assert.All(requirements, q => Assert.NotEqual("不涉及", q.GetProperty("verdict").GetString()));
        // The date is today's: no later-dated (not yet in force) version can be asked for.
        Assert.Equal(CalendarDate.ToText(ChinaTime.Today()), json.GetProperty("date").GetString());

        // The same operation as the signed-in assessment: the same units and requirements for the same point and industry.
        var signedIn = await factory.SignedInClient();
        var full = JsonDocument.Parse(await (await signedIn.PostAsync("/api/zoning/assess", new StringContent(
            $$"""{"site":"{{Point}}","industry":"{{Cement}}"}""", Encoding.UTF8, "application/json"))).Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(full.GetProperty("units").EnumerateArray().Select(u => u.GetProperty("code").GetString()),
            json.GetProperty("units").EnumerateArray().Select(u => u.GetProperty("code").GetString()));
        Assert.Equal(full.GetProperty("requirements").EnumerateArray().Count(q => q.GetProperty("verdict").GetString() != "不涉及"), requirements.Count);
    }

    [Fact]
    public async Task The_public_answers_hold_only_published_fields()
    {
        var client = Anonymous();
        var text = await client.GetStringAsync($"/api/public/precheck?location={Point}&industry={Cement}");
        var names = new HashSet<string>(StringComparer.Ordinal);
        void Collect(JsonElement e)
        {
            if (e.ValueKind == JsonValueKind.Object)
                foreach (var p in e.EnumerateObject()) { names.Add(p.Name); Collect(p.Value); }
            else if (e.ValueKind == JsonValueKind.Array)
                foreach (var x in e.EnumerateArray()) Collect(x);
        }
        Collect(JsonDocument.Parse(text).RootElement);
        string[] allowed = ["longitude", "latitude", "date", "industryCode", "industryName", "units", "code", "name", "class", "countyName",
            "requirements", "level", "category", "subcategory", "seq", "unitCode", "text", "basis", "verdict",
            "unitLayer", "version", "effectiveFrom", "synthetic", "notice"];
        Assert.Empty(names.Except(allowed));

        // The map: the boundary and the unit layer only, its features with code/name/class/county only.
        var map = JsonDocument.Parse(await client.GetStringAsync("/public?handler=Map")).RootElement;
        var layers = map.GetProperty("layers").EnumerateObject().Select(l => l.Name).ToList();
        Assert.Equal(["units"], layers);
        var units = map.GetProperty("layers").GetProperty("units");
        Assert.False(units.TryGetProperty("versionId", out _));
        Assert.False(units.TryGetProperty("sourceName", out _));
        var features = units.GetProperty("features").GetProperty("features").EnumerateArray().ToList();
        Assert.NotEmpty(features);
        Assert.All(features, f => Assert.Empty(f.GetProperty("properties").EnumerateObject().Select(p => p.Name).Except(PublicPrecheckService.MapUnitProperties)));
    }

    [Fact]
    public async Task A_unit_layer_version_not_yet_in_force_is_not_reachable()
    {
        // A new unit layer for 晋城市, effective in 30 days, whose one unit covers the point: imported, but not yet in force.
        var effective = CalendarDate.ToText(ChinaTime.Today().AddDays(30));
        var geojson = """
            {"type":"FeatureCollection","features":[{"type":"Feature","properties":{"code":"ZH14050220999","name":"城区未来重点管控单元",
            "class":"重点管控单元","countyCode":"140502","countyName":"城区"},
            "geometry":{"type":"Polygon","coordinates":[[[112.84,35.49],[112.86,35.49],[112.86,35.51],[112.84,35.51],[112.84,35.49]]]}}]}
            """;
        using (var scope = factory.Services.CreateScope())
        {
            var result = await scope.ServiceProvider.GetRequiredService<EcoGov.Application.Zoning.ZoningLayerService>().ImportAsync(
                new EcoGov.Application.Zoning.LayerImportRequest("units", "140500", effective, "EPSG:4490", "future-units.geojson", Encoding.UTF8.GetBytes(geojson)));
            Assert.Equal(EcoGov.Core.Zoning.LayerImportStatus.Created, result.Status);
        }
        // Signed in, the assessment on that date finds it ...
        var signedIn = await factory.SignedInClient();
        var future = await (await signedIn.PostAsync("/api/zoning/assess", new StringContent(
            $$"""{"site":"{{Point}}","industry":"{{Cement}}","date":"{{effective}}"}""", Encoding.UTF8, "application/json"))).Content.ReadAsStringAsync();
        Assert.Contains("ZH14050220999", future, StringComparison.Ordinal);
        // ... the public pre-check (always today) and the public map do not, whatever the query says.
        var client = Anonymous();
        var api = await client.GetStringAsync($"/api/public/precheck?location={Point}&industry={Cement}&date={effective}");
        Assert.Contains(Unit, api, StringComparison.Ordinal);
        Assert.DoesNotContain("ZH14050220999", api, StringComparison.Ordinal);
        var html = await client.GetStringAsync($"/public?location={Point}&industry={Cement}&date={effective}");
        Assert.Contains($"<td>{Unit}</td>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("ZH14050220999", html, StringComparison.Ordinal);
        var map = await client.GetStringAsync($"/public?handler=Map&date={effective}");
        Assert.DoesNotContain("ZH14050220999", map, StringComparison.Ordinal);
        Assert.Contains(Unit, map, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("abc", Cement, "location", "位置")]
    [InlineData("35.50,112.85", Cement, "location", "位置")]
    [InlineData("", Cement, "location", "位置")]
    [InlineData("120.00,30.00", Cement, "location", "位置")]   // in China, but in no unit layer in force
    [InlineData(Point, "XYZ1", "industry", "行业代码")]
    [InlineData(Point, "", "industry", "行业代码")]
    public async Task Bad_input_names_the_field_on_the_page_and_in_problem_json(string location, string industry, string field, string fieldName)
    {
        var client = Anonymous();
        var query = $"location={Uri.EscapeDataString(location)}&industry={Uri.EscapeDataString(industry)}";
        var page = await client.GetAsync("/public?" + query);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var html = await page.Content.ReadAsStringAsync();
        Assert.Contains($"<p class=\"error\" id=\"{field}-error\">{fieldName}", html, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"precheck-result\"", html, StringComparison.Ordinal);

        var api = await client.GetAsync("/api/public/precheck?" + query);
        Assert.Equal(HttpStatusCode.BadRequest, api.StatusCode);
        Assert.Equal("application/problem+json", api.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(await api.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(field, problem.GetProperty("field").GetString());
        Assert.StartsWith(fieldName, problem.GetProperty("errors").GetProperty(field)[0].GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Air_figures_come_only_from_real_stations_of_the_last_complete_year()
    {
        using (var scope = factory.Services.CreateScope())
            await DemoMonitoringData.EnsureAsync(scope.ServiceProvider.GetRequiredService<EcoGovDbContext>());
        var client = Anonymous();
        var html = await client.GetStringAsync("/public");
        Assert.Contains("<p id=\"air-none\">暂无已发布的空气质量数据</p>", html, StringComparison.Ordinal);
        Assert.DoesNotContain(DemoMonitoringData.StationPrefix, html, StringComparison.Ordinal);
        Assert.DoesNotContain("示意·", html, StringComparison.Ordinal);

        // Two days of a real station of 城区 last year: the page shows that year's evaluation, still without demo stations.
        var year = ChinaTime.Today().Year - 1;
        var file = Path.Combine(Path.GetTempPath(), "ecogov-public-air-" + Guid.NewGuid().ToString("N") + ".csv");
        var air = new StringBuilder("station,time,SO2,NO2,CO,O3,PM10,PM2.5\n");
        for (var h = 0; h < 48; h++)
            air.Append(CultureInfo.InvariantCulture, $"城区公开站,{new DateTime(year, 3, 1).AddHours(h):yyyy-MM-dd HH:mm},10,30,0.8,60,70,40\n");
        File.WriteAllText(file, air.ToString());
        using (var scope = factory.Services.CreateScope())
            Assert.Empty((await new MonitoringImportService(scope.ServiceProvider.GetRequiredService<EcoGovDbContext>())
                .ImportAsync(new MonitoringImportRequest(file, MonitoringDataKind.AirHourly, "140502"))).Rejected);
        File.Delete(file);
        html = await client.GetStringAsync("/public");
        Assert.Contains($"晋城市 {year} 年环境空气质量（1 个监测站点", html, StringComparison.Ordinal);
        Assert.Contains("id=\"air-figures\"", html, StringComparison.Ordinal);
        Assert.Contains("<td class=\"num\">40</td>", html, StringComparison.Ordinal);   // PM2.5
        Assert.DoesNotContain(DemoMonitoringData.StationPrefix, html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_other_page_and_api_endpoint_still_needs_sign_in()
    {
        var client = Anonymous();
        var endpoints = factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Select(e => (Pattern: "/" + e.RoutePattern.RawText!.TrimStart('/'),
                Methods: e.Metadata.GetMetadata<Microsoft.AspNetCore.Routing.IHttpMethodMetadata>()?.HttpMethods ?? ["GET"],
                // the content type the endpoint accepts (JSON or a form), so that routing reaches the authorization
                Accepts: e.Metadata.GetMetadata<Microsoft.AspNetCore.Http.Metadata.IAcceptsMetadata>()?.ContentTypes.FirstOrDefault() ?? "application/json"))
            .ToList();
        string Sample(string pattern) => System.Text.RegularExpressions.Regex.Replace(pattern, @"\{[^}]+\}", "1").Replace("/1?", "/1", StringComparison.Ordinal);
        // /language: the language switch, a preference cookie for anonymous visitors too (WebLocalization, LanguageTests)
        var publicPaths = new[] { "/public", "/api/public/precheck", "/Login", "/Error", "/health/live", "/health/ready", "/api/antiforgery", "/language", "/" };
        var checkedApi = 0;
        var checkedPages = 0;
        foreach (var (pattern, methods, accepts) in endpoints)
        {
            var path = Sample(pattern);
            if (publicPaths.Contains(path, StringComparer.OrdinalIgnoreCase) || path.StartsWith("/test/", StringComparison.Ordinal)) continue;
            foreach (var method in methods)
            {
                using var request = new HttpRequestMessage(new HttpMethod(method), path);
                if (method != "GET")
                    request.Content = accepts.StartsWith("multipart/", StringComparison.Ordinal)
                        ? new MultipartFormDataContent { { new StringContent("x"), "x" } }
                        : new StringContent("{}", Encoding.UTF8, accepts);
                var response = await client.SendAsync(request);
                if (path.StartsWith("/api/", StringComparison.Ordinal) || path.StartsWith("/openapi/", StringComparison.Ordinal))
                {
                    Assert.True(response.StatusCode == HttpStatusCode.Unauthorized, $"{method} {path}: {(int)response.StatusCode}");
                    checkedApi++;
                }
                else if (method == "GET")
                {
                    Assert.True(response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location!.OriginalString.Contains("/Login", StringComparison.Ordinal),
                        $"{method} {path}: {(int)response.StatusCode} {response.Headers.Location}");
                    checkedPages++;
                }
            }
        }
        Assert.True(checkedApi > 40, $"only {checkedApi} api endpoints checked");
        Assert.True(checkedPages > 20, $"only {checkedPages} pages checked");
        // The named ones of the brief, explicitly.
        foreach (var api in new[] { "/api/users", "/api/plans/chengqu-2023-air/reports", "/api/dashboard", "/openapi/v1.json" })
            Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync(api)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.PostAsync("/api/reports",
            new MultipartFormDataContent { { new StringContent("chengqu-2023-air/1"), "task" } })).StatusCode);
        foreach (var page in new[] { "/", "/Supervision/Ledger", "/Zoning/Assess", "/Admin/Users", "/Monitoring" })
            Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync(page)).StatusCode);
    }

    /// <summary>The app with a public limit of 3 requests a minute.</summary>
    public sealed class SmallLimitFactory : EcoGovFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting(PublicWeb.PermitSetting, "3");
            builder.UseSetting(PublicWeb.WindowSetting, "60");
        }
    }
}

/// <summary>The public rate limit: the 4th request in the window from one address is answered 429 with Retry-After.</summary>
public sealed class PublicRateLimitTests(PublicPrecheckTests.SmallLimitFactory factory) : IClassFixture<PublicPrecheckTests.SmallLimitFactory>
{
    [Fact]
    public async Task Past_the_limit_the_page_and_the_api_answer_429_with_retry_after_and_other_addresses_are_served()
    {
        var client = factory.NoRedirectClient();
        client.DefaultRequestHeaders.Add(EcoGovFactory.TestAddressHeader, "10.99.0.1");
        for (var i = 0; i < 3; i++)
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(i == 1 ? "/api/public/precheck?location=112.85,35.50&industry=3011" : "/public")).StatusCode);
        var page = await client.GetAsync("/public");
        Assert.Equal(HttpStatusCode.TooManyRequests, page.StatusCode);
        Assert.True(int.Parse(page.Headers.GetValues("Retry-After").Single(), CultureInfo.InvariantCulture) is > 0 and <= 60);
        Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
        Assert.Contains("查询过于频繁", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var api = await client.GetAsync("/api/public/precheck?location=112.85,35.50&industry=3011");
        Assert.Equal(HttpStatusCode.TooManyRequests, api.StatusCode);
        Assert.Equal("application/problem+json", api.Content.Headers.ContentType?.MediaType);
        Assert.True(api.Headers.Contains("Retry-After"));
        var problem = JsonDocument.Parse(await api.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(429, problem.GetProperty("status").GetInt32());
        Assert.Contains("查询过于频繁", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);

        // Another address has its own window; the sign-in page is not limited by the public policy.
        var other = factory.NoRedirectClient();
        other.DefaultRequestHeaders.Add(EcoGovFactory.TestAddressHeader, "10.99.0.2");
        Assert.Equal(HttpStatusCode.OK, (await other.GetAsync("/public")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/Login")).StatusCode);
    }
}
