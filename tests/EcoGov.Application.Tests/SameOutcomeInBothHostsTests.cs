using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace EcoGov.Application.Tests;

/// <summary>
/// Issue 8: the web and the CLI are two renderings of one operation. The same bad input gets the same refusal — the web
/// a problem+json answer (400, or 404 for an unknown plan) naming the field, the CLI exit code 2 with the option and
/// the very same message on stderr — and the same good input the same JSON.
/// </summary>
public sealed class SameOutcomeInBothHostsTests(BothHosts hosts) : IClassFixture<BothHosts>
{
    private const string Air = "/api/air/evaluate";
    private const string AirCli = "air evaluate --from-store";

    /// <summary>
    /// Case, web path, web query (key=value&amp;…, unescaped), CLI arguments (space-separated), field, CLI option,
    /// code, HTTP status, a fragment the message must contain.
    /// </summary>
    public static TheoryData<string, string, string, string, string?, string?, string, int, string> BadInputs => new()
    {
        { "from not a calendar day", Air, "standard=GB3095-2012&from=2023-02-30", $"{AirCli} --standard GB3095-2012 --from 2023-02-30", "from", "--from", "invalidDate", 400, "\"2023-02-30\" is not a calendar date" },
        { "from with slashes", Air, "standard=GB3095-2012&from=2023/1/1", $"{AirCli} --standard GB3095-2012 --from 2023/1/1", "from", "--from", "invalidDate", 400, "got \"2023/1/1\"" },
        { "from without dashes", Air, "standard=GB3095-2012&from=20230101", $"{AirCli} --standard GB3095-2012 --from 20230101", "from", "--from", "invalidDate", 400, "got \"20230101\"" },
        { "to month 13", Air, "standard=GB3095-2012&to=2023-13-01", $"{AirCli} --standard GB3095-2012 --to 2023-13-01", "to", "--to", "invalidDate", 400, "终止日期" },
        { "from after to", Air, "standard=GB3095-2012&from=2023-01-05&to=2023-01-01", $"{AirCli} --standard GB3095-2012 --from 2023-01-05 --to 2023-01-01", "from", "--from", "invalidPeriod", 400, "from is after to" },
        { "unknown standard", Air, "standard=GB3095-1996", $"{AirCli} --standard GB3095-1996", "standard", "--standard", "unknownStandard", 400, "unknown standard \"GB3095-1996\"" },
        { "unknown compare standard", Air, "standard=GB3095-2012&compare=HJ633-2026", $"{AirCli} --standard GB3095-2012 --compare HJ633-2026", "compare", "--compare", "unknownStandard", 400, "unknown compare standard \"HJ633-2026\"" },
        { "unknown station", Air, "standard=GB3095-2012&station=城区B&station=没有的站", $"{AirCli} --standard GB3095-2012 --station 城区B 没有的站", "station", "--station", "unknownStation", 400, "库中没有站点 没有的站 / unknown station(s); 已有 / stored: 城区A, 城区B" },
        { "unknown jurisdiction", Air, "standard=GB3095-2012&jurisdiction=999999", $"{AirCli} --standard GB3095-2012 --jurisdiction 999999", "jurisdiction", "--jurisdiction", "unknownJurisdiction", 400, "999999" },
        { "no data for a known jurisdiction", Air, "standard=GB3095-2012&jurisdiction=140800", $"{AirCli} --standard GB3095-2012 --jurisdiction 140800", null, null, "noData", 400, "no stored hourly data" },
        { "unknown plan", "/api/plans/no-such-plan/progress", "", "progress --plan no-such-plan --from-store", "plan", "--plan", "notFound", 404, "no plan with id \"no-such-plan\"" },
        { "asOf with slashes", "/api/plans/chengqu-2023-air/progress", "asOf=2023/01/31", "progress --plan chengqu-2023-air --from-store --as-of 2023/01/31", "asOf", "--as-of", "invalidDate", 400, "评价截止日期" },
        { "asOf not a calendar day", "/api/plans/chengqu-2023-air/progress", "asOf=2023-02-30", "progress --plan chengqu-2023-air --from-store --as-of 2023-02-30", "asOf", "--as-of", "invalidDate", 400, "not a calendar date" },
        { "year out of range", "/api/plans/chengqu-2023-air/progress", "year=1800", "progress --plan chengqu-2023-air --from-store --year 1800", "year", "--year", "outOfRange", 400, "got 1800" },
        { "unknown plan in the catalogue", "/api/plans/no-such-plan/indicators", "", "indicators --plan no-such-plan", "plan", "--plan", "notFound", 404, "no plan with id \"no-such-plan\"" },
        { "unknown plan's tasks", "/api/plans/no-such-plan/tasks", "", "tasks --plan no-such-plan", "plan", "--plan", "notFound", 404, "可用 / available: " },
        { "unknown seed document", "/api/findings", "document=999", "findings --document 999", "document", "--document", "notFound", 404, "no seed document \"999\"" },
    };

