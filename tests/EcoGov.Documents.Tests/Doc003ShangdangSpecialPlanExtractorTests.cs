using System.Text.RegularExpressions;
using EcoGov.Core;
using EcoGov.Core.Indicators;
using EcoGov.Core.Plans;
using EcoGov.Core.Projects;
using EcoGov.Core.Text;
using EcoGov.Documents.Seeds;

namespace EcoGov.Documents.Tests;

/// <summary>
/// Document 003 (长治市上党区生态环境保护专项规划（2021-2035年）) checked against its text: the plan, 附表1
/// (20 indicators), 附表2 (69 key projects), the totals the body states, the damage found, and the Word
/// bookmark noise that must not reach any value.
/// </summary>
public class Doc003ShangdangSpecialPlanExtractorTests
{
    private const string PlanId = "shangdang-eco-2021-2035";
    private const string Table1 = "附表 1上党区生态环境保护规划指标体系";
    private const string Table2 = "附表 2上党区生态环境保护专项规划重点工程列表";
    private const string Chapter6 = "六、规划重点工程";
    private const string Section4b = "（二）规划指标体系";

    private static readonly SeedText Text = SeedFiles.Load("003");
    private static readonly SeedDocumentData Data = Extract(Text);

    private static SeedDocumentData Extract(SeedText text) => new Doc003ShangdangSpecialPlanExtractor().Extract(text);

    private static Indicator Indicator(int seq) => TableIndicators.Single(i => i.Seq == seq);

    private static KeyProject Project(string name) => Data.Projects.Single(p => p.Name == name);

    private static string Clean(int line) => TextNormalizer.Normalize(Regex.Replace(Text.Line(line), @"\[bookmark:[^\]]*\]", ""));

    // ---- registration and document ----

    /// <summary>The indicators of 附表1 (the one stated in a sentence, issue 9, is tested in SupervisionSeedTests).</summary>
    private static readonly IReadOnlyList<Indicator> TableIndicators = Data.Indicators.Where(i => !i.FromProse).ToList();

    [Fact]
    public void Extractor_is_registered_for_document_003()
    {
        var extractor = SeedExtractors.For("003");
        Assert.IsType<Doc003ShangdangSpecialPlanExtractor>(extractor);
        Assert.Equal("003-shangdang-2021-2035.json", extractor!.OutputFileName);
        Assert.Equal("003", extractor.DocumentId);
        Assert.Equal(new SourceDocument("003", Text.FileName, "长治市上党区生态环境保护专项规划（2021-2035年）", Text.Sha256), Data.Document);
    }

    [Fact]
    public void Record_counts_are_exact()
    {
        Assert.Single(Data.Plans);
        Assert.Equal(20, TableIndicators.Count);
        Assert.Equal(11, TableIndicators.Count(i => i.Binding == IndicatorAttribute.Binding));
        Assert.Equal(9, TableIndicators.Count(i => i.Binding == IndicatorAttribute.Expected));
        Assert.Equal(69, Data.Projects.Count);
        Assert.Equal(7, Data.StatedTotals.Count);
        Assert.Equal(9, Data.Findings.Count);
        Assert.Equal(5, Data.Findings.Count(f => f.Kind == FindingKind.Ambiguous));
        Assert.Single(Data.Findings, f => f.Kind == FindingKind.Inconsistent);
        Assert.Equal(3, Data.Findings.Count(f => f.Kind == FindingKind.Damaged));
        // 五、重点治理任务和对策 is prose without 责任单位 or deadlines: no tasks are invented; the one dated duty
        // ("每年9月底前，完成应急减排措施清单修订工作", line 47) is the plan's only task (issue 9).
        Assert.True(Assert.Single(Data.Tasks).FromProse);
        Assert.Single(Data.Indicators, i => i.FromProse);
        Assert.Equal(2, Data.SupervisionRules.Count);
        Assert.Empty(Data.AirTargets);
        Assert.Empty(Data.SectionTargets);
        Assert.Empty(Data.UnitStatistics);
        Assert.Empty(Data.AccessRequirements);
    }

