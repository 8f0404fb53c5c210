using System.Globalization;
using System.IO.Compression;
using System.Text;
using EcoGov.Spatial.Crs;
using EcoGov.Spatial.Zoning.Import;
using NetTopologySuite.Features;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO.Esri;

namespace EcoGov.Tests.Shared;

/// <summary>A control unit for a test layer: geometry in EPSG:4490 lon/lat.</summary>
public sealed record FixtureUnit(string Code, string Name, string Class, string County, Geometry Geometry);

/// <summary>
/// Builders of zoning layer files for tests (shared by the Spatial, Data, CLI and later Web/E2E tests via a linked
/// source file): zipped shapefiles written with the NTS shapefile writer in any supported CRS and dbf encoding, GeoJSON
/// FeatureCollections, and hostile zips.
/// </summary>
public static class ZoningLayerFixtures
{
    public static readonly GeometryFactory Factory = new(new PrecisionModel(), CoordinateSystems.Cgcs2000);

    public const string Priority = "优先保护单元", Key = "重点管控单元", General = "一般管控单元";

    /// <summary>An axis-aligned rectangle in lon/lat.</summary>
    public static Polygon Rect(double lon0, double lat0, double lon1, double lat1) =>
        Factory.CreatePolygon([new(lon0, lat0), new(lon1, lat0), new(lon1, lat1), new(lon0, lat1), new(lon0, lat0)]);

    /// <summary>The extent covered by <see cref="Grid"/>: 112.80–112.84°E, 35.50–35.52°N (城区, Gauss-Krüger zone 38).</summary>
    public static Polygon GridExtent => Rect(112.80, 35.50, 112.84, 35.52);

    /// <summary>Four units tiling <see cref="GridExtent"/> without overlap or gap, with Chinese names.</summary>
    public static List<FixtureUnit> Grid() =>
    [
        new("ZH14050210001", "城区西北优先保护单元", Priority, "140502", Rect(112.80, 35.51, 112.82, 35.52)),
        new("ZH14050210002", "城区东北优先保护单元", Priority, "140502", Rect(112.82, 35.51, 112.84, 35.52)),
        new("ZH14050220001", "城区西南重点管控单元", Key, "140502", Rect(112.80, 35.50, 112.82, 35.51)),
        new("ZH14050230001", "城区东南一般管控单元", General, "140502", Rect(112.82, 35.50, 112.84, 35.51)),
    ];

    /// <summary>A square with a small self-intersecting lobe at one corner: invalid, repairable within 1 % of its area.</summary>
    public static Polygon SmallBowTie(double lon0, double lat0, double size)
    {
        Coordinate P(double x, double y) => new(lon0 + x * size, lat0 + y * size);
        return Factory.CreatePolygon([P(0, 0), P(1, 0), P(1, 1), P(0, 0.98), P(0.02, 1), P(0, 0)]);
    }

    /// <summary>A symmetric bow-tie: its ring area is 0, so repair changes the area beyond any bound.</summary>
    public static Polygon SymmetricBowTie(double lon0, double lat0, double size)
    {
        Coordinate P(double x, double y) => new(lon0 + x * size, lat0 + y * size);
        return Factory.CreatePolygon([P(0, 0), P(1, 1), P(1, 0), P(0, 1), P(0, 0)]);
    }

    /// <summary>
    /// A zipped shapefile of units with the usual agency field names (HJGKDYBM, HJGKDYMC, GKLB, XZQDM), geometries
    /// projected to <paramref name="epsg"/>. The .prj holds CoordinateSystems.Wkt unless <paramref name="withPrj"/> is
    /// false; the .dbf is written in <paramref name="dbfEncoding"/> (GBK by default); a .cpg is added when given.
    /// </summary>
    public static byte[] UnitsShapefileZip(IEnumerable<FixtureUnit> units, int epsg, bool withPrj = true, Encoding? dbfEncoding = null,
        string? cpg = null, string stem = "units", string? folder = null, string? prjText = null)
    {
        var features = units.Select(u => (IFeature)new Feature(CoordinateSystems.FromCgcs2000(u.Geometry, epsg), new AttributesTable(new Dictionary<string, object>
        {
            ["HJGKDYBM"] = u.Code,
            ["HJGKDYMC"] = u.Name,
            ["GKLB"] = u.Class,
            ["XZQDM"] = u.County,
        }))).ToList();
        return ShapefileZip(features, epsg, withPrj, dbfEncoding, cpg, stem, folder, prjText);
    }

