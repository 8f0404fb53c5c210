using NetTopologySuite.Geometries;
using ProjNet.CoordinateSystems.Transformations;

namespace EcoGov.Spatial.Crs;

/// <summary>
/// The projected frame in which areas (m²) and distances (m) of EPSG:4490 geometries are measured: the CGCS2000
/// 3-degree Gauss-Krüger zone whose central meridian is nearest (zoning reference §4: "computed in a projected
/// system, never in degrees"). Within a 3-degree zone the scale error is at most about 0.03 % (1.5° from the
/// central meridian at 35°N); two geometries compared with each other must be projected in the same frame.
/// </summary>
public sealed class MetricFrame
{
    private readonly MathTransform _forward;

    private MetricFrame(int zone)
    {
        Zone = zone;
        Epsg = CoordinateSystems.EpsgWithoutPrefix(zone);
        _forward = CoordinateSystems.ForwardTransform(Epsg);
    }

    private static readonly MetricFrame?[] Frames = new MetricFrame?[CoordinateSystems.LastZone + 1];

    public int Zone { get; }

    /// <summary>EPSG code of the frame (no zone prefix), e.g. 4547 for zone 38.</summary>
    public int Epsg { get; }

    /// <summary>The frame of a zone (25–45).</summary>
    public static MetricFrame ForZone(int zone)
    {
        if (zone is < CoordinateSystems.FirstZone or > CoordinateSystems.LastZone)
            throw new ArgumentOutOfRangeException(nameof(zone), zone, SpatialText.ZoneOutOfRange().Bilingual);
        return Frames[zone] ??= new MetricFrame(zone);
    }

    /// <summary>The frame of the zone containing the centre of a geographic geometry's envelope.</summary>
    public static MetricFrame For(Geometry geographic) => ForZone(CoordinateSystems.ZoneFor(geographic.EnvelopeInternal.Centre.X));

    /// <summary>The frame for a longitude.</summary>
    public static MetricFrame ForLongitude(double longitude) => ForZone(CoordinateSystems.ZoneFor(longitude));

    /// <summary>A projected copy (metres) of an EPSG:4490 geometry; SRID = <see cref="Epsg"/>.</summary>
    public Geometry Project(Geometry geographic)
    {
        var copy = geographic.Copy();
        copy.Apply(new TransformFilter(_forward));
        copy.SRID = Epsg;
        return copy;
    }

    /// <summary>Projects one coordinate (lon, lat in degrees) to (easting, northing) in metres.</summary>
    public (double X, double Y) Project(double longitude, double latitude)
    {
        _forward.Transform(ref longitude, ref latitude);
        return (longitude, latitude);
    }

    /// <summary>Area in m² of an EPSG:4490 polygonal geometry.</summary>
    public double Area(Geometry geographic) => Project(geographic).Area;

    /// <summary>Shortest distance in metres between two EPSG:4490 geometries.</summary>
    public double Distance(Geometry a, Geometry b) => Project(a).Distance(Project(b));
}
