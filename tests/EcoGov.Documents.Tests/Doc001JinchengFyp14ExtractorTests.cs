using EcoGov.Core;
using EcoGov.Core.Indicators;
using EcoGov.Core.Plans;
using EcoGov.Core.Projects;
using EcoGov.Core.Text;
using EcoGov.Documents.Seeds;

namespace EcoGov.Documents.Tests;

/// <summary>
/// Document 001 (晋城市“十四五”生态环境保护规划) checked against its text: 表1 (十三五 completion),
/// 表2 (十四五 indicators), 表3 (key projects), 第十二章's stated totals and the damage found.
/// </summary>
public class Doc001JinchengFyp14ExtractorTests
{
    private const string Table1 = "表1 晋城市“十三五”环境保护规划指标完成情况";
    private const string Table2 = "表2 晋城市“十四五”生态环境保护规划指标体系";
    private const string Table3 = "表3 晋城市“十四五”生态环境保护规划重点工程";
    private const string Chapter12 = "第十二章 重大工程项目";

    private static readonly SeedText Text = SeedFiles.Load("001");
    private static readonly SeedDocumentData Data = new Doc001JinchengFyp14Extractor().Extract(Text);

    private static IEnumerable<Indicator> Indicators(string planId) => Data.Indicators.Where(i => i.PlanId == planId);

    private static Indicator Row(string planId, int seq) => Indicators(planId).Single(i => i.Seq == seq);

    private static KeyProject ProjectAt(int line) => Data.Projects.Single(p => p.Source.Line == line);

    private static string NormalizedLine(int line) => TextNormalizer.Normalize(Text.Line(line));

    private static IEnumerable<SeedFinding> FindingsAt(int line) => Data.Findings.Where(f => f.Source.Line == line);

    // ---- registration and document ----

    [Fact]
    public void Extractor_is_registered_for_document_001()
    {
        var extractor = SeedExtractors.For("001");
        Assert.IsType<Doc001JinchengFyp14Extractor>(extractor);
        Assert.Equal("001-jincheng-14fyp.json", extractor!.OutputFileName);
        Assert.Equal("001", Data.Document.Id);
        Assert.Equal(Text.FileName, Data.Document.FileName);
        Assert.Equal(Text.Sha256, Data.Document.Sha256);
        Assert.Equal("晋城市“十四五”生态环境保护规划", Data.Document.Title);
    }

    [Fact]
    public void Record_counts_are_exact()
    {
        Assert.Equal(2, Data.Plans.Count);
        Assert.Equal(20, Indicators(Doc001JinchengFyp14Extractor.Plan13Id).Count());
        Assert.Equal(23, Indicators(Doc001JinchengFyp14Extractor.Plan14Id).Count(i => !i.FromProse));
        Assert.Equal(43, Data.Indicators.Count(i => !i.FromProse));
        Assert.Equal(9, Data.Indicators.Count(i => i.FromProse)); // stated in sentences (issue 9, SupervisionSeedTests)
        Assert.Single(Data.SupervisionRules);
        Assert.Equal(40, Data.Projects.Count);
        Assert.Equal(4, Data.StatedTotals.Count);
        Assert.Equal(32, Data.Findings.Count);
        Assert.Equal(23, Data.Findings.Count(f => f.Kind == FindingKind.Ambiguous));
        Assert.Equal(5, Data.Findings.Count(f => f.Kind == FindingKind.Inconsistent));
        Assert.Equal(4, Data.Findings.Count(f => f.Kind == FindingKind.Damaged));
        Assert.Empty(Data.Tasks);
        Assert.Empty(Data.AirTargets);
    }

    [Fact]
    public void Seed_data_survives_the_json_round_trip()
    {
        var back = SeedJson.Deserialize(SeedJson.Serialize(Data));
        Assert.Equal(Data.Projects.Count, back.Projects.Count);
        Assert.Equal(Data.Projects[0], back.Projects[0]);
        Assert.Equal(Data.Plans, back.Plans);
        Assert.Equal(Data.Findings, back.Findings);
    }

    // ---- plans ----

