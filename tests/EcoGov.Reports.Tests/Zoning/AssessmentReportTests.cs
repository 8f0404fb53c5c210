using System.Text.Json;
using System.Text.Json.Serialization;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;
using EcoGov.Core.Zoning;
using EcoGov.Core.Zoning.Rules;
using EcoGov.Reports.Zoning;
using EcoGov.Spatial.Crs;
using EcoGov.Spatial.Zoning;
using EcoGov.Spatial.Zoning.Assessment;
using NetTopologySuite.Geometries;

namespace EcoGov.Reports.Tests.Zoning;

public class AssessmentReportTests
{
    private const int Gk = 4547;
    private static readonly GeometryFactory Metric = new(new PrecisionModel(), Gk);
    private static readonly (double X, double Y) O = MetricFrame.ForZone(38).Project(112.85, 35.50);

    private static Coordinate C(double x, double y) => new(O.X + x, O.Y + y);
    private static Geometry Geo(Geometry g) => CoordinateSystems.ToCgcs2000(g, Gk);
    private static Geometry Box(double x0, double y0, double x1, double y1) =>
        Geo(Metric.CreatePolygon([C(x0, y0), C(x1, y0), C(x1, y1), C(x0, y1), C(x0, y0)]));

    private static LayerVersionInfo V(string layer) =>
        new(1, layer, "140500", 1, new DateOnly(2023, 12, 1), DateTimeOffset.UnixEpoch, $"demo-{layer}.geojson", "00", 4490, 3, true, "示意");

    private static LayerFeature F(string id, string? name, Geometry g, params (string, string)[] a)
    {
        var d = a.ToDictionary(x => x.Item1, x => (string?)x.Item2);
        if (name is not null) d["name"] = name;
        return new LayerFeature(id, name, g, d);
    }

    private static LayerFeature U(string code, string name, string cls, Geometry g) =>
        F(code, name, g, (UnitFields.Code, code), (UnitFields.Class, cls), (UnitFields.County, "140525"), (UnitFields.CountyName, "泽州县"));

    private static AssessmentResult Sample()
    {
        var units = new LayerSnapshot(V("units"),
        [
            U("ZH14052510001", "泽州县沁河水源涵养优先保护单元", "优先保护单元", Box(-3000, -3000, 0, 3000)),
            U("ZH14052520001", "泽州县城镇重点管控单元", "重点管控单元", Box(0, -3000, 3000, 0)),
            U("ZH14052530001", "泽州县一般管控单元", "一般管控单元", Box(0, 0, 3000, 3000)),
        ]);
        var rivers = new LayerSnapshot(V("rivers"),
        [
            F("R1", "沁河", Geo(Metric.CreateLineString([C(-1200, -3000), C(-900, -1000), C(-1100, 1000), C(-800, 3000)])), ("rank", "干流")),
            F("R2", "丹河", Geo(Metric.CreateLineString([C(2500, -3000), C(2200, 0), C(2600, 3000)])), ("rank", "支流")),
        ]);
        var water = new LayerSnapshot(V("water-sources"), [F("W1", "某水厂水源地", Geo(Metric.CreatePoint(C(1200, 1500))))]);
        var core = new LayerSnapshot(V("urban-core"), [F("U1", "晋城市区", Box(5000, -2000, 9000, 2000))]);
        var site = Box(-400, -600, 400, 200); // 0.64 km², across two units
        var reqs = LoadRequirements();
        var facts = ProjectFacts.None.With("emitsAirPollutants", true).With("usesCoal", false).With("isGasProducer", false);
        return new SiteAssessor().Assess(site, "A0313", facts, new DateOnly(2024, 6, 1), units, [rivers, water, core], reqs);
    }

    private static List<AccessRequirement> LoadRequirements()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (!File.Exists(Path.Combine(dir!.FullName, "EcoGov.slnx"))) dir = dir.Parent;
        using var doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(dir.FullName, "data/seed/000-jincheng-zoning-2023.json")));
        return doc.RootElement.GetProperty("accessRequirements").Deserialize<List<AccessRequirement>>(
            new JsonSerializerOptions(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) } })!;
    }

    private static string OutDir()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (!File.Exists(Path.Combine(dir!.FullName, "EcoGov.slnx"))) dir = dir.Parent;
        var o = Path.Combine(dir.FullName, "tests", "EcoGov.Reports.Tests", "out");
        Directory.CreateDirectory(o);
        return o;
    }

    [Fact]
    public void Report_opens_and_has_title_tables_image_and_conclusion()
    {
        var result = Sample();
        Assert.Equal(AssessmentConclusion.NonCompliant, result.Conclusion); // livestock within 1000 m of 沁河
        var path = Path.Combine(OutDir(), "sample-assessment.docx");
        AssessmentReport.Save(path, result, new ReportOptions("示例生猪养殖场建设项目", new DateTimeOffset(2024, 6, 1, 9, 30, 0, TimeSpan.FromHours(8))));
        File.WriteAllText(Path.Combine(OutDir(), "sample-assessment.json"), AssessmentDto.Serialize(result));

        using var doc = WordprocessingDocument.Open(path, false);
        var body = doc.MainDocumentPart!.Document!.Body!;
        var text = body.InnerText;
        Assert.Contains(AssessmentReport.Title, text);
        Assert.Contains("不符合", text);
        Assert.Contains("ZH14052510001", text);
        Assert.Contains("沁河、丹河沿线1000米", text);
        Assert.Contains("不是行政审批", text);
        Assert.Contains("示意", text);
        Assert.True(body.Descendants<Table>().Count() >= 6);
        var image = Assert.Single(doc.MainDocumentPart.ImageParts);
        Assert.Equal("image/png", image.ContentType);
        using var s = image.GetStream();
        Assert.True(s.Length > 10_000);
        var errors = new OpenXmlValidator().Validate(doc).Select(e => e.Description).ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors.Take(5)));
    }

    [Fact]
    public void Map_png_is_rendered_with_a_CJK_font()
    {
        Assert.True(AssessmentMap.Typeface.FamilyName.Length > 0);
        var png = AssessmentMap.RenderPng(Sample(), 1200, 900);
        File.WriteAllBytes(Path.Combine(OutDir(), "sample-map.png"), png);
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], png[..4]);
        using var bmp = SkiaSharp.SKBitmap.Decode(png);
        Assert.Equal(1200, bmp.Width);
        // the site is drawn in red somewhere near the centre
        var red = 0;
        for (var x = 400; x < 800; x += 4)
            for (var y = 300; y < 600; y += 4)
            {
                var c = bmp.GetPixel(x, y);
                if (c.Red > 200 && c.Green < 60 && c.Blue < 60) red++;
            }
        Assert.True(red > 10, $"red pixels: {red}");
    }
}
