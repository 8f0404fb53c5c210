using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using EcoGov.Core.Indicators;
using EcoGov.Core.Tasks;
using static EcoGov.Ingest.Plans.PlanWorkbookLayout;

namespace EcoGov.Ingest.Plans;

/// <summary>
/// Writes a plan as the template workbook (docs/plan-workbook.md): 说明 (what each column holds and the values it allows),
/// 规划 (the header), 指标, 指标目标, 任务, 工程, 月度目标, 断面目标. Numbers are number cells, everything else text cells
/// (dates as yyyy-MM-dd text), so what <see cref="PlanWorkbookReader"/> reads back is what was written.
/// </summary>
public static class PlanWorkbookWriter
{
    public static void Write(Stream output, PlanWorkbookContent content)
    {
        var p = content.Plan;
        var sheets = new List<(string Name, string[] Header, List<object?[]> Rows)>
        {
            (ReadmeSheet, ["工作表", "列", "必填", "说明"], Readme()),
            (PlanSheet, [PlanKeyHeader, PlanValueHeader],
            [
                [PlanId, p.Id], [PlanTitle, p.Title], [PlanJurisdiction, p.JurisdictionCode], [PlanKindField, PlanKindName(p.Kind)],
                [PlanDocNumber, p.DocNumber], [PlanIssued, Date(p.Issued)], [PlanPeriodStart, p.PeriodStart], [PlanPeriodEnd, p.PeriodEnd],
                [PlanBaseYear, p.BaseYear],
            ]),
            (IndicatorSheet, Headers(IndicatorColumns), content.Indicators.Select(i => new object?[]
            {
                i.Seq, i.Category, i.Name, i.Unit, i.Binding is { } b ? AttributeName(b) : null,
                i.Baseline?.Year, i.Baseline?.Text, i.Baseline?.Value, i.Baseline?.Unit, i.FromProse ? Yes : null,
            }).ToList()),
            (TargetSheet, Headers(TargetColumns), content.Indicators.SelectMany(i =>
                i.Targets.Select(t => new object?[] { i.Seq, TargetRow, t.Year, t.Text, TargetKindName(t.Kind), t.Value, null })
                .Concat(i.Observed.Select(o => new object?[] { i.Seq, ObservedRow, o.Year, o.Text, null, o.Value, o.Unit }))).ToList()),
            (TaskSheet, Headers(TaskColumns), content.Tasks.Select(t => new object?[]
            {
                t.Seq, t.Category, t.Text, string.Join("、", t.LeadUnits), string.Join("、", t.CooperatingUnits),
                t.Deadline?.Text, t.Deadline is { } d ? DeadlineKindName(d.Kind) : null, Date(t.Deadline?.Start), Date(t.Deadline?.Due),
                t.Deadline?.Year, t.Deadline?.Month, t.Notes, t.FromProse ? Yes : null,
            }).ToList()),
            (ProjectSheet, Headers(ProjectColumns), content.Projects.Select(x => new object?[]
            {
                x.Seq, x.Category, x.SubCategory, x.Name, x.Content, x.PeriodFrom, x.PeriodTo, x.PeriodText, x.Investment, x.LeadUnit, Date(x.Due),
            }).ToList()),
            (AirSheet, Headers(AirColumns), content.AirTargets.Select(a => new object?[]
            {
                a.Pollutant, a.Year, a.Month is { } m ? m : WholeYear, a.Target, a.PreviousYear, a.PreviousYearValue, a.Unit,
            }).ToList()),
            (SectionSheet, Headers(SectionColumns), content.SectionTargets.Select(s => new object?[]
            {
                s.Seq, s.County, s.Section, s.Target.Year, s.Target.Text, TargetKindName(s.Target.Kind), s.Target.Value, s.Assessment,
            }).ToList()),
        };
        WriteSheets(output, sheets);
    }

    private static string[] Headers(IReadOnlyList<PlanWorkbookLayout.Column> columns) => [.. columns.Select(c => c.Header)];

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

