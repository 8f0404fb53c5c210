using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using EcoGov.Cli.Tests;
using EcoGov.Core.Monitoring;
using EcoGov.Data;
using EcoGov.Web.Tests;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EcoGov.Application.Tests;

/// <summary>The outcome of one supervision operation in a host: success with its JSON, or a refusal (403 / exit 2) with the message.</summary>
public sealed record Outcome(bool Ok, bool Forbidden, JsonNode? Json, string Message);

/// <summary>
/// The supervision operations as one host performs them, acting as a named user: the CLI with --user, the web as that
/// user signed in through the login form. The same script runs on both (<see cref="ScriptedMonthTests"/>).
/// </summary>
public interface ISupervisionHost
{
    string Name { get; }
    Task<Outcome> AddDepartment(string user, string jurisdiction, string name);
    Task<Outcome> AddUser(string admin, string userName, string role, string? jurisdiction, string? department, string password);
    Task<Outcome> Submit(string user, string task, string period, string status, string? percent, string text, string? evidenceFile = null);
    Task<Outcome> Review(string user, int report, string decision, string? comment);
    Task<Outcome> ReadReport(string user, int report);
    Task<Outcome> ListReports(string? user, string plan, string period);
    Task<Outcome> Ledger(string? user, string plan, string asOf);
    Task<Outcome> Warnings(string? user, string plan, string asOf);
    Task<Outcome> SetDueSoonDays(string user, string plan, string days);
    /// <summary>The 月度调度通报 as the user gets it (.docx or .xlsx bytes).</summary>
    Task<byte[]> Dispatch(string? user, string plan, string asOf, string format);
    Task<Outcome> IssueLetter(string user, string plan, string unit, string asOf, string? replyBy = null);
    /// <summary>The letters the user may read, of one plan when given.</summary>
    Task<Outcome> Letters(string? user, string? plan);
    Task<Outcome> Letter(string user, int letter);
    Task<Outcome> ReplyLetter(string user, int letter, string text);
    Task<Outcome> CloseLetter(string user, int letter, string decision, string? comment);
    /// <summary>The 预警函 .docx to a unit for the period due on a day (the issued one, or a draft).</summary>
    Task<byte[]> LetterDocument(string? user, string plan, string unit, string asOf);
    Task<Outcome> ListUsers(string user);
    Task<Outcome> Audit(string user);
    Task<Outcome> History(string user, string task);
    Task<Outcome> Queue(string user);
    Task<Outcome> MyTasks(string user, string period);
    /// <summary>指标评估 of a plan and year as of a day (`evaluate` / GET /api/plans/{id}/evaluation).</summary>
    Task<Outcome> Evaluate(string? user, string plan, string year, string asOf);
    /// <summary>Enters an indicator's actual (`evaluate set` / POST /api/plans/{id}/evaluation/actuals).</summary>
    Task<Outcome> EnterActual(string user, string plan, string indicator, string year, string value, string source);
    /// <summary>Rows in progress_reports, evidence_files and audit_entries, to prove a refusal wrote nothing.</summary>
    Task<(int Reports, int Files, int Audit)> Counts();
    /// <summary>The plan as the workbook template (`plan export` / GET /api/plans/{id}/workbook).</summary>
    Task<byte[]> ExportWorkbook(string plan);
    /// <summary>Imports a workbook (`plan import` / POST /api/plans/import); the JSON is the import report, also when it was refused.</summary>
    Task<Outcome> ImportWorkbook(string user, string file, bool replace);
    /// <summary>A plan and its records as the host gives them: {plan, indicators, tasks, projects, airTargets, sectionTargets}.</summary>
    Task<JsonObject> PlanRecords(string plan);
    /// <summary>驾驶舱 of a jurisdiction on a day (`dashboard` / GET /api/dashboard); null values are left out.</summary>
    Task<Outcome> Dashboard(string? user, string? jurisdiction, string? asOf);
    /// <summary>Imports an air-hourly CSV into the host's store (`monitoring import` / the import service).</summary>
    Task ImportAir(string csvFile, string jurisdiction);
}

