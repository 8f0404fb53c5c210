using EcoGov.Core;
using EcoGov.Core.Indicators;
using EcoGov.Core.Projects;
using EcoGov.Core.Tasks;

namespace EcoGov.Core.Plans;

/// <summary>
/// 规划工作簿 one plan as a workbook: its header and the five kinds of records a plan holds as data (docs/plan-workbook.md).
/// Every record carries the provenance it was read with (for an import: the import's document id, the sheet, the row).
/// </summary>
public sealed record PlanWorkbookContent(
    Plan Plan,
    IReadOnlyList<Indicator> Indicators,
    IReadOnlyList<PlanTask> Tasks,
    IReadOnlyList<KeyProject> Projects,
    IReadOnlyList<MonthlyAirTarget> AirTargets,
    IReadOnlyList<WaterSectionTarget> SectionTargets);

/// <summary>
/// The template's sheets and columns, and the Chinese names of the kinds its cells take — the one description that the
/// writer, the reader and the 说明 sheet share.
/// </summary>
public static class PlanWorkbookLayout
{
    public const string ReadmeSheet = "说明";
    public const string PlanSheet = "规划";
    public const string IndicatorSheet = "指标";
    public const string TargetSheet = "指标目标";
    public const string TaskSheet = "任务";
    public const string ProjectSheet = "工程";
    public const string AirSheet = "月度目标";
    public const string SectionSheet = "断面目标";

    /// <summary>An upload larger than this is refused before it is opened.</summary>
    public const long MaxFileBytes = 20L * 1024 * 1024;

    /// <summary>Data rows per sheet; a real plan has a few hundred at most.</summary>
    public const int MaxRowsPerSheet = 10_000;

    /// <summary>A column of a sheet: its header, whether a row must fill it, and what it holds (for the 说明 sheet).</summary>
    public sealed record Column(string Header, bool Required, string Help);

    // 规划 sheet: one row per field (项目 | 内容).
    public const string PlanKeyHeader = "项目";
    public const string PlanValueHeader = "内容";
    public const string PlanId = "规划编号";
    public const string PlanTitle = "规划名称";
    public const string PlanJurisdiction = "行政区划代码";
    public const string PlanKindField = "规划类型";
    public const string PlanDocNumber = "文号";
    public const string PlanIssued = "印发日期";
    public const string PlanPeriodStart = "规划期起始年";
    public const string PlanPeriodEnd = "规划期终止年";
    public const string PlanBaseYear = "基准年";

    public static IReadOnlyList<Column> PlanFields { get; } =
    [
        new(PlanId, true, "规划的唯一编号：小写字母、数字和连字符，3–64 个字符，如 chengqu-2024-air；已存在的编号须加 --replace（网页上勾选“替换”）才会替换其内容"),
        new(PlanTitle, true, "规划全称，如 晋城市城区空气质量再提升 2024 年行动计划"),
        new(PlanJurisdiction, true, "6 位行政区划代码（GB/T 2260），须为平台已收录的行政区，如 140502"),
        new(PlanKindField, true, "五年规划、专项规划、年度行动计划、分区管控成果 之一"),
        new(PlanDocNumber, false, "文号，如 城政办发〔2024〕1号；没有（如征求意见稿）则留空"),
        new(PlanIssued, false, "印发日期，yyyy-MM-dd，如 2024-03-31"),
        new(PlanPeriodStart, false, "规划期起始年，如 2024"),
        new(PlanPeriodEnd, false, "规划期终止年，不早于起始年"),
        new(PlanBaseYear, false, "基准年，如 2023"),
    ];

    public static IReadOnlyList<Column> IndicatorColumns { get; } =
    [
        new("序号", true, "指标序号（正整数），在本规划内唯一；指标目标表按此引用"),
        new("类别", false, "指标类别，照原文，如 环境质量"),
        new("指标名称", true, "照原文，如 PM2.5平均浓度"),
        new("单位", false, "如 %、微克/立方米"),
        new("指标属性", false, "约束性 或 预期性；原表无属性列则留空"),
        new("基准年", false, "基准值的年份"),
        new("基准值原文", false, "基准值照原文，如 63、--；留空表示没有基准值"),
        new("基准数值", false, "基准值的数值（用于计算）；原文不是数（如 --）则留空"),
        new("基准值单位", false, "基准值自带、与指标单位不同的单位；通常留空"),
        new("来自正文", false, "是：取自规划正文的句子而非指标表；否或留空：取自指标表"),
    ];

