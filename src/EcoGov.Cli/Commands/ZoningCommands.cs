using System.CommandLine;
using System.Globalization;
using EcoGov.Application.Plans;
using EcoGov.Core.Zoning;
using EcoGov.Core.Text;

namespace EcoGov.Cli.Commands;

/// <summary>`access-list`, `units-stats`, `jurisdictions`.</summary>
public static class ZoningCommands
{
    private static readonly Option<string> JurisdictionCode = new("--jurisdiction") { Description = "行政区划代码，如 140500 / GB/T 2260 code", Required = true };

    public static IEnumerable<Command> Build(Output output)
    {
        var access = new Command("access-list", "生态环境准入清单（含上级要求）/ access list, including higher levels") { JurisdictionCode };
        access.SetAction((p, ct) => AccessListAsync(p, output, ct));
        yield return access;

        var stats = new Command("units-stats", "环境管控单元统计 / control-unit statistics") { JurisdictionCode };
        stats.SetAction((p, ct) => UnitStatsAsync(p, output, ct));
        yield return stats;

        var tree = new Command("jurisdictions", "行政区划树 / the jurisdiction tree");
        tree.SetAction((p, ct) => JurisdictionsAsync(p, output, ct));
        yield return tree;
    }

    private static async Task<string> RequireCodeAsync(ParseResult p, PlanCatalogService catalog, CancellationToken ct)
    {
        var code = p.GetValue(JurisdictionCode)!;
        if (!Core.Jurisdictions.Jurisdiction.IsValidCode(code))
            throw new CliInputException($"--jurisdiction 须为6位行政区划代码，收到“{code}” / must be a 6-digit GB/T 2260 code");
        var known = await catalog.JurisdictionsAsync(ct);
        if (known.All(j => j.Jurisdiction.Code != code))
            throw new CliInputException($"未收录行政区划代码 {code} / unknown jurisdiction. 可用 / known: {string.Join(", ", known.Select(j => j.Jurisdiction.Code))}");
        return code;
    }


    private static async Task<int> AccessListAsync(ParseResult p, Output output, CancellationToken ct)
    {
        using var store = Store.Open(p, output);
        var catalog = store.Get<PlanCatalogService>();
        var code = await RequireCodeAsync(p, catalog, ct);
        var list = await catalog.AccessListAsync(new JurisdictionRequest(code), ct);
        if (p.GetValue(CliApp.Json))
        {
            output.Json(list.Select(AccessRequirementDto.From));
            return ExitCodes.Success;
        }
        output.Table($"{code} 生态环境准入清单 / access list", ["层级", "管控类别", "子类", "序号", "要求", "依据"],
            list.Select(a => new[] { ChineseNames.Level(a.Level), AccessListCategories.Name(a.Category), a.Subcategory, a.Seq.ToString(CultureInfo.InvariantCulture), a.Text, a.Basis }));
        return ExitCodes.Success;
    }

    private static async Task<int> UnitStatsAsync(ParseResult p, Output output, CancellationToken ct)
    {
        using var store = Store.Open(p, output);
        var catalog = store.Get<PlanCatalogService>();
        var code = await RequireCodeAsync(p, catalog, ct);
        var list = await catalog.UnitStatisticsAsync(new JurisdictionRequest(code), ct);
        if (p.GetValue(CliApp.Json))
        {
            output.Json(list.Select(UnitStatisticsDto.From));
            return ExitCodes.Success;
        }
        output.Table($"{code} 环境管控单元统计 / control units", ["代码", "区县", "优先保护", "重点管控", "一般管控", "合计"],
            list.Select(u => new[]
            {
                u.JurisdictionCode, u.JurisdictionName, u.Priority.ToString(CultureInfo.InvariantCulture), u.Key.ToString(CultureInfo.InvariantCulture),
                u.General.ToString(CultureInfo.InvariantCulture), u.Total.ToString(CultureInfo.InvariantCulture),
            }));
        return ExitCodes.Success;
    }

    private static async Task<int> JurisdictionsAsync(ParseResult p, Output output, CancellationToken ct)
    {
        using var store = Store.Open(p, output);
        var roots = await store.Get<PlanCatalogService>().JurisdictionTreeAsync(ct);
        if (p.GetValue(CliApp.Json))
        {
            output.Json(roots);
            return ExitCodes.Success;
        }
        var rows = new List<string?[]>();
        void Walk(JurisdictionNode n, int depth)
        {
            rows.Add([new string(' ', depth * 2) + n.Code, n.Name, n.ParentCode, string.Join("、", n.FormerNames), n.HasBoundary ? "有" : "无"]);
            foreach (var c in n.Children) Walk(c, depth + 1);
        }
        foreach (var r in roots) Walk(r, 0);
        output.Table("行政区划 / jurisdictions", ["代码", "名称", "上级", "曾用名", "边界"], rows);
        return ExitCodes.Success;
    }
}
