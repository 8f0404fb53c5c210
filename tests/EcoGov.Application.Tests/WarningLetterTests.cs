using System.Text.Json.Nodes;
using EcoGov.Core;

namespace EcoGov.Application.Tests;

/// <summary>
/// Issue 10 item 1 (second half) and item 3's letter: the plan office issues a 预警函 from a candidate, numbered per
/// issuing jurisdiction and year; the receiving department finds it in its inbox and answers (整改情况); the office
/// returns it once and then closes it; every step is in the audit trail; the .docx holds exactly the candidate's reasons
/// and tasks. The same script runs through the CLI and through the web API, on two stores.
/// </summary>
public sealed class WarningLetterTests : IAsyncLifetime
{
    private const string Plan = "chengqu-2023-air";
    private const string Day = "2023-06-30";
    private readonly CliSupervisionHost cli = new();
    private readonly WebSupervisionHost web = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        cli.Dispose();
        await web.DisposeAsync();
    }

    private static void Ok(Outcome o, string what) => Assert.True(o.Ok, $"{what}: {o.Message}");

    private static int Id(Outcome o) => o.Json!["id"]!.GetValue<int>();

    [Fact]
    public async Task Cli_letter_cycle() => await Cycle(cli);

    [Fact]
    public async Task Web_letter_cycle() => await Cycle(web);

    private static async Task Cycle(ISupervisionHost host)
    {
        Ok(await host.AddUser("admin", "office", "plan-office", "140502", null, "Dispatch-Desk-2023!"), "add office");
        Ok(await host.AddUser("admin", "city", "plan-office", "140500", null, "Prefecture-Desk-2023!"), "add city office");
        Ok(await host.AddUser("admin", "zhujian", "reporter", "140502", "区住建局", "Site-Dust-Check-23"), "add zhujian");
        Ok(await host.AddUser("admin", "eco", "reporter", "140502", "区生态环境分局", "Green-Report-2023"), "add eco");
        var year = ChinaTime.Today().Year;

        // The candidate of the day, as the letter must carry it.
        var warnings = await host.Warnings("office", Plan, Day);
        Ok(warnings, "warnings");
        var candidate = warnings.Json!["candidates"]!.AsArray().Single(c => c!["unit"]!.GetValue<string>() == "区住建局")!;
        var ledger = (await host.Ledger("office", Plan, Day)).Json!.AsArray();
        var expectedItems = ledger.Where(r => r!["leadDepartments"]!.AsArray().Any(u => u!.GetValue<string>() == "区住建局")
                && r["state"]!.GetValue<string>() is "overdue" or "notReported")
            .Select(r => r!["seq"]!.GetValue<int>()).Order().ToList();
        Assert.NotEmpty(expectedItems);

        // Issue: numbered 1 and 2 for 城区 this year, 1 for 晋城市; reasons as the candidate gave them.
        var first = await host.IssueLetter("office", Plan, "区住建局", Day);
        Ok(first, "issue to 区住建局");
        Assert.Equal($"城区环委办预警〔{year}〕1号", first.Json!["number"]!.GetValue<string>());
        Assert.Equal(candidate["level"]!.GetValue<string>(), first.Json["level"]!.GetValue<string>());
        Assert.True(JsonNode.DeepEquals(candidate["reasons"], first.Json["reasons"]), first.Json["reasons"]!.ToJsonString());
        Assert.Equal(expectedItems, first.Json["items"]!.AsArray().Select(i => i!["seq"]!.GetValue<int>()).Order());
        Assert.Equal("issued", first.Json["state"]!.GetValue<string>());
        Assert.Equal(ChinaTime.Today().AddDays(15).ToText(), first.Json["replyBy"]!.GetValue<string>());
        var second = await host.IssueLetter("office", Plan, "区生态环境分局", Day, ChinaTime.Today().AddDays(7).ToText());
        Ok(second, "issue to 区生态环境分局");
        Assert.Equal($"城区环委办预警〔{year}〕2号", second.Json!["number"]!.GetValue<string>());
        var city = await host.IssueLetter("city", Plan, "区农业农村局", Day);
        Ok(city, "the city office issues");
        Assert.Equal($"晋城市环委办预警〔{year}〕1号", city.Json!["number"]!.GetValue<string>());

        // Refusals, naming the field: the same unit and period twice, a unit that is no candidate, a reply deadline too far.
        var twice = await host.IssueLetter("office", Plan, "区住建局", Day);
        Assert.False(twice.Ok || twice.Forbidden);
        Assert.Contains($"城区环委办预警〔{year}〕1号", twice.Message);
        var notCandidate = await host.IssueLetter("office", Plan, "区交通局", Day);
        Assert.False(notCandidate.Ok || notCandidate.Forbidden);
        Assert.Contains("不是 2023-06 期", notCandidate.Message);
        var far = await host.IssueLetter("office", Plan, "区工信局", Day, ChinaTime.Today().AddDays(400).ToText());
        Assert.False(far.Ok || far.Forbidden);
        Assert.Contains("180", far.Message);
        // A department cannot issue.
        Assert.True((await host.IssueLetter("eco", Plan, "区工信局", Day)).Forbidden);

        // The inbox: 区住建局 sees its letter only; 区生态环境分局 cannot read 区住建局's letter.
        var inbox = await host.Letters("zhujian", null);
        Ok(inbox, "inbox");
        Assert.Equal([Id(first)], inbox.Json!.AsArray().Select(l => l!["id"]!.GetValue<int>()));
        Assert.True((await host.Letter("eco", Id(first))).Forbidden);
        Assert.Equal(3, (await host.Letters("office", Plan)).Json!.AsArray().Count);

        // Reply; only the department, once; the office returns it, the department answers again, the office closes it.
        Assert.True((await host.ReplyLetter("eco", Id(first), "不是我们的函。")).Forbidden);
        Assert.True((await host.ReplyLetter("admin", Id(first), "代为回复。")).Forbidden);
        var closeEarly = await host.CloseLetter("office", Id(first), "close", null);
        Assert.False(closeEarly.Ok || closeEarly.Forbidden);
        Ok(await host.ReplyLetter("zhujian", Id(first), "已制定整改方案，6 月底前完成在建工地检查。"), "reply");
        var again = await host.ReplyLetter("zhujian", Id(first), "再回复一次。");
        Assert.False(again.Ok || again.Forbidden);
        var noComment = await host.CloseLetter("office", Id(first), "return", null);
        Assert.False(noComment.Ok || noComment.Forbidden);
        var returned = await host.CloseLetter("office", Id(first), "return", "请附检查台账。");
        Ok(returned, "return");
        Assert.Equal("issued", returned.Json!["state"]!.GetValue<string>());
        Ok(await host.ReplyLetter("zhujian", Id(first), "已补充检查台账 32 份。"), "second reply");
        var closed = await host.CloseLetter("office", Id(first), "close", "整改到位，同意销号。");
        Ok(closed, "close");
        Assert.Equal("closed", closed.Json!["state"]!.GetValue<string>());
        Assert.Equal("已补充检查台账 32 份。", closed.Json["reply"]!.GetValue<string>());

        // The audit trail holds every step, with both replies.
        var log = (await host.Audit("admin")).Json!.AsArray()
            .Where(e => e!["objectType"]!.GetValue<string>() == "warningLetter" && e["objectId"]!.GetValue<string>() == Id(first).ToString(System.Globalization.CultureInfo.InvariantCulture))
            .Select(e => e!["action"]!.GetValue<string>()).Reverse().ToList();
        Assert.Equal(["letter.issue", "letter.reply", "letter.return", "letter.reply", "letter.close"], log);

        // The letter as .docx: its number, title, the unit, each reason and exactly the tasks, with the reply deadline.
        var (paragraphs, tables) = OfficeFiles.Word(await host.LetterDocument("zhujian", Plan, "区住建局", Day));
        var text = string.Join("\n", paragraphs);
        Assert.Contains($"城区环委办预警〔{year}〕1号", paragraphs);
        Assert.Contains("关于对区住建局予以预警的函", paragraphs);
        Assert.Contains("区住建局：", paragraphs);
        foreach (var r in candidate["reasons"]!.AsArray())
            Assert.Contains(r!["message"]!.GetValue<string>(), text);
        Assert.Contains(DateOnly.Parse(first.Json!["replyBy"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture).ToString("yyyy年M月d日", System.Globalization.CultureInfo.InvariantCulture), text);
        Assert.Equal(expectedItems, tables.Single().Skip(1).Select(r => int.Parse(r[0], System.Globalization.CultureInfo.InvariantCulture)));
        Assert.DoesNotContain("草稿", text);

        // A unit with no letter yet gets a draft with the number left blank; a reporter may download it as it may read the warnings.
        var draft = OfficeFiles.Word(await host.LetterDocument("office", Plan, "区市场监管局", Day)).Paragraphs;
        Assert.Contains("（草稿，未下发）", draft);
        Assert.Contains($"城区环委办预警〔{ChinaTime.Today().Year}〕  号", draft);
    }

    [Fact]
    public async Task The_letter_opens_in_LibreOffice()
    {
        Ok(await cli.AddUser("admin", "office", "plan-office", "140502", null, "Dispatch-Desk-2023!"), "add office");
        Ok(await cli.IssueLetter("office", Plan, "区生态环境分局", Day), "issue");
        OfficeFiles.OpensInLibreOffice(await cli.LetterDocument("office", Plan, "区生态环境分局", Day), ".docx");
    }
}
