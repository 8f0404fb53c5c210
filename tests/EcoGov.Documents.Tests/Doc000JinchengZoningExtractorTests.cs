using System.Text;
using EcoGov.Core.Plans;
using EcoGov.Core.Zoning;
using EcoGov.Documents.Seeds;
using static EcoGov.Core.Zoning.AccessListCategories;

namespace EcoGov.Documents.Tests;

public class Doc000JinchengZoningExtractorTests
{
    private const string AccessSection = "附件3 晋城市生态环境准入清单市级总体管控要求";
    private const string StatsSection = "晋城市生态环境管控单元统计表（2023年）";
    private const string Prohibited = "禁止开发建设活动的要求";
    private const string Restricted = "限制开发建设活动的要求";
    private const string Exit = "不符合空间布局要求活动的退出要求";

    private static readonly SeedText Text = SeedFiles.Load("000");
    private static readonly SeedDocumentData Data = new Doc000JinchengZoningExtractor().Extract(Text);

    private static AccessRequirement Requirement(string group, int seq) =>
        Data.AccessRequirements.Single(r => (r.Subcategory ?? Name(r.Category)) == group && r.Seq == seq);

    // ---- extractor and plan ---------------------------------------------------------------------

    [Fact]
    public void Extractor_is_registered_for_document_000()
    {
        var e = SeedExtractors.For("000");
        Assert.IsType<Doc000JinchengZoningExtractor>(e);
        Assert.Equal("000-jincheng-zoning-2023.json", e!.OutputFileName);
    }

    [Fact]
    public void Source_document_is_identified_by_file_and_hash()
    {
        Assert.Equal("000", Data.Document.Id);
        Assert.Equal(Text.FileName, Data.Document.FileName);
        Assert.Equal(Text.Sha256, Data.Document.Sha256);
        Assert.Equal("晋城市生态环境分区管控动态更新成果（征求意见稿）", Data.Document.Title);
    }

    [Fact]
    public void Plan_is_the_2023_zoning_result_draft_without_number_or_date()
    {
        var plan = Assert.Single(Data.Plans);
        Assert.Equal("jincheng-zoning-2023", plan.Id);
        Assert.Equal("140500", plan.JurisdictionCode);
        Assert.Equal("晋城市生态环境分区管控动态更新成果（征求意见稿）", plan.Title);
        Assert.Null(plan.DocNumber);
        Assert.Null(plan.Issued);
        Assert.Equal(PlanKind.ZoningResult, plan.Kind);
        Assert.Null(plan.PeriodStart);
        Assert.Null(plan.PeriodEnd);
        Assert.Equal(2023, plan.BaseYear);
        Assert.Equal(3, plan.Source.Line);
        Assert.Equal("晋城市生态环境分区管控动态更新成果", Text.Line(plan.Source.Line));
    }

    [Fact]
    public void Only_the_unit_statistics_access_list_and_stated_totals_are_produced()
    {
        Assert.Empty(Data.Indicators);
        Assert.Empty(Data.Tasks);
        Assert.Empty(Data.Projects);
        Assert.Empty(Data.AirTargets);
        Assert.Empty(Data.SectionTargets);
    }

    // ---- 附件2 unit statistics ------------------------------------------------------------------

    [Fact]
    public void Unit_statistics_have_six_counties_and_the_city_row()
    {
        Assert.Equal(7, Data.UnitStatistics.Count);
        Assert.Equal(
            ["城区", "沁水县", "阳城县", "陵川县", "泽州县", "高平市", "晋城市"],
            Data.UnitStatistics.Select(u => u.JurisdictionName));
        Assert.Equal(
            ["140502", "140521", "140522", "140524", "140525", "140581", "140500"],
            Data.UnitStatistics.Select(u => u.JurisdictionCode));
        Assert.All(Data.UnitStatistics, u => Assert.Equal("jincheng-zoning-2023", u.PlanId));
        Assert.All(Data.UnitStatistics, u => Assert.True(u.IsConsistent));
    }

