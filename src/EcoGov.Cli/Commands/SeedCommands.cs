using System.CommandLine;
using EcoGov.Core.Text;
using EcoGov.Application.Operations;
using EcoGov.Application.Plans;

namespace EcoGov.Cli.Commands;

/// <summary>
/// `seed extract` turns the seed documents into data/seed/*.json with the seed extractors
/// (<see cref="SeedExtractionService"/>); `seed check` verifies the committed JSON is exactly what the extractors produce
/// now (so no row under data/seed/ was typed by hand); `seed import` loads data/seed into the database.
/// </summary>
public static class SeedCommands
{
    public static Command Build(Output output)
    {
        var documents = new Option<string?>("--documents") { Description = "种子文档目录（默认 data/seed/documents）/ folder of the seed texts" };
        var outDir = new Option<string?>("--out") { Description = "输出目录（默认 data/seed）/ output folder" };

        var extract = new Command("extract", "从种子文档抽取结构化数据 / extract seed JSON from the documents") { documents, outDir };
        extract.SetAction(p => Extract(p, output, p.GetValue(documents), p.GetValue(outDir), write: true));

        var check = new Command("check", "检查 data/seed 与抽取结果一致 / check data/seed equals a fresh extraction") { documents, outDir };
        check.SetAction(p => Extract(p, output, p.GetValue(documents), p.GetValue(outDir), write: false));

        var import = new Command("import", "把 data/seed 导入数据库（幂等）/ import data/seed into the database (idempotent)");
        import.SetAction(async (p, ct) =>
        {
            using var store = Store.Open(p, output);
            var docs = await store.Get<PlanCatalogService>().DocumentsAsync(ct);
            if (p.GetValue(CliApp.Json)) output.Json(docs);
            else output.Table("已导入的种子文档 / imported documents", ["编号", "文件", "标题", "SHA-256"],
                docs.Select(d => new[] { d.Id, d.FileName, d.Title, d.Sha256[..16] + "…" }));
            return ExitCodes.Success;
        });

        return new Command("seed", "种子数据 / seed data") { extract, check, import };
    }

    private static int Extract(ParseResult p, Output output, string? documentsDir, string? outDir, bool write)
    {
        var (results, differs) = SeedExtractionService.Run(documentsDir, outDir, write);
        if (p.GetValue(CliApp.Json)) output.Json(results);
        else output.Table(write ? "抽取结果 / extracted" : "一致性检查 / check",
            ["文档", "文件", "规划", "指标", "任务", "工程", "月度目标", "断面目标", "单元统计", "准入要求", "问题", "状态"],
            results.Select(r => new[]
            {
                r.Document, r.File, $"{r.Plans}", $"{r.Indicators}", $"{r.Tasks}", $"{r.Projects}", $"{r.AirTargets}",
                $"{r.SectionTargets}", $"{r.UnitStatistics}", $"{r.AccessRequirements}", $"{r.Findings}", JsonNames.Of(r.Status),
            }));
        if (differs) output.Error.WriteLine("data/seed 与抽取结果不一致：运行 `./ecogov seed extract` 后复核差异 / data/seed differs from a fresh extraction");
        return differs ? ExitCodes.CheckFailed : ExitCodes.Success;
    }
}
