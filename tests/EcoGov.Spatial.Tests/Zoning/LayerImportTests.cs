using System.Text;
using EcoGov.Core.Zoning;
using EcoGov.Spatial.Crs;
using EcoGov.Spatial.Zoning;
using EcoGov.Spatial.Zoning.Import;
using EcoGov.Tests.Shared;
using NetTopologySuite.Features;
using NetTopologySuite.Geometries;
using static EcoGov.Tests.Shared.ZoningLayerFixtures;

namespace EcoGov.Spatial.Tests.Zoning;

public class LayerImportTests
{
    private static LayerValidation ReadUnits(string file, byte[] bytes, int? crs = null, Geometry? boundary = null) =>
        LayerValidator.Validate(LayerFileReader.Read(file, bytes, crs), ZoningLayerKinds.Units, boundary);

    private static void AssertSameVertices(Geometry expected, Geometry actual, double tolerance = 1e-7)
    {
        var e = expected.Coordinates;
        var a = actual.Coordinates;
        Assert.Equal(e.Length, a.Length);
        // Shapefile writers may reorder rings (clockwise outer rings): compare as sets of vertices.
        foreach (var c in e)
            Assert.Contains(a, x => Math.Abs(x.X - c.X) <= tolerance && Math.Abs(x.Y - c.Y) <= tolerance);
    }

    [Theory]
    [InlineData(4526)] // CGCS2000 3-degree GK zone 38, zone number prefixed to the false easting
    [InlineData(4547)] // the same zone without the prefix (CM 114°E)
    public void A_gbk_shapefile_in_gauss_kruger_zone_38_imports_with_names_and_coordinates(int epsg)
    {
        var units = Grid();
        var zip = UnitsShapefileZip(units, epsg);
        var raw = LayerFileReader.Read("units.zip", zip);
        Assert.Equal(epsg, raw.SourceEpsg);
        var v = LayerValidator.Validate(raw, ZoningLayerKinds.Units, GridExtent);
        Assert.False(v.Report.Rejected, string.Join("\n", v.Report.Problems));
        Assert.True(v.Report.Problems.Count == 0, string.Join("\n", v.Report.Problems));
        Assert.Equal(4, v.Features.Count);
        foreach (var u in units)
        {
            var f = Assert.Single(v.Features, x => x.Id == u.Code);
            Assert.Equal(u.Name, f.Name);
            Assert.Equal(u.Class, f.Attribute(UnitFields.Class));
            Assert.Equal(u.County, f.Attribute(UnitFields.County));
            Assert.Equal(CoordinateSystems.Cgcs2000, f.Geometry.SRID);
            AssertSameVertices(u.Geometry, f.Geometry);
        }
    }

    [Theory]
    [InlineData(4526, 38_500_000.0)]
    [InlineData(4547, 500_000.0)]
    public void A_point_on_the_central_meridian_lands_on_114_degrees(int epsg, double easting)
    {
        // Independent of ProjNET round trips: the false easting alone puts the point on 114°E.
        var point = new GeometryFactory().CreatePoint(new Coordinate(easting, 3_900_000));
        var zip = ShapefileZip([new Feature(point, new AttributesTable(new Dictionary<string, object> { ["NAME"] = "水源地" }))], epsg, stem: "water");
        var raw = LayerFileReader.Read("water.zip", zip);
        var g = Assert.Single(raw.Features).Geometry!;
        Assert.Equal(114.0, g.Coordinate.X, 1e-9);
        Assert.InRange(g.Coordinate.Y, 35.2, 35.3);
        Assert.Equal("水源地", raw.Features[0].Attributes["NAME"]);
    }

    [Fact]
    public void A_geojson_in_wgs84_imports_unchanged()
    {
        var v = ReadUnits("units.geojson", UnitsGeoJson(Grid()));
        Assert.Empty(v.Report.Problems);
        foreach (var u in Grid()) AssertSameVertices(u.Geometry, v.Features.Single(f => f.Id == u.Code).Geometry, 1e-12);
        Assert.Equal(CoordinateSystems.Wgs84, LayerFileReader.Read("u.geojson", UnitsGeoJson(Grid())).SourceEpsg);
    }

