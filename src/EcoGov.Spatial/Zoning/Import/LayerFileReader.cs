using System.Globalization;
using System.Text;
using System.Text.Json;
using EcoGov.Spatial.Crs;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO.Converters;
using NetTopologySuite.IO.Esri;
using NetTopologySuite.IO.Esri.Shapefiles.Readers;

namespace EcoGov.Spatial.Zoning.Import;

/// <summary>One feature as read from the file: its 1-based position, the source's attributes as text, and its geometry in EPSG:4490 (null when the file had none).</summary>
public sealed record RawLayerFeature(int Number, IReadOnlyDictionary<string, string?> Attributes, Geometry? Geometry, string? GeoJsonId = null);

/// <summary>What a layer file held: features reprojected to EPSG:4490, the source CRS, and the GeoJSON "metadata" member (raw JSON) if any.</summary>
public sealed record RawLayer(string FileName, string Format, int SourceEpsg, IReadOnlyList<RawLayerFeature> Features, string? MetadataJson, string? AttributeEncoding);

/// <summary>
/// Reads a layer upload: a zipped ESRI Shapefile (.shp/.shx/.dbf/.prj, optional .cpg) or a GeoJSON FeatureCollection,
/// and reprojects it to EPSG:4490 with <see cref="CoordinateSystems"/>. Shapefile attribute text is decoded as GBK
/// (code page 936) unless a .cpg names another encoding. The coordinate system comes from the .prj (recognised by
/// its parameters, <see cref="PrjRecognizer"/>), or for GeoJSON from a legacy "crs" member, else RFC 7946 lon/lat;
/// <c>crs</c> supplies it when the file has none and must agree when it has one. Throws <see cref="LayerFileException"/>.
/// </summary>
public static class LayerFileReader
{
    static LayerFileReader() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>GBK (code page 936), the encoding of attribute text in shapefiles from Chinese agencies.</summary>
    public static Encoding Gbk
    {
        get
        {
            Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
            return Encoding.GetEncoding(936);
        }
    }

    public static RawLayer Read(string fileName, byte[] bytes, int? crs = null, LayerUploadBounds? bounds = null)
    {
        bounds ??= LayerUploadBounds.Default;
        fileName = Path.GetFileName(fileName);
        if (crs is { } c && !CoordinateSystems.IsSupported(c)) throw new LayerFileException(new UnsupportedCrsException(c).Text);
        var ext = Path.GetExtension(fileName).ToLowerInvariant();
        return ext switch
        {
            ".zip" => ReadShapefileZip(fileName, bytes, crs, bounds),
            ".geojson" or ".json" => ReadGeoJson(fileName, bytes, crs, bounds),
            _ => throw new LayerFileException(SpatialText.UnsupportedFileType(fileName)),
        };
    }

