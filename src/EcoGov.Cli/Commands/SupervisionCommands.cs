using System.CommandLine;
using System.Globalization;
using EcoGov.Application.Plans;
using EcoGov.Application.Supervision;
using EcoGov.Core;
using EcoGov.Core.Supervision;
using Microsoft.Extensions.DependencyInjection;

namespace EcoGov.Cli.Commands;

/// <summary>
/// Supervision from the command line (issue 9; docs/supervision.md): `tasks` (with --as-of, the ledger's states),
/// `report submit|review|list|history|queue`, `users add|list|disable|enable`, `departments [add]`, `audit-log`. Commands that
/// change something need `--user`, and act with that user's role; reading without `--user` is the local operator's (who
/// holds the database file) and sees everything.
/// </summary>
public static partial class SupervisionCommands
{
    internal static readonly Option<string?> User = new("--user") { Description = "操作用户（用户名）/ the acting user" };

    public static IEnumerable<Command> Build(Output output)
    {
        yield return Tasks(output);
        yield return Warnings(output);
        yield return PlanSettings(output);
        yield return Report(output);
        yield return Users(output);
        yield return Departments(output);
        yield return EvaluationCommands.Evaluate(output);
        yield return DashboardCommands.Dashboard(output);
        var audit = new Command("audit-log", "审计日志（管理员）/ the audit log (administrator)") { User };
        var type = new Option<string?>("--type") { Description = "对象类型 report / user / department" };
        audit.Options.Add(type);
        audit.SetAction((p, ct) => Run(p, output, async (s, actor) =>
        {
            var log = await s.GetRequiredService<AuditTrail>().LogAsync(actor, p.GetValue(type), ct: ct);
            if (Json(p, output, log)) return;
            output.Table("审计日志 / audit log", ["时间", "用户", "操作", "对象", "变更"],
                log.Select(e => new[] { ChinaTime.ToText(e.AtUtc, seconds: true), e.UserName, e.Action,
                    $"{e.ObjectType} {e.ObjectId}", string.Join("；", e.Changes.Select(c => $"{c.Field}: {c.Old ?? "∅"} → {Output.Cut(c.New ?? "∅", 60)}")) }));
        }, userRequired: true));
        yield return audit;
    }

    private static Command Tasks(Output output)
    {
        var plan = new Option<string>("--plan") { Description = "规划编号 / plan id", Required = true };
        var asOf = new Option<string?>("--as-of") { Description = "台账日期 yyyy-MM-dd：加上各任务当日的状态、信号灯、原因和最近采纳的报告 / the ledger on this day" };
        var dueSoon = new Option<string?>("--due-soon-days") { Description = "临期天数（默认 15）/ due-soon window in days (default 15)" };
        var command = new Command("tasks", "重点任务；加 --as-of 得到任务台账（状态、信号灯、原因）/ tasks of a plan; with --as-of, the ledger") { plan, asOf, dueSoon, User };
        command.SetAction((p, ct) =>
        {
            if (p.GetValue(asOf) is null && p.GetValue(dueSoon) is null && p.GetValue(User) is null) return PlainTasksAsync(p, output, p.GetValue(plan)!, ct);
            return Run(p, output, async (s, actor) =>
            {
                var ledger = await s.GetRequiredService<TaskLedgerService>().LedgerAsync(actor, new LedgerRequest(p.GetValue(plan), p.GetValue(asOf), p.GetValue(dueSoon)), ct);
                if (Json(p, output, ledger.Rows.Select(LedgerTaskDto.From))) return;
                output.Table($"{ledger.Plan.Id} 任务台账 / task ledger · {ledger.AsOf.ToText()}", ["序号", "任务", "牵头单位", "完成时限", "灯", "状态", "原因", "最近采纳"],
                    ledger.Rows.Select(r => new[]
                    {
                        N(r.Task.Seq), Output.Cut(r.Task.Text, 40), string.Join("、", r.Task.LeadUnits), r.Task.Deadline?.Text,
                        Light(r.Light), r.StateName, r.Reason,
                        r.LastReport is { } l ? $"{l.Period} v{l.Version} {l.StatusName} {l.Percent}%" : "",
                    }));
                var counts = ledger.Rows.GroupBy(r => r.StateName).Select(g => $"{g.Key} {g.Count()}");
                output.Line($"共 {ledger.Rows.Count} 项：{string.Join("，", counts)}（临期 {ledger.DueSoonDays} 天内）");
            });
        });
        return command;
    }

