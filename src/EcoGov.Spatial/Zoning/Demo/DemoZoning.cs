using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using EcoGov.Core.Plans;
using EcoGov.Core.Zoning;
using NetTopologySuite.Algorithm;
using NetTopologySuite.Geometries;

namespace EcoGov.Spatial.Zoning.Demo;

/// <summary>A synthetic unit-level access requirement (单元管控要求，示意) of one demo unit.</summary>
/// <param name="Category">管控类别: 空间布局约束, 污染物排放管控, 环境风险防控, 资源利用效率.</param>
public sealed record DemoUnitRequirement(
    string UnitCode,
    string UnitName,
    string UnitClass,
    string Category,
    string? Subcategory,
    int Seq,
    string Text,
    string Basis,
    bool Synthetic);

/// <summary>Everything the demo generator produces.</summary>
public sealed record DemoZoningResult(
    IReadOnlyList<DemoUnit> Units,
    IReadOnlyList<DemoLayer> Layers,
    IReadOnlyList<DemoUnitRequirement> Requirements);

/// <summary>
/// The synthetic demo zoning layer set for 晋城市 (示意数据): control units that match 000's per-county counts and the
/// city-wide class area shares, plus separately managed demo layers and a few unit-level requirements, so that siting
/// assessment can be exercised before the real layers are imported. Pure: reads only the seed files it is given.
/// </summary>
public static class DemoZoning
{
    /// <summary>The fixed random seed; the output is the same on every run.</summary>
    public const int DefaultSeed = 20231;

    public const string Generator = "EcoGov.Spatial.Zoning.Demo.DemoZoning";

    public const string UnitsFile = "units.geojson";
    public const string RequirementsFile = "unit-requirements.json";

    /// <summary>The folder under data/seed the files are committed to.</summary>
    public static readonly string RelativeDirectory = Path.Combine("zoning", "demo");

    public static DemoZoningResult Generate(string seedDirectory, int seed = DefaultSeed) =>
        Generate(DemoZoningInputs.Read(seedDirectory), seed);

    public static DemoZoningResult Generate(DemoZoningInputs inputs, int seed = DefaultSeed)
    {
        var units = DemoUnitPartition.Build(inputs, seed);
        var unitLayer = new DemoLayer(UnitsFile,
            $"{inputs.CityName}环境管控单元示意图层：按000统计表的各县（市、区）单元数量和全市面积占比由程序随机生成（固定种子），不是正式管控单元边界",
            units.Select(u => new DemoFeature(u.Geometry, DemoLayers.Props(
                ("code", u.Code), ("name", u.Name), ("class", u.ClassName), ("countyCode", u.CountyCode),
                ("countyName", u.CountyName), ("areaKm2", Math.Round(EqualArea.SquareKilometres(u.Geometry), 2)), ("synthetic", true)))).ToList());
        return new DemoZoningResult(units, [unitLayer, .. DemoLayers.Build(inputs)], Requirements(units));
    }

    /// <summary>One or two demo requirements for the first unit of each class in the first county (城区).</summary>
    private static List<DemoUnitRequirement> Requirements(IReadOnlyList<DemoUnit> units)
    {
        var basis = SpatialText.DemoRequirementBasis().Bilingual;
        var county = units.Min(u => u.CountyCode)!;
        DemoUnit First(ControlUnitClass c) => units.Where(u => u.CountyCode == county && u.Class == c).MinBy(u => u.Code, StringComparer.Ordinal)!;
        var priority = First(ControlUnitClass.Priority);
        var key = First(ControlUnitClass.Key);
        var general = First(ControlUnitClass.General);
        DemoUnitRequirement R(DemoUnit u, string category, string? sub, int seq, string text) =>
            new(u.Code, u.Name, u.ClassName, category, sub, seq, text, basis, true);
        return
        [
            R(priority, "空间布局约束", "禁止开发建设活动的要求", 1, "（示意）单元内禁止新建、扩建工业项目和规模化畜禽养殖场。"),
            R(priority, "空间布局约束", "不符合空间布局要求活动的退出要求", 2, "（示意）现有不符合生态功能定位的企业逐步退出。"),
            R(key, "污染物排放管控", null, 1, "（示意）新建涉气项目须实行主要大气污染物排放倍量削减替代。"),
            R(key, "环境风险防控", null, 2, "（示意）涉危险化学品企业应编制突发环境事件应急预案并备案。"),
            R(general, "资源利用效率", "水资源利用", 1, "（示意）新建项目单位产品取水量应达到行业先进水平。"),
        ];
    }

    /// <summary>The files to write under data/seed/zoning/demo, by file name (ordinal order); UTF-8 text, LF, final newline.</summary>
    public static IReadOnlyList<(string FileName, string Content)> Files(DemoZoningResult result, int seed = DefaultSeed)
    {
        var files = result.Layers.Select(l => (l.FileName, GeoJson(l, seed))).ToList();
        files.Add((RequirementsFile, RequirementsJson(result.Requirements, seed)));
        return files.OrderBy(f => f.FileName, StringComparer.Ordinal).ToList();
    }

    private static readonly JsonWriterOptions WriterOptions = new()
    {
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        Indented = false,
    };

