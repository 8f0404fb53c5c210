using NetTopologySuite.Geometries;
using NetTopologySuite.Operation.Linemerge;
using NetTopologySuite.Operation.OverlayNG;
using static EcoGov.Spatial.Zoning.Demo.DemoUnitPartition;

namespace EcoGov.Spatial.Zoning.Demo;

/// <summary>One feature of a demo layer: geometry (EPSG:4490) and properties in the order they are written.</summary>
public sealed record DemoFeature(Geometry Geometry, IReadOnlyList<KeyValuePair<string, object?>> Properties);

/// <summary>A demo layer written to one GeoJSON file.</summary>
/// <param name="FileName">e.g. rivers.geojson.</param>
/// <param name="Description">Chinese description for the file's metadata.</param>
public sealed record DemoLayer(string FileName, string Description, IReadOnlyList<DemoFeature> Features);

/// <summary>
/// The separately managed demo layers (示意): river centre lines (沁河, 丹河, 长河), the urban core (市区), drinking-water
/// sources, an industrial park, sensitive points, livestock-related facilities, main roads and railways (主要交通干线) and
/// permanent basic farmland (永久基本农田). Their positions are hand-picked
/// lon/lat constants, roughly where such things are in 晋城市, but they are NOT survey data: every feature says so.
/// Lines and polygons are clipped to the city; every point must lie in the county it names (checked).
/// </summary>
public static class DemoLayers
{
    /// <param name="ManagementRank">Rank in the 沁河 system for the management-range layer (000 禁止 15: 沁河干流 / 支流).</param>
    /// <param name="HalfWidthMetres">Demo half-width of the management range (河道管理范围) either side of the centre line.</param>
    private sealed record RiverSpec(string Name, string Rank, string Note, double[] LonLat, string ManagementRank, double HalfWidthMetres);

    // 沁河: from 安泽 south through 沁水县 (端氏) and 阳城县 (润城) to 河南 (济源). 丹河: from 高平市 north through 高平 and
    // 泽州县, east of 城区, into 河南 (博爱). 长河: a 泽州县 tributary rising north-west of 城区, flowing south-west to 沁河.
    private static readonly RiverSpec[] Rivers =
    [
        new("沁河", "干流", "沁河干流示意中心线（示意）",
            [112.300, 36.120, 112.320, 36.020, 112.330, 35.930, 112.360, 35.850, 112.390, 35.780, 112.430, 35.700,
             112.470, 35.620, 112.520, 35.540, 112.560, 35.470, 112.590, 35.400, 112.630, 35.330, 112.680, 35.260,
             112.740, 35.190, 112.780, 35.120], "干流", 150),
        new("丹河", "干流", "丹河干流示意中心线（示意）",
            [112.880, 35.960, 112.900, 35.880, 112.920, 35.810, 112.940, 35.740, 112.950, 35.660, 112.955, 35.590,
             112.960, 35.520, 112.980, 35.450, 113.000, 35.380, 113.030, 35.300, 113.060, 35.230, 113.080, 35.150], "支流", 100),
        new("长河", "支流", "长河（沁河支流）示意中心线（示意）",
            [112.820, 35.600, 112.790, 35.550, 112.760, 35.500, 112.740, 35.450, 112.700, 35.400, 112.660, 35.350,
             112.640, 35.320], "支流", 60),
    ];

    /// <param name="Type">For livestock facilities: the rule vocabulary of 000 限制 5 (rules.json filters on attribute "type").</param>
    private sealed record PointSpec(string Name, string Kind, string CountyCode, double Lon, double Lat, string? Note = null, string? Type = null);

    private static readonly PointSpec[] WaterSources =
    [
        new("城区示意地下水饮用水水源地", "地下水型", "140502", 112.860, 35.515),
        new("沁河示意地表水饮用水水源地", "河流型", "140522", 112.545, 35.500, "位于沁河示意中心线附近"),
        new("丹河示意水库水源地", "湖库型", "140525", 112.955, 35.610, "位于丹河示意中心线附近"),
    ];

