using System.Text.Json;
using EcoGov.Core.Zoning;
using EcoGov.Core.Zoning.Rules;
using EcoGov.Core.Text;

namespace EcoGov.Core.Tests.Zoning;

public class RuleCatalogTests
{
    private static string Root
    {
        get
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "EcoGov.slnx"))) dir = dir.Parent;
            return dir!.FullName;
        }
    }

    private static JsonElement Seed(string file) =>
        JsonDocument.Parse(File.ReadAllText(Path.Combine(Root, "data", "seed", file))).RootElement;

    [Fact]
    public void Shipped_catalogue_loads_and_is_valid()
    {
        var fromFile = RuleCatalog.Parse(File.ReadAllText(Path.Combine(Root, "data/seed/zoning/rules.json")), "rules.json");
        Assert.Equal(fromFile.Rules.Count, RuleCatalog.Default.Rules.Count);
        Assert.True(RuleCatalog.Default.Rules.Count >= 12);
        foreach (var id in new[] { "air-urban-core-20km", "livestock-qin-dan-1000", "livestock-chang-500", "buffer-qin-main-100", "buffer-tributary-50",
            "livestock-siting-water-sources", "livestock-siting-sensitive", "coal-boiler-new", "coal-boiler-35", "gas-producer", "coal-reduction-substitution" })
            Assert.Contains(RuleCatalog.Default.Rules, r => r.Id == id);
    }

    [Fact]
    public void Every_rule_links_to_an_existing_requirement_whose_text_contains_its_key_phrase()
    {
        var access = Seed("000-jincheng-zoning-2023.json").GetProperty("accessRequirements").EnumerateArray().ToList();
        var tasks = Seed("002-chengqu-2023.json").GetProperty("tasks").EnumerateArray().ToList();
        foreach (var rule in RuleCatalog.Default.Rules)
        {
            var s = rule.Source;
            string? text;
            if (s.Kind == RuleSourceKind.AccessRequirement)
            {
                var level = JsonNamingPolicy.CamelCase.ConvertName(s.Level!.Value.ToString());
                text = access.Where(a => a.GetProperty("planId").GetString() == s.PlanId && a.GetProperty("level").GetString() == level
                        && a.GetProperty("category").GetString() == AccessListCategories.Name(s.Category!.Value)
                        && a.GetProperty("subcategory").GetString() == s.Subcategory && a.GetProperty("seq").GetInt32() == s.Seq)
                    .Select(a => a.GetProperty("text").GetString()).SingleOrDefault();
            }
            else
            {
                text = tasks.Where(t => t.GetProperty("planId").GetString() == s.PlanId && t.GetProperty("seq").GetInt32() == s.Seq)
                    .Select(t => t.GetProperty("text").GetString()).SingleOrDefault();
            }
            Assert.True(text is not null, $"{rule.Id}: linked requirement not found");
            Assert.True(text!.Contains(s.KeyPhrase, StringComparison.Ordinal), $"{rule.Id}: “{s.KeyPhrase}” not in “{text}”");
        }
    }

    [Fact]
    public void Catalogue_round_trips_through_json()
    {
        var json = RuleCatalog.Default.ToJson();
        var again = RuleCatalog.Parse(json, "x.json");
        Assert.Equal(json, again.ToJson());
        Assert.Contains("\"type\": \"distance\"", json);
    }

    [Fact]
    public void A_category_that_is_not_one_of_the_four_is_refused_with_its_path()
    {
        var json = """
            {"version":"t","description":"d","rules":[
              {"id":"a","jurisdiction":"140500","description":"x","verdict":"prohibited",
               "source":{"kind":"access-requirement","planId":"p","document":"000","level":"city","category":"空间布局","seq":1,"keyPhrase":"k"},
               "when":{"type":"industry","codes":["C2511"]}}
            ]}
            """;
        var e = Assert.Throws<RuleCatalogException>(() => RuleCatalog.Parse(json, "bad-rules.json"));
        Assert.Contains(e.Errors, x => x.Bilingual.Contains("$.rules[0].source.category"));
    }

    [Fact]
    public void A_source_kind_that_is_neither_of_the_two_is_refused_with_its_path()
    {
        var json = """
            {"version":"t","description":"d","rules":[
              {"id":"a","jurisdiction":"140500","description":"x","verdict":"prohibited",
               "source":{"kind":"AccessRequirement","planId":"p","document":"000","seq":1,"keyPhrase":"k"},
               "when":{"type":"industry","codes":["C2511"]}}
            ]}
            """;
        var e = Assert.Throws<RuleCatalogException>(() => RuleCatalog.Parse(json, "bad-rules.json"));
        Assert.Contains(e.Errors, x => x.Bilingual.Contains("$.rules[0].source.kind"));
        // the shipped catalogue writes both kinds by their JSON names
        var shipped = RuleCatalog.Default.ToJson();
        Assert.Contains("\"kind\": \"access-requirement\"", shipped);
        Assert.Contains("\"kind\": \"plan-task\"", shipped);
    }

    [Fact]
    public void Validation_errors_name_the_file_and_the_rule()
    {
        var json = """
            {"version":"t","description":"d","rules":[
              {"id":"a","jurisdiction":"140500","description":"x","verdict":"prohibited",
               "source":{"kind":"access-requirement","planId":"p","document":"000","level":"city","category":"空间布局约束","seq":1,"keyPhrase":"k"},
               "when":{"type":"distance","layer":"nowhere","meters":-5}},
              {"id":"a","jurisdiction":"140500","description":"x","verdict":"conditional",
               "source":{"kind":"access-requirement","planId":"p","document":"000","level":"city","category":"空间布局约束","seq":1,"keyPhrase":"k"},
               "when":{"type":"fact","fact":"usesCoal","comparison":"greaterThan","value":3}},
              {"id":"c","jurisdiction":"140500","description":"x","verdict":"prohibited",
               "source":{"kind":"access-requirement","planId":"p","document":"000","level":"city","category":"空间布局约束","seq":1,"keyPhrase":"k"},
               "when":{"type":"industry","codes":["ZZ9"]}}
            ]}
            """;
        var e = Assert.Throws<RuleCatalogException>(() => RuleCatalog.Parse(json, "bad-rules.json"));
        Assert.Contains(e.Errors, x => x.Bilingual.Contains("规则 a") && x.Bilingual.Contains("未知图层 nowhere"));
        Assert.Contains(e.Errors, x => x.Bilingual.Contains("规则 a") && x.Bilingual.Contains("距离须为正数"));
        Assert.Contains(e.Errors, x => x.Bilingual.Contains("规则 a") && x.Bilingual.Contains("id 重复"));
        Assert.Contains(e.Errors, x => x.Bilingual.Contains("规则 a") && x.Bilingual.Contains("condition"));
        Assert.Contains(e.Errors, x => x.Bilingual.Contains("规则 a") && x.Bilingual.Contains("不匹配"));
        Assert.Contains(e.Errors, x => x.Bilingual.Contains("规则 c") && x.Bilingual.Contains("行业代码格式错误"));
        Assert.Contains(e.Errors, x => x.Key == nameof(CoreText.RuleCatalogRule) && Equals(x.Arguments[0], "c")
            && x.Arguments[1] is Message { Key: nameof(CoreText.RuleBadIndustryCode) } m && Equals(m.Arguments[0], "ZZ9"));
        Assert.Contains("规则 c: 行业代码格式错误 ZZ9 / rule c: malformed industry code ZZ9", e.Errors.Select(x => x.Bilingual));
        Assert.Contains("bad-rules.json", e.Message);
    }

    [Fact]
    public void Broken_json_is_reported_with_the_file()
    {
        var e = Assert.Throws<RuleCatalogException>(() => RuleCatalog.Parse("{\"version\":", "r.json"));
        Assert.Contains("r.json", e.Message);
        var e2 = Assert.Throws<RuleCatalogException>(() => RuleCatalog.Parse("""{"version":"1","rules":[{"id":"x","when":{"type":"bogus"}}]}""", "r.json"));
        Assert.Contains("r.json", e2.Message);
    }
}

