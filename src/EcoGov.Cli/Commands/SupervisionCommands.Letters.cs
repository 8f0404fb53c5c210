using System.CommandLine;
using System.Globalization;
using EcoGov.Application.Supervision;
using EcoGov.Core.Supervision;
using Microsoft.Extensions.DependencyInjection;

namespace EcoGov.Cli.Commands;

/// <summary>
/// 预警函 from the command line (issue 10 item 1; docs/supervision.md §8): `warnings issue|letters|show|reply|close` and
/// `report warning --out F.docx`.
/// </summary>
public static partial class SupervisionCommands
{
    private static void AddLetterCommands(Command warnings, Output output)
    {
        var plan = new Option<string?>("--plan") { Description = "规划编号 / plan id" };
        var unit = new Option<string?>("--unit") { Description = "预警对象单位（预警研判所列），如 区住建局 / the unit" };
        var asOf = new Option<string?>("--as-of") { Description = "研判日期 yyyy-MM-dd（默认今天）/ the day" };
        var replyBy = new Option<string?>("--reply-by") { Description = $"整改回复期限 yyyy-MM-dd（默认下发后 {WarningLetters.DefaultReplyDays} 天）" };
        var issue = new Command("issue", "按预警研判结果下发预警函（编号、留痕）/ issue a warning letter to a candidate") { plan, unit, asOf, replyBy, User };
        issue.SetAction((p, ct) => Run(p, output, async (s, actor) =>
        {
            var v = await s.GetRequiredService<WarningLetterService>().IssueAsync(actor,
                new IssueLetterRequest(p.GetValue(plan), p.GetValue(unit), p.GetValue(asOf), p.GetValue(replyBy)), ct);
            if (Json(p, output, v)) return;
            output.Line($"已下发预警函 #{v.Id} {v.Number}：{v.Unit}（{v.Level}），整改回复期限 {v.ReplyBy} / letter issued");
        }, userRequired: true));
        warnings.Subcommands.Add(issue);

        var letters = new Command("letters", "预警函（规划调度办公室：全部；部门：本部门收到的）/ warning letters") { plan, User };
        letters.SetAction((p, ct) => Run(p, output, async (s, actor) =>
        {
            var list = await s.GetRequiredService<WarningLetterService>().ListAsync(actor, p.GetValue(plan), ct);
            if (Json(p, output, list)) return;
            LetterTable(output, "预警函 / warning letters", list);
        }));
        warnings.Subcommands.Add(letters);

        var letter = new Option<int?>("--letter") { Description = "预警函编号（#号）/ letter id" };
        var show = new Command("show", "一份预警函及其整改回复 / one letter") { letter, User };
        show.SetAction((p, ct) => Run(p, output, async (s, actor) =>
        {
            var v = p.GetValue(letter) is { } id ? await s.GetRequiredService<WarningLetterService>().LetterAsync(actor, id, ct)
                : throw new CliInputException("--letter: 须指定预警函编号 / the letter id is required");
            if (Json(p, output, v)) return;
            LetterTable(output, $"预警函 #{v.Id} {v.Number}", [v]);
            foreach (var r in v.Reasons) output.Line($"原因 / reason: {r.Message}（{r.Evidence}）");
            if (v.Reply is not null) output.Line($"整改情况 / reply（{v.RepliedBy}）: {v.Reply}");
            if (v.Comment is not null) output.Line($"处理意见 / comment（{v.ClosedBy}）: {v.Comment}");
        }));
        warnings.Subcommands.Add(show);

        var text = new Option<string?>("--text") { Description = "整改情况 / the rectification" };
        var reply = new Command("reply", "受函部门回复整改情况 / answer a letter") { letter, text, User };
        reply.SetAction((p, ct) => Run(p, output, async (s, actor) =>
        {
            var v = await s.GetRequiredService<WarningLetterService>().ReplyAsync(actor, new LetterReplyRequest(p.GetValue(letter), p.GetValue(text)), ct);
            if (Json(p, output, v)) return;
            output.Line($"预警函 {v.Number} 已回复，待销号 / replied");
        }, userRequired: true));
        warnings.Subcommands.Add(reply);

        var closeIt = new Option<bool>("--close") { Description = "销号 / close" };
        var ret = new Option<bool>("--return") { Description = "退回重新整改（须 --comment）/ return (needs --comment)" };
        var comment = new Option<string?>("--comment") { Description = "处理意见 / comment" };
        var close = new Command("close", "规划调度办公室对整改回复销号或退回 / close or return a replied letter") { letter, closeIt, ret, comment, User };
        close.SetAction((p, ct) => Run(p, output, async (s, actor) =>
        {
            if (p.GetValue(closeIt) == p.GetValue(ret))
                throw new CliInputException("须指定且只能指定 --close 或 --return 之一 / give exactly one of --close and --return");
            var v = await s.GetRequiredService<WarningLetterService>().CloseAsync(actor, new LetterCloseRequest(
                p.GetValue(letter), p.GetValue(closeIt) ? LetterCloseRequest.Close : LetterCloseRequest.Return, p.GetValue(comment)), ct);
            if (Json(p, output, v)) return;
            output.Line($"预警函 {v.Number}：{v.StateName}");
        }, userRequired: true));
        warnings.Subcommands.Add(close);
    }

