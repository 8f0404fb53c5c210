using System.Globalization;
using EcoGov.Core;
using EcoGov.Core.Zoning;
using EcoGov.Core.Zoning.Rules;
using EcoGov.Spatial.Crs;
using EcoGov.Spatial.Zoning;
using EcoGov.Spatial.Zoning.Assessment;
using NetTopologySuite.Geometries;
using static EcoGov.Spatial.Tests.Zoning.AssessmentFixtures;

namespace EcoGov.Spatial.Tests.Zoning;

public class SiteAssessorTests
{
    private static readonly SiteAssessor Assessor = new();
    private static readonly LayerSnapshot UnitLayer = Units();
    private static readonly DateOnly Date = new(2024, 6, 1);

    private static AssessmentResult Assess(Geometry site, string? industry = null, ProjectFacts? facts = null, params LayerSnapshot[] layers) =>
        Assessor.Assess(site, industry, facts ?? ProjectFacts.None, Date, UnitLayer, layers, Requirements);

    private static RuleResult Rule(AssessmentResult r, string id) => r.Rules.Single(x => x.Rule.Id == id);

    [Fact]
    public void Point_inside_one_unit_has_share_1_and_no_area()
    {
        var r = Assess(Point(100, 100));
        var u = Assert.Single(r.Units);
        Assert.Equal("ZH14052520001", u.Code);
        Assert.Equal(1, u.Share);
        Assert.Equal(0, u.OverlapArea);
        Assert.Equal("点", r.Site.Kind);
    }

    [Fact]
    public void Point_on_a_shared_boundary_touches_both_units_with_half_share_each()
    {
        // A shared vertex: exactly on both units' boundaries in EPSG:4490 (a metric midpoint would not be, after projection).
        var r = Assess(Point(1000, 0));
        Assert.Equal(["ZH14052520001", "ZH14058130001"], r.Units.Select(u => u.Code!).Order().ToArray());
        Assert.All(r.Units, u => Assert.Equal(0.5, u.Share, 12));
        // both units' own requirements apply
        Assert.Contains(r.Requirements, q => q.Requirement.UnitCode == "ZH14052520001");
        Assert.Contains(r.Requirements, q => q.Requirement.UnitCode == "ZH14058130001");
    }

    [Fact]
    public void Point_in_a_hole_belongs_to_the_unit_filling_the_hole()
    {
        var r = Assess(Point(500, 500));
        var u = Assert.Single(r.Units);
        Assert.Equal("ZH14052510002", u.Code);
        Assert.DoesNotContain(r.Requirements, q => q.Requirement.UnitCode == "ZH14052520001");
    }

    [Fact]
    public void Polygon_across_two_counties_splits_its_area()
    {
        var r = Assess(ToGeo(Box(900, 100, 1100, 300)));
        Assert.Equal(2, r.Units.Count);
        Assert.Equal(["140525", "140581"], r.Units.Select(u => u.County!).Order().ToArray());
        Assert.All(r.Units, u => Assert.Equal(20_000, u.OverlapArea, 20_000 * 1e-4));
        Assert.All(r.Units, u => Assert.Equal(0.5, u.Share, 4));
        Assert.Equal(40_000, r.Site.Area, 40_000 * 1e-4);
    }

    [Fact]
    public void Point_at_a_corner_of_three_units_has_a_third_each()
    {
        var r = Assess(Point(1000, 1000));
        Assert.Equal(3, r.Units.Count);
        Assert.All(r.Units, u => Assert.Equal(1.0 / 3, u.Share, 12));
    }

    [Fact]
    public void Polygon_touching_a_unit_only_along_an_edge_does_not_count()
    {
        // The site's top edge lies on unit C's bottom edge in metres; in EPSG:4490 it leaves a sliver of ~0.9 m².
        var r = Assess(ToGeo(Box(800, 0, 1000, 1000)));
        Assert.Equal("ZH14052520001", Assert.Single(r.Units).Code);
    }

    [Fact]
    public void Point_in_the_second_part_of_a_multipolygon_unit()
    {
        var r = Assess(Point(2500, 500));
        Assert.Equal("ZH14052520003", Assert.Single(r.Units).Code);
    }

    [Fact]
    public void Line_share_is_by_length()
    {
        var r = Assess(Line((500, 800), (1500, 800)));
        Assert.Equal(2, r.Units.Count);
        Assert.All(r.Units, u => Assert.Equal(0.5, u.Share, 4));
        Assert.All(r.Units, u => Assert.Equal(500, u.OverlapLength, 0.05));
        Assert.Equal(1000, r.Site.Length, 0.1);
    }

