using EcoGov.Core.Jurisdictions;
using EcoGov.Spatial.Boundaries;
using EcoGov.Spatial.Crs;
using NetTopologySuite.Geometries;

namespace EcoGov.Spatial.Tests.Crs;

public class CoordinateSystemsTests
{
    private static readonly GeometryFactory Factory = new(new PrecisionModel(), CoordinateSystems.Cgcs2000);

    [Theory]
    [InlineData(4513, 25, 75, 25_500_000)]
    [InlineData(4525, 37, 111, 37_500_000)]
    [InlineData(4526, 38, 114, 38_500_000)]
    [InlineData(4533, 45, 135, 45_500_000)]
    [InlineData(4534, 25, 75, 500_000)]
    [InlineData(4546, 37, 111, 500_000)]
    [InlineData(4547, 38, 114, 500_000)]
    [InlineData(4554, 45, 135, 500_000)]
    public void Gauss_Kruger_codes_map_to_their_zone_meridian_and_false_easting(int epsg, int zone, double cm, double fe)
    {
        var info = CoordinateSystems.Get(epsg);
        Assert.Equal(zone, info.Zone);
        Assert.Equal(cm, info.CentralMeridian);
        Assert.Equal(fe, info.FalseEasting);
        Assert.False(info.IsGeographic);
    }

    [Theory]
    [InlineData("EPSG:4490", 4490)]
    [InlineData("epsg:4526", 4526)]
    [InlineData(" 4547 ", 4547)]
    [InlineData("CGCS2000", 4490)]
    [InlineData("WGS84", 4326)]
    public void Parse_accepts_codes_and_names(string text, int expected) => Assert.Equal(expected, CoordinateSystems.Parse(text));

    [Theory]
    [InlineData("EPSG:4512")]
    [InlineData("EPSG:4555")]
    [InlineData("EPSG:3857")]
    [InlineData("GCJ-02")]
    [InlineData("")]
    public void Parse_rejects_other_systems_naming_what_is_supported(string text)
    {
        var e = Assert.Throws<UnsupportedCrsException>(() => CoordinateSystems.Parse(text));
        Assert.Contains("EPSG:4490", e.Message);
        Assert.Contains("GCJ-02", e.Message);
    }

    [Theory]
    [InlineData(110.6, 37)] // 稷山县
    [InlineData(112.5, 38)] // exactly between 111 and 114 rounds away from zero
    [InlineData(112.85, 38)] // 城区
    [InlineData(113.1, 38)] // 上党区
    [InlineData(60, 25)]
    [InlineData(140, 45)]
    public void Zone_is_the_nearest_central_meridian(double lon, int zone) => Assert.Equal(zone, CoordinateSystems.ZoneFor(lon));

    /// <summary>
    /// An independent oracle: Snyder, Map Projections — A Working Manual (USGS PP 1395), eq. 8-9 and 8-10 (Transverse
    /// Mercator forward, ellipsoid, k0 = 1), with the meridian distance of eq. 3-21, on the CGCS2000 ellipsoid.
    /// Snyder's series is accurate to well under a millimetre within a 3-degree zone.
    /// </summary>
    private static (double X, double Y) Snyder(double lon, double lat, double cm, double falseEasting)
    {
        const double a = 6378137.0, f = 1 / 298.257222101;
        var e2 = f * (2 - f);
        var ep2 = e2 / (1 - e2);
        var phi = lat * Math.PI / 180;
        var lam = (lon - cm) * Math.PI / 180;
        var n = a / Math.Sqrt(1 - e2 * Math.Sin(phi) * Math.Sin(phi));
        var t = Math.Tan(phi) * Math.Tan(phi);
        var c = ep2 * Math.Cos(phi) * Math.Cos(phi);
        var A = lam * Math.Cos(phi);
        var m = a * ((1 - e2 / 4 - 3 * e2 * e2 / 64 - 5 * e2 * e2 * e2 / 256) * phi
            - (3 * e2 / 8 + 3 * e2 * e2 / 32 + 45 * e2 * e2 * e2 / 1024) * Math.Sin(2 * phi)
            + (15 * e2 * e2 / 256 + 45 * e2 * e2 * e2 / 1024) * Math.Sin(4 * phi)
            - 35 * e2 * e2 * e2 / 3072 * Math.Sin(6 * phi));
        var x = n * (A + (1 - t + c) * Math.Pow(A, 3) / 6 + (5 - 18 * t + t * t + 72 * c - 58 * ep2) * Math.Pow(A, 5) / 120);
        var y = m + n * Math.Tan(phi) * (A * A / 2 + (5 - t + 9 * c + 4 * c * c) * Math.Pow(A, 4) / 24
            + (61 - 58 * t + t * t + 600 * c - 330 * ep2) * Math.Pow(A, 6) / 720);
        return (x + falseEasting, y);
    }

