using EcoGov.Core.Zoning.Rules;
using EcoGov.Spatial.Crs;
using EcoGov.Spatial.Zoning;
using EcoGov.Spatial.Zoning.Assessment;
using NetTopologySuite.Geometries;

namespace EcoGov.Testing.Zoning;

/// <summary>The in-memory engine as the comparison drives it: one <see cref="LayerIndex"/> over the units and a
/// <see cref="SiteAssessor"/> with an empty rule catalogue and no requirements, so an assessment is its spatial part
/// (units touched, overlap areas, shares).</summary>
public sealed class ZoningEngine
{
    private readonly Dictionary<string, int> _ids;

    public ZoningEngine(LayerSnapshot units)
    {
        Index = new LayerIndex(units);
        _ids = new Dictionary<string, int>(units.Features.Count, StringComparer.Ordinal);
        for (var i = 0; i < units.Features.Count; i++) _ids[units.Features[i].Id] = i;
    }

    public LayerIndex Index { get; }
    public SiteAssessor Assessor { get; } = new(new RuleCatalog("bench", "空目录 empty catalogue", []));

    public int IdOf(string code) => _ids[code];

    public AssessmentResult Assess(Geometry site) =>
        Assessor.Assess(new AssessmentRequest(site, null, new ProjectFacts(), new DateOnly(2026, 6, 1), Index, [], []));
}

/// <summary>One disagreement between the engine and PostGIS, for the report.</summary>
public sealed record Disagreement(string Question, string Kind, string Detail);

/// <summary>What comparing all questions both ways found.</summary>
public sealed class AgreementReport
{
    public int Points, Polygons, Distances;
    public int PointsOnSeveralUnits, PolygonsOnSeveralUnits, UnitHitsCompared, AreasCompared, DistancesCompared;
    public int SliversIgnored, BoundaryOnlyContacts;
    public double MaxAreaRelDiff, MaxAreaAbsDiff, MaxDistanceRelDiff, MaxDistanceAbsDiff, MaxShareSumError;
    public List<Disagreement> Disagreements { get; } = [];
    public bool Agrees => Disagreements.Count == 0;

    public override string ToString() =>
        $"points {Points} ({PointsOnSeveralUnits} on ≥2 units), polygons {Polygons} ({PolygonsOnSeveralUnits} over ≥2 units, " +
        $"{BoundaryOnlyContacts} edge-only contacts, {SliversIgnored} slivers), distance questions {Distances} ({DistancesCompared} distances); " +
        $"unit hits compared {UnitHitsCompared}; max area diff {MaxAreaRelDiff:P6} ({MaxAreaAbsDiff:G3} m²), " +
        $"max distance diff {MaxDistanceRelDiff:P6} ({MaxDistanceAbsDiff:G3} m); disagreements {Disagreements.Count}";
}

/// <summary>
/// Asks every question of the engine and of PostGIS and compares. Conventions (the same on both sides):
/// a point touches every unit whose closure contains it (NTS prepared Intersects = ST_Intersects), so a point on a
/// shared edge touches both units and on a node all units meeting there; a polygon touches — for the assessment —
/// the units it shares positive area with, ignoring slivers narrower than <see cref="SiteAssessor.SliverWidth"/>
/// (mean width 2·area/perimeter, measured in the frame on both sides), while the raw index query
/// (<see cref="LayerIndex.Intersecting"/>) must equal ST_Intersects exactly, edge contact included; distances are
/// shortest distances in the Gauss-Krüger frame (0 inside). Areas and distances must agree within
/// <see cref="RelativeTolerance"/> (or <see cref="AbsoluteFloor"/> for values near zero).
/// </summary>
public static class ZoningAgreement
{
    public const double RelativeTolerance = 1e-4;

    /// <summary>Below this (m or m²) a difference is judged absolutely: a 0-distance against 1e-9 m is not 100 % off.</summary>
    public const double AbsoluteFloor = 1e-3;