    [Fact]
    public void Plan_14fyp_carries_doc_number_and_issue_date_from_the_text()
    {
        var plan = Data.Plans.Single(p => p.Id == "jincheng-14fyp-eco");
        Assert.Equal("140500", plan.JurisdictionCode);
        Assert.Equal("晋城市“十四五”生态环境保护规划", plan.Title);
        Assert.Equal("晋市环发〔2022〕126号", plan.DocNumber);
        Assert.Equal(new DateOnly(2022, 8, 8), plan.Issued);
        Assert.Equal(PlanKind.FiveYearPlan, plan.Kind);
        Assert.Equal(2021, plan.PeriodStart);
        Assert.Equal(2025, plan.PeriodEnd);
        Assert.Equal(2020, plan.BaseYear);
        Assert.Equal(7, plan.Source.Line);
        Assert.Contains("关于印发《晋城市“十四五”生态环境保护规划》的通知", plan.Source.Section);
        Assert.Contains("晋市环发〔2022〕126号", Text.Line(5));
        Assert.Equal("2022年8月8日", Text.Line(21));
    }

    [Fact]
    public void Plan_13fyp_is_the_plan_table1_reports_on()
    {
        var plan = Data.Plans.Single(p => p.Id == "jincheng-13fyp-eco");
        Assert.Equal(new Plan("jincheng-13fyp-eco", "140500", "晋城市“十三五”环境保护规划", null, null, PlanKind.FiveYearPlan,
            2016, 2020, 2015, new Provenance("001", Table1, 115)), plan);
    }

    // ---- 表1 ----

    [Fact]
    public void Table1_first_row_field_by_field()
    {
        var row = Row("jincheng-13fyp-eco", 1);
        Assert.Equal("主要污染物总量控制", row.Category);
        Assert.Equal("化学需氧量排放总量削减比例", row.Name);
        Assert.Equal("%", row.Unit);
        Assert.Equal(new Baseline(2015, null, "--"), row.Baseline);
        Assert.Equal([new TargetValue(2020, TargetKind.Number, 13.06, "13.06")], row.Targets);
        Assert.Equal([new ObservedValue(2020, 16.33, "16.33")], row.Observed);
        Assert.Null(row.Binding);
        Assert.Equal(new Provenance("001", Table1, 118, "1"), row.Source);
    }

    [Fact]
    public void Table1_category_printed_once_is_carried_down_its_group()
    {
        Assert.Equal("主要污染物总量控制", Row("jincheng-13fyp-eco", 5).Category);
        Assert.Equal("水环境质量改善", Row("jincheng-13fyp-eco", 9).Category);
        Assert.Equal("环境风险防控", Row("jincheng-13fyp-eco", 19).Category);
        Assert.Equal(Enumerable.Range(1, 20), Indicators("jincheng-13fyp-eco").Select(i => i.Seq));
    }

    [Fact]
    public void Table1_concentration_baseline_keeps_its_own_unit()
    {
        var row = Row("jincheng-13fyp-eco", 10);
        Assert.Equal("大气环境质量改善", row.Category);
        Assert.Equal("PM _{2.5} 年均浓度下降比例", row.Name);
        Assert.Equal("%", row.Unit);
        Assert.Equal(new Baseline(2015, 57, "57ug/m ³", "μg/m³"), row.Baseline);
        Assert.Equal([new TargetValue(2020, TargetKind.Number, 18, "18")], row.Targets);
        Assert.Equal([new ObservedValue(2020, 19.3, "19.3")], row.Observed);
        Assert.Equal(new Baseline(2015, 111, "111ug/m ³", "μg/m³"), Row("jincheng-13fyp-eco", 11).Baseline);
    }

    [Fact]
    public void Table1_text_observed_values_have_no_number()
    {
        var redLine = Row("jincheng-13fyp-eco", 15);
        Assert.Equal("生态保护红线划定", redLine.Name);
        Assert.Null(redLine.Unit);
        Assert.Equal([new TargetValue(2020, TargetKind.Qualitative, null, "完成")], redLine.Targets);
        Assert.Equal([new ObservedValue(2020, null, "已划定待国家审核")], redLine.Observed);
        Assert.Equal([new ObservedValue(2020, null, "未考核")], Row("jincheng-13fyp-eco", 5).Observed);
        Assert.Equal(8.0, Row("jincheng-13fyp-eco", 16).Targets.Single().Value);
        Assert.Equal("8.00", Row("jincheng-13fyp-eco", 16).Targets.Single().Text);
    }

