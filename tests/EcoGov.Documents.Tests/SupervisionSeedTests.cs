using EcoGov.Core;
using EcoGov.Core.Indicators;
using EcoGov.Core.Plans;
using EcoGov.Core.Supervision;
using EcoGov.Core.Tasks;
using EcoGov.Core.Text;
using EcoGov.Documents.Seeds;

namespace EcoGov.Documents.Tests;

/// <summary>
/// Issue 9 item 1: the supervision rules and what the plans state beyond their tables, field by field against the
/// documents, with the lines the issue names checked in the text itself.
/// </summary>
public class SupervisionSeedTests
{
    private const string Air = Doc002ChengquActionPlansExtractor.AirPlanId;
    private const string Water = Doc002ChengquActionPlansExtractor.WaterPlanId;
    private const string Soil = Doc002ChengquActionPlansExtractor.SoilPlanId;

    private static readonly Lazy<(SeedText Text, SeedDocumentData Data)> D001 = new(() => Load("001"));
    private static readonly Lazy<(SeedText Text, SeedDocumentData Data)> D002 = new(() => Load("002"));
    private static readonly Lazy<(SeedText Text, SeedDocumentData Data)> D003 = new(() => Load("003"));
    private static readonly Lazy<(SeedText Text, SeedDocumentData Data)> D004 = new(() => Load("004"));

    private static (SeedText, SeedDocumentData) Load(string id)
    {
        var text = SeedFiles.Load(id);
        return (text, SeedExtractors.For(id)!.Extract(text));
    }

    /// <summary>Line <paramref name="n"/> as the extractors compare it: without bookmarks, normalized, without spaces.</summary>
    private static string Flat(SeedText text, int n) =>
        TextNormalizer.Normalize(SeedText.StripBookmarks(text.Line(n))).Replace(" ", "");

    private static string Flat(string s) => TextNormalizer.Normalize(s).Replace(" ", "");

    private static void On(SeedText text, Provenance source, int line, string words)
    {
        Assert.Equal(text.Id, source.Document);
        Assert.Equal(line, source.Line);
        Assert.Contains(Flat(words), Flat(text, line));
    }

    // ---- rules ----

    [Fact]
    public void Air_plan_dispatches_monthly_and_writes_its_triggers_on_line_110()
    {
        var (text, data) = D002.Value;
        var rule = Assert.Single(data.SupervisionRules, r => r.PlanId == Air);
        Assert.Equal("区生态环境保护委员会办公室", rule.Dispatcher);
        Assert.Equal(SupervisionFrequency.Monthly, rule.Frequency);
        Assert.Empty(rule.Receivers); // 通报 to no named body
        Assert.EndsWith("每月调度通报重点任务进展情况", rule.Text);
        Assert.Equal("（一）加强组织领导", rule.Source.Section);
        On(text, rule.Source, 96, rule.Text);

        Assert.Equal(
            [SupervisionLevel.WarningLetter, SupervisionLevel.Interview, SupervisionLevel.SpecialInspection,
                SupervisionLevel.ListedSupervision, SupervisionLevel.Accountability],
            rule.Triggers.Select(t => t.Level));
        Assert.All(rule.Triggers, t => On(text, t.Source, 110, t.Condition + (t.Level == SupervisionLevel.Accountability ? "" : "的")));
        Assert.All(rule.Triggers, t => Assert.Equal("（四）严格监督考核", t.Source.Section));
        var warning = rule.Triggers[0];
        Assert.Equal("环境空气质量改善幅度未达到序时进度、重点工作任务推进不力、工作滞后", warning.Condition);
        Assert.Equal("及时下发预警函", warning.Action);
        var interview = rule.Triggers[1];
        Assert.Equal("重点任务进展严重滞后、环境空气质量持续恶化、大气环境问题突出、未完成空气质量改善目标任务、中央生态环境保护督察反馈问题整改不力", interview.Condition);
        Assert.Equal("组织开展约谈或专项督察、挂牌督办", interview.Action);
        Assert.Equal(interview with { Level = SupervisionLevel.SpecialInspection }, rule.Triggers[2]);
        Assert.Equal(interview with { Level = SupervisionLevel.ListedSupervision }, rule.Triggers[3]);
        Assert.Equal(("情节严重的", "依法依规对相关责任人进行严肃问责"), (rule.Triggers[4].Condition, rule.Triggers[4].Action));
    }

