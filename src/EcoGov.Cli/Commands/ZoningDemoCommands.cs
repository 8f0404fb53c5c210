using System.CommandLine;
using EcoGov.Core.Text;
using EcoGov.Application.Zoning;

namespace EcoGov.Cli.Commands;

/// <summary>
/// `zoning-demo build` writes the synthetic demo zoning layers (示意数据) of 晋城市 to data/seed/zoning/demo;
/// `zoning-demo check` verifies the committed files are exactly what the generator produces now (exit 1 otherwise).
/// </summary>
public static class ZoningDemoCommands
{
    public static Command Build(Output output)
    {
        var outDir = new Option<string?>("--out") { Description = "输出目录（默认 data/seed/zoning/demo）/ output folder" };

        var build = new Command("build", "生成示意管控单元及示意图层 / write the synthetic demo zoning layers") { outDir };
        build.SetAction(p => Run(p, output, p.GetValue(outDir), write: true));

        var check = new Command("check", "检查已提交的示意图层与生成结果一致 / check the committed files equal the generator's output") { outDir };
        check.SetAction(p => Run(p, output, p.GetValue(outDir), write: false));

        return new Command("zoning-demo", "示意分区管控图层（合成数据，非正式成果）/ synthetic demo zoning layers") { build, check };
    }

    private static int Run(ParseResult p, Output output, string? outDir, bool write)
    {
        var (target, results, differs) = DemoZoningService.Run(outDir, write);
        if (p.GetValue(CliApp.Json)) output.Json(results);
        else output.Table(write ? $"示意图层 / demo layers → {target}" : "一致性检查 / check", ["文件", "字节", "状态"],
            results.Select(r => new[] { r.File, $"{r.Bytes}", JsonNames.Of(r.Status) }));
        if (differs) output.Error.WriteLine("示意图层与生成结果不一致：运行 `./ecogov zoning-demo build` 后复核差异 / the demo layers differ from the generator's output");
        return differs ? ExitCodes.CheckFailed : ExitCodes.Success;
    }
}
