using System.Globalization;
using EcoGov.Core;
using EcoGov.Core.Indicators;
using EcoGov.Core.Plans;
using EcoGov.Core.Supervision;
using EcoGov.Core.Tasks;
using EcoGov.Core.Text;

namespace EcoGov.Documents.Seeds;

/// <summary>
/// 003, issue 9: the yearly targets the district government publishes and the periodic progress reports of
/// 七、规划实施保障, the 机械化清扫率 target stated in a sentence, and the yearly duty "每年9月底前，完成应急减排措施
/// 清单修订工作" (the plan has no task list; this is its one dated duty in prose).
/// </summary>
internal static class Doc003Supervision
{
    private const string Plan = Doc003ShangdangSpecialPlanExtractor.PlanId;

    public static readonly IReadOnlyList<SeedProse.RuleSpec> Rules =
    [
        new(Plan, "（一）强化组织领导，落实主体责任", "区政府做好组织领导[^。]*。[^。]*(?<t>制定并公布生态环境保护重点任务和年度目标)",
            "区政府", SupervisionFrequency.Yearly, [], []),
        new(Plan, "（四）重视监管评估，推动规划落实", "(?<t>定期公布重点工程项目进展情况和规划目标完成情况。定期开展规划实施效果评估)",
            null, SupervisionFrequency.Periodic, [], []),
    ];

    public static readonly IReadOnlyList<SeedProse.IndicatorSpec> Indicators =
    [
        new(Plan, "4.强化中心城系统治理，推进精细化管控", "4.强化中心城系统治理，推进精细化管控", "中心城区硬化道路可机械化清扫率", "%",
            "中心城区硬化道路可机械化清扫率(?<t>稳定达到75%以上)", null, TargetKind.AtLeast, 75),
    ];

    private const string DutySection = "5.健全重污染天气预警机制，加强区域联防联控";
    private const string DutyPattern = "(?<t>(?<d>每年9月底前)，完成应急减排措施清单修订工作)";

    /// <summary>The yearly duty as a task (序号 1, <see cref="PlanTask.FromProse"/>; no unit is named for it).</summary>
    public static IReadOnlyList<PlanTask> ProseTasks(SeedText text, ICollection<SeedFinding> findings)
    {
        var heading = SeedProse.FindHeading(text, DutySection);
        var found = heading is null ? null : SeedProse.Find(text, SeedProse.Pattern(DutyPattern), heading.Value + 1);
        if (found is not { } f)
        {
            findings.Add(new SeedFinding(FindingKind.Damaged, $"“{DutySection}”中未找到“每年9月底前…应急减排措施清单修订”，未提取。",
                new Provenance(text.Id, DutySection, heading ?? 1)));
            return [];
        }
        var phrase = f.Match.Groups["d"].Value;
        return
        [
            new PlanTask(Plan, 1, DutySection, TextNormalizer.Normalize(f.Match.Groups["t"].Value), [], [], DeadlinePhrase.Parse(phrase),
                null, new Provenance(text.Id, DutySection, f.Line, 1.ToString(CultureInfo.InvariantCulture)), FromProse: true),
        ];
    }
}