    [Theory]
    [InlineData("城区", 4, 5, 1, 10)]
    [InlineData("沁水县", 11, 4, 1, 16)]
    [InlineData("阳城县", 10, 6, 1, 17)]
    [InlineData("陵川县", 8, 4, 1, 13)]
    [InlineData("泽州县", 10, 9, 1, 20)]
    [InlineData("高平市", 5, 8, 1, 14)]
    [InlineData("晋城市", 48, 36, 6, 90)]
    public void Unit_statistics_rows_match_the_table(string name, int priority, int key, int general, int total)
    {
        var u = Data.UnitStatistics.Single(s => s.JurisdictionName == name);
        Assert.Equal((priority, key, general, total), (u.Priority, u.Key, u.General, u.Total));
        Assert.Equal(StatsSection, u.Source.Section);
        Assert.Equal(name, u.Source.Row);
        Assert.Equal("\t" + name, Text.Line(u.Source.Line));
        Assert.Equal("\t" + priority, Text.Line(u.Source.Line + 1));
        Assert.Equal("\t" + total, Text.Line(u.Source.Line + 4));
    }

    [Fact]
    public void Body_text_counts_and_area_shares_are_kept_as_stated_totals()
    {
        var totals = Data.StatedTotals.ToDictionary(t => t.Subject, t => t.Value);
        Assert.Equal(7, totals.Count);
        Assert.Equal(90m, totals["units.count"]);
        Assert.Equal(48m, totals["units.priority.count"]);
        Assert.Equal(36m, totals["units.key.count"]);
        Assert.Equal(6m, totals["units.general.count"]);
        Assert.Equal(40.46m, totals["units.priority.areaPercent"]);
        Assert.Equal(22.66m, totals["units.key.areaPercent"]);
        Assert.Equal(36.88m, totals["units.general.areaPercent"]);
        Assert.All(Data.StatedTotals, t =>
        {
            Assert.Equal("（一）环境管控单元更新结果", t.Source.Section);
            Assert.Contains(t.Text, Text.Line(t.Source.Line));
        });
    }

    [Fact]
    public void Statistics_table_and_body_text_agree_so_no_statistics_finding()
    {
        Assert.DoesNotContain(Data.Findings, f => f.Message.Contains("统计表") || f.Message.Contains("正文称"));
    }

    // ---- 附件3 access list ----------------------------------------------------------------------

    [Fact]
    public void Access_list_has_80_city_level_requirements_in_the_expected_split()
    {
        var r = Data.AccessRequirements;
        Assert.Equal(80, r.Count);
        Assert.Equal(27, r.Count(x => x.Subcategory == Prohibited));
        Assert.Equal(10, r.Count(x => x.Subcategory == Restricted));
        Assert.Equal(10, r.Count(x => x.Subcategory == Exit));
        Assert.Equal(47, r.Count(x => Name(x.Category) == "空间布局约束"));
        Assert.Equal(25, r.Count(x => Name(x.Category) == "污染物排放管控"));
        Assert.Equal(4, r.Count(x => Name(x.Category) == "环境风险防控"));
        Assert.Equal(4, r.Count(x => Name(x.Category) == "资源利用效率"));
        Assert.All(r, x =>
        {
            Assert.Equal("jincheng-zoning-2023", x.PlanId);
            Assert.Equal("140500", x.JurisdictionCode);
            Assert.Equal(AccessListLevel.City, x.Level);
            Assert.Null(x.UnitCode);
            Assert.False(string.IsNullOrWhiteSpace(x.Text));
            Assert.False(string.IsNullOrWhiteSpace(x.Basis));
            Assert.DoesNotContain("bookmark", x.Basis);
        });
    }