    public static AgreementReport Compare(ZoningEngine engine, PostGisUnitStore store, ZoningQuestions questions)
    {
        var report = new AgreementReport { Points = questions.Points.Count, Polygons = questions.Polygons.Count, Distances = questions.Distances.Count };

        foreach (var q in questions.Points)
        {
            var mine = engine.Assess(q.Site).Units.Select(u => engine.IdOf(u.Code)).Order().ToList();
            var theirs = store.PointUnits(q.Site).Order().ToList();
            report.UnitHitsCompared += theirs.Count;
            if (mine.Count > 1) report.PointsOnSeveralUnits++;
            if (!mine.SequenceEqual(theirs))
                report.Disagreements.Add(new($"point {q.Id} ({q.Kind}) {q.Site.X:R} {q.Site.Y:R}", "units",
                    $"engine [{string.Join(",", mine)}] PostGIS [{string.Join(",", theirs)}]"));
        }

        foreach (var q in questions.Polygons)
        {
            var result = engine.Assess(q.Site);
            var rows = store.PolygonUnits(q.Site);
            // Raw intersection: the index against ST_Intersects, boundary contact included.
            var raw = engine.Index.Intersecting(q.Site).Select(e => engine.IdOf(e.Feature.Id)).Order().ToList();
            var rawPg = rows.Select(r => r.Id).Order().ToList();
            if (!raw.SequenceEqual(rawPg))
                report.Disagreements.Add(new($"polygon {q.Id} ({q.Kind})", "intersects",
                    $"engine [{string.Join(",", raw)}] PostGIS [{string.Join(",", rawPg)}]"));
            // Assessment: positive area and not a sliver, on both sides.
            var touched = rows.Where(r => r.Area > 0 && 2 * r.Area / r.Perimeter >= SiteAssessor.SliverWidth).ToDictionary(r => r.Id, r => r.Area);
            report.BoundaryOnlyContacts += rows.Count(r => r.Area == 0);
            report.SliversIgnored += rows.Count(r => r.Area > 0 && 2 * r.Area / r.Perimeter < SiteAssessor.SliverWidth);
            var mine = result.Units.ToDictionary(u => engine.IdOf(u.Code), u => u.OverlapArea);
            if (mine.Count > 1) report.PolygonsOnSeveralUnits++;
            report.UnitHitsCompared += touched.Count;
            if (!mine.Keys.Order().SequenceEqual(touched.Keys.Order()))
            {
                report.Disagreements.Add(new($"polygon {q.Id} ({q.Kind})", "units",
                    $"engine [{string.Join(",", mine.Keys.Order())}] PostGIS [{string.Join(",", touched.Keys.Order())}]"));
                continue;
            }
            foreach (var (id, area) in mine)
            {
                report.AreasCompared++;
                Check(report, $"polygon {q.Id} ({q.Kind}) unit {id}", "area", area, touched[id], ref report.MaxAreaRelDiff, ref report.MaxAreaAbsDiff);
            }
            var shareSum = result.Units.Sum(u => u.Share);
            report.MaxShareSumError = Math.Max(report.MaxShareSumError, Math.Abs(shareSum - 1));
        }

        foreach (var q in questions.Distances)
        {
            var frame = MetricFrame.For(q.Site);
            if (frame.Epsg != store.FrameEpsg) throw new InvalidOperationException($"question {q.Id} is in frame {frame.Epsg}, the store in {store.FrameEpsg}");
            var mine = engine.Index.Within(q.Site, q.Meters, frame).ToDictionary(x => engine.IdOf(x.Entry.Feature.Id), x => x.Distance);
            var theirs = store.Within(q.Site, q.Meters).ToDictionary(x => x.Id, x => x.Distance);
            if (!mine.Keys.Order().SequenceEqual(theirs.Keys.Order()))
            {
                var onlyMine = mine.Keys.Except(theirs.Keys).Select(k => $"{k}@{mine[k]:R}");
                var onlyTheirs = theirs.Keys.Except(mine.Keys).Select(k => $"{k}@{theirs[k]:R}");
                report.Disagreements.Add(new($"distance {q.Id} ≤{q.Meters} m", "units",
                    $"engine only [{string.Join(",", onlyMine)}] PostGIS only [{string.Join(",", onlyTheirs)}]"));
                continue;
            }
            foreach (var (id, d) in mine)
            {
                report.DistancesCompared++;
                Check(report, $"distance {q.Id} unit {id}", "distance", d, theirs[id], ref report.MaxDistanceRelDiff, ref report.MaxDistanceAbsDiff);
            }
        }
        return report;
    }

    private static void Check(AgreementReport report, string question, string kind, double mine, double theirs, ref double maxRel, ref double maxAbs)
    {
        var abs = Math.Abs(mine - theirs);
        var scale = Math.Max(Math.Abs(mine), Math.Abs(theirs));
        var rel = scale > 0 ? abs / scale : 0;
        maxAbs = Math.Max(maxAbs, abs);
        if (abs > AbsoluteFloor) maxRel = Math.Max(maxRel, rel);
        if (abs > AbsoluteFloor && rel > RelativeTolerance)
            report.Disagreements.Add(new(question, kind, $"engine {mine:R} PostGIS {theirs:R} ({rel:P5})"));
    }
}
