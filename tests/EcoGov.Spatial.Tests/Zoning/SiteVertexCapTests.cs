using System.Globalization;
using System.Text;
using EcoGov.Spatial.Crs;
using EcoGov.Spatial.Zoning;
using EcoGov.Spatial.Zoning.Assessment;
using NetTopologySuite.Features;
using NetTopologySuite.Geometries;
using static EcoGov.Tests.Shared.ZoningLayerFixtures;

namespace EcoGov.Spatial.Tests.Zoning;

/// <summary>
/// The site vertex cap (default 100,000, configurable): counted while the site is read, the read stops at the first
/// vertex over the cap, and the message gives the cap and the count. (No timing here: the web test and
/// docs/reliability.md record the time.)
/// </summary>
[Trait("Category", "Probe")]
public class SiteVertexCapTests
{
    /// <summary>A zig-zag line of <paramref name="n"/> vertices near 112.85°E 35.50°N, as "lon,lat" lines.</summary>
    public static string Line(int n)
    {
        var sb = new StringBuilder(n * 24);
        for (var i = 0; i < n; i++)
            sb.Append(CultureInfo.InvariantCulture, $"{112.8 + i * 1e-6:0.000000},{35.5 + (i % 2) * 1e-6:0.000000}\n");
        return sb.ToString();
    }

    [Fact]
    public void The_default_cap_is_100000()
    {
        Assert.Equal(100_000, SiteLimits.Default.MaxVertices);
        Assert.Equal(ZoningInputLimits.SiteVertices, LayerUploadBoundsSiteVertices());
        static int LayerUploadBoundsSiteVertices() => EcoGov.Spatial.Zoning.Import.LayerUploadBounds.Site.MaxVertices;
    }

    [Fact]
    public void A_coordinate_list_of_100001_vertices_is_refused_with_the_count_and_100000_are_read()
    {
        var e = Assert.Throws<SiteInputException>(() => SiteInput.Parse(Line(100_001)));
        Assert.Contains("超过上限 100000 个", e.Message);
        Assert.Contains("第 100001 个顶点", e.Message);
        Assert.Contains("more than 100000 vertices", e.Message);
        Assert.Equal(100_000, SiteInput.Parse(Line(100_000)).Geometry.NumPoints);
    }

    [Fact]
    public void Reading_stops_at_the_vertex_over_the_cap_without_parsing_what_follows()
    {
        // Whatever follows the 100,001st vertex is never looked at: the answer is the cap, not the bad item after it.
        var e = Assert.Throws<SiteInputException>(() => SiteInput.Parse(Line(100_001) + "这不是坐标\n" + new string('x', 1_000_000)));
        Assert.Contains("第 100001 个顶点", e.Message);
        // (and below the cap the same bad item is reported as such)
        Assert.Contains("无法识别", Assert.Throws<SiteInputException>(() => SiteInput.Parse(Line(10) + "这不是坐标")).Message);
    }

    [Fact]
    public void A_geojson_site_over_the_cap_is_refused_while_counting_positions()
    {
        var positions = string.Join(",", Enumerable.Range(0, 100_001).Select(i => string.Create(CultureInfo.InvariantCulture, $"[{112.8 + i * 1e-6:0.000000},35.5]")));
        var e = Assert.Throws<SiteInputException>(() => SiteInput.Parse($$"""{"type":"LineString","coordinates":[{{positions}}]}"""));
        Assert.Contains("第 100001 个顶点", e.Message);
        var feature = """{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"coordinates":[[1,2],[3,4]]},"geometry":{"type":"MultiPoint","coordinates":[[112.85,35.5],[112.86,35.5],[112.87,35.5]]}}]}""";
        Assert.Equal(3, SiteInput.Parse(feature, limits: new SiteLimits(3)).Geometry.NumPoints);
        Assert.Contains("超过上限 2 个", Assert.Throws<SiteInputException>(() => SiteInput.Parse(feature, limits: new SiteLimits(2))).Message);
    }

    [Fact]
    public void The_cap_is_configurable_for_text_geojson_and_shapefile_sites()
    {
        var limits = new SiteLimits(10);
        Assert.Equal(10, SiteInput.Parse(Line(10), limits: limits).Geometry.NumPoints);
        Assert.Contains("第 11 个顶点", Assert.Throws<SiteInputException>(() => SiteInput.Parse(Line(11), limits: limits)).Message);
        Assert.Contains("上限 10", Assert.Throws<SiteInputException>(() => SiteFile.Read("site.txt", Encoding.UTF8.GetBytes(Line(11)), limits: limits)).Message);

        // A zipped shapefile site: counted from the .shp record headers as they are read.
        var ring = Enumerable.Range(0, 20).Select(i => new Coordinate(112.85 + 0.001 * Math.Cos(i * Math.PI / 10), 35.5 + 0.001 * Math.Sin(i * Math.PI / 10))).ToList();
        ring.Add(ring[0]);
        var polygon = CoordinateSystems.FromCgcs2000(Factory.CreatePolygon([.. ring]), 4526);
        var zip = ShapefileZip([new Feature(polygon, new AttributesTable(new Dictionary<string, object> { ["NAME"] = "选址" }))], 4526);
        var e = Assert.Throws<SiteInputException>(() => SiteFile.Read("site.zip", zip, limits: limits));
        Assert.Contains("已达 21 个，超过上限 10", e.Message);
        Assert.Equal(21, SiteFile.Read("site.zip", zip).Geometry.NumPoints);
        Assert.Throws<ArgumentOutOfRangeException>(() => new SiteLimits(0));
    }
}
