using EcoGov.Core.Zoning;
using EcoGov.Core.Zoning.Rules;
using EcoGov.Spatial.Zoning;
using EcoGov.Spatial.Zoning.Assessment;
using EcoGov.Spatial.Crs;
using EcoGov.Spatial.Zoning.Import;
using NetTopologySuite.Features;
using EcoGov.Tests.Shared;
using static EcoGov.Tests.Shared.ZoningLayerFixtures;

namespace EcoGov.Spatial.Tests.Zoning;

/// <summary>Issue 11 item 1: the roles of a layer's columns from their names, their content and the user's word.</summary>
public class LayerColumnTests
{
    /// <summary>晋城市's counties as the store gives them for an import at 140500.</summary>
    private static readonly CountyDirectory Jincheng = new(new Dictionary<string, string>
    {
        ["140500"] = "晋城市",
        ["140502"] = "城区",
        ["140521"] = "沁水县",
        ["140522"] = "阳城县",
        ["140524"] = "陵川县",
        ["140525"] = "泽州县",
        ["140581"] = "高平市",
    }, ["山西省", "晋城市"]);

    private static RawLayer Layer(params Dictionary<string, string?>[] rows) =>
        new("t.geojson", "geojson", CoordinateSystems.Cgcs2000,
            [.. rows.Select((r, i) => new RawLayerFeature(i + 1, r, Rect(112.80 + 0.01 * i, 35.50, 112.81 + 0.01 * i, 35.51)))], null, null);

    /// <summary>The Grid units with the provincial platform's field codes: numeric classes, the county as a name only.</summary>
    private static List<IFeature> Provincial(int epsg, Func<FixtureUnit, string> county) =>
        [.. Grid().Select(u => (IFeature)new Feature(CoordinateSystems.FromCgcs2000(u.Geometry, epsg), new AttributesTable(new Dictionary<string, object>
        {
            ["HJZHGKDYBM"] = u.Code,
            ["HJZHGKDYMC"] = u.Name,
            ["ZHGKDYFL"] = u.Code[8..9],
            ["PROV"] = "山西省",
            ["CITY"] = "晋城市",
            ["AREA"] = county(u),
            ["KJBJYS"] = "禁止新建钢铁项目",
            ["PWWPFGK"] = "严格执行大气污染物特别排放限值",
            ["HJFXFK"] = "建立环境风险应急预案",
            ["ZYKFXLYQ"] = "单位产值能耗持续下降",
            ["MJ"] = "12.5",
        })))];

    [Fact]
    public void Provincial_field_codes_are_read_by_name_and_the_county_comes_from_its_name()
    {
        // GBK .dbf without .cpg, Gauss-Krüger zone 38 .prj: the convention of the provincial platforms' exports.
        var raw = LayerFileReader.Read("省级单元.zip", ShapefileZip(Provincial(4526, _ => "城区"), 4526));
        var mapping = LayerColumnDetector.Detect(raw, Jincheng);
        Assert.Equal("HJZHGKDYBM", mapping.ColumnFor(ColumnRoles.Code));
        Assert.Equal("HJZHGKDYMC", mapping.ColumnFor(ColumnRoles.Name));
        Assert.Equal("ZHGKDYFL", mapping.ColumnFor(ColumnRoles.Class));
        Assert.Equal("AREA", mapping.ColumnFor(ColumnRoles.CountyName));
        Assert.Equal("PROV", mapping.ColumnFor(ColumnRoles.Province));
        Assert.Equal("CITY", mapping.ColumnFor(ColumnRoles.City));
        Assert.Equal("KJBJYS", mapping.ColumnFor(ColumnRoles.SpatialLayout));
        Assert.Equal("PWWPFGK", mapping.ColumnFor(ColumnRoles.PollutantDischarge));
        Assert.Equal("HJFXFK", mapping.ColumnFor(ColumnRoles.RiskPrevention));
        Assert.Equal("ZYKFXLYQ", mapping.ColumnFor(ColumnRoles.ResourceEfficiency));
        Assert.Null(mapping.ColumnFor(ColumnRoles.County));
        Assert.Equal(CountySource.CountyName, mapping.County);
        Assert.All(mapping.Columns.Where(c => c.Role is not null), c => Assert.Equal(ColumnRoleBasis.Name, c.Basis));
        Assert.Equal(ColumnRoleBasis.None, mapping.Columns.Single(c => c.Column == "MJ").Basis);

        var v = LayerValidator.Validate(raw, ZoningLayerKinds.Units, GridExtent, new HashSet<string> { "140500", "140502" }, Jincheng, mapping);
        Assert.True(v.Report.Problems.Count == 0, string.Join("\n", v.Report.Problems));
        var first = v.Features.Single(f => f.Id == "ZH14050210001");
        Assert.Equal("140502", first.Attribute(UnitFields.County));
        Assert.Equal("城区", first.Attribute(UnitFields.CountyName));
        Assert.Equal("优先保护单元", first.Attribute(UnitFields.Class));
        Assert.Equal("城区西北优先保护单元", first.Name);
        Assert.Equal("禁止新建钢铁项目", first.Attribute(ColumnRoles.SpatialLayout));
        Assert.Equal("12.5", first.Attribute("MJ")); // an unknown column is kept, under its own name
        Assert.Null(first.Attribute("HJZHGKDYBM")); // a mapped column is stored under its role only
        Assert.Equal(["重点管控单元"], v.Features.Where(f => f.Id == "ZH14050220001").Select(f => f.Attribute(UnitFields.Class)));
    }

