using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using EcoGov.Core.Zoning;
using EcoGov.Core.Zoning.Rules;
using EcoGov.Reports.Word;
using EcoGov.Spatial.Zoning.Assessment;
using A = DocumentFormat.OpenXml.Drawing;
using DW = DocumentFormat.OpenXml.Drawing.Wordprocessing;
using PIC = DocumentFormat.OpenXml.Drawing.Pictures;

namespace EcoGov.Reports.Zoning;

/// <summary>What the report says about the project besides the assessment itself.</summary>
/// <param name="ProjectName">项目名称.</param>
/// <param name="GeneratedAt">When the report was produced (China Standard Time is shown).</param>
public sealed record ReportOptions(string ProjectName, DateTimeOffset GeneratedAt, string? Applicant = null);

/// <summary>
/// 建设项目选址生态环境分区管控符合性预研判报告: the .docx an officer files — project facts, map figure, units,
/// layers, structured-rule verdicts, every applicable requirement grouped by level and category with verdict,
/// evidence and basis, the conclusion, the layer versions used and a disclaimer (预研判, not an approval).
/// </summary>
public static class AssessmentReport
{
    public const string Title = "建设项目选址生态环境分区管控符合性预研判报告";
    private const string Body = "宋体";
    private const string Heading = "黑体";

    public static void Save(string path, AssessmentResult result, ReportOptions options)
    {
        var tmp = path + ".tmp";
        using (var fs = File.Create(tmp)) Write(fs, result, options);
        File.Move(tmp, path, overwrite: true);
    }

