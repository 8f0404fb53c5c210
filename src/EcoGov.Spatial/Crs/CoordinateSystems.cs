using System.Globalization;
using EcoGov.Core.Text;
using NetTopologySuite.Geometries;
using ProjNet.CoordinateSystems;
using ProjNet.CoordinateSystems.Transformations;

namespace EcoGov.Spatial.Crs;

/// <summary>A coordinate reference system this platform accepts, by its EPSG code.</summary>
/// <param name="Epsg">EPSG code.</param>
/// <param name="Name">The EPSG name, e.g. "CGCS2000 / 3-degree Gauss-Kruger zone 38".</param>
/// <param name="CentralMeridian">Degrees east for a Gauss-Krüger system; null for a geographic one.</param>
/// <param name="FalseEasting">Metres; 38,500,000 for zone 38 with the zone prefix, 500,000 without.</param>
public sealed record CrsInfo(int Epsg, string Name, double? CentralMeridian, double FalseEasting)
{
    public bool IsGeographic => CentralMeridian is null;

    /// <summary>The 3-degree zone number (central meridian / 3), or null for a geographic system.</summary>
    public int? Zone => CentralMeridian is { } cm ? (int)Math.Round(cm / 3) : null;

    public override string ToString() => $"EPSG:{Epsg} {Name}";
}

/// <summary>
/// The coordinate systems of Chinese zoning data (zoning reference §4): CGCS2000 geographic (EPSG:4490), WGS 84
/// (EPSG:4326) and CGCS2000 3-degree Gauss-Krüger zones 25–45, with the zone number prefixed to the false easting
/// (EPSG:4513–4533) or without it (EPSG:4534–4554, named by central meridian 75°E–135°E). Everything is stored in
/// EPSG:4490; areas and distances are measured in the 3-degree zone of the geometry (<see cref="MetricFrame"/>).
/// </summary>
/// <remarks>
/// CGCS2000 and WGS 84 differ by centimetres at map scale (the ellipsoids' flattening differs in the 11th digit and
/// the frames agree within a few centimetres), so 4326 and 4490 are treated as the same coordinates — as the zoning
/// reference §4 says, "practically identical". Transverse Mercator arithmetic is ProjNET's.
/// </remarks>
public static class CoordinateSystems
{
    public const int Cgcs2000 = 4490;
    public const int Wgs84 = 4326;

    /// <summary>First and last 3-degree zone with EPSG codes (zone 25 = 75°E … zone 45 = 135°E).</summary>
    public const int FirstZone = 25, LastZone = 45;

    private const string Cgcs2000Wkt =
        "GEOGCS[\"China Geodetic Coordinate System 2000\",DATUM[\"China_2000\",SPHEROID[\"CGCS2000\",6378137,298.257222101]," +
        "TOWGS84[0,0,0,0,0,0,0]],PRIMEM[\"Greenwich\",0],UNIT[\"degree\",0.0174532925199433],AUTHORITY[\"EPSG\",\"4490\"]]";

    private static readonly CoordinateSystemFactory Factory = new();
    private static readonly CoordinateTransformationFactory Transformations = new();
    private static readonly GeographicCoordinateSystem Geographic = (GeographicCoordinateSystem)Factory.CreateFromWkt(Cgcs2000Wkt);
    private static readonly Lock Gate = new();
    private static readonly Dictionary<int, (MathTransform ToGeographic, MathTransform FromGeographic)> Cache = [];

    /// <summary>True for 4490, 4326 and 4513–4554.</summary>
    public static bool IsSupported(int epsg) => epsg is Cgcs2000 or Wgs84 or (>= 4513 and <= 4554);

    /// <summary>What the platform knows of an EPSG code; throws <see cref="UnsupportedCrsException"/> for others.</summary>
    public static CrsInfo Get(int epsg)
    {
        switch (epsg)
        {
            case Cgcs2000: return new CrsInfo(epsg, "China Geodetic Coordinate System 2000", null, 0);
            case Wgs84: return new CrsInfo(epsg, "WGS 84", null, 0);
            case >= 4513 and <= 4533:
                {
                    var zone = epsg - 4513 + FirstZone;
                    return new CrsInfo(epsg, $"CGCS2000 / 3-degree Gauss-Kruger zone {zone}", zone * 3, zone * 1_000_000 + 500_000);
                }
            case >= 4534 and <= 4554:
                {
                    var cm = (epsg - 4534 + FirstZone) * 3;
                    return new CrsInfo(epsg, $"CGCS2000 / 3-degree Gauss-Kruger CM {cm}E", cm, 500_000);
                }
            default: throw new UnsupportedCrsException(epsg);
        }
    }