    [Fact]
    public void Table1_last_row_field_by_field()
    {
        var row = Row("jincheng-13fyp-eco", 20);
        Assert.Equal("环境监管能力建设", row.Category);
        Assert.Equal("市县两级环境监测、监察、执法、信息能力达到国家或省相应的标准化建设要求的比率", row.Name);
        Assert.Equal("%", row.Unit);
        Assert.Equal(new Baseline(2015, 71.43, "71.43"), row.Baseline);
        Assert.Equal([new TargetValue(2020, TargetKind.Number, 100, "100")], row.Targets);
        // The 2020 actual is printed as 未考核 (not empty): kept as text, no number.
        Assert.Equal([new ObservedValue(2020, null, "未考核")], row.Observed);
        Assert.Equal(137, row.Source.Line);
        Assert.Empty(FindingsAt(137));
    }

    // ---- 表2 ----

    [Fact]
    public void Table2_first_row_field_by_field()
    {
        var row = Row("jincheng-14fyp-eco", 1);
        Assert.Equal("环境质量改善", row.Category);
        Assert.Equal("城市细颗粒物 (PM _{2.5}) 浓度下降比例", row.Name);
        Assert.Equal("%", row.Unit);
        Assert.Equal(new Baseline(2020, 46, "46 μg/m ³", "μg/m³"), row.Baseline);
        Assert.Equal([new TargetValue(2025, TargetKind.HigherLevelReference, null, "完成省级要求")], row.Targets);
        Assert.Empty(row.Observed);
        Assert.Equal(IndicatorAttribute.Binding, row.Binding);
        Assert.Equal(new Provenance("001", Table2, 196, "1"), row.Source);
    }

    [Fact]
    public void Table2_bounds_units_and_attributes()
    {
        var groundwater = Row("jincheng-14fyp-eco", 17);
        Assert.Equal("环境风险防控", groundwater.Category);
        Assert.Equal("地下水质量 V 类水比例", groundwater.Name);
        Assert.Equal(new Baseline(2020, 7.1, "7.1"), groundwater.Baseline);
        Assert.Equal([new TargetValue(2025, TargetKind.AtMost, 7.1, "≤7.1")], groundwater.Targets);
        Assert.Equal(IndicatorAttribute.Expected, groundwater.Binding);

        var radiation = Row("jincheng-14fyp-eco", 20);
        Assert.Equal("放射源辐射事故年发生率", radiation.Name);
        Assert.Equal("起/每万枚", radiation.Unit);

        var ecoIndex = Row("jincheng-14fyp-eco", 21);
        Assert.Equal("生态质量指数 (新 EI)", ecoIndex.Name);
        Assert.Null(ecoIndex.Unit);
        Assert.Equal(new Baseline(2020, null, "—"), ecoIndex.Baseline);

        Assert.Equal("万吨", Row("jincheng-14fyp-eco", 11).Unit);
        Assert.Equal([new TargetValue(2025, TargetKind.Qualitative, null, "有效保障")], Row("jincheng-14fyp-eco", 15).Targets);
        Assert.Equal(15, Indicators("jincheng-14fyp-eco").Count(i => i.Binding == IndicatorAttribute.Binding));
        Assert.Equal(8, Indicators("jincheng-14fyp-eco").Count(i => i.Binding == IndicatorAttribute.Expected));
    }

    [Fact]
    public void Table2_last_row_field_by_field()
    {
        var row = Row("jincheng-14fyp-eco", 23);
        Assert.Equal("生态保护", row.Category);
        Assert.Equal("生态保护红线占国土面积比例", row.Name);
        Assert.Equal("%", row.Unit);
        Assert.Equal(new Baseline(2020, 25.64, "25.64"), row.Baseline);
        Assert.Equal([new TargetValue(2025, TargetKind.AtLeast, 25.64, "≥25.64")], row.Targets);
        Assert.Equal(IndicatorAttribute.Binding, row.Binding);
        Assert.Equal(new Provenance("001", Table2, 218, "23"), row.Source);
    }

