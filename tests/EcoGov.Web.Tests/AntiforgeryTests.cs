using System.Net;
using System.Net.Http.Json;
using System.Reflection;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace EcoGov.Web.Tests;

/// <summary>
/// 防伪 CSRF (issue "Production", items 5 and 8): every state-changing endpoint of the app — each POST, PUT, PATCH or DELETE
/// in the endpoint data source, API and pages alike, so that a new one cannot forget — refuses a request that carries a
/// valid sign-in cookie but no antiforgery token, and the store is unchanged afterwards; the API answers 400
/// problem+json naming the missing header, and a token of another user or a forged one is refused too.
/// </summary>
[Trait("Category", "Probe")]
public sealed partial class AntiforgeryTests(EcoGovFactory factory) : IClassFixture<EcoGovFactory>
{
    private static readonly string[] StateChanging = [HttpMethods.Post, HttpMethods.Put, HttpMethods.Patch, HttpMethods.Delete];

    /// <summary>Pages that take no POST at all (the error page re-executes any method and has no handler that changes anything; the public pre-check is a GET form).</summary>
    private static readonly Dictionary<string, Type> PagesWithoutPost = new(StringComparer.Ordinal) { ["/Error"] = typeof(Pages.ErrorModel), ["/public"] = typeof(Pages.PublicModel) };

