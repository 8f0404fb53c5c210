using System.Globalization;
using System.Text.Json;
using EcoGov.Core.Text;
using EcoGov.Spatial.Crs;
using NetTopologySuite.Geometries;

namespace EcoGov.Spatial.Zoning.Assessment;

/// <summary>A site ready to assess: geometry in EPSG:4490, the system it was given in, and warnings to show.</summary>
/// <param name="SourceCrs">"EPSG:4526", "EPSG:4490", "GCJ-02"…</param>
public sealed record ParsedSite(Geometry Geometry, string SourceCrs, IReadOnlyList<Message> Warnings);

/// <summary>
/// A site that cannot be read: <see cref="Text"/> says what and where (from <see cref="SpatialText"/>);
/// <see cref="Exception.Message"/> is its bilingual line (中文 / English).
/// </summary>
public sealed class SiteInputException(Message text) : FormatException(text.Bilingual)
{
    /// <summary>What is wrong, in the catalogue's terms (a host renders it in the reader's language).</summary>
    public Message Text { get; } = text;
}

/// <summary>
/// Reads a project site (pure functions, no I/O): GeoJSON (a geometry, a Feature or a FeatureCollection — several
/// features become one multi-geometry) or a coordinate list ("lon,lat" per line, or "lon,lat;lon,lat;…": one point
/// = a point, a closed ring of ≥ 4 points = a polygon, otherwise a line), in any supported CRS or GCJ-02, converted to
/// EPSG:4490 and checked against China's bounds (with a hint when longitude and latitude look swapped or the numbers
/// look projected).
/// </summary>
public static class SiteInput
{
    private static readonly GeometryFactory Factory = new(new PrecisionModel(), CoordinateSystems.Cgcs2000);

    /// <summary>Recognizes GCJ-02 names ("GCJ02", "GCJ-02", "gcj"), which <see cref="CoordinateSystems.Parse"/> rejects.</summary>
    public static bool IsGcj02(string? crs) =>
        crs is not null && crs.Trim().Replace("-", "", StringComparison.Ordinal).ToUpperInvariant() is "GCJ02" or "GCJ";

    /// <summary>Parses GeoJSON or a coordinate list, auto-detected by the first non-blank character.</summary>
    /// <param name="crs">"EPSG:4526", "4490", "CGCS2000", "WGS84", "GCJ-02"; null = EPSG:4490 (or the GeoJSON's
    /// legacy "crs" member when present).</param>
    /// <param name="limits">The vertex cap; null = <see cref="SiteLimits.Default"/>.</param>
    public static ParsedSite Parse(string text, string? crs = null, SiteLimits? limits = null)
    {
        var t = text.TrimStart();
        if (t.Length == 0) throw new SiteInputException(SpatialText.SiteEmpty());
        return t[0] == '{' ? ParseGeoJson(t, crs, limits) : ParseCoordinates(t, crs, limits);
    }

    /// <summary>A single point "lon,lat" (the CLI's --point).</summary>
    public static ParsedSite ParsePoint(string lonLat, string? crs = null) => ParseCoordinates(lonLat, crs);

    private static readonly System.Buffers.SearchValues<char> CoordinateSeparators = System.Buffers.SearchValues.Create("\n;；");
    private static readonly System.Buffers.SearchValues<char> NumberSeparators = System.Buffers.SearchValues.Create(",， \t");

    /// <summary>
    /// A coordinate list: "x,y" items separated by newlines or semicolons. The items are first counted (a scan for
    /// separators that stops at the first item over the vertex cap, so an oversized list is refused before any number
    /// is parsed), then parsed one at a time without splitting the text.
    /// </summary>
    public static ParsedSite ParseCoordinates(string text, string? crs = null, SiteLimits? limits = null)
    {
        limits ??= SiteLimits.Default;
        var count = 0;
        foreach (var _ in Items(text))
            if (++count > limits.MaxVertices) throw limits.TooMany(count);
        var coords = new List<Coordinate>(count);
        var i = 0;
        foreach (var range in Items(text))
        {
            i++;
            var item = text.AsSpan(range);
            if (!TryXY(item, out var x, out var y))
                throw new SiteInputException(SpatialText.CoordinateUnrecognised(i, item.ToString()));
            // "NaN", "Infinity", "∞" and overflowing numbers ("1e400") parse; comparisons with NaN are all false, so the
            // range checks below would let NaN through (and ProjNET would fail on it with "No convergence").
            if (!double.IsFinite(x) || !double.IsFinite(y))
                throw new SiteInputException(SpatialText.CoordinateTextNotFinite(i, item.ToString()));
            coords.Add(new Coordinate(x, y));
        }
        if (coords.Count == 0) throw new SiteInputException(SpatialText.NoCoordinates());
        Geometry g = coords.Count == 1 ? Factory.CreatePoint(coords[0])
            : coords.Count >= 4 && coords[0].Equals2D(coords[^1]) ? Factory.CreatePolygon([.. coords])
            : Factory.CreateLineString([.. coords]);
        return Finish(g, crs, limits);
    }

