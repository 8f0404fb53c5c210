using System.IO.Compression;
using EcoGov.Spatial.Crs;
using EcoGov.Spatial.Zoning;
using EcoGov.Spatial.Zoning.Assessment;
using EcoGov.Spatial.Zoning.Import;
using NetTopologySuite.Features;
using NetTopologySuite.Geometries;
using static EcoGov.Tests.Shared.ZoningLayerFixtures;

namespace EcoGov.Spatial.Tests.Zoning;

/// <summary>
/// Small uploads that expand to a lot (defect "small uploads, large memory"): limits per purpose, streaming reads that
/// stop at the first structural error, memory per read bounded — measured.
/// </summary>
[Trait("Category", "Probe")]
public class UploadBoundsTests
{
    /// <summary>
    /// Managed bytes allocated by <paramref name="read"/> on this thread. GC.GetAllocatedBytesForCurrentThread counts
    /// every allocation the calling thread makes — the readers are synchronous, so all of theirs — and nothing of the
    /// other tests running in parallel in this shared process (which a process-wide figure such as the peak working set
    /// or GC.GetTotalAllocatedBytes would include). Allocated bytes are an upper bound on the heap growth the call can
    /// cause. zlib's native buffers are not counted; they are a fixed few hundred kilobytes per open entry.
    /// </summary>
    private static (T Result, long Allocated) Measure<T>(Func<T> read)
    {
        var before = GC.GetAllocatedBytesForCurrentThread();
        var result = read();
        return (result, GC.GetAllocatedBytesForCurrentThread() - before);
    }

    private const long Loose = 300L * 1024 * 1024;

    private static readonly Lazy<byte[]> Probe = new(() => ExpandingShapefileZip());

    [Fact]
    public void The_probe_is_small_expands_121_to_1_and_is_inside_the_layer_bounds()
    {
        var zip = Probe.Value;
        Assert.InRange(zip.Length, 1_000_000, 10_000_000);
        using var archive = new ZipArchive(new MemoryStream(zip));
        var shp = archive.GetEntry("units.shp")!;
        Assert.Equal(299L << 20, shp.Length);
        Assert.InRange((double)shp.Length / shp.CompressedLength, 100, LayerUploadBounds.Layer.MaxCompressionRatio);
        Assert.InRange(archive.Entries.Sum(e => e.Length), 400L << 20, LayerUploadBounds.Layer.MaxUncompressedBytes);
    }

    [Fact]
    public void A_layer_whose_shp_header_declares_another_length_is_refused_at_the_header_without_expanding_the_zip()
    {
        // Before: every entry was read into a MemoryStream and copied out (≈ 1.9 GB allocated, RSS 267 MB → 1.5 GB)
        // before NTS answered "Invalid shapefile format".
        var zip = Probe.Value;
        var (e, allocated) = Measure(() => Assert.Throws<LayerFileException>(() => LayerFileReader.Read("units.zip", zip)));
        Assert.Contains("units.shp", e.Message);
        Assert.Contains("声明长度 108 字节，实际 313524224 字节", e.Message);
        Assert.True(allocated < Loose, $"allocated {allocated / 1e6:0} MB");
    }

    [Fact]
    public void The_same_zip_as_a_site_is_refused_by_the_site_bound_from_the_zip_directory()
    {
        // Before: 2.2 GB on the assessment page for a file meant to be at most 20 MB. A site zip expands to ≤ 20 MB.
        var zip = Probe.Value;
        var (e, allocated) = Measure(() => Assert.Throws<SiteInputException>(() => SiteFile.Read("site.zip", zip)));
        Assert.Contains("超过 20 MB", e.Message);
        Assert.Contains("units.shp", e.Message);
        Assert.True(allocated < Loose, $"allocated {allocated / 1e6:0} MB");
        Assert.Equal(ZoningInputLimits.SiteUncompressedBytes, LayerUploadBounds.Site.MaxUncompressedBytes);
        Assert.True(LayerUploadBounds.Site.MaxUncompressedBytes < LayerUploadBounds.Layer.MaxUncompressedBytes);
    }

    [Fact]
    public void A_consistent_shp_header_over_zeros_stops_at_the_first_record()
    {
        // The header agrees with the entry and the .shx/.dbf count one record: the first record header (zeros) is
        // the first error, found after decompressing one block of the 299 MiB.
        var zip = ExpandingShapefileZip(shpBytes: 299L << 20, dbfBytes: 34, declaredShpBytes: 299L << 20, dbfRecords: 1, shxRecords: 1);
        var (e, allocated) = Measure(() => Assert.Throws<LayerFileException>(() => LayerFileReader.Read("units.zip", zip)));
        Assert.Contains("第 1 条记录（偏移 100）的记录号为 0", e.Message);
        Assert.True(allocated < Loose, $"allocated {allocated / 1e6:0} MB");
    }

