using System.Globalization;
using EcoGov.Core;
using EcoGov.Core.Indicators;
using EcoGov.Core.Plans;
using EcoGov.Core.Supervision;
using EcoGov.Core.Tasks;
using EcoGov.Core.Text;
using static EcoGov.Documents.Seeds.Doc002ChengquActionPlansExtractor;

namespace EcoGov.Documents.Seeds;

/// <summary>
/// 002, issue 9: the supervision rules of the air and soil plans (保障措施), the air plan's measures that have no
/// ledger row and the responsible units its measures name that their ledger rows leave out, and the binding
/// indicator stated only in a sentence (二、主要目标 (一)).
/// </summary>
internal static class Doc002Supervision
{
    /// <summary>The air plan's numbered measures are under this heading; the ledger is 附件2.</summary>
    private const string MeasuresSection = "三、重点任务";

    public static readonly IReadOnlyList<SeedProse.RuleSpec> Rules =
    [
        new(AirPlanId, "（一）加强组织领导",
            "(?<t>区生态环境保护委员会办公室要[^。]*每月调度通报重点任务进展情况)",
            "区生态环境保护委员会办公室", SupervisionFrequency.Monthly, [],
            [
                new("（四）严格监督考核", "对(?<c>[^；。]+?)的(?<a>及时下发预警函)", SupervisionLevel.WarningLetter),
                new("（四）严格监督考核", "；对(?<c>[^；。]+?)的，(?<a>组织开展约谈或专项督察、挂牌督办)",
                    SupervisionLevel.Interview, SupervisionLevel.SpecialInspection, SupervisionLevel.ListedSupervision),
                new("（四）严格监督考核", "(?<c>情节严重的)(?<a>依法依规对相关责任人进行严肃问责)", SupervisionLevel.Accountability),
            ]),
        new(SoilPlanId, "（四）强化目标考核",
            "(?<t>加强对土壤污染防治工作的考核，对[^。]*依法依规追究相关人员责任)",
            null, null, [],
            [
                new("（四）强化目标考核", "对(?<c>未完成约束性考核指标[^；。]+?)，(?<a>按程序实施约谈或督办)",
                    SupervisionLevel.Interview, SupervisionLevel.ListedSupervision),
                new("（四）强化目标考核", "对(?<c>未完成约束性考核指标[^；。]+?)，按程序实施约谈或督办，(?<a>依法依规追究相关人员责任)",
                    SupervisionLevel.Accountability),
            ]),
    ];

    public static readonly IReadOnlyList<SeedProse.IndicatorSpec> Indicators =
    [
        new(AirPlanId, "二、主要目标", "约束性指标", "环境空气质量和大气主要污染物排放总量年度约束性指标", null,
            "约束性指标。(?<t>坚决完成市下达我区的环境空气质量和大气主要污染物排放总量年度约束性指标)",
            2023, TargetKind.HigherLevelReference, null, IndicatorAttribute.Binding),
    ];

    /// <summary>A requirement of a numbered measure (its words as printed) that no ledger row carries.</summary>
    private sealed record MeasureWithoutRow(int Measure, string Words, string LedgerCategory);

    private static readonly MeasureWithoutRow[] WithoutRow =
    [
        new(5, "实现35蒸吨/小时以下燃煤锅炉动态清零。", "一、产业结构优化调整"),
        new(5, "燃气锅炉（包括直燃机）全部完成低氮改造，加强低氮燃烧系统运行维护，推动取消烟气再循环系统开关阀；确有必要保留的，可通过设置电动阀、气动阀或铅封等方式加强监管。", "一、产业结构优化调整"),
        new(12, "原则上冶铸、水泥行业以及年货运量150万吨以上的工矿企业大宗货物清洁运输比例达到100%，公路运输部分优先采用新能源车辆（包括氢能、甲醇汽车）。", "三、深入推进交通结构优化"),
        new(17, "完善重污染天气应对机制。依法依规开展重污染天气应对，实施绩效分级差异化管控，坚决完成秋冬防各项指标任务。根据绩效评估动态调整结果，科学修订重污染天气应急减排清单，秋冬季重点工业企业实施差异化错峰生产。及时准确把握环境空气质量和气象条件的变化情况，加强重污染天气预报、预警工作。重污染天气应急响应（不利气象条件应对）期间，加大监督帮扶力度，确保各项应急管控措施落实到位。", "五、提升能力建设，协同推进应急减排与长效减排"),
    ];

    /// <summary>A unit a measure's 〔责任单位〕 names for the work of a ledger row that leaves it out.</summary>
    private sealed record UnitForRow(int Measure, int LedgerSeq, string Unit);

    private static readonly UnitForRow[] UnitsForRows =
    [
        new(7, 9, "各镇（街道）"),     // 清洁取暖改造 (line 58); row 9 names 区发改（能源）局 only
        new(9, 16, "区交通局"),        // 铁路专用线台账 (line 64)
        new(14, 31, "区生态环境分局"), // 秸秆禁烧 (line 80); row 31 names the towns only
        new(16, 33, "区商务局"),       // 错时生产、错时加油 (line 86)
    ];

