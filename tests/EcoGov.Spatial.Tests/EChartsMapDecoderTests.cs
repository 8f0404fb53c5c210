using System.Text.Json;
using EcoGov.Spatial.Boundaries;
using NetTopologySuite.Geometries;

namespace EcoGov.Spatial.Tests;

public class EChartsMapDecoderTests
{
    private static EChartsMap DecodeFile(string file) =>
        EChartsMapDecoder.Decode(File.ReadAllText(Path.Combine(RepoPaths.Boundaries, file)));

    [Fact]
    public void Jincheng_decodes_to_the_packages_own_geojson_vertex_for_vertex()
    {
        var map = DecodeFile("shan1_xi1_jin4_cheng2.js");
        using var oracle = JsonDocument.Parse(File.ReadAllText(RepoPaths.Oracle("shan1_xi1_jin4_cheng2.geojson")));
        var expected = oracle.RootElement.GetProperty("features").EnumerateArray().ToList();

        Assert.Equal("晋城", map.Name);
        Assert.Equal(expected.Count, map.Features.Count);
        int vertices = 0;
        for (int f = 0; f < expected.Count; f++)
        {
            var want = expected[f];
            var got = map.Features[f];
            Assert.Equal(want.GetProperty("id").GetString(), got.Id);
            Assert.Equal(want.GetProperty("properties").GetProperty("name").GetString(), got.Name);
            var geometry = want.GetProperty("geometry");
            Assert.Equal(geometry.GetProperty("type").GetString(), got.Geometry.GeometryType);
            var wantPolygons = geometry.GetProperty("type").GetString() == "Polygon"
                ? [geometry.GetProperty("coordinates")]
                : geometry.GetProperty("coordinates").EnumerateArray().ToList();
            Assert.Equal(wantPolygons.Count, got.Geometry.NumGeometries);
            for (int p = 0; p < wantPolygons.Count; p++)
            {
                var polygon = (Polygon)got.Geometry.GetGeometryN(p);
                var wantRings = wantPolygons[p].EnumerateArray().ToList();
                Assert.Equal(wantRings.Count, 1 + polygon.NumInteriorRings);
                for (int r = 0; r < wantRings.Count; r++)
                {
                    var ring = r == 0 ? polygon.ExteriorRing : polygon.GetInteriorRingN(r - 1);
                    var wantPoints = wantRings[r].EnumerateArray().Select(pt => (pt[0].GetDouble(), pt[1].GetDouble())).ToList();
                    Assert.Equal(wantPoints, ring.Coordinates.Select(c => (c.X, c.Y)));
                    vertices += wantPoints.Count;
                }
            }
        }
        Assert.Equal(374 + 579 + 582 + 828 + 461 + 513 + 1344, vertices);
    }

    [Theory]
    [InlineData("shan1_xi1_jin4_cheng2.js", "晋城", "城区 沁水县 阳城县 陵川县 高平市 泽州县")]
    [InlineData("shan1_xi1_chang2_zhi4.js", "长治", "城区 长治县 襄垣县 屯留县 郊区 平顺县 黎城县 长子县 壶关县 武乡县 沁县 沁源县 潞城市")]
    [InlineData("shan1_xi1_yun4_cheng2.js", "运城", "盐湖区 临猗县 万荣县 闻喜县 稷山县 新绛县 垣曲县 绛县 夏县 平陆县 芮城县 永济市 河津市")]
    public void Each_file_registers_its_city_with_its_county_features(string file, string mapName, string names)
    {
        var map = DecodeFile(file);
        Assert.Equal(mapName, map.Name);
        Assert.Equal(names.Split(' '), map.Features.Select(f => f.Name));
        Assert.All(map.Features, f =>
        {
            Assert.Equal(EChartsMapDecoder.Srid, f.Geometry.SRID);
            Assert.IsAssignableFrom<IPolygonal>(f.Geometry);
            Assert.Matches("^1408|^1404|^1405", f.Id);
        });
    }

