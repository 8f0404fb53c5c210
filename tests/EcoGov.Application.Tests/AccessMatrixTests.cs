using EcoGov.Cli.Commands;
using EcoGov.Web;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace EcoGov.Application.Tests;

/// <summary>
/// Issue 9 item 3: role × jurisdiction × action, generated, through both hosts. Every supervision endpoint and command
/// is one of the actions below (<see cref="Every_supervision_endpoint_and_command_is_in_the_matrix"/>); each user tries
/// each action, and the outcome must be "refused as forbidden" exactly where the table below says so. The table is
/// written from the issue's role definitions, not from <c>AccessPolicy</c>: removing a check from the application layer
/// makes the cases it guarded fail.
/// </summary>
public sealed class AccessMatrixTests(AccessMatrixTests.Hosts hosts) : IClassFixture<AccessMatrixTests.Hosts>
{
    private const string Plan = "chengqu-2023-air";

    /// <summary>The users: a role, a jurisdiction (城区 itself, its parent 晋城市, or 稷山县 elsewhere), a department.</summary>
    public static readonly (string Name, string Role, string? Jurisdiction, string? Department)[] Users =
    [
        ("admin", "administrator", null, null),
        ("office-own", "plan-office", "140502", null),
        ("office-parent", "plan-office", "140500", null),
        ("office-other", "plan-office", "140824", null),
        ("reporter-lead", "reporter", "140502", "区生态环境分局"),   // leads tasks 3, 4, 5
        ("reporter-otherdept", "reporter", "140502", "区住建局"),
        ("reporter-parent", "reporter", "140500", "市生态环境局"),
        ("reporter-other", "reporter", "140824", "县生态环境局"),
        ("leader-own", "leader", "140502", null),
        ("leader-parent", "leader", "140500", null),
        ("leader-other", "leader", "140824", null),
    ];

    public static readonly string[] Actions =
        ["ledger", "warnings", "editSettings", "listReports", "history", "readPublished", "readUnpublished", "submit", "review", "addDepartment", "myTasks", "listUsers", "addUser", "enableUser", "audit",
         "issueLetter", "readLetter", "replyLetter", "closeLetter", "evaluate", "enterActual"];

    /// <summary>The expected answer: true when the user may do it.</summary>
    private static bool Allowed(string user, string action)
    {
        var (_, role, jurisdiction, _) = Users.Single(u => u.Name == user);
        var admin = role == "administrator";
        var within = admin || jurisdiction is "140502" or "140500";   // 城区 or above it
        return action switch
        {
            "ledger" or "warnings" or "listReports" or "history" or "readPublished" or "evaluate" => within,
            "readUnpublished" => admin || (within && role is "plan-office" or "leader") || user == "reporter-lead",
            "submit" => user == "reporter-lead",
            "review" or "addDepartment" or "editSettings" or "enterActual" => admin || (within && role == "plan-office"),
            "myTasks" => role == "reporter",
            "listUsers" or "addUser" or "enableUser" or "audit" => admin,
            "issueLetter" or "closeLetter" => admin || (within && role == "plan-office"),
            "readLetter" => admin || (within && role is "plan-office" or "leader") || user == "reporter-lead",
            "replyLetter" => user == "reporter-lead",   // the receiving department's own statement: not even the administrator
            _ => throw new ArgumentOutOfRangeException(nameof(action)),
        };
    }

