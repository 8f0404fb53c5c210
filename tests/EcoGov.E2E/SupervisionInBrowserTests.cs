using Microsoft.Playwright;

namespace EcoGov.E2E;

/// <summary>
/// Issue 9's story in a browser, as two people: the administrator creates a plan-office user and a reporter of 区住建局;
/// the reporter reports task 24 of 城区's 2023 air plan for June 2023 with an evidence file; the plan office returns it
/// with a comment; the reporter revises and resubmits; the office accepts; the ledger of 2023-06-30 shows the task green
/// with its reason, and the task's history shows both versions and the audit trail. Screenshots of every page.
/// </summary>
public sealed class SupervisionInBrowserTests(ServerFixture server) : IClassFixture<ServerFixture>
{
    private const string OfficePassword = "Dispatch-Desk-2023!";
    private const string ReporterPassword = "Site-Dust-Check-23";
    private const string Task = "chengqu-2023-air/24";

    private async Task<IPage> SignedIn(string user, string password)
    {
        var context = await server.Browser.NewContextAsync(new BrowserNewContextOptions { Locale = "zh-CN", ViewportSize = new ViewportSize { Width = 1366, Height = 900 } });
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(60_000);   // a loaded machine; the story's steps are each well under a second when quiet
        await page.GotoAsync(server.BaseUrl + "/Login");
        await page.FillAsync("#UserName", user);
        await page.FillAsync("#Password", password);
        await page.ClickAsync("button[type=submit]");
        await page.WaitForURLAsync(server.BaseUrl + "/");
        return page;
    }