    private static void WriteMetadata(Utf8JsonWriter w, string description, int seed, string generator)
    {
        w.WriteStartObject("metadata");
        w.WriteBoolean("synthetic", true);
        w.WriteString("generator", generator);
        w.WriteNumber("seed", seed);
        w.WriteString("crs", "EPSG:4490");
        w.WriteString("description", "示意数据（合成，非正式成果）：" + description);
        w.WriteEndObject();
    }

    /// <summary>A FeatureCollection with one feature per line, so that diffs stay readable; <paramref name="generator"/> goes in its metadata.</summary>
    public static string GeoJson(DemoLayer layer, int seed = DefaultSeed, string generator = Generator)
    {
        var sb = new StringBuilder();
        sb.Append("{\"type\":\"FeatureCollection\",\"name\":");
        sb.Append(Json(w => w.WriteStringValue(Path.GetFileNameWithoutExtension(layer.FileName))));
        sb.Append(',');
        var meta = Json(w =>
        {
            w.WriteStartObject();
            WriteMetadata(w, layer.Description, seed, generator);
            w.WriteEndObject();
        });
        sb.Append(meta, 1, meta.Length - 2);
        sb.Append(",\"features\":[\n");
        for (int i = 0; i < layer.Features.Count; i++)
        {
            var f = layer.Features[i];
            sb.Append(Json(w =>
            {
                w.WriteStartObject();
                w.WriteString("type", "Feature");
                w.WritePropertyName("properties");
                w.WriteStartObject();
                foreach (var (k, v) in f.Properties)
                {
                    w.WritePropertyName(k);
                    switch (v)
                    {
                        case null: w.WriteNullValue(); break;
                        case bool b: w.WriteBooleanValue(b); break;
                        case double d: w.WriteNumberValue(d); break;
                        case int n: w.WriteNumberValue(n); break;
                        default: w.WriteStringValue(v.ToString()); break;
                    }
                }
                w.WriteEndObject();
                w.WritePropertyName("geometry");
                WriteGeometry(w, f.Geometry);
                w.WriteEndObject();
            }));
            sb.Append(i + 1 < layer.Features.Count ? ",\n" : "\n");
        }
        sb.Append("]}\n");
        return sb.ToString();
    }

    private static string RequirementsJson(IReadOnlyList<DemoUnitRequirement> requirements, int seed)
    {
        var document = new
        {
            metadata = new
            {
                synthetic = true,
                generator = Generator,
                seed,
                crs = "EPSG:4490",
                description = "示意数据（合成，非正式成果）：若干示意管控单元的单元级管控要求，仅用于演示选址研判，真实准入清单导入后替换",
            },
            requirements,
        };
        return JsonSerializer.Serialize(document, SeedJson.Options) + "\n";
    }

    private static string Json(Action<Utf8JsonWriter> write)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var w = new Utf8JsonWriter(buffer, WriterOptions)) write(w);
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <summary>RFC 7946 geometry: coordinates rounded to 1e-6°, exterior rings counter-clockwise, holes clockwise.</summary>
    private static void WriteGeometry(Utf8JsonWriter w, Geometry g)
    {
        w.WriteStartObject();
        w.WriteString("type", g.GeometryType);
        w.WritePropertyName("coordinates");
        switch (g)
        {
            case Point p: WritePosition(w, p.Coordinate); break;
            case LineString l: WriteLine(w, l.Coordinates); break;
            case Polygon p: WritePolygon(w, p); break;
            case MultiPoint mp:
                w.WriteStartArray();
                foreach (var p in mp.Geometries) WritePosition(w, p.Coordinate);
                w.WriteEndArray();
                break;
            case MultiLineString ml:
                w.WriteStartArray();
                foreach (var l in ml.Geometries) WriteLine(w, l.Coordinates);
                w.WriteEndArray();
                break;
            case MultiPolygon mp:
                w.WriteStartArray();
                foreach (var p in mp.Geometries) WritePolygon(w, (Polygon)p);
                w.WriteEndArray();
                break;
            default: throw new NotSupportedException($"geometry type {g.GeometryType} is not written");
        }
        w.WriteEndObject();
    }

    private static void WritePolygon(Utf8JsonWriter w, Polygon p)
    {
        w.WriteStartArray();
        WriteRing(w, p.Shell.Coordinates, counterClockwise: true);
        foreach (var hole in p.Holes) WriteRing(w, hole.Coordinates, counterClockwise: false);
        w.WriteEndArray();
    }

    private static void WriteRing(Utf8JsonWriter w, Coordinate[] ring, bool counterClockwise)
    {
        if (Orientation.IsCCW(ring) != counterClockwise) ring = ring.Reverse().ToArray();
        WriteLine(w, ring);
    }

    private static void WriteLine(Utf8JsonWriter w, Coordinate[] coordinates)
    {
        w.WriteStartArray();
        foreach (var c in coordinates) WritePosition(w, c);
        w.WriteEndArray();
    }

    private static void WritePosition(Utf8JsonWriter w, Coordinate c)
    {
        w.WriteStartArray();
        w.WriteNumberValue(Math.Round(c.X, 6));
        w.WriteNumberValue(Math.Round(c.Y, 6));
        w.WriteEndArray();
    }
}
