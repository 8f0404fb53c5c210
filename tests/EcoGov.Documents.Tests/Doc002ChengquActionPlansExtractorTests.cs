using EcoGov.Core.Indicators;
using EcoGov.Core.Plans;
using EcoGov.Core.Tasks;
using EcoGov.Core.Text;
using EcoGov.Documents.Seeds;

namespace EcoGov.Documents.Tests;

public class Doc002ChengquActionPlansExtractorTests
{
    private const string Air = Doc002ChengquActionPlansExtractor.AirPlanId;
    private const string Water = Doc002ChengquActionPlansExtractor.WaterPlanId;
    private const string Soil = Doc002ChengquActionPlansExtractor.SoilPlanId;
    private const string LedgerSection = "晋城市城区 2023 年大气污染防治重点工作任务台账";
    private const string Annex1Section = "2023 年城区环境空气质量预控制目标（含乡镇站点）";

    private static readonly SeedText Text = SeedFiles.Load("002");
    private static readonly SeedDocumentData Data = new Doc002ChengquActionPlansExtractor().Extract(Text);

    private static string Norm(int line) => TextNormalizer.Normalize(Text.Line(line));

    private static PlanTask Task(string plan, int seq) => Data.Tasks.Single(t => t.PlanId == plan && t.Seq == seq);

    private static MonthlyAirTarget AirTarget(string pollutant, int? month) =>
        Data.AirTargets.Single(t => t.Pollutant == pollutant && t.Month == month);

    private static List<SeedFinding> Findings(FindingKind kind, string fragment) =>
        Data.Findings.Where(f => f.Kind == kind && f.Message.Contains(fragment, StringComparison.Ordinal)).ToList();

    [Fact]
    public void Is_found_by_reflection_with_its_ids()
    {
        var e = SeedExtractors.For("002");
        Assert.IsType<Doc002ChengquActionPlansExtractor>(e);
        Assert.Equal("002-chengqu-2023.json", e!.OutputFileName);
    }

    [Fact]
    public void Record_counts_are_exact()
    {
        Assert.Equal(3, Data.Plans.Count);
        Assert.Equal(78, Data.AirTargets.Count);
        Assert.Equal(34, Data.Tasks.Count(t => t.PlanId == Air && !t.FromProse));
        Assert.Equal(4, Data.Tasks.Count(t => t.PlanId == Air && t.FromProse));
        Assert.Equal(14, Data.Tasks.Count(t => t.PlanId == Water));
        Assert.Equal(14, Data.Tasks.Count(t => t.PlanId == Soil));
        Assert.Equal(66, Data.Tasks.Count);
        Assert.Equal(8, Data.Indicators.Count(i => i.PlanId == Air));
        Assert.Equal(4, Data.Indicators.Count(i => i.PlanId == Water));
        Assert.Equal(1, Data.Indicators.Count(i => i.PlanId == Soil));
        Assert.Equal(3, Data.SectionTargets.Count);
        Assert.Equal(3, Data.Projects.Count);
        Assert.Empty(Data.UnitStatistics);
        Assert.Empty(Data.AccessRequirements);
        Assert.Equal(19, Data.Findings.Count);
        Assert.Equal(2, Data.SupervisionRules.Count);
        Assert.Equal(4, Data.TaskDuties.Count);
        Assert.Equal(4, Data.TaskUnitAdditions.Count);
    }