    [Fact]
    public void A_geojson_with_a_legacy_crs_member_in_zone_38_is_reprojected()
    {
        var raw = LayerFileReader.Read("units.geojson", UnitsGeoJson(Grid(), epsg: 4526));
        Assert.Equal(4526, raw.SourceEpsg);
        foreach (var u in Grid()) AssertSameVertices(u.Geometry, raw.Features.Single(f => f.Attributes["code"] == u.Code).Geometry!);
    }

    [Theory]
    [InlineData("""{"type":1,"features":[]}""", "FeatureCollection")]
    [InlineData("""{"type":"FeatureCollection","features":[{"type":1,"properties":{},"geometry":null}]}""", "第 1 个要素")]
    [InlineData("""{"type":"FeatureCollection","features":[{"type":"Feature","geometry":null},{"type":["Feature"],"geometry":null}]}""", "第 2 个要素")]
    [InlineData("""{"type":"FeatureCollection","crs":{"type":"name","properties":{"name":4526}},"features":[]}""", "crs")]
    [InlineData("""{"type":"FeatureCollection","crs":{"type":"name","properties":"EPSG:4526"},"features":[]}""", "crs")]
    public void Geojson_members_of_the_wrong_json_kind_are_rejected_naming_the_file_and_feature(string json, string expected)
    {
        var e = Assert.Throws<LayerFileException>(() => LayerFileReader.Read("bad.geojson", System.Text.Encoding.UTF8.GetBytes(json)));
        Assert.Contains("bad.geojson", e.Message);
        Assert.Contains(expected, e.Message);
    }

    [Fact]
    public void A_cpg_saying_utf8_overrides_gbk_and_without_it_utf8_text_is_garbled()
    {
        var withCpg = ReadUnits("u.zip", UnitsShapefileZip(Grid(), 4526, dbfEncoding: new UTF8Encoding(false), cpg: "UTF-8"));
        Assert.Equal("城区西北优先保护单元", withCpg.Features.Single(f => f.Id == "ZH14050210001").Name);
        var raw = LayerFileReader.Read("u.zip", UnitsShapefileZip(Grid(), 4526, dbfEncoding: new UTF8Encoding(false)));
        Assert.NotEqual("城区西北优先保护单元", raw.Features[0].Attributes["HJGKDYMC"]);
    }

    [Fact]
    public void A_shapefile_in_one_top_folder_is_accepted()
    {
        var v = ReadUnits("u.zip", UnitsShapefileZip(Grid(), 4547, folder: "晋城单元"));
        Assert.Equal(4, v.Features.Count);
    }

    [Fact]
    public void No_prj_requires_crs()
    {
        var zip = UnitsShapefileZip(Grid(), 4526, withPrj: false);
        var e = Assert.Throws<LayerFileException>(() => LayerFileReader.Read("units.zip", zip));
        Assert.Contains("--crs", e.Message);
        Assert.Contains("units.zip", e.Message);
        Assert.Equal(4526, LayerFileReader.Read("units.zip", zip, 4526).SourceEpsg);
    }

    [Fact]
    public void A_prj_naming_an_unsupported_system_is_rejected_and_crs_must_agree_with_the_prj()
    {
        const string xian80 = "PROJCS[\"Xian_1980_3_Degree_GK_Zone_38\",GEOGCS[\"GCS_Xian_1980\",DATUM[\"D_Xian_1980\",SPHEROID[\"Xian_1980\",6378140.0,298.257]]," +
                              "PRIMEM[\"Greenwich\",0.0],UNIT[\"Degree\",0.0174532925199433]],PROJECTION[\"Gauss_Kruger\"],PARAMETER[\"False_Easting\",38500000.0]," +
                              "PARAMETER[\"False_Northing\",0.0],PARAMETER[\"Central_Meridian\",114.0],PARAMETER[\"Scale_Factor\",1.0],PARAMETER[\"Latitude_Of_Origin\",0.0],UNIT[\"Meter\",1.0]]";
        var e = Assert.Throws<LayerFileException>(() => LayerFileReader.Read("x.zip", UnitsShapefileZip(Grid(), 4526, prjText: xian80)));
        Assert.Contains(".prj", e.Message);
        Assert.Throws<LayerFileException>(() => LayerFileReader.Read("x.zip", UnitsShapefileZip(Grid(), 4526), 4547));
    }

