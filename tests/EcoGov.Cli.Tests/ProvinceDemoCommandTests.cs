using System.Text.Json;
using EcoGov.Application.Demo;
using EcoGov.Data;
using NetTopologySuite.Geometries;
using NetTopologySuite.Index.Strtree;

namespace EcoGov.Cli.Tests;

/// <summary>`demo province` at a small scale (12 stations, one year, 30 units per city): it runs in seconds.</summary>
public sealed class ProvinceDemoCommandTests : IDisposable
{
    private static readonly string[] CityCodes = ["140100", "140200", "140300", "140400", "140500", "140600", "140700", "140800", "140900", "141000", "141100"];
    private static readonly string[] CityNames = ["太原市", "大同市", "阳泉市", "长治市", "晋城市", "朔州市", "晋中市", "运城市", "忻州市", "临汾市", "吕梁市"];

    private readonly CliRunner cli = new();
    private readonly string dir = Path.Combine(Path.GetTempPath(), "ecogov-province-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        cli.Dispose();
        try { Directory.Delete(dir, recursive: true); } catch (IOException) { }
    }

    private string[] Small(string outDir) =>
        ["demo", "province", "--stations", "12", "--years", "2022-2022", "--units-per-city", "30", "--out", outDir];

    [Fact]
    public void A_small_run_stores_the_cities_stations_and_units_and_a_second_run_changes_nothing()
    {
        var outDir = Path.Combine(dir, "out");
        var first = cli.Json(Small(outDir));
        Assert.Equal(CityCodes, first.GetProperty("cities").EnumerateArray().Select(c => c.GetProperty("code").GetString()).ToArray());
        Assert.Equal(12, first.GetProperty("stations").GetInt32());
        Assert.Equal(330, first.GetProperty("units").GetInt32());
        Assert.Equal(11, first.GetProperty("layersCreated").GetInt32());
        Assert.Equal(22, first.GetProperty("filesWritten").GetInt32());
        var rows = first.GetProperty("airRows").GetInt64();
        Assert.InRange(rows, 12 * 8760 * 0.9, 12 * 8760);
        Assert.Equal(rows, first.GetProperty("hoursStored").GetInt64());
        Assert.False(first.GetProperty("noOp").GetBoolean());

        // Jurisdictions: the 11 cities under 山西省 by their real names, each with counties (晋城's six real ones, 示意 elsewhere).
        var tree = cli.Json("jurisdictions");
        var province = Assert.Single(tree.EnumerateArray(), j => j.GetProperty("code").GetString() == "140000");
        var cities = province.GetProperty("children").EnumerateArray().ToDictionary(c => c.GetProperty("code").GetString()!);
        for (int i = 0; i < CityCodes.Length; i++)
        {
            var city = cities[CityCodes[i]];
            Assert.Equal(CityNames[i], city.GetProperty("name").GetString());
            var counties = city.GetProperty("children").EnumerateArray().ToList();
            Assert.True(counties.Count >= 4, CityCodes[i]);
            if (CityCodes[i] == "140500") Assert.DoesNotContain(counties, c => c.GetProperty("name").GetString()!.Contains("示意", StringComparison.Ordinal));
            else Assert.Contains(counties, c => c.GetProperty("name").GetString() == $"{CityNames[i]}示意县区1");
        }

        // Stations: 12 over the 11 cities, the first city two; each a DEMO- station of its city.
        var stations = cli.Json("monitoring", "stations").EnumerateArray().ToList();
        Assert.Equal(12, stations.Count);
        Assert.All(stations, s => Assert.StartsWith("DEMO-" + s.GetProperty("jurisdiction").GetString() + "-", s.GetProperty("code").GetString()));
        Assert.Equal(2, stations.Count(s => s.GetProperty("jurisdiction").GetString() == "140100"));

        // A point inside a unit of each city is assessed against that city's layer.
        for (int i = 0; i < CityCodes.Length; i++)
        {
            var (lon, lat) = InteriorPoints(Path.Combine(outDir, "units", $"{CityCodes[i]}-units.geojson")).First();
            var (exit, stdout, stderr) = cli.Run("zoning", "assess", "--point", FormattableString.Invariant($"{lon:F6},{lat:F6}"), "--industry", "2511", "--json");
            Assert.True(exit is 0 or 1, $"{CityCodes[i]}: exit {exit}: {stderr}");
            using var doc = JsonDocument.Parse(stdout);
            var unit = Assert.Single(doc.RootElement.GetProperty("units").EnumerateArray());
            Assert.StartsWith("ZH" + CityCodes[i][..4], unit.GetProperty("code").GetString());
        }

        // The stored hours of a city evaluate: 太原市's two stations over 2022.
        var air = cli.Json("air", "evaluate", "--from-store", "--jurisdiction", "140100", "--standard", "GB3095-2012");
        Assert.Equal(["DEMO-140100-001", "DEMO-140100-002"], air.GetProperty("stations").EnumerateArray().Select(s => s.GetProperty("station").GetString()!).ToArray());
        Assert.Equal("2022-12-31", air.GetProperty("to").GetString());

        var versions = cli.Json("zoning", "versions", "--layer", "units", "--jurisdiction", "140500").GetArrayLength();
        var second = cli.Json(Small(outDir));
        Assert.True(second.GetProperty("noOp").GetBoolean());
        Assert.Equal(0, second.GetProperty("filesWritten").GetInt32());
        Assert.Equal(22, second.GetProperty("filesUnchanged").GetInt32());
        Assert.Empty(second.GetProperty("jurisdictionsAdded").EnumerateArray());
        Assert.Equal(0L, second.GetProperty("hoursStored").GetInt64());
        Assert.Equal(rows, second.GetProperty("hoursUnchanged").GetInt64());
        Assert.Equal((0, 11), (second.GetProperty("layersCreated").GetInt32(), second.GetProperty("layersUnchanged").GetInt32()));
        Assert.Equal(versions, cli.Json("zoning", "versions", "--layer", "units", "--jurisdiction", "140500").GetArrayLength());
        Assert.Equal(12, cli.Json("monitoring", "stations").GetArrayLength());
    }

