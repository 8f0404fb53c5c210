using EcoGov.Core.Indicators;
using EcoGov.Core.Plans;
using EcoGov.Core.Projects;
using EcoGov.Core.Text;
using EcoGov.Documents.Seeds;

namespace EcoGov.Documents.Tests;

/// <summary>
/// Document 004 (稷山县“十四五”两山七河一流域…规划, 稷政发〔2022〕5号) checked against its text: the text
/// repeated 15 times, the headerless indicator table (rows 7–26 only), the 专栏 projects, and the
/// differences between the copies.
/// </summary>
public class Doc004JishanFyp14ExtractorTests
{
    private const string IndicatorSection = "第三节主要目标";
    private const string Box2 = "专栏 2 生态修复与综合治理重大工程";
    private const string Box4 = "专栏 4 水生态修复与保护重大工程";
    private const string Box6 = "专栏 6 城镇水环境治理重大工程";
    private const string Box11 = "专栏 11 稷山县生态产业化重大工程";

    private static readonly SeedText Text = SeedFiles.Load("004");
    private static readonly SeedDocumentData Data = new Doc004JishanFyp14Extractor().Extract(Text);
    private static readonly IReadOnlyList<Doc004Copy> Copies = Doc004Copies.Map(Text);

    private static Indicator Row(int seq) => Data.Indicators.Single(i => i.Seq == seq);

    private static KeyProject Project(int seq) => Data.Projects.Single(p => p.Seq == seq);

    private static string Compact(string s) => Doc004Layout.Compact(s);

    /// <summary>Lines where a fragment is printed, in order (one per copy of the text).</summary>
    private static List<int> LinesWith(string fragment) => Text.Find(fragment).ToList();

    private static SeedFinding SingleFinding(FindingKind kind, int line, string fragment) =>
        Data.Findings.Single(f => f.Kind == kind && f.Source.Line == line && f.Message.Contains(fragment));

    // ---- registration, plan, document ----

    [Fact]
    public void Extractor_is_registered_for_document_004()
    {
        var extractor = SeedExtractors.For("004");
        Assert.IsType<Doc004JishanFyp14Extractor>(extractor);
        Assert.Equal("004-jishan-14fyp.json", extractor!.OutputFileName);
        Assert.Equal("004", Data.Document.Id);
        Assert.Equal(Text.FileName, Data.Document.FileName);
        Assert.Equal(Text.Sha256, Data.Document.Sha256);
        Assert.Equal("稷山县“十四五”两山七河一流域生态保护和生态文明建设、生态经济发展规划", Data.Document.Title);
    }

    [Fact]
    public void Plan_is_read_from_the_notice()
    {
        var plan = Assert.Single(Data.Plans);
        Assert.Equal("jishan-14fyp-eco", plan.Id);
        Assert.Equal("140824", plan.JurisdictionCode);
        Assert.Equal("稷山县“十四五”两山七河一流域生态保护和生态文明建设、生态经济发展规划", plan.Title);
        Assert.Equal("稷政发〔2022〕5号", plan.DocNumber);
        Assert.Equal(new DateOnly(2022, 3, 31), plan.Issued);
        Assert.Equal(PlanKind.FiveYearPlan, plan.Kind);
        Assert.Equal(2021, plan.PeriodStart);
        Assert.Equal(2025, plan.PeriodEnd);
        // The indicator table's header, which would print the base year, is missing: not invented.
        Assert.Null(plan.BaseYear);
        Assert.Equal(5, plan.Source.Line);
        Assert.Equal("稷政发〔2022〕5号", Text.Line(plan.Source.Line).Trim());
        Assert.Equal("稷山县人民政府关于印发稷山县“十四五”两山七河一流域生态保护和生态文明建设、生态经济发展规划的通知",
            plan.Source.Section);
        Assert.Equal("2022年3月31日", Text.Line(15).Trim());
    }

    [Fact]
    public void Record_and_finding_counts_are_exact()
    {
        Assert.Single(Data.Plans);
        Assert.Equal(20, Data.Indicators.Count);
        Assert.Equal(35, Data.Projects.Count);
        Assert.Empty(Data.Tasks);
        Assert.Empty(Data.StatedTotals);
        Assert.Empty(Data.AirTargets);
        Assert.Empty(Data.SectionTargets);
        Assert.Equal(40, Data.Findings.Count);
        Assert.Empty(Data.SupervisionRules); // 004 states no dispatch, period or trigger: no rule is invented
        Assert.Equal(8, Data.Findings.Count(f => f.Kind == FindingKind.Duplicated));
        Assert.Equal(21, Data.Findings.Count(f => f.Kind == FindingKind.Damaged));
        Assert.Equal(4, Data.Findings.Count(f => f.Kind == FindingKind.Ambiguous));
        Assert.Equal(7, Data.Findings.Count(f => f.Kind == FindingKind.Inconsistent));
        Assert.Equal(0, Data.Findings.Count(f => f.Kind == FindingKind.Unparsed));
    }