    public const string ProseTaskNote = "正文第{0}条措施所写、附件2台账无对应行的要求 (stated in measure {0} of the plan's text; no ledger row)";

    /// <summary>
    /// The air plan's measures (三、重点任务, 1–17) read like the water and soil tasks, for their words and
    /// 〔责任单位〕; findings of this reading are not kept (the ledger is the air plan's task list).
    /// </summary>
    private static IReadOnlyList<PlanTask> Measures(Doc002Context doc, Doc002Range air, string title) =>
        Doc002Tasks.ReadNumbered(new Doc002Context(doc.Text, 2023), AirPlanId, title, air);

    /// <summary>New ledger rows (序号 after the ledger's last, <see cref="PlanTask.FromProse"/>) for the requirements no row carries.</summary>
    public static IReadOnlyList<PlanTask> ProseTasks(Doc002Context doc, Doc002Range air, string title, IReadOnlyList<PlanTask> ledger)
    {
        var measures = Measures(doc, air, title);
        var tasks = new List<PlanTask>();
        int seq = ledger.Where(t => t.PlanId == AirPlanId).Select(t => t.Seq).DefaultIfEmpty(0).Max();
        foreach (var w in WithoutRow)
        {
            var measure = measures.FirstOrDefault(m => m.Seq == w.Measure);
            var found = measure is null ? null
                : SeedProse.Find(doc.Text, SeedProse.Pattern(System.Text.RegularExpressions.Regex.Escape(w.Words.Replace(" ", ""))), measure.Source.Line);
            if (measure is null || found is null || !measure.Text.Replace(" ", "").Contains(w.Words.Replace(" ", ""), StringComparison.Ordinal))
            {
                doc.Add(FindingKind.Damaged, $"正文第{w.Measure}条措施中未找到“{UserTextShort(w.Words)}”，未作为任务提取。",
                    doc.At(MeasuresSection, measure?.Source.Line ?? air.First, w.Measure.ToString(CultureInfo.InvariantCulture)));
                continue;
            }
            var text = TextNormalizer.Normalize(w.Words);
            tasks.Add(new PlanTask(AirPlanId, ++seq, w.LedgerCategory, text,
                measure.LeadUnits.Select(DepartmentNames.Normalize).ToList(), measure.CooperatingUnits.Select(DepartmentNames.Normalize).ToList(),
                null, string.Format(CultureInfo.InvariantCulture, ProseTaskNote, w.Measure),
                doc.At(MeasuresSection, found.Value.Line, w.Measure.ToString(CultureInfo.InvariantCulture)), FromProse: true));
        }
        return tasks;
    }

    /// <summary>The units a measure names that its ledger row leaves out, each with the line of the measure's 〔责任单位〕 that names it.</summary>
    public static IReadOnlyList<TaskUnitAddition> UnitAdditions(Doc002Context doc, Doc002Range air, string title, IReadOnlyList<PlanTask> ledger)
    {
        var measures = Measures(doc, air, title);
        var additions = new List<TaskUnitAddition>();
        foreach (var u in UnitsForRows)
        {
            var measure = measures.FirstOrDefault(m => m.Seq == u.Measure);
            var row = ledger.FirstOrDefault(t => t.PlanId == AirPlanId && t.Seq == u.LedgerSeq && !t.FromProse);
            var unit = DepartmentNames.Normalize(u.Unit);
            bool named = measure is not null && measure.LeadUnits.Concat(measure.CooperatingUnits).Any(x => DepartmentNames.Same(x, unit));
            bool inRow = row is not null && row.LeadUnits.Concat(row.CooperatingUnits).Any(x => DepartmentNames.Same(x, unit));
            if (!named || row is null || inRow)
            {
                doc.Add(FindingKind.Damaged, $"正文第{u.Measure}条措施与台账第{u.LedgerSeq}项的责任单位“{unit}”核对不符（措施未写明或台账已有），未作补充。",
                    doc.At(MeasuresSection, measure?.Source.Line ?? air.First, u.Measure.ToString(CultureInfo.InvariantCulture)));
                continue;
            }
            var line = BracketLine(doc.Text, measure!.Source.Line, air.Last, u.Unit);
            additions.Add(new TaskUnitAddition(AirPlanId, u.LedgerSeq, unit, doc.At(MeasuresSection, line, u.Measure.ToString(CultureInfo.InvariantCulture))));
        }
        return additions;
    }

    /// <summary>The first line from the measure's start whose 〔责任单位：…〕 names the unit.</summary>
    private static int BracketLine(SeedText text, int from, int last, string unit)
    {
        for (int n = from; n <= last; n++)
        {
            var flat = SeedProse.Flat(text, n);
            int bracket = flat.IndexOf("责任单位", StringComparison.Ordinal);
            if (bracket >= 0 && flat.IndexOf(unit, bracket, StringComparison.Ordinal) > bracket) return n;
        }
        return from;
    }

    private static string UserTextShort(string s) => s.Length <= 20 ? s : s[..20] + "…";
}
