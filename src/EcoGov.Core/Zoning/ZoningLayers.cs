namespace EcoGov.Core.Zoning;

/// <summary>What kind of geometry a layer's features have.</summary>
public enum LayerGeometry
{
    Polygon,
    Line,
    Point,
    /// <summary>Points, lines or polygons (e.g. water sources drawn as points or as protection zones).</summary>
    Any,
}

/// <summary>
/// A kind of zoning layer: the control units themselves, or a separately managed layer overlaid on them
/// (zoning reference §1: industrial parks, groundwater key prevention zones) or one that a structured rule measures
/// against (rivers, water sources, the urban core…).
/// </summary>
/// <param name="Code">Stable code used by the CLI and the API (e.g. "units", "rivers").</param>
/// <param name="Name">Chinese name shown to users.</param>
public sealed record ZoningLayerKind(string Code, string Name, LayerGeometry Geometry, string Description);

/// <summary>The layer kinds the platform knows.</summary>
public static class ZoningLayerKinds
{
    public static readonly ZoningLayerKind Units = new("units", "环境管控单元", LayerGeometry.Polygon, "优先保护、重点管控、一般管控单元，覆盖全域、互不重叠");
    public static readonly ZoningLayerKind Parks = new("parks", "工业园区（开发区）", LayerGeometry.Polygon, "单独管理的省级及以上和市县工业园区");
    public static readonly ZoningLayerKind Groundwater = new("groundwater", "地下水污染防治重点区", LayerGeometry.Polygon, "单独管理的地下水污染防治重点区");
    public static readonly ZoningLayerKind Rivers = new("rivers", "河流（中心线）", LayerGeometry.Line, "河流中心线，属性含河名与干流/支流");
    public static readonly ZoningLayerKind RiverManagement = new("river-management", "河道管理范围线", LayerGeometry.Any, "河道管理范围（线或面）");
    public static readonly ZoningLayerKind WaterSources = new("water-sources", "饮用水水源地（保护区）", LayerGeometry.Any, "集中式饮用水水源地或其保护区");
    public static readonly ZoningLayerKind UrbanCore = new("urban-core", "城市建成区（市区）", LayerGeometry.Polygon, "“市区”范围，用于“市区20公里范围内”等规则");
    public static readonly ZoningLayerKind Sensitive = new("sensitive", "环境敏感目标", LayerGeometry.Any, "居民区、学校、科研等环境敏感目标");
    public static readonly ZoningLayerKind Livestock = new("livestock", "畜禽养殖相关场所", LayerGeometry.Any, "屠宰场、交易市场、种畜禽场、动物诊疗、隔离及无害化处理场所、养殖场");
    public static readonly ZoningLayerKind Transport = new("transport", "主要交通干线", LayerGeometry.Line, "主要道路和铁路");
    public static readonly ZoningLayerKind Farmland = new("farmland", "永久基本农田", LayerGeometry.Polygon, "永久基本农田");

    // Element layers (要素管控分区, zoning reference §1): the partitions the units are composed from, published with the
    // zoning results; an import reads their 环境要素/要素细类 (and for water 流域/河段) into the roles element,
    // elementSubclass, basin, reach, which structured rules can filter on (InsideLayerRule.Where).
    public static readonly ZoningLayerKind AirZones = new("air-zones", "大气环境管控分区", LayerGeometry.Polygon,
        "大气环境优先保护区、高排放/布局敏感/弱扩散/受体敏感重点管控区、高污染燃料禁燃区、一般管控区（要素细类）");
    public static readonly ZoningLayerKind WaterZones = new("water-zones", "水环境管控分区", LayerGeometry.Polygon,
        "水环境优先保护区、工业污染/城镇生活污染/农业污染重点管控区、一般管控区（流域、河段、要素细类）");
    public static readonly ZoningLayerKind EcoZones = new("eco-zones", "生态环境管控分区", LayerGeometry.Polygon,
        "生态保护红线、一般生态空间等生态环境管控分区（环境要素、要素细类）");

    public static IReadOnlyList<ZoningLayerKind> All { get; } =
        [Units, Parks, Groundwater, Rivers, RiverManagement, WaterSources, UrbanCore, Sensitive, Livestock, Transport, Farmland,
         AirZones, WaterZones, EcoZones];

    /// <summary>The element layers (要素管控分区).</summary>
    public static IReadOnlyList<ZoningLayerKind> Elements { get; } = [AirZones, WaterZones, EcoZones];

    /// <summary>The kind with this code, or null.</summary>
    public static ZoningLayerKind? Find(string code) => All.FirstOrDefault(k => k.Code == code);
}

/// <summary>Standard attribute names of a control unit feature (an import maps the source's field names to these).</summary>
public static class UnitFields
{
    /// <summary>单元编码, e.g. ZH14052110001.</summary>
    public const string Code = "code";
    /// <summary>单元名称.</summary>
    public const string Name = "name";
    /// <summary>管控类别: 优先保护单元 / 重点管控单元 / 一般管控单元.</summary>
    public const string Class = "class";
    /// <summary>县级行政区划代码 (GB/T 2260).</summary>
    public const string County = "county";
    /// <summary>县级行政区名称.</summary>
    public const string CountyName = "countyName";
}

/// <summary>
/// One stored version of a layer (动态更新: every import is a new version; versions are kept, never overwritten).
/// </summary>
/// <param name="Id">Store id, referred to by `zoning diff --from V1 --to V2`.</param>
/// <param name="Layer">Layer kind code.</param>
/// <param name="Version">1, 2, … per (layer, jurisdiction).</param>
/// <param name="EffectiveFrom">The date from which this version is in force; an assessment on date D uses the latest version with EffectiveFrom ≤ D.</param>
/// <param name="SourceName">The imported file's name (no path).</param>
/// <param name="Sha256">Content hash of the imported file.</param>
/// <param name="SourceEpsg">The coordinate system the file was in (stored geometries are EPSG:4490).</param>
/// <param name="Synthetic">True for generated demo data, which must be labelled as such wherever it is shown.</param>
public sealed record LayerVersionInfo(
    long Id,
    string Layer,
    string JurisdictionCode,
    int Version,
    DateOnly EffectiveFrom,
    DateTimeOffset ImportedAt,
    string SourceName,
    string Sha256,
    int SourceEpsg,
    int FeatureCount,
    bool Synthetic,
    string? Note);