    /// <summary>The app's API endpoints that change state: (method, URL with sample route values).</summary>
    private List<(string Method, string Url)> ApiEndpoints() =>
    [
        .. factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<Microsoft.AspNetCore.Mvc.Abstractions.ActionDescriptor>() is null)
            .SelectMany(e => (e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? StateChanging)
                .Where(m => StateChanging.Contains(m, StringComparer.OrdinalIgnoreCase))
                .Select(m => (m, Url(e.RoutePattern.RawText!)))),
    ];

    /// <summary>The Razor pages: their URLs with sample route values.</summary>
    private List<string> PageUrls() =>
    [
        .. factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<Microsoft.AspNetCore.Mvc.RazorPages.PageActionDescriptor>() is not null)
            .Select(e => Url(e.RoutePattern.RawText!)).Distinct(StringComparer.Ordinal),
    ];

    [GeneratedRegex(@"\{([^}:?]+)[^}]*\}")]
    private static partial Regex RouteParameter();

    /// <summary>A URL for a route template: "1" for every parameter (the token is checked before any handler runs).</summary>
    private static string Url(string template) => "/" + RouteParameter().Replace(template.TrimStart('/'), "1");

    [Fact]
    public async Task Every_state_changing_endpoint_refuses_a_signed_in_request_without_a_token_and_the_store_is_unchanged()
    {
        var api = ApiEndpoints();
        var pages = PageUrls();
        // The enumeration found what the app has: the API's POSTs (uploads and JSON alike) and the pages with forms.
        Assert.Contains((HttpMethods.Post, "/api/plans/import"), api);
        Assert.Contains((HttpMethods.Post, "/api/reports"), api);
        Assert.Contains((HttpMethods.Post, "/api/zoning/assess"), api);
        Assert.Contains((HttpMethods.Post, "/api/users/1/disable"), api);
        Assert.True(api.Count >= 15, $"{api.Count} API endpoints");
        Assert.Contains("/Admin/Users", pages);
        Assert.Contains("/Logout", pages);
        foreach (var (path, model) in PagesWithoutPost)
        {
            Assert.Contains(path, pages);
            Assert.DoesNotContain(model.GetMethods(BindingFlags.Public | BindingFlags.Instance), m => m.Name.StartsWith("OnPost", StringComparison.Ordinal));
        }

        var client = await SignedInWithoutHeader();
        var before = factory.StoreDigest();
        var failures = new List<string>();
        foreach (var (method, url) in api)
        {
            using var request = new HttpRequestMessage(new HttpMethod(method), url) { Content = JsonContent.Create(new { name = "csrf", decision = "accept" }) };
            var r = await client.SendAsync(request);
            var body = await r.Content.ReadAsStringAsync();
            if (r.StatusCode != HttpStatusCode.BadRequest || r.Content.Headers.ContentType?.MediaType != "application/problem+json"
                || !body.Contains(ApiAntiforgery.HeaderName, StringComparison.Ordinal) || !body.Contains("\"code\":\"antiforgery\"", StringComparison.Ordinal))
                failures.Add($"{method} {url}: {(int)r.StatusCode} {r.Content.Headers.ContentType} {body[..Math.Min(body.Length, 200)]}");
        }
        // A multipart upload without the header is refused the same way (the token is not read from the form on the API).
        using (var form = new MultipartFormDataContent { { new ByteArrayContent([1, 2, 3]), "file", "plan.xlsx" } })
        {
            var r = await client.PostAsync("/api/plans/import", form);
            if (r.StatusCode != HttpStatusCode.BadRequest) failures.Add($"multipart /api/plans/import: {(int)r.StatusCode}");
        }
        foreach (var url in pages.Where(p => !PagesWithoutPost.ContainsKey(p)))
        {
            var r = await client.PostAsync(url, new FormUrlEncodedContent(new Dictionary<string, string> { ["id"] = "1", ["name"] = "csrf" }));
            if (r.StatusCode != HttpStatusCode.BadRequest) failures.Add($"POST {url} (page): {(int)r.StatusCode}");
        }
        Assert.True(failures.Count == 0, string.Join("\n", failures));
        Assert.Equal(before, factory.StoreDigest());
        // Still signed in: the refusals were about the token, not the session.
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/plans")).StatusCode);
    }

    [Fact]
    public async Task A_forged_token_or_another_users_token_is_refused_naming_the_reason()
    {
        factory.CreateUser("csrf-officer", "Csrf-Officer-2026");
        var officer = factory.NoRedirectClient();
        Assert.Equal(HttpStatusCode.Redirect, (await EcoGovFactory.PostLoginAs(officer, "csrf-officer", "Csrf-Officer-2026")).StatusCode);
        var officerToken = await EcoGovFactory.SendAntiforgeryHeader(officer);

        var admin = await factory.SignedInClient();
        var before = factory.StoreDigest();
        foreach (var token in new[] { officerToken, "forged", officerToken[..^4] + "AAAA" })
        {
            admin.DefaultRequestHeaders.Remove(ApiAntiforgery.HeaderName);
            admin.DefaultRequestHeaders.Add(ApiAntiforgery.HeaderName, token);
            var r = await admin.PostAsJsonAsync("/api/departments", new { jurisdiction = "140502", name = "跨站伪造局" });
            Assert.Equal(HttpStatusCode.BadRequest, r.StatusCode);
            var problem = JsonDocument.Parse(await r.Content.ReadAsStringAsync()).RootElement;
            Assert.Equal("antiforgery", problem.GetProperty("code").GetString());
            Assert.Contains("防伪令牌无效", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        }
        Assert.Equal(before, factory.StoreDigest());
    }

    [Fact]
    public async Task The_token_of_the_page_meta_element_lets_a_script_post_and_anonymous_posts_stay_401()
    {
        var client = await SignedInWithoutHeader();
        var page = await client.GetStringAsync("/Plans");
        var token = MetaToken().Match(page).Groups[1].Value;
        Assert.NotEmpty(token);
        // forms.js sends it from every page; the layout loads forms.js and has no inline script.
        Assert.Contains("<script src=\"/js/forms.js", page, StringComparison.Ordinal);
        Assert.Contains("RequestVerificationToken", await client.GetStringAsync("/js/forms.js"), StringComparison.Ordinal);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/departments") { Content = JsonContent.Create(new { jurisdiction = "140502", name = "页面令牌测试局" }) };
        request.Headers.Add(ApiAntiforgery.HeaderName, System.Net.WebUtility.HtmlDecode(token));
        var r = await client.SendAsync(request);
        Assert.True(r.IsSuccessStatusCode, $"{(int)r.StatusCode} {await r.Content.ReadAsStringAsync()}");

        // Without a sign-in cookie there is nothing to forge: 401 as before, not 400.
        var anonymous = factory.NoRedirectClient();
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.PostAsJsonAsync("/api/departments", new { jurisdiction = "140502", name = "x" })).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/api/antiforgery")).StatusCode);
        // No meta token on the anonymous sign-in page.
        Assert.DoesNotContain(ApiAntiforgery.MetaName, await anonymous.GetStringAsync("/Login"), StringComparison.Ordinal);
    }

    [GeneratedRegex("<meta name=\"request-verification-token\" content=\"([^\"]+)\"")]
    private static partial Regex MetaToken();

    /// <summary>Admin signed in through the login form, sending no antiforgery header.</summary>
    private async Task<HttpClient> SignedInWithoutHeader()
    {
        var client = await factory.SignedInClient();
        client.DefaultRequestHeaders.Remove(ApiAntiforgery.HeaderName);
        return client;
    }
}
