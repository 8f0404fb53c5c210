using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace EcoGov.Web.Tests;

/// <summary>The real web app on a throwaway SQLite file, with a known administrator password.</summary>
public sealed class EcoGovFactory : WebApplicationFactory<Program>
{
    public const string AdminPassword = "测试密码-Test-2026";
    private readonly string dir = Path.Combine(Path.GetTempPath(), "ecogov-web-" + Guid.NewGuid().ToString("N"));

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        Directory.CreateDirectory(dir);
        builder.UseSetting("EcoGov:Database", Path.Combine(dir, "web.db"));
        builder.UseSetting("EcoGov:AdminPassword", AdminPassword);
        builder.UseEnvironment("Production");
    }

    public HttpClient NoRedirectClient() => CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    /// <summary>A client signed in as admin through the real login form (with its antiforgery token).</summary>
    public async Task<HttpClient> SignedInClient()
    {
        var client = NoRedirectClient();
        var response = await PostLogin(client, AdminPassword);
        Assert.Equal(System.Net.HttpStatusCode.Redirect, response.StatusCode);
        return client;
    }

    /// <summary>Opens the login form and posts it with its antiforgery token, as a browser would.</summary>
    public static async Task<HttpResponseMessage> PostLogin(HttpClient client, string password, string? returnUrl = null)
    {
        var form = await client.GetStringAsync(returnUrl is null ? "/Login" : "/Login?ReturnUrl=" + Uri.EscapeDataString(returnUrl));
        var token = System.Text.RegularExpressions.Regex.Match(form, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;
        Assert.NotEmpty(token);
        var fields = new Dictionary<string, string> { ["UserName"] = "admin", ["Password"] = password, ["__RequestVerificationToken"] = token };
        if (returnUrl is not null) fields["ReturnUrl"] = returnUrl;
        return await client.PostAsync("/Login", new FormUrlEncodedContent(fields));
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(dir, recursive: true); } catch (IOException) { }
    }
}
