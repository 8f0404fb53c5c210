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
        access.SetAction(p => AccessList(p, output));
        yield return access;

        var stats = new Command("units-stats", "环境管控单元统计 / control-unit statistics") { JurisdictionCode };
        stats.SetAction(p => UnitStats(p, output));
        yield return stats;

        var tree = new Command("jurisdictions", "行政区划树 / the jurisdiction tree");
        tree.SetAction(p => Jurisdictions(p, output));
        yield return tree;
    }

    private static string RequireCode(ParseResult p, PlanCatalogService catalog)
    {
        var code = p.GetValue(JurisdictionCode)!;
        if (!Core.Jurisdictions.Jurisdiction.IsValidCode(code))
            throw new CliInputException($"--jurisdiction 须为6位行政区划代码，收到“{code}” / must be a 6-digit GB/T 2260 code");
        if (catalog.Jurisdictions().All(j => j.Jurisdiction.Code != code))
            throw new CliInputException($"未收录行政区划代码 {code} / unknown jurisdiction. 可用 / known: {string.Join(", ", catalog.Jurisdictions().Select(j => j.Jurisdiction.Code))}");
        return code;
    }


    private static int AccessList(ParseResult p, Output output)
    {
        using var store = Store.Open(p, output);
        var catalog = store.Get<PlanCatalogService>();
        var code = RequireCode(p, catalog);
        var list = catalog.AccessList(new JurisdictionRequest(code));
        if (p.GetValue(CliApp.Json))
        {
            output.Json(list.Select(AccessRequirementDto.From));
            return ExitCodes.Success;
        }
        output.Table($"{code} 生态环境准入清单 / access list", ["层级", "管控类别", "子类", "序号", "要求", "依据"],
            list.Select(a => new[] { ChineseNames.Level(a.Level), AccessListCategories.Name(a.Category), a.Subcategory, a.Seq.ToString(CultureInfo.InvariantCulture), a.Text, a.Basis }));
        return ExitCodes.Success;
    }

    private static int UnitStats(ParseResult p, Output output)
    {
        using var store = Store.Open(p, output);
        var catalog = store.Get<PlanCatalogService>();
        var code = RequireCode(p, catalog);
        var list = catalog.UnitStatistics(new JurisdictionRequest(code));
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

    private static int Jurisdictions(ParseResult p, Output output)
    {
        using var store = Store.Open(p, output);
        var roots = store.Get<PlanCatalogService>().JurisdictionTree();
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