    public static void Write(Stream output, AssessmentResult result, ReportOptions options)
    {
        using var ms = new MemoryStream();
        using (var doc = WordprocessingDocument.Create(ms, WordprocessingDocumentType.Document))
        {
            var main = doc.AddMainDocumentPart();
            main.Document = new Document(new DocumentFormat.OpenXml.Wordprocessing.Body());
            AddStyles(main);
            var body = main.Document.Body!;
            var c = CultureInfo.InvariantCulture;

            body.Append(Para(Title, size: 36, bold: true, font: Heading, center: true, after: 120));
            var cst = options.GeneratedAt.ToOffset(TimeSpan.FromHours(8));
            body.Append(Para($"生成时间：{cst.ToString("yyyy年M月d日 HH:mm", CultureInfo.InvariantCulture)}（北京时间）    研判日期：{WordParts.ChineseDate(result.Date)}    规则目录版本：{result.RulesVersion}", size: 20, center: true));
            if (result.UsesSyntheticData)
                body.Append(Para("注意：本报告所用图层含示意（合成）数据，仅供演示，不能作为选址依据。", size: 22, bold: true, color: "C00000", center: true));

            body.Append(H("一、项目基本情况"));
            var facts = result.Facts.Values.Count == 0 ? "未提供"
                : string.Join("；", result.Facts.Values.Select(kv => FactKinds.Find(kv.Key) is { } k ? $"{k.Name}：{ProjectFacts.Format(k, kv.Value)}" : $"{kv.Key}：{kv.Value}"));
            var size = result.Site.Kind switch
            {
                "面" => $"面，面积 {result.Site.Area.ToString("N1", c)} 平方米（{(result.Site.Area / 666.6667).ToString("N2", c)} 亩）",
                "线" => $"线，长度 {result.Site.Length.ToString("N1", c)} 米",
                _ => "点",
            };
            body.Append(KeyValueTable(
            [
                ("项目名称", options.ProjectName),
                ("建设单位", options.Applicant ?? "—"),
                ("行业类别（GB/T 4754-2017）", result.IndustryCode is null ? "未提供" : $"{result.IndustryCode} {result.IndustryName ?? ""}".Trim()),
                ("项目事实", facts),
                ("选址坐标系", $"{result.Site.SourceCrs}（计算投影：EPSG:{result.Site.FrameEpsg} CGCS2000 3度带高斯-克吕格）"),
                ("选址类型与规模", size),
                ("研判日期", result.Date.ToString("yyyy-MM-dd", c)),
            ]));

            body.Append(H("二、选址示意图"));
            var png = AssessmentMap.RenderPng(result);
            body.Append(Image(main, png, 16.0, 12.0));
            body.Append(Para("图1  拟建项目选址与环境管控单元位置关系示意图", size: 20, center: true, after: 120));

            body.Append(H("三、涉及的环境管控单元"));
            if (result.Units.Count == 0) body.Append(Para("选址未落入任何环境管控单元（图层范围之外），需人工核实。"));
            else
                body.Append(Table(["单元编码", "单元名称", "管控类别", "所在县（市、区）", "重叠面积（m²）/长度（m）", "占选址比例"],
                    [.. result.Units.Select(u => new[]
                    {
                        u.Code, u.Name ?? "", u.Class ?? "", u.CountyName ?? u.County ?? "",
                        result.Site.Kind switch { "面" => u.OverlapArea.ToString("N1", c), "线" => u.OverlapLength.ToString("N1", c) + " m", _ => "—（点）" },
                        u.Share.ToString("P1", c),
                    })], [2200, 2600, 1500, 1500, 1600, 1100]));

            body.Append(H("四、涉及的单独管理图层与规则相关要素"));
            if (result.Layers.Count == 0) body.Append(Para("在各规则所需的最大距离范围内未发现单独管理图层要素（或相应图层未提供，见第五节）。"));
            else
                body.Append(Table(["图层", "要素编号", "名称", "距离（m）", "重叠面积（m²）"],
                    [.. result.Layers.Select(l => new[] { l.LayerName, l.Id, l.Name ?? "", l.Distance.ToString("N1", c), l.OverlapArea > 0 ? l.OverlapArea.ToString("N1", c) : "—" })],
                    [2400, 1800, 2400, 1700, 2200]));

            body.Append(H("五、结构化规则研判"));
            body.Append(Table(["规则", "依据", "结论", "证据"],
                [.. result.Rules.Select(r => new[] { r.Rule.Description, AssessmentDto.Cite(r.Rule.Source), RuleVerdicts.Label(r.Verdict), r.Evidence })],
                [2600, 2400, 1200, 4300], verdictColumn: 2));

            body.Append(H("六、适用的生态环境准入要求"));
            body.Append(Para("按“省级—重点区域（流域）—市级—单元”四个层级和四类管控要求逐条列出；“人工判断”表示该条为文字要求，需审查人员对照项目逐条判断。", size: 21));
            var n = 0;
            foreach (var level in result.Requirements.GroupBy(r => r.Requirement.Level))
            {
                n++;
                body.Append(H($"（{ToChineseNumber(n)}）{AssessmentDto.LevelName(level.Key)}", 2));
                foreach (var cat in level.GroupBy(r => (r.Requirement.Category, r.Requirement.Subcategory)))
                {
                    var category = AccessListCategories.Name(cat.Key.Category);
                    body.Append(Para(cat.Key.Subcategory is { } sub ? $"{category}——{sub}" : category, bold: true, size: 22, before: 120));
                    body.Append(Table(["序号", "要求", "研判结论", "证据", "主要依据"],
                        [.. cat.Select(r => new[]
                        {
                            (r.Requirement.UnitCode is { } u ? u + " " : "") + r.Requirement.Seq.ToString(c), r.Requirement.Text, RuleVerdicts.Label(r.Verdict), r.Evidence, r.Requirement.Basis,
                        })], [700, 4300, 1100, 2300, 2100], verdictColumn: 2, fontSize: 18));
                }
            }

            body.Append(H("七、研判结论"));
            body.Append(Para($"总体结论：{AssessmentConclusions.Label(result.Conclusion)}", size: 28, bold: true, font: Heading,
                color: result.Conclusion switch { AssessmentConclusion.NonCompliant => "C00000", AssessmentConclusion.Conditional => "B36B00", _ => "2E7D32" }));
            body.Append(Para(result.ConclusionText.Format(EcoGov.Core.Text.Message.Chinese)));
            foreach (var w in result.Warnings) body.Append(Para("提示：" + w.Format(EcoGov.Core.Text.Message.Chinese), size: 21, color: "7F6000"));

            body.Append(H("八、所用图层版本"));
            body.Append(Table(["图层", "版本", "生效日期", "来源文件", "要素数", "示意数据"],
                [.. result.Versions.Select(v => new[]
                {
                    ZoningLayerKinds.Find(v.Layer)?.Name ?? v.Layer, $"第{v.Version}版（ID {v.Id}）", v.EffectiveFrom.ToString("yyyy-MM-dd", c), v.SourceName,
                    v.FeatureCount.ToString(c), v.Synthetic ? "是" : "否",
                })], [2200, 1600, 1500, 2600, 1100, 1100]));

            body.Append(H("九、说明"));
            foreach (var line in new[]
            {
                "1. 本报告为生态环境分区管控符合性预研判（智能研判）结果，仅供项目前期选址参考，不是行政审批、环评批复或任何许可决定，不替代法定程序。",
                "2. 结构化规则仅覆盖可由机器判断的部分要求；标注“人工判断”的文字要求须由审查人员逐条判断。“需满足条件”表示须提交相应证明材料，或因图层、事实缺失需人工核实。",
                "3. 距离和面积在 CGCS2000 3度带高斯-克吕格投影中计算；“N米范围内”含N米本身，“N米以上”指不小于N米。GCJ-02 坐标经迭代反算，残差约1米。",
                "4. 研判结果取决于所用图层版本（见第八节）；管控单元及准入清单动态更新后应重新研判。",
            }) body.Append(Para(line, size: 21));

            body.Append(new SectionProperties(
                new PageSize { Width = 11906, Height = 16838 },
                new PageMargin { Top = 1440, Bottom = 1440, Left = 1418, Right = 1418, Header = 851, Footer = 992, Gutter = 0 }));
            main.Document.Save();
        }
        ms.Position = 0;
        ms.CopyTo(output);
    }