    /// <summary>
    /// Parses "EPSG:4526", "epsg:4526", "4526", "CGCS2000" (4490) or "WGS84" (4326). Throws
    /// <see cref="UnsupportedCrsException"/> for anything else, including GCJ-02 (which must be converted first).
    /// </summary>
    public static int Parse(string text)
    {
        var t = text.Trim().ToUpperInvariant().Replace(" ", "", StringComparison.Ordinal);
        if (t is "CGCS2000") return Cgcs2000;
        if (t is "WGS84" or "WGS-84") return Wgs84;
        if (t.StartsWith("EPSG:", StringComparison.Ordinal)) t = t[5..];
        if (int.TryParse(t, NumberStyles.None, CultureInfo.InvariantCulture, out var epsg) && IsSupported(epsg)) return epsg;
        throw new UnsupportedCrsException(text);
    }

    /// <summary>The 3-degree Gauss-Krüger zone whose central meridian is nearest to a longitude (zone 38 for 112.9°E... 114°E).</summary>
    public static int ZoneFor(double longitude)
    {
        var zone = (int)Math.Round(longitude / 3, MidpointRounding.AwayFromZero);
        return Math.Clamp(zone, FirstZone, LastZone);
    }

    /// <summary>EPSG code of a zone's system without the zone prefix (4534 + zone − 25), e.g. 4547 for zone 38.</summary>
    public static int EpsgWithoutPrefix(int zone) => 4534 + zone - FirstZone;

    /// <summary>EPSG code of a zone's system with the zone prefix (4513 + zone − 25), e.g. 4526 for zone 38.</summary>
    public static int EpsgWithPrefix(int zone) => 4513 + zone - FirstZone;

    /// <summary>
    /// The first vertex whose X or Y is NaN or ±Infinity, with its 1-based number in the geometry's coordinate order;
    /// null when every coordinate is finite. (Comparisons with NaN are all false, so range checks alone let it through.)
    /// </summary>
    public static (int Vertex, Coordinate Coordinate)? FirstNonFinite(Geometry geometry)
    {
        var filter = new NonFiniteFilter();
        geometry.Apply(filter);
        return filter.Found;
    }

    /// <summary>Throws <see cref="NonFiniteCoordinateException"/> naming the first vertex that is NaN or infinite.</summary>
    public static void RequireFinite(Geometry geometry)
    {
        if (FirstNonFinite(geometry) is { } bad) throw new NonFiniteCoordinateException(bad.Vertex, bad.Coordinate.X, bad.Coordinate.Y);
    }

    /// <summary>A copy of the geometry in EPSG:4490 (lon/lat degrees), SRID set. Throws <see cref="NonFiniteCoordinateException"/> for NaN or ±Infinity.</summary>
    public static Geometry ToCgcs2000(Geometry geometry, int fromEpsg)
    {
        var info = Get(fromEpsg);
        RequireFinite(geometry);
        var copy = geometry.Copy();
        if (!info.IsGeographic) copy.Apply(new TransformFilter(Transforms(fromEpsg).ToGeographic));
        copy.SRID = Cgcs2000;
        return copy;
    }

    /// <summary>A copy of a EPSG:4490 geometry in another supported system, SRID set.</summary>
    public static Geometry FromCgcs2000(Geometry geometry, int toEpsg)
    {
        var info = Get(toEpsg);
        RequireFinite(geometry);
        var copy = geometry.Copy();
        if (!info.IsGeographic) copy.Apply(new TransformFilter(Transforms(toEpsg).FromGeographic));
        copy.SRID = toEpsg;
        return copy;
    }

