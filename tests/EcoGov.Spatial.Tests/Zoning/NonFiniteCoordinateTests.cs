using System.Globalization;
using EcoGov.Spatial.Crs;
using EcoGov.Spatial.Zoning.Assessment;
using EcoGov.Spatial.Zoning.Import;
using NetTopologySuite.Features;
using NetTopologySuite.Geometries;
using static EcoGov.Tests.Shared.ZoningLayerFixtures;

namespace EcoGov.Spatial.Tests.Zoning;

/// <summary>
/// NaN and ±Infinity in a site or a layer are bad input naming the coordinate, in every coordinate system — never
/// ProjNET's "No convergence" (a 500 in the web app, "internal error" in the CLI) nor a site silently placed nowhere.
/// </summary>
[Trait("Category", "Probe")]
public class NonFiniteCoordinateTests
{
    /// <summary>Every kind of coordinate system a site can be given in: default, geographic, Gauss-Krüger with and without the zone prefix, GCJ-02.</summary>
    public static readonly string?[] Systems = [null, "EPSG:4490", "EPSG:4326", "EPSG:4526", "EPSG:4547", "GCJ-02"];

    public static readonly string[] NonFinite = ["NaN", "Infinity", "-Infinity", "1e400"];

    /// <summary>A valid point in the system (城区), as "x,y".</summary>
    private static (double X, double Y) ValidPoint(string? crs) => crs switch
    {
        "EPSG:4526" => (38_395_000, 3_929_000),
        "EPSG:4547" => (395_000, 3_929_000),
        _ => (112.85, 35.5),
    };

    public static TheoryData<string?, string, bool> EverySystemAndValue()
    {
        var data = new TheoryData<string?, string, bool>();
        foreach (var crs in Systems)
            foreach (var v in NonFinite)
            {
                data.Add(crs, v, true);
                data.Add(crs, v, false);
            }
        return data;
    }

    [Theory]
    [MemberData(nameof(EverySystemAndValue))]
    public void A_non_finite_number_in_point_text_is_refused_naming_the_coordinate(string? crs, string value, bool inX)
    {
        var (x, y) = ValidPoint(crs);
        var text = inX ? $"{value},{y.ToString(CultureInfo.InvariantCulture)}" : $"{x.ToString(CultureInfo.InvariantCulture)},{value}";
        var e = Assert.Throws<SiteInputException>(() => SiteInput.Parse(text, crs));
        Assert.Contains("第 1 个坐标", e.Message);
        Assert.Contains("有限数值", e.Message);
        Assert.Contains("not a finite number", e.Message);
    }

    [Theory]
    [InlineData("EPSG:4526")]
    [InlineData("EPSG:4490")]
    [InlineData("GCJ-02")]
    public void The_probe_nan_nan_and_a_nan_vertex_inside_a_ring_name_their_coordinate(string crs)
    {
        var e = Assert.Throws<SiteInputException>(() => SiteInput.Parse("NaN,NaN", crs));
        Assert.Contains("第 1 个坐标“NaN,NaN”", e.Message);
        var (x, y) = ValidPoint(crs);
        string P(double dx, double dy) => string.Create(CultureInfo.InvariantCulture, $"{x + dx},{y + dy}");
        var ring = string.Join("\n", P(0, 0), P(0.001, 0), "nan,nan", P(0, 0.001), P(0, 0));
        e = Assert.Throws<SiteInputException>(() => SiteInput.Parse(ring, crs));
        Assert.Contains("第 3 个坐标", e.Message);
        Assert.Contains("第 1 个坐标", Assert.Throws<SiteInputException>(() => SiteInput.ParsePoint("NaN,NaN", crs)).Message);
    }

    [Theory]
    [MemberData(nameof(EverySystemAndValue))]
    public void A_non_finite_number_in_a_geojson_position_is_refused_naming_its_path(string? crs, string value, bool inX)
    {
        // JSON has no NaN or Infinity literal: a number too large for a double (1e400) is its infinity; the literals are a JSON error.
        var (x, y) = ValidPoint(crs);
        var number = value switch { "NaN" or "Infinity" => "1e400", "-Infinity" => "-1e400", _ => value };
        var position = inX ? $"[{number},{y.ToString(CultureInfo.InvariantCulture)}]" : $"[{x.ToString(CultureInfo.InvariantCulture)},{number}]";
        var e = Assert.Throws<SiteInputException>(() => SiteInput.Parse($$"""{"type":"Point","coordinates":{{position}}}""", crs));
        Assert.Contains(inX ? "$.coordinates[0]" : "$.coordinates[1]", e.Message);
        Assert.Contains("有限数值", e.Message);
        var literal = Assert.Throws<SiteInputException>(() => SiteInput.Parse($$"""{"type":"Point","coordinates":[{{value}},35.5]}""", crs));
        Assert.Contains("GeoJSON", literal.Message);
    }