    [Fact]
    public void A_site_in_Gauss_Kruger_zone_38_gives_the_same_answer_as_in_4490()
    {
        var corners = new[] { (900.0, 100.0), (1100.0, 100.0), (1100.0, 300.0), (900.0, 300.0), (900.0, 100.0) };
        // EPSG:4526: zone prefix 38 on the easting.
        var text = string.Join(";", corners.Select(p => string.Create(CultureInfo.InvariantCulture,
            $"{38_000_000 + Origin.X + p.Item1:F3},{Origin.Y + p.Item2:F3}")));
        var site = SiteInput.ParseCoordinates(text, "EPSG:4526");
        Assert.Equal("EPSG:4526", site.SourceCrs);
        var gk = Assessor.Assess(site, null, ProjectFacts.None, Date, UnitLayer, [], Requirements);
        var geo = Assess(ToGeo(Box(900, 100, 1100, 300)));
        Assert.Equal(geo.Units.Select(u => u.Code), gk.Units.Select(u => u.Code));
        for (var i = 0; i < geo.Units.Count; i++)
            Assert.Equal(geo.Units[i].OverlapArea, gk.Units[i].OverlapArea, geo.Units[i].OverlapArea * 1e-4);
        Assert.Equal("EPSG:4526", gk.Site.SourceCrs);
    }

    [Fact]
    public void Gcj02_site_is_converted_and_warned()
    {
        var wgs = Point(100, 100).Coordinate;
        var (gx, gy) = Gcj02.FromWgs84(wgs.X, wgs.Y);
        Assert.True(Math.Abs(gx - wgs.X) > 1e-4, "GCJ-02 offset should be hundreds of metres here");
        var site = SiteInput.ParsePoint(string.Create(CultureInfo.InvariantCulture, $"{gx:R},{gy:R}"), "GCJ-02");
        var back = site.Geometry.Coordinate;
        Assert.True(MetricFrame.ForLongitude(wgs.X).Distance(site.Geometry, new GeometryFactory().CreatePoint(wgs)) < 0.01);
        var r = Assessor.Assess(site, null, ProjectFacts.None, Date, UnitLayer, [], Requirements);
        Assert.Contains(r.Warnings, w => w.Bilingual.Contains("GCJ-02") && w.Bilingual.Contains("1 米"));
        Assert.Equal("ZH14052520001", Assert.Single(r.Units).Code);
        Assert.Equal("GCJ-02", r.Site.SourceCrs);
        _ = back;
    }

    [Fact]
    public void Gcj02_outside_China_is_left_as_is()
    {
        var site = SiteInput.ParsePoint("2.3522,48.8566", "gcj02");
        Assert.Equal(2.3522, site.Geometry.Coordinate.X);
        Assert.Contains(site.Warnings, w => w.Bilingual.Contains("中国范围之外"));
    }

    // ---- §3 rules at their thresholds ----

    private static LayerSnapshot Rivers(double distance, string name, string rank = "干流") =>
        new(Version("rivers"), [Feature("r1", name, Line((-50, 100 + distance), (50, 100 + distance)), ("rank", rank))]);

    [Theory]
    [InlineData(999, RuleVerdict.Prohibited)]
    [InlineData(1000, RuleVerdict.Prohibited)]
    [InlineData(1001, RuleVerdict.NotApplicable)]
    public void Livestock_within_1000m_of_Qinhe(double d, RuleVerdict expected)
    {
        var r = Assess(Point(0, 100), "A0313", null, Rivers(d, "沁河"));
        var rule = Rule(r, "livestock-qin-dan-1000");
        Assert.Equal(expected, rule.Verdict);
        if (expected == RuleVerdict.Prohibited)
        {
            Assert.Contains(d.ToString("0.0", CultureInfo.InvariantCulture) + "米", rule.Evidence);
            Assert.Equal(AssessmentConclusion.NonCompliant, r.Conclusion);
        }
    }

    [Theory]
    [InlineData(499, RuleVerdict.Prohibited)]
    [InlineData(500, RuleVerdict.Prohibited)]
    [InlineData(501, RuleVerdict.NotApplicable)]
    public void Livestock_within_500m_of_Changhe(double d, RuleVerdict expected)
    {
        var r = Assess(Point(0, 100), "0321", null, Rivers(d, "长河", "支流"));
        Assert.Equal(expected, Rule(r, "livestock-chang-500").Verdict);
        // 长河 is not 沁河/丹河: that rule finds no such river in the layer → needs a person, never silently 不涉及
        Assert.Equal(RuleVerdict.Conditional, Rule(r, "livestock-qin-dan-1000").Verdict);
    }