    [Fact]
    public void Document_and_plans_carry_the_notice_metadata()
    {
        Assert.Equal("002", Data.Document.Id);
        Assert.Equal(Text.Sha256, Data.Document.Sha256);
        Assert.Equal("晋城市城区人民政府办公室关于印发晋城市城区空气质量再提升水环境质量再提升和土壤污染防治 2023 年行动计划的通知", Data.Document.Title);

        string[] ids = [Air, Water, Soil];
        string[] titles = ["晋城市城区空气质量再提升 2023 年行动计划", "晋城市城区水环境质量再提升 2023 年行动计划", "晋城市城区土壤污染防治 2023 年行动计划"];
        int[] lines = [20, 178, 268];
        for (int i = 0; i < 3; i++)
        {
            var p = Data.Plans[i];
            Assert.Equal(ids[i], p.Id);
            Assert.Equal(titles[i], p.Title);
            Assert.Equal("140502", p.JurisdictionCode);
            Assert.Equal("城政办发〔2023〕20号", p.DocNumber);
            Assert.Equal(new DateOnly(2023, 5, 31), p.Issued);
            Assert.Equal(PlanKind.AnnualActionPlan, p.Kind);
            Assert.Equal((2023, 2023, 2022), (p.PeriodStart, p.PeriodEnd, p.BaseYear));
            Assert.Equal(lines[i], p.Source.Line);
            Assert.Equal(titles[i], Norm(p.Source.Line));
        }
    }

    [Fact]
    public void Monthly_air_targets_map_columns_from_the_header()
    {
        foreach (var p in new[] { "SO2", "NO2", "PM10", "CO", "O3", "PM2.5" })
        {
            Assert.Equal(13, Data.AirTargets.Count(t => t.Pollutant == p));
            Assert.Equal(Enumerable.Range(1, 12).Cast<int?>().Append(null), Data.AirTargets.Where(t => t.Pollutant == p).Select(t => t.Month));
        }
        Assert.All(Data.AirTargets, t => Assert.Equal((Air, 2023, 2022), (t.PlanId, t.Year, t.PreviousYear)));
        Assert.All(Data.AirTargets, t => Assert.Equal(t.Pollutant == "CO" ? "mg/m³" : "μg/m³", t.Unit));

        var first = AirTarget("SO2", 1);
        Assert.Equal((12.0, 12.0), (first.Target, first.PreviousYearValue));
        Assert.Equal(new EcoGov.Core.Provenance("002", Annex1Section, 121, "1 月"), first.Source);

        var pm25Jan = AirTarget("PM2.5", 1); // last column, header "PM _{2.5}"
        Assert.Equal((54.0, 80.0), (pm25Jan.Target, pm25Jan.PreviousYearValue));
        var o3Jun = AirTarget("O3", 6);
        Assert.Equal((234.0, 234.0), (o3Jun.Target, o3Jun.PreviousYearValue));

        var coYear = AirTarget("CO", null);
        Assert.Equal((2.0, 2.0, "mg/m³"), (coYear.Target, coYear.PreviousYearValue, coYear.Unit));
        Assert.Equal(133, coYear.Source.Line);
        Assert.Equal("全年", coYear.Source.Row);
        var pm25Year = AirTarget("PM2.5", null);
        Assert.Equal((36.0, 38.0), (pm25Year.Target, pm25Year.PreviousYearValue));
    }

    [Fact]
    public void Months_whose_target_is_worse_than_last_year_are_flagged()
    {
        var worse = Data.Findings.Where(f => f.Kind == FindingKind.Inconsistent && f.Message.Contains("高于 2022 年同期", StringComparison.Ordinal)).ToList();
        Assert.Equal(3, worse.Count);
        Assert.All(worse, f => Assert.Equal((122, "2 月", Annex1Section), (f.Source.Line, f.Source.Row, f.Source.Section)));
        Assert.Contains(worse, f => f.Message.Contains("NO2", StringComparison.Ordinal) && f.Message.Contains("30 μg/m³", StringComparison.Ordinal) && f.Message.Contains("29 μg/m³", StringComparison.Ordinal));
        Assert.Contains(worse, f => f.Message.Contains("PM10", StringComparison.Ordinal) && f.Message.Contains("102", StringComparison.Ordinal) && f.Message.Contains("87", StringComparison.Ordinal));
        Assert.Contains(worse, f => f.Message.Contains("PM2.5", StringComparison.Ordinal) && f.Message.Contains("70", StringComparison.Ordinal) && f.Message.Contains("50", StringComparison.Ordinal));
        Assert.Empty(Findings(FindingKind.Inconsistent, "12 个月平均"));
        Assert.Single(Findings(FindingKind.Ambiguous, "未注明浓度单位"));
    }