    /// <summary>
    /// Sheets as given (a header row, then rows of strings, ints, doubles, decimals; null for an empty cell), in the
    /// template's style: for fixtures of the tests and for the writer itself.
    /// </summary>
    public static void WriteSheets(Stream output, IReadOnlyList<(string Name, string[] Header, List<object?[]> Rows)> sheets)
    {
        using var ms = new MemoryStream();
        using (var doc = SpreadsheetDocument.Create(ms, SpreadsheetDocumentType.Workbook))
        {
            var book = doc.AddWorkbookPart();
            book.Workbook = new Workbook();
            var styles = book.AddNewPart<WorkbookStylesPart>();
            styles.Stylesheet = new Stylesheet(
                new Fonts(new Font(new FontSize { Val = 11 }, new FontName { Val = "宋体" }),
                    new Font(new Bold(), new FontSize { Val = 11 }, new FontName { Val = "宋体" }))
                { Count = 2U },
                new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })) { Count = 2U },
                new Borders(new Border()) { Count = 1U },
                new CellFormats(new CellFormat(), new CellFormat { FontId = 1U, ApplyFont = true },
                    new CellFormat(new Alignment { WrapText = true, Vertical = VerticalAlignmentValues.Top }) { ApplyAlignment = true })
                { Count = 3U });
            styles.Stylesheet.Save();
            var list = book.Workbook.AppendChild(new Sheets());
            uint id = 1;
            foreach (var (name, header, rows) in sheets)
            {
                var part = book.AddNewPart<WorksheetPart>();
                var data = new SheetData();
                data.Append(Row(1, header, header: true));
                var r = 2U;
                foreach (var row in rows) data.Append(Row(r++, row, header: false));
                var widths = Enumerable.Range(0, header.Length).Select(i => Math.Clamp(
                    rows.Select(x => Width(x[i])).Append(Width(header[i])).Max(), 6, 60)).ToList();
                part.Worksheet = new Worksheet(
                    new SheetViews(new SheetView(new Pane { VerticalSplit = 1D, TopLeftCell = "A2", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen }) { WorkbookViewId = 0U }),
                    new Columns(widths.Select((w, i) => new DocumentFormat.OpenXml.Spreadsheet.Column { Min = (uint)i + 1, Max = (uint)i + 1, Width = w, CustomWidth = true })),
                    data);
                list.Append(new Sheet { Id = book.GetIdOfPart(part), SheetId = id++, Name = name });
            }
            book.Workbook.Save();
        }
        ms.Position = 0;
        ms.CopyTo(output);
    }

    private static double Width(object? value) => (value?.ToString() ?? "").Sum(c => c > 0x2E80 ? 2.1 : 1.1) + 2;

    private static Row Row(uint index, object?[] values, bool header)
    {
        var row = new Row { RowIndex = index };
        for (var i = 0; i < values.Length; i++)
        {
            if (values[i] is null || values[i] is string { Length: 0 }) continue;
            var reference = ColumnName(i) + index.ToString(CultureInfo.InvariantCulture);
            Cell cell = values[i] switch
            {
                int n => new Cell { CellReference = reference, DataType = CellValues.Number, CellValue = new CellValue(n) },
                double x => new Cell { CellReference = reference, DataType = CellValues.Number, CellValue = new CellValue(x.ToString("R", CultureInfo.InvariantCulture)) },
                decimal m => new Cell { CellReference = reference, DataType = CellValues.Number, CellValue = new CellValue(m.ToString(CultureInfo.InvariantCulture)) },
                var v => new Cell(new InlineString(new Text(v!.ToString() ?? "") { Space = SpaceProcessingModeValues.Preserve }))
                { CellReference = reference, DataType = CellValues.InlineString },
            };
            cell.StyleIndex = header ? 1U : values[i] is string ? 2U : 0U;
            row.Append(cell);
        }
        return row;
    }

    private static string ColumnName(int i) => Monitoring.MonitoringTableReader.ColumnName(i);
}