    [Theory]
    [InlineData(4526, double.NaN)]
    [InlineData(4526, double.PositiveInfinity)]
    [InlineData(4526, double.NegativeInfinity)]
    [InlineData(4547, double.NaN)]
    [InlineData(4490, double.NaN)]
    [InlineData(4326, double.PositiveInfinity)]
    public void Reprojection_refuses_a_non_finite_coordinate_with_a_clear_message_instead_of_no_convergence(int epsg, double bad)
    {
        var f = new GeometryFactory();
        var line = f.CreateLineString([new(38_395_000, 3_929_000), new(38_396_000, bad)]);
        var e = Assert.Throws<NonFiniteCoordinateException>(() => CoordinateSystems.ToCgcs2000(line, epsg));
        Assert.Contains("第 2 个顶点", e.Message);
        Assert.Equal(2, e.Vertex);
        Assert.Throws<NonFiniteCoordinateException>(() => CoordinateSystems.ToCgcs2000(bad, 3_929_000, epsg));
        Assert.Throws<NonFiniteCoordinateException>(() => CoordinateSystems.FromCgcs2000(line, 4526));
    }

    public static TheoryData<int, double, bool> ShapefileCases()
    {
        var data = new TheoryData<int, double, bool>();
        foreach (var epsg in new[] { 4490, 4326, 4526, 4547 })
            foreach (var v in new[] { double.NaN, double.PositiveInfinity, double.NegativeInfinity })
            {
                data.Add(epsg, v, true);
                data.Add(epsg, v, false);
            }
        return data;
    }

    /// <summary>A zipped shapefile of two features in <paramref name="epsg"/>: a valid polygon, then one with a non-finite vertex (the 3rd).</summary>
    private static byte[] ShapefileWithBadVertex(int epsg, double bad, bool polygon)
    {
        var valid = CoordinateSystems.FromCgcs2000(Rect(112.85, 35.50, 112.86, 35.51), epsg);
        var c = valid.Coordinates;
        var f = new GeometryFactory();
        Geometry broken = polygon
            ? f.CreatePolygon([c[0], c[1], new Coordinate(c[2].X, bad), c[3], c[0]])
            : f.CreateMultiPointFromCoords([c[0], c[1], new Coordinate(bad, c[2].Y)]);
        // one shape type per file: the valid feature is of the same type
        Geometry first = polygon ? valid : f.CreateMultiPointFromCoords([c[0], c[1]]);
        return ShapefileZip([
            new Feature(first, new AttributesTable(new Dictionary<string, object> { ["NAME"] = "ok" })),
            new Feature(broken, new AttributesTable(new Dictionary<string, object> { ["NAME"] = "bad" })),
        ], epsg);
    }

    [Theory]
    [MemberData(nameof(ShapefileCases))]
    public void A_non_finite_shapefile_vertex_is_refused_naming_feature_and_vertex(int epsg, double bad, bool polygon)
    {
        var zip = ShapefileWithBadVertex(epsg, bad, polygon);
        var e = Assert.Throws<LayerFileException>(() => LayerFileReader.Read("layer.zip", zip));
        Assert.Contains("layer.zip", e.Message);
        Assert.Contains("第 2 个要素", e.Message);
        Assert.Contains("第 3 个顶点", e.Message);
        Assert.Contains("有限数值", e.Message);
        // the same file as a site
        var s = Assert.Throws<SiteInputException>(() => SiteFile.Read("site.zip", zip));
        Assert.Contains("第 2 个要素", s.Message);
    }

    [Fact]
    public void A_geojson_layer_with_an_overflowing_coordinate_is_refused_naming_the_feature()
    {
        var json = """{"type":"FeatureCollection","features":[{"type":"Feature","properties":{},"geometry":{"type":"Point","coordinates":[112.85,35.5]}},{"type":"Feature","properties":{},"geometry":{"type":"LineString","coordinates":[[112.85,35.5],[1e400,35.5]]}}]}""";
        var e = Assert.Throws<LayerFileException>(() => LayerFileReader.Read("layer.geojson", System.Text.Encoding.UTF8.GetBytes(json)));
        Assert.Contains("第 2 个要素", e.Message);
        Assert.Contains("第 2 个顶点", e.Message);
        Assert.Contains("有限数值", e.Message);
    }

    [Fact]
    public void A_site_text_file_with_nan_is_a_site_input_error()
    {
        var e = Assert.Throws<SiteInputException>(() => SiteFile.Read("nan.txt", "NaN,NaN"u8.ToArray(), "EPSG:4526"));
        Assert.Contains("NaN", e.Message);
        Assert.Contains("有限数值", e.Message);
    }
}
