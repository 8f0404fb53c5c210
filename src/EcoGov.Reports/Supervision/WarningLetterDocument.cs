using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using EcoGov.Core.Supervision;
using EcoGov.Reports.Word;

namespace EcoGov.Reports.Supervision;

/// <summary>A task the letter lists.</summary>
public sealed record WarningLetterItem(int Seq, string Text, string Deadline, string State, string Reason);

/// <summary>
/// Everything a 预警函 shows, already decided (the application layer takes it from the issued letter or, for a draft,
/// from the day's warning candidate): the document only lays it out.
/// </summary>
/// <param name="Rule">The plan's own trigger text (002 line 110), when the plan states one.</param>
/// <param name="Draft">Not issued yet: the number is a placeholder and the document says it is a draft.</param>
public sealed record WarningLetterData(
    string IssuingOffice, string Number, string Unit, string Level, WarningLevel LevelCode, string PlanTitle, string? PlanDocNumber, string? Rule,
    string Period, DateOnly AsOf, DateOnly IssuedOn, DateOnly ReplyBy, IReadOnlyList<(string Message, string Evidence)> Reasons,
    IReadOnlyList<WarningLetterItem> Items, bool Draft);

/// <summary>
/// 预警函 to one unit (002 line 110: 下发预警函), in the plain layout of an official letter (GB/T 9704: issuing office in
/// red, 文号, title, 主送, body in 仿宋, the office and the date at the foot), A4: the reasons with their figures, the tasks
/// behind them, and the reply deadline for the 整改情况.
/// </summary>
public static class WarningLetterDocument
{
    /// <summary>关于对X予以预警的函 / …约谈… / …挂牌督办….</summary>
    public static string Title(string unit, WarningLevel level) => level switch
    {
        WarningLevel.Interview => $"关于对{unit}予以约谈的函",
        WarningLevel.ListedSupervision => $"关于对{unit}挂牌督办的函",
        _ => $"关于对{unit}予以预警的函",
    };

    public static void WriteDocx(Stream output, WarningLetterData d) =>
        WordParts.WriteOfficialDocument(output, new OfficialHead(d.IssuingOffice, d.Number, Title(d.Unit, d.LevelCode), d.IssuedOn, d.Draft ? "（草稿，未下发）" : null), body =>
        {
            body.Append(WordParts.Para($"{d.Unit}：", size: 32));
            var basis = $"《{d.PlanTitle}》{(d.PlanDocNumber is null ? "" : $"（{d.PlanDocNumber}）")}";
            var rule = d.Rule is null ? "关于调度通报和预警的规定" : $"关于“{d.Rule}”下发预警函的规定";
            body.Append(WordParts.Para(
                $"根据{basis}{rule}，经 {WordParts.ChineseDate(d.AsOf)} 调度研判（{Month(d.Period)}），你单位被列为{d.Level}对象，存在以下问题：", size: 32));
            for (var i = 0; i < d.Reasons.Count; i++)
                body.Append(WordParts.Para($"{i + 1}. {d.Reasons[i].Message}。依据：{d.Reasons[i].Evidence}。", size: 32));
            if (d.Items.Count > 0)
            {
                body.Append(WordParts.Para("涉及任务如下：", size: 32));
                body.Append(WordParts.Table(["序号", "任务", "完成时限", "状态", "说明"],
                    [.. d.Items.Select(t => new[] { t.Seq.ToString(CultureInfo.InvariantCulture), t.Text, t.Deadline, t.State, t.Reason })],
                    [700, 4300, 1400, 900, 2500], fontSize: 20, colour: (r, c) => c == 3 && r[3] == "逾期" ? "C00000" : null));
            }
            body.Append(WordParts.Para(
                $"请你单位高度重视，认真分析原因，制定整改措施，于 {WordParts.ChineseDate(d.ReplyBy)} 前将整改情况书面报送{d.IssuingOffice}（可在 EcoGov 平台“预警函”页面回复）。" +
                "逾期未回复或整改不到位的，将按规定提请约谈、专项督察或挂牌督办。", size: 32, before: 120));
        }, footSize: 32);

    private static string Month(string period) =>
        period.Length == 7 ? $"{period[..4]}年{int.Parse(period[5..], CultureInfo.InvariantCulture)}月期" : period;
}
