using EcoGov.Spatial.Zoning.Import;

namespace EcoGov.Spatial.Zoning.Assessment;

/// <summary>
/// Caps on a site (选址), configurable per host (web setting <c>EcoGov:Zoning:MaxSiteVertices</c>); the default is
/// <see cref="ZoningInputLimits.SiteVertices"/>. Vertices are counted while the site is read — coordinate text line by
/// line, GeoJSON positions in a streaming pre-pass, shapefile records from their headers — and the read stops at the
/// first vertex over the cap, so an oversized site is refused in a fraction of a second, with the count in the message.
/// </summary>
public sealed record SiteLimits
{
    public SiteLimits(int maxVertices = ZoningInputLimits.SiteVertices)
    {
        if (maxVertices < 1) throw new ArgumentOutOfRangeException(nameof(maxVertices), maxVertices, SpatialText.AtLeastOneVertex().Bilingual);
        MaxVertices = maxVertices;
    }

    public int MaxVertices { get; }

    public static SiteLimits Default { get; } = new();

    /// <summary>The bounds for a site given as a zipped shapefile: the site file bounds with this vertex cap.</summary>
    public LayerUploadBounds FileBounds => LayerUploadBounds.Site with { MaxVertices = MaxVertices };

    /// <summary>The refusal once the <paramref name="reached"/>-th vertex is over the cap.</summary>
    internal SiteInputException TooMany(long reached) =>
        new(SpatialText.SiteTooManyVertices(MaxVertices, reached));
}
