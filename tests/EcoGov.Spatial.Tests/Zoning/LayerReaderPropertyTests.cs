using System.Globalization;
using EcoGov.Core.Zoning;
using System.IO.Compression;
using System.Text;
using EcoGov.Spatial.Crs;
using EcoGov.Spatial.Zoning;
using EcoGov.Spatial.Zoning.Assessment;
using EcoGov.Spatial.Zoning.Import;
using EcoGov.Tests.Shared;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using static EcoGov.Tests.Shared.ZoningLayerFixtures;

namespace EcoGov.Spatial.Tests.Zoning;

/// <summary>
/// Property tests of the zoning readers (issue "Production", item 8): a zipped shapefile with one of its files mutated
/// (.shp, .shx, .dbf, .prj — so a wrong .prj too), a GeoJSON layer mutated as text, random rings (self-intersecting
/// ones included) and mutated site text give a layer or site, or a typed rejection (<see cref="LayerFileException"/>,
/// <see cref="SiteInputException"/>) — never another exception — and a layer that was read validates without throwing,
/// its accepted features valid. Small inputs, a fixed number of cases and fixed seeds (Replay): seconds in CI.
/// </summary>
[Trait("Category", "Probe")]
public sealed class LayerReaderPropertyTests
{
    private static readonly IReadOnlySet<string> Counties = new HashSet<string> { "140500", "140502" };

    private static readonly byte[] ValidZip = UnitsShapefileZip(Grid(), 4526);
    private static readonly byte[] ValidGeoJson = UnitsGeoJson(Grid());

    /// <summary>The entries of the valid zip: name and bytes.</summary>
    private static readonly (string Name, byte[] Bytes)[] Entries = ReadEntries(ValidZip);

    private static (string, byte[])[] ReadEntries(byte[] zip)
    {
        using var archive = new ZipArchive(new MemoryStream(zip), ZipArchiveMode.Read);
        return [.. archive.Entries.Select(e =>
        {
            using var s = e.Open();
            using var m = new MemoryStream();
            s.CopyTo(m);
            return (e.FullName, m.ToArray());
        })];
    }

    private static readonly string[] Fragments =
    [
        "{", "}", "[", "]", ",", ":", "\"", "null", "true", "0", "-1", "1e400", "-1e-400", "NaN", "Infinity", "1.7976931348623157E+308",
        "\"type\":\"Polygon\"", "\"type\":\"MultiPolygon\"", "\"type\":\"Point\"", "\"coordinates\":[]", "\"coordinates\":[[[0,0],[1,1],[1,0],[0,1],[0,0]]]",
        "\"crs\":{\"type\":\"name\",\"properties\":{\"name\":\"EPSG:3857\"}}", "\"crs\":{\"type\":\"name\",\"properties\":{\"name\":\"urn:ogc:def:crs:EPSG::4526\"}}",
        "[[[[[[[[[[", "]]]]]]]]]]", "\u0000", "\uFEFF", "城区", "'; DROP TABLE zoning_features; --", "<script>alert(1)</script>",
        "PROJCS[\"x\",GEOGCS[\"y\"]]", "GEOGCS[\"WGS 84\",DATUM[\"WGS_1984\",SPHEROID[\"WGS 84\",6378137,298.257223563]],PRIMEM[\"Greenwich\",0],UNIT[\"degree\",0.0174532925199433]]",
        "UNIT[\"Meter\",1]", "PARAMETER[\"central_meridian\",999]",
    ];

    private static Gen<byte> AnyByte => Gen.Choose(0, 255).Select(i => (byte)i);

    private static Gen<(int Kind, double At, byte[] Bytes)> Edit =>
        from kind in Gen.Choose(0, 2)
        from at in Gen.Choose(0, 10_000).Select(i => i / 10_000.0)
        from bytes in Gen.OneOf(Gen.Elements(Fragments).Select(f => Encoding.UTF8.GetBytes(f)), Gen.Choose(1, 8).SelectMany(n => Gen.ArrayOf(AnyByte, n)),
            Gen.Elements<byte[]>([[0xFF, 0xFF, 0xFF, 0x7F], [0, 0, 0, 0], [0x80, 0, 0, 0], [0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xEF, 0x7F]]))
        select (kind, at, bytes);

    private static byte[] Apply(byte[] file, (int Kind, double At, byte[] Bytes)[] edits)
    {
        var list = new List<byte>(file);
        foreach (var (kind, at, bytes) in edits)
        {
            var i = (int)(at * list.Count);
            switch (kind)
            {
                case 0: list.InsertRange(i, bytes); break;
                case 1: list.RemoveRange(i, Math.Min(bytes.Length, list.Count - i)); break;
                default: for (var k = 0; k < bytes.Length && i + k < list.Count; k++) list[i + k] = bytes[k]; break;
            }
        }
        return [.. list];
    }