    /// <summary>
    /// Reads a zipped shapefile without expanding it in memory: the zip's entries are checked against the bounds from
    /// its central directory; the .shp, .shx and .dbf headers against the entries' lengths and each other
    /// (<see cref="ShapefileStructure"/>); then the .shp and .dbf are streamed side by side into the NTS reader, the .shp
    /// through <see cref="ShpRecordStream"/>, which checks each record (and counts vertices) before passing it on, and
    /// each feature is converted as it comes. The first structural error stops the read.
    /// </summary>
    private static RawLayer ReadShapefileZip(string fileName, byte[] bytes, int? crs, LayerUploadBounds bounds)
    {
        using var zip = ZipUpload.Open(fileName, new MemoryStream(bytes, writable: false), bounds);
        var shps = zip.Names.Where(k => k.EndsWith(".shp", StringComparison.Ordinal)).ToList();
        if (shps.Count != 1)
            throw new LayerFileException(SpatialText.ZipShpCount(fileName, shps.Count));
        var stem = shps[0][..^4];
        string Part(string e, bool required)
        {
            if (zip.Contains(stem + e)) return stem + e;
            if (required) throw new LayerFileException(SpatialText.ZipPartMissing(fileName, stem + e));
            return "";
        }
        var shpName = Part(".shp", true);
        var shxName = Part(".shx", true);
        var dbfName = Part(".dbf", true);
        var prj = Part(".prj", false) is { Length: > 0 } p ? zip.ReadSideFile(p) : [];
        var cpg = Part(".cpg", false) is { Length: > 0 } q ? zip.ReadSideFile(q) : [];

        int epsg;
        if (prj.Length > 0)
        {
            var wkt = Encoding.UTF8.GetString(prj);
            var recognised = PrjRecognizer.Recognize(wkt, out var reason)
                ?? throw new LayerFileException(SpatialText.PrjUnsupported(fileName, stem, reason!));
            if (crs is { } given && given != recognised)
                throw new LayerFileException(SpatialText.CrsDisagreesWithPrj(fileName, given, recognised));
            epsg = recognised;
        }
        else epsg = crs ?? throw new LayerFileException(SpatialText.NoPrj(fileName));

        var encoding = Gbk;
        if (cpg.Length > 0) encoding = CodePage(fileName, Encoding.ASCII.GetString(cpg).Trim());

        // Headers first: the .shp's declared length, the .shx's record count and the .dbf's size must all agree
        // before any content is decompressed.
        int shapeType, records;
        using (var shpHeader = zip.OpenShp(shpName, int.MaxValue, bounds.MaxVertices)) shapeType = shpHeader.ShapeType;
        using (var shx = zip.OpenEntry(shxName, ShapefileStructure.ShpHeaderBytes))
            records = ShapefileStructure.ShxRecordCount(shx.Prefix, shx.DeclaredLength, shapeType, $"{fileName}: {zip.EntryName(shxName)}");
        ShapefileStructure.DbfHeader dbfHeader;
        using (var dbfCheck = zip.OpenEntry(dbfName, ShapefileStructure.DbfTableDescriptorBytes))
            dbfHeader = ShapefileStructure.CheckDbf(dbfCheck, $"{fileName}: {zip.EntryName(dbfName)}");
        if (dbfHeader.Records != records)
            throw new LayerFileException(SpatialText.DbfShxRecords(fileName, stem, dbfHeader.Records, records));
        if (records > bounds.MaxFeatures)
            throw new LayerFileException(SpatialText.ShpTooManyFeatures(fileName, records, bounds.MaxFeatures));

        var features = new List<RawLayerFeature>();
        using var shpStream = zip.OpenShp(shpName, records, bounds.MaxVertices);
        using var dbfStream = zip.OpenEntry(dbfName, 0);
        try
        {
            // Invalid shapes come through as they are (or empty): the validator repairs or rejects them naming the feature.
            var options = new ShapefileReaderOptions { Encoding = encoding, GeometryBuilderMode = GeometryBuilderMode.IgnoreInvalidShapes };
            using var reader = Shapefile.OpenRead(shpStream, dbfStream, options);
            var n = 0;
            foreach (var f in reader)
            {
                n++;
                var attrs = new Dictionary<string, string?>(StringComparer.Ordinal);
                foreach (var name in f.Attributes.GetNames())
                    attrs[name] = Text(f.Attributes[name]);
                var g = Reproject(fileName, n, f.Geometry, epsg);
                features.Add(new RawLayerFeature(n, attrs, g));
            }
        }
        catch (Exception e) when (e is IOException or FormatException or ArgumentException or NotSupportedException or IndexOutOfRangeException or InvalidOperationException)
        {
            if (shpStream.Records < records && shpStream.Position >= shpStream.DeclaredLength)
                throw new LayerFileException(SpatialText.ShpFewerRecords(fileName, stem, shpStream.Records, records));
            throw new LayerFileException(SpatialText.ShapefileUnreadable(fileName, e.Message));
        }
        // NTS stops after the .dbf's last record: whatever follows in the .shp must be checked too (it is an error).
        if (shpStream.Position < shpStream.DeclaredLength) shpStream.ReadToEndOfEntry();
        if (shpStream.Records != records)
            throw new LayerFileException(SpatialText.ShpRecordCount(fileName, stem, shpStream.Records, records));
        return new RawLayer(fileName, "shapefile", epsg, features, null, encoding.WebName);
    }

