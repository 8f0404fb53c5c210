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

    [Theory]
    [InlineData("""{"type":"FeatureCollection"}""", "$", "features")]
    [InlineData("""{"type":"FeatureCollection","features":{}}""", "$.features", "数组")]
    [InlineData("""{"type":"GeometryCollection"}""", "$", "geometries")]
    [InlineData("""{"type":1,"coordinates":[112.85,35.5]}""", "$.type", "字符串")]
    [InlineData("""{"type":"FeatureCollection","features":[1]}""", "$.features[0]", "对象")]
    [InlineData("""{"type":"FeatureCollection","features":[{"type":"Feature","geometry":{"type":["Point"]}}]}""", "$.features[0].geometry.type", "字符串")]
    [InlineData("""{"type":"Point","coordinates":[112.8]}""", "$.coordinates", "至少含 2 个数值")]
    [InlineData("""{"type":"Point","coordinates":["112.8","35.5"]}""", "$.coordinates[0]", "有限数值")]
    [InlineData("""{"type":"Point","coordinates":112.8}""", "$.coordinates", "至少含 2 个数值")]
    [InlineData("""{"type":"Point"}""", "$", "coordinates")]
    [InlineData("""{"type":"LineString","coordinates":[[112.85,35.5],[112.86,null]]}""", "$.coordinates[1][1]", "有限数值")]
    [InlineData("""{"type":"Polygon","coordinates":[[[112.85,35.5],[112.86,35.5],[112.86]]]}""", "$.coordinates[0][2]", "至少含 2 个数值")]
    [InlineData("""{"type":"MultiPolygon","coordinates":[3]}""", "$.coordinates[0]", "数组")]
    [InlineData("""{"type":"GeometryCollection","geometries":[{"type":"Point","coordinates":[112.85,35.5]},{"type":"Point","coordinates":[true,35.5]}]}""", "$.geometries[1].coordinates[0]", "有限数值")]
    [InlineData("""{"type":"Point","crs":5,"coordinates":[112.85]}""", "$.coordinates", "至少含 2 个数值")]
    public void Malformed_geojson_is_a_site_input_error_naming_the_json_path(string json, string path, string expected)
    {
        var e = Assert.Throws<SiteInputException>(() => SiteInput.Parse(json));
        Assert.Contains($"GeoJSON {path}", e.Message);
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