    [Fact]
    public void Subcategories_exist_only_for_spatial_layout_and_resource_efficiency()
    {
        var r = Data.AccessRequirements;
        Assert.All(r.Where(x => Name(x.Category) is "污染物排放管控" or "环境风险防控"), x => Assert.Null(x.Subcategory));
        Assert.Equal(
            [("水资源利用", 1), ("能源利用", 2), ("能源利用", 3), ("土地资源", 4)],
            r.Where(x => Name(x.Category) == "资源利用效率").Select(x => (x.Subcategory!, x.Seq)));
    }

    [Fact]
    public void Numbers_run_without_gaps_within_each_group()
    {
        int[] Seqs(Func<AccessRequirement, bool> p) => Data.AccessRequirements.Where(p).Select(x => x.Seq).ToArray();
        Assert.Equal(Enumerable.Range(1, 27), Seqs(x => x.Subcategory == Prohibited));
        Assert.Equal(Enumerable.Range(1, 10), Seqs(x => x.Subcategory == Restricted));
        Assert.Equal(Enumerable.Range(1, 10), Seqs(x => x.Subcategory == Exit));
        Assert.Equal(Enumerable.Range(1, 25), Seqs(x => Name(x.Category) == "污染物排放管控"));
        Assert.Equal(Enumerable.Range(1, 4), Seqs(x => Name(x.Category) == "环境风险防控"));
        Assert.Equal(Enumerable.Range(1, 4), Seqs(x => Name(x.Category) == "资源利用效率"));
        Assert.DoesNotContain(Data.Findings, f => f.Message.Contains("条目编号"));
    }

    [Fact]
    public void First_requirement_is_read_field_by_field()
    {
        var r = Data.AccessRequirements[0];
        Assert.Equal(("空间布局约束", Prohibited, 1), (Name(r.Category), r.Subcategory, r.Seq));
        Assert.Equal("禁止在人口集中地区和其他依法需要特殊保护的区域内焚烧沥青、油毡、橡胶、塑料、皮革、垃圾以及其他产生有毒有害烟尘和恶臭气体的物质。", r.Text);
        Assert.Equal("《晋城市大气污染防治条例》（修订）（2020年6月19日）", r.Basis);
        Assert.Equal(new Core.Provenance("000", AccessSection, 82, "禁止开发建设活动的要求 1"), r.Source);
    }

    [Fact]
    public void Last_requirement_is_read_field_by_field_with_bookmark_free_basis()
    {
        var r = Data.AccessRequirements[^1];
        Assert.Equal(("资源利用效率", "土地资源", 4), (Name(r.Category), r.Subcategory, r.Seq));
        Assert.Equal("耕地保有量和永久基本农田保护面积不低于国家下达目标；2025年与2035年保持一致。耕地保有量（不低于）194930公顷，永久基本农田保护面积（不低于）174508公顷。", r.Text);
        Assert.Equal("《晋城市国土空间总体规划（2021-2035年）》", r.Basis);
        Assert.Equal(301, r.Source.Line);

        var water = Requirement("水资源利用", 1);
        Assert.Equal("《关于印发晋城市“十四五”各县（市、区）用水总量控制指标通知》（晋市水〔2022〕178号）、《关于印发“十四五”各县（市、区）用水效率控制指标的通知》（晋市水〔2022〕112号）", water.Basis);
        Assert.Contains("[bookmark: _GoBack]", Text.Line(287));
    }