    private static readonly PointSpec[] Sensitive =
    [
        new("城区示意中学", "学校", "140502", 112.845, 35.495),
        new("城区示意居民区", "居民区", "140502", 112.870, 35.505),
        new("泽州县示意村庄", "居民区", "140525", 112.985, 35.440),
        new("高平市示意小学", "学校", "140581", 112.925, 35.795),
    ];

    private static readonly PointSpec[] Livestock =
    [
        new("泽州县示意养猪场", "畜禽养殖场", "140525", 113.005, 35.385, "距丹河示意中心线约 600 m", "养殖场"),
        new("陵川县示意养牛场", "畜禽养殖场", "140524", 113.300, 35.720, Type: "养殖场"),
        new("泽州县示意屠宰场", "屠宰场", "140525", 112.900, 35.420, Type: "屠宰场"),
        new("高平市示意兽医诊所", "兽医诊所", "140581", 112.910, 35.790, Type: "动物诊疗"),
        new("阳城县示意无害化处理场", "病死畜禽无害化处理场", "140522", 112.380, 35.450, Type: "无害化处理场所"),
    ];

    /// <summary>Urban core (市区) ring around 城区's centre (about 112.85E, 35.50N); clipped to the city.</summary>
    private static readonly double[] UrbanCore =
    [
        112.790, 35.520, 112.805, 35.470, 112.840, 35.450, 112.885, 35.455, 112.915, 35.485,
        112.910, 35.535, 112.875, 35.560, 112.825, 35.555, 112.790, 35.520,
    ];

    /// <param name="Kind">公路 or 铁路 (000 限制 5: 公路、铁路等主要交通干线; the transport rule has no attribute filter).</param>
    private sealed record TransportSpec(string Name, string Kind, string Note, double[] LonLat);

    // A demo expressway north–south from 高平市 through 城区 (across the urban core) into 泽州县 and on to 河南, and a demo
    // railway west–east from 沁水县 through 阳城县, 城区 and 泽州县 to 河南. Both are clipped to the city.
    private static readonly TransportSpec[] Transport =
    [
        new("示意高速公路（晋城段）", "公路", "南北向示意高速公路中心线，经高平市、城区、泽州县（示意）",
            [112.920, 36.050, 112.900, 35.900, 112.880, 35.750, 112.870, 35.620, 112.860, 35.550, 112.850, 35.500,
             112.860, 35.420, 112.900, 35.320, 112.930, 35.200, 112.950, 35.100]),
        new("示意铁路（晋城段）", "铁路", "东西向示意铁路中心线，经沁水县、阳城县、城区、泽州县（示意）",
            [111.900, 35.750, 112.250, 35.620, 112.420, 35.500, 112.600, 35.470, 112.750, 35.480, 112.850, 35.490,
             112.950, 35.450, 113.050, 35.360, 113.200, 35.180]),
    ];

    /// <summary>A demo permanent basic farmland polygon (永久基本农田，示意); must lie in its county, away from the urban core.</summary>
    private sealed record FarmlandSpec(string Name, string CountyCode, double[] LonLat);

    private static readonly FarmlandSpec[] Farmland =
    [
        new("高平市示意永久基本农田（一）", "140581",
            [112.960, 35.820, 112.985, 35.818, 113.000, 35.830, 112.998, 35.850, 112.975, 35.853, 112.958, 35.840, 112.960, 35.820]),
        new("高平市示意永久基本农田（二）", "140581",
            [112.800, 35.760, 112.830, 35.758, 112.835, 35.775, 112.815, 35.785, 112.798, 35.776, 112.800, 35.760]),
        new("泽州县示意永久基本农田", "140525",
            [112.930, 35.370, 112.968, 35.368, 112.970, 35.398, 112.950, 35.402, 112.932, 35.395, 112.930, 35.370]),
    ];

    /// <summary>Industrial park polygon north-east of 高平市's town.</summary>
    private static readonly double[] Park =
    [
        112.945, 35.765, 112.985, 35.762, 112.992, 35.785, 112.970, 35.800, 112.948, 35.790, 112.945, 35.765,
    ];

