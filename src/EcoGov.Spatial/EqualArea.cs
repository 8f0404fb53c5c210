using NetTopologySuite.Geometries;

namespace EcoGov.Spatial;

/// <summary>
/// Area of a geometry in degrees (longitude, latitude on the CGCS2000 / WGS 84 ellipsoid), computed in
/// the ellipsoidal Lambert cylindrical equal-area projection (Snyder, Map Projections — A Working Manual,
/// eq. 10-15: x = a·λ, y = a·q/2). The projection preserves area exactly, so the planar area of the
/// projected polygon is its area on the ellipsoid, up to the difference between straight projected
/// edges and geodesic edges, which is negligible for boundary segments of a few hundred metres.
/// </summary>
public static class EqualArea
{
    /// <summary>CGCS2000 semi-major axis (m); the same as WGS 84's.</summary>
    private const double A = 6378137.0;

    /// <summary>CGCS2000 flattening (WGS 84: 1/298.257223563; the difference is far below this use's accuracy).</summary>
    private const double F = 1 / 298.257222101;

    private static readonly double E2 = F * (2 - F);
    private static readonly double E = Math.Sqrt(E2);

    /// <summary>Area in square metres of a polygonal geometry given in degrees.</summary>
    public static double SquareMetres(Geometry geographic)
    {
        var projected = geographic.Copy();
        projected.Apply(new ProjectFilter());
        return projected.Area;
    }

    /// <summary>Area in km².</summary>
    public static double SquareKilometres(Geometry geographic) => SquareMetres(geographic) / 1e6;

    /// <summary>Projects (longitude, latitude) in degrees to equal-area cylindrical metres.</summary>
    public static (double X, double Y) Project(double longitude, double latitude)
    {
        var lambda = longitude * Math.PI / 180;
        var sinPhi = Math.Sin(latitude * Math.PI / 180);
        return (A * lambda, A * Q(sinPhi) / 2);
    }

    /// <summary>Snyder's q (eq. 3-12).</summary>
    private static double Q(double sinPhi)
    {
        var es = E * sinPhi;
        return (1 - E2) * (sinPhi / (1 - es * es) - 1 / (2 * E) * Math.Log((1 - es) / (1 + es)));
    }

    private sealed class ProjectFilter : ICoordinateSequenceFilter
    {
        public bool Done => false;
        public bool GeometryChanged => true;

        public void Filter(CoordinateSequence seq, int i)
        {
            var (x, y) = Project(seq.GetX(i), seq.GetY(i));
            seq.SetX(i, x);
            seq.SetY(i, y);
        }
    }
}
