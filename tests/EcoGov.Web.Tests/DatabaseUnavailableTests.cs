using System.Net;
using EcoGov.Testing;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace EcoGov.Web.Tests;

/// <summary>The app on a throwaway PostgreSQL cluster (its own database), which the test stops and starts.</summary>
public sealed class PostgresWebFactory : EcoGovFactory
{
    public PostgresCluster Cluster { get; } = PostgresCluster.Start();

    public string Database { get; } = "ecogov_web_" + Guid.NewGuid().ToString("N")[..12];

    /// <summary>Logs and keys of this app (for PostgreSQL they would go to the repository's data/ folder).</summary>
    private readonly string files = Path.Combine(Path.GetTempPath(), "ecogov-web-pg-" + Guid.NewGuid().ToString("N"));

    protected override string DatabaseSetting(string file) => Cluster.ConnectionString(Database);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("EcoGov:LogDirectory", Path.Combine(files, "logs"));
        builder.ConfigureTestServices(s => s.AddDataProtection().PersistKeysToFileSystem(new DirectoryInfo(Path.Combine(files, "keys"))));
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (!disposing) return;
        try { Directory.Delete(files, recursive: true); } catch (IOException) { }
        Npgsql.NpgsqlConnection.ClearAllPools();
        Cluster.Dispose();
        // For PostgreSQL the first administrator's credentials go to the data folder, named after the database.
        var home = Data.EcoGovPaths.Locate(AppContext.BaseDirectory);
        File.Delete(Path.Combine(home.DataDirectory, $"initial-admin-{Database}.txt"));
    }
}

/// <summary>
/// Issue "Production", item 7: the database unavailable at start and mid-request (PostgreSQL stopped). The host neither
/// crashes nor exits; /health/live answers 200 and /health/ready 503; a page gets a Chinese error page and the API a
/// problem+json 503 (code databaseUnavailable), never a 500 with a stack trace; when the server is back the same requests
/// succeed without restarting the app (the start's migrations and seed import are retried).
/// </summary>
[Trait("Category", "Probe")]
public sealed class DatabaseUnavailableTests
{
    private static readonly TimeSpan Slow = TimeSpan.FromMinutes(5); // the first initialisation migrates and seeds

    private static async Task AssertUnavailablePage(HttpResponseMessage r)
    {
        var body = await r.Content.ReadAsStringAsync();
        Assert.True(r.StatusCode == HttpStatusCode.ServiceUnavailable, $"{(int)r.StatusCode}: {body}");
        Assert.Equal("text/html", r.Content.Headers.ContentType?.MediaType);
        Assert.NotNull(r.Headers.RetryAfter);
        Assert.Contains("数据库暂不可用", body);
        Assert.Contains("数据库暂时无法连接", body);
        Assert.Contains("请稍后刷新本页重试", body);
        Assert.DoesNotContain("   at ", body);
        Assert.DoesNotContain("Exception", body);
    }

    private static async Task AssertUnavailableProblem(HttpResponseMessage r)
    {
        var body = await r.Content.ReadAsStringAsync();
        Assert.True(r.StatusCode == HttpStatusCode.ServiceUnavailable, $"{(int)r.StatusCode}: {body}");
        Assert.Equal("application/problem+json", r.Content.Headers.ContentType?.MediaType);
        using var json = System.Text.Json.JsonDocument.Parse(body);
        Assert.Equal("databaseUnavailable", json.RootElement.GetProperty("code").GetString());
        Assert.Equal(503, json.RootElement.GetProperty("status").GetInt32());
        Assert.Contains("数据库暂时无法连接", json.RootElement.GetProperty("detail").GetString());
        Assert.Contains("retry later", json.RootElement.GetProperty("detail").GetString());
        Assert.DoesNotContain("   at ", body);
    }

    private static async Task<string> Status(HttpClient client, string path)
    {
        using var r = await client.GetAsync(path);
        return $"{(int)r.StatusCode} {await r.Content.ReadAsStringAsync()}";
    }

    [Fact]
    public async Task Started_while_the_database_is_down_the_app_answers_503_and_works_once_it_is_up()
    {
        using var factory = new PostgresWebFactory();
        factory.Cluster.Stop();
        var client = factory.NoRedirectClient(); // starts the host: it must not throw or exit
        client.Timeout = Slow;

        Assert.Equal("200 {\"status\":\"Healthy\"}", await Status(client, "/health/live"));
        Assert.Equal("503 {\"status\":\"Unhealthy\"}", await Status(client, "/health/ready"));
        await AssertUnavailablePage(await client.GetAsync("/Login"));
        await AssertUnavailablePage(await client.GetAsync("/"));
        await AssertUnavailableProblem(await client.GetAsync("/api/plans"));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/css/site.css")).StatusCode); // static files need no database
        Assert.Equal("200 {\"status\":\"Healthy\"}", await Status(client, "/health/live")); // still running

        factory.Cluster.Restart();
        // The same app, not restarted: the next request initialises the database (migrations, seed, administrator).
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/Login")).StatusCode);
        Assert.Equal("200 {\"status\":\"Healthy\"}", await Status(client, "/health/ready"));
        var signedIn = await factory.SignedInClient();
        var plans = await signedIn.GetAsync("/api/plans");
        Assert.Equal(HttpStatusCode.OK, plans.StatusCode);
        using var json = System.Text.Json.JsonDocument.Parse(await plans.Content.ReadAsStringAsync());
        Assert.Equal(8, json.RootElement.GetArrayLength());
    }

    [Fact]
    public async Task The_database_stopping_mid_session_gives_503_not_500_and_requests_succeed_again_when_it_is_back()
    {
        using var factory = new PostgresWebFactory();
        var client = await factory.SignedInClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/plans")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/")).StatusCode);

        factory.Cluster.Stop(); // terminates the sessions of the app's pooled connections
        await AssertUnavailableProblem(await client.GetAsync("/api/plans"));
        await AssertUnavailablePage(await client.GetAsync("/"));
        await AssertUnavailableProblem(await client.GetAsync("/api/dashboard"));
        var probe = factory.NoRedirectClient(); // a health probe sends no sign-in cookie
        Assert.Equal("503 {\"status\":\"Unhealthy\"}", await Status(probe, "/health/ready"));
        Assert.Equal("200 {\"status\":\"Healthy\"}", await Status(probe, "/health/live"));

        factory.Cluster.Restart();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/plans")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/")).StatusCode);
        Assert.Equal("200 {\"status\":\"Healthy\"}", await Status(probe, "/health/ready"));
    }
}