    [Fact]
    public void A_dbf_whose_header_disagrees_with_its_length_or_the_shx_is_refused_before_reading_records()
    {
        var lying = ExpandingShapefileZip(shpBytes: 100, dbfBytes: 199L << 20, declaredShpBytes: 100, dbfRecords: 5);
        var (e, allocated) = Measure(() => Assert.Throws<LayerFileException>(() => LayerFileReader.Read("units.zip", lying)));
        Assert.Contains("units.dbf", e.Message);
        Assert.Contains("实际 208666624 字节", e.Message);
        Assert.True(allocated < Loose, $"allocated {allocated / 1e6:0} MB");

        // A consistent .dbf of 208 million one-byte records against a .shx of none.
        var many = ExpandingShapefileZip(shpBytes: 100, dbfBytes: 199L << 20, declaredShpBytes: 100, dbfRecords: (199L << 20) - 33);
        (e, allocated) = Measure(() => Assert.Throws<LayerFileException>(() => LayerFileReader.Read("units.zip", many)));
        Assert.Contains("units.dbf 有 208666591 条记录，units.shx 索引 0 条", e.Message);
        Assert.True(allocated < Loose, $"allocated {allocated / 1e6:0} MB");
    }

    private static IFeature Feature(Geometry g, string name) => new Feature(g, new AttributesTable(new Dictionary<string, object> { ["NAME"] = name }));

    /// <summary>The .shp (and .prj) of one shapefile with the .shx and .dbf of another.</summary>
    private static byte[] Mixed(byte[] shpFrom, byte[] indexFrom)
    {
        using var a = new ZipArchive(new MemoryStream(shpFrom));
        using var b = new ZipArchive(new MemoryStream(indexFrom));
        byte[] Bytes(ZipArchive z, string name)
        {
            using var s = z.GetEntry(name)!.Open();
            using var ms = new MemoryStream();
            s.CopyTo(ms);
            return ms.ToArray();
        }
        return Zip([("layer.shp", Bytes(a, "layer.shp")), ("layer.prj", Bytes(a, "layer.prj")), ("layer.shx", Bytes(b, "layer.shx")), ("layer.dbf", Bytes(b, "layer.dbf"))]);
    }

    [Fact]
    public void A_shp_with_more_or_fewer_records_than_the_shx_and_dbf_is_refused()
    {
        var squares = new[] { Rect(112.80, 35.50, 112.81, 35.51), Rect(112.81, 35.50, 112.82, 35.51) }
            .Select(g => CoordinateSystems.FromCgcs2000(g, 4526)).ToArray();
        var two = ShapefileZip([Feature(squares[0], "a"), Feature(squares[1], "b")], 4526);
        var one = ShapefileZip([Feature(squares[0], "a")], 4526);
        Assert.Equal(2, LayerFileReader.Read("two.zip", two).Features.Count);

        var more = Assert.Throws<LayerFileException>(() => LayerFileReader.Read("more.zip", Mixed(two, one)));
        Assert.Contains("记录数多于 .shx/.dbf 的 1 条", more.Message);
        var fewer = Assert.Throws<LayerFileException>(() => LayerFileReader.Read("fewer.zip", Mixed(one, two)));
        Assert.Contains("只有 1 条记录", fewer.Message);
    }

    [Fact]
    public void Layer_vertices_and_features_are_capped_while_streaming_with_the_count_in_the_message()
    {
        var zip = UnitsShapefileZip(Grid(), 4526);
        var e = Assert.Throws<LayerFileException>(() => LayerFileReader.Read("units.zip", zip, bounds: LayerUploadBounds.Layer with { MaxVertices = 12 }));
        Assert.Contains("第 3 条记录已达 15 个，超过上限 12", e.Message);
        e = Assert.Throws<LayerFileException>(() => LayerFileReader.Read("units.zip", zip, bounds: LayerUploadBounds.Layer with { MaxFeatures = 3 }));
        Assert.Contains("4 个要素，超过上限 3", e.Message);
        e = Assert.Throws<LayerFileException>(() => LayerFileReader.Read("units.geojson", UnitsGeoJson(Grid()), bounds: LayerUploadBounds.Layer with { MaxVertices = 12 }));
        Assert.Contains("超过上限 12", e.Message);
        Assert.Equal(4, LayerFileReader.Read("units.zip", zip).Features.Count);
    }

    [Fact]
    public void A_prj_too_large_for_a_coordinate_system_is_refused_without_reading_it()
    {
        var zip = Zip([("u.shp", new byte[100]), ("u.shx", new byte[100]), ("u.dbf", new byte[33]), ("u.prj", new byte[ZoningInputLimits.SideFileBytes + 1])]);
        var e = Assert.Throws<LayerFileException>(() => LayerFileReader.Read("u.zip", zip));
        Assert.Contains("u.prj", e.Message);
    }

    [Fact]
    public void A_valid_layer_still_reads_with_names_and_coordinates_through_the_streams()
    {
        // Streams instead of buffers: the same features as before, in every shape type used by layers.
        var f = new GeometryFactory();
        var points = ShapefileZip([Feature(f.CreatePoint(new Coordinate(38_395_000, 3_929_000)), "点"), Feature(f.CreatePoint(new Coordinate(38_396_000, 3_929_500)), "点2")], 4526, stem: "p");
        var lines = ShapefileZip([Feature(f.CreateLineString([new(38_395_000, 3_929_000), new(38_396_000, 3_929_500), new(38_397_000, 3_929_000)]), "河")], 4526, stem: "l");
        Assert.Equal(["点", "点2"], LayerFileReader.Read("p.zip", points).Features.Select(x => x.Attributes["NAME"]));
        var line = Assert.Single(LayerFileReader.Read("l.zip", lines).Features);
        Assert.Equal(3, line.Geometry!.NumPoints);
        Assert.InRange(line.Geometry.Coordinate.X, 112.5, 113.5);
    }
}