public sealed class CliSupervisionHost : ISupervisionHost, IDisposable
{
    private readonly CliRunner cli = new();
    public string Name => "cli";

    private Task<Outcome> Run(params string?[] args)
    {
        var (exit, stdout, stderr) = cli.Run([.. args.Where(a => a is not null).Select(a => a!), "--json"]);
        return Task.FromResult(exit == 0
            ? new Outcome(true, false, JsonNode.Parse(stdout), "")
            : new Outcome(false, exit == 2 && stderr.StartsWith("--user:", StringComparison.Ordinal) && stderr.Contains("无权"), null, stderr.Trim()));
    }

    private static string?[] As(string? user) => user is null ? [] : ["--user", user];

    /// <summary>Runs a command without --json and returns what it printed (it must succeed).</summary>
    public Task<string> Text(params string[] args)
    {
        var (exit, stdout, stderr) = cli.Run(args);
        Assert.True(exit == 0, stderr);
        return Task.FromResult(stdout);
    }

    public Task<Outcome> AddDepartment(string user, string jurisdiction, string name) => Run(["departments", "add", "--jurisdiction", jurisdiction, "--name", name, .. As(user)]);
    public Task<Outcome> AddUser(string admin, string userName, string role, string? jurisdiction, string? department, string password) =>
        Run(["users", "add", "--user-name", userName, "--role", role, .. jurisdiction is null ? [] : new[] { "--jurisdiction", jurisdiction },
            .. department is null ? [] : new[] { "--department", department }, "--password", password, .. As(admin)]);
    public Task<Outcome> Submit(string user, string task, string period, string status, string? percent, string text, string? evidenceFile = null) =>
        Run(["report", "submit", "--task", task, "--period", period, "--status", status, .. percent is null ? [] : new[] { "--percent", percent },
            "--text", text, .. evidenceFile is null ? [] : new[] { "--file", evidenceFile }, .. As(user)]);
    public Task<Outcome> Review(string user, int report, string decision, string? comment) =>
        Run(["report", "review", "--report", report.ToString(System.Globalization.CultureInfo.InvariantCulture), decision == "accept" ? "--accept" : "--return",
            .. comment is null ? [] : new[] { "--comment", comment }, .. As(user)]);
    public Task<Outcome> ReadReport(string user, int report) => Run(["report", "show", "--report", report.ToString(System.Globalization.CultureInfo.InvariantCulture), .. As(user)]);
    public Task<Outcome> ListReports(string? user, string plan, string period) => Run(["report", "list", "--plan", plan, "--period", period, .. As(user)]);
    public Task<Outcome> Ledger(string? user, string plan, string asOf) => Run(["tasks", "--plan", plan, "--as-of", asOf, .. As(user)]);
    public Task<Outcome> Warnings(string? user, string plan, string asOf) => Run(["warnings", "--plan", plan, "--as-of", asOf, .. As(user)]);
    public Task<Outcome> SetDueSoonDays(string user, string plan, string days) => Run(["plan-settings", "--plan", plan, "--due-soon-days", days, .. As(user)]);