    [Fact]
    public void Multi_line_requirement_keeps_its_sub_items_as_lines()
    {
        var r = Requirement(Prohibited, 7);
        Assert.Equal(
            "市、县（市、区）人民政府可以根据水生态环境功能保护的需要，将下列区域或者水体划定为保护区:\n" +
            "（一）主要河流源头区；\n（二）岩溶泉泉水出露区；\n（三）风景名胜区水体；\n" +
            "（四）重要湖泊、水库、湿地和水源涵养区；\n（五）具有特殊经济文化价值的水体；\n" +
            "（六）其他具有重要生态功能价值的区域和水体。\n" +
            "保护区内不得新建排污口；禁止建设工业项目，对现有项目应当进行改造提升、关停或者搬迁；严格控制经营性建设项目；不得从事污染水环境、破坏水生态和减少水域面积的开发活动。",
            r.Text);
        Assert.Equal("《晋城市沁河流域生态修复与保护条例》（2021年10月1日实施）", r.Basis);
        Assert.Equal(92, r.Source.Line);

        var springs = Requirement(Prohibited, 12);
        Assert.Equal(9, springs.Text.Split('\n').Length);
        Assert.StartsWith("在重点保护区内，除遵守第十三条规定外，还不得有下列行为：\n①擅自打井、挖泉、截流、引水；", springs.Text);
        Assert.EndsWith("由省人民政府水行政主管部门决定批准的除外。", springs.Text);
    }

    [Fact]
    public void Category_and_subcategory_are_carried_down_merged_cells()
    {
        // 6. starts a block whose category and subcategory cells are empty (line 89–91).
        var r = Requirement(Prohibited, 6);
        Assert.Equal(("空间布局约束", Prohibited), (Name(r.Category), r.Subcategory));
        Assert.Equal(91, r.Source.Line);
        Assert.Equal("\t", Text.Line(89));

        var emission7 = Requirement("污染物排放管控", 7);
        Assert.Equal(("污染物排放管控", (string?)null), (Name(emission7.Category), emission7.Subcategory));
        Assert.Equal("《晋城市人民政府关于印发晋城市落实空气质量持续改善行动计划实施方案的通知》（晋市政发〔2024〕11 号）", emission7.Basis);

        var energy3 = Requirement("能源利用", 3);
        Assert.Equal("《晋城市人民政府关于印发晋城市碳达峰实施方案的通知》（晋市政发〔2023〕13号）", energy3.Basis);
    }

    [Fact]
    public void Damaged_requirements_are_kept_verbatim()
    {
        var truncated = Requirement(Restricted, 3);
        Assert.Contains("原则上采用清洁运输方式。能置换的项目（煤电项目除外），被置换产能及其配套设施关停后，新建项目方可投产。", truncated.Text);

        var repeated = Requirement(Restricted, 5);
        Assert.Contains("②距离动物隔离场所、无害化处理场所3000米以上；②距离动物隔离场所、无害化处理场所3000米以上；③", repeated.Text);
        Assert.Equal(5, repeated.Text.Split('\n').Length);
        Assert.Equal("《关于印发<晋城市畜禽养殖污染防治规划>的通知》（晋市环发〔2023〕122号）", repeated.Basis);
    }

    [Fact]
    public void Every_provenance_points_at_the_line_where_the_record_starts()
    {
        Assert.All(Data.AccessRequirements, r =>
        {
            Assert.Equal("000", r.Source.Document);
            Assert.Equal(AccessSection, r.Source.Section);
            Assert.Equal($"{r.Subcategory ?? Name(r.Category)} {r.Seq}", r.Source.Row);
            var firstLine = r.Text.Split('\n')[0];
            Assert.StartsWith($"{r.Seq}.{firstLine[..Math.Min(12, firstLine.Length)]}", Text.Line(r.Source.Line).TrimStart('\t'));
        });
        Assert.All(Data.Findings, f =>
        {
            Assert.Equal("000", f.Source.Document);
            Assert.False(string.IsNullOrWhiteSpace(f.Source.Section));
            Assert.InRange(f.Source.Line, 1, Text.Lines.Count);
        });
    }

    // ---- findings -------------------------------------------------------------------------------

    [Fact]
    public void Findings_are_exactly_the_defects_of_the_document()
    {
        Assert.Equal(10, Data.Findings.Count);
        Assert.Equal(4, Data.Findings.Count(f => f.Kind == FindingKind.Damaged));
        Assert.Equal(1, Data.Findings.Count(f => f.Kind == FindingKind.Inconsistent));
        Assert.Equal(2, Data.Findings.Count(f => f.Kind == FindingKind.Duplicated));
        Assert.Equal(3, Data.Findings.Count(f => f.Kind == FindingKind.Ambiguous));
    }

