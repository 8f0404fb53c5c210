using System.Globalization;
using EcoGov.Core.Indicators;
using EcoGov.Core.Plans;
using EcoGov.Core.Tasks;
using EcoGov.Reports.Spreadsheets;
using static EcoGov.Core.Plans.PlanWorkbookLayout;

namespace EcoGov.Reports.Plans;

/// <summary>
/// Writes a plan as the template workbook (docs/plan-workbook.md): 说明 (what each column holds and the values it allows),
/// 规划 (the header), 指标, 指标目标, 任务, 工程, 月度目标, 断面目标. Numbers are number cells, everything else text cells
/// (dates as yyyy-MM-dd text), so what the reader (<c>EcoGov.Ingest.Plans.PlanWorkbookReader</c>) reads back is what was written.
/// The layout both follow is <see cref="PlanWorkbookLayout"/>; the sheets are written by the one <see cref="Workbook"/> writer.
/// </summary>
public static class PlanWorkbookWriter
{
    public static void Write(Stream output, PlanWorkbookContent content)
    {
        var p = content.Plan;
        var sheets = new List<Sheet>
        {
            new(ReadmeSheet, ["工作表", "列", "必填", "说明"], Readme()),
            new(PlanSheet, [PlanKeyHeader, PlanValueHeader],
            [
                [PlanId, p.Id], [PlanTitle, p.Title], [PlanJurisdiction, p.JurisdictionCode], [PlanKindField, PlanKindName(p.Kind)],
                [PlanDocNumber, p.DocNumber], [PlanIssued, Date(p.Issued)], [PlanPeriodStart, p.PeriodStart], [PlanPeriodEnd, p.PeriodEnd],
                [PlanBaseYear, p.BaseYear],
            ]),
            new(IndicatorSheet, Headers(IndicatorColumns), content.Indicators.Select(i => new object?[]
            {
                i.Seq, i.Category, i.Name, i.Unit, i.Binding is { } b ? AttributeName(b) : null,
                i.Baseline?.Year, i.Baseline?.Text, i.Baseline?.Value, i.Baseline?.Unit, i.FromProse ? Yes : null,
            }).ToList()),
            new(TargetSheet, Headers(TargetColumns), content.Indicators.SelectMany(i =>
                i.Targets.Select(t => new object?[] { i.Seq, TargetRow, t.Year, t.Text, TargetKindName(t.Kind), t.Value, null })
                .Concat(i.Observed.Select(o => new object?[] { i.Seq, ObservedRow, o.Year, o.Text, null, o.Value, o.Unit }))).ToList()),
            new(TaskSheet, Headers(TaskColumns), content.Tasks.Select(t => new object?[]
            {
                t.Seq, t.Category, t.Text, string.Join("、", t.LeadUnits), string.Join("、", t.CooperatingUnits),
                t.Deadline?.Text, t.Deadline is { } d ? DeadlineKindName(d.Kind) : null, Date(t.Deadline?.Start), Date(t.Deadline?.Due),
                t.Deadline?.Year, t.Deadline?.Month, t.Notes, t.FromProse ? Yes : null,
            }).ToList()),
            new(ProjectSheet, Headers(ProjectColumns), content.Projects.Select(x => new object?[]
            {
                x.Seq, x.Category, x.SubCategory, x.Name, x.Content, x.PeriodFrom, x.PeriodTo, x.PeriodText, x.Investment, x.LeadUnit, Date(x.Due),
            }).ToList()),
            new(AirSheet, Headers(AirColumns), content.AirTargets.Select(a => new object?[]
            {
                a.Pollutant, a.Year, a.Month is { } m ? m : WholeYear, a.Target, a.PreviousYear, a.PreviousYearValue, a.Unit,
            }).ToList()),
            new(SectionSheet, Headers(SectionColumns), content.SectionTargets.Select(s => new object?[]
            {
                s.Seq, s.County, s.Section, s.Target.Year, s.Target.Text, TargetKindName(s.Target.Kind), s.Target.Value, s.Assessment,
            }).ToList()),
        };
        Workbook.Write(output, sheets);
    }

    private static string[] Headers(IReadOnlyList<Column> columns) => [.. columns.Select(c => c.Header)];

    private static string? Date(DateOnly? d) => d?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static List<object?[]> Readme()
    {
        var rows = new List<object?[]>
        {
            new object?[] { "（总则）", null, null, "本工作簿是一份规划的数据：规划表写规划本身，其余各表每行一条记录。第 1 行是表头，请勿改动表头；表可以为空（只留表头），不用的表也可以删除（规划表除外）。导入时逐行校验，列出所有错误（工作表、行、列、原因），有任何错误则什么也不保存。每条导入的记录都记下来源：导入的文件、工作表和行号。" },
            new object?[] { "（总则）", null, null, "数字用半角阿拉伯数字；日期写 yyyy-MM-dd（如 2024-06-30），也可以是 Excel 的日期单元格；“原文”各列照规划原文填写，平台不改写。" },
        };
        foreach (var f in PlanFields) rows.Add([PlanSheet, f.Header, f.Required ? Yes : null, f.Help]);
        foreach (var (sheet, columns, help) in DataSheets)
        {
            rows.Add([sheet, null, null, help]);
            foreach (var c in columns) rows.Add([sheet, c.Header, c.Required ? Yes : null, c.Help]);
        }
        return rows;
    }
}