    public async Task<byte[]> Dispatch(string? user, string plan, string asOf, string format)
    {
        var file = Path.Combine(cli.Directory, $"dispatch.{format}");
        var o = await Run(["report", "dispatch", "--plan", plan, "--as-of", asOf, "--out", file, .. As(user)]);
        Assert.True(o.Ok, o.Message);
        return await File.ReadAllBytesAsync(file);
    }
    public Task<Outcome> IssueLetter(string user, string plan, string unit, string asOf, string? replyBy = null) =>
        Run(["warnings", "issue", "--plan", plan, "--unit", unit, "--as-of", asOf, .. replyBy is null ? [] : new[] { "--reply-by", replyBy }, .. As(user)]);
    public Task<Outcome> Letters(string? user, string? plan) => Run(["warnings", "letters", .. plan is null ? [] : new[] { "--plan", plan }, .. As(user)]);
    public Task<Outcome> Letter(string user, int letter) => Run(["warnings", "show", "--letter", N(letter), .. As(user)]);
    public Task<Outcome> ReplyLetter(string user, int letter, string text) => Run(["warnings", "reply", "--letter", N(letter), "--text", text, .. As(user)]);
    public Task<Outcome> CloseLetter(string user, int letter, string decision, string? comment) =>
        Run(["warnings", "close", "--letter", N(letter), decision == "close" ? "--close" : "--return", .. comment is null ? [] : new[] { "--comment", comment }, .. As(user)]);

    public async Task<byte[]> LetterDocument(string? user, string plan, string unit, string asOf)
    {
        var file = Path.Combine(cli.Directory, "letter.docx");
        var o = await Run(["report", "warning", "--plan", plan, "--unit", unit, "--as-of", asOf, "--out", file, .. As(user)]);
        Assert.True(o.Ok, o.Message);
        return await File.ReadAllBytesAsync(file);
    }

    private static string N(int n) => n.ToString(System.Globalization.CultureInfo.InvariantCulture);
    public Task<Outcome> ListUsers(string user) => Run(["users", "list", .. As(user)]);
    public Task<Outcome> Audit(string user) => Run(["audit-log", .. As(user)]);
    public Task<Outcome> History(string user, string task) => Run(["report", "history", "--task", task, .. As(user)]);
    public Task<Outcome> Queue(string user) => Run(["report", "queue", .. As(user)]);
    public Task<Outcome> MyTasks(string user, string period) => throw new NotSupportedException("我的任务 is a page and /api/my-tasks; the CLI lists with `report list` and `tasks`");
    public Task<Outcome> Enable(string user, string target) => Run(["users", "enable", "--user-name", target, .. As(user)]);
    public Task<Outcome> Evaluate(string? user, string plan, string year, string asOf) => Run(["evaluate", "--plan", plan, "--year", year, "--as-of", asOf, .. As(user)]);
    public Task<Outcome> Dashboard(string? user, string? jurisdiction, string? asOf) =>
        Run(["dashboard", .. jurisdiction is null ? [] : new[] { "--jurisdiction", jurisdiction }, .. asOf is null ? [] : new[] { "--as-of", asOf }, .. As(user)]);
    public Task ImportAir(string csvFile, string jurisdiction)
    {
        var (exit, _, stderr) = cli.Run("monitoring", "import", csvFile, "--kind", "air-hourly", "--jurisdiction", jurisdiction, "--json");
        Assert.True(exit == 0, stderr);
        return Task.CompletedTask;
    }
    /// <summary>Runs any command with --json (e.g. `progress`, `air evaluate`), for comparisons.</summary>
    public Task<Outcome> Command(params string?[] args) => Run(args);
    public Task<Outcome> EnterActual(string user, string plan, string indicator, string year, string value, string source) =>
        Run(["evaluate", "set", "--plan", plan, "--indicator", indicator, "--year", year, "--value", value, "--source", source, .. As(user)]);

    public async Task<(int Reports, int Files, int Audit)> Counts()
    {
        await using var db = new EcoGovDbContext(EcoGovDatabase.Options(EcoGovDatabase.ConnectionString(cli.Db)));
        return (await db.ProgressReports.CountAsync(), await db.EvidenceFiles.CountAsync(), await db.AuditEntries.CountAsync());
    }

