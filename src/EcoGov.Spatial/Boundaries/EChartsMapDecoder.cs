using System.Globalization;
using NetTopologySuite.Geometries;

namespace EcoGov.Spatial.Boundaries;

/// <summary>One feature of an ECharts map: the package's id and name, and its decoded geometry.</summary>
/// <param name="Id">The feature's <c>id</c> as the package prints it (a GB/T 2260 code of the package's date).</param>
/// <param name="Name">The feature's <c>properties.name</c>, e.g. 长治县.</param>
public sealed record EChartsMapFeature(string? Id, string Name, Geometry Geometry);

/// <summary>A map script's content: the name it registers (e.g. 晋城) and its features.</summary>
public sealed record EChartsMap(string Name, IReadOnlyList<EChartsMapFeature> Features);

/// <summary>
/// Decodes an ECharts map script — <c>echarts.registerMap("晋城", {type:"FeatureCollection", …,
/// UTF8Encoding:!0})</c> — into NetTopologySuite geometries (SRID 4326, degrees), without running it.
/// <para>
/// ECharts' compressed encoding (its <c>decode</c>/<c>decodeRing</c> in parseGeoJson): each ring is a
/// string read two UTF-16 code units at a time, x then y. Each unit minus 64 is a zigzag-encoded delta
/// (<c>(v &gt;&gt; 1) ^ -(v &amp; 1)</c>) added to the previous quantized value, starting from the ring's
/// <c>encodeOffsets</c> pair; the quantized value divided by the scale (<c>UTF8Scale</c>, default 1024)
/// is the coordinate in degrees. <c>encodeOffsets</c> is shaped like <c>coordinates</c>: one [x, y] per
/// ring of a Polygon, one list of those per polygon of a MultiPolygon.
/// </para>
/// </summary>
public static class EChartsMapDecoder
{
    /// <summary>ECharts' default quantization: 1/1024 degree.</summary>
    public const double DefaultScale = 1024;

    public const int Srid = 4326;

    private const string RegisterMap = "registerMap";

    public static GeometryFactory Factory { get; } = new(new PrecisionModel(), Srid);

    /// <summary>Reads the first <c>registerMap(name, {…})</c> call of a map script.</summary>
    public static EChartsMap Decode(string script)
    {
        var call = script.IndexOf(RegisterMap + "(", StringComparison.Ordinal);
        if (call < 0) throw new FormatException("no registerMap( call in the map script");
        var reader = new JsLiteralReader(script, call + RegisterMap.Length + 1);
        var name = reader.ReadValue() as string ?? throw new FormatException("registerMap's first argument is not a string");
        reader.Expect(',');
        var collection = reader.ReadValue() as Dictionary<string, object?>
            ?? throw new FormatException("registerMap's second argument is not an object");
        return new EChartsMap(name, DecodeCollection(collection));
    }

    /// <summary>Decodes one compressed ring into coordinates (degrees), exactly as ECharts does.</summary>
    public static Coordinate[] DecodeRing(string encoded, long offsetX, long offsetY, double scale = DefaultScale)
    {
        if (encoded.Length % 2 != 0) throw new FormatException("an encoded ring has an odd number of characters");
        var result = new Coordinate[encoded.Length / 2];
        long prevX = offsetX, prevY = offsetY;
        for (int i = 0; i < encoded.Length; i += 2)
        {
            prevX += ZigZag(encoded[i] - 64);
            prevY += ZigZag(encoded[i + 1] - 64);
            result[i / 2] = new Coordinate(prevX / scale, prevY / scale);
        }
        return result;
    }

    private static int ZigZag(int v) => (v >> 1) ^ -(v & 1);

