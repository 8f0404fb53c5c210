using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using EcoGov.Reports.Spreadsheets;
using EcoGov.Reports.Word;

namespace EcoGov.Reports.Evaluation;

/// <summary>
/// One row of the 指标评估表: the plan's own indicator-table columns (序号, 类别, 指标, 单位, 基准值, 目标值, 属性) and the
/// evaluation's (实际值 — a number when <see cref="ActualValue"/> is set —, 数据来源, 评估结论, 依据).
/// </summary>
public sealed record EvaluationReportRow(int Seq, string Category, string Name, string Unit, string Baseline, string Target, string Attribute,
    double? ActualValue, string Actual, string Source, string Verdict, string Basis, bool Binding);

/// <summary>Everything the evaluation documents show, already computed (the application layer composes it); the report only lays it out.</summary>
/// <param name="Term">"中期", "终期" or null (a plain year).</param>
/// <param name="Counts">(status name, count) in the order 达标, 进度正常, 滞后, 未达标, 无法判断.</param>
public sealed record EvaluationReportData(
    string PlanId, string PlanTitle, string IssuingOffice, string DocNumber, int Year, string? Term, DateOnly AsOf, bool YearOver,
    IReadOnlyList<(string Status, int Count)> Counts, IReadOnlyList<EvaluationReportRow> Rows, IReadOnlyList<string> Notes);

/// <summary>
/// 指标评估表 (.xlsx) and the mid-term / end-term evaluation report (.docx) of issue 10 item 3: the workbook in the layout
/// of the plan's own indicator table plus the actual and status columns; the report in the plain layout of an official
/// document (GB/T 9704 A4 page, issuing office, number placeholder, title, 仿宋 body, 黑体 headings, date) through
/// <see cref="WordParts"/>, with the binding indicators' verdicts and the table.
/// </summary>
public static class EvaluationReport
{
    public static readonly string[] Columns = ["序号", "类别", "指标", "单位", "基准值", "目标值", "属性", "实际值", "数据来源", "评估结论", "依据"];

    public static string Title(EvaluationReportData d) =>
        d.Term is { } t ? $"{d.PlanTitle}{t}评估报告（{d.Year}年）" : $"{d.PlanTitle}{d.Year}年度指标评估报告";

    public static void WriteXlsx(Stream output, EvaluationReportData d) =>
        Workbook.Write(output,
        [
            new("指标评估表", Columns, [.. d.Rows.Select(r => new object[]
            {
                r.Seq, r.Category, r.Name, r.Unit, r.Baseline, r.Target, r.Attribute,
                r.ActualValue is double v ? v : r.Actual, r.Source, r.Verdict, r.Basis,
            })]),
            new("说明", ["项目", "内容"], [.. new object[][]
            {
                ["规划", $"{d.PlanTitle}（{d.PlanId}）"],
                ["评估年份", d.Year],
                ["评估阶段", d.Term ?? "年度"],
                ["评估日期", d.AsOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)],
                ["结论性质", d.YearOver ? "年度已结束：达标 / 未达标" : "年度未结束：按截至评估日期的数值判断进度正常 / 滞后"],
            }.Concat(d.Counts.Select(c => new object[] { c.Status, c.Count })).Concat(d.Notes.Select(n => new object[] { "说明", n }))]),
        ]);

    public static void WriteDocx(Stream output, EvaluationReportData d) =>
        WordParts.WriteOfficialDocument(output, new OfficialHead(d.IssuingOffice, d.DocNumber, Title(d), d.AsOf), body =>
        {
            body.Append(WordParts.Heading("一、总体情况"));
            var counts = string.Join("，", d.Counts.Where(c => c.Count > 0).Select(c => $"{c.Status} {c.Count} 项"));
            body.Append(WordParts.Para(
                $"截至 {WordParts.ChineseDate(d.AsOf)}，{d.PlanTitle}共有指标 {d.Rows.Count} 项，{d.Year} 年评估结果：{counts}。" +
                (d.YearOver ? "该年度已结束，结论为达标或未达标。" : "该年度尚未结束，按截至评估日期的数值判断进度正常或滞后。") +
                "实际值优先采用平台按监测数据计算的数值，其余为录入值并注明来源；“完成市下达指标”等目标按上级规划的同名指标确定，无从确定的注明所缺内容。", size: 28));

            body.Append(WordParts.Heading("二、约束性指标评估结论"));
            var binding = d.Rows.Where(r => r.Binding).ToList();
            if (binding.Count == 0)
                body.Append(WordParts.Para("本规划指标表未标明约束性指标。", size: 28));
            foreach (var r in binding)
                body.Append(WordParts.Para($"{r.Seq}. {r.Name}：{r.Verdict}。{r.Basis}", size: 28, color: r.Verdict is "未达标" or "滞后" ? "C00000" : null));

            body.Append(WordParts.Heading("三、指标评估表"));
            body.Append(WordParts.Table(["序号", "指标", "单位", "基准值", "目标值", "属性", "实际值", "数据来源", "评估结论", "依据"],
                [.. d.Rows.Select(r => new[] { N(r.Seq), r.Name, r.Unit, r.Baseline, r.Target, r.Attribute, r.Actual, r.Source, r.Verdict, r.Basis })],
                [450, 1250, 650, 650, 950, 550, 750, 1250, 700, 1644], fontSize: 16,
                colour: (row, i) => i == 8 && row[8] is "未达标" or "滞后" ? "C00000" : null));

            if (d.Notes.Count > 0)
            {
                body.Append(WordParts.Heading("四、说明"));
                foreach (var n in d.Notes) body.Append(WordParts.Para(n, size: 24));
            }
        });

    private static string N(int n) => n.ToString(CultureInfo.InvariantCulture);
}