    /// <summary>A zipped shapefile of arbitrary features (geometries already in the file's CRS).</summary>
    public static byte[] ShapefileZip(IReadOnlyList<IFeature> features, int epsg, bool withPrj = true, Encoding? dbfEncoding = null,
        string? cpg = null, string stem = "layer", string? folder = null, string? prjText = null)
    {
        var encoding = dbfEncoding ?? LayerFileReader.Gbk;
        var projection = prjText ?? CoordinateSystems.Wkt(CoordinateSystems.Get(epsg));
        using var shp = new MemoryStream();
        using var shx = new MemoryStream();
        using var dbf = new MemoryStream();
        using var prj = new MemoryStream();
        Shapefile.WriteAllFeatures(features, shp, shx, dbf, prj, projection, encoding);
        var entries = new List<(string, byte[])> { (stem + ".shp", shp.ToArray()), (stem + ".shx", shx.ToArray()), (stem + ".dbf", dbf.ToArray()) };
        if (withPrj) entries.Add((stem + ".prj", Encoding.UTF8.GetBytes(projection)));
        if (cpg is not null) entries.Add((stem + ".cpg", Encoding.ASCII.GetBytes(cpg)));
        return Zip(entries.Select(e => (folder is null ? e.Item1 : folder + "/" + e.Item1, e.Item2)));
    }

    /// <summary>A zip of the given entries (name, content), deflated.</summary>
    public static byte[] Zip(IEnumerable<(string Name, byte[] Content)> entries)
    {
        using var ms = new MemoryStream();
        using (var zip = new ZipArchive(ms, ZipArchiveMode.Create, leaveOpen: true))
            foreach (var (name, content) in entries)
            {
                var e = zip.CreateEntry(name, CompressionLevel.Optimal);
                using var s = e.Open();
                s.Write(content);
            }
        return ms.ToArray();
    }

    /// <summary>A zip whose .dbf is 20 MB of zeros (ratio about 1000:1).</summary>
    public static byte[] ZipBomb() => Zip([("units.shp", new byte[100]), ("units.shx", new byte[100]), ("units.dbf", new byte[20 * 1024 * 1024])]);

    /// <summary>
    /// The "small upload, large memory" probe: a zip of a few megabytes whose .shp and .dbf expand to
    /// <paramref name="shpBytes"/> and <paramref name="dbfBytes"/> (299 and 199 MiB by default) at about 120:1 — inside
    /// the layer bounds' 200:1 ratio and 500 MB total, so only the structure can refuse it. The .shp has a valid header
    /// (file code 9994, version 1000, polygons) declaring <paramref name="declaredShpBytes"/> (default: a mismatching
    /// 108 bytes), then zeros sprinkled with random bytes (deterministic); the .shx a valid header indexing
    /// <paramref name="shxRecords"/> records; the .dbf a dBASE III header declaring <paramref name="dbfRecords"/> records
    /// of 1 byte (0 fields) and the same filler. Entries are written by streaming 64 KiB blocks, so building it never
    /// holds the expanded data.
    /// </summary>
    public static byte[] ExpandingShapefileZip(long shpBytes = 299L << 20, long dbfBytes = 199L << 20, long declaredShpBytes = 108, long dbfRecords = 0,
        int shxRecords = 0, int epsg = 4526)
    {
        static byte[] MainHeader(long declaredBytes, int length = 100)
        {
            var h = new byte[length];
            System.Buffers.Binary.BinaryPrimitives.WriteInt32BigEndian(h, 9994);
            System.Buffers.Binary.BinaryPrimitives.WriteInt32BigEndian(h.AsSpan(24), (int)(declaredBytes / 2));
            System.Buffers.Binary.BinaryPrimitives.WriteInt32LittleEndian(h.AsSpan(28), 1000);
            System.Buffers.Binary.BinaryPrimitives.WriteInt32LittleEndian(h.AsSpan(32), 5);
            return h;
        }
        var random = new Random(20260101);
        void Fill(Stream s, long total, byte[] head)
        {
            s.Write(head);
            var block = new byte[64 * 1024];
            for (var written = (long)head.Length; written < total;)
            {
                Array.Clear(block);
                for (var i = 0; i < 120; i++) block[random.Next(block.Length)] = (byte)random.Next(1, 256);
                var n = (int)Math.Min(block.Length, total - written);
                s.Write(block, 0, n);
                written += n;
            }
        }
        var dbfHeader = new byte[33];
        dbfHeader[0] = 3;
        System.Buffers.Binary.BinaryPrimitives.WriteUInt32LittleEndian(dbfHeader.AsSpan(4), (uint)dbfRecords);
        System.Buffers.Binary.BinaryPrimitives.WriteUInt16LittleEndian(dbfHeader.AsSpan(8), 33);
        System.Buffers.Binary.BinaryPrimitives.WriteUInt16LittleEndian(dbfHeader.AsSpan(10), 1);
        dbfHeader[32] = 0x0d;
        using var ms = new MemoryStream();
        using (var zip = new ZipArchive(ms, ZipArchiveMode.Create, leaveOpen: true))
        {
            using (var s = zip.CreateEntry("units.shp", CompressionLevel.Optimal).Open()) Fill(s, shpBytes, MainHeader(declaredShpBytes));
            using (var s = zip.CreateEntry("units.shx", CompressionLevel.Fastest).Open()) s.Write(MainHeader(100 + 8 * shxRecords, 100 + 8 * shxRecords));
            using (var s = zip.CreateEntry("units.dbf", CompressionLevel.Optimal).Open()) Fill(s, dbfBytes, dbfHeader);
            using (var s = zip.CreateEntry("units.prj").Open()) s.Write(Encoding.UTF8.GetBytes(CoordinateSystems.Wkt(CoordinateSystems.Get(epsg))));
        }
        return ms.ToArray();
    }

