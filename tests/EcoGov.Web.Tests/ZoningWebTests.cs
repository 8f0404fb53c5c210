using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Packaging;
using EcoGov.Spatial.Crs;
using EcoGov.Tests.Shared;
using NetTopologySuite.Features;

namespace EcoGov.Web.Tests;

/// <summary>The zoning pages and /api/zoning: map data, versions, export, import (page), assessment (page and API) and the .docx.</summary>
public sealed partial class ZoningWebTests(EcoGovFactory factory) : IClassFixture<EcoGovFactory>
{
    /// <summary>Inside the demo urban core (示意 市区), 城区.</summary>
    private const string UrbanCorePoint = "112.85,35.50";

    private static readonly string[] DemoLayers = ["units", "rivers", "river-management", "urban-core", "water-sources", "parks", "sensitive", "livestock", "transport", "farmland"];

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();

    private static async Task<string> Token(HttpClient client, string page)
    {
        var token = TokenPattern().Match(await client.GetStringAsync(page)).Groups[1].Value;
        Assert.NotEmpty(token);
        return token;
    }

    private static StringContent Json(object body) => new(JsonSerializer.Serialize(body), Encoding.UTF8, "application/json");

    [Fact]
    public async Task The_map_json_has_the_ten_demo_layers_flagged_synthetic_and_90_units()
    {
        var client = await factory.SignedInClient();
        var map = JsonDocument.Parse(await client.GetStringAsync("/api/zoning/map?jurisdiction=140500&date=2024-01-01")).RootElement;
        Assert.Equal("FeatureCollection", map.GetProperty("boundary").GetProperty("type").GetString());
        Assert.Single(map.GetProperty("boundary").GetProperty("features").EnumerateArray());
        var layers = map.GetProperty("layers");
        Assert.Equal(DemoLayers.Order(), layers.EnumerateObject().Select(p => p.Name).Order());
        foreach (var l in layers.EnumerateObject())
        {
            Assert.True(l.Value.GetProperty("synthetic").GetBoolean(), l.Name);
            Assert.Equal(1, l.Value.GetProperty("version").GetInt32());
            Assert.Equal("FeatureCollection", l.Value.GetProperty("features").GetProperty("type").GetString());
        }
        var units = layers.GetProperty("units");
        Assert.Equal("环境管控单元", units.GetProperty("name").GetString());
        var features = units.GetProperty("features").GetProperty("features");
        Assert.Equal(90, features.GetArrayLength());
        Assert.Equal(90, units.GetProperty("featureCount").GetInt32());
        Assert.StartsWith("ZH1405", features[0].GetProperty("properties").GetProperty("code").GetString(), StringComparison.Ordinal);

        // Before the demo's effective date nothing is in force; a bad date is a 400 with a message.
        var before = JsonDocument.Parse(await client.GetStringAsync("/api/zoning/map?jurisdiction=140500&date=2020-01-01")).RootElement;
        Assert.Empty(before.GetProperty("layers").EnumerateObject());
        var bad = await client.GetAsync("/api/zoning/map?date=2024-13-01");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Equal("application/problem+json", bad.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(await bad.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("date", problem.GetProperty("field").GetString());
        Assert.Contains("不是日历上的日期", problem.GetProperty("detail").GetString());
        var unknown = await client.GetAsync("/api/zoning/map?jurisdiction=999999");
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal("jurisdiction", JsonDocument.Parse(await unknown.Content.ReadAsStringAsync()).RootElement.GetProperty("field").GetString());
    }

    [Fact]
    public async Task Versions_and_export_answer_as_the_cli()
    {
        var client = await factory.SignedInClient();
        var versions = JsonDocument.Parse(await client.GetStringAsync("/api/zoning/versions?layer=units&jurisdiction=140500")).RootElement;
        var v = Assert.Single(versions.EnumerateArray());
        Assert.True(v.GetProperty("synthetic").GetBoolean());
        var geojson = await client.GetAsync("/api/zoning/layers/units/geojson?jurisdiction=140500&date=2024-01-01");
        Assert.Equal(HttpStatusCode.OK, geojson.StatusCode);
        var doc = JsonDocument.Parse(await geojson.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("EPSG:4490", doc.GetProperty("metadata").GetProperty("crs").GetString());
        Assert.True(doc.GetProperty("metadata").GetProperty("synthetic").GetBoolean());
        Assert.Equal(90, doc.GetProperty("features").GetArrayLength());
        var bad = await client.GetAsync("/api/zoning/versions?layer=nope&jurisdiction=140500");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var problem = JsonDocument.Parse(await bad.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("layer", problem.GetProperty("field").GetString());
        Assert.Equal("unknownLayer", problem.GetProperty("code").GetString());
        Assert.Contains("未知图层", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task A_point_in_the_urban_core_of_an_air_polluting_project_does_not_comply()
    {
        var client = await factory.SignedInClient();
        var response = await client.PostAsync("/api/zoning/assess", Json(new
        {
            site = UrbanCorePoint,
            crs = "EPSG:4490",
            facts = new { emitsAirPollutants = true },
            date = "2024-06-01",
        }));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var r = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("不符合", r.GetProperty("conclusion").GetString());
        var air = r.GetProperty("rules").EnumerateArray().Single(x => x.GetProperty("id").GetString() == "air-urban-core-20km");
        Assert.Equal("违反", air.GetProperty("verdict").GetString());
        var unit = Assert.Single(r.GetProperty("units").EnumerateArray());
        Assert.Equal(1.0, unit.GetProperty("share").GetDouble());
        Assert.True(r.GetProperty("versions").GetProperty("units").GetProperty("synthetic").GetBoolean());
        Assert.NotEmpty(r.GetProperty("requirements").EnumerateArray());

        // The same site as a GeoJSON object, no facts: the air rule needs the fact and cannot be 违反.
        var geo = await client.PostAsync("/api/zoning/assess", Json(new
        {
            site = new { type = "Point", coordinates = new[] { 112.85, 35.50 } },
            date = "2024-06-01",
        }));
        var g = JsonDocument.Parse(await geo.Content.ReadAsStringAsync()).RootElement;
        Assert.NotEqual("不符合", g.GetProperty("conclusion").GetString());
    }

    [Fact]
    public async Task A_polygon_in_gauss_krueger_and_a_gcj02_point_are_assessed_with_their_warnings()
    {
        var client = await factory.SignedInClient();
        // A 1 km square in EPSG:4547 (zone 38 without prefix) around the demo urban core.
        var corner = (NetTopologySuite.Geometries.Point)EcoGov.Spatial.Crs.CoordinateSystems.FromCgcs2000(
            ZoningLayerFixtures.Factory.CreatePoint(new NetTopologySuite.Geometries.Coordinate(112.85, 35.50)), 4547);
        var (x, y) = (corner.X, corner.Y);
        var ring = string.Join("\n", new[] { (0, 0), (1000, 0), (1000, 1000), (0, 1000), (0, 0) }.Select(p =>
            string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{x + p.Item1:0.###},{y + p.Item2:0.###}")));
        var polygon = JsonDocument.Parse(await (await client.PostAsync("/api/zoning/assess", Json(new { site = ring, crs = "EPSG:4547", date = "2024-06-01" }))).Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("面", polygon.GetProperty("site").GetProperty("kind").GetString());
        Assert.Equal("EPSG:4547", polygon.GetProperty("site").GetProperty("sourceCrs").GetString());
        Assert.InRange(polygon.GetProperty("site").GetProperty("area").GetDouble(), 999_000, 1_001_000);
        var shares = polygon.GetProperty("units").EnumerateArray().Sum(u => u.GetProperty("share").GetDouble());
        Assert.InRange(shares, 0.999, 1.001);

        var gcj = JsonDocument.Parse(await (await client.PostAsync("/api/zoning/assess", Json(new { site = UrbanCorePoint, crs = "GCJ-02", date = "2024-06-01" }))).Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("GCJ-02", gcj.GetProperty("site").GetProperty("sourceCrs").GetString());
        Assert.Contains(gcj.GetProperty("warnings").EnumerateArray(), w => w.GetString()!.Contains("GCJ-02", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("{\"site\":\"abc,def\"}", "无法识别")]
    [InlineData("{\"site\":\"35.50,112.85\"}", "颠倒")]
    [InlineData("{\"site\":\"112.85,35.50\",\"crs\":\"EPSG:2385\"}", "2385")]
    [InlineData("{\"site\":\"112.85,35.50\",\"industry\":\"pig\"}", "行业代码")]
    [InlineData("{\"site\":\"112.85,35.50\",\"facts\":{\"colour\":1}}", "colour")]
    [InlineData("{\"site\":\"112.85,35.50\",\"date\":\"2024/01/01\"}", "yyyy-MM-dd")]
    [InlineData("{\"site\":\"112.85,35.50\",\"date\":\"2020-01-01\"}", "生效的管控单元图层")]
    [InlineData("{\"crs\":\"EPSG:4490\"}", "site")]
    public async Task Bad_assessment_input_is_a_400_with_a_message(string body, string expected)
    {
        var client = await factory.SignedInClient();
        var response = await client.PostAsync("/api/zoning/assess", new StringContent(body, Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var error = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("detail").GetString();
        Assert.Contains(expected, error);
    }

    [Theory]
    [InlineData("NaN,NaN", "EPSG:4526")]
    [InlineData("38395000,Infinity", "EPSG:4526")]
    [InlineData("-Infinity,35.5", "EPSG:4490")]
    [InlineData("112.85,NaN", "GCJ-02")]
    [Trait("Category", "Probe")]
    public async Task A_non_finite_coordinate_is_a_400_naming_it_from_the_api_the_docx_endpoint_and_the_page(string site, string crs)
    {
        // Was a 500: ProjNET's "No convergence" for NaN in a projected system (comparisons with NaN are false, so the
        // range check let it through).
        var client = await factory.SignedInClient();
        foreach (var endpoint in new[] { "/api/zoning/assess", "/api/zoning/assess/docx" })
        {
            var response = await client.PostAsync(endpoint, Json(new { site, crs }));
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            var error = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("detail").GetString();
            Assert.Contains("第 1 个坐标", error);
            Assert.Contains("有限数值", error);
        }
        var token = await Token(client, "/Zoning/Assess");
        var page = await client.PostAsync("/Zoning/Assess", new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new StringContent(site), "SiteText" },
            { new StringContent(crs), "Crs" },
        });
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("有限数值", await page.Content.ReadAsStringAsync());
    }

    /// <summary>A zig-zag line of <paramref name="n"/> vertices in 城区, as "lon,lat" lines.</summary>
    private static string ZigZag(int n) => string.Concat(Enumerable.Range(0, n).Select(i =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{112.8 + i * 1e-6:0.000000},{35.5 + (i % 2) * 1e-6:0.000000}\n")));

    [Fact]
    [Trait("Category", "Probe")]
    public async Task A_site_over_the_vertex_cap_is_a_400_with_the_count_and_a_large_site_is_not_echoed_back()
    {
        // Before: a 1,000,000-vertex site was accepted (40 s, +700 MB) and the 19 MB response echoed it whole.
        var client = await factory.SignedInClient();
        var over = await client.PostAsync("/api/zoning/assess", Json(new { site = ZigZag(100_001), date = "2024-06-01" }));
        Assert.Equal(HttpStatusCode.BadRequest, over.StatusCode);
        var error = JsonDocument.Parse(await over.Content.ReadAsStringAsync()).RootElement.GetProperty("detail").GetString();
        Assert.Contains("超过上限 100000 个", error);
        Assert.Contains("第 100001 个顶点", error);
        var asGeoJson = await client.PostAsync("/api/zoning/assess", Json(new
        {
            site = new { type = "LineString", coordinates = Enumerable.Range(0, 100_001).Select(i => new[] { 112.8 + i * 1e-6, 35.5 }).ToArray() },
        }));
        Assert.Equal(HttpStatusCode.BadRequest, asGeoJson.StatusCode);
        Assert.Contains("第 100001 个顶点", await asGeoJson.Content.ReadAsStringAsync());

        // 2,001 vertices: assessed; the answer carries the summary, not the geometry.
        var ring = Enumerable.Range(0, 2000).Select(i => string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $"{112.85 + 0.002 * Math.Cos(i * Math.PI / 1000):0.0000000},{35.50 + 0.002 * Math.Sin(i * Math.PI / 1000):0.0000000}")).ToList();
        ring.Add(ring[0]);
        var large = await client.PostAsync("/api/zoning/assess", Json(new { site = string.Join("\n", ring), date = "2024-06-01" }));
        Assert.Equal(HttpStatusCode.OK, large.StatusCode);
        var body = await large.Content.ReadAsStringAsync();
        var site = JsonDocument.Parse(body).RootElement.GetProperty("site");
        Assert.Equal(JsonValueKind.Null, site.GetProperty("wkt").ValueKind);
        Assert.Equal(2001, site.GetProperty("vertexCount").GetInt32());
        Assert.Equal(4, site.GetProperty("bbox").GetArrayLength());
        Assert.True(body.Length < 200_000, $"{body.Length} characters");
        var small = JsonDocument.Parse(await (await client.PostAsync("/api/zoning/assess", Json(new { site = UrbanCorePoint, date = "2024-06-01" }))).Content.ReadAsStringAsync()).RootElement;
        Assert.StartsWith("POINT", small.GetProperty("site").GetProperty("wkt").GetString(), StringComparison.Ordinal);

        // The page: the same refusal for pasted text over the cap (not a form-limit failure), and a large site's map
        // outline is simplified instead of echoed.
        var token = await Token(client, "/Zoning/Assess");
        MultipartFormDataContent Form(string text) => new()
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new StringContent(text), "SiteText" },
            { new StringContent("EPSG:4490"), "Crs" },
            { new StringContent("2024-06-01"), "Date" },
        };
        var page = await client.PostAsync("/Zoning/Assess", Form(ZigZag(100_001)));
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("第 100001 个顶点", await page.Content.ReadAsStringAsync());
        var drawn = await (await client.PostAsync("/Zoning/Assess", Form(string.Join("\n", ring)))).Content.ReadAsStringAsync();
        var dataSite = System.Net.WebUtility.HtmlDecode(Regex.Match(drawn, "data-site=\"([^\"]*)\"").Groups[1].Value);
        var coordinates = JsonDocument.Parse(dataSite).RootElement.GetProperty("coordinates")[0].GetArrayLength();
        Assert.InRange(coordinates, 4, 1000);
    }

    [Fact]
    public async Task The_docx_endpoint_returns_a_word_report_with_its_title()
    {
        var client = await factory.SignedInClient();
        var response = await client.PostAsync("/api/zoning/assess/docx", Json(new
        {
            site = UrbanCorePoint,
            facts = new { emitsAirPollutants = true },
            date = "2024-06-01",
            projectName = "测试项目甲",
        }));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.wordprocessingml.document", response.Content.Headers.ContentType!.MediaType);
        Assert.Contains("2024-06-01", response.Content.Headers.ContentDisposition!.FileNameStar);
        Assert.EndsWith(".docx", response.Content.Headers.ContentDisposition!.FileNameStar, StringComparison.Ordinal);
        AssertReport(await response.Content.ReadAsByteArrayAsync(), "测试项目甲");
    }

    internal static void AssertReport(byte[] bytes, string projectName)
    {
        using var doc = WordprocessingDocument.Open(new MemoryStream(bytes), false);
        var text = doc.MainDocumentPart!.Document!.Body!.InnerText;
        Assert.Contains("建设项目选址生态环境分区管控符合性预研判报告", text);
        Assert.Contains(projectName, text);
        Assert.Contains("不符合", text);
    }

    [Fact]
    public async Task The_assess_page_renders_the_conclusion_and_posts_the_same_inputs_for_the_report()
    {
        var client = await factory.SignedInClient();
        var page = await client.GetStringAsync("/Zoning/Assess");
        Assert.Contains("data-zoning-map", page);
        Assert.Contains("name=\"fact_emitsAirPollutants\"", page);
        Assert.Contains("name=\"fact_boilerCapacityTph\"", page);
        Assert.Contains("<option value=\"0313\">", page);
        Assert.Contains("leaflet.js", page);
        var token = await Token(client, "/Zoning/Assess");
        MultipartFormDataContent Form() => new()
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new StringContent(UrbanCorePoint), "SiteText" },
            { new StringContent("EPSG:4490"), "Crs" },
            { new StringContent("true"), "fact_emitsAirPollutants" },
            { new StringContent("2024-06-01"), "Date" },
            { new StringContent("页面测试项目"), "ProjectName" },
            { new StringContent("true"), "UncheckedAreNo" },
        };
        var response = await client.PostAsync("/Zoning/Assess", Form());
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("研判结论：不符合", html);
        Assert.Contains("banner conclusion bad", html);
        Assert.Contains("示意数据", html);
        Assert.Contains("data-site=", html);
        Assert.Contains("air-urban-core-20km", html);

        var docx = await client.PostAsync("/Zoning/Assess?handler=Docx", Form());
        Assert.Equal(HttpStatusCode.OK, docx.StatusCode);
        Assert.Equal(EcoGov.Application.Zoning.SiteAssessmentService.DocxContentType, docx.Content.Headers.ContentType!.MediaType);
        AssertReport(await docx.Content.ReadAsByteArrayAsync(), "页面测试项目");

        // Without the antiforgery token (neither the form's nor the API header) the post is refused.
        client.DefaultRequestHeaders.Remove(ApiAntiforgery.HeaderName);
        var forged = new MultipartFormDataContent { { new StringContent(UrbanCorePoint), "SiteText" } };
        Assert.Equal(HttpStatusCode.BadRequest, (await client.PostAsync("/Zoning/Assess", forged)).StatusCode);
    }

    [Fact]
    public async Task Facts_not_given_on_the_page_are_missing_unless_the_user_says_unticked_means_no()
    {
        // As in the CLI and the API: an unticked fact is "not provided" (the rules needing it are 需满足条件), unless the
        // user ticks 「未勾选的是/否事实按“否”处理」.
        var client = await factory.SignedInClient();
        Assert.DoesNotContain("name=\"UncheckedAreNo\" value=\"true\" checked=\"checked\"", await client.GetStringAsync("/Zoning/Assess"));
        async Task<string> Post(bool uncheckedAreNo)
        {
            var token = await Token(client, "/Zoning/Assess");
            var form = new MultipartFormDataContent
            {
                { new StringContent(token), "__RequestVerificationToken" },
                { new StringContent(UrbanCorePoint), "SiteText" },
                { new StringContent("EPSG:4490"), "Crs" },
                { new StringContent("2024-06-01"), "Date" },
            };
            if (uncheckedAreNo) form.Add(new StringContent("true"), "UncheckedAreNo");
            var response = await client.PostAsync("/Zoning/Assess", form);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            return await response.Content.ReadAsStringAsync();
        }
        var missing = await Post(uncheckedAreNo: false);
        Assert.Contains("缺少项目事实“涉气项目（排放大气污染物）”", missing);
        Assert.DoesNotContain("研判结论：符合", missing);
        var no = await Post(uncheckedAreNo: true);
        Assert.DoesNotContain("缺少项目事实“涉气项目（排放大气污染物）”", no);
    }

    [Fact]
    public async Task An_uploaded_site_file_is_assessed()
    {
        var client = await factory.SignedInClient();
        var token = await Token(client, "/Zoning/Assess");
        var site = ZoningLayerFixtures.GeoJson([(ZoningLayerFixtures.Rect(112.84, 35.49, 112.86, 35.51), new Dictionary<string, string?> { ["name"] = "选址" })]);
        var file = new ByteArrayContent(site);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/geo+json");
        var form = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { file, "SiteUpload", "site.geojson" },
            { new StringContent("EPSG:4490"), "Crs" },
            { new StringContent("2024-06-01"), "Date" },
        };
        var html = await (await client.PostAsync("/Zoning/Assess", form)).Content.ReadAsStringAsync();
        Assert.Contains("研判结论：", html);
        Assert.Contains("已读取上传文件 site.geojson", html);
        Assert.Contains("面积 ", html);
    }

    [Fact]
    public async Task A_zipped_gbk_shapefile_in_gauss_krueger_zone_38_is_imported_through_the_page()
    {
        var client = await factory.SignedInClient();
        var zip = ZoningLayerFixtures.UnitsShapefileZip(ZoningLayerFixtures.Grid(), 4526);
        var html = await PostImport(client, zip, "units.zip", "140502", "2025-03-01");
        Assert.Contains("已导入", html);
        Assert.Contains("data-status=\"created\"", html);
        Assert.Contains("EPSG:4526", html);
        Assert.Contains("/Zoning?Jurisdiction=140502&amp;Date=2025-03-01", html);

        var geojson = JsonDocument.Parse(await client.GetStringAsync("/api/zoning/layers/units/geojson?jurisdiction=140502&date=2025-03-01")).RootElement;
        var names = geojson.GetProperty("features").EnumerateArray().Select(f => f.GetProperty("properties").GetProperty("name").GetString()).ToList();
        Assert.Equal(ZoningLayerFixtures.Grid().Select(u => u.Name).Order(), names.Order());
        Assert.False(geojson.GetProperty("metadata").GetProperty("synthetic").GetBoolean());
        Assert.Equal(4526, geojson.GetProperty("metadata").GetProperty("sourceEpsg").GetInt32());

        // The map for that jurisdiction and date shows it; the same file again is "unchanged".
        var map = JsonDocument.Parse(await client.GetStringAsync("/api/zoning/map?jurisdiction=140502&date=2025-03-01")).RootElement;
        Assert.Equal(4, map.GetProperty("layers").GetProperty("units").GetProperty("features").GetProperty("features").GetArrayLength());
        var mapPage = await client.GetStringAsync("/Zoning?Jurisdiction=140502&Date=2025-03-01");
        Assert.Contains("units.zip", mapPage);
        var again = await PostImport(client, zip, "units.zip", "140502", "2025-03-01");
        Assert.Contains("data-status=\"unchanged\"", again);

        // A point in the imported layer is assessed against it (the version in force on the date).
        var r = JsonDocument.Parse(await (await client.PostAsync("/api/zoning/assess", Json(new { site = "112.81,35.505", date = "2025-03-02", jurisdiction = "140502" }))).Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("ZH14050220001", Assert.Single(r.GetProperty("units").EnumerateArray()).GetProperty("code").GetString());
    }

    [Fact]
    public async Task A_rejected_file_shows_its_errors_and_stores_nothing()
    {
        var client = await factory.SignedInClient();
        var before = JsonDocument.Parse(await client.GetStringAsync("/api/zoning/versions?layer=units&jurisdiction=140581")).RootElement.GetArrayLength();
        var units = new List<FixtureUnit>
        {
            new("ZH14058110001", "高平市蝴蝶结单元", ZoningLayerFixtures.Priority, "140581", ZoningLayerFixtures.SymmetricBowTie(112.90, 35.80, 0.01)),
        };
        var html = await PostImport(client, ZoningLayerFixtures.UnitsShapefileZip(units, 4526), "bad.zip", "140581", "2025-03-01");
        Assert.Contains("文件被拒收，未写入任何数据", html);
        Assert.Contains("错误", html);
        Assert.Contains("ZH14058110001", html);
        var after = JsonDocument.Parse(await client.GetStringAsync("/api/zoning/versions?layer=units&jurisdiction=140581")).RootElement.GetArrayLength();
        Assert.Equal(before, after);

        var bomb = await PostImport(client, ZoningLayerFixtures.ZipBomb(), "bomb.zip", "140581", "2025-03-01");
        Assert.Contains("导入失败，未写入任何数据", bomb);
    }

    [Fact]
    [Trait("Category", "Probe")]
    public async Task A_small_zip_expanding_to_500_MiB_is_refused_as_a_site_and_as_a_layer_from_its_structure()
    {
        // The "small uploads, large memory" probe (a few MB expanding 121:1 to 299 + 199 MiB): before, the layer import
        // took the server to 1.5 GB and the site upload to 2.2 GB. Now the site is refused by its 20 MB uncompressed
        // bound and the layer by its .shp header, both before anything is expanded (memory: UploadBoundsTests).
        var client = await factory.SignedInClient();
        var zip = ZoningLayerFixtures.ExpandingShapefileZip();
        var token = await Token(client, "/Zoning/Assess");
        var file = new ByteArrayContent(zip);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/zip");
        var response = await client.PostAsync("/Zoning/Assess", new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { file, "SiteUpload", "site.zip" },
            { new StringContent("EPSG:4490"), "Crs" },
        });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("id=\"assess-error\"", html);
        Assert.Contains("超过 20 MB", html);

        var import = await PostImport(client, zip, "units.zip", "140581", "2025-03-01");
        Assert.Contains("导入失败，未写入任何数据", import);
        Assert.Contains("文件头声明长度 108 字节", import);
    }

    [Fact]
    public async Task The_diff_view_lists_changes_between_two_versions()
    {
        var client = await factory.SignedInClient();
        var grid = ZoningLayerFixtures.Grid();
        await PostImport(client, ZoningLayerFixtures.UnitsShapefileZip(grid, 4526), "v1.zip", "140525", "2025-01-01");
        grid[3] = grid[3] with { Class = ZoningLayerFixtures.Key };
        await PostImport(client, ZoningLayerFixtures.UnitsShapefileZip(grid, 4526), "v2.zip", "140525", "2025-06-01");
        var versions = JsonDocument.Parse(await client.GetStringAsync("/api/zoning/versions?layer=units&jurisdiction=140525")).RootElement;
        Assert.Equal(2, versions.GetArrayLength());
        var (from, to) = (versions[0].GetProperty("id").GetInt64(), versions[1].GetProperty("id").GetInt64());
        var html = await client.GetStringAsync($"/Zoning/Import?DiffLayer=units&DiffJurisdiction=140525&From={from}&To={to}");
        Assert.Contains("类别变更 1", html);
        Assert.Contains("一般管控单元 → 重点管控单元", html);

        // The same difference on the map: both versions' GeoJSON, and the table's ids for the colours.
        Assert.Contains("id=\"diff-map\"", html);
        Assert.Contains($"data-to=\"/api/zoning/layers/units/geojson?jurisdiction=140525&amp;version={to}\"", html);
        var diff = JsonDocument.Parse(System.Net.WebUtility.HtmlDecode(
            System.Text.RegularExpressions.Regex.Match(html, "data-diff=\"([^\"]*)\"").Groups[1].Value)).RootElement;
        var reclassified = Assert.Single(diff.GetProperty("reclassified").EnumerateArray()).GetString()!;
        Assert.Empty(diff.GetProperty("added").EnumerateArray());
        var later = JsonDocument.Parse(await client.GetStringAsync($"/api/zoning/layers/units/geojson?jurisdiction=140525&version={to}")).RootElement;
        Assert.Contains(later.GetProperty("features").EnumerateArray(), f => f.GetProperty("id").GetString() == reclassified);
    }

    private static async Task<string> PostImport(HttpClient client, byte[] zip, string fileName, string jurisdiction, string effective)
    {
        var token = await Token(client, "/Zoning/Import");
        var file = new ByteArrayContent(zip);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/zip");
        var form = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { file, "Upload", fileName },
            { new StringContent("units"), "Layer" },
            { new StringContent(jurisdiction), "Jurisdiction" },
            { new StringContent(effective), "Effective" },
        };
        var response = await client.PostAsync("/Zoning/Import", form);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var preview = await response.Content.ReadAsStringAsync();
        if (!preview.Contains("id=\"confirm-import\"", StringComparison.Ordinal) || preview.Contains("data-status=\"rejected\"", StringComparison.Ordinal)) return preview;
        Assert.Contains("data-status=\"checked\"", preview);
        return await PostRoles(client, preview, "Confirm", jurisdiction, effective);
    }

    /// <summary>Posts the preview's role form back as the browser would (the roles as selected, or as changed), to a handler.</summary>
    private static async Task<string> PostRoles(HttpClient client, string preview, string handler, string jurisdiction, string effective,
        IReadOnlyDictionary<string, string>? change = null)
    {
        var values = new List<KeyValuePair<string, string>>
        {
            new("__RequestVerificationToken", Regex.Match(preview, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value),
            new("Token", Regex.Match(preview, "name=\"Token\" value=\"([0-9a-f]{32})\"").Groups[1].Value),
            new("Layer", "units"), new("Jurisdiction", jurisdiction), new("Effective", effective),
        };
        foreach (Match row in Regex.Matches(preview, "<tr data-column=\"([^\"]*)\">(.*?)</tr>", RegexOptions.Singleline))
        {
            var i = Regex.Match(row.Value, "name=\"Columns\\[(\\d+)\\]\"").Groups[1].Value;
            var column = WebUtility.HtmlDecode(row.Groups[1].Value);
            var selected = Regex.Match(row.Groups[2].Value, "<option value=\"([^\"]*)\" selected=\"selected\"").Groups[1].Value;
            values.Add(new($"Columns[{i}]", column));
            values.Add(new($"RoleOf[{i}]", change is not null && change.TryGetValue(column, out var role) ? role : selected));
        }
        var response = await client.PostAsync("/Zoning/Import?handler=" + handler, new FormUrlEncodedContent(values));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    [Fact]
    public async Task A_provincial_layer_is_previewed_with_its_columns_roles_and_imported_with_the_roles_the_user_corrects()
    {
        var client = await factory.SignedInClient();
        // Provincial field codes, numeric classes, the county only as a name (AREA), and a column whose name says nothing.
        var features = ZoningLayerFixtures.Grid().Select(u => (IFeature)new Feature(CoordinateSystems.FromCgcs2000(u.Geometry, 4526), new AttributesTable(new Dictionary<string, object>
        {
            ["HJZHGKDYBM"] = u.Code,
            ["BZ"] = u.Name,
            ["ZHGKDYFL"] = u.Code[8..9],
            ["AREA"] = "城区",
            ["KJBJYS"] = "禁止新建、扩建钢铁、焦化项目",
        }))).ToList();
        var zip = ZoningLayerFixtures.ShapefileZip(features, 4526, stem: "省级单元");
        var token = await Token(client, "/Zoning/Import");
        var file = new ByteArrayContent(zip);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/zip");
        var response = await client.PostAsync("/Zoning/Import", new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { file, "Upload", "省级单元.zip" },
            { new StringContent("units"), "Layer" },
            { new StringContent("140500"), "Jurisdiction" },
            { new StringContent("2025-04-01"), "Effective" },
        });
        var preview = await response.Content.ReadAsStringAsync();
        Assert.Contains("data-status=\"checked\"", preview);
        Assert.Contains("县区名称列（对照本行政区的县区）", preview);
        Assert.Matches("<tr data-column=\"AREA\">.*?<option value=\"countyName\" selected=\"selected\"", Regex.Replace(preview, "\\s+", " "));
        Assert.Matches("<tr data-column=\"BZ\">.*?<option value=\"\" selected=\"selected\">保留为属性", Regex.Replace(preview, "\\s+", " "));
        Assert.Contains("id=\"first-rows\"", preview);
        Assert.DoesNotContain(JsonDocument.Parse(await client.GetStringAsync("/api/zoning/versions?layer=units&jurisdiction=140500")).RootElement.EnumerateArray(),
            v => v.GetProperty("sourceName").GetString() == "省级单元.zip");

        // The user says BZ is the name and confirms: stored with the name and the county from AREA.
        var done = await PostRoles(client, preview, "Confirm", "140500", "2025-04-01", new Dictionary<string, string> { ["BZ"] = "name" });
        Assert.Contains("data-status=\"created\"", done);
        var version = JsonDocument.Parse(await client.GetStringAsync("/api/zoning/versions?layer=units&jurisdiction=140500")).RootElement.EnumerateArray()
            .Single(v => v.GetProperty("sourceName").GetString() == "省级单元.zip");
        var geojson = JsonDocument.Parse(await client.GetStringAsync($"/api/zoning/layers/units/geojson?jurisdiction=140500&version={version.GetProperty("id").GetInt64()}")).RootElement;
        var props = geojson.GetProperty("features")[0].GetProperty("properties");
        Assert.Equal("城区西北优先保护单元", props.GetProperty("name").GetString());
        Assert.Equal("140502", props.GetProperty("county").GetString());
        Assert.Equal("优先保护单元", props.GetProperty("class").GetString());
        Assert.Equal("禁止新建、扩建钢铁、焦化项目", props.GetProperty("spatialLayout").GetString());

        // A point in the north-west unit, assessed on a day the imported version is in force: that unit, with the
        // requirement its KJBJYS column carried as a unit-level requirement of this version.
        var assessed = JsonDocument.Parse(await (await client.PostAsync("/api/zoning/assess",
            Json(new { site = "112.81,35.515", date = "2025-06-01" }))).Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("ZH14050210001", assessed.GetProperty("units")[0].GetProperty("code").GetString());
        Assert.Contains(assessed.GetProperty("requirements").EnumerateArray(), q =>
            q.GetProperty("unitCode").GetString() == "ZH14050210001" && q.GetProperty("category").GetString() == "空间布局约束"
            && q.GetProperty("text").GetString() == "禁止新建、扩建钢铁、焦化项目");

        // The held file is gone once imported: confirming again is refused with a clear message.
        var again = await PostRoles(client, preview, "Confirm", "140500", "2025-04-01");
        Assert.Contains("上传的文件已过期", again);
    }

    [Fact]
    public async Task The_assess_api_takes_json_only_so_a_cross_site_form_cannot_post_to_it()
    {
        var client = await factory.SignedInClient();
        var form = await client.PostAsync("/api/zoning/assess", new FormUrlEncodedContent(new Dictionary<string, string> { ["site"] = UrbanCorePoint }));
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, form.StatusCode);
        var text = await client.PostAsync("/api/zoning/assess", new StringContent("{\"site\":\"112.85,35.50\"}", Encoding.UTF8, "text/plain"));
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, text.StatusCode);
    }

    [Fact]
    public async Task Zoning_pages_and_api_need_login()
    {
        var client = factory.NoRedirectClient();
        foreach (var page in new[] { "/Zoning", "/Zoning/Import", "/Zoning/Assess" })
        {
            var r = await client.GetAsync(page);
            Assert.Equal(HttpStatusCode.Redirect, r.StatusCode);
            Assert.StartsWith("/Login", r.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        }
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/zoning/map")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.PostAsync("/api/zoning/assess", Json(new { site = UrbanCorePoint }))).StatusCode);
    }

    [Fact]
    public async Task The_map_page_lists_layers_with_versions_and_unit_statistics()
    {
        var client = await factory.SignedInClient();
        var html = await client.GetStringAsync("/Zoning?Jurisdiction=140500&Date=2024-01-01");
        Assert.Contains("分区管控一张图", html);
        Assert.Contains("data-source=\"/api/zoning/map?jurisdiction=140500&amp;date=2024-01-01\"", html);
        Assert.Contains("tag synthetic", html);
        Assert.Contains("000 公布单元数", html);
        Assert.Contains(">90<", html);
        Assert.Contains("href=\"/Zoning\"", html);
        Assert.Contains("leaflet.css", html);
        // Only pages with a map load Leaflet (the zoning pages, the dashboard's county map, /public); the plan list does not.
        Assert.DoesNotContain("leaflet.css", await client.GetStringAsync("/Plans"));
    }
    [Fact]
    public async Task The_access_list_page_prints_each_category_as_the_documents_do()
    {
        // AccessRequirement.Category is a type (AccessListCategory); the page prints its name, never the enum member's.
        var client = await factory.SignedInClient();
        var html = await client.GetStringAsync("/Jurisdictions?code=140500");
        Assert.Equal(47, Regex.Matches(html, "<td>空间布局约束</td>").Count);
        Assert.Equal(25, Regex.Matches(html, "<td>污染物排放管控</td>").Count);
        Assert.Equal(4, Regex.Matches(html, "<td>环境风险防控</td>").Count);
        Assert.Equal(4, Regex.Matches(html, "<td>资源利用效率</td>").Count);
        Assert.DoesNotContain("SpatialLayout", html);
        Assert.DoesNotContain("PollutantDischarge", html);
    }

    [Fact]
    public async Task The_map_page_holds_the_assessment_form_posting_to_the_assess_page_with_the_maps_date()
    {
        var client = await factory.SignedInClient();
        var html = await client.GetStringAsync("/Zoning?Jurisdiction=140500&Date=2024-06-01");
        // One map: the units, the search and the site drawn on it; the form beside it is the assessment page's own.
        Assert.Single(Regex.Matches(html, "data-zoning-map"));
        Assert.Contains("data-search=\"unit-search\" data-target=\"SiteText\"", html);
        Assert.Contains("data-access-list=\"/Jurisdictions?code={county}#access\"", html);
        var form = Regex.Match(html, "<form method=\"post\" enctype=\"multipart/form-data\" id=\"assess-form\"[^>]*>", RegexOptions.Singleline).Value;
        Assert.Contains("action=\"/Zoning/Assess\"", form);
        Assert.Contains("data-assess-panel=\"/Zoning/Assess?handler=Panel\"", form);
        Assert.Matches("id=\"assess-form\".*name=\"__RequestVerificationToken\"", html.Replace("\n", " "));
        // 查看 first (a click opens the card), then 点/线/面; the date and jurisdiction are the map's.
        Assert.Contains("<input type=\"radio\" name=\"drawMode\" value=\"browse\" checked", html);
        Assert.DoesNotContain("value=\"point\" checked", html);
        Assert.Contains("<input type=\"hidden\" name=\"Date\" value=\"2024-06-01\" />", html);
        Assert.Contains("<input type=\"hidden\" name=\"Jurisdiction\" value=\"140500\" />", html);
        Assert.Contains("name=\"SiteUpload\"", html);
        Assert.Contains("name=\"Industry\"", html);
        Assert.Contains("formaction=\"/Zoning/Assess?handler=Docx\"", html);
        Assert.Contains("id=\"assess-result\"", html);
        // The assessment page keeps its own form: 点 first, date and jurisdiction to fill in.
        var assess = await client.GetStringAsync("/Zoning/Assess");
        Assert.DoesNotContain("value=\"browse\"", assess);
        Assert.Contains("<input type=\"radio\" name=\"drawMode\" value=\"point\" checked", assess);
        Assert.Contains("<input type=\"date\" name=\"Date\"", assess);
    }

    [Fact]
    public async Task The_panel_handler_answers_the_assess_pages_result_alone_with_the_site_and_the_units_for_the_map()
    {
        var client = await factory.SignedInClient();
        var token = await Token(client, "/Zoning?Jurisdiction=140500&Date=2024-06-01");
        MultipartFormDataContent Form(string industry) => new()
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new StringContent("112.84,35.49\n112.86,35.49\n112.86,35.51\n112.84,35.49"), "SiteText" },
            { new StringContent("EPSG:4490"), "Crs" },
            { new StringContent(industry), "Industry" },
            { new StringContent("true"), "fact_emitsAirPollutants" },
            { new StringContent("2024-06-01"), "Date" },
            { new StringContent("140500"), "Jurisdiction" },
            { new StringContent("false"), "UncheckedAreNo" },
        };
        var response = await client.PostAsync("/Zoning/Assess?handler=Panel", Form("3011"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        // The result alone (no layout, no form), with the same content the assessment page shows.
        Assert.DoesNotContain("<html", html);
        Assert.DoesNotContain("<form", html);
        Assert.Contains("研判结论：不符合", html);
        foreach (var id in new[] { "conclusion", "units", "layers", "rules", "versions" }) Assert.Contains($"id=\"{id}\"", html);
        Assert.Contains("适用的准入要求", html);
        Assert.Contains("水泥制造", html);
        var units = Regex.Match(html, "data-units=\"([^\"]*)\"").Groups[1].Value;
        var codes = JsonSerializer.Deserialize<string[]>(WebUtility.HtmlDecode(units))!;
        Assert.NotEmpty(codes);
        Assert.All(codes, c => Assert.StartsWith("ZH1405", c));
        foreach (var c in codes) Assert.Contains($"<td>{c}</td>", html);
        var site = JsonDocument.Parse(WebUtility.HtmlDecode(Regex.Match(html, "data-site=\"([^\"]*)\"").Groups[1].Value)).RootElement;
        Assert.Equal("Polygon", site.GetProperty("type").GetString());
        // The page's full form answer holds the same result.
        var page = await (await client.PostAsync("/Zoning/Assess", Form("3011"))).Content.ReadAsStringAsync();
        Assert.Contains(html.Trim()[..200], page);

        // A bad industry code: the same message as the page, in the panel.
        var bad = await (await client.PostAsync("/Zoning/Assess?handler=Panel", Form("ZZ99"))).Content.ReadAsStringAsync();
        Assert.Contains("id=\"assess-error\"", bad);
        Assert.DoesNotContain("id=\"conclusion\"", bad);
        var pageError = Regex.Match(await (await client.PostAsync("/Zoning/Assess", Form("ZZ99"))).Content.ReadAsStringAsync(),
            "<p class=\"error\" id=\"assess-error\">[^<]+</p>").Value;
        Assert.NotEmpty(pageError);
        Assert.Contains(pageError, bad);

        // Without the antiforgery token the panel's post is refused like the page's.
        client.DefaultRequestHeaders.Remove(ApiAntiforgery.HeaderName);
        var forged = new MultipartFormDataContent { { new StringContent(UrbanCorePoint), "SiteText" } };
        Assert.Equal(HttpStatusCode.BadRequest, (await client.PostAsync("/Zoning/Assess?handler=Panel", forged)).StatusCode);
    }
}
