using System.CommandLine;
using System.Globalization;
using EcoGov.Core.Water;
using EcoGov.Application.Monitoring;

namespace EcoGov.Cli.Commands;

/// <summary>`water classify`: GB 3838-2002 single-factor classification of samples read from CSV (no database).</summary>
public static class WaterCommands
{
    public static Command Build(Output output)
    {
        var input = new Option<string>("--input") { Description = "水质样品 CSV 文件（id,type,pH,DO,…）/ sample CSV file", Required = true };
        var classify = new Command("classify", "按 GB 3838-2002 单因子评价样品水质类别 / classify samples by GB 3838-2002") { input };
        classify.SetAction(p => Classify(p, output, p.GetValue(input)!));
        return new Command("water", "地表水水质 / surface water quality") { classify };
    }

    private static int Classify(ParseResult p, Output output, string path)
    {
        var results = MonitoringFiles.ClassifyWater(path);
        if (p.GetValue(CliApp.Json))
        {
            output.Json(results);
            return ExitCodes.Success;
        }
        output.Table($"{Path.GetFileName(path)} 地表水水质类别（GB 3838-2002 单因子评价）",
            ["编号", "水体", "水质类别", "水质状况", "定类项目", "主要污染指标（超标倍数）", "总氮（湖库，单独评价）", "说明"],
            results.Select(r => new[]
            {
                r.Id,
                r.Type == "river" ? "河流" : "湖库",
                r.Class is null ? "不定类" : WaterSampleDto.ChineseClass(r.Class),
                r.Status ?? "",
                string.Join("、", r.Determining),
                string.Join("、", r.Exceeding.Take(WaterSampleEvaluator.TopExceedingCount).Select(x =>
                    x.Multiple is { } m ? string.Create(CultureInfo.InvariantCulture, $"{x.Item}（{m:0.##}倍）") : x.Item)),
                r.Tn is null ? "" : string.Create(CultureInfo.InvariantCulture, $"{r.Tn.Value} mg/L，{WaterSampleDto.ChineseClass(r.Tn.Class)}"),
                string.Join("；", r.Notes),
            }));
        return ExitCodes.Success;
    }
}
