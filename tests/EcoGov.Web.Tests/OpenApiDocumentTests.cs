using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using EcoGov.Application.Air;
using EcoGov.Application.Monitoring;
using EcoGov.Application.Plans;
using EcoGov.Application.Progress;
using EcoGov.Core.Monitoring;
using EcoGov.Data;
using EcoGov.Data.Monitoring;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace EcoGov.Web.Tests;

/// <summary>
/// Issue 8: /openapi/v1.json is served (to signed-in users) and describes every /api endpoint, and every operation in it
/// is called here with sample values and answers a status the document names for it. A new endpoint, or a new required
/// parameter, fails this test until its sample is added to the tables below.
/// </summary>
public sealed class OpenApiDocumentTests : IClassFixture<EcoGovFactory>
{
    private const string DocumentPath = "/openapi/v1.json";

    /// <summary>Values for path parameters by name (or "METHOD /path {name}" where a name means different things): seed data.</summary>
    private static readonly Dictionary<string, string> PathSamples = new(StringComparer.Ordinal)
    {
        ["GET /api/plans/{id} id"] = "jincheng-14fyp-eco",
        ["id"] = "chengqu-2023-air",
        ["code"] = "140500",
        ["layer"] = "units",
        ["GET /api/monitoring/stations/{code}/series code"] = "城区A",
        ["GET /api/monitoring/stations/{code}/series/xlsx code"] = "城区A",
    };

    /// <summary>Query strings by operation ("METHOD /path"), chosen so the call succeeds; must hold every required query parameter.</summary>
    private static readonly Dictionary<string, string> QuerySamples = new(StringComparer.Ordinal)
    {
        ["GET /api/findings"] = "document=002",
        ["GET /api/air/evaluate"] = "jurisdiction=140500&standard=GB3095-2012&compare=GB3095-2026&from=2023-01-01&to=2023-01-02",
        ["GET /api/air/evaluate/xlsx"] = "jurisdiction=140500&standard=GB3095-2012&compare=GB3095-2026&from=2023-01-01&to=2023-01-02",
        ["GET /api/plans/{id}/progress"] = "year=2023&asOf=2023-01-31",
        ["GET /api/plans/{id}/evaluation"] = "year=2023&asOf=2023-12-31",
        ["GET /api/plans/{id}/evaluation-report"] = "year=2023&asOf=2023-12-31&format=xlsx",
        ["GET /api/plans/{id}/foresight"] = "asOf=2023-06-30",
        ["GET /api/zoning/map"] = "jurisdiction=140500&date=2024-01-01",
        ["GET /api/zoning/versions"] = "layer=units&jurisdiction=140500",
        ["GET /api/zoning/layers/{layer}/geojson"] = "jurisdiction=140500&date=2024-01-01",
        ["GET /api/plans/{id}/warning-letter"] = "unit=区生态环境分局&asOf=2023-06-30",
        ["GET /api/monitoring/calendar"] = "station=城区A&year=2023",
        ["GET /api/monitoring/calendar/xlsx"] = "jurisdiction=140502&year=2023",
        ["GET /api/monitoring/map"] = "jurisdiction=140500&asOf=2023-12-31",
        ["GET /api/monitoring/stations/{code}/series"] = "from=2023-01-01&to=2023-01-02&resolution=hour",
        ["GET /api/monitoring/stations/{code}/series/xlsx"] = "from=2023-01-01&to=2023-01-02",
        ["GET /api/public/precheck"] = "location=112.85,35.50&industry=3011",
    };

    /// <summary>JSON bodies by operation: a minimal valid request (a point in the demo urban core).</summary>
    private static readonly Dictionary<string, string> BodySamples = new(StringComparer.Ordinal)
    {
        ["POST /api/zoning/assess"] = """{"site":"112.85,35.50","crs":"EPSG:4490","date":"2024-06-01"}""",
        ["POST /api/zoning/assess/docx"] = """{"site":"112.85,35.50","crs":"EPSG:4490","date":"2024-06-01","projectName":"测试项目"}""",
        ["POST /api/reports/{id}/review"] = """{"decision":"return","comment":"请补充"}""",
        ["POST /api/plans/{id}/settings"] = """{"dueSoonDays":"15"}""",
        ["POST /api/plans/{id}/evaluation/actuals"] = """{"indicator":"1","year":"2023","value":"35","source":"文档测试"}""",
        ["POST /api/departments"] = """{"jurisdiction":"140502","name":"区文档测试局"}""",
        ["POST /api/users"] = """{"userName":"openapi-added","role":"leader","jurisdiction":"140502","password":"Sample-Leader-2023!"}""",
        ["POST /api/users/{userName}/disable"] = "{}",
        ["POST /api/users/{userName}/enable"] = "{}",
        ["POST /api/plans/{id}/warning-letters"] = """{"unit":"区住建局","asOf":"2023-06-30"}""",
        ["POST /api/warning-letters/{id}/reply"] = """{"text":"已整改。"}""",
        ["POST /api/warning-letters/{id}/close"] = """{"decision":"close"}""",
    };