    [Fact]
    public void Air_text_targets_are_indicators_in_order_of_appearance()
    {
        var air = Data.Indicators.Where(i => i.PlanId == Air && i.Seq <= 7).ToList();
        Assert.Equal(["PM2.5平均浓度", "PM10平均浓度", "O3平均浓度", "SO2平均浓度", "NO2平均浓度", "CO平均浓度", "市区环境空气质量综合指数在全国 168 个重点城市排名"], air.Select(i => i.Name));
        Assert.Equal(Enumerable.Range(1, 7), air.Select(i => i.Seq));
        Assert.All(air, i => Assert.Equal("努力争取性指标(含乡镇)", i.Category));
        Assert.All(air, i => Assert.Null(i.Baseline));
        Assert.All(air, i => Assert.Null(i.Binding));
        Assert.All(air, i => Assert.Equal(2023, Assert.Single(i.Targets).Year));

        var pm25 = air[0];
        Assert.Equal("微克/立方米", pm25.Unit);
        Assert.Equal(new TargetValue(2023, TargetKind.AtMost, 36, "力争降到 36"), pm25.Targets[0]);
        Assert.Equal(new EcoGov.Core.Provenance("002", "二、主要目标", 32), pm25.Source);

        var co = air[5];
        Assert.Equal("毫克/立方米", co.Unit);
        Assert.Equal(new TargetValue(2023, TargetKind.AtMost, 1.6, "力争降到 1.6"), co.Targets[0]);
        Assert.Equal(34, co.Source.Line);

        var rank = air[6];
        Assert.Null(rank.Unit);
        Assert.Equal(new TargetValue(2023, TargetKind.Qualitative, null, "退出后 40 位"), rank.Targets[0]);
    }

    [Fact]
    public void Air_text_contradicting_annex1_is_flagged_only_for_co()
    {
        var f = Assert.Single(Findings(FindingKind.Inconsistent, "正文“主要目标”"));
        Assert.Contains("CO", f.Message);
        Assert.Contains("1.6 毫克/立方米", f.Message);
        Assert.Contains("2 mg/m³（第133行）", f.Message);
        Assert.Equal(34, f.Source.Line);
    }

    [Fact]
    public void Ledger_has_34_rows_numbered_without_gaps()
    {
        var ledger = Data.Tasks.Where(t => t.PlanId == Air && !t.FromProse).ToList();
        Assert.Equal(Enumerable.Range(1, 34), ledger.Select(t => t.Seq));
        Assert.All(ledger, t => Assert.Equal(LedgerSection, t.Source.Section));
        Assert.All(ledger, t => Assert.Null(t.Notes));
        Assert.All(ledger, t => Assert.Empty(t.CooperatingUnits));
        Assert.All(ledger, t => Assert.NotEqual(DeadlineKind.Unparsed, t.Deadline!.Kind));
        Assert.DoesNotContain(Data.Findings, f => f.Message.Contains("序号", StringComparison.Ordinal) && f.Source.Section == LedgerSection);
        Assert.Equal(8, ledger.Count(t => t.Category == "一、产业结构优化调整"));
        Assert.Equal(7, ledger.Count(t => t.Category == "三、深入推进交通结构优化"));
        Assert.Equal(3, ledger.Count(t => t.Category == "五、提升能力建设，协同推进应急减排与长效减排"));
    }

