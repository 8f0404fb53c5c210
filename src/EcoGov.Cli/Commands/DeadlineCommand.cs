using System.CommandLine;
using System.Globalization;
using System.Text.RegularExpressions;
using EcoGov.Core.Tasks;
using EcoGov.Core.Text;
using EcoGov.Core;

namespace EcoGov.Cli.Commands;

/// <summary>
/// `deadline "TEXT" [--issued YYYY-MM-DD] [--heating-start MM-DD] [--json]`: what a 完成时限 phrase means (issue 9,
/// item 2). Needs no database; the reading is <see cref="DeadlineReader.Read"/>'s, printed as it is with --json.
/// </summary>
public static partial class DeadlineCommand
{
    public static Command Build(Output output)
    {
        var text = new Argument<string>("TEXT") { Description = "完成时限原文，如 \"2023年4月底前\" / the deadline phrase as printed" };
        var issued = new Option<string?>("--issued") { Description = "规划印发日期 YYYY-MM-DD；未写年份的时限取其年份，定期时限自其起算首次到期日 / the plan's issue date" };
        var heating = new Option<string?>("--heating-start") { Description = "本行政区采暖季开始日 MM-DD（默认 11-15）/ the jurisdiction's heating-season start (default 11-15)" };
        var command = new Command("deadline", "解读完成时限（无需数据库）/ read a deadline phrase (no database)") { text, issued, heating };
        command.SetAction(p => Run(p, output, p.GetValue(text) ?? "", p.GetValue(issued), p.GetValue(heating)));
        return command;
    }

    [GeneratedRegex("^[0-9]{4}-[0-9]{2}-[0-9]{2}$", RegexOptions.CultureInvariant)]
    private static partial Regex IsoDay();

    private static int Run(ParseResult p, Output output, string text, string? issuedText, string? heatingText)
    {
        if (text.Trim().Length == 0) throw new CliInputException("TEXT 为空：请给出完成时限原文 / TEXT is empty: give the deadline phrase");
        DateOnly? issued = null;
        if (issuedText is not null)
        {
            issued = IsoDay().IsMatch(issuedText)
                     && DateOnly.TryParseExact(issuedText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
                     && d.Year >= 1000
                ? d
                : throw new CliInputException($"--issued 须为 YYYY-MM-DD 格式的日期，收到“{UserText.Quote(issuedText)}” / --issued must be a date YYYY-MM-DD");
        }
        HeatingSeasonStart? heating = null;
        if (heatingText is not null)
            heating = HeatingSeasonStart.TryParse(heatingText) ?? throw new CliInputException(
                $"--heating-start 须为 MM-DD（如 11-15，不可为 02-29），收到“{UserText.Quote(heatingText)}” / --heating-start must be MM-DD, e.g. 11-15");

        var reading = DeadlineReader.Read(text, new DeadlineReadingOptions(issued, HeatingSeasonStart: heating));
        var hint = reading.Notes.Contains(DeadlineReader.NoYearNote) && issued is null
            ? "提示：加 --issued YYYY-MM-DD 按印发日期的年份解读 / hint: add --issued YYYY-MM-DD to take the year from the issue date"
            : null;
        if (p.GetValue(CliApp.Json))
        {
            output.Json(reading);
            if (hint is not null) output.Error.WriteLine(hint);
            return ExitCodes.Success;
        }
        output.Line(Describe(reading));
        for (int i = 0; i < reading.Milestones.Count; i++)
        {
            var m = reading.Milestones[i];
            output.Line($"  时点 {i + 1} / milestone {i + 1}：“{m.Text}” {ChineseNames.Deadline(m.Kind)} {Name(m.Kind)}{Dates(m.Due, m.From, null)}");
        }
        foreach (var n in reading.Notes) output.Line("  注 / note：" + n);
        if (hint is not null) output.Line("  " + hint);
        return ExitCodes.Success;
    }

    /// <summary>"“2023年4月底前” → 限期 by：截止 due 2023-04-30".</summary>
    public static string Describe(DeadlineReading r)
    {
        var line = $"“{r.Text}” → {ChineseNames.Deadline(r.Kind)} {Name(r.Kind)}{Dates(r.Due, r.From, r.To)}";
        if (r.Anchor is not null) line += $"，锚点 anchor {r.Anchor}";
        if (r.Recurrence is { } rule) line += (r.Due is null ? "：" : "，") + Rule(rule);
        return line;
    }

    private static string Name(DeadlineForm kind) => System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(kind.ToString());

    private static string Dates(DateOnly? due, DateOnly? from, DateOnly? to)
    {
        var parts = new List<string>();
        if (from is { } f) parts.Add($"起 from {Day(f)}");
        if (to is { } t) parts.Add($"止 to {Day(t)}");
        if (due is { } d) parts.Add($"截止 due {Day(d)}");
        return parts.Count == 0 ? "" : "：" + string.Join("，", parts);
    }

    private static string Rule(DeadlineRecurrence r) => r.Frequency switch
    {
        RecurrenceFrequency.Monthly => r.Day is { } d ? $"每月{d}日前 (monthly, by day {d})" : "每月底前 (monthly, by the last day)",
        RecurrenceFrequency.Quarterly => "每季度末前 (quarterly, by the quarter's last day)",
        _ => r.Day is { } d ? $"每年{r.Month}月{d}日前 (yearly, by {r.Month:00}-{d:00})" : $"每年{r.Month}月底前 (yearly, by the last day of month {r.Month})",
    };

    private static string Day(DateOnly d) => CalendarDate.ToText(d);
}