    /// <summary>`report warning --plan ID --unit NAME --as-of D --out F.docx`: the issued letter, or a draft from the candidate.</summary>
    private static Command LetterDocument(Output output)
    {
        var plan = new Option<string?>("--plan") { Description = "规划编号 / plan id" };
        var unit = new Option<string?>("--unit") { Description = "预警对象单位 / the unit" };
        var asOf = new Option<string?>("--as-of") { Description = "研判日期 yyyy-MM-dd（默认今天）" };
        var outFile = new Option<string?>("--out") { Description = "输出文件 .docx" };
        var command = new Command("warning", "预警函 .docx（已下发的按原样，未下发的为草稿）/ the warning letter") { plan, unit, asOf, outFile, User };
        command.SetAction((p, ct) => Run(p, output, async (s, actor) =>
        {
            var path = OutFile(p.GetValue(outFile), ".docx");
            var file = await s.GetRequiredService<WarningLetterService>().DocumentAsync(actor,
                new LetterDocumentRequest(p.GetValue(plan), p.GetValue(unit), p.GetValue(asOf)), ct);
            await WriteOut(p, output, file, path, ct);
        }));
        return command;
    }

    /// <summary>The <c>--out</c> path, required and with one of the <paramref name="extensions"/> (refused naming <c>--out</c>).</summary>
    internal static string OutFile(string? path, params string[] extensions)
    {
        var kinds = string.Join(" 或 ", extensions);
        if (string.IsNullOrWhiteSpace(path)) throw new CliInputException($"--out: 须指定输出文件（{kinds}）/ the output file is required");
        if (!extensions.Contains(Path.GetExtension(path), StringComparer.OrdinalIgnoreCase))
            throw new CliInputException($"--out: 输出文件须为 {kinds} / the output file must be {string.Join(" or ", extensions)}");
        return path;
    }

    /// <summary>Writes a rendered file next to its final name and moves it in place (no half-written file), then says where.</summary>
    internal static async Task WriteOut(ParseResult p, Output output, RenderedFile file, string path, CancellationToken ct)
    {
        var full = Path.GetFullPath(path);
        var tmp = full + ".tmp";
        await File.WriteAllBytesAsync(tmp, file.Content, ct);
        File.Move(tmp, full, overwrite: true);
        if (Json(p, output, new { file = full, bytes = file.Content.Length })) return;
        output.Line($"已生成 / written: {full}（{file.Content.Length} 字节）");
    }

    private static void LetterTable(Output output, string title, IReadOnlyList<WarningLetterView> letters) =>
        output.Table(title, ["编号", "文号", "单位", "等级", "期", "下发", "回复期限", "状态", "整改情况"], letters.Select(v => new[]
        {
            "#" + v.Id.ToString(CultureInfo.InvariantCulture), v.Number, v.Unit, v.Level, v.Period, v.IssuedOn,
            v.ReplyBy + (v.ReplyOverdue ? "（已逾期）" : ""), v.StateName, Output.Cut(v.Reply ?? "", 40),
        }));
}