    /// <summary>Form fields of multipart operations by operation (files are added as one small PDF).</summary>
    private static readonly Dictionary<string, Dictionary<string, string>> FormSamples = new(StringComparer.Ordinal)
    {
        ["POST /api/reports"] = new() { ["task"] = "chengqu-2023-air/5", ["period"] = "2023-06", ["status"] = "推进中", ["percent"] = "20", ["text"] = "文档样例" },
        ["POST /api/audit"] = new(),   // the sample file is the document audited (any UTF-8 text)
        ["POST /api/monitoring/check"] = new(),   // the file is FileSamples' national release
        ["POST /api/plans/import"] = new() { ["replace"] = "true" },   // the file is BinaryFileSamples' workbook
    };

    /// <summary>The file sent with a form sample, where the operation needs one other than the default PDF: name and content.</summary>
    private static readonly Dictionary<string, (string Name, string Content)> FileSamples = new(StringComparer.Ordinal)
    {
        ["POST /api/monitoring/check"] = ("release.csv",
            "timepoint,stationcode,longitude,latitude,area,positionname,primarypollutant,aqi,pm10,pm10_24h,pm2_5,pm2_5_24h,o3,o3_24h,o3_8h,o3_8h_24h,no2,no2_24h,so2,so2_24h,co,co_24h\n"
            + "2022-07-01 15:00:00,1001A,112.85,35.49,晋城,市监测站,O3,125,61,58,27,25,236,180,170,150,18,20,6,7,0.5,0.6\n"),
    };

    /// <summary>Binary files sent with a form sample (a workbook), by operation: name and content.</summary>
    private static readonly Dictionary<string, Func<(string Name, byte[] Content)>> BinaryFileSamples = new(StringComparer.Ordinal)
    {
        ["POST /api/plans/import"] = () =>
        {
            using var ms = new MemoryStream();
            EcoGov.Reports.Spreadsheets.Workbook.Write(ms,
                [new EcoGov.Reports.Spreadsheets.Sheet("规划", ["项目", "内容"], [["规划编号", "openapi-sample-plan"], ["规划名称", "文档样例规划"], ["行政区划代码", "140502"], ["规划类型", "年度行动计划"]])]);
            return ("sample-plan.xlsx", ms.ToArray());
        },
    };

    /// <summary>Operations only a reporter can perform (the administrator reviews, it does not report): sent as <see cref="Reporter"/>.</summary>
    private static readonly HashSet<string> ReporterOperations = ["POST /api/reports", "GET /api/my-tasks", "POST /api/warning-letters/{id}/reply"];

    private const string Reporter = "openapi-reporter", ReporterPassword = "Sample-Reporter-2023!", SampleUser = "openapi-sample";

    /// <summary>Tags of the groups whose handlers have typed results: their 200 answers must be described with a schema.</summary>
    private static readonly string[] TypedTags = ["Plans", "Monitoring", "Audit"];

    private static readonly string[] Methods = ["get", "put", "post", "delete", "patch"];

    private readonly EcoGovFactory factory;

