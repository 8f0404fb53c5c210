using System.Globalization;
using System.Text.RegularExpressions;
using EcoGov.Core.Text;
using EcoGov.Spatial.Crs;

namespace EcoGov.Spatial.Zoning.Import;

/// <summary>
/// Recognises the coordinate system of a shapefile's .prj (OGC or Esri WKT 1) by its parameters rather than its
/// name: the geographic datum (CGCS2000 or WGS 84), and for a projected system a Transverse Mercator / Gauss-Krüger
/// projection with scale 1, latitude of origin 0, a central meridian on a 3-degree zone and a false easting of
/// 500,000 m (EPSG:4534–4554) or zone × 1,000,000 + 500,000 m (EPSG:4513–4533). Anything else (Xi'an 1980,
/// Beijing 1954, 6-degree zones, UTM…) is not supported and yields null with a reason.
/// </summary>
public static partial class PrjRecognizer
{
    public static int? Recognize(string wkt, out Message? reason)
    {
        reason = null;
        var text = wkt.Trim();
        var upper = text.ToUpperInvariant();
        var geog = GeogName().Match(text);
        var datum = DatumName().Match(text);
        var names = ((geog.Success ? geog.Groups[1].Value : "") + " " + (datum.Success ? datum.Groups[1].Value : "")).ToUpperInvariant();
        int? geographic = null;
        if (names.Contains("2000", StringComparison.Ordinal) || names.Contains("CGCS", StringComparison.Ordinal)) geographic = CoordinateSystems.Cgcs2000;
        else if (names.Contains("WGS", StringComparison.Ordinal) && names.Contains("84", StringComparison.Ordinal)) geographic = CoordinateSystems.Wgs84;
        if (geographic is null)
        {
            reason = SpatialText.PrjDatumUnsupported(names.Trim());
            return null;
        }
        if (!upper.StartsWith("PROJCS", StringComparison.Ordinal)) return geographic;
        if (geographic != CoordinateSystems.Cgcs2000)
        {
            reason = SpatialText.PrjProjectedWgs84();
            return null;
        }
        if (!(upper.Contains("TRANSVERSE_MERCATOR", StringComparison.Ordinal) || upper.Contains("GAUSS_KRUGER", StringComparison.Ordinal)
              || upper.Contains("TRANSVERSE MERCATOR", StringComparison.Ordinal)))
        {
            reason = SpatialText.PrjNotGaussKruger();
            return null;
        }
        var p = Parameters(text);
        double Get(string key, double fallback) => p.TryGetValue(key, out var v) ? v : fallback;
        var cm = Get("central_meridian", double.NaN);
        var fe = Get("false_easting", double.NaN);
        var scale = Get("scale_factor", 1);
        var lat0 = Get("latitude_of_origin", 0);
        var fn = Get("false_northing", 0);
        if (double.IsNaN(cm) || double.IsNaN(fe))
        {
            reason = SpatialText.PrjMissingParameters();
            return null;
        }
        var zone = (int)Math.Round(cm / 3);
        if (Math.Abs(cm - zone * 3) > 1e-9 || zone is < CoordinateSystems.FirstZone or > CoordinateSystems.LastZone
            || Math.Abs(scale - 1) > 1e-12 || Math.Abs(lat0) > 1e-12 || Math.Abs(fn) > 1e-6)
        {
            reason = SpatialText.PrjNotZone(cm, scale);
            return null;
        }
        if (Math.Abs(fe - 500_000) < 1e-6) return CoordinateSystems.EpsgWithoutPrefix(zone);
        if (Math.Abs(fe - (zone * 1_000_000 + 500_000)) < 1e-6) return CoordinateSystems.EpsgWithPrefix(zone);
        reason = SpatialText.PrjFalseEasting(fe, zone);
        return null;
    }

    private static Dictionary<string, double> Parameters(string wkt)
    {
        var d = new Dictionary<string, double>(StringComparer.OrdinalIgnoreCase);
        foreach (Match m in Parameter().Matches(wkt))
            if (double.TryParse(m.Groups[2].Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var v))
                d[m.Groups[1].Value.Replace(' ', '_')] = v;
        return d;
    }

    [GeneratedRegex("""PARAMETER\s*\[\s*"([^"]+)"\s*,\s*([-+0-9.eE]+)""", RegexOptions.IgnoreCase)]
    private static partial Regex Parameter();

    [GeneratedRegex("""GEOGCS\s*\[\s*"([^"]*)""", RegexOptions.IgnoreCase)]
    private static partial Regex GeogName();

    [GeneratedRegex("""DATUM\s*\[\s*"([^"]*)""", RegexOptions.IgnoreCase)]
    private static partial Regex DatumName();
}