    public static TheoryData<string, string, string> Cases()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var host in new[] { "cli", "web" })
            foreach (var (user, _, _, _) in Users)
                foreach (var action in Actions)
                    if (!(host == "cli" && action == "myTasks")) data.Add(host, user, action);
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Each_role_may_do_exactly_what_its_definition_allows(string host, string user, string action)
    {
        var h = hosts.For(host);
        var o = action switch
        {
            "ledger" => await h.Ledger(user, Plan, "2023-06-30"),
            "warnings" => await h.Warnings(user, Plan, "2023-06-30"),
            "editSettings" => await h.SetDueSoonDays(user, Plan, "15"),
            "listReports" => await h.ListReports(user, Plan, "2023-06"),
            "history" => await h.History(user, $"{Plan}/3"),
            "readPublished" => await h.ReadReport(user, hosts.Published[host]),
            "readUnpublished" => await h.ReadReport(user, hosts.Unpublished[host]),
            "submit" => await h.Submit(user, $"{Plan}/5", "2023-06", "推进中", "10", "企业台账整改中。"),
            "review" => await h.Review(user, hosts.ToReview[host], "return", "请补充"),
            "addDepartment" => await h.AddDepartment(user, "140502", "测试部门" + user),
            "myTasks" => await h.MyTasks(user, "2023-06"),
            "listUsers" => await h.ListUsers(user),
            "addUser" => await h.AddUser(user, "new-" + user, "leader", "140502", null, "Leader-Seat-2023!"),
            "enableUser" => await EnableUser(h, user),
            "audit" => await h.Audit(user),
            "issueLetter" => await h.IssueLetter(user, Plan, "区住建局", "2023-06-30"),
            "readLetter" => await h.Letter(user, hosts.LetterToReply[host]),
            "replyLetter" => await h.ReplyLetter(user, hosts.LetterToReply[host], "已制定整改方案。"),
            "closeLetter" => await h.CloseLetter(user, hosts.LetterToClose[host], "close", null),
            "evaluate" => await h.Evaluate(user, Plan, "2023", "2023-06-30"),
            "enterActual" => await h.EnterActual(user, Plan, "7", "2023", "第 38 位", "2023 年全国城市空气质量排名通报"),
            _ => throw new ArgumentOutOfRangeException(nameof(action)),
        };
        if (Allowed(user, action))
            Assert.False(o.Forbidden, $"{host} {user} {action} was refused: {o.Message}");
        else
            Assert.True(o.Forbidden, $"{host} {user} {action} should be forbidden, got ok={o.Ok} {o.Message}");
    }

    private static Task<Outcome> EnableUser(ISupervisionHost h, string user) => h switch
    {
        CliSupervisionHost c => c.Enable(user, "leader-other"),
        WebSupervisionHost w => w.Enable(user, "leader-other"),
        _ => throw new ArgumentOutOfRangeException(nameof(h)),
    };

    [Fact]
    public void Every_supervision_endpoint_and_command_is_in_the_matrix()
    {
        // Endpoint name → the action of the matrix that exercises its check (the same service call).
        var endpoints = new Dictionary<string, string>
        {
            [nameof(SupervisionApi.GetLedger)] = "ledger",
            [nameof(SupervisionApi.ListWarnings)] = "warnings",
            [nameof(SupervisionApi.GetPlanSettings)] = "public",         // the settings that apply are not confidential
            [nameof(SupervisionApi.SetPlanSettings)] = "editSettings",
            [nameof(SupervisionApi.DispatchReportFile)] = "warnings",   // composed from the ledger and the warnings, same check
            [nameof(SupervisionApi.ListReports)] = "listReports",
            [nameof(SupervisionApi.ReportHistory)] = "history",
            [nameof(SupervisionApi.GetReport)] = "readUnpublished",
            [nameof(SupervisionApi.GetEvidence)] = "readUnpublished",   // EvidenceAsync reads the report through ReportAsync first
            [nameof(SupervisionApi.SubmitReport)] = "submit",
            [nameof(SupervisionApi.ReviewReport)] = "review",
            [nameof(SupervisionApi.ReviewQueue)] = "review",            // filtered by the review check, never refused
            [nameof(SupervisionApi.AddDepartment)] = "addDepartment",
            [nameof(SupervisionApi.ListDepartments)] = "public",         // the list of departments is not confidential
            [nameof(SupervisionApi.MyTasks)] = "myTasks",
            [nameof(SupervisionApi.ListUsers)] = "listUsers",
            [nameof(SupervisionApi.AddUser)] = "addUser",
            [nameof(SupervisionApi.DisableUser)] = "enableUser",
            [nameof(SupervisionApi.EnableUser)] = "enableUser",
            [nameof(SupervisionApi.AuditLog)] = "audit",
            [nameof(SupervisionApi.IssueLetter)] = "issueLetter",
            [nameof(SupervisionApi.ListPlanLetters)] = "ledger",          // the plan's letters: its readers, each seeing what readLetter allows
            [nameof(SupervisionApi.ListLetters)] = "readLetter",          // filtered by the read check, never refused
            [nameof(SupervisionApi.GetLetter)] = "readLetter",
            [nameof(SupervisionApi.ReplyLetter)] = "replyLetter",
            [nameof(SupervisionApi.CloseLetter)] = "closeLetter",
            [nameof(SupervisionApi.LetterDocument)] = "warnings",         // a draft from the candidates; an issued one also passes readLetter
            [nameof(EvaluationApi.GetEvaluation)] = "evaluate",
            [nameof(EvaluationApi.EvaluationReportFile)] = "evaluate",  // composed from the evaluation, same check
            [nameof(EvaluationApi.SetIndicatorActual)] = "enterActual",
            [nameof(DashboardApi.GetDashboard)] = "ledger",              // the jurisdiction's ledger and what it is composed of
        };
        var mapped = hosts.Web.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .Where(e => e.Metadata.GetMetadata<Microsoft.AspNetCore.Http.Metadata.ITagsMetadata>()?.Tags.Contains("Supervision") == true)
            .Select(e => e.Metadata.GetMetadata<IEndpointNameMetadata>()!.EndpointName).ToList();
        Assert.Equal(endpoints.Keys.Order(), mapped.Order());
        Assert.All(endpoints.Values, a => Assert.True(a == "public" || Actions.Contains(a), a));

        var commands = new Dictionary<string, string>
        {
            ["tasks"] = "ledger",
            ["warnings"] = "warnings",
            ["plan-settings"] = "editSettings",
            ["report dispatch"] = "warnings",
            ["report submit"] = "submit",
            ["report review"] = "review",
            ["report list"] = "listReports",
            ["report show"] = "readUnpublished",
            ["report queue"] = "review",
            ["report history"] = "history",
            ["users add"] = "addUser",
            ["users list"] = "listUsers",
            ["users disable"] = "enableUser",
            ["users enable"] = "enableUser",
            ["departments"] = "public",
            ["departments add"] = "addDepartment",
            ["audit-log"] = "audit",
            ["warnings issue"] = "issueLetter",
            ["warnings letters"] = "readLetter",
            ["warnings show"] = "readLetter",
            ["warnings reply"] = "replyLetter",
            ["warnings close"] = "closeLetter",
            ["report warning"] = "warnings",
            ["evaluate"] = "evaluate",
            ["evaluate set"] = "enterActual",
            ["report evaluation"] = "evaluate",
            ["dashboard"] = "ledger",
        };
        var leaves = SupervisionCommands.Build(new EcoGov.Cli.Output(TextWriter.Null, TextWriter.Null))
            .SelectMany(c => c.Subcommands.Count == 0 ? [c.Name] : c.Subcommands.Select(s => $"{c.Name} {s.Name}").Append(c.Action is null ? null : c.Name))
            .Where(n => n is not null).ToList();
        Assert.Equal(commands.Keys.Order(), leaves.Order());
    }

    /// <summary>Both hosts with the users of <see cref="Users"/> and three reports of 区生态环境分局: accepted, pending, pending for review.</summary>
    public sealed class Hosts : IAsyncLifetime
    {
        private readonly CliSupervisionHost cli = new();
        private readonly WebSupervisionHost web = new();
        public Dictionary<string, int> Published { get; } = [];
        public Dictionary<string, int> Unpublished { get; } = [];
        public Dictionary<string, int> ToReview { get; } = [];
        /// <summary>A letter to 区生态环境分局 awaiting its reply (2023-06), and one replied, awaiting closing (2023-07).</summary>
        public Dictionary<string, int> LetterToReply { get; } = [];
        public Dictionary<string, int> LetterToClose { get; } = [];
        public EcoGov.Web.Tests.EcoGovFactory Web => web.Factory;

        public ISupervisionHost For(string name) => name == "cli" ? cli : web;

        public async Task InitializeAsync()
        {
            foreach (var (name, h) in new (string, ISupervisionHost)[] { ("cli", cli), ("web", web) })
            {
                foreach (var (jurisdiction, dept) in new[] { ("140500", "市生态环境局"), ("140824", "县生态环境局") })
                {
                    var d = await h.AddDepartment("admin", jurisdiction, dept);
                    Assert.True(d.Ok || d.Message.Contains("已存在"), d.Message);
                }
                foreach (var (user, role, jurisdiction, department) in Users.Where(u => u.Name != "admin"))
                {
                    var added = await h.AddUser("admin", user, role, jurisdiction, department, "Matrix-Pass-2023!");
                    Assert.True(added.Ok, $"{name} {user}: {added.Message}");
                }
                var published = await h.Submit("reporter-lead", $"{Plan}/3", "2023-06", "推进中", "50", "已发布的报告。");
                Assert.True(published.Ok, published.Message);
                Assert.True((await h.Review("office-own", published.Json!["id"]!.GetValue<int>(), "accept", null)).Ok);
                var pending = await h.Submit("reporter-lead", $"{Plan}/4", "2023-06", "推进中", "50", "待审核的报告。");
                var toReview = await h.Submit("reporter-lead", $"{Plan}/3", "2023-07", "推进中", "60", "待审核的报告。");
                Assert.True(pending.Ok && toReview.Ok, pending.Message + toReview.Message);
                Published[name] = published.Json!["id"]!.GetValue<int>();
                Unpublished[name] = pending.Json!["id"]!.GetValue<int>();
                ToReview[name] = toReview.Json!["id"]!.GetValue<int>();
                var toReply = await h.IssueLetter("office-own", Plan, "区生态环境分局", "2023-06-30");
                var toClose = await h.IssueLetter("office-own", Plan, "区生态环境分局", "2023-07-31");
                Assert.True(toReply.Ok && toClose.Ok, toReply.Message + toClose.Message);
                LetterToReply[name] = toReply.Json!["id"]!.GetValue<int>();
                LetterToClose[name] = toClose.Json!["id"]!.GetValue<int>();
                Assert.True((await h.ReplyLetter("reporter-lead", LetterToClose[name], "已整改。")).Ok);
            }
        }

        public async Task DisposeAsync()
        {
            cli.Dispose();
            await web.DisposeAsync();
        }
    }
}