    [Fact]
    public void Livestock_rules_do_not_apply_to_other_industries()
    {
        var r = Assess(Point(0, 100), "C3011", null, Rivers(10, "沁河"));
        Assert.Equal(RuleVerdict.NotApplicable, Rule(r, "livestock-qin-dan-1000").Verdict);
        Assert.Equal(RuleVerdict.NotApplicable, Rule(r, "livestock-siting-water-sources").Verdict);
    }

    [Theory]
    [InlineData(99, "干流", RuleVerdict.Conditional)]
    [InlineData(100, "干流", RuleVerdict.Conditional)]
    [InlineData(101, "干流", RuleVerdict.NotApplicable)]
    public void Qinhe_main_stream_ecological_buffer_100m(double d, string rank, RuleVerdict expected)
    {
        var mgmt = new LayerSnapshot(Version("river-management"),
        [
            Feature("m1", "沁河", Line((-50, 100 + d), (50, 100 + d)), ("rank", rank)),
            Feature("m2", "丹河", Line((-50, 5000), (50, 5000)), ("rank", "支流")),
        ]);
        var r = Assess(Point(0, 100), null, null, mgmt);
        Assert.Equal(expected, Rule(r, "buffer-qin-main-100").Verdict);
        Assert.Equal(RuleVerdict.NotApplicable, Rule(r, "buffer-tributary-50").Verdict);
    }

    [Theory]
    [InlineData(49, RuleVerdict.Conditional)]
    [InlineData(50, RuleVerdict.Conditional)]
    [InlineData(51, RuleVerdict.NotApplicable)]
    public void Tributary_buffer_50m(double d, RuleVerdict expected)
    {
        var mgmt = new LayerSnapshot(Version("river-management"),
            [Feature("m2", "丹河", Line((-50, 100 + d), (50, 100 + d)), ("rank", "支流"))]);
        var r = Assess(Point(0, 100), null, null, mgmt);
        Assert.Equal(expected, Rule(r, "buffer-tributary-50").Verdict);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("140824")]
    [InlineData("140404")]
    public void No_applicable_access_list_or_rules_is_never_compliant(string? jurisdiction)
    {
        IReadOnlyList<AccessRequirement> reqs = jurisdiction is null ? [] :
            [new AccessRequirement("other-plan", jurisdiction, AccessListLevel.City, AccessListCategory.SpatialLayout, null, 1, "示例要求", "依据", null,
                new Provenance("999", "t", 1))];
        var r = Assessor.Assess(Point(100, 100), "C3011", ProjectFacts.None, Date, UnitLayer, [], reqs);
        Assert.Empty(r.Rules);
        Assert.Equal(AssessmentConclusion.Conditional, r.Conclusion);
        Assert.Contains(r.Warnings, w => w.Bilingual.Contains("无适用的准入清单或结构化规则目录，需人工判断", StringComparison.Ordinal));
        Assert.StartsWith("有条件符合", r.ConclusionText.Format(EcoGov.Core.Text.Message.Chinese));
    }

    [Fact]
    public void Missing_river_management_layer_is_conditional_never_silently_not_applicable()
    {
        var r = Assess(Point(0, 100));
        var rule = Rule(r, "buffer-qin-main-100");
        Assert.Equal(RuleVerdict.Conditional, rule.Verdict);
        Assert.Contains("缺少图层", rule.Evidence);
        Assert.Contains("需人工核实", rule.Evidence);
    }

    private static LayerSnapshot UrbanCore(double distance) =>
        new(Version("urban-core"), [Feature("core", "晋城市区", ToGeo(Box(100 + distance, -5000, 100 + distance + 3000, 5000)))]);

    [Theory]
    [InlineData(19_999, RuleVerdict.Prohibited)]
    [InlineData(20_000, RuleVerdict.Prohibited)]
    [InlineData(20_001, RuleVerdict.NotApplicable)]
    public void Air_emitting_project_within_20km_of_the_urban_core(double d, RuleVerdict expected)
    {
        var facts = ProjectFacts.None.With("emitsAirPollutants", true);
        var r = Assess(Point(100, 100), "C3011", facts, UrbanCore(d));
        Assert.Equal(expected, Rule(r, "air-urban-core-20km").Verdict);
        var row = r.Requirements.Single(q => q.RuleIds.Contains("air-urban-core-20km"));
        Assert.Contains("20 公里", row.Requirement.Text);
        Assert.Contains("002", row.Requirement.Basis);
        Assert.Equal(expected, row.Verdict);
    }

