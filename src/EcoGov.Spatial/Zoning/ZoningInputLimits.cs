namespace EcoGov.Spatial.Zoning;

/// <summary>
/// The size limits of zoning input, per purpose, in one place (docs/reliability.md explains each). A
/// <b>site</b> (选址) is the few shapes of one project, drawn, typed or surveyed; a <b>layer</b> (图层) is a city's or
/// county's published zoning data. The readers enforce them (<see cref="Import.LayerUploadBounds.Site"/>,
/// <see cref="Import.LayerUploadBounds.Layer"/>, <see cref="Assessment.SiteLimits"/>); the web app takes its request
/// size limits from them and the CLI checks file sizes against them before reading.
/// </summary>
/// <remarks>
/// Memory: a zipped upload is read entry by entry as a stream, never expanded whole into memory; headers are checked
/// against the entries' sizes before any content is read and the first structural error stops the read. What a
/// request holds is then the upload itself plus the features read, so the vertex and feature caps bound it: NTS keeps
/// about 40 bytes per vertex, so a site (100,000 vertices) stays in the tens of megabytes and the largest layer
/// (10,000,000 vertices, 500,000 features) well under a gigabyte.
/// </remarks>
public static class ZoningInputLimits
{
    public const int MiB = 1024 * 1024;

    /// <summary>A site file as uploaded (zip, GeoJSON or coordinate text), and the largest site text a request carries.</summary>
    public const int SiteFileBytes = 20 * MiB;

    /// <summary>A zipped site shapefile: all its entries together, uncompressed (so each entry too).</summary>
    public const long SiteUncompressedBytes = 20 * MiB;

    /// <summary>Entries in a zipped site shapefile (.shp, .shx, .dbf, .prj, .cpg and a few side files).</summary>
    public const int SiteZipEntries = 16;

    /// <summary>Features in a site shapefile (they are united into one site).</summary>
    public const int SiteFeatures = 10_000;

    /// <summary>Default cap on a site's vertices (configurable: <see cref="Assessment.SiteLimits"/>, web setting EcoGov:Zoning:MaxSiteVertices).</summary>
    public const int SiteVertices = 100_000;

    /// <summary>A site up to this many vertices is echoed in responses (WKT in the JSON, the map on the page); a larger one is summarised (vertex count, bounding box, area).</summary>
    public const int EchoedSiteVertices = 1_000;

    /// <summary>A layer file as uploaded (zipped shapefile or GeoJSON).</summary>
    public const long LayerUploadBytes = 100L * MiB;

    /// <summary>One entry of a zipped layer, uncompressed.</summary>
    public const long LayerEntryBytes = 300L * MiB;

    /// <summary>All entries of a zipped layer together, uncompressed.</summary>
    public const long LayerUncompressedBytes = 500L * MiB;

    /// <summary>Entries in a zipped layer.</summary>
    public const int LayerZipEntries = 64;

    /// <summary>Features in a layer (a city's basic-farmland layer has a few hundred thousand patches).</summary>
    public const int LayerFeatures = 500_000;

    /// <summary>Vertices in a layer (about 160 MB of .shp coordinates).</summary>
    public const int LayerVertices = 10_000_000;

    /// <summary>Compression ratio above which an entry is taken for a zip bomb.</summary>
    public const double MaxCompressionRatio = 200;

    /// <summary>Entries smaller than this are not ratio-checked (a .dbf of blank text compresses very well); their size is still bounded.</summary>
    public const long RatioCheckedFromBytes = 1 * MiB;

    /// <summary>Side files read whole (.prj, .cpg): a coordinate system's WKT is well under a kilobyte.</summary>
    public const int SideFileBytes = 64 * 1024;

    /// <summary>A request's form fields besides the file (added to the file limits for the request size limits).</summary>
    public const int FormOverheadBytes = 1 * MiB;
}
