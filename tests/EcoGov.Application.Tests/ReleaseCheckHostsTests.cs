using System.IO.Compression;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using EcoGov.Testing.Monitoring;

namespace EcoGov.Application.Tests;

/// <summary>
/// Issue 11 item 5 in both hosts: `monitoring check PATH --json` and POST /api/monitoring/check on the same day of
/// national releases (<see cref="ReleaseFixture"/>, zipped) answer with the same JSON — the planted disagreements and
/// nothing else — and refuse a bad file with the same message naming file, row and column.
/// </summary>
public sealed class ReleaseCheckHostsTests(BothHosts hosts) : IClassFixture<BothHosts>, IDisposable
{
    private readonly string dir = Path.Combine(Path.GetTempPath(), "ecogov-release-hosts-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        try { Directory.Delete(dir, recursive: true); } catch (IOException) { }
    }

    private async Task<HttpResponseMessage> Upload(byte[] content, string fileName)
    {
        using var form = new MultipartFormDataContent();
        form.Add(new ByteArrayContent(content), "file", fileName);
        return await hosts.Client.PostAsync("/api/monitoring/check", form);
    }

    [Fact]
    public async Task The_check_of_a_day_is_the_same_json_in_both_hosts()
    {
        var zip = Path.Combine(dir, "day.zip");
        ZipFile.CreateFromDirectory(ReleaseFixture.WriteDay(Path.Combine(dir, "day")), zip);
        var (exit, stdout, stderr) = hosts.Cli.Run("monitoring", "check", zip, "--json");
        Assert.True(exit == 1, stderr);

        var response = await Upload(File.ReadAllBytes(zip), "day.zip");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var web = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        var cli = JsonNode.Parse(stdout)!;
        Assert.True(JsonNode.DeepEquals(cli, web), $"cli:\n{cli.ToJsonString()}\nweb:\n{web.ToJsonString()}");
        Assert.Equal(ReleaseFixture.Planted.Select(p => $"{p.Station} {p.Time} {p.Field}").Order(),
            web["disagreements"]!.AsArray().Select(d => $"{d!["station"]} {d["time"]} {d["field"]}").Order());
    }

    [Fact]
    public async Task The_page_lists_the_same_disagreements()
    {
        var zip = Path.Combine(dir, "day.zip");
        ZipFile.CreateFromDirectory(ReleaseFixture.WriteDay(Path.Combine(dir, "day")), zip);
        using var form = new MultipartFormDataContent();
        form.Add(new StringContent(await EcoGov.Web.Tests.EcoGovFactory.FormToken(hosts.Client, "/MonitoringCheck")), "__RequestVerificationToken");
        form.Add(new ByteArrayContent(File.ReadAllBytes(zip)), "Upload", "day.zip");
        var response = await hosts.Client.PostAsync("/MonitoringCheck", form);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(ReleaseFixture.Planted.Select(p => $"{p.Station} {p.Field}").Order(),
            System.Text.RegularExpressions.Regex.Matches(html, "<tr data-station=\"([^\"]+)\" data-field=\"([^\"]+)\"")
                .Select(m => $"{m.Groups[1].Value} {m.Groups[2].Value}").Order());
        Assert.Contains("全部一致 70", html);
    }

    [Fact]
    public async Task A_bad_release_is_refused_alike()
    {
        Directory.CreateDirectory(dir);
        var bad = ReleaseFixture.Header + "\n2022-07-01 01:00:00,1001A,112.85,35.49,晋城,市监测站,PM2.5,x50,1,1,1,1,1,1,1,1,1,1,1,1,0.1,0.1\n";
        var path = Path.Combine(dir, "bad.csv");
        File.WriteAllText(path, bad);
        var (exit, stdout, stderr) = hosts.Cli.Run("monitoring", "check", path, "--json");
        Assert.Equal(2, exit);
        Assert.Equal("", stdout);
        Assert.Contains("bad.csv row 2, column 8 (aqi)", stderr);

        var response = await Upload(Encoding.UTF8.GetBytes(bad), "bad.csv");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal("file", problem["field"]!.GetValue<string>());
        Assert.Contains("bad.csv row 2, column 8 (aqi)", problem["detail"]!.GetValue<string>());
        Assert.Contains(problem["detail"]!.GetValue<string>().Split('\n')[1], stderr);
    }
}
