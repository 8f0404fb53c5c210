using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using DocumentFormat.OpenXml.Packaging;
using EcoGov.Spatial.Crs;
using NetTopologySuite.Features;
using NetTopologySuite.Geometries;
using static EcoGov.Tests.Shared.ZoningLayerFixtures;

namespace EcoGov.Cli.Tests;

/// <summary>
/// `zoning assess` against a fresh database seeded with the demo layers (data/seed/zoning/demo, 示意数据). One database
/// is shared by the read-only tests of this class; tests that import a layer version use their own.
/// </summary>
public sealed class ZoningAssessCommandTests(CliRunner cli) : IClassFixture<CliRunner>, IDisposable
{
    /// <summary>In 城区, inside the demo urban core (示意市区), unit ZH14050230001.</summary>
    private const string UrbanCore = "112.85,35.50";

    /// <summary>陵川县 east, more than 20 km from the urban core and far from the demo rivers and facilities.</summary>
    private const string Remote = "113.45,35.62";

    private readonly string dir = Directory.CreateTempSubdirectory("ecogov-za-").FullName;

    public void Dispose()
    {
        try { Directory.Delete(dir, recursive: true); } catch (IOException) { }
    }

    private string Write(string name, string text)
    {
        var path = Path.Combine(dir, name);
        File.WriteAllText(path, text);
        return path;
    }

