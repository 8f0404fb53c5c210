using System.CommandLine;
using System.Globalization;
using EcoGov.Core.Water;
using EcoGov.Ingest.Monitoring;

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

    /// <summary>One item's value and class; <c>class</c> is "I".."V" or "劣V".</summary>
    public sealed record ItemDto(string Item, double Value, string Class);

    /// <summary>An item worse than class Ⅲ; <c>multiple</c> (超标倍数, 2 decimals) is null for DO and pH.</summary>
    public sealed record ExceedingDto(string Item, double Value, double? Multiple);

    /// <summary>Total nitrogen of a lake/reservoir, reported apart from the class.</summary>
    public sealed record TnDto(double Value, string Class);

    public sealed record SampleDto(
        string Id,
        int Row,
        string Type,
        string? Class,
        string? Status,
        IReadOnlyList<ItemDto> Items,
        IReadOnlyList<ExceedingDto> Exceeding,
        TnDto? Tn,
        IReadOnlyList<ItemDto> ReportedApart,
        IReadOnlyList<string> Determining,
        IReadOnlyList<string> TopThree,
        IReadOnlyList<string> Missing,
        IReadOnlyList<string> Notes);

    private static readonly string[] Roman = ["I", "II", "III", "IV", "V", "劣V"];

    /// <summary>"I".."V", "劣V" for classes 1..6.</summary>
    public static string ClassCode(int waterClass) => WaterClass.IsValid(waterClass)
        ? Roman[waterClass - 1]
        : throw new ArgumentOutOfRangeException(nameof(waterClass), waterClass, null);

    private static string ChineseClass(string code) => WaterClass.Name(Array.IndexOf(Roman, code) + 1);

    public static SampleDto Evaluate(WaterSampleRow row)
    {
        var e = WaterSampleEvaluator.Evaluate(row.Kind, row.Values);
        var tn = e.ReportedApart.FirstOrDefault(i => i.Code == "TN");
        return new SampleDto(
            row.Id,
            row.Row,
            WaterBodyKinds.Name(row.Kind),
            e.Class is { } c ? ClassCode(c) : null,
            e.Status,
            e.Items.Select(i => new ItemDto(i.Code, i.Value, ClassCode(i.Class))).ToList(),
            e.ExceedingItems.Select(i => new ExceedingDto(i.Code, i.Value,
                i.ExceedanceMultiple is { } m ? Math.Round(m, 2, MidpointRounding.AwayFromZero) : null)).ToList(),
            tn is null ? null : new TnDto(tn.Value, ClassCode(tn.Class)),
            e.ReportedApart.Select(i => new ItemDto(i.Code, i.Value, ClassCode(i.Class))).ToList(),
            e.DeterminingItems,
            e.TopExceedingItems.Select(i => i.Code).ToList(),
            e.MissingItems,
            e.Notes);
    }

    private static int Classify(ParseResult p, Output output, string path)
    {
        IReadOnlyList<WaterSampleRow> rows;
        try
        {
            rows = WaterSampleCsvReader.ReadFile(path);
        }
        catch (WaterSampleCsvException e)
        {
            throw new CliInputException(e.Message);
        }
        var results = rows.Select(Evaluate).ToList();
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
                r.Class is null ? "不定类" : ChineseClass(r.Class),
                r.Status ?? "",
                string.Join("、", r.Determining),
                string.Join("、", r.Exceeding.Take(WaterSampleEvaluator.TopExceedingCount).Select(x =>
                    x.Multiple is { } m ? string.Create(CultureInfo.InvariantCulture, $"{x.Item}（{m:0.##}倍）") : x.Item)),
                r.Tn is null ? "" : string.Create(CultureInfo.InvariantCulture, $"{r.Tn.Value} mg/L，{ChineseClass(r.Tn.Class)}"),
                string.Join("；", r.Notes),
            }));
        return ExitCodes.Success;
    }
}