public class RuleEvaluatorTests
{
    private sealed class FakeSite(Dictionary<string, LayerMeasurement> layers) : ISiteMeasurements
    {
        public LayerMeasurement Measure(string layer, IReadOnlyList<AttributeFilter>? where, double maxDistance) =>
            layers.TryGetValue(layer, out var m) ? (m.Distance <= maxDistance ? m : m with { FeatureId = null, Distance = double.PositiveInfinity }) : LayerMeasurement.Missing;
    }

    private static StructuredRule Rule(string id) => RuleCatalog.Default.Rules.Single(r => r.Id == id);

    private static FakeSite Rivers(double d) => new(new() { ["rivers"] = new(true, 3, "r1", "沁河", d, 0) });

    [Theory]
    [InlineData(999, RuleVerdict.Prohibited)]
    [InlineData(1000, RuleVerdict.Prohibited)]
    [InlineData(1001, RuleVerdict.NotApplicable)]
    public void Livestock_within_1000m_of_Qinhe_inclusive(double d, RuleVerdict expected)
    {
        var r = RuleEvaluator.Evaluate(Rule("livestock-qin-dan-1000"), "A0313", ProjectFacts.None, Rivers(d));
        Assert.Equal(expected, r.Verdict);
    }

    [Theory]
    [InlineData("A0392", RuleVerdict.NotApplicable)] // 蜜蜂饲养 is not 畜禽养殖
    [InlineData("0391", RuleVerdict.Prohibited)]     // 兔的饲养
    [InlineData("0399", RuleVerdict.Prohibited)]     // 其他未列明畜牧业
    [InlineData("039", RuleVerdict.Conditional)]     // too coarse: 0391/0399 or 0392
    public void Livestock_rules_list_0391_and_0399_not_beekeeping(string code, RuleVerdict expected)
    {
        foreach (var rule in RuleCatalog.Default.Rules.Where(r => r.Id.StartsWith("livestock-", StringComparison.Ordinal)))
            Assert.DoesNotContain("039", Codes(rule.When));
        Assert.Equal(expected, RuleEvaluator.Evaluate(Rule("livestock-qin-dan-1000"), code, ProjectFacts.None, Rivers(200)).Verdict);
        Assert.Equal("蜜蜂饲养", IndustryCodes.NameOf("A0392"));
    }

