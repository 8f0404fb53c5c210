using EcoGov.Core.Indicators;
using EcoGov.Core.Supervision;

namespace EcoGov.Documents.Seeds;

/// <summary>
/// 001, issue 9: the yearly dispatch of 第十四章第四节 严格目标考核 and the targets the plan states only in its
/// sentences (not in 表2), each found by its printed words; their category is the section (节) that states them.
/// </summary>
internal static class Doc001Supervision
{
    private const string Plan = Doc001JinchengFyp14Extractor.Plan14Id;

    public static readonly IReadOnlyList<SeedProse.RuleSpec> Rules =
    [
        new(Plan, "第四节 严格目标考核", "(?<t>对规划实施情况进行年度调度、中期评估和末期考核)", null, SupervisionFrequency.Yearly, [], []),
    ];

    public static readonly IReadOnlyList<SeedProse.IndicatorSpec> Indicators =
    [
        new(Plan, "第二节 加快推动能源结构调整", "第二节 加快推动能源结构调整", "全市新能源总装机容量", "万千瓦",
            "到2025年底，全市新能源总装机容量实现翻番，(?<t>达到400万千瓦以上)", 2025, TargetKind.AtLeast, 400),
        new(Plan, "第二节 加快推动能源结构调整", "第二节 加快推动能源结构调整", "城乡居民生活气化率", "%",
            "到2025年年底城乡居民生活气化率(?<t>达到95%)", 2025, TargetKind.AtLeast, 95),
        new(Plan, "第三节 深入推进绿色低碳产业发展", "第三节 深入推进绿色低碳产业发展", "全市煤炭先进产能占比", "%",
            "到2025年全市煤炭先进产能占比(?<t>提高到80%以上)", 2025, TargetKind.AtLeast, 80),
        new(Plan, "第一节 加大水资源管控力度", "第一节 加大水资源管控力度", "沁河张峰水库出口断面生态流量", "m³/s",
            @"确保沁河张峰水库出口断面流量(?<t>不低于\$1\.0[^$]*\$)", null, TargetKind.AtLeast, 1.0),
        new(Plan, "第一节 加大水资源管控力度", "第一节 加大水资源管控力度", "润城断面生态流量", "m³/s",
            @"润城断面流量(?<t>不低于\$1\.5[^$]*\$)", null, TargetKind.AtLeast, 1.5),
        new(Plan, "第二节 深入推进水污染防治", "第二节 深入推进水污染防治", "畜禽养殖场粪污综合利用率", "%",
            "实现畜禽养殖场粪污综合利用率(?<t>达到80%以上)", 2025, TargetKind.AtLeast, 80),
        new(Plan, "第三节 加快推进生活垃圾分类收集与处置", "第三节 加快推进生活垃圾分类收集与处置", "生活垃圾无害化处理率", "%",
            "到2023年，基本建成生活垃圾分类[^。]*，生活垃圾无害化处理率(?<t>达到100%)", 2023, TargetKind.AtLeast, 100),
        new(Plan, "第三节 加快推进生活垃圾分类收集与处置", "第三节 加快推进生活垃圾分类收集与处置", "生活垃圾资源回收利用率", "%",
            "生活垃圾无害化处理率达到100%，资源回收利用率(?<t>达到35%)", 2023, TargetKind.AtLeast, 35),
        new(Plan, "第三节 加快推进生活垃圾分类收集与处置", "第三节 加快推进生活垃圾分类收集与处置", "农村生活垃圾收运处置体系覆盖的自然村比例", "%",
            "到2025年底前，全市农村生活垃圾收运处置体系覆盖的自然村比例(?<t>达到98%)", 2025, TargetKind.AtLeast, 98),
    ];
}