    [Theory]
    [InlineData("PROJCS[\"CGCS2000_3_Degree_GK_Zone_38\",GEOGCS[\"GCS_China_Geodetic_Coordinate_System_2000\",DATUM[\"D_China_2000\",SPHEROID[\"CGCS2000\",6378137.0,298.257222101]],PRIMEM[\"Greenwich\",0.0],UNIT[\"Degree\",0.0174532925199433]],PROJECTION[\"Gauss_Kruger\"],PARAMETER[\"False_Easting\",38500000.0],PARAMETER[\"False_Northing\",0.0],PARAMETER[\"Central_Meridian\",114.0],PARAMETER[\"Scale_Factor\",1.0],PARAMETER[\"Latitude_Of_Origin\",0.0],UNIT[\"Meter\",1.0]]", 4526)]
    [InlineData("PROJCS[\"CGCS2000_3_Degree_GK_CM_111E\",GEOGCS[\"GCS_China_Geodetic_Coordinate_System_2000\",DATUM[\"D_China_2000\",SPHEROID[\"CGCS2000\",6378137.0,298.257222101]],PRIMEM[\"Greenwich\",0.0],UNIT[\"Degree\",0.0174532925199433]],PROJECTION[\"Gauss_Kruger\"],PARAMETER[\"False_Easting\",500000.0],PARAMETER[\"False_Northing\",0.0],PARAMETER[\"Central_Meridian\",111.0],PARAMETER[\"Scale_Factor\",1.0],PARAMETER[\"Latitude_Of_Origin\",0.0],UNIT[\"Meter\",1.0]]", 4546)]
    [InlineData("GEOGCS[\"GCS_China_Geodetic_Coordinate_System_2000\",DATUM[\"D_China_2000\",SPHEROID[\"CGCS2000\",6378137.0,298.257222101]],PRIMEM[\"Greenwich\",0.0],UNIT[\"Degree\",0.0174532925199433]]", 4490)]
    [InlineData("GEOGCS[\"GCS_WGS_1984\",DATUM[\"D_WGS_1984\",SPHEROID[\"WGS_1984\",6378137.0,298.257223563]],PRIMEM[\"Greenwich\",0.0],UNIT[\"Degree\",0.0174532925199433]]", 4326)]
    public void Esri_prj_texts_are_recognised_by_their_parameters(string wkt, int epsg)
    {
        Assert.Equal(epsg, PrjRecognizer.Recognize(wkt, out var reason));
        Assert.Null(reason);
    }

    [Fact]
    public void Every_supported_gauss_kruger_wkt_round_trips_through_the_recogniser()
    {
        for (var epsg = 4513; epsg <= 4554; epsg++)
            Assert.Equal(epsg, PrjRecognizer.Recognize(CoordinateSystems.Wkt(CoordinateSystems.Get(epsg)), out _));
    }

    [Fact]
    public void A_zip_bomb_is_rejected()
    {
        var e = Assert.Throws<LayerFileException>(() => LayerFileReader.Read("bomb.zip", ZipBomb()));
        Assert.Contains("压缩比", e.Message);
    }