    [Fact]
    public void Ledger_first_and_last_rows_field_by_field()
    {
        var first = Task(Air, 1);
        Assert.Equal("一、产业结构优化调整", first.Category);
        Assert.Equal("严格落实产业政策、“三线一单”、规划环评、能耗双控、产能置换、煤炭消费减量替代、区域污染物倍量削减等要求。市区 20 公里范围内不再新上涉气项目。", first.Text);
        Assert.Equal(new DeadlinePhrase("长期坚持", DeadlineKind.Ongoing), first.Deadline);
        // printed "区发改(能源)局" (half-width), normalised (DepartmentNames) like the other rows' "区发改（能源）局"
        Assert.StartsWith("区发改(能源)局、", Text.Line(140).Split('\t')[4]);
        Assert.Equal(["区发改（能源）局", "区工信局", "区民营经济局", "区行政审批局", "区生态环境分局"], first.LeadUnits);
        Assert.Equal(new EcoGov.Core.Provenance("002", LedgerSection, 140, "1"), first.Source);

        var last = Task(Air, 34);
        Assert.Equal("五、提升能力建设，协同推进应急减排与长效减排", last.Category);
        Assert.Equal("修订臭氧应急管控清单。", last.Text);
        Assert.Equal(new DeadlinePhrase("2023年5月底前", DeadlineKind.DueBy, Due: new DateOnly(2023, 5, 31)), last.Deadline);
        Assert.Equal(["区生态环境分局"], last.LeadUnits);
        Assert.Equal(176, last.Source.Line);
    }

    [Fact]
    public void Ledger_rows_after_page_breaks_and_special_deadlines()
    {
        var afterBlank = Task(Air, 8); // blank line 147 before it, category carried down
        Assert.Equal(148, afterBlank.Source.Line);
        Assert.Equal("一、产业结构优化调整", afterBlank.Category);

        var repeated = Task(Air, 20); // category cell repeated after the page break
        Assert.Equal(161, repeated.Source.Line);
        Assert.Equal("三、深入推进交通结构优化", repeated.Category);
        // the 完成时限 column and the later date of the measure, kept as one phrase of two milestones
        Assert.Equal(new DeadlinePhrase("2023年4月1日起；2025年1月1日起", DeadlineKind.From, Start: new DateOnly(2023, 4, 1)), repeated.Deadline);
        Assert.Equal("2023年5月1日起；9月1日起", Task(Air, 22).Deadline!.Text);
        Assert.StartsWith("全区范围内的工业企业停止使用国二及以下排放标准的工程机械", repeated.Text);

        Assert.Equal(new DeadlinePhrase("2023年5-9月", DeadlineKind.Window, new DateOnly(2023, 5, 1), new DateOnly(2023, 9, 30)), Task(Air, 33).Deadline);
        Assert.Equal(new DateOnly(2024, 12, 31), Task(Air, 2).Deadline!.Due);
        Assert.Equal("2024 年 12 月底前", Task(Air, 2).Deadline!.Text);
        Assert.Equal(["南村镇", "西上庄街道办事处", "钟家庄街道办事处", "开发区街道办事处"], Task(Air, 31).LeadUnits);
        Assert.Equal(["区住建局", "区城市管理局", "区市容环卫中心", "各镇（街道）"], Task(Air, 28).LeadUnits);
    }

    [Fact]
    public void Ledger_rows_naming_other_dates_than_their_deadline_are_flagged()
    {
        // rows 20 and 22 ("…日起" in the text after a "…日起" column) are read as two milestones, not flagged
        var multi = Findings(FindingKind.Ambiguous, "另写有时限");
        Assert.Equal([150], multi.Select(f => f.Source.Line));
        Assert.Contains("2023年采暖季前", multi[0].Message);
    }

    [Fact]
    public void Deadlines_before_the_issue_date_are_flagged()
    {
        var overdue = Findings(FindingKind.Inconsistent, "早于本计划印发日期");
        Assert.Equal(["3", "5", "6", "11", "16"], overdue.Select(f => f.Source.Row));
        Assert.All(overdue, f => Assert.Equal(LedgerSection, f.Source.Section));
    }

