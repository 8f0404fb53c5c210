using System.CommandLine;
using System.Globalization;
using EcoGov.Core;
using EcoGov.Core.Indicators;
using EcoGov.Core.Plans;
using EcoGov.Core.Text;
using EcoGov.Data.Queries;

namespace EcoGov.Cli.Commands;

/// <summary>`plans`, `indicators`, `tasks`, `projects`, `findings`: the plans held as data.</summary>
public static class PlanCommands
{
    private static readonly Option<string> PlanId = new("--plan") { Description = "规划编号，如 jincheng-14fyp-eco / plan id", Required = true };

    public static IEnumerable<Command> Build(Output output)
    {
        var plans = new Command("plans", "列出规划 / list the plans");
        plans.SetAction(p => ListPlans(p, output));
        yield return plans;

        var indicators = new Command("indicators", "规划指标 / indicators of a plan") { PlanId };
        indicators.SetAction(p => Indicators(p, output));
        yield return indicators;

        var tasks = new Command("tasks", "重点任务 / tasks of a plan") { PlanId };
        tasks.SetAction(p => Tasks(p, output));
        yield return tasks;

        var projects = new Command("projects", "重点工程 / key projects of a plan") { PlanId };
        projects.SetAction(p => Projects(p, output));
        yield return projects;

        var air = new Command("air-targets", "月度空气质量目标 / monthly air-quality targets of a plan") { PlanId };
        air.SetAction(p => AirTargets(p, output));
        yield return air;

        var sections = new Command("section-targets", "断面水质目标 / water-section targets of a plan") { PlanId };
        sections.SetAction(p => SectionTargets(p, output));
        yield return sections;

        var document = new Option<string?>("--document") { Description = "种子文档编号 000-004 / seed document id" };
        var findings = new Command("findings", "种子文档中发现的问题 / problems found in the seed documents") { document };
        findings.SetAction(p => Findings(p, output, p.GetValue(document)));
        yield return findings;
    }

    private static int ListPlans(ParseResult p, Output output)
    {
        using var store = Store.Open(p, output);
        var plans = store.Catalog.PlanSummaries();
        if (p.GetValue(CliApp.Json))
        {
            output.Json(plans.Select(s => PlanDto.From(s.Plan)));
            return ExitCodes.Success;
        }
        output.Table("规划 / plans", ["编号 id", "行政区", "标题", "文号", "印发", "期限", "指标", "任务", "工程"],
            plans.Select(s => new[]
            {
                s.Plan.Id, s.JurisdictionName, s.Plan.Title, s.Plan.DocNumber, s.Plan.Issued?.ToString("yyyy-MM-dd"),
                s.Plan.PeriodStart is null ? null : $"{s.Plan.PeriodStart}–{s.Plan.PeriodEnd}",
                s.Indicators.ToString(CultureInfo.InvariantCulture), s.Tasks.ToString(CultureInfo.InvariantCulture),
                s.Projects.ToString(CultureInfo.InvariantCulture),
            }));
        return ExitCodes.Success;
    }

    private static T RequirePlan<T>(T? found, string planId, PlanCatalog catalog) where T : class =>
        found ?? throw new CliInputException(
            $"没有编号为“{planId}”的规划 / no plan with id '{planId}'. 可用 / available: {string.Join(", ", catalog.Plans().Select(x => x.Id))}");

    private static int Indicators(ParseResult p, Output output)
    {
        using var store = Store.Open(p, output);
        var id = p.GetValue(PlanId)!;
        var list = RequirePlan(store.Catalog.Indicators(id), id, store.Catalog);
        if (p.GetValue(CliApp.Json))
        {
            output.Json(list.Select(IndicatorDto.From));
            return ExitCodes.Success;
        }
        output.Table($"{id} 指标 / indicators", ["序号", "类别", "指标", "单位", "基准", "目标", "属性"],
            list.Select(i => new[]
            {
                i.Seq.ToString(CultureInfo.InvariantCulture), i.Category, i.Name, i.Unit,
                i.Baseline is null ? "" : $"{i.Baseline.Year}: {i.Baseline.Text}",
                string.Join("；", i.Targets.Select(t => $"{t.Year}: {t.Text}")),
                i.Binding switch { IndicatorAttribute.Binding => "约束性", IndicatorAttribute.Expected => "预期性", _ => "" },
            }));
        return ExitCodes.Success;
    }