    /// <summary>
    /// A feature's geometry in EPSG:4490 (null when it has none), refusing NaN and ±Infinity by feature and vertex
    /// (a shapefile can hold them, and JSON numbers beyond double range read as infinity).
    /// </summary>
    private static Geometry? Reproject(string fileName, int feature, Geometry? g, int epsg)
    {
        if (g is null || g.IsEmpty) return null;
        if (CoordinateSystems.FirstNonFinite(g) is { } bad)
            throw new LayerFileException(SpatialText.FeatureVertexNotFinite(fileName, feature, bad.Vertex, bad.Coordinate.X, bad.Coordinate.Y));
        return CoordinateSystems.ToCgcs2000(Flat(g), epsg);
    }

    /// <summary>
    /// The geometry with x and y only. A GeoJSON ring may mix [x, y] and [x, y, z] positions, which NTS holds as
    /// coordinates of different kinds in one sequence, and overlay then fails on them (found by LayerReaderPropertyTests);
    /// layers are two-dimensional, so heights and measures are dropped on reading.
    /// </summary>
    private static Geometry Flat(Geometry g) =>
        g.Coordinates.All(c => c.GetType() == typeof(Coordinate)) ? g
            : new NetTopologySuite.IO.WKBReader().Read(new NetTopologySuite.IO.WKBWriter(NetTopologySuite.IO.ByteOrder.LittleEndian, false, false, false).Write(g));

    private static Encoding CodePage(string fileName, string cpg)
    {
        var t = cpg.ToUpperInvariant().Replace("-", "", StringComparison.Ordinal);
        try
        {
            if (t is "UTF8" or "65001") return new UTF8Encoding(false);
            if (t is "GBK" or "GB2312" or "936" or "CP936" or "GB18030") return t == "GB18030" ? Encoding.GetEncoding("GB18030") : Gbk;
            if (int.TryParse(t, NumberStyles.None, CultureInfo.InvariantCulture, out var cp)) return Encoding.GetEncoding(cp);
            if (t.StartsWith("ANSI", StringComparison.Ordinal) && int.TryParse(t[4..], NumberStyles.None, CultureInfo.InvariantCulture, out var ansi)) return Encoding.GetEncoding(ansi);
            return Encoding.GetEncoding(cpg);
        }
        catch (ArgumentException)
        {
            throw new LayerFileException(SpatialText.CpgUnknown(fileName, cpg));
        }
    }

    private static string? Text(object? value) => value switch
    {
        null => null,
        string s => s.Trim() is { Length: > 0 } t ? t : null,
        DateTime d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };

    private static readonly JsonSerializerOptions GeoJsonOptions = new() { Converters = { new GeoJsonConverterFactory() } };