    // ---- the repetition ----

    [Fact]
    public void Text_is_mapped_into_fifteen_copies()
    {
        Assert.Equal(15, Copies.Count);
        Assert.Equal(new Doc004Copy(1, 3, 337), Copies[0]);
        Assert.Equal(new Doc004Copy(2, 339, 673), Copies[1]);
        Assert.Equal(new Doc004Copy(15, 4710, 5044), Copies[^1]);
        Assert.Equal(LinesWith("稷山县人民政府文件"), Copies.Select(c => c.First));
        for (int i = 0; i + 1 < Copies.Count; i++)
        {
            Assert.True(Copies[i].Last < Copies[i + 1].First);
            Assert.Equal("稷政发〔2022〕5号", Text.Line(Copies[i].First + 2).Trim());
        }
        Assert.EndsWith("促进规划的有效实施。", Text.Line(Copies[^1].Last));

        var finding = SingleFinding(FindingKind.Duplicated, 3, "重复出现15次");
        Assert.Contains("第3–337行、第339–673行", finding.Message);
        Assert.Contains("第4710–5044行", finding.Message);
    }

    [Fact]
    public void Every_record_comes_from_the_first_copy()
    {
        Assert.All(Data.Indicators, i => Assert.True(Copies[0].Contains(i.Source.Line)));
        Assert.All(Data.Projects, p => Assert.True(Copies[0].Contains(p.Source.Line)));
    }

    // ---- indicators ----

    [Fact]
    public void Indicator_rows_are_7_to_26_once_each()
    {
        Assert.Equal(Enumerable.Range(7, 20), Data.Indicators.Select(i => i.Seq));
        Assert.All(Data.Indicators, i => Assert.Equal("jishan-14fyp-eco", i.PlanId));
        Assert.Equal(15, LinesWith("\t空气质量优良天数比率\t").Count);
    }

    [Fact]
    public void First_indicator_row_field_by_field()
    {
        var row = Row(7);
        Assert.Equal("环境质量", row.Category);
        Assert.Equal("空气质量优良天数比率", row.Name);
        Assert.Equal("%", row.Unit);
        Assert.Equal(new Baseline(null, 63, "63"), row.Baseline);
        var target = Assert.Single(row.Targets);
        Assert.Equal(new TargetValue(2025, TargetKind.HigherLevelReference, null, "完成市下达指标"), target);
        Assert.Empty(row.Observed);
        Assert.Equal(IndicatorAttribute.Binding, row.Binding);
        Assert.Equal(new EcoGov.Core.Provenance("004", IndicatorSection, 90, "7"), row.Source);
        Assert.StartsWith("环境质量\t7\t空气质量优良天数比率", Text.Line(90));
    }

    [Fact]
    public void Last_indicator_row_field_by_field()
    {
        var row = Row(26);
        Assert.Equal("生态经济", row.Category);
        Assert.Equal("全县用水总量", row.Name);
        Assert.Equal("亿立方米", row.Unit);
        Assert.Equal(new Baseline(null, null, "—"), row.Baseline);
        Assert.Equal(TargetKind.HigherLevelReference, Assert.Single(row.Targets).Kind);
        Assert.Equal(IndicatorAttribute.Binding, row.Binding);
        Assert.Equal(109, row.Source.Line);
    }

    [Fact]
    public void Shifted_row_21_is_realigned_and_reported()
    {
        Assert.StartsWith("21\t挥发性有机物排放总量减少", Text.Line(104));
        var row = Row(21);
        Assert.Equal("环境质量", row.Category); // carried down from row 7 like the other rows of its group
        Assert.Equal("挥发性有机物排放总量减少", row.Name);
        Assert.Equal("%", row.Unit);
        Assert.Equal("—", row.Baseline!.Text);
        Assert.Equal("完成市下达指标", Assert.Single(row.Targets).Text);
        Assert.Equal(IndicatorAttribute.Binding, row.Binding);
        Assert.Equal(104, row.Source.Line);

        var finding = SingleFinding(FindingKind.Damaged, 104, "缺少首列");
        Assert.Equal("21", finding.Source.Row);
    }