    private static string ToChineseNumber(int n) => n switch { 1 => "一", 2 => "二", 3 => "三", 4 => "四", 5 => "五", _ => n.ToString(CultureInfo.InvariantCulture) };

    private static Table KeyValueTable(IReadOnlyList<(string Key, string Value)> rows) =>
        WordParts.Table(["项目", "内容"], [.. rows.Select(r => new[] { r.Key, r.Value })], [2800, 7700], headerRow: false, boldFirstColumn: true);

    private static Table Table(string[] header, IReadOnlyList<string[]> rows, int[] widths, int verdictColumn = -1, int fontSize = 20) =>
        WordParts.Table(header, rows, widths, fontSize, colour: (r, i) => i == verdictColumn ? VerdictColour(r[i]) : null);

    private static Paragraph H(string text, int level = 1) => WordParts.Heading(text, level);

    private static Paragraph Para(string text, int size = 24, bool bold = false, string? font = null, bool center = false, string? color = null,
        int after = 60, int before = 0) => WordParts.Para(text, size, bold, font, center, color, after, before);

    private static void AddStyles(MainDocumentPart main) => WordParts.AddStyles(main, Body, Heading);

    private static string? VerdictColour(string verdict) => verdict switch
    {
        "违反" => "C00000",
        "需满足条件" => "B36B00",
        "人工判断" => "1F4E79",
        _ => null,
    };

    private static Paragraph Image(MainDocumentPart main, byte[] png, double widthCm, double heightCm)
    {
        var part = main.AddImagePart(ImagePartType.Png);
        using (var s = new MemoryStream(png)) part.FeedData(s);
        var id = main.GetIdOfPart(part);
        long cx = (long)(widthCm * 360000), cy = (long)(heightCm * 360000);
        var drawing = new Drawing(new DW.Inline(
            new DW.Extent { Cx = cx, Cy = cy },
            new DW.EffectExtent { LeftEdge = 0, TopEdge = 0, RightEdge = 0, BottomEdge = 0 },
            new DW.DocProperties { Id = 1U, Name = "选址示意图" },
            new DW.NonVisualGraphicFrameDrawingProperties(new A.GraphicFrameLocks { NoChangeAspect = true }),
            new A.Graphic(new A.GraphicData(
                new PIC.Picture(
                    new PIC.NonVisualPictureProperties(new PIC.NonVisualDrawingProperties { Id = 0U, Name = "map.png" }, new PIC.NonVisualPictureDrawingProperties()),
                    new PIC.BlipFill(new A.Blip { Embed = id }, new A.Stretch(new A.FillRectangle())),
                    new PIC.ShapeProperties(new A.Transform2D(new A.Offset { X = 0, Y = 0 }, new A.Extents { Cx = cx, Cy = cy }),
                        new A.PresetGeometry(new A.AdjustValueList()) { Preset = A.ShapeTypeValues.Rectangle })))
            { Uri = "http://schemas.openxmlformats.org/drawingml/2006/picture" }))
        { DistanceFromTop = 0U, DistanceFromBottom = 0U, DistanceFromLeft = 0U, DistanceFromRight = 0U });
        return new Paragraph(new ParagraphProperties(new Justification { Val = JustificationValues.Center }), new Run(drawing));
    }
}