    public async Task<byte[]> ExportWorkbook(string plan)
    {
        var file = Path.Combine(cli.Directory, plan + ".xlsx");
        var o = await Run(["plan", "export", "--plan", plan, "--out", file]);
        Assert.True(o.Ok, o.Message);
        return await File.ReadAllBytesAsync(file);
    }
    public Task<Outcome> ImportWorkbook(string user, string file, bool replace)
    {
        var (exit, stdout, stderr) = cli.Run(["plan", "import", file, .. replace ? new[] { "--replace" } : [], "--user", user, "--json"]);
        var json = stdout.Trim().Length > 0 ? JsonNode.Parse(stdout) : null;
        return Task.FromResult(new Outcome(exit == 0, exit == 2 && stderr.StartsWith("--user:", StringComparison.Ordinal) && stderr.Contains("无权"), json, stderr.Trim()));
    }
    public async Task<JsonObject> PlanRecords(string plan)
    {
        var plans = (await Run(["plans"])).Json!.AsArray();
        return new JsonObject
        {
            ["plan"] = plans.Single(p => p!["id"]!.GetValue<string>() == plan)!.DeepClone(),
            ["indicators"] = (await Run(["indicators", "--plan", plan])).Json,
            ["tasks"] = (await Run(["tasks", "--plan", plan])).Json,
            ["projects"] = (await Run(["projects", "--plan", plan])).Json,
            ["airTargets"] = (await Run(["air-targets", "--plan", plan])).Json,
            ["sectionTargets"] = (await Run(["section-targets", "--plan", plan])).Json,
        };
    }
    public void Dispose() => cli.Dispose();
}

public sealed class WebSupervisionHost : ISupervisionHost, IAsyncDisposable
{
    private readonly EcoGovFactory web = new();
    private readonly Dictionary<string, HttpClient> clients = [];
    private readonly Dictionary<string, string> passwords = new() { ["admin"] = EcoGovFactory.AdminPassword };
    public string Name => "web";

    private async Task<HttpClient> As(string user)
    {
        if (clients.TryGetValue(user, out var c)) return c;
        c = web.NoRedirectClient();
        var login = await EcoGovFactory.PostLoginAs(c, user, passwords[user]);
        Assert.True(login.StatusCode == HttpStatusCode.Redirect, $"sign-in of {user}: {login.StatusCode}");
        await EcoGovFactory.SendAntiforgeryHeader(c);
        return clients[user] = c;
    }

    private static async Task<Outcome> Read(HttpResponseMessage r)
    {
        var text = await r.Content.ReadAsStringAsync();
        if (r.IsSuccessStatusCode) return new Outcome(true, false, JsonNode.Parse(text), "");
        var detail = JsonNode.Parse(text)?["detail"]?.GetValue<string>() ?? text;
        return new Outcome(false, r.StatusCode == HttpStatusCode.Forbidden, null, detail);
    }

    private async Task<Outcome> Get(string? user, string path) => await Read(await (await As(user ?? "admin")).GetAsync(path));
    private async Task<Outcome> Post(string user, string path, object body) => await Read(await (await As(user)).PostAsJsonAsync(path, body));

    public Task<Outcome> AddDepartment(string user, string jurisdiction, string name) => Post(user, "/api/departments", new { jurisdiction, name });

    public async Task<Outcome> AddUser(string admin, string userName, string role, string? jurisdiction, string? department, string password)
    {
        var o = await Post(admin, "/api/users", new { userName, role, jurisdiction, department, password });
        if (o.Ok) passwords[userName] = password;
        return o;
    }

    public async Task<Outcome> Submit(string user, string task, string period, string status, string? percent, string text, string? evidenceFile = null)
    {
        using var form = new MultipartFormDataContent
        {
            { new StringContent(task), "task" }, { new StringContent(period), "period" }, { new StringContent(status), "status" },
            { new StringContent(text), "text" },
        };
        if (percent is not null) form.Add(new StringContent(percent), "percent");
        if (evidenceFile is not null)
        {
            var file = new ByteArrayContent(await File.ReadAllBytesAsync(evidenceFile));
            file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
            form.Add(file, "files", Path.GetFileName(evidenceFile));
        }
        return await Read(await (await As(user)).PostAsync("/api/reports", form));
    }