    [Theory]
    [MemberData(nameof(BadInputs))]
    public async Task Bad_input_is_refused_alike(string @case, string path, string query, string cli, string? field, string? option,
        string code, int status, string fragment)
    {
        var response = await hosts.Client.GetAsync(path + Query(query));
        var body = await response.Content.ReadAsStringAsync();
        Assert.True((int)response.StatusCode == status, $"{@case}: {(int)response.StatusCode} {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(body).RootElement;
        Assert.Equal(status, problem.GetProperty("status").GetInt32());
        Assert.Equal(code, problem.GetProperty("code").GetString());
        var detail = problem.GetProperty("detail").GetString()!;
        Assert.Contains(fragment, detail);
        if (field is null)
        {
            Assert.Equal(JsonValueKind.Null, problem.GetProperty("field").ValueKind);
        }
        else
        {
            Assert.Equal(field, problem.GetProperty("field").GetString());
            if (status == 400)
                Assert.Equal(detail, Assert.Single(problem.GetProperty("errors").GetProperty(field).EnumerateArray()).GetString());
        }

        var (exit, stdout, stderr) = hosts.Cli.Run(cli.Split(' '));
        Assert.Equal(2, exit);
        Assert.Equal("", stdout);
        Assert.Equal(option is null ? detail : $"{option}: {detail}", stderr.TrimEnd('\r', '\n'));
    }

    public static TheoryData<string, string, string> SameRequests => new()
    {
        { "/api/air/evaluate?jurisdiction=140502&standard=GB3095-2012&compare=GB3095-2026&from=2023-01-02&to=2023-01-04",
            "air evaluate --from-store --jurisdiction 140502 --standard GB3095-2012 --compare GB3095-2026 --from 2023-01-02 --to 2023-01-04", "all" },
        { "/api/air/evaluate?station=城区B&standard=GB3095-2026", "air evaluate --from-store --station 城区B --standard GB3095-2026", "stations" },
        { "/api/plans/chengqu-2023-air/progress?year=2023&asOf=2023-01-31", "progress --plan chengqu-2023-air --from-store --year 2023 --as-of 2023-01-31", "targets" },
        { "/api/plans/chengqu-2023-water/progress?year=2023", "progress --plan chengqu-2023-water --from-store --year 2023", "targets" },
        { "/api/plans/chengqu-2023-soil/progress", "progress --plan chengqu-2023-soil", "indicators" },
    };

    [Theory]
    [MemberData(nameof(SameRequests))]
    public async Task Good_input_gives_the_same_json(string url, string cli, string member)
    {
        var web = JsonNode.Parse(await hosts.Client.GetStringAsync(url))!;
        var (exit, stdout, stderr) = hosts.Cli.Run([.. cli.Split(' '), "--json"]);
        Assert.True(exit == 0, stderr);
        var fromCli = JsonNode.Parse(stdout)!;
        Assert.NotNull(web[member]);
        Assert.True(JsonNode.DeepEquals(web, fromCli), $"web:\n{web.ToJsonString()}\ncli:\n{fromCli.ToJsonString()}");
    }

    /// <summary>The plan catalogue and the station list: the same array from /api and from the CLI's --json.</summary>
    [Theory]
    [InlineData("/api/plans", "plans")]
    [InlineData("/api/plans/jincheng-14fyp-eco/indicators", "indicators --plan jincheng-14fyp-eco")]
    [InlineData("/api/plans/chengqu-2023-air/air-targets", "air-targets --plan chengqu-2023-air")]
    [InlineData("/api/findings?document=002", "findings --document 002")]
    [InlineData("/api/monitoring/stations", "monitoring stations")]
    public async Task Catalogue_lists_are_the_same_json(string url, string cli)
    {
        var web = JsonNode.Parse(await hosts.Client.GetStringAsync(url))!;
        var (exit, stdout, stderr) = hosts.Cli.Run([.. cli.Split(' '), "--json"]);
        Assert.True(exit == 0, stderr);
        var fromCli = JsonNode.Parse(stdout)!;
        Assert.NotEmpty(web.AsArray());
        Assert.True(JsonNode.DeepEquals(web, fromCli), $"web:\n{web.ToJsonString()}\ncli:\n{fromCli.ToJsonString()}");
    }

    private static string Query(string query) => query.Length == 0 ? "" :
        "?" + string.Join("&", query.Split('&').Select(kv => kv.Split('=', 2)).Select(kv => $"{kv[0]}={Uri.EscapeDataString(kv[1])}"));
}