    [Fact]
    public void Other_target_forms_and_units()
    {
        var pm25 = Row(8);
        Assert.Equal("城市细颗粒物（PM2.5）浓度", pm25.Name);
        Assert.Equal("微克/立方米", pm25.Unit);
        Assert.Equal(62, pm25.Baseline!.Value);

        Assert.Equal(new TargetValue(2025, TargetKind.Qualitative, null, "有效保障"), Assert.Single(Row(14).Targets));
        Assert.Equal(new TargetValue(2025, TargetKind.Number, 0, "0"), Assert.Single(Row(11).Targets));

        var sewage = Row(16);
        Assert.Equal("农村生活污水治理率", sewage.Name);
        Assert.Equal(16, sewage.Baseline!.Value);
        Assert.Equal(new TargetValue(2025, TargetKind.Number, 25, "25"), Assert.Single(sewage.Targets));
        Assert.Equal(IndicatorAttribute.Expected, sewage.Binding);

        Assert.Equal("生态经济", Row(22).Category);
        Assert.Equal(IndicatorAttribute.Expected, Row(9).Binding);
        Assert.Equal(16, Data.Indicators.Count(i => i.Targets.Single().Kind == TargetKind.HigherLevelReference));
        Assert.Equal(16, Data.Indicators.Count(i => i.Binding == IndicatorAttribute.Binding));
        Assert.Equal([9, 11, 15, 16], Data.Indicators.Where(i => i.Binding == IndicatorAttribute.Expected).Select(i => i.Seq));
    }

    [Fact]
    public void Missing_rows_header_and_base_year_are_reported()
    {
        var missing = SingleFinding(FindingKind.Damaged, 90, "缺少序号1–6");
        Assert.Equal("1–6", missing.Source.Row);
        Assert.Equal(IndicatorSection, missing.Source.Section);

        Assert.Contains("没有表题和表头", SingleFinding(FindingKind.Damaged, 90, "表头").Message);
        Assert.Contains("2020", SingleFinding(FindingKind.Ambiguous, 90, "基准年").Message);
        Assert.All(Data.Indicators, i => Assert.Null(i.Baseline!.Year));
    }

    [Fact]
    public void Repeated_table_is_one_duplicated_finding_with_every_start_line()
    {
        var starts = LinesWith("\t空气质量优良天数比率\t");
        var finding = Data.Findings.Single(f => f.Kind == FindingKind.Duplicated && f.Source.Section == IndicatorSection);
        Assert.Equal(90, finding.Source.Line);
        Assert.Contains("重复出现15次", finding.Message);
        Assert.Contains(Doc004Layout.Lines(starts), finding.Message);
        Assert.DoesNotContain(Data.Findings, f => f.Kind == FindingKind.Inconsistent && f.Source.Section == IndicatorSection);
    }

    [Fact]
    public void Categories_are_carried_down_their_merged_cells()
    {
        // 类别 printed on rows 7 (line 90) and 22 (line 105) only; carried down like 001 and 003 (issue 9)
        Assert.StartsWith("环境质量\t7\t", Text.Line(90));
        Assert.StartsWith("生态经济\t22\t", Text.Line(105));
        Assert.All(Data.Indicators.Where(i => i.Seq <= 21), i => Assert.Equal("环境质量", i.Category));
        Assert.All(Data.Indicators.Where(i => i.Seq >= 22), i => Assert.Equal("生态经济", i.Category));
        Assert.Equal(18, Data.Indicators.Count(i => Text.Line(i.Source.Line).Split('\t')[0].Trim().Length == 0 || i.Seq == 21));
        Assert.DoesNotContain(Data.Findings, f => f.Message.Contains("“类别”单元格为空", StringComparison.Ordinal));
    }

    // ---- projects ----

    [Fact]
    public void Projects_are_numbered_in_order_of_first_appearance()
    {
        Assert.Equal(Enumerable.Range(1, 35), Data.Projects.Select(p => p.Seq));
        Assert.All(Data.Projects, p => Assert.Equal("jishan-14fyp-eco", p.PlanId));
        Assert.All(Data.Projects, p => Assert.Null(p.Investment));
        Assert.All(Data.Projects, p => Assert.Null(p.LeadUnit));
        var perBox = Data.Projects.GroupBy(p => p.Source.Section).Select(g => (g.Key, g.Count())).ToList();
        Assert.Equal(
        [
            (Box2, 8), (Box4, 1), (Box6, 3), ("专栏 8 水资源保护重大工程", 1), ("专栏9 稷山县大气污染防治重大工程", 3), (Box11, 19),
        ], perBox);
    }

