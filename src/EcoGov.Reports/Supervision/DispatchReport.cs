using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using EcoGov.Core.Supervision;
using EcoGov.Reports.Spreadsheets;
using EcoGov.Reports.Word;

namespace EcoGov.Reports.Supervision;

/// <summary>
/// 月度调度通报 (002 保障措施 line 96: 每月调度通报重点任务进展情况) as a Word document in the plain layout of an
/// official document (GB/T 9704 page, 仿宋 body, 黑体 headings, title centred, issuing office, number placeholder, date),
/// and its data as a workbook (<see cref="Workbook"/>).
/// </summary>
public static class DispatchReport
{
    public static string Title(DispatchReportData d) =>
        $"{d.PlanTitle}重点任务调度通报（{d.Period[..4]}年{int.Parse(d.Period[5..], System.Globalization.CultureInfo.InvariantCulture)}月）";

    public static void WriteDocx(Stream output, DispatchReportData d) =>
        WordParts.WriteOfficialDocument(output, new OfficialHead(d.IssuingOffice, d.DocNumber, Title(d), d.AsOf), body =>
        {
            var counts = string.Join("，", d.StateCounts.Select(s => $"{s.State} {s.Count} 项"));
            body.Append(WordParts.Heading("一、总体情况"));
            body.Append(WordParts.Para(
                $"截至 {WordParts.ChineseDate(d.AsOf)}，{d.PlanTitle}共有重点任务 {d.Tasks} 项：{counts}。本期（{d.Period}）进展以各牵头单位报送并经审核采纳的报告为准；状态判定规则见平台说明。", size: 28));
            foreach (var n in d.Notes) body.Append(WordParts.Para("说明：" + n, size: 24));

            body.Append(WordParts.Heading("二、各牵头单位推进情况"));
            body.Append(WordParts.Table(["牵头单位", "任务数", "已完成", "按期推进", "临期", "逾期", "长期坚持", "本期未报"],
                [.. d.Units.Select(u => new[] { u.Unit, N(u.Total), N(u.Completed), N(u.OnSchedule), N(u.DueSoon), N(u.Overdue), N(u.Ongoing), N(u.NotReported) })],
                [2400, 900, 900, 1000, 800, 800, 1000, 1000], fontSize: 21,
                colour: (r, i) => i == 5 && r[5] != "0" ? "C00000" : i == 7 && r[7] != "0" ? "B36B00" : null));

            body.Append(WordParts.Heading("三、逾期、临期和本期未报任务"));
            if (d.Listed.Count == 0) body.Append(WordParts.Para("无。", size: 28));
            else
                body.Append(WordParts.Table(["序号", "任务", "牵头单位", "完成时限", "状态", "说明"],
                    [.. d.Listed.Select(t => new[] { N(t.Seq), t.Text, t.LeadUnits, t.Deadline, t.State, t.Reason })],
                    [600, 3300, 1600, 1200, 900, 2200], fontSize: 18, colour: (r, i) => i == 4 && r[4] == "逾期" ? "C00000" : null));

            var water = d.Targets.Any(t => t.IsClass);
            var what = water ? "断面水质目标" : "空气质量目标";
            body.Append(WordParts.Heading($"四、{what}序时进度"));
            if (d.Targets.Count == 0) body.Append(WordParts.Para("本期无可评价的空气质量或断面水质目标（见上文说明）。", size: 28));
            else
            {
                var behind = d.Targets.Count(t => t.Status != "达到序时进度");
                body.Append(WordParts.Para($"截至 {WordParts.ChineseDate(d.AsOf)}，按监测数据评价{what} {d.Targets.Count} 项次，其中滞后于序时进度或未达标 {behind} 项次：", size: 28));
                body.Append(WordParts.Table([water ? "断面" : "污染物", "期间", "实际", "目标", "单位", "评价"],
                    [.. d.Targets.Select(t => new[] { t.Pollutant, t.Period == "全年" ? "年初至今" : t.Period, t.ActualText, t.TargetText, t.Unit, t.Status })],
                    [1200, 1400, 1200, 1200, 1200, 2200], fontSize: 20, colour: (r, i) => i == 5 && r[5] != "达到序时进度" ? "C00000" : null));
            }
            if (d.Foresight is { Count: > 0 } foresight)
            {
                body.Append(WordParts.Para("按目标倒排（全年目标剩余时段须达到的数值，按 HJ 663 统计与修约规则精确计算；预测按往年同期）：", size: 28));
                foreach (var line in foresight) body.Append(WordParts.Para(line, size: 24));
            }

            body.Append(WordParts.Heading("五、预警研判"));
            if (d.Warnings.Count == 0) body.Append(WordParts.Para("本期无预警对象。", size: 28));
            else
            {
                body.Append(WordParts.Para($"按规划督办规则，本期应予预警、约谈或督办的单位 {d.Warnings.Count} 个，请相关单位对照整改：", size: 28));
                body.Append(WordParts.Table(["单位", "等级", "原因"], [.. d.Warnings.Select(w => new[] { w.Unit, w.Level, w.Reasons })],
                    [2200, 900, 6700], fontSize: 18, colour: (r, i) => i == 1 && r[1] != "预警" ? "C00000" : null));
            }

            body.Append(WordParts.Heading("六、预警函下发情况"));
            if (d.Letters.Count == 0) body.Append(WordParts.Para("本期未下发预警函。", size: 28));
            else
                body.Append(WordParts.Table(["文号", "单位", "等级", "下发日期", "回复期限", "状态"],
                    [.. d.Letters.Select(l => new[] { l.Number, l.Unit, l.Level, l.IssuedOn, l.ReplyBy, l.State })],
                    [2600, 1800, 800, 1300, 1300, 1400], fontSize: 20));
        });

    /// <summary>The report's data as a workbook: 汇总 (per lead unit), 任务清单 (the listed tasks), 预警研判.</summary>
    public static void WriteXlsx(Stream output, DispatchReportData d) =>
        Workbook.Write(output,
        [
            new("汇总", ["牵头单位", "任务数", "已完成", "按期推进", "临期", "逾期", "长期坚持", "本期未报"],
                [.. d.Units.Select(u => new object[] { u.Unit, u.Total, u.Completed, u.OnSchedule, u.DueSoon, u.Overdue, u.Ongoing, u.NotReported })]),
            new("任务清单", ["序号", "任务", "牵头单位", "完成时限", "状态", "说明"],
                [.. d.Listed.Select(t => new object[] { t.Seq, t.Text, t.LeadUnits, t.Deadline, t.State, t.Reason })]),
            new("目标序时进度", ["污染物", "期间", "实际", "目标", "单位", "评价"],
                [.. d.Targets.Select(t => new object[] { t.Pollutant, t.Period, t.IsClass ? t.ActualText : t.Actual, t.IsClass ? t.TargetText : t.Target, t.Unit, t.Status })]),
            new("预警研判", ["单位", "等级", "原因"], [.. d.Warnings.Select(w => new object[] { w.Unit, w.Level, w.Reasons })]),
            new("预警函", ["文号", "单位", "等级", "下发日期", "回复期限", "状态"],
                [.. d.Letters.Select(l => new object[] { l.Number, l.Unit, l.Level, l.IssuedOn, l.ReplyBy, l.State })]),
            // The 倒排 paragraphs of section 四, one row each (issue 14 item 4).
            new("按目标倒排", ["序号", "目标、剩余时段须达到与全年预测"],
                [.. (d.Foresight ?? []).Select((line, i) => new object[] { i + 1, line })]),
        ]);


    private static string N(int n) => n.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