    [Fact]
    public void A_ring_is_decoded_by_zigzag_deltas_from_its_offset_in_units_of_1_1024_degree()
    {
        // '@' = 64 → 0; 'B' = 66 → v 2 → +1; 'A' = 65 → v 1 → -1; 'D' = 68 → +2; 'C' = 67 → -2.
        var ring = EChartsMapDecoder.DecodeRing("@@BADC", 1024 * 112, 1024 * 35);
        Assert.Equal(
            [(112.0, 35.0), (112 + 1 / 1024.0, 35 - 1 / 1024.0), (112 + 3 / 1024.0, 35 - 3 / 1024.0)],
            ring.Select(c => (c.X, c.Y)));
        Assert.Throws<FormatException>(() => EChartsMapDecoder.DecodeRing("@@B", 0, 0));
    }

    [Fact]
    public void The_reader_accepts_minified_javascript_literals_without_evaluating_them()
    {
        // '\\' (92) → v 28 → +14; "\u0042" is 'B' → +1; !0 is true; keys unquoted or quoted; trailing commas; comments.
        const string script = """
            !function(){ /* wrapper */ }(this,function(A,B){ B.registerMap('测试', {type:"FeatureCollection",
              features:[{type:"Feature",id:"140000",'properties':{name:"甲",cp:[1.5,-2e0],},
                geometry:{type:"Polygon",coordinates:["@@\\@\u0042@A@@O"],encodeOffsets:[[1024,2048]]}},
                // a second, unencoded feature would need UTF8Encoding false; none here
              ],UTF8Encoding:!0}) })
            """;
        var map = EChartsMapDecoder.Decode(script);
        Assert.Equal("测试", map.Name);
        var feature = Assert.Single(map.Features);
        Assert.Equal(("140000", "甲"), (feature.Id, feature.Name));
        Assert.Equal(
            [(1.0, 2.0), (1 + 14 / 1024.0, 2.0), (1 + 15 / 1024.0, 2.0), (1 + 14 / 1024.0, 2.0), (1 + 14 / 1024.0, 2 - 8 / 1024.0)],
            feature.Geometry.Coordinates.Take(5).Select(c => (c.X, c.Y)));
        // The open ring is closed with its first point, as NTS rings must be.
        Assert.Equal(6, feature.Geometry.NumPoints);
        Assert.True(feature.Geometry.Coordinates[^1].Equals2D(feature.Geometry.Coordinates[0]));
    }

    [Fact]
    public void An_unencoded_map_is_read_as_plain_coordinates()
    {
        const string script = """
            echarts.registerMap("x", {"type":"FeatureCollection","UTF8Encoding":false,"features":[
              {"type":"Feature","properties":{"name":"乙"},"geometry":{"type":"MultiPolygon",
               "coordinates":[[[[0,0],[1,0],[1,1],[0,0]]],[[[2,2],[3,2],[3,3],[2,2]]]]}}]});
            """;
        var feature = Assert.Single(EChartsMapDecoder.Decode(script).Features);
        Assert.Null(feature.Id);
        var multi = Assert.IsType<MultiPolygon>(feature.Geometry);
        Assert.Equal(2, multi.NumGeometries);
        Assert.Equal(1.0, multi.Area);
    }

    [Theory]
    [InlineData("var a = 1;")]
    [InlineData("echarts.registerMap(\"x\", {type:\"FeatureCollection\", features:[], x: window.y})")]
    [InlineData("echarts.registerMap(\"x\", {type:\"Topology\", features:[]})")]
    [InlineData("echarts.registerMap(\"x\", {type:\"FeatureCollection\", features:[{type:\"Feature\",geometry:{type:\"Point\",coordinates:[]}}]})")]
    public void Scripts_that_are_not_a_literal_polygon_map_are_rejected(string script)
    {
        Assert.Throws<FormatException>(() => EChartsMapDecoder.Decode(script));
    }
}
