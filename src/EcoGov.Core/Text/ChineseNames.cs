using EcoGov.Core.Indicators;
using EcoGov.Core.Plans;
using EcoGov.Core.Tasks;
using EcoGov.Core.Zoning;

namespace EcoGov.Core.Text;

/// <summary>Chinese names of the domain's enumerations, as the web app and the CLI show them.</summary>
public static class ChineseNames
{
    public static string Kind(PlanKind k) => k switch
    {
        PlanKind.FiveYearPlan => "五年规划",
        PlanKind.SpecialPlan => "专项规划",
        PlanKind.AnnualActionPlan => "年度行动计划",
        PlanKind.ZoningResult => "分区管控成果",
        _ => k.ToString(),
    };

    public static string Target(TargetKind k) => k switch
    {
        TargetKind.Number => "数值",
        TargetKind.AtLeast => "下限",
        TargetKind.AtMost => "上限",
        TargetKind.RelativeDecrease => "较基准下降",
        TargetKind.RelativeIncrease => "较基准提高",
        TargetKind.Qualitative => "定性",
        TargetKind.HigherLevelReference => "上级下达（待定）",
        TargetKind.WaterClass => "水质类别",
        _ => k.ToString(),
    };

    public static string Deadline(DeadlineKind k) => k switch
    {
        DeadlineKind.DueBy => "限期",
        DeadlineKind.From => "起执行",
        DeadlineKind.Window => "时段",
        DeadlineKind.Ongoing => "长期",
        DeadlineKind.BeforeHeatingSeason => "采暖季前",
        DeadlineKind.RecurringYearly => "每年",
        DeadlineKind.RecurringMonthly => "每月",
        DeadlineKind.RecurringQuarterly => "每季度",
        DeadlineKind.YearRange => "年度区间",
        DeadlineKind.Unparsed => "未识别",
        _ => k.ToString(),
    };

    /// <summary>The contract kinds of the `deadline` command.</summary>
    public static string Deadline(DeadlineForm f) => f switch
    {
        DeadlineForm.By => "限期",
        DeadlineForm.From => "起执行",
        DeadlineForm.Window => "时段",
        DeadlineForm.Ongoing => "长期",
        DeadlineForm.Recurring => "定期",
        DeadlineForm.Period => "年度区间",
        DeadlineForm.Anchored => "采暖季前",
        DeadlineForm.Unparsed => "未识别",
        _ => f.ToString(),
    };

    public static string Level(AccessListLevel l) => l switch
    {
        AccessListLevel.Province => "省级总体管控要求",
        AccessListLevel.KeyRegion => "重点区域/流域总体管控要求",
        AccessListLevel.City => "市级总体管控要求",
        AccessListLevel.Unit => "单元管控要求",
        _ => l.ToString(),
    };

    public static string Finding(FindingKind k) => k switch
    {
        FindingKind.Damaged => "文档损坏",
        FindingKind.Inconsistent => "前后不一致",
        FindingKind.Ambiguous => "有歧义",
        FindingKind.Duplicated => "重复",
        FindingKind.Unparsed => "无法解析",
        _ => k.ToString(),
    };
}