    [Theory]
    [InlineData("晋城市城区")]
    [InlineData("山西省晋城市城区")]
    public void A_county_name_prefixed_with_its_city_or_province_is_matched(string name)
    {
        var raw = LayerFileReader.Read("u.zip", ShapefileZip(Provincial(4526, _ => name), 4526));
        var v = LayerValidator.Validate(raw, ZoningLayerKinds.Units, directory: Jincheng);
        Assert.False(v.Report.Rejected, string.Join("\n", v.Report.Problems));
        Assert.All(v.Features, f => Assert.Equal("140502", f.Attribute(UnitFields.County)));
    }

    [Fact]
    public void Without_the_jurisdiction_tree_the_county_comes_from_the_unit_code()
    {
        var raw = LayerFileReader.Read("u.zip", ShapefileZip(Provincial(4526, _ => "城区"), 4526));
        var mapping = LayerColumnDetector.Detect(raw);
        Assert.Equal(CountySource.UnitCode, mapping.County);
        var v = LayerValidator.Validate(raw, ZoningLayerKinds.Units, mapping: mapping);
        Assert.False(v.Report.Rejected, string.Join("\n", v.Report.Problems));
        Assert.All(v.Features, f => Assert.Equal("140502", f.Attribute(UnitFields.County)));
    }

    [Fact]
    public void Columns_whose_names_say_nothing_are_read_by_their_content()
    {
        var raw = Layer(
            new Dictionary<string, string?> { ["F1"] = "ZH14052510001", ["F2"] = "泽州县优先保护单元", ["F3"] = "优先保护", ["F4"] = "泽州县", ["F5"] = "140525", ["F6"] = "7" },
            new Dictionary<string, string?> { ["F1"] = "ZH14058120003", ["F2"] = "高平市重点管控单元", ["F3"] = "重点管控单元", ["F4"] = "高平市", ["F5"] = "140581", ["F6"] = "2" });
        var mapping = LayerColumnDetector.Detect(raw, Jincheng);
        Assert.Equal("F1", mapping.ColumnFor(ColumnRoles.Code));
        Assert.Equal("F3", mapping.ColumnFor(ColumnRoles.Class));
        Assert.Equal("F4", mapping.ColumnFor(ColumnRoles.CountyName));
        Assert.Equal("F5", mapping.ColumnFor(ColumnRoles.County));
        Assert.Null(mapping.ColumnFor(ColumnRoles.Name)); // no rule tells a name from other text
        Assert.Equal(CountySource.Column, mapping.County);
        Assert.All(mapping.Columns.Where(c => c.Role is not null), c => Assert.Equal(ColumnRoleBasis.Content, c.Basis));
        Assert.Equal(["ZH14052510001", "ZH14058120003"], mapping.Columns.Single(c => c.Column == "F1").Samples);
        var attrs = LayerColumnDetector.Apply(mapping, raw.Features[1].Attributes, Jincheng);
        Assert.Equal("重点管控单元", attrs[UnitFields.Class]);
        Assert.Equal("7", LayerColumnDetector.Apply(mapping, raw.Features[0].Attributes, Jincheng)["F6"]);
    }

    [Fact]
    public void Digits_one_to_three_are_the_class_only_when_no_column_names_the_classes()
    {
        var digits = Layer(new Dictionary<string, string?> { ["A"] = "ZH14050210001", ["B"] = "1" }, new Dictionary<string, string?> { ["A"] = "ZH14050230001", ["B"] = "3" });
        Assert.Equal("B", LayerColumnDetector.Detect(digits).ColumnFor(ColumnRoles.Class));
        Assert.Equal(ColumnRoleBasis.Content, LayerColumnDetector.Detect(digits).Columns.Single(c => c.Column == "B").Basis);

        var both = Layer(new Dictionary<string, string?> { ["A"] = "1", ["B"] = "优先保护单元" }, new Dictionary<string, string?> { ["A"] = "2", ["B"] = "一般管控单元" });
        Assert.Equal("B", LayerColumnDetector.Detect(both).ColumnFor(ColumnRoles.Class));
        Assert.Null(LayerColumnDetector.Detect(both).Columns.Single(c => c.Column == "A").Role);
    }