    private static Command Warnings(Output output)
    {
        var plan = new Option<string>("--plan") { Description = "规划编号 / plan id", Required = true };
        var asOf = new Option<string?>("--as-of") { Description = "研判日期 yyyy-MM-dd（默认今天）/ the day" };
        var command = new Command("warnings", "预警研判：按规划规则列出应预警、约谈、督办的单位及原因 / warning candidates by the plan's rules") { plan, asOf, User };
        command.SetAction((p, ct) => Run(p, output, async (s, actor) =>
        {
            var report = await s.GetRequiredService<WarningService>().CandidatesAsync(actor, new WarningsRequest(p.GetValue(plan), p.GetValue(asOf)), ct);
            if (Json(p, output, report)) return;
            output.Table($"{report.Plan} 预警研判 / warning candidates · {report.AsOf}（{report.Period} 期）", ["单位", "等级", "原因", "依据"],
                report.Candidates.SelectMany(c => c.Reasons.Select((r, i) => new[] { i == 0 ? c.Unit : "", i == 0 ? c.Level : "", r.Message, r.Evidence })));
            foreach (var n in report.Notes) output.Line("说明 / note: " + n);
        }));
        AddLetterCommands(command, output);
        return command;
    }

    private static Command PlanSettings(Output output)
    {
        var plan = new Option<string>("--plan") { Description = "规划编号 / plan id", Required = true };
        var dueSoon = new Option<string?>("--due-soon-days") { Description = "临期天数（0–366；空字符串恢复默认 15）" };
        var heating = new Option<string?>("--heating-season-start") { Description = "规划所属行政区的采暖季开始日 MM-DD（下级行政区沿用；空字符串恢复默认 11-15）" };
        var overdue = new Option<string?>("--overdue-tasks-for-interview") { Description = "预警规则：单位逾期任务达到几项即约谈（1–100；空字符串恢复默认 3）" };
        var excess = new Option<string?>("--excess-for-interview-percent") { Description = "预警规则：已结束的月份超过目标百分之几即约谈（空字符串恢复默认 10）" };
        var notReported = new Option<string?>("--not-reported-warns") { Description = "预警规则：本期未报是否列为预警原因 yes / no（空字符串恢复默认 yes）" };
        var command = new Command("plan-settings", "督办设置：查看或修改临期天数、采暖季开始日、预警阈值 / a plan's supervision settings")
            { plan, dueSoon, heating, overdue, excess, notReported, User };
        command.SetAction((p, ct) =>
        {
            var request = new PlanSettingsRequest(p.GetValue(plan), p.GetValue(dueSoon), p.GetValue(heating), p.GetValue(overdue), p.GetValue(excess), p.GetValue(notReported));
            return Run(p, output, async (s, actor) =>
            {
                var service = s.GetRequiredService<SupervisionSettingsService>();
                var view = request.Changes ? await service.SetAsync(actor, request, ct) : (await service.ForPlanAsync(p.GetValue(plan)!, ct)).View;
                if (Json(p, output, view)) return;
                var t = view.Thresholds;
                string Default(string field) => view.ThresholdsAreDefault.Contains(field) ? "（默认）" : "";
                output.Line($"{view.Plan}：临期 {view.DueSoonDays} 天{(view.DueSoonDaysIsDefault ? "（默认）" : "")}；采暖季开始日 {view.HeatingSeasonStart}（{view.HeatingSeasonStartFrom}）");
                output.Line($"预警阈值：逾期 {t.OverdueTasksForInterview} 项约谈{Default(PlanSettingsRequest.OverdueTasksForInterviewField)}；" +
                    $"超过目标 {t.ExcessForInterviewPercent.ToString(CultureInfo.InvariantCulture)}% 约谈{Default(PlanSettingsRequest.ExcessForInterviewPercentField)}；" +
                    $"本期未报{(t.NotReportedWarns ? "列为" : "不列为")}预警原因{Default(PlanSettingsRequest.NotReportedWarnsField)}");
            }, userRequired: request.Changes);
        });
        return command;
    }

    private static async Task<int> PlainTasksAsync(ParseResult p, Output output, string planId, CancellationToken ct)
    {
        using var store = Store.Open(p, output);
        var list = await store.Get<PlanCatalogService>().TasksAsync(new PlanRequest(planId), ct);
        if (p.GetValue(CliApp.Json))
        {
            output.Json(list.Select(TaskDto.From));
            return ExitCodes.Success;
        }
        output.Table($"{planId} 任务 / tasks", ["序号", "类别", "任务", "牵头单位", "配合单位", "完成时限"],
            list.Select(t => new[] { N(t.Seq), t.Category, t.Text, string.Join("、", t.LeadUnits), string.Join("、", t.CooperatingUnits), t.Deadline?.Text }));
        return ExitCodes.Success;
    }

