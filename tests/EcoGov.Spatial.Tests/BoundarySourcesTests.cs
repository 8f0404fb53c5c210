using EcoGov.Core.Jurisdictions;
using EcoGov.Spatial.Boundaries;
using NetTopologySuite.Geometries;

namespace EcoGov.Spatial.Tests;

public class BoundarySourcesTests
{
    /// <summary>One jurisdiction of data/seed/jurisdictions.json with its decoded boundary.</summary>
    private sealed record Seeded(string Code, string Name, BoundarySource Source, Geometry Geometry, bool Repaired);

    private static readonly IReadOnlyList<Seeded> All = LoadSeeded();
    private static readonly GeometryFactory Factory = EChartsMapDecoder.Factory;

    private static Seeded ByCode(string code) => All.Single(b => b.Code == code);

    private static List<Seeded> LoadSeeded()
    {
        using var json = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(RepoPaths.Root, "data", "seed", "jurisdictions.json")));
        var list = new List<Seeded>();
        foreach (var j in json.RootElement.GetProperty("jurisdictions").EnumerateArray())
        {
            if (j.GetProperty("boundary").ValueKind == System.Text.Json.JsonValueKind.Null) continue;
            var b = j.GetProperty("boundary");
            var source = new BoundarySource(b.GetProperty("file").GetString()!, b.GetProperty("feature").GetString()!, b.GetProperty("packageId").GetString());
            var boundary = BoundarySources.Read(RepoPaths.Boundaries, source);
            list.Add(new Seeded(j.GetProperty("code").GetString()!, j.GetProperty("name").GetString()!, source, boundary.Geometry, boundary.Repaired));
        }
        return list;
    }

    private const string JinchengFile = "shan1_xi1_jin4_cheng2.js";

    private static Point At(double lon, double lat) => Factory.CreatePoint(new Coordinate(lon, lat));

    [Fact]
    public void The_seed_jurisdictions_are_loaded_with_their_codes_and_package_names()
    {
        Assert.Equal(
            ["140404", "140500", "140502", "140521", "140522", "140524", "140525", "140581", "140824"],
            All.Select(b => b.Code));
        var shangdang = ByCode("140404");
        Assert.Equal(("上党区", "长治县", "140421", "shan1_xi1_chang2_zhi4.js"), (shangdang.Name, shangdang.Source.Feature, shangdang.Source.PackageId, shangdang.Source.File));
        var city = ByCode("140500");
        Assert.Equal(("晋城市", BoundarySources.AllFeatures, (string?)null), (city.Name, city.Source.Feature, city.Source.PackageId));
    }

    [Fact]
    public void Every_boundary_is_a_valid_polygonal_geometry_in_srid_4326()
    {
        Assert.All(All, b =>
        {
            Assert.True(b.Geometry.IsValid, b.Name);
            Assert.IsAssignableFrom<IPolygonal>(b.Geometry);
            Assert.Equal(4326, b.Geometry.SRID);
        });
        // Rounding to 1/1024 degree leaves 泽州县's two parts sharing an edge and 长治县's ring touching itself.
        // 晋城市 is their union, so it reports the repair of 泽州县 too.
        Assert.Equal(["上党区", "晋城市", "泽州县"], All.Where(b => b.Repaired).Select(b => b.Name));
    }

    [Theory]
    // Published areas (km², commonly cited figures; sources differ by a few per cent). The package's
    // simplified, rounded outlines must come within 10 %.
    [InlineData("140502", 143)]
    [InlineData("140521", 2665)]
    [InlineData("140522", 1945)]
    [InlineData("140524", 1765)]
    [InlineData("140525", 2023)]
    [InlineData("140581", 960)]
    [InlineData("140404", 483)]
    [InlineData("140824", 686)]
    [InlineData("140500", 9490)]
    public void Areas_are_close_to_the_published_figures(string code, double publishedKm2)
    {
        var km2 = EqualArea.SquareKilometres(ByCode(code).Geometry);
        Assert.InRange(km2, publishedKm2 * 0.9, publishedKm2 * 1.1);
    }

    [Fact]
    public void Known_places_fall_in_the_right_county()
    {
        var centre = At(112.85, 35.49); // 晋城 city centre
        Assert.True(ByCode("140502").Geometry.Contains(centre));
        Assert.False(ByCode("140525").Geometry.Contains(centre)); // 泽州县 surrounds 城区 but not its centre
        Assert.True(ByCode("140500").Geometry.Contains(centre));

        Assert.True(ByCode("140404").Geometry.Contains(At(113.05, 36.05))); // 上党区 (韩店)
        Assert.False(ByCode("140500").Geometry.Contains(At(113.05, 36.05)));
        Assert.True(ByCode("140824").Geometry.Contains(At(110.98, 35.60))); // 稷山县
    }

    [Fact]
    public void The_city_is_the_union_of_its_six_counties_without_gaps_or_overlaps()
    {
        var city = ByCode("140500").Geometry;
        var counties = All.Where(b => b.Source.File == JinchengFile && b.Code != "140500").ToList();
        Assert.Equal(6, counties.Count);
        Assert.All(counties, c => Assert.True(city.Covers(c.Geometry), c.Name));
        var sum = counties.Sum(c => EqualArea.SquareMetres(c.Geometry));
        Assert.Equal(sum, EqualArea.SquareMetres(city), sum * 1e-9);
        var cityPolygon = Assert.IsType<Polygon>(city);
        Assert.Equal(0, cityPolygon.NumInteriorRings);
    }

    [Fact]
    public void Equal_area_measure_gives_the_area_of_a_one_degree_cell()
    {
        // A 1°×1° cell at 35–36°N on the GRS80/CGCS2000 ellipsoid is about 10,060 km².
        var cell = Factory.CreatePolygon([new(112, 35), new(113, 35), new(113, 36), new(112, 36), new(112, 35)]);
        Assert.InRange(EqualArea.SquareKilometres(cell), 10_000, 10_120);
    }

    [Theory]
    [InlineData("../jurisdictions.json", "城区", null)]
    [InlineData("shan1_xi1_jin4_cheng2.js", "没有这个县", null)]
    [InlineData("shan1_xi1_jin4_cheng2.js", "城区", "140999")]
    [InlineData("missing.js", "城区", null)]
    public void A_bad_boundary_source_is_refused_naming_the_problem(string file, string feature, string? id)
    {
        var e = Assert.Throws<InvalidDataException>(() => BoundarySources.Read(RepoPaths.Boundaries, new BoundarySource(file, feature, id)));
        Assert.False(string.IsNullOrWhiteSpace(e.Message));
    }
}