    [Fact]
    public void A_numeric_area_column_is_not_taken_for_the_county_name()
    {
        var raw = Layer(new Dictionary<string, string?> { ["code"] = "ZH14050210001", ["Area"] = "1234.5" }, new Dictionary<string, string?> { ["code"] = "ZH14050210002", ["Area"] = "88" });
        var mapping = LayerColumnDetector.Detect(raw, Jincheng);
        Assert.Null(mapping.ColumnFor(ColumnRoles.CountyName));
        Assert.Equal(CountySource.UnitCode, mapping.County);
    }

    [Fact]
    public void The_users_word_wins_over_names_and_content_and_an_empty_column_removes_a_role()
    {
        var raw = Layer(new Dictionary<string, string?> { ["HJZHGKDYBM"] = "ZH14050210001", ["BZ"] = "城区优先保护单元", ["ZHGKDYFL"] = "1", ["XZQDM"] = "140502" });
        var mapping = LayerColumnDetector.Detect(raw, Jincheng, new Dictionary<string, string> { ["name"] = "bz", ["county"] = "" });
        Assert.Equal("BZ", mapping.ColumnFor(ColumnRoles.Name)); // column names compare case-insensitively
        Assert.Equal(ColumnRoleBasis.Override, mapping.Columns.Single(c => c.Column == "BZ").Basis);
        Assert.Null(mapping.ColumnFor(ColumnRoles.County));
        Assert.Null(mapping.Columns.Single(c => c.Column == "XZQDM").Role);
        Assert.Equal(CountySource.UnitCode, mapping.County);
        Assert.Equal(new Dictionary<string, string> { ["code"] = "HJZHGKDYBM", ["name"] = "BZ", ["class"] = "ZHGKDYFL" }, mapping.Roles);
    }

    [Theory]
    [InlineData("colour", "BZ", "未知字段角色")]
    [InlineData("name", "NOPE", "文件中没有列“NOPE”")]
    public void An_override_that_cannot_be_applied_is_refused_with_the_files_columns(string role, string column, string message)
    {
        var raw = Layer(new Dictionary<string, string?> { ["HJZHGKDYBM"] = "ZH14050210001", ["BZ"] = "x" });
        var e = Assert.Throws<LayerMappingException>(() => LayerColumnDetector.Detect(raw, null, new Dictionary<string, string> { [role] = column }));
        Assert.Contains(message, e.Message);
        Assert.Equal("field", e.Field);
    }

    [Fact]
    public void One_column_cannot_take_two_roles()
    {
        var raw = Layer(new Dictionary<string, string?> { ["HJZHGKDYBM"] = "ZH14050210001", ["BZ"] = "x" });
        var e = Assert.Throws<LayerMappingException>(() => LayerColumnDetector.Detect(raw, null,
            new Dictionary<string, string> { ["name"] = "BZ", ["countyName"] = "BZ" }));
        Assert.Contains("同时指定为 name 和 countyName", e.Message);
    }

    [Fact]
    public void An_element_layers_codes_are_read()
    {
        var raw = Layer(new Dictionary<string, string?> { ["DQHJGKFQBM"] = "YS1405022110001", ["DQHJGKFQMC"] = "城区大气环境高排放重点管控区", ["HJYS"] = "大气", ["YSXL"] = "高排放重点管控区" });
        var mapping = LayerColumnDetector.Detect(raw);
        Assert.Equal("DQHJGKFQBM", mapping.ColumnFor(ColumnRoles.Code));
        Assert.Equal("DQHJGKFQMC", mapping.ColumnFor(ColumnRoles.Name));
        Assert.Equal("HJYS", mapping.ColumnFor(ColumnRoles.Element));
        Assert.Equal("YSXL", mapping.ColumnFor(ColumnRoles.ElementSubclass));
        var v = LayerValidator.Validate(raw, ZoningLayerKinds.Parks, mapping: mapping);
        Assert.Equal("YS1405022110001", v.Features.Single().Id);
        Assert.Equal("大气", v.Features.Single().Attribute(ColumnRoles.Element));
    }