    [Fact]
    public void The_same_seed_gives_the_same_files_byte_for_byte_and_another_seed_others()
    {
        var seedDirectory = EcoGovPaths.Locate(AppContext.BaseDirectory).SeedDirectory;
        ProvinceDemoOptions Options(string name, int seed) => new(2022, 2022, 12, 30, Path.Combine(dir, name), seed);
        var a = ProvinceDemoService.Generate(Options("a", 7), seedDirectory);
        var b = ProvinceDemoService.Generate(Options("b", 7), seedDirectory);
        var c = ProvinceDemoService.Generate(Options("c", 8), seedDirectory);
        Assert.Equal(22, a.Files.Count);
        Assert.All(a.Files, f => Assert.True(f.Written));
        Assert.Equal(a.Files.Select(f => f.File), b.Files.Select(f => f.File));
        foreach (var f in a.Files)
        {
            Assert.Equal(File.ReadAllBytes(Path.Combine(dir, "a", f.File)), File.ReadAllBytes(Path.Combine(dir, "b", f.File)));
            Assert.NotEqual(File.ReadAllBytes(Path.Combine(dir, "a", f.File)), File.ReadAllBytes(Path.Combine(dir, "c", f.File)));
        }
        // Generating again into the same folder rewrites nothing.
        Assert.All(ProvinceDemoService.Generate(Options("a", 7), seedDirectory).Files, f => Assert.False(f.Written));
    }

