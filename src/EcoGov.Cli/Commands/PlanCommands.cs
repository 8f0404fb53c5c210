using System.CommandLine;
using System.Globalization;
using EcoGov.Application.Plans;
using EcoGov.Core;
using EcoGov.Core.Indicators;
using EcoGov.Core.Plans;
using EcoGov.Core.Text;

namespace EcoGov.Cli.Commands;

/// <summary>`plans`, `indicators`, `projects`, `air-targets`, `section-targets`, `findings`: the plans held as data (`tasks` is in SupervisionCommands: with --as-of it is the ledger).</summary>
public static class PlanCommands
{
    private static readonly Option<string> PlanId = new("--plan") { Description = "规划编号，如 jincheng-14fyp-eco / plan id", Required = true };

    public static IEnumerable<Command> Build(Output output)
    {
        var plans = new Command("plans", "列出规划 / list the plans");
        plans.SetAction((p, ct) => ListPlansAsync(p, output, ct));
        yield return plans;

        yield return PlanList("indicators", "规划指标 / indicators of a plan", output,
            (c, r, ct) => c.IndicatorsAsync(r, ct), IndicatorDto.From, "指标 / indicators",
            ["序号", "类别", "指标", "单位", "基准", "目标", "属性"],
            i =>
            [
                N(i.Seq), i.Category, i.Name, i.Unit,
                i.Baseline is null ? "" : $"{i.Baseline.Year}: {i.Baseline.Text}",
                string.Join("；", i.Targets.Select(t => $"{t.Year}: {t.Text}")),
                i.Binding switch { IndicatorAttribute.Binding => "约束性", IndicatorAttribute.Expected => "预期性", _ => "" },
            ]);

        yield return PlanList("projects", "重点工程 / key projects of a plan", output,
            (c, r, ct) => c.ProjectsAsync(r, ct), ProjectDto.From, "重点工程 / key projects (投资: 亿元)",
            ["序号", "类别", "名称", "实施时间", "投资(亿元)", "牵头单位"],
            x => [N(x.Seq), x.Category, x.Name, x.PeriodText, x.Investment?.ToString(CultureInfo.InvariantCulture), x.LeadUnit],
            list => list.Any(x => x.Investment is not null)
                ? $"投资合计 / total investment: {list.Sum(x => x.Investment ?? 0m).ToString(CultureInfo.InvariantCulture)} 亿元（{list.Count(x => x.Investment is not null)} 项列有投资 / with investment）"
                : "原文未列投资 / no investment printed");

        yield return PlanList("air-targets", "月度空气质量目标 / monthly air-quality targets of a plan", output,
            (c, r, ct) => c.AirTargetsAsync(r, ct), AirTargetDto.From, "月度空气质量目标 / monthly air targets",
            ["污染物", "年", "月", "目标", "上年同期", "单位"],
            a => [a.Pollutant, N(a.Year), a.Month is { } m ? N(m) : "全年", a.Target.ToString(CultureInfo.InvariantCulture),
                  a.PreviousYearValue?.ToString(CultureInfo.InvariantCulture), a.Unit]);

        yield return PlanList("section-targets", "断面水质目标 / water-section targets of a plan", output,
            (c, r, ct) => c.SectionTargetsAsync(r, ct), SectionTargetDto.From, "断面水质目标 / section targets",
            ["序号", "区县", "断面", "目标", "考核"],
            x => [N(x.Seq), x.County, x.Section, x.Target.Text, x.Assessment]);

        var document = new Option<string?>("--document") { Description = "种子文档编号 000-004 / seed document id" };
        var findings = new Command("findings", "种子文档中发现的问题 / problems found in the seed documents") { document };
        findings.SetAction((p, ct) => FindingsAsync(p, output, p.GetValue(document), ct));
        yield return findings;
    }

    private static async Task<int> ListPlansAsync(ParseResult p, Output output, CancellationToken ct)
    {
        using var store = Store.Open(p, output);
        var plans = await store.Get<PlanCatalogService>().PlanSummariesAsync(ct);
        if (p.GetValue(CliApp.Json))
        {
            output.Json(plans.Select(s => PlanDto.From(s.Plan)));
            return ExitCodes.Success;
        }
        output.Table("规划 / plans", ["编号 id", "行政区", "标题", "文号", "印发", "期限", "指标", "任务", "工程"],
            plans.Select(s => new[]
            {
                s.Plan.Id, s.JurisdictionName, s.Plan.Title, s.Plan.DocNumber, (s.Plan.Issued is { } issued ? CalendarDate.ToText(issued) : null),
                s.Plan.PeriodStart is null ? null : $"{s.Plan.PeriodStart}–{s.Plan.PeriodEnd}",
                s.Indicators.ToString(CultureInfo.InvariantCulture), s.Tasks.ToString(CultureInfo.InvariantCulture),
                s.Projects.ToString(CultureInfo.InvariantCulture),
            }));
        return ExitCodes.Success;
    }

    private static string N(int n) => n.ToString(CultureInfo.InvariantCulture);

    /// <summary>
    /// A command listing one kind of record of a plan: `--plan ID` required; with --json the records in
    /// their contract shape (the same as /api), otherwise a table; an unknown plan is refused by the service
    /// (<see cref="PlanCatalogService"/>: exit 2 with `--plan:` and the message the web answers with 404).
    /// </summary>
    private static Command PlanList<T, TDto>(string name, string description, Output output,
        Func<PlanCatalogService, PlanRequest, CancellationToken, Task<IReadOnlyList<T>>> query, Func<T, TDto> contract, string title,
        string[] headers, Func<T, string?[]> row, Func<IReadOnlyList<T>, string>? footer = null)
    {
        var command = new Command(name, description) { PlanId };
        command.SetAction(async (p, ct) =>
        {
            using var store = Store.Open(p, output);
            var id = p.GetValue(PlanId)!;
            var list = await query(store.Get<PlanCatalogService>(), new PlanRequest(id), ct);
            if (p.GetValue(CliApp.Json))
            {
                output.Json(list.Select(contract));
                return ExitCodes.Success;
            }
            output.Table($"{id} {title}", headers, list.Select(row));
            if (footer is not null) output.Line(footer(list));
            return ExitCodes.Success;
        });
        return command;
    }

    private static async Task<int> FindingsAsync(ParseResult p, Output output, string? document, CancellationToken ct)
    {
        using var store = Store.Open(p, output);
        var list = await store.Get<PlanCatalogService>().FindingListAsync(new FindingsRequest(document), ct);
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