    [Fact]
    public void A_unit_layer_with_no_way_to_the_county_is_rejected_saying_what_would_do()
    {
        var raw = Layer(new Dictionary<string, string?> { ["NAME"] = "某单元", ["CLASS"] = "优先保护单元", ["CODE"] = "A-1" });
        var v = LayerValidator.Validate(raw, ZoningLayerKinds.Units, directory: Jincheng);
        var problem = Assert.Single(v.Report.Problems, p => p is { Kind: "missing-attribute", Field: UnitFields.County });
        Assert.Contains("--field county=", problem.Message);
    }
}

/// <summary>Issue 11 item 3: element layers (要素管控分区) import with their provincial codes and serve structured rules.</summary>
public class ElementLayerTests
{
    private static LayerVersionInfo Info(string layer, long id) =>
        new(id, layer, "140502", 1, new DateOnly(2024, 1, 1), DateTimeOffset.UnixEpoch, layer + ".zip", "0", 4526, 0, false, null);

    [Fact]
    public void An_air_element_layer_imports_and_a_rule_on_its_subclass_decides_a_coal_boiler()
    {
        // Two air zones over the Grid's extent: the west half a 高污染燃料禁燃区, the east half 一般管控区. GBK, zone 38.
        var zones = new[] { ("YS14050222001", "城区高污染燃料禁燃区", "高污染燃料禁燃区", Rect(112.80, 35.50, 112.82, 35.52)),
                            ("YS14050223001", "城区大气环境一般管控区", "大气环境一般管控区", Rect(112.82, 35.50, 112.84, 35.52)) };
        var file = ShapefileZip([.. zones.Select(z => (IFeature)new Feature(CoordinateSystems.FromCgcs2000(z.Item4, 4526), new AttributesTable(new Dictionary<string, object>
        {
            ["DQHJGKFQBM"] = z.Item1, ["DQHJGKFQMC"] = z.Item2, ["HJYS"] = "大气", ["YSXL"] = z.Item3,
        })))], 4526, stem: "大气环境管控分区");
        var v = LayerValidator.Validate(LayerFileReader.Read("大气环境管控分区.zip", file), ZoningLayerKinds.AirZones);
        Assert.False(v.Report.Rejected, string.Join("\n", v.Report.Problems));
        Assert.Equal(["YS14050222001", "YS14050223001"], v.Features.Select(f => f.Id));
        Assert.Equal("高污染燃料禁燃区", v.Features[0].Attribute(ColumnRoles.ElementSubclass));
        Assert.Equal("大气", v.Features[0].Attribute(ColumnRoles.Element));

        var catalog = RuleCatalog.Parse("""
            {"version":"test","description":"element layer rule","rules":[{"id":"no-coal-boiler-in-fuel-ban-zone","jurisdiction":"140500",
             "source":{"kind":"plan-task","planId":"test","document":"test","seq":1,"keyPhrase":"禁燃区内禁止新建燃煤锅炉"},
             "description":"高污染燃料禁燃区内禁止新建燃煤锅炉","verdict":"prohibited",
             "when":{"type":"all","rules":[{"type":"fact","fact":"newCoalBoiler","comparison":"isTrue"},
               {"type":"inside","layer":"air-zones","where":[{"attribute":"elementSubclass","values":["高污染燃料禁燃区"]}]}]}}]}
            """, "test-rules.json");
        var units = LayerValidator.Validate(LayerFileReader.Read("u.zip", UnitsShapefileZip(Grid(), 4526)), ZoningLayerKinds.Units);
        var unitLayer = new LayerSnapshot(Info("units", 1), units.Features);
        var air = new LayerSnapshot(Info("air-zones", 2), v.Features);
        var boiler = new ProjectFacts().With("newCoalBoiler", true);
        var assessor = new SiteAssessor(catalog);
        // rules apply where the access list in force is the city's (SiteAssessor: by the requirements' jurisdictions)
        AccessRequirement[] cityList = [new("test", "140500", AccessListLevel.City, AccessListCategory.PollutantDischarge, null, 1, "高污染燃料禁燃区内禁止新建燃煤锅炉", "test", null, new EcoGov.Core.Provenance("test", "test", 1))];
        RuleVerdict At(double lon) => assessor.Assess(Factory.CreatePoint(new NetTopologySuite.Geometries.Coordinate(lon, 35.505)), null, boiler,
            new DateOnly(2024, 6, 1), unitLayer, [air], cityList).Rules.Single().Verdict;
        Assert.Equal(RuleVerdict.Prohibited, At(112.81));
        Assert.Equal(RuleVerdict.NotApplicable, At(112.83));
    }
}
