using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace EcoGov.Web.Tests;

/// <summary>
/// Defect 11 (hardening): every response — pages, API, static files, redirects, 401/403/404 and error pages — carries
/// the security headers, and no page needs inline script or style to work under the Content-Security-Policy.
/// </summary>
[Trait("Category", "Probe")]
public sealed partial class SecurityHeaderTests(EcoGovFactory factory) : IClassFixture<EcoGovFactory>
{
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; connect-src 'self'; " +
        "frame-ancestors 'none'; base-uri 'self'; form-action 'self'; object-src 'none'";

    private static string? Header(HttpResponseMessage r, string name) =>
        r.Headers.TryGetValues(name, out var v) || r.Content.Headers.TryGetValues(name, out v) ? string.Join(", ", v) : null;

    private static void AssertSecurityHeaders(HttpResponseMessage r, string url)
    {
        Assert.True(ContentSecurityPolicy == Header(r, "Content-Security-Policy"), $"{url}: Content-Security-Policy {Header(r, "Content-Security-Policy")}");
        Assert.True("nosniff" == Header(r, "X-Content-Type-Options"), $"{url}: X-Content-Type-Options");
        Assert.True("no-referrer" == Header(r, "Referrer-Policy"), $"{url}: Referrer-Policy");
        Assert.True("geolocation=(), camera=(), microphone=()" == Header(r, "Permissions-Policy"), $"{url}: Permissions-Policy");
        Assert.True("DENY" == Header(r, "X-Frame-Options"), $"{url}: X-Frame-Options {Header(r, "X-Frame-Options")}");
        Assert.True(Header(r, "Server") is null, $"{url}: Server {Header(r, "Server")}");
    }

    [Fact]
    public async Task Anonymous_responses_of_every_kind_carry_the_security_headers()
    {
        var client = factory.NoRedirectClient();
        foreach (var (url, status) in new[]
        {
            ("/Login", HttpStatusCode.OK),
            ("/", HttpStatusCode.Redirect),
            ("/Zoning/Import", HttpStatusCode.Redirect),
            ("/api/plans", HttpStatusCode.Unauthorized),
            ("/openapi/v1.json", HttpStatusCode.Unauthorized),
            ("/no-such-page", HttpStatusCode.NotFound),
            ("/js/zoning-map.js", HttpStatusCode.OK),
            ("/css/site.css", HttpStatusCode.OK),
            ("/lib/leaflet/leaflet.js", HttpStatusCode.OK),
            ("/test/throw", HttpStatusCode.InternalServerError),
        })
        {
            var r = await client.GetAsync(url);
            Assert.True(status == r.StatusCode, $"{url}: {r.StatusCode}");
            AssertSecurityHeaders(r, url);
        }
    }

    [Fact]
    public async Task Signed_in_pages_and_api_answers_carry_the_security_headers()
    {
        var client = await factory.SignedInClient();
        foreach (var (url, status) in new[]
        {
            ("/", HttpStatusCode.OK),
            ("/Zoning/Import", HttpStatusCode.OK),
            ("/Zoning/Assess", HttpStatusCode.OK),
            ("/Zoning", HttpStatusCode.OK),
            ("/Admin/Users", HttpStatusCode.OK),
            ("/api/plans", HttpStatusCode.OK),
            ("/api/plans/no-such-plan/tasks", HttpStatusCode.NotFound),
            ("/openapi/v1.json", HttpStatusCode.OK),
            ("/Plans/no-such-plan", HttpStatusCode.NotFound),
        })
        {
            var r = await client.GetAsync(url);
            Assert.True(status == r.StatusCode, $"{url}: {r.StatusCode}");
            AssertSecurityHeaders(r, url);
        }
    }

    [Fact]
    public async Task Https_answers_carry_hsts_and_http_ones_do_not()
    {
        var https = factory.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://ecogov.example/"), AllowAutoRedirect = false });
        var secure = await https.GetAsync("/Login");
        Assert.StartsWith("max-age=", secure.Headers.GetValues("Strict-Transport-Security").Single(), StringComparison.Ordinal);
        AssertSecurityHeaders(secure, "https /Login");
        Assert.False((await factory.NoRedirectClient().GetAsync("/Login")).Headers.Contains("Strict-Transport-Security"));
    }