    /// <summary>The non-blank items of a coordinate list, trimmed, as ranges of the text.</summary>
    private static IEnumerable<Range> Items(string text)
    {
        var start = 0;
        while (start <= text.Length)
        {
            var end = text.AsSpan(start).IndexOfAny(CoordinateSeparators);
            var stop = end < 0 ? text.Length : start + end;
            var (a, b) = (start, stop);
            while (a < b && char.IsWhiteSpace(text[a])) a++;
            while (b > a && char.IsWhiteSpace(text[b - 1])) b--;
            if (b > a) yield return a..b;
            start = stop + 1;
        }
    }

    /// <summary>The first two numbers of an item ("x,y", "x y", "x，y"); false when there are fewer or they do not parse.</summary>
    private static bool TryXY(ReadOnlySpan<char> item, out double x, out double y)
    {
        x = y = 0;
        var found = 0;
        while (found < 2)
        {
            var skip = item.IndexOfAnyExcept(NumberSeparators);
            if (skip < 0) return false;
            item = item[skip..];
            var end = item.IndexOfAny(NumberSeparators);
            var token = end < 0 ? item : item[..end];
            item = end < 0 ? [] : item[end..];
            if (!double.TryParse(token, NumberStyles.Float, CultureInfo.InvariantCulture, out var v)) return false;
            if (found++ == 0) x = v;
            else y = v;
        }
        return true;
    }

    /// <summary>
    /// GeoJSON: the positions are counted first in a streaming pass over the text (no document built), stopping at the
    /// first one over the vertex cap; then the document is read.
    /// </summary>
    public static ParsedSite ParseGeoJson(string json, string? crs = null, SiteLimits? limits = null)
    {
        limits ??= SiteLimits.Default;
        var utf8 = System.Text.Encoding.UTF8.GetBytes(json);
        CountPositions(utf8, limits);
        JsonDocument doc;
        try { doc = JsonDocument.Parse(utf8); }
        catch (JsonException e) { throw new SiteInputException(SpatialText.GeoJsonInvalid(e.LineNumber + 1, e.Message)); }
        using (doc)
        {
            var root = doc.RootElement;
            crs ??= LegacyCrs(root);
            var geometries = new List<Geometry>();
            Collect(root, geometries, "$");
            if (geometries.Count == 0) throw new SiteInputException(SpatialText.GeoJsonNoGeometry());
            var g = geometries.Count == 1 ? geometries[0] : Factory.BuildGeometry(geometries);
            return Finish(g, crs, limits);
        }
    }