    /// <summary>A GeoJSON FeatureCollection of units in lon/lat (EPSG:4326/4490), or projected with a legacy "crs" member when <paramref name="epsg"/> is given.</summary>
    public static byte[] UnitsGeoJson(IEnumerable<FixtureUnit> units, int? epsg = null, string? metadataJson = null) =>
        GeoJson(units.Select(u => (u.Geometry, (IReadOnlyDictionary<string, string?>)new Dictionary<string, string?>
        {
            ["code"] = u.Code,
            ["name"] = u.Name,
            ["class"] = u.Class,
            ["countyCode"] = u.County,
        })), epsg, metadataJson);

    /// <summary>A GeoJSON FeatureCollection of geometries (EPSG:4490 lon/lat) with string properties.</summary>
    public static byte[] GeoJson(IEnumerable<(Geometry Geometry, IReadOnlyDictionary<string, string?> Properties)> features, int? epsg = null, string? metadataJson = null)
    {
        var sb = new StringBuilder("{\"type\":\"FeatureCollection\"");
        if (epsg is { } e) sb.Append(CultureInfo.InvariantCulture, $",\"crs\":{{\"type\":\"name\",\"properties\":{{\"name\":\"urn:ogc:def:crs:EPSG::{e}\"}}}}");
        if (metadataJson is not null) sb.Append(",\"metadata\":").Append(metadataJson);
        sb.Append(",\"features\":[");
        var first = true;
        foreach (var (g, props) in features)
        {
            if (!first) sb.Append(',');
            first = false;
            var geometry = epsg is { } p && CoordinateSystems.IsSupported(p) && !CoordinateSystems.Get(p).IsGeographic ? CoordinateSystems.FromCgcs2000(g, p) : g;
            sb.Append("{\"type\":\"Feature\",\"geometry\":").Append(GeometryJson(geometry)).Append(",\"properties\":{");
            sb.Append(string.Join(",", props.Select(kv => System.Text.Json.JsonSerializer.Serialize(kv.Key) + ":" + (kv.Value is null ? "null" : System.Text.Json.JsonSerializer.Serialize(kv.Value)))));
            sb.Append("}}");
        }
        sb.Append("]}");
        return Encoding.UTF8.GetBytes(sb.ToString());
    }

    private static string GeometryJson(Geometry g)
    {
        static string Ring(Coordinate[] cs) => "[" + string.Join(",", cs.Select(c => string.Create(CultureInfo.InvariantCulture, $"[{c.X:R},{c.Y:R}]"))) + "]";
        static string Poly(Polygon p) => "[" + string.Join(",", new[] { p.ExteriorRing }.Concat(p.InteriorRings).Select(r => Ring(r.Coordinates))) + "]";
        return g switch
        {
            Point p => string.Create(CultureInfo.InvariantCulture, $"{{\"type\":\"Point\",\"coordinates\":[{p.X:R},{p.Y:R}]}}"),
            LineString l => "{\"type\":\"LineString\",\"coordinates\":" + Ring(l.Coordinates) + "}",
            Polygon p => "{\"type\":\"Polygon\",\"coordinates\":" + Poly(p) + "}",
            MultiPolygon mp => "{\"type\":\"MultiPolygon\",\"coordinates\":[" + string.Join(",", mp.Geometries.Cast<Polygon>().Select(Poly)) + "]}",
            _ => throw new NotSupportedException(g.GeometryType),
        };
    }
}