    /// <summary>The real server (Kestrel on a free loopback port), which is what adds "Server: Kestrel" by default.</summary>
    [Fact]
    public async Task Kestrel_sends_no_server_header()
    {
        using var kestrel = new KestrelFactory();
        kestrel.UseKestrel(0);
        kestrel.StartServer();
        var address = kestrel.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        Assert.StartsWith("http://127.0.0.1:", address, StringComparison.Ordinal);
        using var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = new Uri(address) };
        foreach (var url in new[] { "/Login", "/api/plans", "/js/zoning-map.js", "/no-such-page" })
            AssertSecurityHeaders(await client.GetAsync(url), "kestrel " + url);
    }

    /// <summary>The app on Kestrel at a free loopback port (not the default 5080 another copy may use).</summary>
    private sealed class KestrelFactory : EcoGovFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("urls", "http://127.0.0.1:0");
        }
    }

    [GeneratedRegex(@"<script\b(?<attrs>[^>]*)>(?<body>.*?)</script\s*>", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex ScriptElement();

    [GeneratedRegex(@"<[a-zA-Z][^<>]*?\son[a-z]+\s*=", RegexOptions.IgnoreCase)]
    private static partial Regex EventHandlerAttribute();

    [GeneratedRegex(@"<[a-zA-Z][^<>]*?\sstyle\s*=", RegexOptions.IgnoreCase)]
    private static partial Regex StyleAttribute();

    [GeneratedRegex(@"<style\b|javascript:", RegexOptions.IgnoreCase)]
    private static partial Regex StyleElementOrJavascriptUrl();

    /// <summary>What the Content-Security-Policy blocks (inline script, on…= handlers, style="…") must not be in a page or built by a script.</summary>
    [Fact]
    public void No_page_has_inline_script_event_handlers_or_style_attributes()
    {
        var web = Path.Combine(RepoRoot(), "src", "EcoGov.Web");
        var pages = Directory.GetFiles(Path.Combine(web, "Pages"), "*.cshtml", SearchOption.AllDirectories);
        Assert.NotEmpty(pages);
        var problems = new List<string>();
        foreach (var file in pages)
        {
            var text = File.ReadAllText(file);
            var name = Path.GetRelativePath(web, file);
            foreach (Match m in ScriptElement().Matches(text))
                if (m.Groups["body"].Value.Trim().Length > 0 || !m.Groups["attrs"].Value.Contains("src=", StringComparison.OrdinalIgnoreCase))
                    problems.Add($"{name}: inline <script>");
            foreach (Match m in EventHandlerAttribute().Matches(text)) problems.Add($"{name}: event handler {m.Value}");
            foreach (Match m in StyleAttribute().Matches(text)) problems.Add($"{name}: style attribute {m.Value}");
            foreach (Match m in StyleElementOrJavascriptUrl().Matches(text)) problems.Add($"{name}: {m.Value}");
        }
        // Scripts that build HTML strings: a style="…" or on…= in the markup they insert is blocked the same way.
        foreach (var file in Directory.GetFiles(Path.Combine(web, "wwwroot", "js"), "*.js", SearchOption.AllDirectories))
        {
            var text = File.ReadAllText(file);
            var name = Path.GetRelativePath(web, file);
            foreach (Match m in StyleAttribute().Matches(text)) problems.Add($"{name}: style attribute in markup {m.Value}");
            foreach (Match m in EventHandlerAttribute().Matches(text)) problems.Add($"{name}: event handler in markup {m.Value}");
        }
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    /// <summary>The checks above do find what they look for.</summary>
    [Fact]
    public void The_inline_checks_recognise_inline_code()
    {
        Assert.Matches(ScriptElement(), "<script>alert(1)</script>");
        Assert.Matches(EventHandlerAttribute(), "<select name=\"x\" onchange=\"this.form.submit()\">");
        Assert.Matches(StyleAttribute(), "<td class=\"a\" style=\"white-space:pre-line\">");
        Assert.Matches(StyleAttribute(), "`<div><i style=\"background:${c}\"></i>${k}</div>`");
        Assert.DoesNotMatch(EventHandlerAttribute(), "<select name=\"x\" data-submit-on-change>");
        Assert.DoesNotMatch(StyleAttribute(), "<i class=\"swatch\" data-class=\"一般管控单元\">");
    }

    private static string RepoRoot()
    {
        var d = new DirectoryInfo(AppContext.BaseDirectory);
        while (d is not null && !File.Exists(Path.Combine(d.FullName, "EcoGov.slnx"))) d = d.Parent;
        return d?.FullName ?? throw new InvalidOperationException("EcoGov.slnx not found");
    }
}
