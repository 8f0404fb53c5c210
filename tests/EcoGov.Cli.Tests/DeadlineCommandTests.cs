using System.Text.Json;

namespace EcoGov.Cli.Tests;

/// <summary>`deadline "TEXT" [--issued] [--heating-start] --json` (issue 9, item 2): the contract and the exit codes.</summary>
public sealed class DeadlineCommandTests : IDisposable
{
    private const string YearFromIssueDate = "年份取自印发日期 (year taken from the issue date)";

    private readonly CliRunner cli = new();

    public void Dispose() => cli.Dispose();

    private static string? S(JsonElement e, string name) =>
        e.GetProperty(name).ValueKind == JsonValueKind.Null ? null : e.GetProperty(name).GetString();

    private static List<string> Notes(JsonElement e) => e.GetProperty("notes").EnumerateArray().Select(n => n.GetString()!).ToList();

    [Fact]
    public void Prints_exactly_the_contract_object()
    {
        var r = cli.Json("deadline", "2023年4月底前");
        Assert.Equal(["text", "kind", "due", "from", "to", "anchor", "recurrence", "milestones", "notes"], r.EnumerateObject().Select(p => p.Name));
        Assert.Equal("2023年4月底前", S(r, "text"));
        Assert.Equal("by", S(r, "kind"));
        Assert.Equal("2023-04-30", S(r, "due"));
        Assert.Null(S(r, "from"));
        Assert.Null(S(r, "to"));
        Assert.Null(S(r, "anchor"));
        Assert.Equal(JsonValueKind.Null, r.GetProperty("recurrence").ValueKind);
        Assert.Empty(r.GetProperty("milestones").EnumerateArray());
        Assert.Empty(Notes(r));
        Assert.False(File.Exists(cli.Db), "the deadline command opens no database");
    }

    [Theory]
    [InlineData("２０２４年２月底前", "by", "2024-02-29", null, null)]
    [InlineData("2023 年 12 月", "by", "2023-12-31", null, null)]
    [InlineData("2023年一季度", "by", "2023-03-31", null, null)]
    [InlineData("2023年下半年", "by", "2023-12-31", null, null)]
    [InlineData("2023年完成", "by", "2023-12-31", null, null)]
    [InlineData("2023年开工", "from", null, "2023-01-01", null)]
    [InlineData("2023年4月1日起", "from", null, "2023-04-01", null)]
    [InlineData("2023年5-9月", "window", "2023-09-30", "2023-05-01", "2023-09-30")]
    [InlineData("2021—2025", "period", "2025-12-31", "2021-01-01", "2025-12-31")]
    [InlineData("长期坚持", "ongoing", null, null, null)]
    [InlineData("尽快", "unparsed", null, null, null)]
    public void Kinds_and_dates(string text, string kind, string? due, string? from, string? to)
    {
        var r = cli.Json("deadline", text);
        Assert.Equal((text, kind, due, from, to), (S(r, "text"), S(r, "kind"), S(r, "due"), S(r, "from"), S(r, "to")));
    }

    [Fact]
    public void Two_milestones()
    {
        var r = cli.Json("deadline", "2023年4月1日起…2025年1月1日起");
        Assert.Equal(("from", "2023-04-01", (string?)null), (S(r, "kind"), S(r, "from"), S(r, "due")));
        var ms = r.GetProperty("milestones").EnumerateArray().ToList();
        Assert.Equal(2, ms.Count);
        Assert.Equal(["text", "kind", "due", "from"], ms[1].EnumerateObject().Select(p => p.Name));
        Assert.Equal(("2025年1月1日起", "from", "2025-01-01"), (S(ms[1], "text"), S(ms[1], "kind"), S(ms[1], "from")));
    }

    [Fact]
    public void A_phrase_without_a_year_needs_the_issue_date()
    {
        var (exit, stdout, stderr) = cli.Run("deadline", "10 月底前", "--json");
        Assert.Equal(0, exit);
        var r = JsonDocument.Parse(stdout).RootElement;
        Assert.Equal(("10 月底前", "unparsed", (string?)null), (S(r, "text"), S(r, "kind"), S(r, "due")));
        Assert.Contains(Notes(r), n => n.Contains("no year", StringComparison.Ordinal));
        Assert.Contains("--issued", stderr, StringComparison.Ordinal);

        var issued = cli.Json("deadline", "10 月底前", "--issued", "2023-05-31");
        Assert.Equal(("by", "2023-10-31"), (S(issued, "kind"), S(issued, "due")));
        Assert.Equal([YearFromIssueDate], Notes(issued));

        var withYear = cli.Json("deadline", "2024年10月底前", "--issued", "2023-05-31");
        Assert.Equal("2024-10-31", S(withYear, "due"));
        Assert.Empty(Notes(withYear));
    }