    [Fact]
    public void Soil_plan_triggers_interviews_supervision_and_accountability_on_line_343()
    {
        var (text, data) = D002.Value;
        var rule = Assert.Single(data.SupervisionRules, r => r.PlanId == Soil);
        Assert.Null(rule.Dispatcher);
        Assert.Null(rule.Frequency);
        Assert.Equal("（四）强化目标考核", rule.Source.Section);
        Assert.Equal("（四）强化目标考核", Flat(text, 341));
        On(text, rule.Source, 343, rule.Text);
        Assert.Equal([SupervisionLevel.Interview, SupervisionLevel.ListedSupervision, SupervisionLevel.Accountability], rule.Triggers.Select(t => t.Level));
        Assert.All(rule.Triggers, t => On(text, t.Source, 343, t.Condition));
        Assert.All(rule.Triggers, t => Assert.StartsWith("未完成约束性考核指标、重点任务进展严重滞后、土壤环境问题突出", t.Condition));
        Assert.All(rule.Triggers, t => Assert.EndsWith("的行业主管部门和镇（街道）", t.Condition));
        Assert.Equal(["按程序实施约谈或督办", "按程序实施约谈或督办", "依法依规追究相关人员责任"], rule.Triggers.Select(t => t.Action));
    }

    [Fact]
    public void Water_plan_and_004_state_no_rule()
    {
        Assert.DoesNotContain(D002.Value.Data.SupervisionRules, r => r.PlanId == Water);
        Assert.Empty(D004.Value.Data.SupervisionRules);
    }

    [Fact]
    public void Plan_001_dispatches_yearly_on_line_689()
    {
        var (text, data) = D001.Value;
        var rule = Assert.Single(data.SupervisionRules);
        Assert.Equal(Doc001JinchengFyp14Extractor.Plan14Id, rule.PlanId);
        Assert.Equal("对规划实施情况进行年度调度、中期评估和末期考核", rule.Text);
        Assert.Equal(SupervisionFrequency.Yearly, rule.Frequency);
        Assert.Null(rule.Dispatcher);
        Assert.Empty(rule.Triggers);
        Assert.Equal("第四节 严格目标考核", rule.Source.Section);
        On(text, rule.Source, 689, rule.Text);
    }

    [Fact]
    public void Plan_003_publishes_yearly_targets_line_96_and_reports_periodically_line_102()
    {
        var (text, data) = D003.Value;
        Assert.Equal(2, data.SupervisionRules.Count);
        var yearly = data.SupervisionRules[0];
        Assert.Equal(("区政府", SupervisionFrequency.Yearly), (yearly.Dispatcher, yearly.Frequency));
        Assert.Equal("制定并公布生态环境保护重点任务和年度目标", yearly.Text);
        On(text, yearly.Source, 96, "区政府做好组织领导");
        On(text, yearly.Source, 96, yearly.Text);
        var periodic = data.SupervisionRules[1];
        Assert.Equal(((string?)null, SupervisionFrequency.Periodic), (periodic.Dispatcher, periodic.Frequency));
        Assert.Equal("（四）重视监管评估，推动规划落实", periodic.Source.Section);
        On(text, periodic.Source, 102, periodic.Text);
    }

    // ---- 002 air measures without a ledger row, units named only in the measures ----