    [Fact]
    public void Water_tasks_first_wrapped_and_last()
    {
        var water = Data.Tasks.Where(t => t.PlanId == Water).ToList();
        Assert.Equal(Enumerable.Range(1, 14), water.Select(t => t.Seq));
        // deadline phrases only in tasks 7 ("2023年完成") and 14 ("2023年开工")
        Assert.All(water.Where(t => t.Seq is not (7 or 14)), t => Assert.Null(t.Deadline));
        Assert.Equal(new DeadlinePhrase("2023年完成", DeadlineKind.DueBy, Due: new DateOnly(2023, 12, 31)), water[6].Deadline);
        Assert.Equal(new DeadlinePhrase("2023年开工", DeadlineKind.From, Start: new DateOnly(2023, 1, 1)), water[13].Deadline);
        Assert.All(water, t => Assert.Equal("三、重点任务", t.Source.Section));

        var first = water[0]; // bracket wraps over a blank line and closes with "]"
        Assert.Equal("（一）强化水资源管控", first.Category);
        Assert.Equal("保障重点河流生态流量。加强白水河等重点河流生态流量管理，做好断面生态流量日常监管，保障河流生态流量。", first.Text);
        Assert.Equal(["区水务局"], first.LeadUnits);
        Assert.Equal(["各镇（街道）"], first.CooperatingUnits);
        Assert.Equal(194, first.Source.Line);
        var bracket = Assert.Single(Findings(FindingKind.Damaged, "括号不配对"));
        Assert.Equal((196, "1"), (bracket.Source.Line, bracket.Source.Row));

        var five = water[4]; // bracket on its own line after a blank line
        Assert.Equal("严格实施排污许可和排水许可制度。加强对沿河排污单位的管理，生态环境部门负责工业企业等排污单位的监管和执法，排放污水的工业企业要依法申领排污许可证或纳入排污登记。", five.Text);
        Assert.Equal(["区生态环境分局"], five.LeadUnits);
        Assert.Equal(["区行政审批局"], five.CooperatingUnits);

        var twelve = water[11];
        Assert.Equal("强力推进减排工作。结合重点工程任务，分解减排任务指标，加大重点减排工程督查工作力度，积极调度、收集、整理污染减排档案，确保年度水主要污染物总量减排工作顺利完成。", twelve.Text);

        Assert.Equal(["区住建局", "区农业农村局", "区水务局", "区城管局", "区生态环境分局", "各镇（街道）"], water[9].LeadUnits);
        Assert.Empty(water[9].CooperatingUnits);
        Assert.Equal(["区水务局", "晋城市凤禹排水有限责任公司"], water[1].LeadUnits);

        var last = water[13];
        Assert.Equal("（三）细化水生态修复", last.Category);
        Assert.Equal("实施城镇污水处理厂尾水生态化治理。大力推进生活污水处理厂尾水人工潜流湿地建设，2023年开工建设白水河人工湿地。", last.Text);
        Assert.Equal(["区生态环境分局", "晋城市凤禹排水有限责任公司"], last.LeadUnits);
        Assert.Equal(["各镇（街道）"], last.CooperatingUnits);
        Assert.Equal(233, last.Source.Line);
    }

    [Fact]
    public void Soil_tasks_with_shared_leads_and_an_unparsed_deadline()
    {
        var soil = Data.Tasks.Where(t => t.PlanId == Soil).ToList();
        Assert.Equal(Enumerable.Range(1, 14), soil.Select(t => t.Seq));

        var first = soil[0];
        Assert.Equal("（一）加强土壤污染源头防控", first.Category);
        // "10 月底前" has no year: read in the plan's year 2023, and reported.
        Assert.Equal(new DeadlinePhrase("10 月底前", DeadlineKind.DueBy, Due: new DateOnly(2023, 10, 31)), first.Deadline);
        Assert.Equal(280, first.Source.Line);
        Assert.DoesNotContain(Data.Findings, f => f.Kind == FindingKind.Unparsed);
        var noYear = Assert.Single(Data.Findings, f => f.Message.Contains("10 月底前"));
        Assert.Equal(FindingKind.Ambiguous, noYear.Kind);
        Assert.Contains("2023-10-31", noYear.Message);
        Assert.Equal(280, noYear.Source.Line);

        var three = soil[2]; // "…按职责分工牵头、各镇（街道）配合"
        Assert.Equal(["区农业农村局", "区自然资源局", "区市场监管局", "区生态环境分局"], three.LeadUnits);
        Assert.Equal(["各镇（街道）"], three.CooperatingUnits);

        var nine = soil[8]; // bracket on a later line after a blank line
        Assert.EndsWith("及早解决潜在土壤环境风险。", nine.Text);
        Assert.Equal(["区自然资源局", "区行政审批局", "区生态环境分局"], nine.LeadUnits);

        var last = soil[13];
        Assert.Equal("（五）严格监管执法", last.Category);
        Assert.StartsWith("开展专项执法行动。依据《中华人民共和国土壤污染防治法》", last.Text);
        Assert.EndsWith("配合市生态环境局开展专项执法行动，严厉打击土壤环境违法行为。", last.Text);
        Assert.Equal(["区自然资源局", "区生态环境分局"], last.LeadUnits);
        Assert.Null(last.Deadline);
        Assert.Equal(320, last.Source.Line);
    }

