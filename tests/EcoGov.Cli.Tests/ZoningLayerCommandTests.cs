using System.Text.Json;
using EcoGov.Tests.Shared;
using static EcoGov.Tests.Shared.ZoningLayerFixtures;

namespace EcoGov.Cli.Tests;

public sealed class ZoningLayerCommandTests : IDisposable
{
    // 城区 (140502) so that demo layers seeded for 140500 never interfere.
    private const string Chengqu = "140502";
    private readonly CliRunner cli = new();
    private readonly string dir = Path.Combine(Path.GetTempPath(), "ecogov-zl-" + Guid.NewGuid().ToString("N"));

    public ZoningLayerCommandTests() => Directory.CreateDirectory(dir);

    public void Dispose()
    {
        cli.Dispose();
        try { Directory.Delete(dir, recursive: true); } catch (IOException) { }
    }

    private string Write(string name, byte[] bytes)
    {
        var path = Path.Combine(dir, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    private JsonElement Import(string path, string effective, params string[] more) =>
        cli.Json(["zoning", "import", path, "--layer", "units", "--jurisdiction", Chengqu, "--effective", effective, .. more]);

    [Fact]
    public void Import_a_gbk_shapefile_then_versions_diff_and_export()
    {
        var v1 = Import(Write("units-2021.zip", UnitsShapefileZip(Grid(), 4526)), "2021-06-30");
        Assert.Equal("created", v1.GetProperty("status").GetString());
        var version = v1.GetProperty("version");
        Assert.Equal((1, 4, 4526), (version.GetProperty("version").GetInt32(), version.GetProperty("featureCount").GetInt32(), version.GetProperty("sourceEpsg").GetInt32()));
        Assert.False(v1.GetProperty("report").GetProperty("rejected").GetBoolean());
        var id1 = version.GetProperty("id").GetInt64();

        var again = Import(Path.Combine(dir, "units-2021.zip"), "2021-06-30");
        Assert.Equal("unchanged", again.GetProperty("status").GetString());
        Assert.Equal(id1, again.GetProperty("version").GetProperty("id").GetInt64());

        var changed = Grid();
        changed[0] = changed[0] with { Class = Key };
        changed[1] = changed[1] with { Geometry = Rect(112.82, 35.51, 112.845, 35.52) };
        changed.RemoveAt(3);
        var v2 = Import(Write("units-2023.geojson", UnitsGeoJson(changed)), "2023-12-31");
        var id2 = v2.GetProperty("version").GetProperty("id").GetInt64();
        Assert.Contains(v2.GetProperty("report").GetProperty("problems").EnumerateArray(),
            p => p.GetProperty("kind").GetString() == "code-class-mismatch" && p.GetProperty("severity").GetString() == "warning");

        var versions = cli.Json("zoning", "versions", "--layer", "units", "--jurisdiction", Chengqu);
        Assert.Equal([1, 2], versions.EnumerateArray().Select(v => v.GetProperty("version").GetInt32()));
        Assert.Equal(["2021-06-30", "2023-12-31"], versions.EnumerateArray().Select(v => v.GetProperty("effectiveFrom").GetString()));

        var diff = cli.Json("zoning", "diff", "--from", id1.ToString(), "--to", id2.ToString());
        Assert.Equal(["ZH14050230001"], diff.GetProperty("removed").EnumerateArray().Select(a => a.GetProperty("id").GetString()));
        Assert.Equal(["ZH14050210001"], diff.GetProperty("reclassified").EnumerateArray().Select(a => a.GetProperty("id").GetString()));
        var g = Assert.Single(diff.GetProperty("geometryChanged").EnumerateArray());
        Assert.InRange(g.GetProperty("areaChangeM2").GetDouble(), 490_000, 510_000);

        var (exit, geojson, err) = cli.Run("zoning", "export", "--layer", "units", "--jurisdiction", Chengqu, "--date", "2022-01-01", "--format", "geojson");
        Assert.True(exit == 0, err);
        using var doc = JsonDocument.Parse(geojson);
        Assert.Equal(1, doc.RootElement.GetProperty("metadata").GetProperty("version").GetInt32());
        Assert.Equal(4, doc.RootElement.GetProperty("features").GetArrayLength());
        var unit = doc.RootElement.GetProperty("features").EnumerateArray().Single(f => f.GetProperty("id").GetString() == "ZH14050210001");
        Assert.Equal("城区西北优先保护单元", unit.GetProperty("properties").GetProperty("name").GetString());

        // Re-importing the export (EPSG:4490) as a new version gives a version identical to version 1.
        var latest = cli.Run("zoning", "export", "--layer", "units", "--jurisdiction", Chengqu, "--version", id1.ToString());
        var v3 = Import(Write("reimport.geojson", System.Text.Encoding.UTF8.GetBytes(latest.Out)), "2024-01-01");
        Assert.Equal(4490, v3.GetProperty("version").GetProperty("sourceEpsg").GetInt32());
        var same = cli.Json("zoning", "diff", "--from", id1.ToString(), "--to", v3.GetProperty("version").GetProperty("id").GetInt64().ToString());
        Assert.Equal(4, same.GetProperty("unchanged").GetInt32());
        Assert.Equal(0, same.GetProperty("geometryChanged").GetArrayLength());
    }

    /// <summary>The Grid with provincial field codes: numeric classes, the county only as a name, a column whose name says nothing.</summary>
    private static byte[] ProvincialGeoJson() => GeoJson(Grid().Select(u => ((NetTopologySuite.Geometries.Geometry)u.Geometry, (IReadOnlyDictionary<string, string?>)new Dictionary<string, string?>
    {
        ["HJZHGKDYBM"] = u.Code,
        ["BZ"] = u.Name,
        ["ZHGKDYFL"] = u.Code[8..9],
        ["AREA"] = "晋城市城区",
    })));

    [Fact]
    public void A_dry_run_prints_the_columns_roles_and_the_report_and_stores_nothing()
    {
        var path = Write("省级.geojson", ProvincialGeoJson());
        var dry = Import(path, "2024-06-30", "--dry-run");
        Assert.Equal("checked", dry.GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.Null, dry.GetProperty("version").ValueKind);
        var roles = dry.GetProperty("mapping").GetProperty("roles");
        Assert.Equal(("HJZHGKDYBM", "ZHGKDYFL", "AREA"), (roles.GetProperty("code").GetString(), roles.GetProperty("class").GetString(), roles.GetProperty("countyName").GetString()));
        Assert.Equal("countyName", dry.GetProperty("mapping").GetProperty("county").GetString());
        Assert.Equal(4, dry.GetProperty("firstRows").GetArrayLength());
        Assert.Equal(0, cli.Json("zoning", "versions", "--layer", "units", "--jurisdiction", Chengqu).GetArrayLength());

        var (exit, stdout, err) = cli.Run("zoning", "import", path, "--layer", "units", "--jurisdiction", Chengqu, "--effective", "2024-06-30", "--dry-run");
        Assert.True(exit == 0, err);
        Assert.Contains("字段角色", stdout);
        Assert.Contains("县区名称列（对照本行政区的县区）", stdout);
        Assert.Contains("校验通过，未写入任何数据", stdout);

        // Imported, then imported again with the name column named: the same file read another way is a new version.
        var first = Import(path, "2024-06-30");
        Assert.Equal("created", first.GetProperty("status").GetString());
        var named = Import(path, "2024-06-30", "--field", "name=BZ");
        Assert.Equal("created", named.GetProperty("status").GetString());
        Assert.Equal(2, named.GetProperty("version").GetProperty("version").GetInt32());
        Assert.Equal("unchanged", Import(path, "2024-06-30", "--field", "name=BZ").GetProperty("status").GetString());
        var (_, geojson, _) = cli.Run("zoning", "export", "--layer", "units", "--jurisdiction", Chengqu, "--format", "geojson");
        using var doc = JsonDocument.Parse(geojson);
        var props = doc.RootElement.GetProperty("features")[0].GetProperty("properties");
        Assert.Equal("城区西北优先保护单元", props.GetProperty("name").GetString());
        Assert.Equal("140502", props.GetProperty("county").GetString());
    }

    [Theory]
    [InlineData("name", "文件中没有列“XMMC”")]
    [InlineData("colour", "未知字段角色“colour”")]
    [InlineData("bad", "应为 角色=列名")]
    public void A_field_override_that_cannot_be_applied_exits_2_naming_it(string which, string message)
    {
        var field = which switch { "name" => "name=XMMC", "colour" => "colour=BZ", _ => "BZ" };
        var (exit, stdout, stderr) = cli.Run("zoning", "import", Write("p.geojson", ProvincialGeoJson()), "--layer", "units",
            "--jurisdiction", Chengqu, "--effective", "2024-06-30", "--field", field, "--json");
        Assert.Equal(2, exit);
        Assert.Equal("", stdout);
        Assert.Contains(message, stderr);
        Assert.Contains("field", stderr);
        Assert.Equal(0, cli.Json("zoning", "versions", "--layer", "units", "--jurisdiction", Chengqu).GetArrayLength());
    }

    [Fact]
    public void Human_readable_output_is_a_chinese_table()
    {
        var (exit, stdout, err) = cli.Run("zoning", "import", Write("u.geojson", UnitsGeoJson(Grid())), "--layer", "units",
            "--jurisdiction", Chengqu, "--effective", "2023-12-31");
        Assert.True(exit == 0, err);
        Assert.Contains("已导入", stdout);
        Assert.Contains("gap", stdout); // 城区's boundary is larger than the fixture
        var versions = cli.Run("zoning", "versions", "--layer", "units", "--jurisdiction", Chengqu);
        Assert.Contains("生效日期", versions.Out);
        Assert.Contains("2023-12-31", versions.Out);
    }

    [Fact]
    public void A_shapefile_without_prj_needs_crs()
    {
        var path = Write("noprj.zip", UnitsShapefileZip(Grid(), 4547, withPrj: false));
        var (exit, stdout, stderr) = cli.Run("zoning", "import", path, "--layer", "units", "--jurisdiction", Chengqu, "--effective", "2023-12-31", "--json");
        Assert.Equal(2, exit);
        Assert.Equal("", stdout);
        Assert.Contains("noprj.zip", stderr);
        Assert.Contains("--crs", stderr);
        var ok = Import(path, "2023-12-31", "--crs", "EPSG:4547");
        Assert.Equal(4547, ok.GetProperty("version").GetProperty("sourceEpsg").GetInt32());
    }

    [Fact]
    public void A_rejected_file_exits_2_naming_feature_and_field_and_stores_nothing()
    {
        var bad = Grid();
        bad[1] = bad[1] with { County = "" };
        var (exit, stdout, stderr) = cli.Run("zoning", "import", Write("bad.geojson", UnitsGeoJson(bad)), "--layer", "units",
            "--jurisdiction", Chengqu, "--effective", "2023-12-31", "--json");
        Assert.Equal(2, exit);
        using (var doc = JsonDocument.Parse(stdout))
        {
            Assert.Equal("rejected", doc.RootElement.GetProperty("status").GetString());
            Assert.Equal(JsonValueKind.Null, doc.RootElement.GetProperty("version").ValueKind);
        }
        Assert.Contains("bad.geojson", stderr);
        Assert.Contains("ZH14050210002", stderr);
        Assert.Contains("county", stderr);
        Assert.Equal(0, cli.Json("zoning", "versions", "--layer", "units", "--jurisdiction", Chengqu).GetArrayLength());
    }

    [Theory]
    [InlineData("bomb.zip")]
    [InlineData("evil.zip")]
    public void Hostile_zips_exit_2(string name)
    {
        var bytes = name == "bomb.zip" ? ZipBomb() : Zip([("../evil.shp", new byte[10]), ("evil.shx", new byte[10]), ("evil.dbf", new byte[10])]);
        var (exit, _, stderr) = cli.Run("zoning", "import", Write(name, bytes), "--layer", "units", "--jurisdiction", Chengqu, "--effective", "2023-12-31");
        Assert.Equal(2, exit);
        Assert.Contains(name, stderr);
    }

    [Theory]
    [InlineData("zoning", "import", "missing.geojson", "--layer", "units", "--jurisdiction", "140502", "--effective", "2023-12-31")]
    [InlineData("zoning", "import", "@FILE", "--layer", "units", "--jurisdiction", "140502", "--effective", "31/12/2023")]
    [InlineData("zoning", "import", "@FILE", "--layer", "roads", "--jurisdiction", "140502", "--effective", "2023-12-31")]
    [InlineData("zoning", "import", "@FILE", "--layer", "units", "--jurisdiction", "999999", "--effective", "2023-12-31")]
    [InlineData("zoning", "import", "@FILE", "--layer", "units", "--jurisdiction", "140502", "--effective", "2023-12-31", "--crs", "GCJ02")]
    [InlineData("zoning", "versions", "--layer", "roads", "--jurisdiction", "140502")]
    [InlineData("zoning", "diff", "--from", "998", "--to", "999")]
    [InlineData("zoning", "export", "--layer", "units", "--jurisdiction", "140502", "--format", "geojson")]
    [InlineData("zoning", "export", "--layer", "units", "--jurisdiction", "140502", "--format", "shp")]
    [InlineData("zoning", "export", "--layer", "units", "--jurisdiction", "140502", "--version", "1", "--date", "2023-01-01")]
    public void Bad_input_exits_2_with_a_message(params string[] args)
    {
        var file = Write("ok.geojson", UnitsGeoJson(Grid()));
        var (exit, stdout, stderr) = cli.Run([.. args.Select(a => a == "@FILE" ? file : a)]);
        Assert.Equal(2, exit);
        Assert.Equal("", stdout);
        Assert.NotEqual("", stderr.Trim());
    }
}
