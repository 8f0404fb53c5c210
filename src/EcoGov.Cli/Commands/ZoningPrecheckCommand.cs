using System.CommandLine;
using System.Globalization;
using EcoGov.Application.Public;
using EcoGov.Application.Zoning;

namespace EcoGov.Cli.Commands;

/// <summary>
/// `zoning precheck --location LON,LAT --industry CODE [--json]`: 公众选址预判, the answer of the anonymous /public page and
/// GET /api/public/precheck (<see cref="PublicPrecheckService"/>: today's unit layer, the units and the requirements for the
/// industry, nothing unpublished). Exit 0, or 2 for bad input naming --location or --industry.
/// </summary>
public static class ZoningPrecheckCommand
{
    public static Command Build(Output output)
    {
        var location = new Option<string?>("--location") { Description = "位置 经度,纬度（一个点，CGCS2000/WGS-84）/ one point LON,LAT" };
        var industry = new Option<string?>("--industry") { Description = "国民经济行业分类代码（GB/T 4754），如 3011 / industry code" };
        var command = new Command("precheck", "公众选址预判：所在管控单元、类别与适用于该行业的准入要求（同 /public）/ the public pre-check")
        {
            location, industry,
        };
        command.SetAction(async (p, ct) =>
        {
            var request = new PublicPrecheckRequest(p.GetValue(location), p.GetValue(industry));
            PublicPrecheckService.Check(request); // refused before the store is opened
            using var store = Store.Open(p, output);
            var result = await store.Get<PublicPrecheckService>().PrecheckAsync(request, ct);
            if (p.GetValue(CliApp.Json)) { output.Json(result); return ExitCodes.Success; }
            output.Line($"位置 {result.Longitude.ToString(CultureInfo.InvariantCulture)},{result.Latitude.ToString(CultureInfo.InvariantCulture)}；行业 {result.IndustryCode} {result.IndustryName}；{result.Date} 生效的管控单元图层" +
                (result.UnitLayer is { } l ? $"（第 {l.Version} 版，{l.EffectiveFrom} 起生效{(l.Synthetic ? "，示意数据" : "")}）" : ""));
            output.Table("所在管控单元 / units", ["编码", "名称", "类别", "县区"], result.Units.Select(u => new[] { u.Code, u.Name, u.Class, u.CountyName }));
            output.Table($"适用的准入要求（{result.Requirements.Count} 条）/ requirements", ["自动比对", "层级", "类别", "要求"],
                result.Requirements.Select(q => new[] { q.Verdict, q.Level + (q.UnitCode is { } uc ? $"（{uc}）" : ""), q.Category, Output.Cut($"第{q.Seq}条：{q.Text}", 80) }));
            output.Line(result.Notice);
            return ExitCodes.Success;
        });
        return command;
    }
}