    private static int Tasks(ParseResult p, Output output)
    {
        using var store = Store.Open(p, output);
        var id = p.GetValue(PlanId)!;
        var list = RequirePlan(store.Catalog.Tasks(id), id, store.Catalog);
        if (p.GetValue(CliApp.Json))
        {
            output.Json(list.Select(TaskDto.From));
            return ExitCodes.Success;
        }
        output.Table($"{id} 任务 / tasks", ["序号", "类别", "任务", "牵头单位", "配合单位", "完成时限"],
            list.Select(t => new[]
            {
                t.Seq.ToString(CultureInfo.InvariantCulture), t.Category, t.Text, string.Join("、", t.LeadUnits),
                string.Join("、", t.CooperatingUnits), t.Deadline?.Text,
            }));
        return ExitCodes.Success;
    }

    private static int Projects(ParseResult p, Output output)
    {
        using var store = Store.Open(p, output);
        var id = p.GetValue(PlanId)!;
        var list = RequirePlan(store.Catalog.Projects(id), id, store.Catalog);
        if (p.GetValue(CliApp.Json))
        {
            output.Json(list.Select(ProjectDto.From));
            return ExitCodes.Success;
        }
        output.Table($"{id} 重点工程 / key projects (投资: 亿元)", ["序号", "类别", "名称", "实施时间", "投资(亿元)", "牵头单位"],
            list.Select(x => new[]
            {
                x.Seq.ToString(CultureInfo.InvariantCulture), x.Category, x.Name, x.PeriodText,
                x.Investment?.ToString(CultureInfo.InvariantCulture), x.LeadUnit,
            }));
        var sum = list.Sum(x => x.Investment ?? 0m);
        output.Line($"投资合计 / total investment: {sum.ToString(CultureInfo.InvariantCulture)} 亿元");
        return ExitCodes.Success;
    }

    private static int AirTargets(ParseResult p, Output output)
    {
        using var store = Store.Open(p, output);
        var id = p.GetValue(PlanId)!;
        var list = RequirePlan(store.Catalog.AirTargets(id), id, store.Catalog);
        if (p.GetValue(CliApp.Json))
        {
            output.Json(list.Select(AirTargetDto.From));
            return ExitCodes.Success;
        }
        output.Table($"{id} 月度空气质量目标 / monthly air targets", ["污染物", "年", "月", "目标", "上年同期", "单位"],
            list.Select(a => new[]
            {
                a.Pollutant, a.Year.ToString(CultureInfo.InvariantCulture), a.Month?.ToString(CultureInfo.InvariantCulture) ?? "全年",
                a.Target.ToString(CultureInfo.InvariantCulture), a.PreviousYearValue?.ToString(CultureInfo.InvariantCulture), a.Unit,
            }));
        return ExitCodes.Success;
    }

    private static int SectionTargets(ParseResult p, Output output)
    {
        using var store = Store.Open(p, output);
        var id = p.GetValue(PlanId)!;
        var list = RequirePlan(store.Catalog.SectionTargets(id), id, store.Catalog);
        if (p.GetValue(CliApp.Json))
        {
            output.Json(list.Select(SectionTargetDto.From));
            return ExitCodes.Success;
        }
        output.Table($"{id} 断面水质目标 / section targets", ["序号", "区县", "断面", "目标", "考核"],
            list.Select(s => new[] { s.Seq.ToString(CultureInfo.InvariantCulture), s.County, s.Section, s.Target.Text, s.Assessment }));
        return ExitCodes.Success;
    }

    private static int Findings(ParseResult p, Output output, string? document)
    {
        using var store = Store.Open(p, output);
        var list = store.Catalog.FindingList(document)
            ?? throw new CliInputException($"没有编号为“{document}”的种子文档 / no seed document '{document}'. 可用 / available: {string.Join(", ", store.Catalog.Documents().Select(d => d.Id))}");
        if (p.GetValue(CliApp.Json))
        {
            output.Json(list);
            return ExitCodes.Success;
        }
        output.Table("种子文档问题 / seed document findings", ["文档", "类型", "位置", "说明"],
            list.Select(f => new[] { f.Document, ChineseNames.Finding(f.Kind), $"{f.Source.Section} · 第{f.Source.Line}行", f.Message }));
        return ExitCodes.Success;
    }

}