    private static Task Shot(IPage page, string name) =>
        page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ServerFixture.Screenshots, name), FullPage = true });

    private static async Task AddUser(IPage admin, string name, string display, string role, string department, string password)
    {
        await admin.FillAsync("input[name='NewUser.UserName']", name);
        await admin.FillAsync("input[name='NewUser.DisplayName']", display);
        await admin.SelectOptionAsync("select[name='NewUser.Role']", role);
        await admin.FillAsync("input[name='NewUser.Jurisdiction']", "140502");
        await admin.FillAsync("input[name='NewUser.Department']", department);
        await admin.FillAsync("input[name='NewUser.Password']", password);
        await admin.ClickAsync("button:has-text('新增用户')");
        await admin.WaitForLoadStateAsync();
        Assert.Contains($"已新增用户 {name}", await admin.InnerTextAsync("[role=status]"));
    }

    [Fact]
    public async Task A_month_of_reporting_and_review_as_a_reporter_and_the_plan_office()
    {
        var admin = await SignedIn("admin", ServerFixture.AdminPassword);
        await admin.GotoAsync(server.BaseUrl + "/Admin/Users");
        await AddUser(admin, "office", "城区规划调度办", "plan-office", "", OfficePassword);
        await AddUser(admin, "zhujian", "区住建局填报员", "reporter", "区住建局", ReporterPassword);
        // A weak password is refused with the policy's words, in Chinese.
        await admin.FillAsync("input[name='NewUser.UserName']", "weak");
        await admin.SelectOptionAsync("select[name='NewUser.Role']", "leader");
        await admin.FillAsync("input[name='NewUser.Jurisdiction']", "140502");
        await admin.FillAsync("input[name='NewUser.Password']", "short");
        await admin.ClickAsync("button:has-text('新增用户')");
        Assert.Contains("密码长度须为 12", await admin.InnerTextAsync("[role=alert]"));
        await Shot(admin, "supervision-admin-users.png");

        // The reporter: 我的任务 for June 2023, report task 24 with evidence.
        var reporter = await SignedIn("zhujian", ReporterPassword);
        await reporter.ClickAsync("nav a[href='/Supervision/MyTasks']");
        await reporter.GotoAsync(server.BaseUrl + "/Supervision/MyTasks?period=2023-06");
        var row = reporter.Locator($"tr[data-task='{Task}']");
        Assert.Contains("未报", await row.InnerTextAsync());
        Assert.Contains("牵头", await row.InnerTextAsync());
        await Shot(reporter, "supervision-my-tasks.png");
        await row.Locator("a.button").ClickAsync();
        await reporter.WaitForURLAsync("**/Supervision/Report**");
        await reporter.SelectOptionAsync("select[name=status]", "InProgress");
        await reporter.FillAsync("input[name=percent]", "30");
        await reporter.FillAsync("textarea[name=text]", "6月检查在建工地 32 个，督促落实“六个百分之百”。");
        var evidence = Path.Combine(server.TempDirectory, "工地检查记录.pdf");
        await File.WriteAllTextAsync(evidence, "%PDF-1.4\n% inspection record\n");
        await reporter.SetInputFilesAsync("input[name=files]", evidence);
        await Shot(reporter, "supervision-report-form.png");
        await reporter.ClickAsync("button:has-text('提交')");
        await reporter.WaitForURLAsync("**/Supervision/MyTasks**");
        Assert.Contains("等待规划调度办公室审核", await reporter.InnerTextAsync("[role=status]"));
        Assert.Contains("待审核", await reporter.Locator($"tr[data-task='{Task}']").InnerTextAsync());

        // The plan office returns it with a comment.
        var office = await SignedIn("office", OfficePassword);
        await office.ClickAsync("nav a[href='/Supervision/Review']");
        await office.WaitForURLAsync("**/Supervision/Review");
        var card = office.Locator("section.review").First;
        Assert.Contains(Task, await card.InnerTextAsync());
        Assert.Contains("工地检查记录.pdf", await card.InnerTextAsync());
        await Shot(office, "supervision-review-queue.png");
        await card.Locator("input[name=comment]").FillAsync("请补充整改完成数量");
        await card.Locator("button:has-text('退回')").ClickAsync();
        await office.WaitForLoadStateAsync();
        Assert.Contains("已退回", await office.InnerTextAsync("[role=status]"));

        // The reporter sees the comment, revises, resubmits.
        await reporter.GotoAsync(server.BaseUrl + "/Supervision/MyTasks?period=2023-06");
        row = reporter.Locator($"tr[data-task='{Task}']");
        Assert.Contains("请补充整改完成数量", await row.InnerTextAsync());
        await row.Locator("a.button").ClickAsync();
        await reporter.WaitForURLAsync("**/Supervision/Report**");
        Assert.Contains("已退回：请补充整改完成数量", await reporter.InnerTextAsync(".notice"));
        await reporter.FillAsync("input[name=percent]", "40");
        await reporter.FillAsync("textarea[name=text]", "6月检查在建工地 32 个，已整改 28 个，其余限期 7 月 15 日前整改。");
        await reporter.ClickAsync("button:has-text('提交')");
        await reporter.WaitForURLAsync("**/Supervision/MyTasks**");

        // The office accepts version 2; the ledger of 2023-06-30 shows the task green, with its reason.
        await office.GotoAsync(server.BaseUrl + "/Supervision/Review");
        card = office.Locator("section.review").First;
        Assert.Contains("第 2 版", await card.InnerTextAsync());
        await card.Locator("button:has-text('采纳')").ClickAsync();
        await office.WaitForLoadStateAsync();
        Assert.Contains("已采纳", await office.InnerTextAsync("[role=status]"));
        await office.GotoAsync(server.BaseUrl + "/Supervision/Ledger?plan=chengqu-2023-air&asOf=2023-06-30");
        var ledgerRow = office.Locator("tr[data-seq='24']");
        Assert.Equal("ongoing", await ledgerRow.GetAttributeAsync("data-state"));
        Assert.Contains("2023-06 期已报送", await ledgerRow.InnerTextAsync());
        Assert.Contains("第2版", await ledgerRow.InnerTextAsync());
        Assert.Equal("notReported", await office.Locator("tr[data-seq='25']").GetAttributeAsync("data-state"));
        Assert.Equal("overdue", await office.Locator("tr[data-seq='3']").GetAttributeAsync("data-state"));
        await Shot(office, "supervision-ledger.png");

        // The warnings the ledger implies on that day: 区住建局 is no longer named for task 24, only for its unreported tasks.
        await office.ClickAsync("p.meta a:has-text('预警研判')");
        await office.WaitForURLAsync("**/Supervision/Warnings**");
        var eco = office.Locator("tr[data-unit='区生态环境分局']").First;
        Assert.Equal("interview", await eco.GetAttributeAsync("data-level"));
        Assert.Contains("进展严重滞后", await office.InnerTextAsync("table.warnings"));
        Assert.DoesNotContain("chengqu-2023-air/24", await office.InnerTextAsync("table.warnings"));
        await Shot(office, "supervision-warnings.png");
        var report = await office.RunAndWaitForDownloadAsync(() => office.Locator("a.download:has-text('Word')").ClickAsync());
        Assert.Equal("chengqu-2023-air-调度通报-2023-06.docx", report.SuggestedFilename);

        // The office issues a 预警函 to 区住建局 from its row; the reporter answers it from the inbox; the office closes it.
        await office.Locator("tr[data-unit='区住建局'] form.issue button").First.ClickAsync();
        await office.WaitForLoadStateAsync();
        var issued = await office.InnerTextAsync("[role=status]");
        Assert.Contains("已下发预警函", issued);
        Assert.Contains("区住建局", issued);
        var number = await office.InnerTextAsync("tr[data-unit='区住建局'] td.letter-cell a");
        Assert.Matches(@"^城区环委办预警〔\d{4}〕1号$", number);
        await Shot(office, "supervision-letter-issued.png");
        // 月度调度: the month at a glance — the letter is open, 区住建局 no longer waits for one, the others still do.
        await office.ClickAsync("nav a[href='/Supervision/Dispatch']");
        await office.GotoAsync(server.BaseUrl + "/Supervision/Dispatch?plan=chengqu-2023-air&asOf=2023-06-30");
        Assert.Equal("1", await office.InnerTextAsync("[data-count='open-letters']"));
        Assert.Equal(0, await office.Locator("table.warnings tr[data-unit='区住建局']").CountAsync());
        Assert.True(await office.Locator("table.warnings tr[data-unit='区生态环境分局']").CountAsync() == 1);
        Assert.Contains(number, await office.InnerTextAsync("table.letters"));
        await Shot(office, "supervision-dispatch.png");
        await reporter.ClickAsync("nav a[href='/Supervision/Letters']");
        await reporter.WaitForURLAsync("**/Supervision/Letters");
        await reporter.ClickAsync($"table.letters a:has-text('{number}')");
        await reporter.WaitForURLAsync("**/Supervision/Letters?id=*");
        Assert.Contains("关于对区住建局予以预警的函", await reporter.InnerTextAsync("section.letter h2"));
        await reporter.FillAsync("textarea[name=text]", "已对未报送的 2 项任务补报 6 月进展，并明确专人每月 25 日前报送。");
        await Shot(reporter, "supervision-letter-reply.png");
        await reporter.ClickAsync("button:has-text('报送整改情况')");
        await reporter.WaitForLoadStateAsync();
        Assert.Contains("已回复预警函", await reporter.InnerTextAsync("[role=status]"));
        await office.GotoAsync(server.BaseUrl + "/Supervision/Letters");
        await office.ClickAsync($"table.letters a:has-text('{number}')");
        await office.WaitForURLAsync("**/Supervision/Letters?id=*");
        Assert.Contains("专人每月 25 日前报送", await office.InnerTextAsync("section.letter"));
        await office.ClickAsync("button:has-text('销号')");
        await office.WaitForLoadStateAsync();
        Assert.Equal("closed", await office.Locator("section.letter").GetAttributeAsync("data-state"));
        await Shot(office, "supervision-letter-closed.png");
        var letter = await office.RunAndWaitForDownloadAsync(() => office.Locator("section.letter a.download").ClickAsync());
        Assert.Equal("chengqu-2023-air-预警函-区住建局-2023-06.docx", letter.SuggestedFilename);
        await office.GotoAsync(server.BaseUrl + "/Supervision/Ledger?plan=chengqu-2023-air&asOf=2023-06-30");

        // The task's history: both versions, the comment, the audit trail.
        await ledgerRow.Locator("a").First.ClickAsync();
        await office.WaitForURLAsync("**/Supervision/History**");
        var history = await office.InnerTextAsync("main");
        Assert.Contains("请补充整改完成数量", history);
        Assert.Contains("report.resubmit", history);
        Assert.Contains("report.accept", history);
        await Shot(office, "supervision-history.png");

        // The evidence file downloads for the office.
        var download = await office.RunAndWaitForDownloadAsync(() => office.Locator("a:has-text('工地检查记录.pdf')").First.ClickAsync());
        Assert.Equal("工地检查记录.pdf", download.SuggestedFilename);

        // 指标评估: the air plan's indicators for 2023, each with a status and its rule; the table downloads.
        await office.ClickAsync("nav a[href='/Supervision/Evaluation']");
        await office.GotoAsync(server.BaseUrl + "/Supervision/Evaluation?plan=chengqu-2023-air&year=2023");
        Assert.True(await office.Locator("table.evaluation tr[data-seq]").CountAsync() >= 6);
        await Shot(office, "supervision-evaluation.png");
        var table = await office.RunAndWaitForDownloadAsync(() => office.Locator("a.download:has-text('Excel')").ClickAsync());
        Assert.EndsWith(".xlsx", table.SuggestedFilename);

        // 规划自查: 001's audit names the stated totals against the rows; an uploaded text is audited without being imported.
        await office.ClickAsync("nav a[href='/Supervision/Audit']");
        await office.WaitForURLAsync("**/Supervision/Audit**");
        await office.SelectOptionAsync("select[name=plan]", "jincheng-14fyp-eco");
        await office.ClickAsync("button:has-text('自查')");
        await office.WaitForLoadStateAsync();
        Assert.Contains("150.6758", await office.InnerTextAsync("table.audit-findings[data-severity='error']"));
        await Shot(office, "supervision-plan-audit.png");
        var text = Path.Combine(server.TempDirectory, "新规划.txt");
        await File.WriteAllTextAsync(text, "某区2024年行动计划\n\n目录\n第一章\t总体要求\t1\n第二章\t重点任务\t2\n\n第一章 总体要求\n到2024年，PM2.5平均浓度控制在35微克/立方米。\n");
        await office.SetInputFilesAsync("#audit-upload input[type=file]", text);
        await office.ClickAsync("#audit-upload button");
        await office.WaitForLoadStateAsync();
        Assert.Contains("第二章", await office.InnerTextAsync("main"));

        await admin.GotoAsync(server.BaseUrl + "/Admin/Audit");
        Assert.Contains("report.return", await admin.InnerTextAsync("table.audit"));
        Assert.Contains("letter.close", await admin.InnerTextAsync("table.audit"));
        await Shot(admin, "supervision-audit-log.png");
    }
}