    /// <summary>Transforms one coordinate from a supported system to EPSG:4490.</summary>
    public static (double Longitude, double Latitude) ToCgcs2000(double x, double y, int fromEpsg)
    {
        if (!double.IsFinite(x) || !double.IsFinite(y)) throw new NonFiniteCoordinateException(1, x, y);
        if (Get(fromEpsg).IsGeographic) return (x, y);
        Transforms(fromEpsg).ToGeographic.Transform(ref x, ref y);
        return (x, y);
    }

    internal static MathTransform ForwardTransform(int epsg) => Transforms(epsg).FromGeographic;

    private static (MathTransform ToGeographic, MathTransform FromGeographic) Transforms(int epsg)
    {
        lock (Gate)
        {
            if (Cache.TryGetValue(epsg, out var cached)) return cached;
            var info = Get(epsg);
            var projected = Factory.CreateFromWkt(Wkt(info));
            var forward = Transformations.CreateFromCoordinateSystems(Geographic, projected).MathTransform;
            var inverse = Transformations.CreateFromCoordinateSystems(projected, Geographic).MathTransform;
            Cache[epsg] = (inverse, forward);
            return (inverse, forward);
        }
    }

    /// <summary>OGC WKT 1 of a Gauss-Krüger system: Transverse Mercator, scale 1, latitude of origin 0.</summary>
    public static string Wkt(CrsInfo info)
    {
        if (info.IsGeographic) return Cgcs2000Wkt;
        var c = CultureInfo.InvariantCulture;
        return string.Create(c,
            $"PROJCS[\"{info.Name}\",{Cgcs2000Wkt},PROJECTION[\"Transverse_Mercator\"]," +
            $"PARAMETER[\"latitude_of_origin\",0],PARAMETER[\"central_meridian\",{info.CentralMeridian}]," +
            $"PARAMETER[\"scale_factor\",1],PARAMETER[\"false_easting\",{info.FalseEasting}],PARAMETER[\"false_northing\",0]," +
            $"UNIT[\"metre\",1],AXIS[\"Easting\",EAST],AXIS[\"Northing\",NORTH],AUTHORITY[\"EPSG\",\"{info.Epsg}\"]]");
    }
}

/// <summary>Applies a ProjNET transform to every coordinate of a geometry, in place.</summary>
internal sealed class TransformFilter(MathTransform transform) : ICoordinateSequenceFilter
{
    public bool Done => false;
    public bool GeometryChanged => true;

    public void Filter(CoordinateSequence seq, int i)
    {
        double x = seq.GetX(i), y = seq.GetY(i);
        transform.Transform(ref x, ref y);
        seq.SetX(i, x);
        seq.SetY(i, y);
    }
}

/// <summary>Stops at the first coordinate whose X or Y is not finite.</summary>
internal sealed class NonFiniteFilter : ICoordinateSequenceFilter
{
    private int seen;
    public (int Vertex, Coordinate Coordinate)? Found { get; private set; }
    public bool Done => Found is not null;
    public bool GeometryChanged => false;

    public void Filter(CoordinateSequence seq, int i)
    {
        seen++;
        double x = seq.GetX(i), y = seq.GetY(i);
        if (!double.IsFinite(x) || !double.IsFinite(y)) Found = (seen, new Coordinate(x, y));
    }
}

/// <summary>
/// A coordinate that is NaN or ±Infinity: bad input, never handed to ProjNET (whose inverse Transverse Mercator
/// answers NaN with "No convergence"). <see cref="Vertex"/> is 1-based in the geometry's coordinate order.
/// </summary>
public sealed class NonFiniteCoordinateException(int vertex, double x, double y)
    : ArgumentException(SpatialText.VertexNotFinite(vertex, x, y).Bilingual)
{
    public int Vertex { get; } = vertex;

    /// <summary>The refusal, in the catalogue's terms.</summary>
    public Message Text => SpatialText.VertexNotFinite(Vertex, x, y);
}

/// <summary>A coordinate system the platform does not accept; the message says which ones it does.</summary>
public sealed class UnsupportedCrsException(string given) : ArgumentException(SpatialText.UnsupportedCrs(given).Bilingual)
{
    /// <summary>The refusal, in the catalogue's terms.</summary>
    public Message Text { get; } = SpatialText.UnsupportedCrs(given);

    public UnsupportedCrsException(int epsg) : this($"EPSG:{epsg}") { }
}