    private string Write(string name, byte[] bytes)
    {
        var path = Path.Combine(dir, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    private static (int Exit, JsonElement Json, string Err) Assess(CliRunner runner, params string[] args)
    {
        var (exit, stdout, stderr) = runner.Run(["zoning", "assess", .. args, "--json"]);
        Assert.True(exit is 0 or 1, $"exit {exit}: {stderr}");
        using var doc = JsonDocument.Parse(stdout);
        return (exit, doc.RootElement.Clone(), stderr);
    }

    private static JsonElement Rule(JsonElement r, string id) =>
        r.GetProperty("rules").EnumerateArray().Single(x => x.GetProperty("id").GetString() == id);

    private static string[] UnitCodes(JsonElement r) =>
        r.GetProperty("units").EnumerateArray().Select(u => u.GetProperty("code").GetString()!).Order(StringComparer.Ordinal).ToArray();

    [Fact]
    public void An_air_emitting_project_in_the_urban_core_is_not_compliant_with_distance_evidence()
    {
        var facts = Write("facts.json", """{"emitsAirPollutants":true}""");
        var (exit, r, _) = Assess(cli, "--point", UrbanCore, "--facts", facts);
        Assert.Equal(1, exit);
        Assert.Equal("不符合", r.GetProperty("conclusion").GetString());
        var air = Rule(r, "air-urban-core-20km");
        Assert.Equal("违反", air.GetProperty("verdict").GetString());
        Assert.Contains("距", air.GetProperty("evidence").GetString());
        Assert.Contains("米", air.GetProperty("evidence").GetString());
        // the requirement the rule comes from carries the verdict and evidence too
        var requirement = r.GetProperty("requirements").EnumerateArray()
            .Single(q => q.GetProperty("rules").EnumerateArray().Any(id => id.GetString() == "air-urban-core-20km"));
        Assert.Equal("违反", requirement.GetProperty("verdict").GetString());
        Assert.Contains("[air-urban-core-20km] 违反", requirement.GetProperty("evidence").GetString());
        var core = r.GetProperty("layers").EnumerateArray().Single(l => l.GetProperty("layer").GetString() == "urban-core");
        Assert.Equal(0, core.GetProperty("distance").GetDouble());
        // demo layers: the result says so
        Assert.Contains(r.GetProperty("warnings").EnumerateArray(), w => w.GetString()!.Contains("示意"));
    }

    [Fact]
    public void The_json_contract_has_the_documented_fields()
    {
        var (_, r, _) = Assess(cli, "--point", UrbanCore);
        var unit = Assert.Single(r.GetProperty("units").EnumerateArray());
        foreach (var f in new[] { "code", "name", "class", "overlapArea", "share" }) Assert.True(unit.TryGetProperty(f, out _), f);
        Assert.Equal("ZH14050230001", unit.GetProperty("code").GetString());
        Assert.Equal((0.0, 1.0), (unit.GetProperty("overlapArea").GetDouble(), unit.GetProperty("share").GetDouble())); // a point: area 0, share 1
        Assert.All(r.GetProperty("layers").EnumerateArray(), l =>
        {
            foreach (var f in new[] { "layer", "id", "name", "distance" }) Assert.True(l.TryGetProperty(f, out _), f);
        });
        Assert.NotEmpty(r.GetProperty("requirements").EnumerateArray());
        Assert.All(r.GetProperty("requirements").EnumerateArray(), q =>
        {
            foreach (var f in new[] { "level", "category", "seq", "text", "basis", "verdict", "evidence" }) Assert.True(q.TryGetProperty(f, out _), f);
        });
        Assert.Equal(["city", "unit"], r.GetProperty("requirements").EnumerateArray().Select(q => q.GetProperty("level").GetString()).Distinct().Order(StringComparer.Ordinal));
        Assert.Contains(r.GetProperty("conclusion").GetString(), new[] { "符合", "有条件符合", "不符合" });
        var versions = r.GetProperty("versions");
        Assert.Equal(1, versions.GetProperty("units").GetProperty("number").GetInt32());
        Assert.True(versions.GetProperty("units").GetProperty("synthetic").GetBoolean());
        Assert.True(versions.TryGetProperty("river-management", out _), "the demo river management layer is seeded");
    }

    /// <summary>A point <paramref name="metres"/> east of the demo 丹河 centre line (segment 112.955,35.59 – 112.960,35.52), in GK zone 38 (no prefix).</summary>
    private static string EastOfDanhe(double metres)
    {
        var frame = MetricFrame.ForZone(38);
        var (x0, y0) = frame.Project(112.955, 35.59);
        var (x1, y1) = frame.Project(112.960, 35.52);
        var (dx, dy) = (x1 - x0, y1 - y0);
        var len = Math.Sqrt(dx * dx + dy * dy);
        var (nx, ny) = (-dy / len, dx / len); // left of a southward line = east
        if (nx < 0) (nx, ny) = (-nx, -ny);
        var (mx, my) = ((x0 + x1) / 2, (y0 + y1) / 2);
        return string.Create(CultureInfo.InvariantCulture, $"{mx + nx * metres:F3},{my + ny * metres:F3}");
    }

    [Theory]
    [InlineData(600, "违反")]
    [InlineData(1200, "不涉及")]
    public void A_livestock_farm_near_danhe_is_prohibited_within_1000_m(double metres, string verdict)
    {
        var (exit, r, _) = Assess(cli, "--point", EastOfDanhe(metres), "--crs", "EPSG:4547", "--industry", "0313");
        var rule = Rule(r, "livestock-qin-dan-1000");
        Assert.Equal(verdict, rule.GetProperty("verdict").GetString());
        if (verdict == "违反")
        {
            Assert.Equal(1, exit);
            Assert.Equal("不符合", r.GetProperty("conclusion").GetString());
            var river = r.GetProperty("layers").EnumerateArray().Single(l => l.GetProperty("layer").GetString() == "rivers");
            Assert.Equal("丹河", river.GetProperty("name").GetString());
            Assert.InRange(river.GetProperty("distance").GetDouble(), metres - 2, metres + 2);
            Assert.Contains("丹河", rule.GetProperty("evidence").GetString());
        }
        else
        {
            Assert.DoesNotContain(r.GetProperty("layers").EnumerateArray(), l => l.GetProperty("layer").GetString() == "rivers");
        }
        Assert.Equal("不涉及", Rule(r, "livestock-chang-500").GetProperty("verdict").GetString());
    }

    /// <summary>A point <paramref name="metres"/> west of the demo expressway (segment 112.87,35.62 – 112.86,35.55, north of the urban core), in GK zone 38 (no prefix).</summary>
    private static string WestOfExpressway(double metres)
    {
        var frame = MetricFrame.ForZone(38);
        var (x0, y0) = frame.Project(112.87, 35.62);
        var (x1, y1) = frame.Project(112.86, 35.55);
        var (dx, dy) = (x1 - x0, y1 - y0);
        var len = Math.Sqrt(dx * dx + dy * dy);
        var (nx, ny) = (dy / len, -dx / len);
        if (nx > 0) (nx, ny) = (-nx, -ny); // west
        var (mx, my) = ((x0 + x1) / 2, (y0 + y1) / 2);
        return string.Create(CultureInfo.InvariantCulture, $"{mx + nx * metres:F3},{my + ny * metres:F3}");
    }

    [Fact]
    public void A_livestock_farm_near_the_demo_road_or_on_demo_farmland_is_prohibited()
    {
        // 300 m from the demo expressway (示意高速公路): 000 限制 5 "公路、铁路等主要交通干线500米以上"
        var (exit, r, _) = Assess(cli, "--point", WestOfExpressway(300), "--crs", "EPSG:4547", "--industry", "0313");
        Assert.Equal(1, exit);
        Assert.Equal("不符合", r.GetProperty("conclusion").GetString());
        var transport = Rule(r, "livestock-siting-transport");
        Assert.Equal("违反", transport.GetProperty("verdict").GetString());
        var evidence = transport.GetProperty("evidence").GetString()!;
        Assert.Contains("示意高速公路", evidence);
        var m = System.Text.RegularExpressions.Regex.Match(evidence, @"”(\d+(?:\.\d+)?)米");
        Assert.True(m.Success, evidence);
        Assert.InRange(double.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture), 298, 302);
        var road = r.GetProperty("layers").EnumerateArray().Single(l => l.GetProperty("layer").GetString() == "transport");
        Assert.InRange(road.GetProperty("distance").GetDouble(), 298, 302);
        var farmland = Rule(r, "livestock-siting-farmland");
        Assert.Equal("不涉及", farmland.GetProperty("verdict").GetString());
        Assert.DoesNotContain("缺少图层", farmland.GetProperty("evidence").GetString());

        // inside the demo farmland polygon in 泽州县 (示意永久基本农田), far from the demo road and railway
        (exit, r, _) = Assess(cli, "--point", "112.950,35.385", "--industry", "0313");
        Assert.Equal(1, exit);
        farmland = Rule(r, "livestock-siting-farmland");
        Assert.Equal("违反", farmland.GetProperty("verdict").GetString());
        Assert.Contains("泽州县示意永久基本农田", farmland.GetProperty("evidence").GetString());
        Assert.Contains(r.GetProperty("layers").EnumerateArray(), l => l.GetProperty("layer").GetString() == "farmland" && l.GetProperty("distance").GetDouble() == 0);
        Assert.Equal("不涉及", Rule(r, "livestock-siting-transport").GetProperty("verdict").GetString());
    }

    [Theory]
    [InlineData("112.470,35.620", "buffer-qin-main-100", "需满足条件")] // on the demo 沁河 centre line (干流)
    [InlineData("112.955,35.590", "buffer-tributary-50", "需满足条件")] // on the demo 丹河 (a 沁河 支流)
    [InlineData("112.955,35.590", "buffer-qin-main-100", "不涉及")]
    [InlineData(Remote, "buffer-tributary-50", "不涉及")]
    public void River_buffer_rules_use_the_demo_river_management_layer(string point, string rule, string verdict)
    {
        var (_, r, _) = Assess(cli, "--point", point);
        var x = Rule(r, rule);
        Assert.Equal(verdict, x.GetProperty("verdict").GetString());
        Assert.DoesNotContain("缺少图层", x.GetProperty("evidence").GetString());
        if (verdict == "需满足条件")
        {
            Assert.NotEqual("符合", r.GetProperty("conclusion").GetString());
            Assert.Contains(r.GetProperty("layers").EnumerateArray(), l => l.GetProperty("layer").GetString() == "river-management" && l.GetProperty("distance").GetDouble() == 0);
        }
    }

    [Fact]
    public void A_remote_point_without_facts_is_conditional_and_with_all_facts_denied_it_complies()
    {
        // No facts, no industry: nothing is violated, but rules that need facts (coal use, boilers, gas producers) or
        // a feature the demo layers lack (种畜禽场 in livestock, without an industry code) cannot be decided —
        // 需满足条件 "缺少项目事实…" — so the conclusion is 有条件符合, never 符合.
        var (exit, r, _) = Assess(cli, "--point", Remote);
        Assert.Equal(0, exit);
        Assert.Equal("有条件符合", r.GetProperty("conclusion").GetString());
        Assert.Single(r.GetProperty("units").EnumerateArray());
        Assert.DoesNotContain(r.GetProperty("rules").EnumerateArray(), x => x.GetProperty("verdict").GetString() == "违反");
        Assert.Equal("不涉及", Rule(r, "air-urban-core-20km").GetProperty("verdict").GetString()); // > 20 km: false whatever the fact
        var coal = Rule(r, "coal-reduction-substitution");
        Assert.Equal("需满足条件", coal.GetProperty("verdict").GetString());
        Assert.Contains("缺少项目事实", coal.GetProperty("evidence").GetString());

        // With a non-livestock industry and every fact answered "no", every rule is decidable and not applicable → 符合.
        var facts = Write("no.json", """{"emitsAirPollutants":false,"usesCoal":false,"newCoalBoiler":false,"isCentralHeating":false,"isGasProducer":false}""");
        var (exit2, r2, _) = Assess(cli, "--point", Remote, "--industry", "3011", "--facts", facts);
        Assert.Equal(0, exit2);
        Assert.All(r2.GetProperty("rules").EnumerateArray(), x => Assert.Equal("不涉及", x.GetProperty("verdict").GetString()));
        Assert.Equal("符合", r2.GetProperty("conclusion").GetString());
    }

    private static Polygon Square(double lon, double lat, double size) => Rect(lon, lat, lon + size, lat + size);

    /// <summary>About 1 km² around the centre of 城区, over more than one demo unit.</summary>
    private static Polygon Site => Square(112.835, 35.49, 0.011);

    [Fact]
    public void A_coordinate_list_in_gauss_kruger_zone_38_gives_the_same_units_as_the_same_polygon_in_cgcs2000()
    {
        static string List(Geometry g) => string.Join("\n", g.Coordinates.Select(c => string.Create(CultureInfo.InvariantCulture, $"{c.X:F6},{c.Y:F6}")));
        var (_, geographic, _) = Assess(cli, "--site", Write("site-4490.txt", List(Site)));
        var projected = CoordinateSystems.FromCgcs2000(Site, 4526);
        Assert.True(projected.Coordinate.X > 38_000_000, "zone prefix in the easting");
        var (_, gk, _) = Assess(cli, "--site", Write("site-4526.txt", List(projected)), "--crs", "EPSG:4526");
        Assert.Equal(UnitCodes(geographic), UnitCodes(gk));
        Assert.True(UnitCodes(gk).Length >= 1);
        Assert.Equal("EPSG:4526", gk.GetProperty("site").GetProperty("sourceCrs").GetString());
        var a = geographic.GetProperty("units").EnumerateArray().ToDictionary(u => u.GetProperty("code").GetString()!, u => u.GetProperty("overlapArea").GetDouble());
        foreach (var u in gk.GetProperty("units").EnumerateArray())
            Assert.Equal(a[u.GetProperty("code").GetString()!], u.GetProperty("overlapArea").GetDouble(), a[u.GetProperty("code").GetString()!] * 1e-4 + 1);
    }

    [Fact]
    public void A_zipped_gbk_shapefile_site_in_gauss_kruger_is_assessed()
    {
        var feature = new Feature(CoordinateSystems.FromCgcs2000(Site, 4526), new AttributesTable(new Dictionary<string, object> { ["XMMC"] = "示意项目" }));
        var zip = Write("site.zip", ShapefileZip([feature], 4526));
        var (_, r, _) = Assess(cli, "--site", zip);
        var (_, reference, _) = Assess(cli, "--site", Write("site.geojson", """{"type":"Polygon","coordinates":[[[112.835,35.49],[112.846,35.49],[112.846,35.501],[112.835,35.501],[112.835,35.49]]]}"""));
        Assert.Equal(UnitCodes(reference), UnitCodes(r));
        Assert.Equal("EPSG:4526", r.GetProperty("site").GetProperty("sourceCrs").GetString());
        Assert.InRange(r.GetProperty("site").GetProperty("area").GetDouble(), 0.9e6, 1.3e6);
    }

    [Fact]
    public void A_date_before_every_unit_layer_is_bad_input()
    {
        var (exit, _, stderr) = cli.Run("zoning", "assess", "--point", UrbanCore, "--date", "2020-01-01", "--json");
        Assert.Equal(2, exit);
        Assert.Contains("没有生效的管控单元图层", stderr);
    }

    [Fact]
    public void An_assessment_for_a_past_date_uses_the_unit_layer_version_in_force_then()
    {
        using var own = new CliRunner();
        var units = JsonNode.Parse(File.ReadAllText(Path.Combine(RepoRoot, "data", "seed", "zoning", "demo", "units.geojson")))!;
        var feature = units["features"]!.AsArray().Single(f => (string?)f!["properties"]!["code"] == "ZH14050230001")!;
        feature["properties"]!["class"] = "重点管控单元";
        var path = Write("units-2025.geojson", units.ToJsonString());
        var imported = own.Json("zoning", "import", path, "--layer", "units", "--jurisdiction", "140500", "--effective", "2025-01-01");
        Assert.Equal(2, imported.GetProperty("version").GetProperty("version").GetInt32());

        var (_, before, _) = Assess(own, "--point", UrbanCore, "--date", "2024-06-01");
        var (_, after, _) = Assess(own, "--point", UrbanCore, "--date", "2025-06-01");
        Assert.Equal(1, before.GetProperty("versions").GetProperty("units").GetProperty("number").GetInt32());
        Assert.Equal(2, after.GetProperty("versions").GetProperty("units").GetProperty("number").GetInt32());
        Assert.Equal("2025-01-01", after.GetProperty("versions").GetProperty("units").GetProperty("effectiveFrom").GetString());
        Assert.Equal("一般管控单元", before.GetProperty("units")[0].GetProperty("class").GetString());
        Assert.Equal("重点管控单元", after.GetProperty("units")[0].GetProperty("class").GetString());
        // and again for the earlier date: still version 1 (nothing cached across versions)
        var (_, again, _) = Assess(own, "--point", UrbanCore, "--date", "2024-06-01");
        Assert.Equal("一般管控单元", again.GetProperty("units")[0].GetProperty("class").GetString());
    }

    [Fact]
    public void Requirements_the_unit_layer_carries_are_applied_with_the_version_that_carries_them()
    {
        using var own = new CliRunner();
        var units = JsonNode.Parse(File.ReadAllText(Path.Combine(RepoRoot, "data", "seed", "zoning", "demo", "units.geojson")))!;
        var feature = units["features"]!.AsArray().Single(f => (string?)f!["properties"]!["code"] == "ZH14050230001")!;
        // the provincial platforms' requirement columns
        feature["properties"]!["KJBJYS"] = "（测试）单元内禁止新建燃煤锅炉。";
        feature["properties"]!["ZYKFXLYQ"] = "（测试）新建项目单位产品水耗达到国内先进水平。";
        var path = Write("units-req.geojson", units.ToJsonString());
        var imported = own.Json("zoning", "import", path, "--layer", "units", "--jurisdiction", "140500", "--effective", "2025-01-01");
        Assert.Equal("spatialLayout", imported.GetProperty("mapping").GetProperty("columns").EnumerateArray()
            .Single(c => c.GetProperty("column").GetString() == "KJBJYS").GetProperty("role").GetString());

        static List<JsonElement> FromLayer(JsonElement r) => [.. r.GetProperty("requirements").EnumerateArray()
            .Where(q => q.GetProperty("text").GetString()!.StartsWith("（测试）", StringComparison.Ordinal))];
        var (_, after, _) = Assess(own, "--point", UrbanCore, "--date", "2025-06-01");
        var found = FromLayer(after);
        Assert.Equal(["空间布局约束", "资源利用效率"], found.Select(q => q.GetProperty("category").GetString()).Order(StringComparer.Ordinal));
        Assert.All(found, q => Assert.Equal("ZH14050230001", q.GetProperty("unitCode").GetString()));
        Assert.All(found, q => Assert.Contains("units-req.geojson", q.GetProperty("basis").GetString()));
        // before the version with the columns took effect, the layer in force carries none
        var (_, before, _) = Assess(own, "--point", UrbanCore, "--date", "2024-06-01");
        Assert.Empty(FromLayer(before));
    }

    [Fact]
    public void Docx_report_opens_with_openxml_and_has_the_title_and_a_map()
    {
        var path = Path.Combine(dir, "report.docx");
        var (exit, _, stderr) = cli.Run("zoning", "assess", "--point", UrbanCore, "--docx", path, "--name", "示意项目");
        Assert.True(exit is 0 or 1, stderr);
        Assert.True(File.Exists(path));
        using var doc = WordprocessingDocument.Open(path, false);
        var text = doc.MainDocumentPart!.Document!.Body!.InnerText;
        Assert.Contains("建设项目选址生态环境分区管控符合性预研判报告", text);
        Assert.Contains("示意项目", text);
        Assert.NotEmpty(doc.MainDocumentPart.ImageParts);
    }

    [Fact]
    public void A_gcj02_point_is_converted_with_a_warning()
    {
        var (_, r, _) = Assess(cli, "--point", UrbanCore, "--crs", "GCJ-02");
        Assert.Contains(r.GetProperty("warnings").EnumerateArray(), w => w.GetString()!.Contains("GCJ-02"));
    }

    public static TheoryData<string[], string> BadInputs => new()
    {
        { ["--point", UrbanCore, "--site", "x.geojson"], "--site" },
        { [], "--site: 须给出选址" },
        { ["--point", UrbanCore, "--crs", "EPSG:9999"], "9999" },
        { ["--point", "112.85;35.50x"], "--point" },
        { ["--point", UrbanCore, "--industry", "XYZ9"], "--industry" },
        { ["--point", "10.0,50.0"], "中国" },
        { ["--point", UrbanCore, "--date", "2024-13-01"], "--date" },
    };

    [Theory]
    [MemberData(nameof(BadInputs))]
    public void Bad_input_exits_2_naming_the_problem(string[] args, string named)
    {
        var (exit, stdout, stderr) = cli.Run(["zoning", "assess", .. args, "--json"]);
        Assert.True(exit == 2, $"exit {exit}: {stdout} {stderr}");
        Assert.Contains(named, stderr);
    }

    [Theory]
    [InlineData("NaN,NaN", "EPSG:4526")]
    [InlineData("38395000,Infinity", "EPSG:4526")]
    [InlineData("-Infinity,35.5", "EPSG:4490")]
    [InlineData("112.85,NaN", "GCJ-02")]
    [Trait("Category", "Probe")]
    public void A_site_file_with_a_non_finite_coordinate_exits_2_naming_it(string text, string crs)
    {
        // Was "internal error", exit 1 (ProjNET's "No convergence" for NaN in a projected system).
        var file = Write("nan.txt", text);
        var (exit, stdout, stderr) = cli.Run("zoning", "assess", "--site", file, "--crs", crs, "--json");
        Assert.True(exit == 2, $"exit {exit}: {stdout} {stderr}");
        Assert.Contains("nan.txt", stderr);
        Assert.Contains("第 1 个坐标", stderr);
        Assert.Contains("有限数值", stderr);
        (exit, _, stderr) = cli.Run("zoning", "assess", "--point", text, "--crs", crs, "--json");
        Assert.Equal(2, exit);
        Assert.Contains("有限数值", stderr);
    }

    [Fact]
    [Trait("Category", "Probe")]
    public void A_small_site_zip_expanding_past_the_site_bound_exits_2()
    {
        // A few MB that expand to 299 + 199 MiB: a site zip may expand to 20 MB at most (it was read whole before).
        var zip = Write("site.zip", ExpandingShapefileZip());
        var (exit, _, stderr) = cli.Run("zoning", "assess", "--site", zip, "--json");
        Assert.Equal(2, exit);
        Assert.Contains("超过 20 MB", stderr);
    }

    [Fact]
    public void Bad_files_exit_2_naming_the_problem()
    {
        var facts = Write("facts.json", """{"emitsAirPolutants":true}""");
        var (exit, _, stderr) = cli.Run("zoning", "assess", "--point", UrbanCore, "--facts", facts, "--json");
        Assert.Equal(2, exit);
        Assert.Contains("emitsAirPolutants", stderr);

        var zip = Write("site.zip", ShapefileZip([new Feature(CoordinateSystems.FromCgcs2000(Site, 4526), new AttributesTable())], 4526));
        (exit, _, stderr) = cli.Run("zoning", "assess", "--site", zip, "--crs", "GCJ-02", "--json");
        Assert.Equal(2, exit);
        Assert.Contains("GCJ-02", stderr);

        var missing = Path.Combine(dir, "no-such-folder", "r.docx");
        (exit, _, stderr) = cli.Run("zoning", "assess", "--point", UrbanCore, "--docx", missing, "--json");
        Assert.Equal(2, exit);
        Assert.Contains("no-such-folder", stderr);
        Assert.False(File.Exists(missing));

        (exit, _, stderr) = cli.Run("zoning", "assess", "--site", Path.Combine(dir, "nothing.geojson"), "--json");
        Assert.Equal(2, exit);
        Assert.Contains("nothing.geojson", stderr);
    }

    private static string RepoRoot
    {
        get
        {
            var d = new DirectoryInfo(AppContext.BaseDirectory);
            while (d is not null && !File.Exists(Path.Combine(d.FullName, "EcoGov.slnx"))) d = d.Parent;
            return d?.FullName ?? throw new InvalidOperationException("repository root not found");
        }
    }
}
