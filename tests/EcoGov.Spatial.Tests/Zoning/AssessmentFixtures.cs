using System.Text.Json;
using System.Text.Json.Serialization;
using EcoGov.Core.Zoning;
using EcoGov.Spatial.Crs;
using EcoGov.Spatial.Zoning;
using NetTopologySuite.Geometries;

namespace EcoGov.Spatial.Tests.Zoning;

/// <summary>
/// Synthetic layers built in metres in CGCS2000 GK zone 38 (EPSG:4547, CM 114°E) around a local origin near 晋城
/// (112.85°E, 35.50°N) and converted to EPSG:4490 like imported data.
/// Units: A = [0,1000]² with a hole [400,600]² filled by unit H; B = [1000,2000]×[0,1000] (shares A's east edge,
/// another county); C = multipolygon [0,1000]×[1000,2000] ∪ [2000,3000]×[0,1000].
/// </summary>
public static class AssessmentFixtures
{
    public const int Gk = 4547;
    public static readonly GeometryFactory Metric = new(new PrecisionModel(), Gk);
    public static readonly (double X, double Y) Origin = MetricFrame.ForZone(38).Project(112.85, 35.50);

    public static Coordinate C(double x, double y) => new(Origin.X + x, Origin.Y + y);

    public static Polygon Box(double x0, double y0, double x1, double y1) =>
        Metric.CreatePolygon([C(x0, y0), C(x1, y0), C(x1, y1), C(x0, y1), C(x0, y0)]);

    public static Geometry ToGeo(Geometry metric) => CoordinateSystems.ToCgcs2000(metric, Gk);

    public static Geometry Point(double x, double y) => ToGeo(Metric.CreatePoint(C(x, y)));

    public static Geometry Line(params (double X, double Y)[] pts) => ToGeo(Metric.CreateLineString([.. pts.Select(p => C(p.X, p.Y))]));

    public static LayerVersionInfo Version(string layer, int id = 1, bool synthetic = true) =>
        new(id, layer, "140500", 1, new DateOnly(2023, 12, 1), DateTimeOffset.UnixEpoch, layer + ".geojson", "00", 4490, 0, synthetic, null);

    public static LayerFeature Unit(string code, string name, string cls, string county, string countyName, Geometry metric) =>
        new(code, name, ToGeo(metric), new Dictionary<string, string?>
        {
            [UnitFields.Code] = code,
            [UnitFields.Name] = name,
            [UnitFields.Class] = cls,
            [UnitFields.County] = county,
            [UnitFields.CountyName] = countyName,
        });

    public static LayerFeature Feature(string id, string? name, Geometry geo, params (string K, string V)[] attrs)
    {
        var d = attrs.ToDictionary(a => a.K, a => (string?)a.V);
        if (name is not null) d["name"] = name;
        return new LayerFeature(id, name, geo, d);
    }

    public static LayerSnapshot Units()
    {
        var shell = Metric.CreateLinearRing([C(0, 0), C(1000, 0), C(1000, 1000), C(0, 1000), C(0, 0)]);
        var hole = Metric.CreateLinearRing([C(400, 400), C(400, 600), C(600, 600), C(600, 400), C(400, 400)]);
        var a = Metric.CreatePolygon(shell, [hole]);
        var c = Metric.CreateMultiPolygon([Box(0, 1000, 1000, 2000), Box(2000, 0, 3000, 1000)]);
        return new LayerSnapshot(Version("units"),
        [
            Unit("ZH14052520001", "泽州县重点管控单元A", "重点管控单元", "140525", "泽州县", a),
            Unit("ZH14052510002", "泽州县优先保护单元H", "优先保护单元", "140525", "泽州县", Box(400, 400, 600, 600)),
            Unit("ZH14058130001", "高平市一般管控单元B", "一般管控单元", "140581", "高平市", Box(1000, 0, 2000, 1000)),
            Unit("ZH14052520003", "泽州县重点管控单元C（多面）", "重点管控单元", "140525", "泽州县", c),
        ]);
    }

    private static readonly JsonSerializerOptions SeedJson = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    /// <summary>000's 80 city requirements (seed data) plus one demo unit-level requirement for unit A.</summary>
    public static IReadOnlyList<AccessRequirement> Requirements { get; } = LoadRequirements();

    private static List<AccessRequirement> LoadRequirements()
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepoPaths.Root, "data", "seed", "000-jincheng-zoning-2023.json")));
        var list = doc.RootElement.GetProperty("accessRequirements").Deserialize<List<AccessRequirement>>(SeedJson)!;
        list.Add(new AccessRequirement("jincheng-zoning-2023", "140525", AccessListLevel.Unit, AccessListCategory.SpatialLayout, null, 1,
            "（示意）单元A内禁止新建化工项目。", "示意单元要求", "ZH14052520001", new EcoGov.Core.Provenance("test", "demo", 0)));
        list.Add(new AccessRequirement("jincheng-zoning-2023", "140581", AccessListLevel.Unit, AccessListCategory.SpatialLayout, null, 1,
            "（示意）单元B内禁止新建焦化项目。", "示意单元要求", "ZH14058130001", new EcoGov.Core.Provenance("test", "demo", 0)));
        return list;
    }
}