    [Fact]
    public void Water_and_soil_stated_targets()
    {
        var water = Data.Indicators.Where(i => i.PlanId == Water).ToList();
        Assert.Equal(["集中式饮用水水源水质达到或优于Ⅲ类比例", "地表水省考断面", "市考断面", "黑臭水体消除比例"], water.Select(i => i.Name));
        Assert.All(water, i => Assert.Equal(("主要目标", 188), (i.Category, i.Source.Line)));
        Assert.Empty(water[0].Targets);
        var missing = Assert.Single(Findings(FindingKind.Damaged, "没有写目标值"));
        Assert.Equal(188, missing.Source.Line);
        Assert.Equal(new TargetValue(2023, TargetKind.WaterClass, 3, "达到Ⅲ类水质"), water[1].Targets[0]);
        Assert.Equal(new TargetValue(2023, TargetKind.WaterClass, 5, "达到Ⅴ类水质"), water[2].Targets[0]);
        Assert.Equal(new TargetValue(2023, TargetKind.HigherLevelReference, null, "完成市定年度目标"), water[3].Targets[0]);

        var soil = Assert.Single(Data.Indicators, i => i.PlanId == Soil);
        Assert.Equal(("工作目标", "受污染耕地安全利用率", 274), (soil.Category, soil.Name, soil.Source.Line));
        Assert.Equal(new TargetValue(2023, TargetKind.HigherLevelReference, null, "达到国家和省级、市级考核要求"), soil.Targets[0]);
    }

    [Fact]
    public void Section_targets_and_their_conflict_with_the_text()
    {
        var s = Data.SectionTargets;
        Assert.Equal(["白水河", "洞头", "金匠桥"], s.Select(x => x.Section));
        Assert.Equal(new TargetValue(2023, TargetKind.HigherLevelReference, null, "完成省定目标"), s[0].Target);
        Assert.Equal(("城区", "省考", 1, 255), (s[0].County, s[0].Assessment, s[0].Seq, s[0].Source.Line));
        Assert.Equal(new TargetValue(2023, TargetKind.WaterClass, 5, "V类"), s[1].Target);
        Assert.Equal(("市考", 256), (s[1].Assessment, s[1].Source.Line));
        Assert.Equal(("市考", 257, "3"), (s[2].Assessment, s[2].Source.Line, s[2].Source.Row));

        var conflict = Assert.Single(Findings(FindingKind.Ambiguous, "两处表述不一致"));
        Assert.Equal(255, conflict.Source.Line);
        Assert.Contains("Ⅲ类水质", conflict.Message);
    }

    [Fact]
    public void Key_projects_field_by_field()
    {
        var p = Data.Projects;
        Assert.All(p, x => Assert.Equal((Water, "水生态环境保护重点工程", 2023, 2023), (x.PlanId, x.Category, x.PeriodFrom, x.PeriodTo)));
        Assert.All(p, x => Assert.Null(x.Investment));
        Assert.All(p, x => Assert.Null(x.SubCategory));
        Assert.Equal("白水河人工湿地及中水资源再利用项目的 30%工程量", p[0].Name);
        Assert.Equal("区生态环境分局 晋城市凤禹排水有限公司 相关镇（街道）", p[0].LeadUnit);
        Assert.Equal("2023 年 12 月", p[0].PeriodText);
        Assert.Equal(new EcoGov.Core.Provenance("002", "晋城市城区 2023 年水生态环境保护重点工程", 264, "1"), p[0].Source);
        Assert.Equal("晋普山煤矿新建 5000m³ 矿井水污水处理站", p[1].Name);
        Assert.Equal("2023 年 10 月", p[1].PeriodText);
        Assert.Equal(("晋普山煤矿 3500m³ 矿井水污水处理系统深度处理工程", "山西省晋城晋普山煤业有限责任公司", "2023 年 5 月", 266),
            (p[2].Name, p[2].LeadUnit, p[2].PeriodText, p[2].Source.Line));
    }