    public static IReadOnlyList<DemoLayer> Build(DemoZoningInputs inputs)
    {
        var city = OnGrid(inputs.CityBoundary);
        var counties = inputs.Counties.Select(c => (c.Code, c.Name, Geometry: OnGrid(c.Boundary))).ToList();
        string CountyOf(PointSpec p)
        {
            var point = Factory.CreatePoint(new Coordinate(p.Lon, p.Lat));
            var county = counties.SingleOrDefault(c => c.Geometry.Covers(point));
            if (county.Code != p.CountyCode)
                throw new InvalidOperationException(SpatialText.DemoPointOutsideCounty(p.Name, p.CountyCode, (object?)county.Code ?? SpatialText.DemoOutsideCity()).Bilingual);
            return county.Name;
        }
        string CountiesCrossed(Geometry g) =>
            string.Join("、", counties.Where(c => c.Geometry.Intersects(g)).Select(c => c.Name));

        var rivers = Rivers.Select(r =>
        {
            var line = OverlayNG.Overlay(Factory.CreateLineString(Coordinates(r.LonLat)), city,
                NetTopologySuite.Operation.Overlay.SpatialFunction.Intersection, Precision);
            var merger = new LineMerger();
            merger.Add(line);
            var merged = Factory.BuildGeometry(merger.GetMergedLineStrings().OrderBy(l => l.Coordinate.Y).Reverse().ToList());
            return new DemoFeature(merged, Props(("name", r.Name), ("rank", r.Rank), ("counties", CountiesCrossed(merged)),
                ("note", r.Note), ("synthetic", true)));
        }).ToList();

        // 河道管理范围线（示意）: the whole centre line buffered by the demo half-width in metres in the city's Gauss-Krüger
        // frame, back to EPSG:4490, clipped to the city. 丹河 and 长河 are 沁河 tributaries, so rank 支流 here (000 禁止 15).
        var frame = Crs.MetricFrame.For(city);
        var management = Rivers.Select(r =>
        {
            var metric = frame.Project(Factory.CreateLineString(Coordinates(r.LonLat))).Buffer(r.HalfWidthMetres);
            var geographic = Crs.CoordinateSystems.ToCgcs2000(metric, frame.Epsg);
            var range = OverlayNG.Overlay(OnGrid(geographic), city,
                NetTopologySuite.Operation.Overlay.SpatialFunction.Intersection, Precision);
            return new DemoFeature(Factory.CreateGeometry(range), Props(("name", r.Name), ("rank", r.ManagementRank),
                ("halfWidthM", r.HalfWidthMetres), ("counties", CountiesCrossed(range)),
                ("note", $"{r.Name}河道管理范围示意（中心线两侧各 {r.HalfWidthMetres:0} 米，示意）"), ("synthetic", true)));
        }).ToList();

        var core = OverlayNG.Overlay(Factory.CreatePolygon(Coordinates(UrbanCore)), city,
            NetTopologySuite.Operation.Overlay.SpatialFunction.Intersection, Precision);
        var park = OverlayNG.Overlay(Factory.CreatePolygon(Coordinates(Park)), city,
            NetTopologySuite.Operation.Overlay.SpatialFunction.Intersection, Precision);

        var transport = Transport.Select(t =>
        {
            var line = OverlayNG.Overlay(Factory.CreateLineString(Coordinates(t.LonLat)), city,
                NetTopologySuite.Operation.Overlay.SpatialFunction.Intersection, Precision);
            var merger = new LineMerger();
            merger.Add(line);
            var merged = Factory.BuildGeometry(merger.GetMergedLineStrings().OrderBy(l => l.Coordinate.X).ThenBy(l => l.Coordinate.Y).ToList());
            return new DemoFeature(merged, Props(("name", t.Name), ("kind", t.Kind), ("counties", CountiesCrossed(merged)),
                ("note", t.Note), ("synthetic", true)));
        }).ToList();

        var farmland = Farmland.Select(f =>
        {
            var county = counties.Single(c => c.Code == f.CountyCode);
            var polygon = OverlayNG.Overlay(Factory.CreatePolygon(Coordinates(f.LonLat)), county.Geometry,
                NetTopologySuite.Operation.Overlay.SpatialFunction.Intersection, Precision);
            if (Math.Abs(polygon.Area - Factory.CreatePolygon(Coordinates(f.LonLat)).Area) > 1e-9 || polygon.Intersects(core))
                throw new InvalidOperationException(SpatialText.DemoFarmlandOutside(f.Name, f.CountyCode).Bilingual);
            return new DemoFeature(Factory.CreateGeometry(polygon), Props(("name", f.Name), ("countyCode", f.CountyCode),
                ("countyName", county.Name), ("areaKm2", Math.Round(EqualArea.SquareKilometres(polygon), 2)),
                ("note", "永久基本农田示意范围（示意，非划定成果）"), ("synthetic", true)));
        }).ToList();

        DemoFeature PointFeature(PointSpec p) => new(Factory.CreatePoint(new Coordinate(p.Lon, p.Lat)),
            Props([("name", p.Name), ("kind", p.Kind), .. (p.Type is null ? Array.Empty<(string, object?)>() : [("type", p.Type)]),
                ("countyCode", p.CountyCode), ("countyName", CountyOf(p)), ("note", p.Note), ("synthetic", true)]));

        return
        [
            new DemoLayer("rivers.geojson", "晋城市主要河流示意中心线（沁河、丹河、长河），人工给定控制点并裁剪至市界，非测绘成果", rivers),
            new DemoLayer("river-management.geojson",
                "河道管理范围线示意范围（沁河干流，丹河、长河为沁河支流）：示意中心线两侧按示意半宽（米）缓冲并裁剪至市界，非划定的河道管理范围", management),
            new DemoLayer("urban-core.geojson", "晋城市市区（城区中心）示意范围，用于“市区 20 公里范围”等距离规则的演示", [
                new DemoFeature(Factory.CreateGeometry(core), Props(("name", "晋城市市区（示意）"), ("countyCode", "140502"),
                    ("countiesCrossed", CountiesCrossed(core)), ("synthetic", true))),
            ]),
            new DemoLayer("water-sources.geojson", "饮用水水源地示意点位，非正式划定的水源保护区", WaterSources.Select(PointFeature).ToList()),
            new DemoLayer("parks.geojson", "工业园区示意范围（单独管理图层），非园区规划边界", [
                new DemoFeature(Factory.CreateGeometry(park), Props(("name", "高平市示意工业园区"), ("level", "县级"), ("countyCode", "140581"),
                    ("countiesCrossed", CountiesCrossed(park)), ("synthetic", true))),
            ]),
            new DemoLayer("sensitive.geojson", "环境敏感目标示意点位（学校、居民区）", Sensitive.Select(PointFeature).ToList()),
            new DemoLayer("livestock.geojson", "畜禽养殖及相关设施示意点位（养殖场、屠宰场、兽医诊所、无害化处理场）", Livestock.Select(PointFeature).ToList()),
            new DemoLayer("transport.geojson", "主要交通干线示意中心线（一条示意高速公路、一条示意铁路），人工给定控制点并裁剪至市界，非测绘成果", transport),
            new DemoLayer("farmland.geojson", "永久基本农田示意范围（高平市、泽州县各若干块，不与示意市区重叠），非划定的永久基本农田", farmland),
        ];
    }

    private static Coordinate[] Coordinates(double[] lonLat) =>
        Enumerable.Range(0, lonLat.Length / 2).Select(i => new Coordinate(lonLat[2 * i], lonLat[2 * i + 1])).ToArray();

    internal static IReadOnlyList<KeyValuePair<string, object?>> Props(params (string Key, object? Value)[] items) =>
        items.Select(i => new KeyValuePair<string, object?>(i.Key, i.Value)).ToList();
}
