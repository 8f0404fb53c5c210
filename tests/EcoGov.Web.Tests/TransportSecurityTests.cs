using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace EcoGov.Web.Tests;

/// <summary>
/// HTTPS as the user connected (issue "Production", item 5; docs/operations.md): HSTS and Secure sign-in and antiforgery
/// cookies over TLS to the app or to a trusted reverse proxy (X-Forwarded-Proto from EcoGov:TrustedProxies, loopback by
/// default), never over plain HTTP and never because an untrusted client says "https"; X-Forwarded-For from a trusted proxy
/// gives the per-address sign-in limit the client's address, and from anyone else changes nothing.
/// </summary>
[Trait("Category", "Probe")]
public sealed partial class TransportSecurityTests(EcoGovFactory factory) : IClassFixture<EcoGovFactory>
{
    private const string Host = "ecogov.example"; // not localhost: HSTS is never sent to localhost names

    private static HttpClient Client(WebApplicationFactory<Program> app, string scheme, string? remote, string? forwardedProto)
    {
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri($"{scheme}://{Host}/"), AllowAutoRedirect = false, HandleCookies = false });
        if (remote is not null) client.DefaultRequestHeaders.Add(EcoGovFactory.TestAddressHeader, remote);
        if (forwardedProto is not null) client.DefaultRequestHeaders.Add("X-Forwarded-Proto", forwardedProto);
        return client;
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex FormToken();

    /// <summary>GET /Login and POST it as admin, sending the antiforgery cookie by hand (a Secure cookie is not sent over http by a cookie container).</summary>
    private static async Task<(HttpResponseMessage Form, HttpResponseMessage SignIn)> SignIn(HttpClient client, string? forwardedFor = null, string password = EcoGovFactory.AdminPassword)
    {
        var form = await client.GetAsync("/Login");
        var token = FormToken().Match(await form.Content.ReadAsStringAsync()).Groups[1].Value;
        var cookie = form.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith(".AspNetCore.Antiforgery.", StringComparison.Ordinal));
        using var post = new HttpRequestMessage(HttpMethod.Post, "/Login")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["UserName"] = "admin", ["Password"] = password, ["__RequestVerificationToken"] = token }),
        };
        post.Headers.Add("Cookie", cookie[..cookie.IndexOf(';', StringComparison.Ordinal)]);
        if (forwardedFor is not null) post.Headers.Add("X-Forwarded-For", forwardedFor);
        return (form, await client.SendAsync(post));
    }

    [Theory]
    [InlineData("https", null, null, true)]            // TLS to the app itself
    [InlineData("http", "127.0.0.1", "https", true)]   // TLS ended by a proxy on loopback (trusted by default)
    [InlineData("http", "::1", "https", true)]
    [InlineData("http", "203.0.113.7", "https", false)] // an untrusted client claiming https
    [InlineData("http", "127.0.0.1", null, false)]     // plain http
    [InlineData("http", "127.0.0.1", "http", false)]   // the proxy says the user came over plain http
    public async Task Hsts_and_secure_cookies_follow_the_scheme_the_user_connected_with(string scheme, string? remote, string? forwardedProto, bool secure)
    {
        var client = Client(factory, scheme, remote, forwardedProto);
        var (form, signIn) = await SignIn(client);
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        foreach (var r in new[] { form, signIn })
        {
            if (secure) Assert.Equal($"max-age={(int)TransportSecurity.HstsMaxAge.TotalSeconds}", r.Headers.GetValues("Strict-Transport-Security").Single());
            else Assert.False(r.Headers.Contains("Strict-Transport-Security"), "HSTS over plain http");
        }
        Assert.Equal(15_724_800, (int)TransportSecurity.HstsMaxAge.TotalSeconds);
        var antiforgery = form.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith(".AspNetCore.Antiforgery.", StringComparison.Ordinal));
        var auth = signIn.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("ecogov.auth=", StringComparison.Ordinal));
        foreach (var cookie in new[] { antiforgery, auth })
        {
            var attributes = cookie.Split(';', StringSplitOptions.TrimEntries).Skip(1).ToList();
            Assert.Equal(secure, attributes.Contains("secure", StringComparer.OrdinalIgnoreCase));
            Assert.Contains("httponly", attributes, StringComparer.OrdinalIgnoreCase);
        }
        Assert.Contains("samesite=strict", auth.Split(';', StringSplitOptions.TrimEntries), StringComparer.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task The_trusted_proxies_are_configurable_and_none_can_be_trusted()
    {
        using var onlyOne = factory.WithWebHostBuilder(b => b.UseSetting(TransportSecurity.TrustedProxiesSetting, "192.0.2.10"));
        Assert.True((await Client(onlyOne, "http", "192.0.2.10", "https").GetAsync("/Login")).Headers.Contains("Strict-Transport-Security"));
        Assert.False((await Client(onlyOne, "http", "127.0.0.1", "https").GetAsync("/Login")).Headers.Contains("Strict-Transport-Security"));

        using var none = factory.WithWebHostBuilder(b => b.UseSetting(TransportSecurity.TrustedProxiesSetting, "none"));
        Assert.False((await Client(none, "http", "127.0.0.1", "https").GetAsync("/Login")).Headers.Contains("Strict-Transport-Security"));
        Assert.True((await Client(none, "https", "127.0.0.1", null).GetAsync("/Login")).Headers.Contains("Strict-Transport-Security"));
    }

    [Theory]
    [InlineData("127.0.0.1", 1)]
    [InlineData("10.1.2.3, 192.168.0.0/16; ::1", 3)]
    [InlineData("none", 0)]
    [InlineData("", 0)]
    public void Trusted_proxies_are_addresses_or_networks(string value, int count) =>
        Assert.Equal(count, TransportSecurity.ParseTrustedProxies(value).Count);

    [Fact]
    public void A_trusted_proxy_that_is_not_an_address_stops_start_up_with_a_message()
    {
        var e = Assert.Throws<InvalidOperationException>(() => TransportSecurity.ParseTrustedProxies("127.0.0.1, proxy.example"));
        Assert.Contains(TransportSecurity.TrustedProxiesSetting, e.Message, StringComparison.Ordinal);
        Assert.Contains("proxy.example", e.Message, StringComparison.Ordinal);
        using var bad = factory.WithWebHostBuilder(b => b.UseSetting(TransportSecurity.TrustedProxiesSetting, "proxy.example"));
        Assert.Throws<InvalidOperationException>(() => bad.CreateClient());
    }

    [Fact]
    public async Task Behind_a_trusted_proxy_the_sign_in_limit_counts_each_client_and_a_forged_forwarded_for_changes_nothing()
    {
        using var limited = new RateLimitedFactory();
        // Ten wrong passwords from one client behind the proxy use up that client's minute…
        var proxy = Client(limited, "http", "127.0.0.1", null);
        for (var i = 0; i < 10; i++)
            Assert.Equal(HttpStatusCode.OK, (await SignIn(proxy, "198.51.100.1", "wrong")).SignIn.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, (await SignIn(proxy, "198.51.100.1", "wrong")).SignIn.StatusCode);
        // …but not another client's behind the same proxy (200: the answer to a wrong password, not 429).
        Assert.Equal(HttpStatusCode.OK, (await SignIn(proxy, "198.51.100.2", "wrong")).SignIn.StatusCode);

        // A client that is not a trusted proxy cannot escape its own limit by naming other addresses.
        var direct = Client(limited, "http", "203.0.113.50", null);
        for (var i = 0; i < 10; i++)
            Assert.Equal(HttpStatusCode.OK, (await SignIn(direct, $"198.51.100.{100 + i}", "wrong")).SignIn.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, (await SignIn(direct, "198.51.100.200", "wrong")).SignIn.StatusCode);
    }
}