    [Theory]
    [InlineData(112.85, 35.50, 4526)]  // 城区, zone 38 with prefix
    [InlineData(112.85, 35.50, 4547)]  // same, without prefix
    [InlineData(113.10, 36.05, 4547)]  // 上党区
    [InlineData(110.60, 35.60, 4546)]  // 稷山县, zone 37
    [InlineData(114.00, 36.00, 4547)]  // on the central meridian
    [InlineData(112.50, 35.00, 4526)]  // 1.5° west of the central meridian, the zone edge
    public void Forward_and_inverse_agree_with_Snyder_and_round_trip(double lon, double lat, int epsg)
    {
        var info = CoordinateSystems.Get(epsg);
        var expected = Snyder(lon, lat, info.CentralMeridian!.Value, info.FalseEasting);
        var projected = (Point)CoordinateSystems.FromCgcs2000(Factory.CreatePoint(new Coordinate(lon, lat)), epsg);
        Assert.Equal(epsg, projected.SRID);
        Assert.Equal(expected.X, projected.X, 0.01);
        Assert.Equal(expected.Y, projected.Y, 0.01);

        var back = (Point)CoordinateSystems.ToCgcs2000(projected, epsg);
        Assert.Equal(CoordinateSystems.Cgcs2000, back.SRID);
        Assert.Equal(lon, back.X, 1e-9);
        Assert.Equal(lat, back.Y, 1e-9);
        var (bx, by) = CoordinateSystems.ToCgcs2000(projected.X, projected.Y, epsg);
        Assert.Equal(lon, bx, 1e-9);
        Assert.Equal(lat, by, 1e-9);
    }

    [Fact]
    public void Geographic_systems_are_left_as_they_are()
    {
        var p = Factory.CreatePoint(new Coordinate(112.85, 35.5));
        var wgs = (Point)CoordinateSystems.ToCgcs2000(p, CoordinateSystems.Wgs84);
        Assert.Equal((112.85, 35.5), (wgs.X, wgs.Y));
        Assert.Equal(4490, wgs.SRID);
    }

    [Fact]
    public void A_metric_frame_measures_a_kilometre_and_a_square_kilometre()
    {
        var frame = MetricFrame.ForLongitude(112.85);
        Assert.Equal(38, frame.Zone);
        Assert.Equal(4547, frame.Epsg);
        // 1 km north of (112.85, 35.5) along the meridian: Δφ = 1000 / M(φ) with M the meridian radius of curvature.
        const double a = 6378137.0, f = 1 / 298.257222101;
        var e2 = f * (2 - f);
        var phi = 35.5 * Math.PI / 180;
        var rho = a * (1 - e2) / Math.Pow(1 - e2 * Math.Sin(phi) * Math.Sin(phi), 1.5);
        var dLat = 1000 / rho * 180 / Math.PI;
        var p = Factory.CreatePoint(new Coordinate(112.85, 35.5));
        var q = Factory.CreatePoint(new Coordinate(112.85, 35.5 + dLat));
        // Gauss-Krüger scale 1.5° off the central meridian is ≈ 1 + (Δλ cos φ)²/2 ≈ 1.00014 at 112.85°E.
        var scale = 1 + Math.Pow((112.85 - 114) * Math.PI / 180 * Math.Cos(phi), 2) / 2;
        Assert.Equal(1000 * scale, frame.Distance(p, q), 0.01);
    }

    [Fact]
    public void Metric_frame_area_of_a_county_agrees_with_the_equal_area_projection()
    {
        var chengqu = BoundarySources.Read(RepoPaths.Boundaries, new BoundarySource("shan1_xi1_jin4_cheng2.js", "城区", null)).Geometry;
        var frame = MetricFrame.For(chengqu);
        Assert.Equal(38, frame.Zone);
        var gk = frame.Area(chengqu);
        var equalArea = EqualArea.SquareMetres(chengqu);
        // The GK scale factor near 112.85°E, 35.5°N is 1.00014, so areas are ≈ 0.03 % larger.
        Assert.InRange(gk / equalArea, 1.0, 1.0006);
    }

    [Fact]
    public void Zones_outside_25_to_45_are_refused() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => MetricFrame.ForZone(24));
}