    public OpenApiDocumentTests(EcoGovFactory factory)
    {
        this.factory = factory;
        lock (factory)
        {
            // Two days of one station's hours, so that the air evaluation and progress have data to answer with.
            using var scope = factory.Services.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<EcoGovDbContext>();
            if (db.MonitoringStations.Any()) return;
            var file = Path.Combine(Path.GetTempPath(), "ecogov-openapi-" + Guid.NewGuid().ToString("N") + ".csv");
            var air = new StringBuilder("station,time,SO2,NO2,CO,O3,PM10,PM2.5\n");
            for (var h = 0; h < 48; h++)
                air.Append(CultureInfo.InvariantCulture, $"城区A,{new DateTime(2023, 1, 1).AddHours(h):yyyy-MM-dd HH:mm},{8 + h % 5},{25 + h % 9},0.7,{50 + h % 40},{80 + h % 30},{45 + h % 25}\n");
            File.WriteAllText(file, air.ToString());
            Assert.Empty(new MonitoringImportService(db).ImportAsync(new MonitoringImportRequest(file, MonitoringDataKind.AirHourly, "140502")).GetAwaiter().GetResult().Rejected); // in the fixture's constructor, under its lock
            File.Delete(file);
            // A reporter of 区生态环境分局 (the lead of task 5) and a user to disable and enable.
            factory.CreateUser(Reporter, ReporterPassword, EcoGov.Core.Supervision.UserRoles.ReporterName);
            var department = db.Departments.Single(d => d.JurisdictionCode == "140502" && d.Name == "区生态环境分局").Id;
            factory.UpdateUser(Reporter, u => { u.JurisdictionCode = "140502"; u.DepartmentId = department; });
            factory.CreateUser(SampleUser, ReporterPassword, EcoGov.Core.Supervision.UserRoles.LeaderName);
            factory.UpdateUser(SampleUser, u => u.JurisdictionCode = "140502");
        }
    }

    /// <summary>A report of the reporter with one evidence file: its id and the file's.</summary>
    private static async Task<(int Report, int File)> SampleReport(HttpClient reporter, int seq)
    {
        using var form = new MultipartFormDataContent
        {
            { new StringContent($"chengqu-2023-air/{seq}"), "task" }, { new StringContent("2023-06"), "period" },
            { new StringContent("推进中"), "status" }, { new StringContent("样例"), "text" },
            { new ByteArrayContent("%PDF-1.4 sample"u8.ToArray()), "files", "sample.pdf" },
        };
        var response = await reporter.PostAsync("/api/reports", form);
        var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.True(response.IsSuccessStatusCode, json.ToString());
        return (json.GetProperty("id").GetInt32(), json.GetProperty("evidence")[0].GetProperty("id").GetInt32());
    }

    /// <summary>A 预警函 to 区生态环境分局 (a candidate on any day of 2023 after the plan's deadlines) for the period due on the day: its id.</summary>
    private static async Task<int> SampleLetter(HttpClient office, string asOf)
    {
        var response = await office.PostAsJsonAsync("/api/plans/chengqu-2023-air/warning-letters", new { unit = "区生态环境分局", asOf });
        var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.True(response.IsSuccessStatusCode, json.ToString());
        return json.GetProperty("id").GetInt32();
    }

    private async Task<JsonElement> Document(HttpClient client)
    {
        var response = await client.GetAsync(DocumentPath);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
    }

    private static IEnumerable<(string Method, string Path, JsonElement Operation)> Operations(JsonElement document) =>
        document.GetProperty("paths").EnumerateObject().SelectMany(path => path.Value.EnumerateObject()
            .Where(o => Methods.Contains(o.Name))
            .Select(o => (o.Name.ToUpperInvariant(), path.Name, o.Value)));

