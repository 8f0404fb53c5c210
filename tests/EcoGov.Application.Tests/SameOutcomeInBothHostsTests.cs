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
    private const string Export = "/api/zoning/layers/units/geojson";
    private const string ExportCli = "zoning export --layer units --jurisdiction 140500";
    private const string Point = "112.85,35.50";

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
        { "unknown plan's supervision rules", "/api/plans/no-such-plan/supervision-rules", "", "supervision-rules --plan no-such-plan", "plan", "--plan", "notFound", 404, "可用 / available: " },
        { "unknown plan's audit", "/api/plans/no-such-plan/audit", "", "audit --plan no-such-plan", "plan", "--plan", "notFound", 404, "可用 / available: " },
        { "unknown seed document", "/api/findings", "document=999", "findings --document 999", "document", "--document", "notFound", 404, "no seed document \"999\"" },
        { "export date with slashes", Export, "jurisdiction=140500&date=2024/01/01", $"{ExportCli} --date 2024/01/01", "date", "--date", "invalidDate", 400, "got \"2024/01/01\"" },
        { "export date not a calendar day", Export, "jurisdiction=140500&date=2024-02-30", $"{ExportCli} --date 2024-02-30", "date", "--date", "invalidDate", 400, "\"2024-02-30\" is not a calendar date" },
        { "export version and date", Export, "jurisdiction=140500&version=1&date=2024-01-01", $"{ExportCli} --version 1 --date 2024-01-01", "version", "--version", "conflict", 400, "not both" },
        { "export unknown version", Export, "jurisdiction=140500&version=999999", $"{ExportCli} --version 999999", "version", "--version", "notFound", 404, "no layer version 999999" },
        { "export unknown jurisdiction", Export, "jurisdiction=999999", "zoning export --layer units --jurisdiction 999999", "jurisdiction", "--jurisdiction", "notFound", 404, "jurisdiction \"999999\" not found" },
        { "versions of an unknown layer", "/api/zoning/versions", "layer=roads&jurisdiction=140500", "zoning versions --layer roads --jurisdiction 140500", "layer", "--layer", "unknownLayer", 400, "unknown layer \"roads\"" },
        { "dashboard day not a calendar day", "/api/dashboard", "jurisdiction=140502&asOf=2023-02-30", "dashboard --jurisdiction 140502 --as-of 2023-02-30", "asOf", "--as-of", "invalidDate", 400, "驾驶舱日期：“2023-02-30”不是日历上的日期" },
        { "dashboard day with slashes", "/api/dashboard", "asOf=2023/09/30", "dashboard --as-of 2023/09/30", "asOf", "--as-of", "invalidDate", 400, "驾驶舱日期" },
        { "dashboard of an unknown jurisdiction", "/api/dashboard", "jurisdiction=999999", "dashboard --jurisdiction 999999", "jurisdiction", "--jurisdiction", "notFound", 404, "未收录行政区划代码 999999" },
        { "versions of an unknown jurisdiction", "/api/zoning/versions", "layer=units&jurisdiction=999999", "zoning versions --layer units --jurisdiction 999999", "jurisdiction", "--jurisdiction", "notFound", 404, "999999" },
    };

    [Theory]
    [MemberData(nameof(BadInputs))]
    public async Task Bad_input_is_refused_alike(string @case, string path, string query, string cli, string? field, string? option,
        string code, int status, string fragment)
    {
        await RefusedAlike.AssertAsync(hosts.Client, hosts.Cli, @case, path + Query(query), cli, field, option, code, fragment, status);
    }

    /// <summary>
    /// Siting: case, the JSON body of POST /api/zoning/assess (and /docx), `zoning assess` arguments, the web's field, the
    /// CLI's option (a point is the web's site text and the CLI's --point), code, a fragment of the message.
    /// </summary>
    public static TheoryData<string, string, string, string, string, string, string> BadSites => new()
    {
        { "date with slashes", $"{{\"site\":\"{Point}\",\"date\":\"2024/01/01\"}}", $"--point {Point} --date 2024/01/01", "date", "--date", "invalidDate", "got \"2024/01/01\"" },
        { "date not a calendar day", $"{{\"site\":\"{Point}\",\"date\":\"2024-02-30\"}}", $"--point {Point} --date 2024-02-30", "date", "--date", "invalidDate", "is not a calendar date" },
        { "bad industry code", $"{{\"site\":\"{Point}\",\"industry\":\"XYZ9\"}}", $"--point {Point} --industry XYZ9", "industry", "--industry", "invalidValue", "\"XYZ9\" is not a GB/T 4754 code" },
        { "unknown crs", $"{{\"site\":\"{Point}\",\"crs\":\"EPSG:9999\"}}", $"--point {Point} --crs EPSG:9999", "crs", "--crs", "invalidValue", "9999" },
        { "NaN site", "{\"site\":\"NaN,NaN\",\"crs\":\"EPSG:4526\"}", "--point NaN,NaN --crs EPSG:4526", "site", "--point", "invalidValue", "有限数值" },
        { "site missing", "{\"crs\":\"EPSG:4490\"}", "--crs EPSG:4490", "site", "--site", "required", "give the site" },
        { "unknown jurisdiction", $"{{\"site\":\"{Point}\",\"jurisdiction\":\"999999\"}}", $"--point {Point} --jurisdiction 999999", "jurisdiction", "--jurisdiction", "unknownJurisdiction", "unknown jurisdiction code \"999999\"" },
    };

    [Theory]
    [MemberData(nameof(BadSites))]
    public async Task Bad_site_assessment_input_is_refused_alike(string @case, string body, string cli, string field, string option,
        string code, string fragment)
    {
        string? detail = null;
        foreach (var endpoint in new[] { "/api/zoning/assess", "/api/zoning/assess/docx" })
        {
            var response = await hosts.Client.PostAsync(endpoint, new StringContent(body, System.Text.Encoding.UTF8, "application/json"));
            var text = await response.Content.ReadAsStringAsync();
            Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{@case} {endpoint}: {(int)response.StatusCode} {text}");
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            var problem = JsonDocument.Parse(text).RootElement;
            Assert.Equal(code, problem.GetProperty("code").GetString());
            Assert.Equal(field, problem.GetProperty("field").GetString());
            var d = problem.GetProperty("detail").GetString()!;
            Assert.Contains(fragment, d);
            Assert.Equal(d, Assert.Single(problem.GetProperty("errors").GetProperty(field).EnumerateArray()).GetString());
            Assert.True(detail is null || detail == d, $"{@case}: the two endpoints disagree");
            detail = d;
        }

        var (exit, stdout, stderr) = hosts.Cli.Run(["zoning", "assess", .. cli.Split(' '), "--json"]);
        Assert.Equal(2, exit);
        Assert.Equal("", stdout);
        Assert.Equal($"{option}: {detail}", stderr.TrimEnd('\r', '\n'));
    }

    [Fact]
    public async Task A_site_assessment_gives_the_same_json()
    {
        var response = await hosts.Client.PostAsync("/api/zoning/assess",
            new StringContent($"{{\"site\":\"{Point}\",\"industry\":\"3011\",\"date\":\"2024-06-01\"}}", System.Text.Encoding.UTF8, "application/json"));
        var web = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        var (exit, stdout, stderr) = hosts.Cli.Run("zoning", "assess", "--point", Point, "--industry", "3011", "--date", "2024-06-01", "--json");
        Assert.True(exit is 0 or 1, stderr);
        var fromCli = JsonNode.Parse(stdout)!;
        Assert.NotNull(web["conclusion"]);
        Assert.True(JsonNode.DeepEquals(web, fromCli), $"web:\n{web.ToJsonString()}\ncli:\n{fromCli.ToJsonString()}");
    }

    public static TheoryData<string, string, string> SameRequests => new()
    {
        { "/api/air/evaluate?jurisdiction=140502&standard=GB3095-2012&compare=GB3095-2026&from=2023-01-02&to=2023-01-04",
            "air evaluate --from-store --jurisdiction 140502 --standard GB3095-2012 --compare GB3095-2026 --from 2023-01-02 --to 2023-01-04", "all" },
        { "/api/air/evaluate?station=城区B&standard=GB3095-2026", "air evaluate --from-store --station 城区B --standard GB3095-2026", "stations" },
        { "/api/plans/chengqu-2023-air/progress?year=2023&asOf=2023-01-31", "progress --plan chengqu-2023-air --from-store --year 2023 --as-of 2023-01-31", "targets" },
        { "/api/plans/chengqu-2023-water/progress?year=2023", "progress --plan chengqu-2023-water --from-store --year 2023", "targets" },
        { "/api/plans/chengqu-2023-soil/progress", "progress --plan chengqu-2023-soil", "indicators" },
        { "/api/plans/chengqu-2023-air/supervision-rules", "supervision-rules --plan chengqu-2023-air", "rules" },
        { "/api/dashboard?jurisdiction=140502&asOf=2023-01-04", "dashboard --jurisdiction 140502 --as-of 2023-01-04", "tasks" },
        { "/api/dashboard?jurisdiction=140500", "dashboard --jurisdiction 140500", "air" },
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