    private static Command Report(Output output)
    {
        var report = new Command("report", "月度进展报告：填报、审核、查询 / monthly progress reports");

        var task = new Option<string?>("--task") { Description = "任务：规划编号/序号，如 chengqu-2023-air/15" };
        var project = new Option<string?>("--project") { Description = "重点工程：规划编号/序号" };
        var period = new Option<string?>("--period") { Description = "填报期 yyyy-MM" };
        var status = new Option<string?>("--status") { Description = "未启动 / 推进中 / 已完成 / 受阻（或 notStarted, inProgress, completed, blocked）" };
        var percent = new Option<string?>("--percent") { Description = "完成百分比 0–100" };
        var text = new Option<string?>("--text") { Description = "进展情况" };
        var investment = new Option<string?>("--investment") { Description = "完成投资（亿元，重点工程）" };
        var files = new Option<string[]>("--file") { Description = "佐证材料（可多次；pdf jpg png docx xlsx txt，每个 ≤ 20 MB）", AllowMultipleArgumentsPerToken = false };
        var submit = new Command("submit", "填报或修改（被退回后）一期进展 / submit or revise a period's report") { task, project, period, status, percent, text, investment, files, User };
        submit.SetAction((p, ct) => Run(p, output, async (s, actor) =>
        {
            var uploads = (p.GetValue(files) ?? []).Select(f => new EvidenceUpload(Path.GetFileName(f), () => File.OpenRead(f))).ToList();
            var view = await s.GetRequiredService<ProgressReportService>().SubmitAsync(actor, new SubmitReportRequest(
                p.GetValue(task), p.GetValue(project), p.GetValue(period), p.GetValue(status), p.GetValue(percent), p.GetValue(text),
                p.GetValue(investment), uploads), ct);
            if (Json(p, output, view)) return;
            output.Line($"已提交报告 #{view.Id}（{view.Reference} {view.Period} 第 {view.Version} 版，{view.Department}，{view.StatusName}，待审核）/ report submitted");
        }, userRequired: true));
        report.Subcommands.Add(submit);

        var id = new Option<int?>("--report") { Description = "报告编号 / report id" };
        var accept = new Option<bool>("--accept") { Description = "采纳 / accept" };
        var ret = new Option<bool>("--return") { Description = "退回（须 --comment）/ return (needs --comment)" };
        var comment = new Option<string?>("--comment") { Description = "审核意见 / comment" };
        var review = new Command("review", "审核报告：采纳或退回 / accept or return a report") { id, accept, ret, comment, User };
        review.SetAction((p, ct) => Run(p, output, async (s, actor) =>
        {
            if (p.GetValue(accept) == p.GetValue(ret))
                throw new CliInputException("须指定且只能指定 --accept 或 --return 之一 / give exactly one of --accept and --return");
            var view = await s.GetRequiredService<ProgressReportService>().ReviewAsync(actor,
                new ReviewReportRequest(p.GetValue(id), p.GetValue(accept) ? ReviewReportRequest.Accept : ReviewReportRequest.Return, p.GetValue(comment)), ct);
            if (Json(p, output, view)) return;
            output.Line($"报告 #{view.Id} {view.ReviewName} / report {view.Review}");
        }, userRequired: true));
        report.Subcommands.Add(review);

        var plan = new Option<string?>("--plan") { Description = "规划编号 / plan id" };
        var list = new Command("list", "某规划（某期）的报告 / reports of a plan (of a period)") { plan, period, User };
        list.SetAction((p, ct) => Run(p, output, async (s, actor) =>
        {
            var views = await s.GetRequiredService<ProgressReportService>().ListAsync(actor, new ListReportsRequest(p.GetValue(plan), p.GetValue(period)), ct);
            if (Json(p, output, views)) return;
            ReportTable(output, $"{p.GetValue(plan)} 进展报告 / reports {p.GetValue(period)}", views);
        }));
        report.Subcommands.Add(list);

        var show = new Command("show", "一份报告（含佐证材料清单）/ one report") { id, User };
        show.SetAction((p, ct) => Run(p, output, async (s, actor) =>
        {
            var v = p.GetValue(id) is { } rid ? await s.GetRequiredService<ProgressReportService>().ReportAsync(actor, rid, ct)
                : throw new CliInputException("--report: 须指定报告编号 / the report id is required");
            if (Json(p, output, v)) return;
            ReportTable(output, $"报告 #{v.Id} {v.Reference}", [v]);
            output.Line(v.Text);
            foreach (var e in v.Evidence) output.Line($"材料 {e.Id}: {e.FileName} ({e.Length} B, sha256 {e.Sha256})");
        }));
        report.Subcommands.Add(show);

        var asOf = new Option<string?>("--as-of") { Description = "通报日期 yyyy-MM-dd（默认今天）" };
        var outFile = new Option<string?>("--out") { Description = "输出文件 .docx 或 .xlsx" };
        var dispatch = new Command("dispatch", "月度调度通报（.docx，或其数据 .xlsx）/ the monthly dispatch report") { plan, asOf, outFile, User };
        dispatch.SetAction((p, ct) => Run(p, output, async (s, actor) =>
        {
            var path = OutFile(p.GetValue(outFile), ".docx", ".xlsx");
            var file = await s.GetRequiredService<DispatchReportService>().RenderAsync(actor,
                new DispatchReportRequest(p.GetValue(plan), p.GetValue(asOf), Path.GetExtension(path)), ct);
            await WriteOut(p, output, file, path, ct);
        }));
        report.Subcommands.Add(dispatch);
        report.Subcommands.Add(LetterDocument(output));
        report.Subcommands.Add(EvaluationCommands.Report(output));

        var queue = new Command("queue", "待我审核的报告 / reports awaiting my review") { User };
        queue.SetAction((p, ct) => Run(p, output, async (s, actor) =>
        {
            var views = await s.GetRequiredService<ProgressReportService>().ReviewQueueAsync(actor, ct);
            if (Json(p, output, views)) return;
            ReportTable(output, "待审核 / awaiting review", views);
        }, userRequired: true));
        report.Subcommands.Add(queue);

        var history = new Command("history", "任务或工程的全部报告版本和审计记录 / a task's reports and audit trail") { task, project, User };
        history.SetAction((p, ct) => Run(p, output, async (s, actor) =>
        {
            var h = await s.GetRequiredService<ProgressReportService>().HistoryAsync(actor, p.GetValue(task), p.GetValue(project), ct);
            if (Json(p, output, h)) return;
            ReportTable(output, $"{h.Reference} {Output.Cut(h.Title, 40)}", h.Reports);
            output.Table("审计记录 / audit", ["时间", "用户", "操作", "报告", "变更"], h.Audit.Select(e => new[]
            {
                ChinaTime.ToText(e.AtUtc), e.UserName, e.Action, "#" + e.ObjectId,
                string.Join("；", e.Changes.Where(c => c.Field != "text").Select(c => $"{c.Field}: {c.Old ?? "∅"} → {c.New ?? "∅"}")),
            }));
        }));
        report.Subcommands.Add(history);
        return report;
    }

