using EcoGov.Core.Jurisdictions;
using NetTopologySuite.Geometries;
using NetTopologySuite.Geometries.Utilities;
using NetTopologySuite.IO;
using NetTopologySuite.Operation.Union;

namespace EcoGov.Spatial.Boundaries;

/// <summary>A decoded boundary: valid Polygon or MultiPolygon in SRID 4326 (degrees).</summary>
/// <param name="Repaired">
/// True when the decoded geometry was not valid (a ring touching itself after the 1/1024-degree rounding, or
/// MultiPolygon parts sharing an edge) and was made valid with NTS's GeometryFixer.
/// </param>
public sealed record Boundary(Geometry Geometry, bool Repaired)
{
    public byte[] ToWkb() => new WKBWriter().Write(Geometry);
}

/// <summary>Reads boundaries out of the map scripts in data/seed/boundaries.</summary>
public static class BoundarySources
{
    public const string AllFeatures = "*";

    /// <summary>
    /// Decodes the script and returns the feature (or the union of all features). Throws
    /// <see cref="InvalidDataException"/> naming the file when the feature is missing, ambiguous or has another id.
    /// </summary>
    public static Boundary Read(string directory, BoundarySource source)
    {
        if (source.File != Path.GetFileName(source.File) || source.File.StartsWith('.'))
            throw new InvalidDataException(SpatialText.BoundaryFileNotPlain(source.File).Bilingual);
        var path = Path.Combine(directory, source.File);
        if (!File.Exists(path)) throw new InvalidDataException(SpatialText.BoundaryFileNotFound(path).Bilingual);
        var map = EChartsMapDecoder.Decode(File.ReadAllText(path));
        if (source.Feature == AllFeatures)
        {
            if (map.Features.Count == 0) throw new InvalidDataException(SpatialText.BoundaryMapEmpty(source.File).Bilingual);
            var parts = map.Features.Select(f => MakeValid(f.Geometry)).ToList();
            return new Boundary(Union(parts.Select(p => p.Geometry)), Repaired: parts.Any(p => p.Repaired));
        }
        var matches = map.Features.Where(f => f.Name == source.Feature).ToList();
        if (matches.Count != 1)
            throw new InvalidDataException(SpatialText.BoundaryFeatureCount(source.File, source.Feature, matches.Count).Bilingual);
        if (source.PackageId is not null && matches[0].Id != source.PackageId)
            throw new InvalidDataException(SpatialText.BoundaryFeatureId(source.File, source.Feature, matches[0].Id, source.PackageId).Bilingual);
        var (geometry, repaired) = MakeValid(matches[0].Geometry);
        return new Boundary(geometry, repaired);
    }

    /// <summary>The geometry itself when valid, otherwise its repair by <see cref="GeometryFixer"/>.</summary>
    public static (Geometry Geometry, bool Repaired) MakeValid(Geometry geometry)
    {
        if (geometry.IsValid) return (geometry, false);
        var fixedGeometry = GeometryFixer.Fix(geometry);
        fixedGeometry.SRID = geometry.SRID;
        return (fixedGeometry, true);
    }

    /// <summary>The union of polygons; the result has SRID 4326 like its parts.</summary>
    public static Geometry Union(IEnumerable<Geometry> parts)
    {
        var union = UnaryUnionOp.Union(parts.ToList());
        union.SRID = EChartsMapDecoder.Srid;
        return union;
    }
}
