using System.Net;
using System.Text;

namespace EcoGov.Web.Tests;

/// <summary>
/// The hostile-input probes that already held when the hardening issue was filed (docs/reliability.md, "held"), kept as
/// regression tests so that they keep holding: oversized bodies, deep JSON, injection strings in route and query values,
/// open redirects and forged cookies. Loopback only (in-process test server); every request is bounded.
/// </summary>
[Trait("Category", "Probe")]
public sealed class HeldProbeTests(EcoGovFactory factory) : IClassFixture<EcoGovFactory>
{
    private static readonly string[] Injections =
    [
        "'; DROP TABLE plans; --",
        "\" OR \"1\"=\"1",
        "<script>alert(1)</script>",
        "../../../../etc/passwd",
        "%00",
        "${jndi:ldap://127.0.0.1/a}",
        "1 UNION SELECT * FROM users",
    ];

    [Fact]
    public async Task Injection_strings_in_route_values_are_not_found_and_the_data_is_intact()
    {
        var client = await factory.SignedInClient();
        foreach (var s in Injections)
        {
            var e = Uri.EscapeDataString(s);
            foreach (var url in new[] { $"/api/plans/{e}", $"/api/plans/{e}/tasks", $"/api/jurisdictions/{e}/access-list", $"/api/findings?document={e}" })
            {
                var r = await client.GetAsync(url);
                Assert.True(r.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.BadRequest, $"{url}: {(int)r.StatusCode}");
                var body = await r.Content.ReadAsStringAsync();
                Assert.DoesNotContain("<script>", body, StringComparison.Ordinal); // JSON-escaped, never raw markup
            }
        }
        var plans = System.Text.Json.JsonDocument.Parse(await client.GetStringAsync("/api/plans")).RootElement;
        Assert.Equal(8, plans.GetArrayLength());
    }

    [Fact]
    public async Task Injection_strings_in_query_values_are_bad_input_not_errors()
    {
        var client = await factory.SignedInClient();
        foreach (var s in Injections)
        {
            var e = Uri.EscapeDataString(s);
            foreach (var url in new[]
                     {
                         $"/api/air/evaluate?standard={e}", $"/api/air/evaluate?standard=GB3095-2012&from={e}",
                         $"/api/plans/chengqu-2023-air/progress?asOf={e}", $"/api/zoning/versions?layer={e}",
                         $"/api/zoning/map?date={e}",
                     })
            {
                var r = await client.GetAsync(url);
                Assert.True((int)r.StatusCode is >= 400 and < 500, $"{url}: {(int)r.StatusCode}");
            }
        }
    }

    [Fact]
    public async Task An_html_page_escapes_an_injected_value()
    {
        var client = await factory.SignedInClient();
        var r = await client.GetAsync("/Monitoring?standard=" + Uri.EscapeDataString("<script>alert(1)</script>"));
        Assert.True(r.StatusCode is HttpStatusCode.OK or HttpStatusCode.BadRequest, ((int)r.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.DoesNotContain("<script>alert(1)</script>", await r.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_body_far_over_the_site_limit_is_refused_before_it_is_read()
    {
        var client = await factory.SignedInClient();
        // 64 MB of JSON: over every site limit; the server must answer 413/400, never 500, and not buffer it to answer.
        var big = new StringBuilder("{\"site\":\"").Append('1', 64 * 1024 * 1024).Append("\"}").ToString();
        var r = await client.PostAsync("/api/zoning/assess", new StringContent(big, Encoding.UTF8, "application/json"));
        Assert.True(r.StatusCode is HttpStatusCode.RequestEntityTooLarge or HttpStatusCode.BadRequest, ((int)r.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task Deeply_nested_json_is_bad_input()
    {
        var client = await factory.SignedInClient();
        var deep = new string('[', 100_000) + new string(']', 100_000);
        foreach (var body in new[] { deep, "{\"site\":" + deep + "}", "{\"site\":{\"type\":\"FeatureCollection\",\"features\":" + deep + "}}" })
        {
            var r = await client.PostAsync("/api/zoning/assess", new StringContent(body, Encoding.UTF8, "application/json"));
            Assert.Equal(HttpStatusCode.BadRequest, r.StatusCode);
        }
    }

    [Theory]
    [InlineData("https://evil.example/")]
    [InlineData("//evil.example/")]
    [InlineData("/\\evil.example/")]
    [InlineData("https:evil.example")]
    [InlineData("javascript:alert(1)")]
    [InlineData("/%2F%2Fevil.example")]
    public async Task Sign_in_never_redirects_off_the_platform(string returnUrl)
    {
        var r = await EcoGovFactory.PostLogin(factory.NoRedirectClient(), EcoGovFactory.AdminPassword, returnUrl);
        Assert.Equal(HttpStatusCode.Redirect, r.StatusCode);
        var location = r.Headers.Location!.OriginalString;
        Assert.StartsWith("/", location, StringComparison.Ordinal);
        Assert.False(location.StartsWith("//", StringComparison.Ordinal) || location.StartsWith("/\\", StringComparison.Ordinal), location);
    }

    [Theory]
    [InlineData("garbage")]
    [InlineData("CfDJ8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    [InlineData("")]
    public async Task A_forged_cookie_signs_no_one_in(string value)
    {
        var client = factory.NoRedirectClient();
        var page = new HttpRequestMessage(HttpMethod.Get, "/");
        page.Headers.Add("Cookie", "ecogov.auth=" + value);
        var r = await client.SendAsync(page);
        Assert.Equal(HttpStatusCode.Redirect, r.StatusCode);
        var api = new HttpRequestMessage(HttpMethod.Get, "/api/plans");
        api.Headers.Add("Cookie", "ecogov.auth=" + value);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.SendAsync(api)).StatusCode);
    }
}