    [Fact]
    public void Air_rule_needs_the_fact()
    {
        var r = Assess(Point(100, 100), "C3011", null, UrbanCore(10));
        var rule = Rule(r, "air-urban-core-20km");
        Assert.Equal(RuleVerdict.Conditional, rule.Verdict);
        Assert.Contains("emitsAirPollutants", rule.Evidence);
        Assert.Equal(AssessmentConclusion.Conditional, r.Conclusion);
    }

    [Theory]
    [InlineData(499, RuleVerdict.Prohibited)]
    [InlineData(500, RuleVerdict.NotApplicable)]
    [InlineData(501, RuleVerdict.NotApplicable)]
    public void Livestock_farm_500m_or_more_from_water_sources(double d, RuleVerdict expected)
    {
        var ws = new LayerSnapshot(Version("water-sources"), [Feature("w1", "某水源地", Point(0, 100 + d))]);
        var r = Assess(Point(0, 100), "0313", null, ws);
        Assert.Equal(expected, Rule(r, "livestock-siting-water-sources").Verdict);
        // other siting layers are missing → conditional naming them
        var s = Rule(r, "livestock-siting-sensitive");
        Assert.Equal(RuleVerdict.Conditional, s.Verdict);
        Assert.Contains("缺少图层“环境敏感目标”", s.Evidence);
    }

    [Fact]
    public void Livestock_farm_on_basic_farmland_is_prohibited()
    {
        var farmland = new LayerSnapshot(Version("farmland"), [Feature("f1", "基本农田", ToGeo(Box(0, 0, 300, 300)))]);
        var r = Assess(ToGeo(Box(100, 100, 200, 200)), "0313", null, farmland);
        var rule = Rule(r, "livestock-siting-farmland");
        Assert.Equal(RuleVerdict.Prohibited, rule.Verdict);
        Assert.Contains("重叠面积10000", rule.Evidence.Replace(".0", ""));
    }

    [Fact]
    public void Coal_and_gas_facts_end_to_end()
    {
        var facts = ProjectFacts.None.With("usesCoal", true).With("newCoalBoiler", true).With("isCentralHeating", false)
            .With("boilerCapacityTph", 20).With("isGasProducer", true).With("emitsAirPollutants", false);
        var r = Assess(Point(100, 100), "C2521", facts);
        Assert.Equal(RuleVerdict.Prohibited, Rule(r, "coal-boiler-new").Verdict);
        Assert.Equal(RuleVerdict.Prohibited, Rule(r, "coal-boiler-35").Verdict);
        Assert.Equal(RuleVerdict.Prohibited, Rule(r, "gas-producer").Verdict);
        Assert.Equal(RuleVerdict.Conditional, Rule(r, "coal-reduction-substitution").Verdict);
        Assert.Equal(AssessmentConclusion.NonCompliant, r.Conclusion);
        var row22 = r.Requirements.Single(q => q.Requirement.Subcategory == "禁止开发建设活动的要求" && q.Requirement.Seq == 22 && q.Requirement.UnitCode is null);
        Assert.Equal(RuleVerdict.Prohibited, row22.Verdict);
    }

    [Fact]
    public void A_clean_project_is_compliant_and_text_requirements_still_listed()
    {
        var facts = ProjectFacts.None.With("usesCoal", false).With("isGasProducer", false).With("emitsAirPollutants", false);
        var mgmt = new LayerSnapshot(Version("river-management"),
        [
            Feature("m1", "沁河", Line((-50, 9000), (50, 9000)), ("rank", "干流")),
            Feature("m2", "丹河", Line((-50, 8000), (50, 8000)), ("rank", "支流")),
        ]);
        var r = Assess(Point(100, 100), "6510", facts, mgmt, UrbanCore(30_000));
        Assert.All(r.Rules, x => Assert.Equal(RuleVerdict.NotApplicable, x.Verdict));
        Assert.Equal(AssessmentConclusion.Compliant, r.Conclusion);
        Assert.Equal(80 + 1 + 1, r.Requirements.Count); // 80 city + air task row + unit A's own
        Assert.Contains(r.Requirements, q => q.Verdict == RuleVerdict.ManualReview && q.Evidence.Contains("人工判断"));
        Assert.Equal(["units", "river-management", "urban-core"], r.Versions.Select(v => v.Layer).ToArray());
        Assert.Contains(r.Warnings, w => w.Bilingual.Contains("示意"));
        // grouped by level then category
        var cats = r.Requirements.Where(q => q.Requirement.Level == AccessListLevel.City).Select(q => AccessListCategories.Name(q.Requirement.Category)).Distinct().ToArray();
        Assert.Equal(["空间布局约束", "污染物排放管控", "环境风险防控", "资源利用效率"], cats);
    }

