using EcoGov.Spatial.Crs;
using EcoGov.Spatial.Zoning.Import;
using NetTopologySuite.Geometries;
using NetTopologySuite.Operation.Union;

namespace EcoGov.Spatial.Zoning.Assessment;

/// <summary>
/// A site given as a file: a zipped shapefile (read with the layer reader — same bounds, GBK attributes, .prj
/// recognition — and its features united into one site), or text (GeoJSON or a coordinate list, <see cref="SiteInput"/>).
/// </summary>
public static class SiteFile
{
    /// <summary>Most a site file may hold (a site is a few shapes, not a layer): <see cref="ZoningInputLimits.SiteFileBytes"/>.</summary>
    public const int MaxBytes = ZoningInputLimits.SiteFileBytes;

    /// <param name="limits">The vertex cap; null = <see cref="SiteLimits.Default"/>.</param>
    public static ParsedSite Read(string fileName, byte[] bytes, string? crs = null, SiteLimits? limits = null)
    {
        limits ??= SiteLimits.Default;
        if (bytes.Length > MaxBytes)
            throw new SiteInputException(SpatialText.SiteFileTooLarge(Path.GetFileName(fileName), MaxBytes / 1024 / 1024));
        if (!fileName.EndsWith(".zip", StringComparison.OrdinalIgnoreCase))
            return SiteInput.Parse(System.Text.Encoding.UTF8.GetString(bytes), crs, limits);
        if (SiteInput.IsGcj02(crs))
            throw new SiteInputException(SpatialText.SiteShapefileGcj02());
        RawLayer raw;
        // The site bounds, not a layer's: a zipped site expands to at most 20 MB; its vertices are counted from the
        // .shp record headers against the cap as it is read.
        try { raw = LayerFileReader.Read(fileName, bytes, crs is null ? null : CoordinateSystems.Parse(crs), limits.FileBounds); }
        catch (LayerFileException e) { throw new SiteInputException(e.Text); }
        catch (UnsupportedCrsException e) { throw new SiteInputException(e.Text); }
        var parts = raw.Features.Where(f => f.Geometry is { IsEmpty: false }).Select(f => f.Geometry!).ToList();
        if (parts.Count == 0) throw new SiteInputException(SpatialText.SiteShapefileEmpty(raw.FileName));
        var site = parts.Count == 1 ? parts[0] : UnaryUnionOp.Union(parts);
        if (!site.IsValid) site = NetTopologySuite.Geometries.Utilities.GeometryFixer.Fix(site);
        site.SRID = CoordinateSystems.Cgcs2000;
        var warnings = parts.Count > 1 ? new[] { SpatialText.SiteFeaturesUnited(parts.Count) } : [];
        return new ParsedSite(site, $"EPSG:{raw.SourceEpsg}", warnings);
    }
}