    private static List<EChartsMapFeature> DecodeCollection(Dictionary<string, object?> collection)
    {
        if (Get(collection, "type") as string != "FeatureCollection")
            throw new FormatException("the registered map is not a FeatureCollection");
        var encoded = Get(collection, "UTF8Encoding") is true;
        var scale = Get(collection, "UTF8Scale") is double s ? s : DefaultScale;
        var features = Get(collection, "features") as List<object?> ?? throw new FormatException("no features");
        return features.Select(f => DecodeFeature(AsObject(f, "feature"), encoded, scale)).ToList();
    }

    private static EChartsMapFeature DecodeFeature(Dictionary<string, object?> feature, bool encoded, double scale)
    {
        var properties = Get(feature, "properties") as Dictionary<string, object?>;
        var name = properties is null ? null : Get(properties, "name") as string;
        var id = Get(feature, "id") switch
        {
            string s => s,
            double d => d.ToString(CultureInfo.InvariantCulture),
            _ => null,
        };
        var geometry = AsObject(Get(feature, "geometry"), "geometry");
        return new EChartsMapFeature(id, name ?? "", DecodeGeometry(geometry, encoded, scale));
    }

    private static Geometry DecodeGeometry(Dictionary<string, object?> geometry, bool encoded, double scale)
    {
        var type = Get(geometry, "type") as string;
        var coordinates = AsList(Get(geometry, "coordinates"), "coordinates");
        var offsets = Get(geometry, "encodeOffsets") as List<object?>;
        return type switch
        {
            "Polygon" => ToPolygon(coordinates, offsets, encoded, scale),
            "MultiPolygon" => Factory.CreateMultiPolygon(coordinates
                .Select((p, i) => ToPolygon(AsList(p, "polygon"), offsets is null ? null : AsList(offsets[i], "encodeOffsets"), encoded, scale))
                .ToArray()),
            _ => throw new FormatException($"unsupported geometry type '{type}' (boundaries are polygons)"),
        };
    }

    private static Polygon ToPolygon(List<object?> rings, List<object?>? offsets, bool encoded, double scale)
    {
        var linearRings = rings.Select((r, i) => Factory.CreateLinearRing(Close(
            encoded ? DecodeEncodedRing(r, offsets, i, scale) : ReadPlainRing(r)))).ToArray();
        if (linearRings.Length == 0) throw new FormatException("a polygon without rings");
        return Factory.CreatePolygon(linearRings[0], linearRings[1..]);
    }

    private static Coordinate[] DecodeEncodedRing(object? ring, List<object?>? offsets, int index, double scale)
    {
        var text = ring as string ?? throw new FormatException("an encoded ring is not a string");
        if (offsets is null || index >= offsets.Count) throw new FormatException("a ring has no encodeOffsets");
        var pair = AsList(offsets[index], "encodeOffsets pair");
        return DecodeRing(text, ToLong(pair[0]), ToLong(pair[1]), scale);
    }

    /// <summary>A ring of an unencoded map (UTF8Encoding false): [[x, y], …] in degrees.</summary>
    private static Coordinate[] ReadPlainRing(object? ring) =>
        AsList(ring, "ring").Select(p =>
        {
            var xy = AsList(p, "position");
            return new Coordinate((double)xy[0]!, (double)xy[1]!);
        }).ToArray();

    /// <summary>LinearRings must be closed; ECharts does not require it, so an open ring gets its first point again.</summary>
    private static Coordinate[] Close(Coordinate[] ring)
    {
        if (ring.Length == 0 || ring[0].Equals2D(ring[^1])) return ring;
        return [.. ring, ring[0].Copy()];
    }

    private static long ToLong(object? v) => v is double d && d == Math.Floor(d)
        ? (long)d
        : throw new FormatException("an encodeOffsets value is not an integer");

    private static object? Get(Dictionary<string, object?> o, string key) => o.GetValueOrDefault(key);

    private static Dictionary<string, object?> AsObject(object? v, string what) =>
        v as Dictionary<string, object?> ?? throw new FormatException($"{what} is not an object");

    private static List<object?> AsList(object? v, string what) =>
        v as List<object?> ?? throw new FormatException($"{what} is not an array");
}