    [Theory]
    [InlineData("../evil.shp")]
    [InlineData("/etc/evil.shp")]
    [InlineData("a/b/evil.shp")]
    [InlineData("..\\evil.shp")]
    [InlineData("C:evil.shp")]
    public void An_entry_name_with_a_path_is_rejected(string name)
    {
        var zip = Zip([(name, new byte[10]), ("units.shx", new byte[10]), ("units.dbf", new byte[10])]);
        var e = Assert.Throws<LayerFileException>(() => LayerFileReader.Read("evil.zip", zip));
        Assert.Contains(name, e.Message);
    }

    [Fact]
    public void Too_many_entries_and_an_oversized_upload_are_rejected()
    {
        var many = Zip(Enumerable.Range(0, 70).Select(i => ($"f{i}.txt", new byte[1])));
        Assert.Throws<LayerFileException>(() => LayerFileReader.Read("many.zip", many));
        var small = new LayerUploadBounds(MaxUploadBytes: 100);
        Assert.Throws<LayerFileException>(() => LayerFileReader.Read("u.zip", UnitsShapefileZip(Grid(), 4526), bounds: small));
    }

    [Fact]
    public void A_small_self_intersection_is_repaired_and_reported_with_its_feature_id()
    {
        var units = Grid();
        units[0] = units[0] with { Geometry = SmallBowTie(112.80, 35.51, 0.01) };
        var v = ReadUnits("u.geojson", UnitsGeoJson(units));
        Assert.False(v.Report.Rejected);
        var p = Assert.Single(v.Report.Problems, x => x.Kind == "geometry-repaired");
        Assert.Equal("ZH14050210001", p.FeatureId);
        Assert.Equal("geometry", p.Field);
        Assert.True(v.Features.Single(f => f.Id == "ZH14050210001").Geometry.IsValid);
    }

    [Fact]
    public void A_bow_tie_whose_repair_changes_the_area_is_rejected_with_its_feature_id()
    {
        var units = Grid();
        units[2] = units[2] with { Geometry = SymmetricBowTie(112.80, 35.50, 0.01) };
        var v = ReadUnits("u.geojson", UnitsGeoJson(units));
        Assert.True(v.Report.Rejected);
        var p = Assert.Single(v.Report.Problems, x => x.Severity == LayerProblemSeverity.Error);
        Assert.Equal(("invalid-geometry", "ZH14050220001", 3), (p.Kind, p.FeatureId, p.FeatureNumber));
    }

    [Fact]
    public void Overlaps_and_gaps_are_reported_with_their_area()
    {
        var units = Grid();
        // Unit 2 grows 0.002° west into unit 1; unit 4 shrinks 0.002° from the east: a strip of the extent is uncovered.
        units[1] = units[1] with { Geometry = Rect(112.818, 35.51, 112.84, 35.52) };
        units[3] = units[3] with { Geometry = Rect(112.82, 35.50, 112.838, 35.51) };
        var v = ReadUnits("u.geojson", UnitsGeoJson(units), boundary: GridExtent);
        Assert.False(v.Report.Rejected);
        var frame = MetricFrame.For(GridExtent);
        var overlap = Assert.Single(v.Report.Problems, p => p.Kind == "overlap");
        var sliver = frame.Area(Rect(112.818, 35.51, 112.82, 35.52));
        Assert.Equal(sliver, overlap.AreaM2!.Value, sliver * 1e-4);
        Assert.InRange(overlap.AreaM2.Value, 190_000, 210_000); // about 181 m × 1,110 m
        Assert.Contains("ZH14050210002", overlap.Message + overlap.FeatureId);
        var gap = Assert.Single(v.Report.Problems, p => p.Kind == "gap");
        // Same strip, measured the other way (edges straight in the projection vs curved meridians, and the thin
        // sliver along the rest of the east edge that joins the strip): agreement within 0.05 %.
        var strip = frame.Area(Rect(112.838, 35.50, 112.84, 35.51));
        Assert.Equal(strip, gap.AreaM2!.Value, strip * 5e-4);
        Assert.All(v.Report.Problems, p => Assert.Equal(LayerProblemSeverity.Warning, p.Severity));
    }