    [Theory]
    [InlineData(FindingKind.Damaged, 19, "附件1", "晋城市环境管控单元图")]
    [InlineData(FindingKind.Inconsistent, 75, "附件3", "缺少年份")]
    [InlineData(FindingKind.Duplicated, 182, "限制开发建设活动的要求 5", "②距离动物隔离场所、无害化处理场所3000米以上")]
    [InlineData(FindingKind.Duplicated, 232, "污染物排放管控 1", "禁止开发建设活动的要求 15")]
    [InlineData(FindingKind.Ambiguous, 145, "禁止开发建设活动的要求 20", "晋市政发〔2024〕11 号")]
    [InlineData(FindingKind.Ambiguous, 161, "禁止开发建设活动的要求 27", "晋市生态环保委办〔2024〕8号")]
    [InlineData(FindingKind.Damaged, 175, "限制开发建设活动的要求 3", "涉及产能置换的项目")]
    [InlineData(FindingKind.Damaged, 182, "限制开发建设活动的要求 5", "HJ/T 81-2001")]
    [InlineData(FindingKind.Ambiguous, 117, "禁止开发建设活动的要求 12", "第十三条")]
    [InlineData(FindingKind.Damaged, 213, "不符合空间布局要求活动的退出要求 7", "硫分")]
    public void Finding_is_reported_where_the_defect_is(FindingKind kind, int line, string row, string messagePart)
    {
        var f = Assert.Single(Data.Findings, f => f.Kind == kind && f.Source.Line == line && f.Message.Contains(messagePart));
        Assert.Equal(row, f.Source.Row);
    }

    // ---- the checks fire on altered text --------------------------------------------------------

    private static SeedDocumentData ExtractAltered(string from, string to)
    {
        var content = File.ReadAllText(Path.Combine(SeedFiles.DocumentsDir, Text.FileName), Encoding.UTF8);
        Assert.Contains(from, content);
        var altered = new SeedText("000", Text.FileName, content.Replace(from, to));
        return new Doc000JinchengZoningExtractor().Extract(altered);
    }

    [Fact]
    public void A_row_that_does_not_add_up_and_a_wrong_city_total_are_reported()
    {
        var data = ExtractAltered("\t城区\n\t4\n", "\t城区\n\t5\n");
        Assert.Contains(data.Findings, f => f.Kind == FindingKind.Inconsistent && f.Source.Row == "城区" && f.Message.Contains("与合计10不符"));
        Assert.Contains(data.Findings, f => f.Kind == FindingKind.Inconsistent && f.Source.Row == "晋城市" && f.Message.Contains("优先保护单元合计为49个"));
    }

    [Fact]
    public void Body_text_that_contradicts_the_table_is_reported()
    {
        var data = ExtractAltered("划分为90个环境管控单元", "划分为91个环境管控单元");
        var f = Assert.Single(data.Findings, f => f.Message.StartsWith("正文称"));
        Assert.Equal(FindingKind.Inconsistent, f.Kind);
        Assert.Equal(14, f.Source.Line);
        Assert.Contains("91", f.Message);
    }

    [Fact]
    public void A_numbering_gap_and_a_repeat_are_reported()
    {
        var gap = ExtractAltered("\n3.禁止在居民住宅楼", "\n4.禁止在居民住宅楼");
        Assert.Contains(gap.Findings, f => f.Kind == FindingKind.Inconsistent && f.Message.Contains("缺少3") && f.Source.Line == 84);
        Assert.Contains(gap.Findings, f => f.Kind == FindingKind.Duplicated && f.Message.Contains("4出现在4之后"));
        Assert.Equal(80, gap.AccessRequirements.Count);
    }
}