    private static IEnumerable<string> Codes(RuleCondition c) => c switch
    {
        IndustryRule ir => ir.Codes,
        AllRule all => all.Rules.SelectMany(Codes),
        AnyRule any => any.Rules.SelectMany(Codes),
        NotRule not => Codes(not.Rule),
        _ => [],
    };

    [Fact]
    public void Non_livestock_industry_is_not_applicable_even_without_layers()
    {
        var r = RuleEvaluator.Evaluate(Rule("livestock-qin-dan-1000"), "C3011", ProjectFacts.None, new FakeSite([]));
        Assert.Equal(RuleVerdict.NotApplicable, r.Verdict);
    }

    [Fact]
    public void Missing_layer_is_conditional_naming_the_layer()
    {
        var r = RuleEvaluator.Evaluate(Rule("livestock-siting-water-sources"), "0313", ProjectFacts.None, new FakeSite([]));
        Assert.Equal(RuleVerdict.Conditional, r.Verdict);
        Assert.Contains("缺少图层", r.Evidence);
        Assert.Contains("需人工核实", r.Evidence);
    }

    [Theory]
    [InlineData(499.9, RuleVerdict.Prohibited)]
    [InlineData(500, RuleVerdict.NotApplicable)]
    public void Livestock_siting_500m_or_more_is_satisfied_at_exactly_500(double d, RuleVerdict expected)
    {
        var site = new FakeSite(new() { ["water-sources"] = new(true, 1, "w", "水源地", d, 0) });
        Assert.Equal(expected, RuleEvaluator.Evaluate(Rule("livestock-siting-water-sources"), "0321", ProjectFacts.None, site).Verdict);
    }

    [Fact]
    public void Missing_fact_is_conditional_naming_the_fact()
    {
        var r = RuleEvaluator.Evaluate(Rule("gas-producer"), null, ProjectFacts.None, new FakeSite([]));
        Assert.Equal(RuleVerdict.Conditional, r.Verdict);
        Assert.Contains("isGasProducer", r.Evidence);
    }

    [Theory]
    [InlineData(false, 20, RuleVerdict.Prohibited, RuleVerdict.Prohibited)]
    [InlineData(true, 20, RuleVerdict.NotApplicable, RuleVerdict.Prohibited)]
    [InlineData(true, 35, RuleVerdict.NotApplicable, RuleVerdict.Prohibited)]
    [InlineData(true, 35.1, RuleVerdict.NotApplicable, RuleVerdict.NotApplicable)]
    public void Coal_boilers(bool centralHeating, double tph, RuleVerdict newBoiler, RuleVerdict small)
    {
        var facts = ProjectFacts.None.With("usesCoal", true).With("newCoalBoiler", true).With("isCentralHeating", centralHeating).With("boilerCapacityTph", tph);
        Assert.Equal(newBoiler, RuleEvaluator.Evaluate(Rule("coal-boiler-new"), "4430", facts, new FakeSite([])).Verdict);
        Assert.Equal(small, RuleEvaluator.Evaluate(Rule("coal-boiler-35"), "4430", facts, new FakeSite([])).Verdict);
    }