    [Fact]
    public void First_project_field_by_field()
    {
        var p = Project(1);
        Assert.Equal("生态修复与综合治理重大工程", p.Category);
        Assert.Equal("湿地生态修复与保护工程", p.SubCategory);
        Assert.Equal("稷山汾河湿地公园项目", p.Name);
        Assert.Equal("稷山汾河湿地公园项目", p.Content);
        Assert.Null(p.PeriodFrom);
        Assert.Null(p.PeriodTo);
        Assert.Null(p.PeriodText);
        Assert.Null(p.Investment);
        Assert.Null(p.LeadUnit);
        Assert.Equal(new EcoGov.Core.Provenance("004", Box2, 125, "湿地生态修复与保护工程"), p.Source);
        Assert.Equal("城东水系人工湿地项目", Project(2).Name);
    }

    [Fact]
    public void Labelled_item_without_projects_is_one_described_project()
    {
        var p = Project(9);
        Assert.Equal("水生态修复与保护重大工程", p.Category);
        Assert.Null(p.SubCategory);
        Assert.Equal("汾河过城段河道综合治理及生态景观工程", p.Name);
        Assert.StartsWith("河道两侧各 5.1 公里长河堤上原址改造；生态绿化景观工程", p.Content);
        Assert.EndsWith("景观节点工程", p.Content);
        Assert.Equal(151, p.Source.Line);
        Assert.Equal(Box4, p.Source.Section);
    }

    [Fact]
    public void Unlabelled_list_splits_on_semicolons_and_reads_the_period_in_a_name()
    {
        Assert.Equal("稷山县化峪镇、清河镇污水处理站及配套管网建设项目", Project(10).Name);
        var p = Project(12);
        Assert.Equal("城镇水环境治理重大工程", p.Category);
        Assert.Null(p.SubCategory);
        Assert.Equal("稷山县 2021—2025 年城市雨污分流改造工程", p.Name);
        Assert.Equal(2021, p.PeriodFrom);
        Assert.Equal(2025, p.PeriodTo);
        Assert.Equal("2021—2025", p.PeriodText);
        Assert.Equal(160, p.Source.Line);
        Assert.Null(p.Source.Row);
    }

    [Fact]
    public void Last_project_field_by_field()
    {
        var p = Project(35);
        Assert.Equal("稷山县生态产业化重大工程", p.Category);
        Assert.Equal("新材料", p.SubCategory);
        Assert.Equal("美格誉和钻石科技有限公司新材料发展项目", p.Name);
        Assert.Equal(p.Name, p.Content);
        Assert.Null(p.PeriodText);
        Assert.Equal(new EcoGov.Core.Provenance("004", Box11, 273, "新材料"), p.Source);
        Assert.Equal("稷王山—紫金山耕读文化旅游产业园建设项目", Project(29).Name);
    }

    [Fact]
    public void Copies_that_name_a_project_differently_are_reported_with_every_version()
    {
        var p = Project(11);
        Assert.Equal("稷山县城生活污水厂调节池双回路改造工程项目", p.Name);
        var finding = SingleFinding(FindingKind.Inconsistent, 160, "调节池");
        Assert.Contains("生活污水厂调节池", finding.Message);
        Assert.Contains(Doc004Layout.Lines(LinesWith("生活污水处理厂调节池双回路改造工程项目；")), finding.Message);
        Assert.Contains(Doc004Layout.Lines(LinesWith("生活污水调节池双回路改造工程项目；")), finding.Message);
        Assert.Equal(3, LinesWith("生活污水处理厂调节池双回路改造工程项目；").Count);

        Assert.Equal("山西稷山国家板枣公园林旅融合风景区项目", Project(21).Name);
        var jujube = SingleFinding(FindingKind.Inconsistent, 271, "国家枣公园");
        Assert.Contains(Doc004Layout.Lines(LinesWith("山西稷山国家枣公园")), jujube.Message);
    }