    /// <summary>The valid shapefile zip with one entry edited (or dropped, or the zip itself edited).</summary>
    private static Gen<byte[]> MutatedZip =>
        from entry in Gen.Choose(-1, Entries.Length - 1)
        from edits in Gen.Choose(1, 6).SelectMany(n => Gen.ArrayOf(Edit, n))
        from drop in Gen.Frequency((9, Gen.Constant(false)), (1, Gen.Constant(true)))
        select entry < 0
            ? Apply(ValidZip, edits)
            : Zip(Entries.Where((e, i) => !(drop && i == entry)).Select((e, i) => (e.Name, i == entry && !drop ? Apply(e.Bytes, edits) : e.Bytes)));

    private static Gen<byte[]> MutatedGeoJson => Gen.Choose(1, 8).SelectMany(n => Gen.ArrayOf(Edit, n)).Select(edits => Apply(ValidGeoJson, edits));

    /// <summary>Reads and, when read, validates; true when the outcome is a layer (validated without throwing, accepted features valid) or a LayerFileException naming the file.</summary>
    private static bool LayerOrRejection(string fileName, byte[] bytes, int? crs = null)
    {
        RawLayer raw;
        try
        {
            raw = LayerFileReader.Read(fileName, bytes, crs);
        }
        catch (LayerFileException e)
        {
            return e.Message.Contains(fileName, StringComparison.Ordinal) || e.Message.Contains("EPSG", StringComparison.Ordinal);
        }
        var validation = LayerValidator.Validate(raw, ZoningLayerKinds.Units, GridExtent, Counties);
        return validation.Report.Rejected || validation.Features.All(f => f.Geometry.IsValid && !f.Geometry.IsEmpty);
    }

    [Property(MaxTest = 250, Replay = "(20261205,2001)")]
    public Property A_mutated_shapefile_zip_is_a_layer_or_a_rejection() =>
        Prop.ForAll(MutatedZip.ToArbitrary(), bytes => LayerOrRejection("units.zip", bytes));

    [Property(MaxTest = 250, Replay = "(20261205,2003)")]
    public Property A_mutated_geojson_layer_is_a_layer_or_a_rejection() =>
        Prop.ForAll(MutatedGeoJson.ToArbitrary(), bytes => LayerOrRejection("units.geojson", bytes));

    /// <summary>A ring of 3–12 random vertices in the grid's extent, closed: often self-intersecting.</summary>
    private static Gen<string> RandomRing =>
        Gen.Choose(3, 12).SelectMany(n => Gen.ArrayOf(Gen.Choose(0, 1000).Two(), n)).Select(points =>
        {
            var coords = points.Select(p => string.Create(CultureInfo.InvariantCulture, $"[{112.80 + p.Item1 * 0.00004},{35.50 + p.Item2 * 0.00002}]")).ToList();
            coords.Add(coords[0]);
            return "[" + string.Join(",", coords) + "]";
        });

    [Property(MaxTest = 200, Replay = "(20261205,2005)")]
    public Property Random_rings_self_intersecting_or_not_are_repaired_or_refused_never_stored_invalid() =>
        Prop.ForAll(Gen.Choose(1, 4).SelectMany(n => Gen.ArrayOf(RandomRing, n)).ToArbitrary(), rings =>
        {
            var features = rings.Select((r, i) => string.Create(CultureInfo.InvariantCulture,
                $"{{\"type\":\"Feature\",\"geometry\":{{\"type\":\"Polygon\",\"coordinates\":[{r}]}},\"properties\":{{\"code\":\"ZH1405022000{i}\",\"name\":\"单元{i}\",\"class\":\"{Key}\",\"countyCode\":\"140502\"}}}}"));
            var json = "{\"type\":\"FeatureCollection\",\"features\":[" + string.Join(",", features) + "]}";
            return LayerOrRejection("rings.geojson", Encoding.UTF8.GetBytes(json));
        });

    private static readonly string[] SiteTexts =
    [
        "112.85,35.50", "112.85,35.50;112.86,35.50;112.86,35.51;112.85,35.50", "POINT (112.85 35.5)", "POLYGON ((112.85 35.5, 112.86 35.5, 112.86 35.51, 112.85 35.5))",
        """{"type":"Point","coordinates":[112.85,35.5]}""", """{"type":"Polygon","coordinates":[[[112.85,35.5],[112.86,35.51],[112.86,35.5],[112.85,35.51],[112.85,35.5]]]}""",
    ];