    private static Command Users(Output output)
    {
        var users = new Command("users", "用户管理（管理员）/ user administration (administrator)");
        var name = new Option<string?>("--user-name") { Description = "用户名（小写字母、数字、. _ -）/ user name" };
        var display = new Option<string?>("--display-name") { Description = "姓名 / display name" };
        var role = new Option<string?>("--role") { Description = "administrator / plan-office / reporter / leader" };
        var jurisdiction = new Option<string?>("--jurisdiction") { Description = "所属行政区代码，如 140502" };
        var department = new Option<string?>("--department") { Description = "所属部门（填报员必填），如 区交通局" };
        var password = new Option<string?>("--password") { Description = "初始密码（不填则生成并显示一次）" };
        var add = new Command("add", "新增用户 / add a user") { name, display, role, jurisdiction, department, password, User };
        add.SetAction((p, ct) => Run(p, output, async (s, actor) =>
        {
            var added = await s.GetRequiredService<UserAdministration>().AddAsync(actor, new AddUserRequest(
                p.GetValue(name), p.GetValue(display), p.GetValue(role), p.GetValue(jurisdiction), p.GetValue(department), p.GetValue(password)), ct);
            if (Json(p, output, added)) return;
            var where = string.Join(" ", new[] { added.User.JurisdictionCode, added.User.Department }.Where(x => x is not null));
            output.Line($"已新增用户 {added.User.UserName}（{added.User.RoleName}{(where.Length > 0 ? "，" + where : "")}）/ user added");
            if (added.GeneratedPassword is { } pw) output.Line($"初始密码 / password: {pw}（只显示这一次 / shown once）");
        }, userRequired: true));
        users.Subcommands.Add(add);

        var ls = new Command("list", "列出用户 / list users") { User };
        ls.SetAction((p, ct) => Run(p, output, async (s, actor) =>
        {
            var list = await s.GetRequiredService<UserAdministration>().ListAsync(actor, ct);
            if (Json(p, output, list)) return;
            output.Table("用户 / users", ["用户名", "姓名", "角色", "行政区", "部门", "状态"], list.Select(u => new[]
            {
                u.UserName, u.DisplayName, u.RoleName, u.JurisdictionCode, u.Department, u.IsDisabled ? "已停用" : u.IsLocked ? "已锁定" : "正常",
            }));
        }, userRequired: true));
        users.Subcommands.Add(ls);

        foreach (var (verb, disabled, text) in new[] { ("disable", true, "停用用户 / disable a user"), ("enable", false, "启用用户 / enable a user") })
        {
            var c = new Command(verb, text) { name, User };
            c.SetAction((p, ct) => Run(p, output, async (s, actor) =>
            {
                var u = await s.GetRequiredService<UserAdministration>().SetDisabledAsync(actor, p.GetValue(name), disabled, ct);
                if (Json(p, output, u)) return;
                output.Line($"用户 {u.UserName} {(u.IsDisabled ? "已停用" : "已启用")}");
            }, userRequired: true));
            users.Subcommands.Add(c);
        }
        return users;
    }

