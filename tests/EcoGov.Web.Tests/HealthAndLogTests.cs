using System.Net;
using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace EcoGov.Web.Tests;

/// <summary>
/// /health/live and /health/ready (issue "Production", item 4): anonymous, JSON, status only; ready only when the
/// database answers and has no pending migration. And the structured log: CLEF lines in the data folder's logs/, the
/// request id on the request's events.
/// </summary>
public sealed class HealthAndLogTests
{
    [Fact]
    public async Task Live_and_ready_answer_anonymously_with_the_status_only()
    {
        using var factory = new EcoGovFactory();
        var client = factory.NoRedirectClient();
        foreach (var path in new[] { "/health/live", "/health/ready" })
        {
            var response = await client.GetAsync(path);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
            Assert.Equal("{\"status\":\"Healthy\"}", await response.Content.ReadAsStringAsync());
            Assert.Contains("no-store", response.Headers.CacheControl?.ToString());
            Assert.True(response.Headers.Contains("Content-Security-Policy"), "security headers on health answers too");
        }
    }

    [Fact]
    public async Task Ready_is_503_while_a_migration_is_pending_and_live_stays_200()
    {
        using var factory = new EcoGovFactory();
        var client = factory.NoRedirectClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/ready")).StatusCode); // starts the app, migrates
        using (var connection = new SqliteConnection($"Data Source={factory.DatabaseFile}"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "DELETE FROM \"__EFMigrationsHistory\" WHERE \"MigrationId\" = (SELECT MAX(\"MigrationId\") FROM \"__EFMigrationsHistory\")";
            Assert.Equal(1, command.ExecuteNonQuery());
        }
        var ready = await client.GetAsync("/health/ready");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        // Nothing beyond the status: no migration names, no database path, no exception text.
        Assert.Equal("{\"status\":\"Unhealthy\"}", await ready.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/live")).StatusCode);
    }

    [Fact]
    public void The_settings_file_of_ecogov_config_is_above_appsettings_and_below_the_environment()
    {
        var file = Path.Combine(Path.GetTempPath(), $"ecogov-config-{Guid.NewGuid():N}.json");
        File.WriteAllText(file, "{\"AllowedHosts\":\"from-file\",\"EcoGov\":{\"OpsTest\":{\"FileOnly\":\"file\",\"Both\":\"file\"}}}");
        Environment.SetEnvironmentVariable("EcoGov__OpsTest__Both", "environment");
        try
        {
            var builder = Microsoft.AspNetCore.Builder.WebApplication.CreateBuilder(["--EcoGov:OpsTest:Arg=command-line"]);
            Assert.Equal("*", builder.Configuration["AllowedHosts"]); // appsettings.json first
            HostOperations.AddConfigurationFile(builder, ["--EcoGov:OpsTest:Arg=command-line"], file);
            Assert.Equal("from-file", builder.Configuration["AllowedHosts"]);
            Assert.Equal("file", builder.Configuration["EcoGov:OpsTest:FileOnly"]);
            Assert.Equal("environment", builder.Configuration["EcoGov:OpsTest:Both"]);
            Assert.Equal("command-line", builder.Configuration["EcoGov:OpsTest:Arg"]);
            var missing = Assert.Throws<FileNotFoundException>(() =>
                HostOperations.AddConfigurationFile(Microsoft.AspNetCore.Builder.WebApplication.CreateBuilder(), [], file + ".missing"));
            Assert.Contains("ECOGOV_CONFIG", missing.Message);
        }
        finally
        {
            Environment.SetEnvironmentVariable("EcoGov__OpsTest__Both", null);
            File.Delete(file);
        }
    }

    [Fact]
    public async Task Requests_are_logged_as_clef_in_the_data_folder_with_their_request_id()
    {
        using var factory = new EcoGovFactory();
        var client = factory.NoRedirectClient();
        var response = await client.GetAsync("/health/live?probe=log");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var folder = Path.Combine(Path.GetDirectoryName(factory.DatabaseFile)!, "logs");
        JsonElement? found = null;
        for (var attempt = 0; attempt < 50 && found is null; attempt++)
        {
            foreach (var file in Directory.Exists(folder) ? Directory.GetFiles(folder, "ecogov-*.clef") : [])
            {
                using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
                using var reader = new StreamReader(stream);
                while (reader.ReadLine() is { } line)
                {
                    using var doc = JsonDocument.Parse(line); // every line is one JSON object
                    var e = doc.RootElement;
                    if (e.TryGetProperty("RequestPath", out var p) && p.GetString() == "/health/live" && e.TryGetProperty("StatusCode", out _))
                        found = e.Clone();
                }
            }
            if (found is null) await Task.Delay(100);
        }
        Assert.True(found is not null, $"no request event in {folder}");
        var ev = found!.Value;
        Assert.True(ev.TryGetProperty("@t", out _));
        Assert.False(string.IsNullOrEmpty(ev.GetProperty("RequestId").GetString()));
        Assert.Equal(200, ev.GetProperty("StatusCode").GetInt32());
    }
}
