using EcoGov.Spatial.Boundaries;
using NetTopologySuite.Geometries;

namespace EcoGov.Spatial.Tests;

public class CountyBoundariesTests
{
    private static readonly IReadOnlyList<CountyBoundary> All = CountyBoundaries.Load(RepoPaths.Boundaries);
    private static readonly GeometryFactory Factory = EChartsMapDecoder.Factory;

    private static CountyBoundary ByCode(string code) => All.Single(b => b.Code == code);

    private static Point At(double lon, double lat) => Factory.CreatePoint(new Coordinate(lon, lat));

    [Fact]
    public void The_seed_jurisdictions_are_loaded_with_their_codes_and_package_names()
    {
        Assert.Equal(
            ["140502", "140521", "140522", "140524", "140525", "140581", "140404", "140824", "140500"],
            All.Select(b => b.Code));
        Assert.Equal(
            ["城区", "沁水县", "阳城县", "陵川县", "泽州县", "高平市", "长治县", "稷山县", "晋城"],
            All.Select(b => b.PackageName));

        var shangdang = ByCode("140404");
        Assert.Equal(("上党区", "长治县", "140421", CountyBoundaries.ChangzhiFile), (shangdang.Name, shangdang.PackageName, shangdang.PackageId, shangdang.SourceFile));
        var city = ByCode("140500");
        Assert.Equal(("晋城市", (string?)null), (city.Name, city.PackageId));
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
        Assert.Equal(["泽州县", "上党区"], All.Where(b => b.Repaired).Select(b => b.Name));
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
        var counties = All.Where(b => b.SourceFile == CountyBoundaries.JinchengFile && b.Code != "140500").ToList();
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
}
