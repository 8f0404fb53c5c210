using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace EcoGov.Reports.Word;

/// <summary>
/// The Word building blocks the reports share: styles (a CJK body font, headings), paragraphs, bordered tables with a
/// shaded header row repeated on every page, and A4 pages with the margins of GB/T 9704 (公文格式).
/// </summary>
/// <summary>The head of an official document: 发文机关, 文号, 标题, 成文日期; <paramref name="Note"/> a grey line above it (e.g. 草稿).</summary>
public sealed record OfficialHead(string Office, string Number, string Title, DateOnly Date, string? Note = null);

public static class WordParts
{
    /// <summary>Default styles: <paramref name="body"/> for Chinese text (Times New Roman for Latin), 12 pt; Heading1/Heading2 in <paramref name="heading"/>.</summary>
    public static void AddStyles(MainDocumentPart main, string body, string heading)
    {
        var styles = main.AddNewPart<StyleDefinitionsPart>();
        styles.Styles = new Styles(
            new DocDefaults(
                new RunPropertiesDefault(new RunPropertiesBaseStyle(
                    new RunFonts { Ascii = "Times New Roman", HighAnsi = "Times New Roman", EastAsia = body },
                    new FontSize { Val = "24" }, new Languages { Val = "en-US", EastAsia = "zh-CN" })),
                new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(new SpacingBetweenLines { After = "60", Line = "300", LineRule = LineSpacingRuleValues.Auto }))),
            new Style(new StyleName { Val = "Normal" }) { Type = StyleValues.Paragraph, StyleId = "Normal", Default = true },
            HeadingStyle("Heading1", "heading 1", 30, 0, heading),
            HeadingStyle("Heading2", "heading 2", 26, 1, heading));
        styles.Styles.Save();
    }

    private static Style HeadingStyle(string id, string name, int size, int level, string font) =>
        new(new StyleName { Val = name }, new BasedOn { Val = "Normal" }, new NextParagraphStyle { Val = "Normal" },
            new StyleParagraphProperties(new KeepNext(), new SpacingBetweenLines { Before = "240", After = "120" }, new OutlineLevel { Val = level }),
            new StyleRunProperties(new RunFonts { EastAsia = font, Ascii = "Arial", HighAnsi = "Arial" }, new Bold(), new FontSize { Val = size.ToString(CultureInfo.InvariantCulture) }))
        { Type = StyleValues.Paragraph, StyleId = id };

    /// <summary>仿宋 for the body of an official document (GB/T 9704 7.1: 3号仿宋), 黑体 for its headings, 宋体 for its title.</summary>
    public const string OfficialBody = "仿宋", OfficialHeading = "黑体", OfficialTitle = "宋体";

    /// <summary>
    /// An official document (公文) on A4 with the GB/T 9704 margins and fonts (<see cref="OfficialBody"/> with a Latin
    /// fallback, <see cref="OfficialHeading"/>): the issuing office in red, its number, the title, then what
    /// <paramref name="build"/> appends, then the office and the date at the foot. Written whole to <paramref name="output"/>.
    /// </summary>
    public static void WriteOfficialDocument(Stream output, OfficialHead head, Action<Body> build, int footSize = 28)
    {
        using var ms = new MemoryStream();
        using (var doc = WordprocessingDocument.Create(ms, WordprocessingDocumentType.Document))
        {
            var main = doc.AddMainDocumentPart();
            main.Document = new Document(new Body());
            AddStyles(main, OfficialBody, OfficialHeading);
            var body = main.Document.Body!;
            if (head.Note is { } note) body.Append(Para(note, size: 24, right: true, color: "808080"));
            body.Append(Para(head.Office, size: 36, center: true, color: "C00000", bold: true, font: OfficialTitle));
            body.Append(Para(head.Number, size: 28, center: true, after: 240));
            body.Append(Para(head.Title, size: 36, bold: true, center: true, font: OfficialTitle, after: 240));
            build(body);
            body.Append(Para(head.Office, size: footSize, right: true, before: 480));
            body.Append(Para(ChineseDate(head.Date), size: footSize, right: true));
            body.Append(A4());
            main.Document.Save();
        }
        ms.Position = 0;
        ms.CopyTo(output);
    }

    /// <summary>A date as official documents write it (2023年6月30日), in the Gregorian calendar whatever the server's culture.</summary>
    public static string ChineseDate(DateOnly date) => date.ToString("yyyy年M月d日", CultureInfo.InvariantCulture);

    /// <summary>A4 portrait with the GB/T 9704 margins (top 37 mm, bottom 35 mm, left 28 mm, right 26 mm); append last to the body.</summary>
    public static SectionProperties A4() => new(
        new PageSize { Width = 11906U, Height = 16838U },
        new PageMargin { Top = 2098, Bottom = 1984, Left = 1588U, Right = 1474U, Header = 851U, Footer = 992U, Gutter = 0U });

    public static Paragraph Heading(string text, int level = 1) =>
        new(new ParagraphProperties(new ParagraphStyleId { Val = level == 1 ? "Heading1" : "Heading2" }), new Run(new Text(text)));

    /// <summary>A paragraph; line breaks in <paramref name="text"/> become breaks. Sizes in half-points.</summary>
    public static Paragraph Para(string text, int size = 24, bool bold = false, string? font = null, bool center = false, string? color = null,
        int after = 60, int before = 0, bool right = false)
    {
        var rp = new RunProperties();
        if (font is not null) rp.Append(new RunFonts { EastAsia = font });
        if (bold) rp.Append(new Bold());
        if (color is not null) rp.Append(new Color { Val = color });
        rp.Append(new FontSize { Val = size.ToString(CultureInfo.InvariantCulture) });
        var pp = new ParagraphProperties(new SpacingBetweenLines { After = after.ToString(CultureInfo.InvariantCulture), Before = before.ToString(CultureInfo.InvariantCulture) });
        if (center) pp.Append(new Justification { Val = JustificationValues.Center });
        else if (right) pp.Append(new Justification { Val = JustificationValues.Right });
        var p = new Paragraph(pp);
        var lines = text.Split('\n');
        var run = new Run(rp);
        for (var i = 0; i < lines.Length; i++)
        {
            if (i > 0) run.Append(new Break());
            run.Append(new Text(lines[i]) { Space = SpaceProcessingModeValues.Preserve });
        }
        p.Append(run);
        return p;
    }

    /// <summary>
    /// A full-width table with fixed column widths (twips); <paramref name="colour"/> gives a cell's text colour (bold
    /// when coloured) from its row and column.
    /// </summary>
    public static Table Table(string[] header, IReadOnlyList<string[]> rows, int[] widths, int fontSize = 20,
        bool headerRow = true, bool boldFirstColumn = false, Func<string[], int, string?>? colour = null)
    {
        var t = new Table();
        var border = () => new TableBorders(
            new TopBorder { Val = BorderValues.Single, Size = 6 }, new LeftBorder { Val = BorderValues.Single, Size = 6 },
            new BottomBorder { Val = BorderValues.Single, Size = 6 }, new RightBorder { Val = BorderValues.Single, Size = 6 },
            new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4 }, new InsideVerticalBorder { Val = BorderValues.Single, Size = 4 });
        t.Append(new TableProperties(new TableWidth { Width = "5000", Type = TableWidthUnitValues.Pct }, border(),
            new TableLayout { Type = TableLayoutValues.Fixed }, new TableCellMarginDefault(
                new TopMargin { Width = "40", Type = TableWidthUnitValues.Dxa }, new TableCellLeftMargin { Width = 80, Type = TableWidthValues.Dxa },
                new BottomMargin { Width = "40", Type = TableWidthUnitValues.Dxa }, new TableCellRightMargin { Width = 80, Type = TableWidthValues.Dxa })));
        t.Append(new TableGrid(widths.Select(w => new GridColumn { Width = w.ToString(CultureInfo.InvariantCulture) })));
        if (headerRow)
            t.Append(Row(header, widths, fontSize, bold: _ => true, shade: "D9E2F3", isHeader: true));
        foreach (var r in rows)
            t.Append(Row(r, widths, fontSize, bold: i => boldFirstColumn && i == 0, shade: null, isHeader: false,
                colour: colour is null ? null : i => colour(r, i)));
        return t;
    }

    private static TableRow Row(string[] cells, int[] widths, int fontSize, Func<int, bool> bold, string? shade, bool isHeader, Func<int, string?>? colour = null)
    {
        var row = new TableRow();
        if (isHeader) row.Append(new TableRowProperties(new TableHeader(), new CantSplit()));
        for (var i = 0; i < cells.Length; i++)
        {
            var tcp = new TableCellProperties(new TableCellWidth { Width = widths[i].ToString(CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa });
            if (shade is not null) tcp.Append(new Shading { Val = ShadingPatternValues.Clear, Fill = shade, Color = "auto" });
            var p = Para(cells[i], size: fontSize, bold: bold(i) || colour?.Invoke(i) is not null, color: colour?.Invoke(i), after: 0);
            row.Append(new TableCell(tcp, p));
        }
        return row;
    }
}