    [Fact]
    public void Unit_names_spelt_two_ways_are_flagged()
    {
        var units = Findings(FindingKind.Ambiguous, "单位名称");
        Assert.Equal(4, units.Count);
        Assert.Contains(units, f => f.Message.Contains("“区城管局”", StringComparison.Ordinal) && f.Message.Contains("“区城市管理局”", StringComparison.Ordinal));
        Assert.Contains(units, f => f.Message.Contains("“区发改局”", StringComparison.Ordinal) && f.Message.Contains("“区发改（能源）局”", StringComparison.Ordinal));
        Assert.Contains(units, f => f.Message.Contains("“晋城市凤禹排水有限公司”", StringComparison.Ordinal) && f.Message.Contains("“晋城市凤禹排水有限责任公司”", StringComparison.Ordinal));
        Assert.Contains(units, f => f.Message.Contains("全角/半角", StringComparison.Ordinal) && f.Source.Line == 140);
        Assert.DoesNotContain(units, f => f.Message.Contains("各相关", StringComparison.Ordinal));
    }

    [Fact]
    public void Every_provenance_points_at_the_line_where_its_record_starts()
    {
        static void Check(EcoGov.Core.Provenance p, string expectedInLine)
        {
            Assert.Equal("002", p.Document);
            Assert.False(string.IsNullOrWhiteSpace(p.Section));
            Assert.Contains(expectedInLine.Replace(" ", ""), Norm(p.Line).Replace(" ", ""));
        }
        foreach (var p in Data.Plans) Check(p.Source, p.Title);
        foreach (var t in Data.AirTargets)
        {
            Check(t.Source, t.Source.Row!);
            Assert.StartsWith(t.Source.Row! + "\t", Text.Line(t.Source.Line));
        }
        foreach (var t in Data.Tasks.Where(t => t.PlanId == Air && !t.FromProse)) Check(t.Source, t.Text);
        foreach (var t in Data.Tasks.Where(t => t.PlanId == Air && t.FromProse)) Check(t.Source, t.Text[..12]);
        foreach (var t in Data.Tasks.Where(t => t.PlanId != Air)) Check(t.Source, $"{t.Seq}.{t.Text[..8]}");
        foreach (var i in Data.Indicators.Where(i => i.PlanId == Air)) Check(i.Source, i.Targets[0].Text);
        foreach (var i in Data.Indicators.Where(i => i.PlanId != Air)) Check(i.Source, i.Name);
        foreach (var s in Data.SectionTargets) Check(s.Source, s.Section);
        foreach (var p in Data.Projects) Check(p.Source, p.Name[..8]);
        foreach (var f in Data.Findings)
        {
            Assert.Equal("002", f.Source.Document);
            Assert.False(string.IsNullOrWhiteSpace(f.Source.Section));
            Assert.InRange(f.Source.Line, 1, Text.Lines.Count);
            Assert.False(string.IsNullOrWhiteSpace(f.Message));
        }
    }

    [Fact]
    public void Seed_json_round_trips()
    {
        var back = SeedJson.Deserialize(SeedJson.Serialize(Data));
        Assert.Equal(Data.Tasks.Count, back.Tasks.Count);
        Assert.Equal(Data.AirTargets[^1], back.AirTargets[^1]);
        Assert.Equal(Data.Findings.Count, back.Findings.Count);
    }
}