    [Fact]
    public void Typesetting_markup_in_a_project_name_is_kept_and_reported()
    {
        var p = Project(33);
        Assert.Equal("山西梅山湖科技有限公司年产 6 万吨 $\\Phi 600$ 及以上超高功率石墨电极项目", p.Name);
        var damaged = SingleFinding(FindingKind.Damaged, 273, "$\\Phi 600$");
        Assert.Contains(Doc004Layout.Lines(LinesWith("Φ600")), damaged.Message);
        Assert.Single(Data.Findings, f => f.Kind == FindingKind.Inconsistent && f.Source.Line == 273);
    }

    [Fact]
    public void Box_numbering_gaps_repeats_and_open_lists_are_reported()
    {
        var gaps = SingleFinding(FindingKind.Damaged, 123, "专栏编号不连续");
        Assert.Contains("缺专栏1、3、5、7、10", gaps.Message);

        var box2 = Data.Findings.Single(f => f.Kind == FindingKind.Duplicated && f.Source.Section == Box2);
        Assert.Contains(Doc004Layout.Lines(LinesWith("生态修复与综合治理重大工程")), box2.Message);
        Assert.Contains("15次", box2.Message);
        var box4 = Data.Findings.Single(f => f.Kind == FindingKind.Duplicated && f.Source.Section == Box4);
        Assert.Contains("只有空格写法不同", box4.Message);
        Assert.Equal(6, Data.Findings.Count(f => f.Kind == FindingKind.Duplicated && f.Source.Section.StartsWith("专栏")));

        Assert.Equal([127, 271, 273],
            Data.Findings.Where(f => f.Kind == FindingKind.Ambiguous && f.Message.Contains("以“等”结尾")).Select(f => f.Source.Line));
    }

    // ---- the running text ----

    [Fact]
    public void Damaged_running_text_is_reported()
    {
        Assert.Contains("第五章", SingleFinding(FindingKind.Damaged, 19, "目录不完整").Message);
        Assert.Contains("内生需", SingleFinding(FindingKind.Damaged, 70, "句中中断").Message);
        Assert.Equal(13, Data.Findings.Count(f => f.Kind == FindingKind.Damaged && f.Message.Contains("句中中断")));
        Assert.Contains("PM_{2.5}", Text.Line(50));
        SingleFinding(FindingKind.Damaged, 50, "_{2.5}");
    }

    [Fact]
    public void Copies_whose_wording_differs_are_reported()
    {
        Assert.Contains("“六个百分之百”", Text.Line(205));
        Assert.Contains("“百分之百”", Text.Line(3904));
        var finding = SingleFinding(FindingKind.Inconsistent, 205, "六个百分之百");
        Assert.Contains("第3904行", finding.Message);

        var monitoring = SingleFinding(FindingKind.Inconsistent, 313, "区域间环境污染防治问题");
        Assert.Contains("第5020行", monitoring.Message);
        Assert.Equal(2, Data.Findings.Count(f => f.Kind == FindingKind.Inconsistent && f.Source.Line == 155));
    }

    // ---- provenance and format ----

    [Fact]
    public void Every_provenance_points_at_its_text()
    {
        Assert.All(Data.Indicators, i =>
        {
            Assert.Equal("004", i.Source.Document);
            Assert.Equal(IndicatorSection, i.Source.Section);
            Assert.Contains(i.Name, TextNormalizer.Normalize(Text.Line(i.Source.Line)));
            Assert.Equal(i.Seq.ToString(), i.Source.Row);
        });
        Assert.All(Data.Projects, p =>
        {
            Assert.Equal("004", p.Source.Document);
            Assert.StartsWith("专栏", p.Source.Section);
            Assert.Contains(Compact(p.Name), Compact(Text.Line(p.Source.Line)));
            Assert.Contains(p.Category, p.Source.Section);
        });
        Assert.All(Data.Findings, f =>
        {
            Assert.Equal("004", f.Source.Document);
            Assert.False(string.IsNullOrWhiteSpace(f.Source.Section));
            Assert.InRange(f.Source.Line, 1, Text.Lines.Count);
            Assert.False(string.IsNullOrWhiteSpace(Text.Line(f.Source.Line)));
            Assert.False(string.IsNullOrWhiteSpace(f.Message));
        });
    }

    [Fact]
    public void Seed_json_round_trips()
    {
        var json = SeedJson.Serialize(Data);
        var back = SeedJson.Deserialize(json);
        Assert.Equal(json, SeedJson.Serialize(back));
        Assert.Contains("\"jishan-14fyp-eco\"", json);
    }
}