    public Task<Outcome> Review(string user, int report, string decision, string? comment) => Post(user, $"/api/reports/{report}/review", new { decision, comment });
    public Task<Outcome> ReadReport(string user, int report) => Get(user, $"/api/reports/{report}");
    public Task<Outcome> ListReports(string? user, string plan, string period) => Get(user, $"/api/plans/{plan}/reports?period={period}");
    public Task<Outcome> Ledger(string? user, string plan, string asOf) => Get(user, $"/api/plans/{plan}/ledger?asOf={asOf}");
    public Task<Outcome> Warnings(string? user, string plan, string asOf) => Get(user, $"/api/plans/{plan}/warnings?asOf={asOf}");
    public Task<Outcome> SetDueSoonDays(string user, string plan, string days) => Post(user, $"/api/plans/{plan}/settings", new { dueSoonDays = days });

    public async Task<byte[]> Dispatch(string? user, string plan, string asOf, string format)
    {
        var r = await (await As(user ?? "admin")).GetAsync($"/api/plans/{plan}/dispatch-report?asOf={asOf}&format={format}");
        Assert.True(r.IsSuccessStatusCode, await r.Content.ReadAsStringAsync());
        Assert.Equal(format == "docx" ? EcoGov.Application.Supervision.DispatchReportService.DocxType : EcoGov.Application.Supervision.DispatchReportService.XlsxType,
            r.Content.Headers.ContentType?.MediaType);
        return await r.Content.ReadAsByteArrayAsync();
    }
    public Task<Outcome> IssueLetter(string user, string plan, string unit, string asOf, string? replyBy = null) =>
        Post(user, $"/api/plans/{plan}/warning-letters", new { unit, asOf, replyBy });
    public Task<Outcome> Letters(string? user, string? plan) => Get(user, plan is null ? "/api/warning-letters" : $"/api/plans/{plan}/warning-letters");
    public Task<Outcome> Letter(string user, int letter) => Get(user, $"/api/warning-letters/{letter}");
    public Task<Outcome> ReplyLetter(string user, int letter, string text) => Post(user, $"/api/warning-letters/{letter}/reply", new { text });
    public Task<Outcome> CloseLetter(string user, int letter, string decision, string? comment) =>
        Post(user, $"/api/warning-letters/{letter}/close", new { decision, comment });

    public async Task<byte[]> LetterDocument(string? user, string plan, string unit, string asOf)
    {
        var r = await (await As(user ?? "admin")).GetAsync($"/api/plans/{plan}/warning-letter?unit={Uri.EscapeDataString(unit)}&asOf={asOf}");
        Assert.True(r.IsSuccessStatusCode, await r.Content.ReadAsStringAsync());
        Assert.Equal(EcoGov.Application.Supervision.DispatchReportService.DocxType, r.Content.Headers.ContentType?.MediaType);
        return await r.Content.ReadAsByteArrayAsync();
    }
    public Task<Outcome> ListUsers(string user) => Get(user, "/api/users");
    public Task<Outcome> Audit(string user) => Get(user, "/api/audit-log");
    public Task<Outcome> History(string user, string task) => Get(user, $"/api/report-history?task={Uri.EscapeDataString(task)}");
    public Task<Outcome> Queue(string user) => Get(user, "/api/reports/queue");
    public Task<Outcome> MyTasks(string user, string period) => Get(user, $"/api/my-tasks?period={period}");
    public Task<Outcome> Enable(string user, string target) => Post(user, $"/api/users/{target}/enable", new { });
    public Task<Outcome> Evaluate(string? user, string plan, string year, string asOf) => Get(user, $"/api/plans/{plan}/evaluation?year={year}&asOf={asOf}");
    public Task<Outcome> Dashboard(string? user, string? jurisdiction, string? asOf) =>
        Get(user, "/api/dashboard?" + string.Join("&", new[] { ("jurisdiction", jurisdiction), ("asOf", asOf) }.Where(x => x.Item2 is not null).Select(x => $"{x.Item1}={Uri.EscapeDataString(x.Item2!)}")));
    public async Task ImportAir(string csvFile, string jurisdiction)
    {
        using var scope = web.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<EcoGov.Data.EcoGovDbContext>();
        Assert.Empty((await new EcoGov.Application.Monitoring.MonitoringImportService(db)
            .ImportAsync(new EcoGov.Application.Monitoring.MonitoringImportRequest(csvFile, EcoGov.Core.Monitoring.MonitoringDataKind.AirHourly, jurisdiction))).Rejected);
    }
    public Task<Outcome> EnterActual(string user, string plan, string indicator, string year, string value, string source) =>
        Post(user, $"/api/plans/{plan}/evaluation/actuals", new { indicator, year, value, source });
    public EcoGovFactory Factory => web;

