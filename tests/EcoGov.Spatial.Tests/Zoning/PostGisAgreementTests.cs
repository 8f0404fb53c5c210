using EcoGov.Spatial.Crs;
using EcoGov.Testing;
using EcoGov.Testing.Zoning;
using NetTopologySuite.Geometries;
using Xunit.Abstractions;

namespace EcoGov.Spatial.Tests.Zoning;

/// <summary>
/// The in-memory siting engine (LayerIndex + SiteAssessor) and PostGIS (GiST, ST_Intersects, ST_Area(ST_Intersection),
/// ST_DWithin/ST_Distance in EPSG:4547) answer the same questions alike on a synthetic 500-unit layer with holes,
/// multipolygons and points exactly on shared edges and nodes — the small-scale twin of `zoning-latency` (bench/).
/// Needs PostgreSQL 15 + PostGIS 3 (test.sh installs them); fails, not skips, without.
/// </summary>
public sealed class PostGisAgreementTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Engine_and_PostGIS_agree_on_units_touched_areas_and_distances()
    {
        var layer = SyntheticUnitLayer.Generate(20, 25, new Envelope(112.9, 113.3, 35.4, 35.9), seed: 42, medianVertices: 300, holeEvery: 50);
        Assert.Equal(500, layer.Snapshot.Features.Count);
        Assert.True(layer.Holes >= 5 && layer.MultiPolygons >= 5, $"holes {layer.Holes}, multipolygons {layer.MultiPolygons}");
        Assert.All(layer.Snapshot.Features, f => Assert.True(f.Geometry.IsValid, f.Id));
        Assert.Equal(1.0, layer.Snapshot.Features.Sum(f => f.Geometry.Area) / layer.Region.Area, 9);

        var questions = ZoningQuestions.Generate(layer, points: 200, polygons: 50, distances: 50, seed: 3);
        var engine = new ZoningEngine(layer.Snapshot);
        using var cluster = PostgresCluster.Start();
        await using var store = await PostGisUnitStore.CreateAsync(cluster.ConnectionString(), layer.Snapshot.Features, MetricFrame.ForLongitude(113.1).Epsg);
        Assert.Equal(0, store.InvalidCount());

        var report = ZoningAgreement.Compare(engine, store, questions);
        output.WriteLine(report.ToString());
        foreach (var d in report.Disagreements) output.WriteLine($"{d.Question} {d.Kind}: {d.Detail}");

        Assert.True(report.Agrees, string.Join("\n", report.Disagreements.Take(10).Select(d => $"{d.Question} {d.Kind}: {d.Detail}")));
        // The questions really exercise boundaries and measurement, or agreement would prove little.
        Assert.True(report.PointsOnSeveralUnits >= 20, $"points on shared edges/nodes: {report.PointsOnSeveralUnits}");
        Assert.True(report.PolygonsOnSeveralUnits >= 20, $"polygons over several units: {report.PolygonsOnSeveralUnits}");
        Assert.True(report.AreasCompared >= 100, $"areas compared: {report.AreasCompared}");
        Assert.True(report.DistancesCompared >= 50, $"distances compared: {report.DistancesCompared}");
        Assert.InRange(report.MaxAreaRelDiff, 0, ZoningAgreement.RelativeTolerance);
        Assert.InRange(report.MaxDistanceRelDiff, 0, ZoningAgreement.RelativeTolerance);
        // Shares sum to 1 up to the curvature of the site's edges: the site's area is measured with its edges straight in
        // the frame, the pieces with the new vertices (where unit edges cut it) on edges straight in degrees (~1e-4).
        Assert.InRange(report.MaxShareSumError, 0, 1e-3);
    }
}