    private static readonly string?[] Crs = [null, "EPSG:4490", "EPSG:4526", "EPSG:3857", "GCJ-02", "EPSG:999999", "garbage"];

    [Property(MaxTest = 300, Replay = "(20261205,2007)")]
    public Property Mutated_site_text_is_a_site_or_a_site_input_rejection() =>
        Prop.ForAll((from text in Gen.Elements(SiteTexts)
                     from edits in Gen.Choose(0, 5).SelectMany(n => Gen.ArrayOf(Edit, n))
                     from crs in Gen.Elements(Crs)
                     select (Text: Encoding.UTF8.GetString(Apply(Encoding.UTF8.GetBytes(text), edits)), Crs: crs)).ToArbitrary(), input =>
        {
            try
            {
                var site = SiteInput.Parse(input.Text, input.Crs);
                return !site.Geometry.IsEmpty && site.Geometry.Coordinates.All(c => double.IsFinite(c.X) && double.IsFinite(c.Y));
            }
            catch (SiteInputException e)
            {
                return e.Message.Length is > 0 and < 2_000;
            }
            catch (UnsupportedCrsException)
            {
                return input.Crs is "EPSG:999999" or "garbage" or "EPSG:3857";
            }
        });

    [Property(MaxTest = 150, Replay = "(20261205,2009)")]
    public Property A_mutated_site_file_is_a_site_or_a_rejection() =>
        Prop.ForAll(Gen.OneOf(MutatedZip.Select(b => ("site.zip", b)), MutatedGeoJson.Select(b => ("site.geojson", b))).ToArbitrary(), input =>
        {
            try
            {
                var site = SiteFile.Read(input.Item1, input.Item2);
                return !site.Geometry.IsEmpty;
            }
            catch (Exception e) when (e is SiteInputException or LayerFileException)
            {
                return e.Message.Length is > 0 and < 4_000;
            }
        });

    /// <summary>Found by the properties: positions of two and three numbers in one ring made the coverage check throw.</summary>
    [Fact]
    public void A_ring_mixing_two_and_three_dimensional_positions_is_read_flat_and_validated()
    {
        var json = $$$"""{"type":"FeatureCollection","features":[{"type":"Feature","geometry":{"type":"Polygon","coordinates":[[[112.80,35.50],[112.82,35.50,7],[112.82,35.52],[112.80,35.52,1,2],[112.80,35.50]]]},"properties":{"code":"ZH14050220001","name":"单元","class":"{{{Key}}}","countyCode":"140502"}},{"type":"Feature","geometry":{"type":"Polygon","coordinates":[[[112.81,35.50,3],[112.84,35.50],[112.84,35.52],[112.81,35.52],[112.81,35.50,3]]]},"properties":{"code":"ZH14050220002","name":"单元","class":"{{{Key}}}","countyCode":"140502"}}]}""";
        var raw = LayerFileReader.Read("mixed.geojson", Encoding.UTF8.GetBytes(json));
        Assert.All(raw.Features, f => Assert.All(f.Geometry!.Coordinates, c => Assert.Equal(typeof(NetTopologySuite.Geometries.Coordinate), c.GetType())));
        var validation = LayerValidator.Validate(raw, ZoningLayerKinds.Units, GridExtent, Counties);
        Assert.Contains(validation.Report.Problems, p => p.Kind.Contains("overlap", StringComparison.Ordinal));
    }

    /// <summary>Found by the properties: a string with bytes that are not UTF-8 passed the JSON parser and failed when read.</summary>
    [Fact]
    public void A_geojson_with_bytes_that_are_not_utf8_is_refused_as_such()
    {
        var bytes = Encoding.UTF8.GetBytes("""{"type":"FeatureCollection","features":[{"type":"Feature","geometry":null,"properties":{"name":"AB"}}]}""");
        bytes[Array.IndexOf(bytes, (byte)'A')] = 0xFF;
        var e = Assert.Throws<LayerFileException>(() => LayerFileReader.Read("bad.geojson", bytes));
        Assert.Contains("UTF-8", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_unedited_inputs_are_read_and_valid()
    {
        Assert.True(LayerOrRejection("units.zip", ValidZip));
        Assert.Equal(4, LayerFileReader.Read("units.zip", ValidZip).Features.Count);
        Assert.Equal(4, LayerFileReader.Read("units.geojson", ValidGeoJson).Features.Count);
        Assert.Equal(4, Entries.Length);
    }
}
