using EcoGov.Spatial.Zoning.Assessment;
using NetTopologySuite.Geometries;

namespace EcoGov.Spatial.Tests.Zoning;

public class SiteInputTests
{
    [Fact]
    public void One_coordinate_is_a_point_a_closed_ring_a_polygon_otherwise_a_line()
    {
        Assert.IsType<Point>(SiteInput.Parse("112.85,35.5").Geometry);
        Assert.IsType<Polygon>(SiteInput.Parse("112.85,35.5;112.86,35.5;112.86,35.51;112.85,35.5").Geometry);
        Assert.IsType<LineString>(SiteInput.Parse("112.85,35.5\n112.86,35.5\n112.86,35.51").Geometry);
        Assert.Equal(4490, SiteInput.Parse("112.85，35.5").Geometry.SRID);
    }

    [Fact]
    public void GeoJson_geometry_feature_and_collection()
    {
        Assert.IsType<Point>(SiteInput.Parse("""{"type":"Point","coordinates":[112.85,35.5]}""").Geometry);
        Assert.IsType<Polygon>(SiteInput.Parse("""{"type":"Feature","properties":{},"geometry":{"type":"Polygon","coordinates":[[[112.85,35.5],[112.86,35.5],[112.86,35.51],[112.85,35.5]]]}}""").Geometry);
        var fc = SiteInput.Parse("""{"type":"FeatureCollection","features":[{"type":"Feature","geometry":{"type":"Point","coordinates":[112.85,35.5]}},{"type":"Feature","geometry":{"type":"Point","coordinates":[112.86,35.5]}}]}""");
        Assert.Equal(2, fc.Geometry.NumGeometries);
    }

    [Fact]
    public void GeoJson_legacy_crs_member_is_honoured()
    {
        var s = SiteInput.Parse("""{"type":"Point","crs":{"type":"name","properties":{"name":"urn:ogc:def:crs:EPSG::4526"}},"coordinates":[38395000,3929000]}""");
        Assert.Equal("EPSG:4526", s.SourceCrs);
        Assert.InRange(s.Geometry.Coordinate.X, 112.5, 113.5);
    }

    [Theory]
    [InlineData("35.5,112.85", null, "颠倒")]
    [InlineData("395000,3929000", null, "投影坐标")]
    [InlineData("2.35,48.85", null, "不在中国范围内")]
    [InlineData("112.85,35.5", "EPSG:4526", "经纬度")]
    [InlineData("395000,3929000", "EPSG:4526", "有效范围")]
    [InlineData("112.85,35.5", "EPSG:3857", "不支持的坐标系")]
    [InlineData("abc", null, "无法识别")]
    [InlineData("{\"type\":\"Circle\"}", null, "不支持的类型")]
    [InlineData("35.5,112.85", "GCJ-02", "颠倒")]
    public void Bad_input_gets_a_clear_message(string text, string? crs, string expected)
    {
        var e = Assert.Throws<SiteInputException>(() => SiteInput.Parse(text, crs));
        Assert.Contains(expected, e.Message);
    }

    [Fact]
    public void Gcj02_inverse_round_trips_below_a_millimetre()
    {
        foreach (var (lon, lat) in new[] { (112.85, 35.5), (116.39, 39.91), (121.47, 31.23), (87.6, 43.8) })
        {
            var (gx, gy) = Gcj02.FromWgs84(lon, lat);
            var (wx, wy) = Gcj02.ToWgs84(gx, gy);
            Assert.True(Math.Abs(wx - lon) < 1e-8 && Math.Abs(wy - lat) < 1e-8, $"{lon},{lat}");
            Assert.True(Math.Abs(gx - lon) + Math.Abs(gy - lat) > 1e-4, "offset present in China");
        }
    }
}