    /// <summary>
    /// Counts the positions (arrays starting with a number) inside geometries' "coordinates" members with a forward-only reader,
    /// throwing at the first one over the cap. Malformed JSON ends the count quietly: the document read that follows
    /// reports it with its line.
    /// </summary>
    private static void CountPositions(ReadOnlySpan<byte> utf8, SiteLimits limits)
    {
        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { MaxDepth = 256 });
        int coordinatesDepth = -1, count = 0;
        bool pending = false, arrayOpened = false;
        try
        {
            while (reader.Read())
            {
                switch (reader.TokenType)
                {
                    case JsonTokenType.PropertyName:
                        arrayOpened = false;
                        pending = coordinatesDepth < 0 && reader.ValueTextEquals("coordinates"u8);
                        // Only geometry members lead to positions; "properties", "bbox", "crs"… are skipped whole.
                        if (!pending && !reader.ValueTextEquals("features"u8) && !reader.ValueTextEquals("geometry"u8)
                            && !reader.ValueTextEquals("geometries"u8)) reader.Skip();
                        break;
                    case JsonTokenType.StartArray:
                        if (pending) coordinatesDepth = reader.CurrentDepth;
                        pending = false;
                        arrayOpened = coordinatesDepth >= 0;
                        break;
                    case JsonTokenType.Number:
                        if (arrayOpened && ++count > limits.MaxVertices) throw limits.TooMany(count);
                        pending = arrayOpened = false;
                        break;
                    case JsonTokenType.EndArray:
                        if (reader.CurrentDepth == coordinatesDepth) coordinatesDepth = -1;
                        pending = arrayOpened = false;
                        break;
                    default:
                        pending = arrayOpened = false;
                        break;
                }
            }
        }
        catch (JsonException) { }
    }

    private static string? LegacyCrs(JsonElement root) =>
        root.ValueKind == JsonValueKind.Object && root.TryGetProperty("crs", out var c) && c.ValueKind == JsonValueKind.Object
            && c.TryGetProperty("properties", out var p) && p.ValueKind == JsonValueKind.Object && p.TryGetProperty("name", out var n)
            && n.ValueKind == JsonValueKind.String
            && n.GetString() is { } name && System.Text.RegularExpressions.Regex.Match(name, @"EPSG:+(\d+)") is { Success: true } m
            ? "EPSG:" + m.Groups[1].Value : null;

    private static SiteInputException Bad(string path, Message problem) => new(SpatialText.GeoJsonAt(path, problem));

    /// <summary>The array member <paramref name="name"/> of <paramref name="e"/>, or an error naming its path.</summary>
    private static JsonElement ArrayMember(JsonElement e, string name, string path)
    {
        if (!e.TryGetProperty(name, out var a))
            throw Bad(path, SpatialText.GeoJsonMissingMember(name));
        if (a.ValueKind != JsonValueKind.Array)
            throw Bad($"{path}.{name}", SpatialText.GeoJsonNotArray());
        return a;
    }

    private static void Collect(JsonElement e, List<Geometry> into, string path)
    {
        if (e.ValueKind != JsonValueKind.Object)
            throw Bad(path, SpatialText.GeoJsonNotObject());
        string? type = null;
        if (e.TryGetProperty("type", out var t))
        {
            if (t.ValueKind != JsonValueKind.String)
                throw Bad(path + ".type", SpatialText.GeoJsonTypeNotString());
            type = t.GetString();
        }
        switch (type)
        {
            case "FeatureCollection":
                var i = 0;
                foreach (var f in ArrayMember(e, "features", path).EnumerateArray()) Collect(f, into, $"{path}.features[{i++}]");
                break;
            case "Feature":
                if (e.TryGetProperty("geometry", out var g) && g.ValueKind == JsonValueKind.Object) Collect(g, into, path + ".geometry");
                break;
            case "GeometryCollection":
                var j = 0;
                foreach (var x in ArrayMember(e, "geometries", path).EnumerateArray()) Collect(x, into, $"{path}.geometries[{j++}]");
                break;
            case "Point" or "LineString" or "Polygon" or "MultiPoint" or "MultiLineString" or "MultiPolygon":
                if (!e.TryGetProperty("coordinates", out var coords))
                    throw Bad(path, SpatialText.GeoJsonMissingMember("coordinates"));
                try { into.Add(ReadGeometry(type, coords, path + ".coordinates")); }
                catch (Exception ex) when (ex is InvalidOperationException or ArgumentException)
                { throw new SiteInputException(SpatialText.GeoJsonBadCoordinates(path, ex.Message)); }
                break;
            default:
                throw new SiteInputException(SpatialText.GeoJsonUnsupportedType(path, type));
        }
    }

    private static Geometry ReadGeometry(string type, JsonElement c, string path) => type switch
    {
        "Point" => Factory.CreatePoint(Coord(c, path)),
        "LineString" => Factory.CreateLineString(Coords(c, path)),
        "Polygon" => PolygonOf(c, path),
        "MultiPoint" => Factory.CreateMultiPointFromCoords(Coords(c, path)),
        "MultiLineString" => Factory.CreateMultiLineString([.. Items(c, path).Select(l => Factory.CreateLineString(Coords(l.Item, l.Path)))]),
        _ => Factory.CreateMultiPolygon([.. Items(c, path).Select(p => PolygonOf(p.Item, p.Path))]),
    };

    /// <summary>The items of a JSON array with their paths, or an error naming the path when it is not an array.</summary>
    private static IEnumerable<(JsonElement Item, string Path)> Items(JsonElement c, string path)
    {
        if (c.ValueKind != JsonValueKind.Array) throw Bad(path, SpatialText.GeoJsonNotArray());
        return c.EnumerateArray().Select((x, i) => (x, $"{path}[{i}]")).ToList();
    }

    private static Polygon PolygonOf(JsonElement c, string path)
    {
        var rings = Items(c, path).Select(r => Factory.CreateLinearRing(Coords(r.Item, r.Path))).ToArray();
        if (rings.Length == 0) throw Bad(path, SpatialText.GeoJsonPolygonWithoutRings());
        return Factory.CreatePolygon(rings[0], rings[1..]);
    }

    private static Coordinate Coord(JsonElement c, string path)
    {
        if (c.ValueKind != JsonValueKind.Array || c.GetArrayLength() < 2)
            throw Bad(path, SpatialText.GeoJsonPositionTooShort());
        return new(Number(c[0], path + "[0]"), Number(c[1], path + "[1]"));
    }

    private static double Number(JsonElement n, string path) =>
        n.ValueKind == JsonValueKind.Number && n.TryGetDouble(out var d) && double.IsFinite(d) ? d
            : throw Bad(path, SpatialText.GeoJsonValueNotFinite(n.GetRawText()));

    private static Coordinate[] Coords(JsonElement c, string path) => [.. Items(c, path).Select(x => Coord(x.Item, x.Path))];

    private static ParsedSite Finish(Geometry g, string? crs, SiteLimits limits)
    {
        if (g.NumPoints > limits.MaxVertices) throw limits.TooMany(g.NumPoints);
        // Every way in (text, GeoJSON, a geometry from a file) meets this check before any range test or reprojection.
        if (CoordinateSystems.FirstNonFinite(g) is { } bad)
            throw new SiteInputException(SpatialText.SiteVertexNotFinite(bad.Vertex, bad.Coordinate.X, bad.Coordinate.Y));
        var warnings = new List<Message>();
        string source;
        var checkBounds = true;
        if (IsGcj02(crs))
        {
            foreach (var c in g.Coordinates)
                if (c.Y is >= 73 and <= 136 && c.X is >= 3 and <= 54)
                    throw new SiteInputException(SpatialText.LonLatSwapped(c.X, c.Y, "GCJ-02"));
            g = g.Copy();
            var outside = false;
            g.Apply(new Gcj02Filter(() => outside = true));
            g.SRID = CoordinateSystems.Cgcs2000;
            source = "GCJ-02";
            checkBounds = !outside;
            warnings.Add(outside
                ? SpatialText.Gcj02OutsideChina()
                : SpatialText.Gcj02Converted());
        }
        else
        {
            int epsg;
            try { epsg = crs is null ? CoordinateSystems.Cgcs2000 : CoordinateSystems.Parse(crs); }
            catch (UnsupportedCrsException e) { throw new SiteInputException(e.Text); }
            source = $"EPSG:{epsg}";
            var info = CoordinateSystems.Get(epsg);
            if (info.IsGeographic) Check(g, source);
            else
            {
                CheckProjected(g, info);
                g = CoordinateSystems.ToCgcs2000(g, epsg);
            }
            g.SRID = CoordinateSystems.Cgcs2000;
        }
        if (checkBounds) Check(g, source);
        if (!g.IsValid)
        {
            var repaired = NetTopologySuite.Geometries.Utilities.GeometryFixer.Fix(g);
            warnings.Add(SpatialText.SiteRepaired());
            g = repaired;
        }
        if (g.IsEmpty) throw new SiteInputException(SpatialText.SiteGeometryEmpty());
        return new ParsedSite(g, source, warnings);
    }

    private static void Check(Geometry g, string crs)
    {
        foreach (var c in g.Coordinates)
        {
            if (c.X is >= 73 and <= 136 && c.Y is >= 3 and <= 54) continue;
            if (c.Y is >= 73 and <= 136 && c.X is >= 3 and <= 54)
                throw new SiteInputException(SpatialText.LonLatSwapped(c.X, c.Y, crs));
            if (Math.Abs(c.X) > 1000 || Math.Abs(c.Y) > 1000)
                throw new SiteInputException(SpatialText.LooksProjected(c.X, c.Y));
            throw new SiteInputException(SpatialText.OutsideChina(c.X, c.Y, crs));
        }
    }

    private static void CheckProjected(Geometry g, CrsInfo info)
    {
        foreach (var c in g.Coordinates)
        {
            if (Math.Abs(c.X) <= 180 && Math.Abs(c.Y) <= 90)
                throw new SiteInputException(SpatialText.DegreesForProjected(c.X, c.Y, info));
            var east = c.X - (info.FalseEasting - 500_000);
            if (east is < 0 or > 1_000_000 || c.Y is < 300_000 or > 6_100_000)
                throw new SiteInputException(SpatialText.OutsideZone(c.X, c.Y, info));
        }
    }

    private sealed class Gcj02Filter(Action onOutside) : ICoordinateSequenceFilter
    {
        public bool Done => false;
        public bool GeometryChanged => true;

        public void Filter(CoordinateSequence seq, int i)
        {
            double x = seq.GetX(i), y = seq.GetY(i);
            if (Gcj02.OutOfChina(x, y)) onOutside();
            var (lon, lat) = Gcj02.ToWgs84(x, y);
            seq.SetX(i, lon);
            seq.SetY(i, lat);
        }
    }
}