    /// <summary>Posts a form as the user.</summary>
    public async Task<Outcome> PostForm(string user, string path, MultipartFormDataContent form) => await Read(await (await As(user)).PostAsync(path, form));

    /// <summary>The bytes of an evidence file as the user downloads it.</summary>
    public async Task<(HttpStatusCode Status, byte[] Bytes, string? FileName)> Download(string user, int report, int file)
    {
        var r = await (await As(user)).GetAsync($"/api/reports/{report}/evidence/{file}");
        return (r.StatusCode, await r.Content.ReadAsByteArrayAsync(), r.Content.Headers.ContentDisposition?.FileNameStar);
    }

    public async Task<(int Reports, int Files, int Audit)> Counts()
    {
        using var scope = web.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<EcoGovDbContext>();
        return (await db.ProgressReports.CountAsync(), await db.EvidenceFiles.CountAsync(), await db.AuditEntries.CountAsync());
    }

    public async Task<byte[]> ExportWorkbook(string plan)
    {
        var r = await (await As("admin")).GetAsync($"/api/plans/{plan}/workbook");
        Assert.True(r.IsSuccessStatusCode, await r.Content.ReadAsStringAsync());
        Assert.Equal(EcoGov.Application.Plans.PlanWorkbookService.ContentType, r.Content.Headers.ContentType?.MediaType);
        return await r.Content.ReadAsByteArrayAsync();
    }
    public async Task<Outcome> ImportWorkbook(string user, string file, bool replace)
    {
        using var form = new MultipartFormDataContent();
        var content = new ByteArrayContent(await File.ReadAllBytesAsync(file));
        content.Headers.ContentType = new MediaTypeHeaderValue(EcoGov.Application.Plans.PlanWorkbookService.ContentType);
        form.Add(content, "file", Path.GetFileName(file));
        if (replace) form.Add(new StringContent("true"), "replace");
        var r = await (await As(user)).PostAsync("/api/plans/import", form);
        var node = JsonNode.Parse(await r.Content.ReadAsStringAsync());
        if (r.IsSuccessStatusCode) return new Outcome(true, false, node, "");
        return new Outcome(false, r.StatusCode == HttpStatusCode.Forbidden, node?["report"], node?["detail"]?.GetValue<string>() ?? "");
    }
    public async Task<JsonObject> PlanRecords(string plan)
    {
        var c = await As("admin");
        async Task<JsonNode?> J(string path) => JsonNode.Parse(await c.GetStringAsync(path));
        return new JsonObject
        {
            ["plan"] = await J($"/api/plans/{plan}"),
            ["indicators"] = await J($"/api/plans/{plan}/indicators"),
            ["tasks"] = await J($"/api/plans/{plan}/tasks"),
            ["projects"] = await J($"/api/plans/{plan}/projects"),
            ["airTargets"] = await J($"/api/plans/{plan}/air-targets"),
            ["sectionTargets"] = await J($"/api/plans/{plan}/section-targets"),
        };
    }
    public async ValueTask DisposeAsync()
    {
        foreach (var c in clients.Values) c.Dispose();
        await web.DisposeAsync();
    }
}