    [Fact]
    public void Heating_season_default_and_jurisdiction_start()
    {
        var d = cli.Json("deadline", "2023年采暖季前");
        Assert.Equal(("anchored", "heating-season", "2023-11-14"), (S(d, "kind"), S(d, "anchor"), S(d, "due")));
        var c = cli.Json("deadline", "2023年采暖季前", "--heating-start", "11-01");
        Assert.Equal("2023-10-31", S(c, "due"));
        Assert.Contains(Notes(c), n => n.Contains("11-01", StringComparison.Ordinal));
    }

    [Fact]
    public void Recurring_counts_the_first_due_day_from_the_issue_date()
    {
        var r = cli.Json("deadline", "每年9月底前", "--issued", "2023-10-01");
        Assert.Equal(("recurring", "2024-09-30"), (S(r, "kind"), S(r, "due")));
        Assert.Equal("""{"frequency":"yearly","month":9,"day":null}""", r.GetProperty("recurrence").GetRawText());
        var q = cli.Json("deadline", "每季度", "--issued", "2024-02-10");
        Assert.Equal(("quarterly", "2024-03-31"), (S(q.GetProperty("recurrence"), "frequency"), S(q, "due")));
        Assert.Null(S(cli.Json("deadline", "每月"), "due"));
    }

    [Theory]
    [InlineData("2023-5-31")]
    [InlineData("2023-02-30")]
    [InlineData("20230531")]
    [InlineData("2023-05-31T00:00")]
    [InlineData(" 2023-05-31")]
    [InlineData("0999-05-31")]
    [InlineData("２０２３-05-31")]
    public void A_bad_issue_date_is_bad_input_naming_the_option(string issued)
    {
        var (exit, stdout, stderr) = cli.Run("deadline", "10 月底前", "--issued", issued, "--json");
        Assert.Equal(2, exit);
        Assert.Empty(stdout);
        Assert.Contains("--issued", stderr, StringComparison.Ordinal);
        Assert.Contains("YYYY-MM-DD", stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("02-29")]
    [InlineData("11-31")]
    [InlineData("1115")]
    [InlineData("11-5")]
    [InlineData("2023-11-15")]
    public void A_bad_heating_start_is_bad_input_naming_the_option(string start)
    {
        var (exit, stdout, stderr) = cli.Run("deadline", "2023年采暖季前", "--heating-start", start);
        Assert.Equal(2, exit);
        Assert.Empty(stdout);
        Assert.Contains("--heating-start", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_or_empty_text_is_bad_usage()
    {
        Assert.Equal(2, cli.Run("deadline", "--json").Exit);
        var (exit, stdout, stderr) = cli.Run("deadline", "  ", "--json");
        Assert.Equal(2, exit);
        Assert.Empty(stdout);
        Assert.Contains("TEXT", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_json_one_readable_line_and_the_notes()
    {
        var (exit, stdout, _) = cli.Run("deadline", "2023年4月底前");
        Assert.Equal(0, exit);
        Assert.Equal("“2023年4月底前” → 限期 by：截止 due 2023-04-30", stdout.Trim());

        var (_, two, _) = cli.Run("deadline", "5月1日起…9月1日起", "--issued", "2023-05-31");
        var lines = two.Trim().Split('\n');
        Assert.Equal("“5月1日起…9月1日起” → 起执行 from：起 from 2023-05-01", lines[0]);
        Assert.Contains(lines, l => l.Contains("milestone 2", StringComparison.Ordinal) && l.Contains("2023-09-01", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains(YearFromIssueDate, StringComparison.Ordinal));

        var (_, unparsed, _) = cli.Run("deadline", "10 月底前");
        Assert.Contains("未识别 unparsed", unparsed, StringComparison.Ordinal);
        Assert.Contains("--issued", unparsed, StringComparison.Ordinal);
    }
}