    [Fact]
    public void The_units_are_valid_do_not_overlap_cover_their_city_and_the_cities_do_not_overlap()
    {
        var seedDirectory = EcoGovPaths.Locate(AppContext.BaseDirectory).SeedDirectory;
        var o = new ProvinceDemoOptions(2022, 2022, 11, 40, Path.Combine(dir, "units"), ProvinceDemoService.DefaultSeed);
        var (cities, _, _) = ProvinceDemoService.Generate(o, seedDirectory);
        var extents = new List<Geometry>();
        foreach (var city in cities)
        {
            var units = Units(Path.Combine(o.Out, city.UnitsFile));
            Assert.Equal(40, units.Count);
            Assert.All(units, u => Assert.True(u.Geometry.IsValid, u.Code));
            var classes = units.GroupBy(u => u.Class).ToDictionary(g => g.Key, g => g.Count());
            // 000's proportions by count, 48 : 36 : 6 → 21 : 16 : 3 of 40
            Assert.Equal((21, 16, 3), (classes["优先保护单元"], classes["重点管控单元"], classes["一般管控单元"]));
            var index = new STRtree<int>();
            for (int i = 0; i < units.Count; i++) index.Insert(units[i].Geometry.EnvelopeInternal, i);
            for (int i = 0; i < units.Count; i++)
                foreach (var j in index.Query(units[i].Geometry.EnvelopeInternal).Where(j => j > i))
                    Assert.True(units[i].Geometry.Intersection(units[j].Geometry).Area < 1e-9, $"{units[i].Code} overlaps {units[j].Code}");
            var union = NetTopologySuite.Operation.Union.UnaryUnionOp.Union(units.Select(u => u.Geometry).ToList());
            var area = units.Sum(u => u.Geometry.Area);
            Assert.InRange(union.Area, area * 0.999999, area * 1.000001);
            var c = ProvinceDemoService.Cities.Single(x => x.Code == city.Code);
            if (city.Code != "140500") Assert.InRange(area, (c.MaxLon - c.MinLon) * (c.MaxLat - c.MinLat) * 0.9999, (c.MaxLon - c.MinLon) * (c.MaxLat - c.MinLat) * 1.0001);
            Assert.All(units, u => Assert.Contains(u.County, city.Counties));
            extents.Add(union);
        }
        for (int i = 0; i < extents.Count; i++)
            for (int j = i + 1; j < extents.Count; j++)
                Assert.True(extents[i].Intersection(extents[j]).Area < 1e-9, $"{cities[i].Name} overlaps {cities[j].Name}");
    }

    [Theory]
    [InlineData("--years|2023-2021", "--years: 末年早于起始年")]
    [InlineData("--years|2021-2040", "--years: 最多 10 年")]
    [InlineData("--years|21-23", "--years: 年份应为")]
    [InlineData("--stations|5", "--stations: 站点数须为 11–1100 的整数")]
    [InlineData("--stations|1101", "--stations: 站点数须为 11–1100 的整数")]
    [InlineData("--units-per-city|50000", "--units-per-city: 每市单元数须为 10–20000 的整数")]
    [InlineData("--seed|-1", "--seed: 随机种子须为")]
    public void Bad_options_exit_2_naming_the_option_and_write_nothing(string args, string expected)
    {
        var outDir = Path.Combine(dir, "bad");
        var (exit, stdout, stderr) = cli.Run(["demo", "province", "--out", outDir, .. args.Split('|')]);
        Assert.Equal(2, exit);
        Assert.Equal("", stdout);
        Assert.Contains(expected, stderr);
        Assert.False(Directory.Exists(outDir));
        Assert.False(File.Exists(cli.Db));
    }

    private sealed record Unit(string Code, string Class, string County, Geometry Geometry);

    private static readonly GeometryFactory Factory = new();

    private static Polygon Polygon(JsonElement rings) =>
        Factory.CreatePolygon(Factory.CreateLinearRing(rings[0].EnumerateArray().Select(c => new Coordinate(c[0].GetDouble(), c[1].GetDouble())).ToArray()),
            [.. rings.EnumerateArray().Skip(1).Select(r => Factory.CreateLinearRing(r.EnumerateArray().Select(c => new Coordinate(c[0].GetDouble(), c[1].GetDouble())).ToArray()))]);

    private static List<Unit> Units(string file)
    {
        using var doc = JsonDocument.Parse(File.ReadAllBytes(file));
        return [.. doc.RootElement.GetProperty("features").EnumerateArray().Select(f =>
        {
            var g = f.GetProperty("geometry");
            var c = g.GetProperty("coordinates");
            Geometry geometry = g.GetProperty("type").GetString() == "MultiPolygon"
                ? Factory.CreateMultiPolygon([.. c.EnumerateArray().Select(Polygon)])
                : Polygon(c);
            var p = f.GetProperty("properties");
            return new Unit(p.GetProperty("code").GetString()!, p.GetProperty("class").GetString()!, p.GetProperty("countyCode").GetString()!, geometry);
        })];
    }

    private static IEnumerable<(double Lon, double Lat)> InteriorPoints(string file) =>
        Units(file).Select(u => u.Geometry.InteriorPoint).Select(p => (p.X, p.Y));
}