    [Fact]
    public void A_code_disagreeing_with_class_or_county_is_a_warning_not_a_rejection()
    {
        var units = Grid();
        units[0] = units[0] with { Class = Key };                 // code says 1 (priority)
        units[1] = units[1] with { County = "140521" };           // code says 140502
        units[2] = units[2] with { Code = "JC-0001" };            // not ZH + 11 digits
        var v = ReadUnits("u.geojson", UnitsGeoJson(units));
        Assert.False(v.Report.Rejected);
        Assert.Equal(4, v.Features.Count);
        Assert.Contains(v.Report.Problems, p => p is { Kind: "code-class-mismatch", FeatureId: "ZH14050210001", Field: UnitFields.Class });
        Assert.Contains(v.Report.Problems, p => p is { Kind: "code-county-mismatch", FeatureId: "ZH14050210002", Field: UnitFields.County });
        Assert.Contains(v.Report.Problems, p => p is { Kind: "code-format", FeatureId: "JC-0001", Field: UnitFields.Code });
    }

    [Fact]
    public void Missing_attributes_unknown_class_and_duplicate_codes_reject_the_file_naming_feature_and_field()
    {
        var units = Grid();
        units[1] = units[1] with { Class = "" };
        units[2] = units[2] with { Class = "禁止开发区" };
        units[3] = units[3] with { Code = units[0].Code };
        var v = ReadUnits("u.geojson", UnitsGeoJson(units));
        Assert.True(v.Report.Rejected);
        Assert.Contains(v.Report.Problems, p => p is { Kind: "missing-attribute", FeatureId: "ZH14050210002", Field: UnitFields.Class, FeatureNumber: 2 });
        Assert.Contains(v.Report.Problems, p => p is { Kind: "unknown-class", FeatureId: "ZH14050220001", Field: UnitFields.Class });
        Assert.Contains(v.Report.Problems, p => p is { Kind: "duplicate-code", FeatureId: "ZH14050210001", FeatureNumber: 4 });
    }

    [Fact]
    public void Chinese_field_names_and_class_digits_map_to_the_standard_fields()
    {
        var source = new Dictionary<string, string?>
        {
            ["单元编码"] = "ZH14052110001",
            ["单元名称"] = "沁水县优先保护单元",
            ["管控类别"] = "1",
            ["县区代码"] = "140521",
            ["面积"] = "12.5",
        };
        var raw = new RawLayer("u.geojson", "geojson", CoordinateSystems.Cgcs2000, [new RawLayerFeature(1, source, null)], null, null);
        var attrs = LayerColumnDetector.Apply(LayerColumnDetector.Detect(raw), source, null);
        Assert.Equal("ZH14052110001", attrs[UnitFields.Code]);
        Assert.Equal("沁水县优先保护单元", attrs[UnitFields.Name]);
        Assert.Equal(Priority, attrs[UnitFields.Class]);
        Assert.Equal("140521", attrs[UnitFields.County]);
        Assert.Equal("12.5", attrs["面积"]);
    }

    [Fact]
    public void Projected_coordinates_read_as_degrees_are_rejected_as_out_of_extent()
    {
        // A projected GeoJSON without a crs member: the numbers are metres, not degrees.
        var metres = UnitsGeoJson(Grid(), epsg: 4547);
        var text = Encoding.UTF8.GetString(metres);
        text = text[..text.IndexOf(",\"crs\"", StringComparison.Ordinal)] + text[(text.IndexOf("}}", text.IndexOf(",\"crs\"", StringComparison.Ordinal), StringComparison.Ordinal) + 2)..];
        var v = ReadUnits("u.geojson", Encoding.UTF8.GetBytes(text));
        Assert.True(v.Report.Rejected);
        Assert.Contains(v.Report.Problems, p => p.Kind == "out-of-extent");
    }