    public static IReadOnlyList<Column> TargetColumns { get; } =
    [
        new("指标序号", true, "指标表中的序号"),
        new("种类", true, "目标（规划目标值）或 现状（已印出的某年实际值）"),
        new("年份", false, "目标年或现状年；现状必填；原表未写年份的目标留空"),
        new("原文", true, "照原文，如 ≥95、力争降到 36、完成市下达指标、Ⅲ类"),
        new("目标类型", false, "数值、不低于、不高于、比基准下降、比基准提高、定性、上级下达、水质类别 之一；留空则由原文识别。现状行留空"),
        new("数值", false, "目标或现状的数值；目标类型为数值、不低于、不高于、比基准下降、比基准提高时必填，水质类别填 1–6（6 为劣Ⅴ类），定性、上级下达留空"),
        new("单位", false, "现状值自带、与指标单位不同的单位；目标行留空"),
    ];

    public static IReadOnlyList<Column> TaskColumns { get; } =
    [
        new("序号", true, "任务序号（正整数），在本规划内唯一；进度填报按此引用"),
        new("任务类别", false, "照原文，如 一、产业结构优化调整"),
        new("任务内容", true, "照原文"),
        new("牵头单位", false, "多个单位用顿号“、”分隔，按原文顺序"),
        new("配合单位", false, "多个单位用顿号“、”分隔"),
        new("完成时限", false, "照原文，如 2024年6月底前、长期坚持、每年9月底前；留空表示未写时限"),
        new("时限类型", false, "截止、起始、时段、长期坚持、采暖季前、每年、年份区间、每月、每季度、无法解析 之一；留空则由完成时限原文识别（年度计划按规划年份补全缺少年份的时限）"),
        new("开始日期", false, "时限的开始日，yyyy-MM-dd（起始、时段、年份区间）"),
        new("截止日期", false, "时限的截止日，yyyy-MM-dd（截止、时段、年份区间）"),
        new("时限年份", false, "采暖季前的年份"),
        new("时限月份", false, "每年的月份（1–12）"),
        new("备注", false, "照原文"),
        new("来自正文", false, "是：取自规划正文而非任务台账；否或留空：取自台账"),
    ];

    public static IReadOnlyList<Column> ProjectColumns { get; } =
    [
        new("序号", true, "工程序号（正整数），在本规划内唯一"),
        new("类别", false, "照原文，如 大气环境质量改善"),
        new("子类", false, "项目别/子类，原表没有则留空"),
        new("工程名称", false, "照原文；原表该行名称缺损的留空"),
        new("建设内容", false, "照原文"),
        new("起始年", false, "实施起始年"),
        new("终止年", false, "实施终止年，不早于起始年"),
        new("实施时间", false, "照原文，如 2022-2025、2023 年 12 月"),
        new("投资估算（亿元）", false, "以亿元计的数；未列投资则留空"),
        new("牵头单位", false, "牵头单位或责任主体，照原文"),
        new("完成日期", false, "实施时间写到月份时的完成日，yyyy-MM-dd"),
    ];

    public static IReadOnlyList<Column> AirColumns { get; } =
    [
        new("污染物", true, "SO2、NO2、PM10、CO、O3、PM2.5 之一"),
        new("年份", true, "目标年"),
        new("月份", false, "1–12；全年目标填“全年”或留空"),
        new("目标值", true, "浓度目标"),
        new("同期年份", true, "对照的上一年"),
        new("同期值", false, "上一年同期浓度；未列则留空"),
        new("单位", true, "μg/m³，CO 为 mg/m³"),
    ];