    [Fact]
    public void Air_measures_without_a_ledger_row_are_tasks_35_to_38_from_the_prose()
    {
        var (text, data) = D002.Value;
        var prose = data.Tasks.Where(t => t.PlanId == Air && t.FromProse).ToList();
        Assert.Equal([35, 36, 37, 38], prose.Select(t => t.Seq));
        Assert.Equal(["5", "5", "12", "17"], prose.Select(t => t.Source.Row));
        Assert.Equal([50, 50, 72, 88], prose.Select(t => t.Source.Line));
        Assert.All(prose, t => Assert.Equal("三、重点任务", t.Source.Section));
        Assert.All(prose, t => On(text, t.Source, t.Source.Line, t.Text[..15]));
        Assert.All(prose, t => Assert.Equal(["区生态环境分局"], t.LeadUnits));
        Assert.All(prose, t => Assert.Null(t.Deadline));
        Assert.All(prose, t => Assert.Contains($"正文第{t.Source.Row}条措施", t.Notes));
        Assert.Equal("实现35蒸吨/小时以下燃煤锅炉动态清零。", prose[0].Text);
        Assert.StartsWith("燃气锅炉（包括直燃机）全部完成低氮改造", prose[1].Text);
        Assert.Contains("大宗货物清洁运输比例达到100%", prose[2].Text);
        Assert.Equal("三、深入推进交通结构优化", prose[2].Category);
        // measure 17 runs over lines 88–90 (a page break after 加大监督帮扶)
        Assert.StartsWith("完善重污染天气应对机制。", prose[3].Text);
        Assert.EndsWith("加大监督帮扶力度，确保各项应急管控措施落实到位。", prose[3].Text);
        Assert.StartsWith("力度，确保各项应急管控措施落实到位。", Flat(text, 90));
        Assert.Equal("五、提升能力建设，协同推进应急减排与长效减排", prose[3].Category);
        // the ledger has no row for them
        Assert.DoesNotContain(data.Tasks, t => t.PlanId == Air && !t.FromProse && (t.Text.Contains("蒸吨", StringComparison.Ordinal)
            || t.Text.Contains("低氮", StringComparison.Ordinal) || t.Text.Contains("清洁运输", StringComparison.Ordinal) || t.Text.Contains("重污染天气", StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData(9, "各镇（街道）", 58, "7")]
    [InlineData(16, "区交通局", 64, "9")]
    [InlineData(31, "区生态环境分局", 80, "14")]
    [InlineData(33, "区商务局", 86, "16")]
    public void Units_named_only_in_the_measures_are_added_to_their_ledger_rows(int seq, string unit, int line, string measure)
    {
        var (text, data) = D002.Value;
        var addition = Assert.Single(data.TaskUnitAdditions, a => a.TaskSeq == seq);
        Assert.Equal((Air, unit, measure), (addition.PlanId, addition.Unit, addition.Source.Row));
        On(text, addition.Source, line, "责任单位");
        Assert.Contains(unit, Flat(text, line)[Flat(text, line).IndexOf("责任单位", StringComparison.Ordinal)..]);
        var row = data.Tasks.Single(t => t.PlanId == Air && t.Seq == seq && !t.FromProse);
        Assert.DoesNotContain(unit, row.LeadUnits);
    }

    // ---- recurring duties and milestones ----

    [Theory]
    [InlineData(Air, 15, "每月完成定点优质型煤供应企业抽检全覆盖", RecurrenceFrequency.Monthly, 155)]
    [InlineData(Water, 11, "按月对入河排污口水质开展监测", RecurrenceFrequency.Monthly, 222)]
    [InlineData(Soil, 9, "每季度调度分析辖区内重点建设用地安全利用情况", RecurrenceFrequency.Quarterly, 304)]
    [InlineData(Soil, 11, "每季度对下达资金项目进行跟踪调度", RecurrenceFrequency.Quarterly, 312)]
    public void Recurring_duties_inside_task_texts(string plan, int seq, string clause, RecurrenceFrequency frequency, int line)
    {
        var (text, data) = D002.Value;
        var duty = Assert.Single(data.TaskDuties, d => d.PlanId == plan && d.TaskSeq == seq);
        Assert.Equal((clause, frequency), (duty.Text, duty.Frequency));
        On(text, duty.Source, line, clause);
        Assert.Contains(clause, data.Tasks.Single(t => t.PlanId == plan && t.Seq == seq).Text);
    }

    [Fact]
    public void Two_milestone_deadlines_read_as_two_milestones()
    {
        var data = D002.Value.Data;
        var issued = new DeadlineReadingOptions(IssuedOn: new DateOnly(2023, 5, 31));
        var r20 = DeadlineReader.Read(data.Tasks.Single(t => t.PlanId == Air && t.Seq == 20).Deadline!.Text, issued);
        Assert.Equal([new DateOnly(2023, 4, 1), new DateOnly(2025, 1, 1)], r20.Milestones.Select(m => m.From!.Value));
        var r22 = DeadlineReader.Read(data.Tasks.Single(t => t.PlanId == Air && t.Seq == 22).Deadline!.Text, issued);
        Assert.Equal([new DateOnly(2023, 5, 1), new DateOnly(2023, 9, 1)], r22.Milestones.Select(m => m.From!.Value));
    }

    [Theory]
    [InlineData(1, "2023 年 12 月", 2023, 12, 31, 264)]
    [InlineData(2, "2023 年 10 月", 2023, 10, 31, 265)]
    [InlineData(3, "2023 年 5 月", 2023, 5, 31, 266)]
    public void Water_key_projects_are_due_at_the_end_of_their_month(int seq, string printed, int y, int m, int d, int line)
    {
        var (text, data) = D002.Value;
        var p = data.Projects.Single(p => p.Seq == seq);
        Assert.Equal(printed, p.PeriodText);
        Assert.Equal(new DateOnly(y, m, d), p.Due);
        Assert.Equal(line, p.Source.Line);
        Assert.EndsWith(printed, text.Line(line).TrimEnd('\t'));
    }

    // ---- indicators stated only in prose ----

    [Theory]
    [InlineData("全市新能源总装机容量", 238, "达到400万千瓦以上", 400, 2025, "万千瓦")]
    [InlineData("城乡居民生活气化率", 242, "达到95%", 95, 2025, "%")]
    [InlineData("全市煤炭先进产能占比", 246, "提高到80%以上", 80, 2025, "%")]
    [InlineData("沁河张峰水库出口断面生态流量", 328, "不低于$1.0\\text{m}^3/\\text{s}$", 1.0, null, "m³/s")]
    [InlineData("润城断面生态流量", 328, "不低于$1.5\\text{m}^3/\\text{s}$", 1.5, null, "m³/s")]
    [InlineData("畜禽养殖场粪污综合利用率", 358, "达到80%以上", 80, 2025, "%")]
    [InlineData("生活垃圾无害化处理率", 432, "达到100%", 100, 2023, "%")]
    [InlineData("生活垃圾资源回收利用率", 432, "达到35%", 35, 2023, "%")]
    [InlineData("农村生活垃圾收运处置体系覆盖的自然村比例", 432, "达到98%", 98, 2025, "%")]
    public void Plan_001_targets_stated_in_sentences(string name, int line, string printed, double value, int? year, string unit)
    {
        var (text, data) = D001.Value;
        var i = Assert.Single(data.Indicators, i => i.Name == name);
        Assert.True(i.FromProse);
        Assert.Equal(Doc001JinchengFyp14Extractor.Plan14Id, i.PlanId);
        Assert.InRange(i.Seq, 24, 32); // after 表2's 23 rows
        Assert.Equal(unit, i.Unit);
        Assert.Equal(new TargetValue(year, TargetKind.AtLeast, value, printed), Assert.Single(i.Targets));
        Assert.Null(i.Baseline);
        Assert.Equal(line, i.Source.Line);
        Assert.Equal(i.Category, i.Source.Section);
        // the target is printed on the line (246's wraps onto 248: "…占比提高" / "到80%以上")
        var flat = line == 246 ? Flat(text, 246) + Flat(text, 248) : Flat(text, line);
        Assert.Contains(printed, flat);
        Assert.Contains(name.Replace("生态流量", "", StringComparison.Ordinal).Replace("生活垃圾资源", "资源", StringComparison.Ordinal), flat);
    }

    [Fact]
    public void Plan_003_sweeping_rate_line_43_and_yearly_duty_line_47()
    {
        var (text, data) = D003.Value;
        var i = Assert.Single(data.Indicators, i => i.FromProse);
        Assert.Equal(("中心城区硬化道路可机械化清扫率", "%", 21), (i.Name, i.Unit, i.Seq));
        Assert.Equal(new TargetValue(null, TargetKind.AtLeast, 75, "稳定达到75%以上"), Assert.Single(i.Targets));
        On(text, i.Source, 43, "中心城区硬化道路可机械化清扫率稳定达到75%以上");

        var task = Assert.Single(data.Tasks);
        Assert.True(task.FromProse);
        Assert.Equal("每年9月底前，完成应急减排措施清单修订工作", task.Text);
        Assert.Equal(new DeadlinePhrase("每年9月底前", DeadlineKind.RecurringYearly, Month: 9), task.Deadline);
        Assert.Empty(task.LeadUnits);
        On(text, task.Source, 47, task.Text);
    }

    [Fact]
    public void Air_plan_binding_indicator_line_30()
    {
        var (text, data) = D002.Value;
        var i = Assert.Single(data.Indicators, i => i.PlanId == Air && i.Binding == IndicatorAttribute.Binding);
        Assert.Equal(8, i.Seq);
        Assert.True(i.FromProse);
        Assert.Equal("约束性指标", i.Category);
        var t = Assert.Single(i.Targets);
        Assert.Equal((TargetKind.HigherLevelReference, 2023), (t.Kind, t.Year));
        Assert.Contains("完成市下达", t.Text);
        On(text, i.Source, 30, t.Text);
    }

    // ---- unit names ----

    [Fact]
    public void Unit_names_of_the_tasks_are_normalised_and_the_printed_variants_still_reported()
    {
        var data = D002.Value.Data;
        var units = data.Tasks.SelectMany(t => t.LeadUnits.Concat(t.CooperatingUnits)).Distinct().ToList();
        Assert.All(units, u => Assert.Equal(DepartmentNames.Normalize(u), u));
        Assert.DoesNotContain("区发改(能源)局", units);
        Assert.Contains("区发改（能源）局", units);
        Assert.Single(data.Findings, f => f.Message.Contains("全角/半角", StringComparison.Ordinal));
    }
}