    [Fact]
    public void Site_outside_all_units_is_at_best_conditional()
    {
        var facts = ProjectFacts.None.With("usesCoal", false).With("isGasProducer", false).With("emitsAirPollutants", false);
        var r = Assess(Point(50_000, 50_000), "6510", facts);
        Assert.Empty(r.Units);
        Assert.NotEqual(AssessmentConclusion.Compliant, r.Conclusion);
        Assert.Contains(r.Warnings, w => w.Bilingual.Contains("不在管控单元图层范围内"));
    }

    [Fact]
    public void Layers_table_lists_features_within_the_largest_rule_distance()
    {
        var rivers = new LayerSnapshot(Version("rivers"),
        [
            Feature("r1", "沁河", Line((-50, 900), (50, 900)), ("rank", "干流")),
            Feature("r2", "丹河", Line((-50, 5000), (50, 5000)), ("rank", "支流")),
        ]);
        var r = Assess(Point(0, 100), "0313", null, rivers);
        var hit = Assert.Single(r.Layers);
        Assert.Equal("r1", hit.Id);
        Assert.Equal(800, hit.Distance, 0.01);
    }

    [Fact]
    [Trait("Category", "Probe")]
    public void Json_echoes_a_small_site_and_only_summarises_a_large_one()
    {
        // Before: the whole site came back as WKT (a 1,000,000-vertex site gave a 19 MB response).
        static System.Text.Json.JsonElement Site(AssessmentResult r) =>
            System.Text.Json.JsonDocument.Parse(AssessmentDto.Serialize(r)).RootElement.GetProperty("site").Clone();
        var small = Site(Assess(ToGeo(Box(900, 100, 1100, 300))));
        Assert.StartsWith("POLYGON", small.GetProperty("wkt").GetString(), StringComparison.Ordinal);
        Assert.Equal(5, small.GetProperty("vertexCount").GetInt32());

        var ring = Enumerable.Range(0, 2000).Select(i => C(500 + 300 * Math.Cos(i * Math.PI / 1000), 500 + 300 * Math.Sin(i * Math.PI / 1000))).ToList();
        ring.Add(ring[0]);
        var large = Site(Assess(ToGeo(Metric.CreatePolygon([.. ring]))));
        Assert.Equal(System.Text.Json.JsonValueKind.Null, large.GetProperty("wkt").ValueKind);
        Assert.Equal(2001, large.GetProperty("vertexCount").GetInt32());
        var bbox = large.GetProperty("bbox").EnumerateArray().Select(x => x.GetDouble()).ToArray();
        Assert.Equal(4, bbox.Length);
        Assert.True(bbox[0] < bbox[2] && bbox[1] < bbox[3]);
        Assert.InRange(bbox[0], 112.8, 112.9);
        Assert.InRange(large.GetProperty("area").GetDouble(), 280_000, 284_000); // π × 300²
    }

    [Fact]
    public void Json_contract_has_the_issue_fields()
    {
        var r = Assess(ToGeo(Box(900, 100, 1100, 300)), "0313", ProjectFacts.None.With("usesCoal", true).With("coalUseTpa", 1200), Rivers(300, "沁河"));
        var json = AssessmentDto.Serialize(r);
        Assert.Contains("\"usesCoal\": true", json);
        Assert.Contains("\"coalUseTpa\": 1200", json);
        using var doc = System.Text.Json.JsonDocument.Parse(json);
        var root = doc.RootElement;
        foreach (var p in new[] { "units", "layers", "requirements", "conclusion", "versions" }) Assert.True(root.TryGetProperty(p, out _), p);
        var u = root.GetProperty("units")[0];
        foreach (var p in new[] { "code", "name", "class", "overlapArea", "share" }) Assert.True(u.TryGetProperty(p, out _), p);
        var q = root.GetProperty("requirements")[0];
        foreach (var p in new[] { "level", "category", "seq", "text", "basis", "verdict", "evidence" }) Assert.True(q.TryGetProperty(p, out _), p);
        var l = root.GetProperty("layers")[0];
        foreach (var p in new[] { "layer", "id", "name", "distance" }) Assert.True(l.TryGetProperty(p, out _), p);
        Assert.Equal("不符合", root.GetProperty("conclusion").GetString());
        Assert.True(root.GetProperty("versions").TryGetProperty("units", out _));
        Assert.Contains("违反", json);
    }
}