    public static IReadOnlyList<Column> SectionColumns { get; } =
    [
        new("序号", true, "断面序号（正整数），在本规划内唯一"),
        new("县区", true, "断面所在县（市、区）"),
        new("断面名称", true, "如 白水河"),
        new("目标年份", false, "目标年"),
        new("目标原文", true, "照原文，如 Ⅲ类、完成省定目标"),
        new("目标类型", false, "同指标目标表；留空则由原文识别"),
        new("数值", false, "同指标目标表；水质类别填 1–6"),
        new("考核级别", false, "如 国考、省考、市考"),
    ];

    /// <summary>The data sheets in workbook order with their columns.</summary>
    public static IReadOnlyList<(string Sheet, IReadOnlyList<Column> Columns, string Help)> DataSheets { get; } =
    [
        (IndicatorSheet, IndicatorColumns, "每行一个指标"),
        (TargetSheet, TargetColumns, "每行一个目标值或现状值，按行的先后排列；一个指标可有多行（如 2025 年和 2035 年）"),
        (TaskSheet, TaskColumns, "每行一项任务（台账一行）"),
        (ProjectSheet, ProjectColumns, "每行一项重点工程"),
        (AirSheet, AirColumns, "每行一个污染物一个月（或全年）的空气质量目标"),
        (SectionSheet, SectionColumns, "每行一个断面的水质目标"),
    ];

    public static string PlanKindName(PlanKind kind) => kind switch
    {
        PlanKind.FiveYearPlan => "五年规划",
        PlanKind.SpecialPlan => "专项规划",
        PlanKind.AnnualActionPlan => "年度行动计划",
        PlanKind.ZoningResult => "分区管控成果",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    public static string TargetKindName(TargetKind kind) => kind switch
    {
        TargetKind.Number => "数值",
        TargetKind.AtLeast => "不低于",
        TargetKind.AtMost => "不高于",
        TargetKind.RelativeDecrease => "比基准下降",
        TargetKind.RelativeIncrease => "比基准提高",
        TargetKind.Qualitative => "定性",
        TargetKind.HigherLevelReference => "上级下达",
        TargetKind.WaterClass => "水质类别",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    public static string AttributeName(IndicatorAttribute a) => a == IndicatorAttribute.Binding ? "约束性" : "预期性";

    public static string DeadlineKindName(DeadlineKind kind) => kind switch
    {
        DeadlineKind.DueBy => "截止",
        DeadlineKind.From => "起始",
        DeadlineKind.Window => "时段",
        DeadlineKind.Ongoing => "长期坚持",
        DeadlineKind.BeforeHeatingSeason => "采暖季前",
        DeadlineKind.RecurringYearly => "每年",
        DeadlineKind.YearRange => "年份区间",
        DeadlineKind.Unparsed => "无法解析",
        DeadlineKind.RecurringMonthly => "每月",
        DeadlineKind.RecurringQuarterly => "每季度",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    public static readonly string[] Pollutants = ["SO2", "NO2", "PM10", "CO", "O3", "PM2.5"];

    public const string TargetRow = "目标";
    public const string ObservedRow = "现状";
    public const string Yes = "是";
    public const string No = "否";
    public const string WholeYear = "全年";

    /// <summary>The enum value whose Chinese name (or English name, any case) is <paramref name="text"/>.</summary>
    public static bool TryParseName<T>(string text, Func<T, string> name, out T value) where T : struct, Enum
    {
        foreach (var v in Enum.GetValues<T>())
            if (name(v) == text || string.Equals(v.ToString(), text, StringComparison.OrdinalIgnoreCase))
            {
                value = v;
                return true;
            }
        value = default;
        return false;
    }

    /// <summary>The allowed names of an enum, for messages and the 说明 sheet.</summary>
    public static string Names<T>(Func<T, string> name) where T : struct, Enum => string.Join("、", Enum.GetValues<T>().Select(name));

    /// <summary>The provenance an imported record carries: the import's document, the sheet, the row, and the row's 序号 when it has one.</summary>
    public static Provenance Source(string documentId, string sheet, int row, string? label = null) => new(documentId, sheet, row, label);
}