    [Theory]
    [InlineData(12, 207, "序号11")]
    [InlineData(13, 208, "序号11")]
    [InlineData(14, 209, "序号11")]
    [InlineData(16, 211, "序号15")]
    public void Table2_empty_merged_target_cells_are_not_filled_in(int seq, int line, string probableRow)
    {
        var row = Row("jincheng-14fyp-eco", seq);
        Assert.Empty(row.Targets);
        Assert.Equal(line, row.Source.Line);
        Assert.Equal("", Text.Line(line).Split('\t')[4]);
        var finding = Assert.Single(FindingsAt(line));
        Assert.Equal(FindingKind.Ambiguous, finding.Kind);
        Assert.Equal(Table2, finding.Source.Section);
        Assert.Contains("目标值为空", finding.Message);
        Assert.Contains(probableRow, finding.Message);
    }

    [Fact]
    public void Table2_indicator_count_matches_the_stated_23()
    {
        var stated = Data.StatedTotals.Single(t => t.Subject == "indicators.count");
        Assert.Equal(new StatedTotal("jincheng-14fyp-eco", "indicators.count", 23m, "共设置生态环境保护重点指标 23 项",
            new Provenance("001", "第三节 规划目标", 191)), stated);
        Assert.Empty(FindingsAt(191));
    }

    // ---- 表3 ----

    [Fact]
    public void Table3_first_project_field_by_field()
    {
        var p = Data.Projects[0];
        Assert.Equal(new KeyProject("jincheng-14fyp-eco", 1, "大气环境质量改善", "工业大气污染治理", "焦化废气超低排放改造",
            "实施山西明源集团沁泽焦化有限公司、山西兴高能源股份有限公司、高平市三甲炼焦有限责任公司等焦化企业废气全流程超低排放改造。",
            2022, 2025, "2022-2025", 0.6m, "市生态环境局", new Provenance("001", Table3, 621, "焦化废气超低排放改造")), p);
    }

    [Fact]
    public void Table3_last_project_field_by_field()
    {
        var p = Data.Projects[^1];
        Assert.Equal(new KeyProject("jincheng-14fyp-eco", 40, "环境监管能力建设", "环境监管能力建设", "环境应急能力",
            "完善环境应急监测、应急装备、应急物资等能力建设。", 2021, 2025, "2021-2025", 0.12m, "市生态环境局",
            new Provenance("001", Table3, 668, "环境应急能力")), p);
    }

    [Fact]
    public void Table3_spaced_out_and_wrapped_cells_are_joined()
    {
        var wetland = ProjectAt(645);
        Assert.Equal("北石店河背荫生态湿地水质净化工程", wetland.Name);
        Assert.Equal("水环境质量改善", wetland.Category);
        Assert.Null(wetland.SubCategory);
        Assert.Equal(1.01m, wetland.Investment);
        Assert.Equal("泽州县人民政府", wetland.LeadUnit);

        var danhe = ProjectAt(664);
        Assert.Equal("丹河上游(高平市域)生态修复综合治理项目", danhe.Name);
        Assert.Equal("生态保护与生态修复", danhe.Category);
        Assert.Equal("生态修复", danhe.SubCategory);

        var sewage = ProjectAt(630);
        Assert.Equal("城镇生活污水处理", sewage.SubCategory);
        Assert.Equal("城镇生活污水处理厂建设", sewage.Name);
        Assert.Equal("市国有资产投资运营有限公司", sewage.LeadUnit);
        Assert.Equal(4.4m, sewage.Investment);
    }

    [Fact]
    public void Table3_row_without_project_name_keeps_it_empty_with_a_finding()
    {
        var p = ProjectAt(631);
        Assert.Equal(9, p.Seq);
        Assert.Equal("", p.Name);
        Assert.Equal("水环境质量改善", p.Category);
        Assert.Equal("城镇生活污水处理", p.SubCategory);
        Assert.Equal("高平市第一生活污水处理厂提标改造。", p.Content);
        Assert.Equal((2021, 2022, "2021-2022"), (p.PeriodFrom, p.PeriodTo, p.PeriodText));
        Assert.Equal(0.2m, p.Investment);
        Assert.Equal("高平市人民政府", p.LeadUnit);
        Assert.Null(p.Source.Row);
        var finding = Assert.Single(FindingsAt(631));
        Assert.Equal(FindingKind.Ambiguous, finding.Kind);
        Assert.Contains("第630行“城镇生活污水处理厂建设”", finding.Message);
        Assert.Equal(7, Data.Projects.Count(x => x.Name.Length == 0));
    }