    [Fact]
    public void A_line_in_a_polygon_layer_is_rejected()
    {
        var line = Factory.CreateLineString([new(112.8, 35.5), new(112.9, 35.6)]);
        var raw = LayerFileReader.Read("p.geojson", GeoJson([(line, new Dictionary<string, string?> { ["name"] = "园区" })]));
        var v = LayerValidator.Validate(raw, ZoningLayerKinds.Parks);
        Assert.Contains(v.Report.Problems, p => p is { Kind: "geometry-type", FeatureId: "#1" });
    }
}

public class ShapefileFieldTests
{
    [Fact]
    public void Chinese_field_names_in_a_gbk_dbf_are_decoded_and_mapped()
    {
        var u = Grid()[0];
        var feature = new Feature(CoordinateSystems.FromCgcs2000(u.Geometry, 4526), new AttributesTable(new Dictionary<string, object>
        {
            ["单元编码"] = u.Code,
            ["单元名称"] = u.Name,
            ["管控类别"] = u.Class,
            ["县区代码"] = u.County,
        }));
        var raw = LayerFileReader.Read("cn.zip", ShapefileZip([feature], 4526, stem: "管控单元"));
        var v = LayerValidator.Validate(raw, ZoningLayerKinds.Units);
        Assert.False(v.Report.Rejected, string.Join("\n", v.Report.Problems));
        var f = Assert.Single(v.Features);
        Assert.Equal((u.Code, u.Name, u.Class, u.County), (f.Id, f.Name, f.Attribute(UnitFields.Class), f.Attribute(UnitFields.County)));
    }

    [Fact]
    public void A_self_intersecting_ring_in_a_shapefile_is_repaired_and_reported()
    {
        var units = Grid();
        units[3] = units[3] with { Geometry = SmallBowTie(112.82, 35.50, 0.01) };
        var v = LayerValidator.Validate(LayerFileReader.Read("u.zip", UnitsShapefileZip(units, 4547)), ZoningLayerKinds.Units);
        Assert.False(v.Report.Rejected, string.Join("\n", v.Report.Problems));
        Assert.Contains(v.Report.Problems, p => p is { Kind: "geometry-repaired", FeatureId: "ZH14050230001", FeatureNumber: 4 });
    }

    [Fact]
    public void A_bow_tie_in_a_shapefile_is_rejected_with_its_feature_id_not_an_exception()
    {
        var units = Grid();
        units[0] = units[0] with { Geometry = SymmetricBowTie(112.80, 35.51, 0.01) };
        var v = LayerValidator.Validate(LayerFileReader.Read("u.zip", UnitsShapefileZip(units, 4526)), ZoningLayerKinds.Units);
        Assert.True(v.Report.Rejected);
        Assert.Contains(v.Report.Problems, p => p.Severity == LayerProblemSeverity.Error && p.FeatureId == "ZH14050210001");
    }

    [Fact]
    public void A_multipolygon_unit_with_a_hole_survives_the_shapefile_in_zone_38()
    {
        var outer = Rect(112.80, 35.50, 112.82, 35.52);
        var hole = Rect(112.805, 35.505, 112.815, 35.515);
        var withHole = Factory.CreatePolygon((LinearRing)outer.ExteriorRing, [(LinearRing)hole.ExteriorRing]);
        var multi = Factory.CreateMultiPolygon([withHole, Rect(112.83, 35.50, 112.84, 35.51)]);
        var unit = new FixtureUnit("ZH14050210001", "飞地单元", Priority, "140502", multi);
        var v = LayerValidator.Validate(LayerFileReader.Read("u.zip", UnitsShapefileZip([unit], 4526)), ZoningLayerKinds.Units);
        Assert.Empty(v.Report.Problems);
        var g = Assert.Single(v.Features).Geometry;
        Assert.Equal(2, g.NumGeometries);
        var frame = MetricFrame.For(multi);
        Assert.Equal(frame.Area(multi), frame.Area(g), frame.Area(multi) * 1e-9);
        Assert.False(g.Covers(Factory.CreatePoint(new Coordinate(112.81, 35.51))));
    }
}
