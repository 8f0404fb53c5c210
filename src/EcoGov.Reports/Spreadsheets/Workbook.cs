using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace EcoGov.Reports.Spreadsheets;

/// <summary>One worksheet: a name, a header row, rows of strings and numbers (null: no cell at all).</summary>
public sealed record Sheet(string Name, string[] Header, IReadOnlyList<object?[]> Rows);

/// <summary>
/// A plain .xlsx (OpenXml): one sheet per <see cref="Sheet"/>, the header bold and frozen, numbers as numbers, text as
/// inline strings, column widths from the content.
/// </summary>
public static class Workbook
{
    public static void Write(Stream output, IReadOnlyList<Sheet> sheets)
    {
        using var ms = new MemoryStream();
        using (var doc = SpreadsheetDocument.Create(ms, SpreadsheetDocumentType.Workbook))
        {
            var book = doc.AddWorkbookPart();
            book.Workbook = new DocumentFormat.OpenXml.Spreadsheet.Workbook();
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
            foreach (var sheet in sheets)
            {
                var part = book.AddNewPart<WorksheetPart>();
                var data = new SheetData();
                data.Append(Row(1, sheet.Header.Cast<object?>().ToArray(), header: true));
                var r = 2U;
                foreach (var row in sheet.Rows) data.Append(Row(r++, row, header: false));
                var widths = Enumerable.Range(0, sheet.Header.Length).Select(i => Math.Clamp(
                    sheet.Rows.Select(x => Width(x[i])).Append(Width(sheet.Header[i])).Max(), 6, 60)).ToList();
                part.Worksheet = new Worksheet(
                    new SheetViews(new SheetView(new Pane { VerticalSplit = 1D, TopLeftCell = "A2", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen }) { WorkbookViewId = 0U }),
                    new Columns(widths.Select((w, i) => new Column { Min = (uint)i + 1, Max = (uint)i + 1, Width = w, CustomWidth = true })),
                    data);
                list.Append(new DocumentFormat.OpenXml.Spreadsheet.Sheet { Id = book.GetIdOfPart(part), SheetId = id++, Name = sheet.Name });
            }
            book.Workbook.Save();
        }
        ms.Position = 0;
        ms.CopyTo(output);
    }

    private static double Width(object? value) =>
        (value?.ToString() ?? "").Sum(c => c > 0x2E80 ? 2.1 : 1.1) + 2;

    private static Row Row(uint index, object?[] values, bool header)
    {
        var row = new Row { RowIndex = index };
        for (var i = 0; i < values.Length; i++)
        {
            if (values[i] is null) continue;
            var reference = Column(i) + index.ToString(CultureInfo.InvariantCulture);
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

    private static string Column(int i) => i < 26 ? ((char)('A' + i)).ToString() : $"{(char)('A' + i / 26 - 1)}{(char)('A' + i % 26)}";
}