    private static Command Departments(Output output)
    {
        var jurisdiction = new Option<string?>("--jurisdiction") { Description = "行政区代码，如 140502" };
        var command = new Command("departments", "部门（来自规划的牵头、配合单位）/ departments") { jurisdiction, User };
        command.SetAction((p, ct) => Run(p, output, async (s, _) =>
        {
            var list = await s.GetRequiredService<DepartmentDirectory>().ListAsync(p.GetValue(jurisdiction), ct);
            if (Json(p, output, list)) return;
            output.Table("部门 / departments", ["编号", "行政区", "名称", "来源", "状态"],
                list.Select(d => new[] { N(d.Id), d.JurisdictionCode, d.Name, d.FromPlans ? "规划" : "新增", d.IsActive ? "启用" : "停用" }));
        }));
        var name = new Option<string?>("--name") { Description = "部门名称 / name" };
        var add = new Command("add", "新增部门 / add a department") { jurisdiction, name, User };
        add.SetAction((p, ct) => Run(p, output, async (s, actor) =>
        {
            var d = await s.GetRequiredService<DepartmentDirectory>().AddAsync(actor, p.GetValue(jurisdiction), p.GetValue(name), ct);
            if (Json(p, output, d)) return;
            output.Line($"已新增部门 #{d.Id} {d.Name}（{d.JurisdictionCode}）");
        }, userRequired: true));
        command.Subcommands.Add(add);
        return command;
    }

    private static void ReportTable(Output output, string title, IReadOnlyList<ReportView> views) =>
        output.Table(title, ["编号", "任务/工程", "期", "版", "部门", "状态", "%", "进展", "审核", "意见", "材料"], views.Select(v => new[]
        {
            "#" + N(v.Id), v.Reference, v.Period, N(v.Version), $"{v.Department}（{v.PartName}）", v.StatusName, v.Percent?.ToString(CultureInfo.InvariantCulture),
            Output.Cut(v.Text, 40), v.ReviewName, v.ReviewComment, string.Join(" ", v.Evidence.Select(e => e.FileName)),
        }));

    private static string Light(TrafficLight light) => light switch { TrafficLight.Red => "🔴", TrafficLight.Yellow => "🟡", _ => "🟢" };

    private static string N(int n) => n.ToString(CultureInfo.InvariantCulture);

    internal static bool Json<T>(ParseResult p, Output output, T value)
    {
        if (!p.GetValue(CliApp.Json)) return false;
        output.Json(value);
        return true;
    }

    /// <summary>
    /// Opens the store, builds the supervision services over it and runs <paramref name="body"/> as the acting user:
    /// <c>--user</c>, or — when not required and not given — the local operator (<see cref="LocalOperator"/>).
    /// </summary>
    internal static async Task<int> Run(ParseResult p, Output output, Func<IServiceProvider, Actor, Task> body, bool userRequired = false)
    {
        using var store = Store.Open(p, output);
        var userName = p.GetValue(User);
        if (userName is null && userRequired)
            throw new CliInputException("--user: 须指定操作用户（修改数据的命令以该用户的身份和权限执行）/ the acting user is required");
        var actor = userName is null ? LocalOperator : await store.Get<ActorDirectory>().ByNameAsync(userName);
        await body(store.Services, actor);
        return ExitCodes.Success;
    }

    /// <summary>
    /// 本机操作员 who reads without <c>--user</c>: whoever runs the CLI on the server and can open the database file
    /// anyway. Reads everything (as an administrator); changes nothing — every changing command requires <c>--user</c>.
    /// </summary>
    public static Actor LocalOperator { get; } = new(0, "(本机操作员 local operator)", "本机操作员", UserRole.Administrator, null, null, null);
}