    [Fact]
    public void Seed_data_survives_the_json_round_trip()
    {
        var back = SeedJson.Deserialize(SeedJson.Serialize(Data));
        Assert.Equal(Data.Plans, back.Plans);
        Assert.Equal(Data.Projects, back.Projects);
        Assert.Equal(Data.StatedTotals, back.StatedTotals);
        Assert.Equal(Data.Findings, back.Findings);
        Assert.Equal(TableIndicators[0].Targets, back.Indicators[0].Targets);
    }

    // ---- bookmarks ----

    [Fact]
    public void Word_bookmarks_are_in_the_text_but_in_no_value()
    {
        var bookmarks = Text.Lines.Select(l => Regex.Matches(l, @"\[bookmark:[^\]]*\]").Count).ToList();
        Assert.Equal(76, bookmarks.Sum());
        Assert.Equal(40, bookmarks.Count(n => n > 0));
        Assert.StartsWith("\t[bookmark: OLE_LINK2][bookmark: OLE_LINK3]生态保护", Text.Line(119));

        var json = SeedJson.Serialize(Data);
        Assert.DoesNotContain("bookmark", json, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("_Toc", json, StringComparison.Ordinal);
        Assert.DoesNotContain("OLE_LINK", json, StringComparison.Ordinal);
    }

    // ---- plan ----

    [Fact]
    public void Plan_is_read_from_the_text()
    {
        Assert.Equal(new Plan(PlanId, "140404", "长治市上党区生态环境保护专项规划（2021-2035年）", null, null, PlanKind.SpecialPlan,
            2021, 2035, 2022, new Provenance("003", "一、编制背景", 2)), Data.Plans[0]);
        Assert.Contains("编制本次《长治市上党区生态环境保护专项规划（2021-2035年）》", Text.Line(2));
        Assert.Contains("规划基准年为2022年", Text.Line(5));
        Assert.Empty(Text.Find("〔"));
    }

    // ---- 附表1 indicators ----

    [Fact]
    public void Indicator_table_first_row_field_by_field()
    {
        var i = Indicator(1);
        Assert.Equal(PlanId, i.PlanId);
        Assert.Equal("生态保护", i.Category); // the cell carries two bookmarks: "[bookmark: OLE_LINK2][bookmark: OLE_LINK3]生态保护"
        Assert.Equal("生态保护红线占国土面积", i.Name);
        Assert.Equal("平方千米", i.Unit);
        Assert.Equal(new Baseline(2022, 1.04, "1.04"), i.Baseline);
        Assert.Equal([new TargetValue(2025, TargetKind.AtLeast, 1.04, "≥1.04"), new TargetValue(2035, TargetKind.AtLeast, 1.04, "≥1.04")], i.Targets);
        Assert.Empty(i.Observed);
        Assert.Equal(IndicatorAttribute.Binding, i.Binding);
        Assert.Equal(new Provenance("003", Table1, 121, "1"), i.Source);
        Assert.Equal("\t生态保护红线占国土面积（平方千米）", Text.Line(121));
    }

    [Fact]
    public void Indicator_table_last_row_field_by_field()
    {
        var i = Indicator(20);
        Assert.Equal("资源利用", i.Category);
        Assert.Equal("非化石能源占能源消费总量比例", i.Name); // printed "非化石能源占能源消费总量比例 （%）"
        Assert.Equal("%", i.Unit);
        Assert.Equal(new Baseline(2022, null, "--"), i.Baseline);
        Assert.Equal([
            new TargetValue(2025, TargetKind.HigherLevelReference, null, "完成市下达指标"),
            new TargetValue(2035, TargetKind.HigherLevelReference, null, "完成市下达指标")], i.Targets);
        Assert.Equal(IndicatorAttribute.Expected, i.Binding);
        Assert.Equal(new Provenance("003", Table1, 273, "20"), i.Source);
    }

    [Fact]
    public void Indicator_with_reference_year_and_mixed_targets()
    {
        var i = Indicator(11);
        Assert.Equal("环境治理", i.Category);
        Assert.Equal("单位地区生产总值二氧化碳排放降低（比2020年）", i.Name);
        Assert.Equal("%", i.Unit);
        Assert.Equal(new Baseline(2022, null, "--"), i.Baseline);
        Assert.Equal([
            new TargetValue(2025, TargetKind.HigherLevelReference, null, "完成市下达指标"),
            new TargetValue(2035, TargetKind.Number, 18, "18")], i.Targets);
        Assert.Equal(IndicatorAttribute.Binding, i.Binding);
        Assert.Equal(201, i.Source.Line);
    }

    [Fact]
    public void Indicator_targets_take_every_printed_form()
    {
        Assert.Equal(new TargetValue(2025, TargetKind.AtMost, 13.48, "≤13.48"), Indicator(17).Targets[0]);
        Assert.Equal("立方米", Indicator(17).Unit);
        Assert.Equal(new TargetValue(2025, TargetKind.Qualitative, null, "有效保障"), Indicator(14).Targets[0]);
        Assert.Null(Indicator(14).Unit);
        Assert.Equal(new TargetValue(2025, TargetKind.Number, 0.9, "0.9"), Indicator(6).Targets[0]);
        Assert.Equal(new TargetValue(2035, TargetKind.AtLeast, 32, "≥32"), Indicator(18).Targets[1]);
        Assert.Equal(("细颗粒物（PM2.5）年均浓度", "微克/立方米"), (Indicator(4).Name, Indicator(4).Unit));
        Assert.Equal(new Baseline(2022, 41, "41"), Indicator(4).Baseline);
        Assert.Equal(new Baseline(2022, 77.5, "77.5"), Indicator(5).Baseline);
        Assert.Equal(new Baseline(2022, 0, "0"), Indicator(9).Baseline);
        Assert.Equal(13, TableIndicators.Count(i => i.Baseline is { Value: null, Text: "--" }));
        Assert.Equal(12, TableIndicators.SelectMany(i => i.Targets).Count(t => t.Kind == TargetKind.HigherLevelReference));
        Assert.All(TableIndicators, i => Assert.Equal(new[] { 2025, 2035 }, i.Targets.Select(t => t.Year ?? 0)));
    }

    [Fact]
    public void Indicator_categories_are_carried_down_their_groups()
    {
        Assert.Equal(Enumerable.Range(1, 20), TableIndicators.Select(i => i.Seq));
        var groups = TableIndicators.GroupBy(i => i.Category).Select(g => (g.Key, g.Count())).ToList();
        Assert.Equal([("生态保护", 3), ("环境治理", 8), ("风险防控", 5), ("资源利用", 4)], groups);
        Assert.Equal("\t", Text.Line(127)); // 序号2's 分类 cell is empty in the export
        Assert.Equal("生态保护", Indicator(2).Category);
        Assert.Equal("风险防控", Indicator(16).Category);
        int[] binding = [1, 4, 5, 6, 7, 8, 10, 11, 12, 13, 14];
        Assert.Equal(binding, TableIndicators.Where(i => i.Binding == IndicatorAttribute.Binding).Select(i => i.Seq));
    }

    // ---- 附表2 projects ----

    [Fact]
    public void Project_table_first_row_field_by_field()
    {
        Assert.Equal(new KeyProject(PlanId, 1, "生态保护与功能提升", "森林生态保护与修复工程", "五龙山-首阳山-老雄山生态保护修复工程",
            "实施退化林分修复，提高森林质量，推进生态屏障建设", 2024, 2035, "2024-2035", null, null,
            new Provenance("003", Table2, 291)), Data.Projects[0]);
    }

    [Fact]
    public void Project_table_last_row_field_by_field()
    {
        Assert.Equal(new KeyProject(PlanId, 69, "固废收集与治理体系完善", "危险废物监管能力建设工程", "园区危险废物环境信息化管理",
            "园区持续推进危险废物环境信息化管理工作，提升危险废物环境监管智能化水平。加强重点危险废物产废和经营单位危险废物规范化环境管理评估，开展危险废物经营单位绩效评价工作。",
            2024, 2035, "2024-2035", null, null, new Provenance("003", Table2, 699)), Data.Projects[^1]);
    }

    [Fact]
    public void Project_rows_with_noise_carried_groups_and_odd_content()
    {
        // Content cell with a bookmark: "[bookmark: OLE_LINK14]开展上党区6个镇…".
        var monitoring = Project("环境空气质量监测体系建设");
        Assert.Equal("开展上党区6个镇、3个乡、1个街道以及新区和开发区空气微站建设", monitoring.Content);
        Assert.Contains("[bookmark: OLE_LINK14]", Text.Line(406));
        Assert.Equal(("大气环境系统治理", "环境监管能力建设工程", 20, 405), (monitoring.Category, monitoring.SubCategory, monitoring.Seq, monitoring.Source.Line));

        // Name printed with a trailing space, content with a leading one.
        Assert.Equal("陶清河水库、北宋水库生态保护修复工程", Data.Projects[3].Name);
        Assert.Equal("恢复生态廊道，提高生境质量保护野生动物栖息环境，保护物种多样性", Project("自然保护地生境保护和生物多样性提升工程").Content);

        // Both 分类 columns empty in the export: carried down from 西火镇污水处理厂二期工程's group.
        var plant = Project("主城区西侧新建污水处理厂工程");
        Assert.Equal(new KeyProject(PlanId, 25, "地表水环境综合治理", "城乡污水处理厂（站）建设工程", "主城区西侧新建污水处理厂工程",
            "新建污水处理厂，处理能力近期2万吨/日，远期1万吨/日", 2024, 2035, "2024-2035", null, null,
            new Provenance("003", Table2, 435)), plant);
        Assert.Equal("\t", Text.Line(433));
        Assert.Equal("\t", Text.Line(434));

        var latest = Project("长治碳谷固废综合利用中试线项目");
        Assert.Equal((2026, 2035, "2026-2035"), (latest.PeriodFrom, latest.PeriodTo, latest.PeriodText));
    }

    [Fact]
    public void Project_groups_match_the_table()
    {
        var categories = Data.Projects.GroupBy(p => p.Category).Select(g => (g.Key, g.Count())).ToList();
        Assert.Equal([("生态保护与功能提升", 9), ("大气环境系统治理", 12), ("地表水环境综合治理", 34), ("土壤和地下水环境风险防控", 6),
            ("固废收集与治理体系完善", 8)], categories);
        Assert.Equal(28, Data.Projects.Select(p => p.SubCategory).Distinct().Count());
        Assert.Equal(17, Data.Projects.Count(p => p.SubCategory == "城乡污水处理厂（站）建设工程"));
        Assert.Equal(Enumerable.Range(1, 69), Data.Projects.Select(p => p.Seq));
        Assert.Equal(69, Data.Projects.Select(p => p.Name).Distinct().Count());
        Assert.All(Data.Projects, p => Assert.False(string.IsNullOrEmpty(p.Content)));
        // The table has no 投资 or 责任单位 column.
        Assert.All(Data.Projects, p => Assert.Null(p.Investment));
        Assert.All(Data.Projects, p => Assert.Null(p.LeadUnit));
        Assert.Equal([("2024-2030", 35), ("2024-2035", 31), ("2024-2025", 2), ("2026-2035", 1)],
            Data.Projects.GroupBy(p => p.PeriodText!).Select(g => (g.Key, g.Count())).OrderByDescending(x => x.Item2));
        Assert.All(Data.Projects, p => Assert.Equal(p.PeriodText, $"{p.PeriodFrom}-{p.PeriodTo}"));
    }

    // ---- stated totals ----

    [Fact]
    public void Stated_totals_are_kept_and_match_the_tables()
    {
        var at14 = new Provenance("003", Section4b, 14);
        var at93 = new Provenance("003", Chapter6, 93);
        Assert.Equal([
            new StatedTotal(PlanId, "indicators.count", 20, "20项重点指标", at14),
            new StatedTotal(PlanId, "indicators.binding.count", 11, "11项约束性指标", at14),
            new StatedTotal(PlanId, "indicators.expected.count", 9, "9项预期性指标", at14),
            new StatedTotal(PlanId, "indicators.category.count", 4, "从生态保护、环境治理、风险防控、资源利用四个方面", at14),
            new StatedTotal(PlanId, "projects.count", 69, "69项重点项目", at93),
            new StatedTotal(PlanId, "projects.subcategory.count", 28, "28大类", at93),
            new StatedTotal(PlanId, "projects.category.count", 5,
                "从生态保护与功能提升、大气环境系统治理、地表水环境综合整治、土壤和地下水环境风险防控、固废收集与治理体系完善等五大主要方面", at93),
        ], Data.StatedTotals);
        Assert.All(Data.StatedTotals, t => Assert.Contains(t.Text, Clean(t.Source.Line)));
        // Every count agrees with the tables; the only finding on these lines is the 地表水 category name.
        Assert.DoesNotContain(Data.Findings, f => f.Source.Line == 14);
        Assert.Single(Data.Findings, f => f.Source.Line == 93);
    }

    // ---- findings ----

    [Fact]
    public void Findings_name_each_problem_and_where_it_is()
    {
        SeedFinding At(int line) => Assert.Single(Data.Findings, f => f.Source.Line == line);

        var redLine = At(121);
        Assert.Equal(FindingKind.Ambiguous, redLine.Kind);
        Assert.Equal(new Provenance("003", Table1, 121, "1"), redLine.Source);
        Assert.Contains("“生态保护红线占国土面积”按名称是占比，但单位印为“平方千米”", redLine.Message);

        var wetland = At(137);
        Assert.Equal((FindingKind.Ambiguous, "3"), (wetland.Kind, wetland.Source.Row));
        Assert.Contains("“湿地保护率”未注明单位", wetland.Message);

        var carbon = At(201);
        Assert.Equal((FindingKind.Ambiguous, "11"), (carbon.Kind, carbon.Source.Row));
        Assert.Contains("以2020年为比较基准，而表中现状列为2022年", carbon.Message);
        Assert.Contains("目标2035年“18”是比2020年降低的百分比", carbon.Message);

        var energy = At(265);
        Assert.Equal((FindingKind.Ambiguous, "19"), (energy.Kind, energy.Source.Row));
        Assert.DoesNotContain("降低的百分比", energy.Message);

        var plant = At(435);
        Assert.Equal(new Provenance("003", Table2, 435), plant.Source);
        Assert.Equal(FindingKind.Ambiguous, plant.Kind);
        Assert.Contains("远期规模（1万吨）小于近期（2万吨）", plant.Message);

        var name = At(93);
        Assert.Equal(new SeedFinding(FindingKind.Inconsistent,
            $"{Chapter6}列出的“地表水环境综合整治”在{Table2}中没有同名分类；表中未被正文列出的分类为“地表水环境综合治理”，名称不一致，请统一。",
            new Provenance("003", Chapter6, 93)), name);
        Assert.Contains("\t地表水环境综合治理", Text.Lines);

        Assert.Equal(new SeedFinding(FindingKind.Damaged, "第2行段首“党党的十八大”首字重复（应为“党的十八大”），疑为导出错误。",
            new Provenance("003", "一、编制背景", 2)), At(2));
        Assert.Equal(new SeedFinding(FindingKind.Damaged, "第100行段首“推推动生态环”首字重复（应为“推动生态环”），疑为导出错误。",
            new Provenance("003", "（三）建立协同机制，促进联防联控", 100)), At(100));
        var title = At(5);
        Assert.Equal((FindingKind.Damaged, "二、规划范围与时限"), (title.Kind, title.Source.Section));
        Assert.Contains("《上党区国土空间总体规划（2021-2035）年》", title.Message);
    }

    // ---- provenance ----

    [Fact]
    public void Every_record_points_at_a_line_that_holds_it()
    {
        Assert.All(TableIndicators, i =>
        {
            Assert.Equal(("003", Table1), (i.Source.Document, i.Source.Section));
            Assert.Equal(i.Seq.ToString(), i.Source.Row);
            Assert.StartsWith(i.Name, Clean(i.Source.Line));
        });
        Assert.All(Data.Projects, p =>
        {
            Assert.Equal(("003", Table2), (p.Source.Document, p.Source.Section));
            Assert.Equal(p.Name, Clean(p.Source.Line));
        });
        Assert.Contains(Data.Plans[0].Title, Text.Line(Data.Plans[0].Source.Line));
        Assert.All(Data.Findings, f =>
        {
            Assert.Equal("003", f.Source.Document);
            Assert.False(string.IsNullOrWhiteSpace(f.Source.Section));
            Assert.InRange(f.Source.Line, 1, Text.Lines.Count);
            Assert.NotEmpty(Text.Line(f.Source.Line).Trim());
        });
        Assert.Equal("\t1.04", Text.Line(122));
    }

    // ---- the checks fire on altered text ----

    [Fact]
    public void A_missing_indicator_row_is_a_numbering_gap_and_a_count_mismatch()
    {
        int start = Text.Find("\t5").Single(n => n > 150 && n < 160) - 1; // the block of 序号5, starting at its empty 分类 cell
        var data = Extract(Without(Text, start, 8));
        Assert.Equal(19, data.Indicators.Count(i => !i.FromProse));
        Assert.Contains(data.Findings, f => f.Kind == FindingKind.Damaged && f.Message.Contains("序号不连续：第") && f.Source.Row == "6");
        Assert.Contains(data.Findings, f => f.Kind == FindingKind.Inconsistent && f.Message == $"{Section4b}称“20项重点指标”，但{Table1}中有19项指标。");
        Assert.Contains(data.Findings, f => f.Kind == FindingKind.Inconsistent && f.Message.Contains("“11项约束性指标”，但") && f.Message.Contains("中有10项约束性指标"));
    }

    [Fact]
    public void A_missing_project_row_and_an_unreadable_period_are_reported()
    {
        int name = Text.Find("\t庄子河村污水处理厂").Single();
        var lines = Text.Lines.ToList();
        lines.RemoveRange(name - 3, 6); // the block 2 lines above the name (two empty 分类 cells) to its blank line
        int period = lines.FindIndex(l => l == "\t2026-2035");
        lines[period] = "\t2026年起";
        var data = Extract(new SeedText("003", Text.FileName, string.Join("\n", lines)));

        Assert.Equal(68, data.Projects.Count);
        Assert.Contains(data.Findings, f => f.Kind == FindingKind.Inconsistent && f.Message == $"{Chapter6}称“69项重点项目”，但{Table2}中有68项工程。");
        var project = data.Projects.Single(p => p.Name == "长治碳谷固废综合利用中试线项目");
        Assert.Equal(("2026年起", (int?)null, (int?)null), (project.PeriodText, project.PeriodFrom, project.PeriodTo));
        Assert.Contains(data.Findings, f => f.Kind == FindingKind.Unparsed && f.Message.Contains("“2026年起”不是起止年份") && f.Source.Line == period + 1);
    }

    [Fact]
    public void A_header_repeated_on_a_new_page_is_not_a_project()
    {
        int header = Text.Find("\t主要建设内容").Single();
        var lines = Text.Lines.ToList();
        int at = lines.FindIndex(l => l == "\t地表水环境综合治理"); // start of a category group
        lines.InsertRange(at, [.. lines.GetRange(header - 3, 4), ""]);
        var data = Extract(new SeedText("003", Text.FileName, string.Join("\n", lines)));
        Assert.Equal(69, data.Projects.Count);
        Assert.Equal(Data.Findings.Count, data.Findings.Count);
    }

    private static SeedText Without(SeedText text, int first, int count)
    {
        var lines = text.Lines.ToList();
        lines.RemoveRange(first - 1, count);
        return new SeedText(text.Id, text.FileName, string.Join("\n", lines));
    }
}