    [Fact]
    public void Table3_row_with_merged_subcategory_and_name_cell()
    {
        var p = ProjectAt(623);
        Assert.Equal("大气环境质量改善", p.Category);
        Assert.Null(p.SubCategory);
        Assert.Equal("重点行业VOCs治理", p.Name);
        Assert.Equal(0.8m, p.Investment);
        var finding = Assert.Single(FindingsAt(623));
        Assert.Equal(FindingKind.Ambiguous, finding.Kind);
        Assert.Contains("项目别", finding.Message);

        var railway = ProjectAt(626);
        Assert.Equal("能源结构调整", railway.Category);
        Assert.Equal("公转铁项目", railway.Name);
        Assert.Equal(53.93m, railway.Investment);
        Assert.Equal("市发改委", railway.LeadUnit);
    }

    [Fact]
    public void Table3_rows_are_numbered_in_document_order()
    {
        Assert.Equal(Enumerable.Range(1, 40), Data.Projects.Select(p => p.Seq));
        var lines = Data.Projects.Select(p => p.Source.Line).ToList();
        Assert.Equal(lines.Order(), lines);
        Assert.All(Data.Projects, p => Assert.Equal("jincheng-14fyp-eco", p.PlanId));
        Assert.All(Data.Projects, p => Assert.NotNull(p.Investment));
    }

    [Fact]
    public void Table3_investment_sum_and_stated_totals()
    {
        Assert.Equal(145.2505m, Data.Projects.Sum(p => p.Investment!.Value));

        var tableTotal = Data.StatedTotals.Single(t => t.Source.Row == "合计");
        Assert.Equal(new StatedTotal("jincheng-14fyp-eco", "projects.investment", 150.6758m, "合计 150.6758",
            new Provenance("001", Table3, 669, "合计")), tableTotal);

        var textTotals = Data.StatedTotals.Where(t => t.Source.Line == 616).ToList();
        Assert.Equal(
            [
                new StatedTotal("jincheng-14fyp-eco", "projects.count", 42m, "42项重点工程", new Provenance("001", Chapter12, 616)),
                new StatedTotal("jincheng-14fyp-eco", "projects.investment", 150.68m, "投资约150.68亿元", new Provenance("001", Chapter12, 616)),
            ],
            textTotals);
    }

    [Fact]
    public void Table3_rows_disagree_with_the_totals()
    {
        var atTotal = Assert.Single(FindingsAt(669));
        Assert.Equal(FindingKind.Inconsistent, atTotal.Kind);
        Assert.Contains("150.6758", atTotal.Message);
        Assert.Contains("145.2505", atTotal.Message);
        Assert.Contains("5.4253", atTotal.Message);

        var atText = FindingsAt(616).ToList();
        Assert.All(atText, f => Assert.Equal(FindingKind.Inconsistent, f.Kind));
        Assert.Contains(atText, f => f.Message.Contains("42项") && f.Message.Contains("40个项目"));
        Assert.Contains(atText, f => f.Message.Contains("150.68") && f.Message.Contains("145.2505") && f.Message.Contains("5.4295"));
        Assert.Contains(atText, f => f.Message.Contains("“环境风险防范”"));
        Assert.Contains(atText, f => f.Message.Contains("“土壤和地下水保护”") && f.Message.Contains("第649行"));
        Assert.Equal(4, atText.Count);
        // 合计 150.6758 rounds to the text's 约150.68: no finding between the two.
        Assert.DoesNotContain(Data.Findings, f => f.Message.Contains("与表3") && f.Message.Contains("合计行的"));
    }