    private static RawLayer ReadGeoJson(string fileName, byte[] bytes, int? crs, LayerUploadBounds bounds)
    {
        if (bytes.LongLength > bounds.MaxUploadBytes)
            throw new LayerFileException(SpatialText.GeoJsonTooLarge(fileName, bytes.LongLength, bounds.MaxUploadBytes));
        // JSON is UTF-8 (RFC 8259); the parser checks the structure only, and a string with bad bytes would fail later,
        // when read, with an InvalidOperationException (found by LayerReaderPropertyTests).
        if (!System.Text.Unicode.Utf8.IsValid(bytes))
            throw new LayerFileException(SpatialText.NotUtf8(fileName));
        JsonDocument doc;
        try { doc = JsonDocument.Parse(bytes, new JsonDocumentOptions { MaxDepth = 256 }); }
        catch (JsonException e) { throw new LayerFileException(SpatialText.NotJson(fileName, e.Message)); }
        using (doc)
        {
            var root = doc.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("type", out var type)
                || type.ValueKind != JsonValueKind.String || type.GetString() != "FeatureCollection"
                || !root.TryGetProperty("features", out var feats) || feats.ValueKind != JsonValueKind.Array)
                throw new LayerFileException(SpatialText.NotFeatureCollection(fileName));
            var epsg = crs ?? CoordinateSystems.Wgs84;
            if (root.TryGetProperty("crs", out var crsMember) && crsMember.ValueKind == JsonValueKind.Object)
            {
                string? name = null;
                if (crsMember.TryGetProperty("properties", out var props))
                {
                    if (props.ValueKind != JsonValueKind.Object)
                        throw new LayerFileException(SpatialText.CrsPropertiesNotObject(fileName));
                    if (props.TryGetProperty("name", out var n))
                    {
                        if (n.ValueKind != JsonValueKind.String)
                            throw new LayerFileException(SpatialText.CrsNameNotString(fileName));
                        name = n.GetString();
                    }
                }
                int named;
                try { named = CoordinateSystems.Parse((name ?? "").Split(':', StringSplitOptions.RemoveEmptyEntries).LastOrDefault() ?? ""); }
                catch (UnsupportedCrsException e) { throw new LayerFileException(SpatialText.CrsMemberUnsupported(fileName, name, e.Text)); }
                if (crs is { } given && given != named)
                    throw new LayerFileException(SpatialText.CrsDisagreesWithMember(fileName, given, named));
                epsg = named;
            }
            string? metadata = root.TryGetProperty("metadata", out var meta) && meta.ValueKind == JsonValueKind.Object ? meta.GetRawText() : null;

            var features = new List<RawLayerFeature>();
            var number = 0;
            long vertices = 0;
            foreach (var f in feats.EnumerateArray())
            {
                number++;
                if (number > bounds.MaxFeatures)
                    throw new LayerFileException(SpatialText.GeoJsonTooManyFeatures(fileName, bounds.MaxFeatures));
                if (f.ValueKind != JsonValueKind.Object || !f.TryGetProperty("type", out var ft)
                    || ft.ValueKind != JsonValueKind.String || ft.GetString() != "Feature")
                    throw new LayerFileException(SpatialText.NotAFeature(fileName, number));
                var attrs = new Dictionary<string, string?>(StringComparer.Ordinal);
                if (f.TryGetProperty("properties", out var ps) && ps.ValueKind == JsonValueKind.Object)
                    foreach (var p in ps.EnumerateObject())
                        attrs[p.Name] = p.Value.ValueKind switch
                        {
                            JsonValueKind.Null or JsonValueKind.Undefined => null,
                            JsonValueKind.String => p.Value.GetString() is { } s && s.Trim().Length > 0 ? s.Trim() : null,
                            _ => p.Value.GetRawText(),
                        };
                string? id = f.TryGetProperty("id", out var idElement) && idElement.ValueKind is JsonValueKind.String or JsonValueKind.Number
                    ? (idElement.ValueKind == JsonValueKind.String ? idElement.GetString() : idElement.GetRawText()) : null;
                Geometry? g = null;
                if (f.TryGetProperty("geometry", out var ge) && ge.ValueKind == JsonValueKind.Object)
                {
                    try { g = ge.Deserialize<Geometry>(GeoJsonOptions); }
                    catch (Exception e) when (e is JsonException or ArgumentException or InvalidOperationException or NotSupportedException)
                    {
                        throw new LayerFileException(SpatialText.GeometryUnreadable(fileName, number, e.Message));
                    }
                    vertices += g?.NumPoints ?? 0;
                    if (vertices > bounds.MaxVertices)
                        throw new LayerFileException(SpatialText.GeoJsonTooManyVertices(fileName, number, vertices, bounds.MaxVertices));
                    g = Reproject(fileName, number, g, epsg);
                }
                features.Add(new RawLayerFeature(number, attrs, g, id));
            }
            return new RawLayer(fileName, "geojson", epsg, features, metadata, null);
        }
    }
}