    [Fact]
    public void Coal_use_needs_a_reduction_substitution_plan()
    {
        var r = RuleEvaluator.Evaluate(Rule("coal-reduction-substitution"), null, ProjectFacts.None.With("usesCoal", true), new FakeSite([]));
        Assert.Equal(RuleVerdict.Conditional, r.Verdict);
        Assert.Contains("煤炭减量替代方案", r.Evidence);
        Assert.Equal(RuleVerdict.NotApplicable,
            RuleEvaluator.Evaluate(Rule("coal-reduction-substitution"), null, ProjectFacts.None.With("usesCoal", false), new FakeSite([])).Verdict);
    }

    [Theory]
    [InlineData("A03")]
    [InlineData("03")]
    public void Coarse_livestock_code_near_a_river_is_conditional_not_not_applicable(string code)
    {
        // A pig farm 200 m from 沁河 entered as A03 畜牧业: the code is coarser than 031/032/…, so it cannot be 不涉及.
        var r = RuleEvaluator.Evaluate(Rule("livestock-qin-dan-1000"), code, ProjectFacts.None, Rivers(200));
        Assert.Equal(RuleVerdict.Conditional, r.Verdict);
        Assert.Contains("行业代码 03 过粗，需细化到 031/032", r.Evidence);
        Assert.Contains(r.Missing, m => m.Contains("过粗", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("A03", "031", true)]
    [InlineData("03", "0391", true)]
    [InlineData("031", "031", false)]
    [InlineData("0313", "031", false)]
    [InlineData("C30", "031", false)]
    [InlineData("bogus", "031", false)]
    public void Industry_code_coarser_than_listed(string code, string listed, bool expected) =>
        Assert.Equal(expected, IndustryCodes.IsCoarserThan(code, listed));

    [Theory]
    [InlineData("A0313", "03", true)]
    [InlineData("0313", "031", true)]
    [InlineData("0321", "031", false)]
    [InlineData("A03", "0313", false)]
    [InlineData("bogus", "03", false)]
    public void Industry_prefix_match(string code, string listed, bool expected) =>
        Assert.Equal(expected, IndustryCodes.Matches(code, listed));

    [Fact]
    public void Facts_parse_from_json_with_clear_errors()
    {
        var f = ProjectFacts.Parse("""{"usesCoal": true, "boilerCapacityTph": 20}""");
        Assert.Equal(1, f.Get("usesCoal"));
        Assert.Equal(20, f.Get("boilerCapacityTph"));
        Assert.Contains("unknownFact", Assert.Throws<ProjectFactsException>(() => ProjectFacts.Parse("""{"unknownFact": 1}""")).Message);
        var notBoolean = Assert.Throws<ProjectFactsException>(() => ProjectFacts.Parse("""{"usesCoal": 3}"""));
        Assert.Equal("事实“usesCoal”须为 true/false / must be a boolean", notBoolean.Message); // the line as before
        Assert.Equal(nameof(CoreText.FactNotBoolean), notBoolean.Text.Key);
        Assert.Equal("fact \"usesCoal\" must be a boolean", notBoolean.Text.Format(Message.English));
    }

    [Theory]
    [InlineData("""{"boilerCapacityTph": "NaN"}""")]
    [InlineData("""{"boilerCapacityTph": "Infinity"}""")]
    [InlineData("""{"boilerCapacityTph": "-Infinity"}""")]
    [InlineData("""{"boilerCapacityTph": -5}""")]
    [InlineData("""{"boilerCapacityTph": "-0.5"}""")]
    [InlineData("""{"boilerCapacityTph": 1e400}""")]
    public void Facts_reject_non_finite_and_negative_numbers_naming_the_key(string json)
    {
        var e = Assert.Throws<ProjectFactsException>(() => ProjectFacts.Parse(json));
        Assert.Contains("boilerCapacityTph", e.Message);
        Assert.Contains(e.Text.Key, new[] { nameof(CoreText.FactNotFinite), nameof(CoreText.FactNegative) });
        Assert.Equal("boilerCapacityTph", e.Text.Arguments[0]);
    }

    [Fact]
    public void Malformed_facts_json_is_a_format_error_with_line_and_column()
    {
        var e = Assert.Throws<ProjectFactsException>(() => ProjectFacts.Parse("{\n  \"usesCoal\": tru\n}"));
        Assert.Contains("facts JSON 第 2 行第", e.Message);
        Assert.IsAssignableFrom<JsonException>(e.InnerException);
        Assert.Contains("第 1 行", Assert.Throws<ProjectFactsException>(() => ProjectFacts.Parse("{\"usesCoal\":")).Message);
    }
}
