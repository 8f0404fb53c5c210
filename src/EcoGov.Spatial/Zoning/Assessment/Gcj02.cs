namespace EcoGov.Spatial.Zoning.Assessment;

/// <summary>
/// GCJ-02 (国测局坐标, "火星坐标"), the obfuscated coordinates of Chinese commercial web maps (offset up to several
/// hundred metres from WGS 84 / CGCS2000). The forward offset is the widely published public formula; the inverse
/// has no closed form and is found by fixed-point iteration (start at the GCJ-02 point, subtract the offset of the
/// current guess, repeat until the step is below 1e-9°, at most 30 steps). The iteration converges to well under a
/// centimetre against the published formula; the published formula itself reproduces the official offset only to
/// about 1 m, which is therefore the residual to expect. Outside China's rough bounding box the offset is zero and
/// coordinates are left as they are.
/// </summary>
public static class Gcj02
{
    private const double A = 6378245.0;
    private const double Ee = 0.00669342162296594323;

    /// <summary>The rectangle in which the public formula applies an offset.</summary>
    public static bool OutOfChina(double lon, double lat) => lon is < 72.004 or > 137.8347 || lat is < 0.8293 or > 55.8271;

    /// <summary>WGS 84 → GCJ-02 (the public forward formula).</summary>
    public static (double Lon, double Lat) FromWgs84(double lon, double lat)
    {
        if (OutOfChina(lon, lat)) return (lon, lat);
        var (dLon, dLat) = Offset(lon, lat);
        return (lon + dLon, lat + dLat);
    }

    /// <summary>GCJ-02 → WGS 84 / CGCS2000 by iteration.</summary>
    public static (double Lon, double Lat) ToWgs84(double lon, double lat)
    {
        if (OutOfChina(lon, lat)) return (lon, lat);
        double x = lon, y = lat;
        for (var i = 0; i < 30; i++)
        {
            var (gx, gy) = FromWgs84(x, y);
            double dx = gx - lon, dy = gy - lat;
            x -= dx;
            y -= dy;
            if (Math.Abs(dx) < 1e-9 && Math.Abs(dy) < 1e-9) break;
        }
        return (x, y);
    }

    private static (double DLon, double DLat) Offset(double lon, double lat)
    {
        var dLat = TransformLat(lon - 105.0, lat - 35.0);
        var dLon = TransformLon(lon - 105.0, lat - 35.0);
        var radLat = lat / 180.0 * Math.PI;
        var magic = Math.Sin(radLat);
        magic = 1 - Ee * magic * magic;
        var sqrtMagic = Math.Sqrt(magic);
        dLat = dLat * 180.0 / (A * (1 - Ee) / (magic * sqrtMagic) * Math.PI);
        dLon = dLon * 180.0 / (A / sqrtMagic * Math.Cos(radLat) * Math.PI);
        return (dLon, dLat);
    }

    private static double TransformLat(double x, double y)
    {
        var r = -100.0 + 2.0 * x + 3.0 * y + 0.2 * y * y + 0.1 * x * y + 0.2 * Math.Sqrt(Math.Abs(x));
        r += (20.0 * Math.Sin(6.0 * x * Math.PI) + 20.0 * Math.Sin(2.0 * x * Math.PI)) * 2.0 / 3.0;
        r += (20.0 * Math.Sin(y * Math.PI) + 40.0 * Math.Sin(y / 3.0 * Math.PI)) * 2.0 / 3.0;
        r += (160.0 * Math.Sin(y / 12.0 * Math.PI) + 320 * Math.Sin(y * Math.PI / 30.0)) * 2.0 / 3.0;
        return r;
    }

    private static double TransformLon(double x, double y)
    {
        var r = 300.0 + x + 2.0 * y + 0.1 * x * x + 0.1 * x * y + 0.1 * Math.Sqrt(Math.Abs(x));
        r += (20.0 * Math.Sin(6.0 * x * Math.PI) + 20.0 * Math.Sin(2.0 * x * Math.PI)) * 2.0 / 3.0;
        r += (20.0 * Math.Sin(x * Math.PI) + 40.0 * Math.Sin(x / 3.0 * Math.PI)) * 2.0 / 3.0;
        r += (150.0 * Math.Sin(x / 12.0 * Math.PI) + 300.0 * Math.Sin(x / 30.0 * Math.PI)) * 2.0 / 3.0;
        return r;
    }
}