    [Theory]
    [InlineData(625, "能源结构调整")]
    [InlineData(652, "固体废物污染防治")]
    [InlineData(658, "矿山生态修复")]
    [InlineData(662, "生态保护与生态修复")]
    public void Table3_categories_outside_the_chapter_list_are_reported(int line, string category)
    {
        Assert.Equal(category, ProjectAt(line).Category);
        Assert.Contains(FindingsAt(line), f => f.Kind == FindingKind.Ambiguous && f.Message.Contains($"类别“{category}”不在"));
    }

    [Fact]
    public void Table3_header_blocks_without_subcategory_column_are_reported()
    {
        Assert.Contains(FindingsAt(630), f => f.Message.Contains("第628行的表头只有6列"));
        Assert.Contains(FindingsAt(649), f => f.Message.Contains("第640行的表头只有6列"));
        Assert.Contains(FindingsAt(658), f => f.Message.Contains("第659行又把“矿山生态修复”印在项目别列"));
        var groundwater = ProjectAt(649);
        Assert.Equal(("水环境质量改善", "土壤和地下水环境保护", "地下水双源调查"), (groundwater.Category, groundwater.SubCategory, groundwater.Name));
    }

    // ---- damage outside the tables ----

    [Fact]
    public void Letterhead_office_missing_from_the_signature_is_reported()
    {
        var finding = Assert.Single(FindingsAt(21));
        Assert.Equal(FindingKind.Ambiguous, finding.Kind);
        Assert.Contains("“晋城市生态环境局”", finding.Message);
    }

    [Theory]
    [InlineData(328, "\\text{m}")]
    [InlineData(402, "“and”")]
    [InlineData(492, "“responsibility”")]
    [InlineData(500, "“and”")]
    public void Export_damage_in_the_running_text_is_reported(int line, string fragment)
    {
        var finding = Assert.Single(FindingsAt(line));
        Assert.Equal(FindingKind.Damaged, finding.Kind);
        Assert.Contains(fragment, finding.Message);
        Assert.StartsWith("第", finding.Source.Section);
        Assert.Contains(fragment.Trim('“', '”'), Text.Line(line));
    }

    // ---- provenance ----

    [Fact]
    public void Every_indicator_provenance_points_at_its_row()
    {
        Assert.All(Data.Indicators.Where(i => !i.FromProse), i =>
        {
            Assert.Equal("001", i.Source.Document);
            Assert.Equal(i.PlanId == "jincheng-13fyp-eco" ? Table1 : Table2, i.Source.Section);
            Assert.Equal(i.Seq.ToString(), i.Source.Row);
            Assert.Contains(i.Name, NormalizedLine(i.Source.Line));
            Assert.StartsWith($"\t{i.Seq}\t", "\t" + Text.Line(i.Source.Line).Split('\t', 2)[1]);
        });
    }

    [Fact]
    public void Every_project_provenance_points_at_its_row()
    {
        Assert.All(Data.Projects, p =>
        {
            Assert.Equal("001", p.Source.Document);
            Assert.Equal(Table3, p.Source.Section);
            var line = NormalizedLine(p.Source.Line);
            Assert.Contains(p.Name, line);
            Assert.Contains(p.Content!, line);
            Assert.Contains(p.PeriodText!, line);
        });
    }

    [Fact]
    public void Every_other_provenance_has_document_section_and_a_line_in_the_text()
    {
        var sources = Data.Plans.Select(p => p.Source)
            .Concat(Data.StatedTotals.Select(t => t.Source))
            .Concat(Data.Findings.Select(f => f.Source));
        Assert.All(sources, s =>
        {
            Assert.Equal("001", s.Document);
            Assert.False(string.IsNullOrWhiteSpace(s.Section));
            Assert.InRange(s.Line, 1, Text.Lines.Count);
            Assert.NotEmpty(Text.Line(s.Line).Trim());
        });
        Assert.All(Data.StatedTotals, t => Assert.Contains(t.Text.Replace("合计 ", ""), NormalizedLine(t.Source.Line)));
        Assert.All(Data.Plans, p => Assert.Contains(p.Title, NormalizedLine(p.Source.Line)));
        Assert.All(Data.Findings, f => Assert.False(string.IsNullOrWhiteSpace(f.Message)));
    }
}