    [Fact]
    public async Task The_document_is_for_signed_in_users_and_carries_the_security_headers()
    {
        var anonymous = await factory.NoRedirectClient().GetAsync(DocumentPath);
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        var response = await (await factory.SignedInClient()).GetAsync(DocumentPath);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        foreach (var r in new[] { anonymous, response })
        {
            Assert.Contains("default-src 'self'", r.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
            Assert.Equal("nosniff", r.Headers.GetValues("X-Content-Type-Options").Single());
            Assert.Equal("DENY", r.Headers.GetValues("X-Frame-Options").Single());
        }
        var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.StartsWith("3.", document.GetProperty("openapi").GetString(), StringComparison.Ordinal);
        Assert.Equal("EcoGov API", document.GetProperty("info").GetProperty("title").GetString());
    }

    [Fact]
    public async Task Every_api_endpoint_of_the_app_is_in_the_document()
    {
        var documented = Operations(await Document(await factory.SignedInClient())).Select(o => $"{o.Method} {o.Path}").ToHashSet(StringComparer.Ordinal);
        var endpoints = factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText is { } raw && raw.TrimStart('/').StartsWith("api/", StringComparison.Ordinal))
            .SelectMany(e => (e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? ["GET"]).Select(m => $"{m} {Normalize(e.RoutePattern.RawText!)}"))
            .ToList();
        Assert.NotEmpty(endpoints);
        var missing = endpoints.Where(e => !documented.Contains(e)).ToList();
        Assert.True(missing.Count == 0, "not in the OpenAPI document: " + string.Join(", ", missing));
        // Nothing but /api is described (pages are not an API).
        Assert.All(documented, d => Assert.Contains(" /api/", d, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Every_operation_in_the_document_answers_a_documented_success_with_sample_values()
    {
        var client = await factory.SignedInClient();
        var reporter = factory.NoRedirectClient();
        Assert.Equal(HttpStatusCode.Redirect, (await EcoGovFactory.PostLoginAs(reporter, Reporter, ReporterPassword)).StatusCode);
        await EcoGovFactory.SendAntiforgeryHeader(reporter);
        var (readId, fileId) = await SampleReport(reporter, 3);
        var (reviewId, _) = await SampleReport(reporter, 4);
        // Two letters to the reporter's department: one to read and answer, one answered, to close.
        var toReply = await SampleLetter(client, "2023-06-30");
        var toClose = await SampleLetter(client, "2023-07-31");
        Assert.True((await reporter.PostAsJsonAsync($"/api/warning-letters/{toClose}/reply", new { text = "样例" })).IsSuccessStatusCode);
        var pathSamples = new Dictionary<string, string>(PathSamples, StringComparer.Ordinal)
        {
            ["GET /api/reports/{id} id"] = readId.ToString(CultureInfo.InvariantCulture),
            ["GET /api/reports/{id}/evidence/{fileId} id"] = readId.ToString(CultureInfo.InvariantCulture),
            ["fileId"] = fileId.ToString(CultureInfo.InvariantCulture),
            ["POST /api/reports/{id}/review id"] = reviewId.ToString(CultureInfo.InvariantCulture),
            ["userName"] = SampleUser,
            ["GET /api/warning-letters/{id} id"] = toReply.ToString(CultureInfo.InvariantCulture),
            ["POST /api/warning-letters/{id}/reply id"] = toReply.ToString(CultureInfo.InvariantCulture),
            ["POST /api/warning-letters/{id}/close id"] = toClose.ToString(CultureInfo.InvariantCulture),
        };
        var querySamples = new Dictionary<string, string>(QuerySamples, StringComparer.Ordinal) { ["GET /api/report-history"] = "task=chengqu-2023-air/3" };
        var operations = Operations(await Document(client)).ToList();
        Assert.Contains(operations, o => o.Path == "/api/plans/{id}/indicators");
        var failures = new List<string>();
        foreach (var (method, path, operation) in operations)
        {
            var key = $"{method} {path}";
            var url = path;
            var query = querySamples.GetValueOrDefault(key, "");
            var queryNames = query.Split('&', StringSplitOptions.RemoveEmptyEntries).Select(kv => kv.Split('=')[0]).ToHashSet(StringComparer.Ordinal);
            if (operation.TryGetProperty("parameters", out var parameters))
            {
                foreach (var p in parameters.EnumerateArray())
                {
                    var name = p.GetProperty("name").GetString()!;
                    var required = p.TryGetProperty("required", out var r) && r.GetBoolean();
                    switch (p.GetProperty("in").GetString())
                    {
                        case "path":
                            var sample = pathSamples.GetValueOrDefault($"{key} {name}") ?? pathSamples.GetValueOrDefault(name);
                            if (sample is null) { failures.Add($"{key}: no sample for path parameter {{{name}}} (add it to PathSamples)"); continue; }
                            url = url.Replace($"{{{name}}}", Uri.EscapeDataString(sample), StringComparison.Ordinal);
                            break;
                        case "query" when required && !queryNames.Contains(name):
                            failures.Add($"{key}: no sample for required query parameter {name} (add it to QuerySamples)");
                            break;
                    }
                }
            }
            if (url.Contains('{', StringComparison.Ordinal)) { failures.Add($"{key}: unfilled path parameter in {url}"); continue; }
            if (query.Length > 0)
                url += "?" + string.Join("&", query.Split('&').Select(kv => kv.Split('=', 2)).Select(kv => $"{kv[0]}={Uri.EscapeDataString(kv[1])}"));

            using var request = new HttpRequestMessage(new HttpMethod(method), url);
            if (FormSamples.TryGetValue(key, out var fields))
            {
                var form = new MultipartFormDataContent();
                foreach (var (name, value) in fields) form.Add(new StringContent(value), name);
                if (FileSamples.TryGetValue(key, out var sample))
                    form.Add(new ByteArrayContent(Encoding.UTF8.GetBytes(sample.Content)), "file", sample.Name);
                else if (BinaryFileSamples.TryGetValue(key, out var binary))
                {
                    var (name, bytes) = binary();
                    form.Add(new ByteArrayContent(bytes), "file", name);
                }
                else
                    form.Add(new ByteArrayContent("%PDF-1.4 sample"u8.ToArray()), "files", "sample.pdf");
                request.Content = form;
            }
            else if (operation.TryGetProperty("requestBody", out _))
            {
                if (!BodySamples.TryGetValue(key, out var body)) { failures.Add($"{key}: no sample body (add it to BodySamples)"); continue; }
                request.Content = new StringContent(body, Encoding.UTF8, "application/json");
            }
            var response = await (ReporterOperations.Contains(key) ? reporter : client).SendAsync(request);
            var status = (int)response.StatusCode;
            var responses = operation.GetProperty("responses");
            if (status is < 200 or > 299)
            {
                failures.Add($"{key}: {url} answered {status}: {Prefix(await response.Content.ReadAsStringAsync())}");
                continue;
            }
            if (!responses.TryGetProperty(status.ToString(CultureInfo.InvariantCulture), out var documented)
                && !responses.TryGetProperty("2XX", out documented) && !responses.TryGetProperty("default", out documented))
            {
                failures.Add($"{key}: answered {status}, which the document does not list ({string.Join(", ", responses.EnumerateObject().Select(x => x.Name))})");
                continue;
            }
            if (documented.TryGetProperty("content", out var content) && response.Content.Headers.ContentType?.MediaType is { } mediaType
                && !content.EnumerateObject().Any(c => c.Name == mediaType))
                failures.Add($"{key}: answered {mediaType}, the document says {string.Join(", ", content.EnumerateObject().Select(c => c.Name))}");
        }
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [Fact]
    public async Task Typed_handlers_describe_their_answer_and_their_refusals()
    {
        var document = await Document(await factory.SignedInClient());
        var typed = Operations(document)
            .Where(o => o.Operation.TryGetProperty("tags", out var tags) && tags.EnumerateArray().Any(t => TypedTags.Contains(t.GetString())))
            .ToList();
        Assert.Equal(22, typed.Count); // with GET /api/monitoring/map (监测点位一张图), GET /api/monitoring/calendar and /api/monitoring/stations/{code}/series (issue 13 item 2), /api/plans/{id}/supervision-rules (issue 9), /api/plans/{id}/audit and POST /api/audit (issue 10), /api/plans/{id}/foresight (issue 14), POST /api/monitoring/check (issue 11)
        foreach (var (method, path, operation) in typed)
        {
            var ok = operation.GetProperty("responses").GetProperty("200");
            Assert.True(ok.GetProperty("content").GetProperty("application/json").TryGetProperty("schema", out _), $"{method} {path}: 200 without a schema");
        }
        var tasks = document.GetProperty("paths").GetProperty("/api/plans/{id}/tasks").GetProperty("get").GetProperty("responses");
        Assert.True(tasks.GetProperty("404").GetProperty("content").TryGetProperty("application/problem+json", out _));
        Assert.True(tasks.GetProperty("400").GetProperty("content").TryGetProperty("application/problem+json", out _));
        var schemas = document.GetProperty("components").GetProperty("schemas");
        foreach (var name in new[] { "PlanDto", "IndicatorDto", "TaskDto", "AccessRequirementDto", "MonitoringStationSummary", "AirEvaluationDto",
                     "LayerVersionInfo", "AssessmentDto", "ZoningMapDocument", "SiteAssessmentBody", "PlanAuditReport" })
            Assert.True(schemas.TryGetProperty(name, out _), $"schema {name} missing");
    }

    /// <summary>No /api operation comes back untyped: every 200 is JSON with a schema, or a content type that is not JSON.</summary>
    [Fact]
    public async Task Every_success_of_every_api_operation_is_described()
    {
        var failures = new List<string>();
        foreach (var (method, path, operation) in Operations(await Document(await factory.SignedInClient())))
        {
            var responses = operation.GetProperty("responses");
            if (!responses.TryGetProperty("200", out var ok) && !responses.TryGetProperty("201", out ok)) { failures.Add($"{method} {path}: no 200 or 201"); continue; }
            if (!ok.TryGetProperty("content", out var content) || !content.EnumerateObject().Any())
            {
                failures.Add($"{method} {path}: success without content");
                continue;
            }
            foreach (var media in content.EnumerateObject())
                if (IsJson(media.Name) && !(media.Value.TryGetProperty("schema", out var schema) && schema.EnumerateObject().Any()))
                    failures.Add($"{method} {path}: 200 {media.Name} without a schema");
        }
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    /// <summary>The zoning operations declare their refusals (problem details), their exports' content types and their bodies.</summary>
    [Fact]
    public async Task Zoning_operations_declare_their_refusals_exports_and_bodies()
    {
        var paths = (await Document(await factory.SignedInClient())).GetProperty("paths");
        JsonElement Responses(string path, string method) => paths.GetProperty(path).GetProperty(method).GetProperty("responses");
        foreach (var (path, method, notFound) in new[]
                 {
                     ("/api/zoning/map", "get", true), ("/api/zoning/versions", "get", true), ("/api/zoning/layers/{layer}/geojson", "get", true),
                     ("/api/zoning/assess", "post", false), ("/api/zoning/assess/docx", "post", false),
                 })
        {
            var responses = Responses(path, method);
            Assert.True(responses.GetProperty("400").GetProperty("content").TryGetProperty("application/problem+json", out _), $"{method} {path}: no 400");
            if (notFound)
                Assert.True(responses.GetProperty("404").GetProperty("content").TryGetProperty("application/problem+json", out _), $"{method} {path}: no 404");
        }
        Assert.True(Responses("/api/zoning/layers/{layer}/geojson", "get").GetProperty("200").GetProperty("content").TryGetProperty("application/geo+json", out _));
        Assert.True(Responses("/api/zoning/assess/docx", "post").GetProperty("200").GetProperty("content")
            .TryGetProperty("application/vnd.openxmlformats-officedocument.wordprocessingml.document", out _));
        var body = (await Document(await factory.SignedInClient())).GetProperty("components").GetProperty("schemas").GetProperty("SiteAssessmentBody");
        Assert.Equal(["site"], body.GetProperty("required").EnumerateArray().Select(r => r.GetString()));
        foreach (var path in new[] { "/api/zoning/assess", "/api/zoning/assess/docx" })
            Assert.Equal("#/components/schemas/SiteAssessmentBody", paths.GetProperty(path).GetProperty("post").GetProperty("requestBody")
                .GetProperty("content").GetProperty("application/json").GetProperty("schema").GetProperty("$ref").GetString());
    }

    /// <summary>/api/plans/{id}/progress answers one of three reports by the plan's kind: the document says oneOf the three.</summary>
    [Fact]
    public async Task Plan_progress_is_one_of_the_three_reports()
    {
        var document = await Document(await factory.SignedInClient());
        var oneOf = document.GetProperty("paths").GetProperty("/api/plans/{id}/progress").GetProperty("get").GetProperty("responses")
            .GetProperty("200").GetProperty("content").GetProperty("application/json").GetProperty("schema").GetProperty("oneOf");
        Assert.Equal(["#/components/schemas/ProgressReportDto", "#/components/schemas/WaterProgressReportDto", "#/components/schemas/IndicatorReportDto"],
            oneOf.EnumerateArray().Select(s => s.GetProperty("$ref").GetString()));
        var schemas = document.GetProperty("components").GetProperty("schemas");
        foreach (var name in new[] { "ProgressReportDto", "WaterProgressReportDto", "IndicatorReportDto" })
            Assert.True(schemas.GetProperty(name).TryGetProperty("properties", out _), $"schema {name} without properties");
    }

    private static bool IsJson(string mediaType) =>
        mediaType == "application/json" || mediaType.EndsWith("+json", StringComparison.Ordinal) && mediaType != "application/geo+json";

    /// <summary>A route template as the document writes it: constraints and optional markers dropped, leading slash.</summary>
    private static string Normalize(string raw) =>
        "/" + System.Text.RegularExpressions.Regex.Replace(raw.TrimStart('/'), @"\{\*?([^}:?=]+)[^}]*\}", "{$1}");

    private static string Prefix(string text) => text.Length <= 300 ? text : text[..300] + "…";
}
