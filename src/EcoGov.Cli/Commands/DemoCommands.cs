using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using EcoGov.Application.Demo;

namespace EcoGov.Cli.Commands;

/// <summary>
/// `demo province [--years 2021-2023] [--stations 150] [--units-per-city 3000] [--out DIR] [--seed N]`: the province-scale
/// load-test data set (示意数据) — Shanxi's 11 cities and their counties, air stations with hourly data imported through
/// `monitoring import`, and a control-unit layer per city imported through `zoning import` (<see cref="ProvinceDemoService"/>).
/// Idempotent; progress on stderr, a summary (or --json) on stdout.
/// </summary>
public static class DemoCommands
{
    public static Command Build(Output output)
    {
        var years = new Option<string?>("--years") { Description = $"年份范围（默认 {ProvinceDemoService.DefaultFromYear}-{ProvinceDemoService.DefaultToYear}）/ years, e.g. 2021-2023 or 2022" };
        var stations = new Option<string?>("--stations") { Description = $"空气站点数，分布于 11 个市（默认 {ProvinceDemoService.DefaultStations}）/ air stations over the 11 cities" };
        var units = new Option<string?>("--units-per-city") { Description = $"每市管控单元数（默认 {ProvinceDemoService.DefaultUnitsPerCity}）/ control units per city" };
        var outDir = new Option<string?>("--out") { Description = "生成文件目录（默认 data/runtime/province-demo）/ folder for the generated files" };
        var seed = new Option<string?>("--seed") { Description = $"随机种子（默认 {ProvinceDemoService.DefaultSeed}）/ seed" };
        var province = new Command("province", "生成并导入省域负载测试数据集（示意数据：11 市及县区、空气站点小时数据、管控单元图层；幂等）/ generate and import the province load-test data set (idempotent)")
        {
            years, stations, units, outDir, seed,
        };
        province.SetAction(async (p, ct) =>
        {
            var sw = Stopwatch.StartNew();
            var request = new ProvinceDemoRequest(p.GetValue(years), p.GetValue(stations), p.GetValue(units), p.GetValue(outDir), p.GetValue(seed));
            ProvinceDemoService.Check(request); // bad options are refused before the store is opened
            using var store = Store.Open(p, output);
            var r = await store.Get<DemoDataService>().ProvinceAsync(request, line => output.Error.WriteLine(line),
                new MonitoringCommands.WriteProgress(output.Error, stepPercent: 10), ct);
            if (p.GetValue(CliApp.Json)) output.Json(r);
            else
            {
                output.Table($"省域数据集 / province data set → {r.Out}", ["市 city", "县区 counties", "站点 stations", "单元 units"],
                    r.Cities.Select(c => new[] { $"{c.Name} {c.Code}", c.Counties.Count.ToString(CultureInfo.InvariantCulture),
                        c.Stations.Count.ToString(CultureInfo.InvariantCulture), c.Units.ToString("N0", CultureInfo.InvariantCulture) }));
                output.Line(string.Create(CultureInfo.InvariantCulture,
                    $"{r.FromYear}–{r.ToYear}，种子 seed {r.Seed}；新增行政区划 jurisdictions added {r.JurisdictionsAdded.Count}；文件 files 写入 written {r.FilesWritten}/未变 unchanged {r.FilesUnchanged}（生成 {r.GenerateSeconds:F1} s）"));
                output.Line(string.Create(CultureInfo.InvariantCulture,
                    $"空气 air: 站点 stations {r.Stations}，小时 hours {r.AirRows:N0}，新存 stored {r.HoursStored:N0}，未变 unchanged {r.HoursUnchanged:N0}（{r.AirImportSeconds:F1} s）"));
                output.Line(string.Create(CultureInfo.InvariantCulture,
                    $"管控单元 units: {r.Units:N0}，图层 layers 新建 created {r.LayersCreated}/未变 unchanged {r.LayersUnchanged}（{r.LayerImportSeconds:F1} s）"));
                output.Line(string.Create(CultureInfo.InvariantCulture,
                    $"{(r.NoOp ? "无变化 / nothing changed" : "已导入 / imported")}；共 total {sw.Elapsed.TotalSeconds:F1} s"));
            }
            return ExitCodes.Success;
        });
        return new Command("demo", "示意数据集（合成数据，非正式成果）/ synthetic demonstration data sets") { province };
    }
}
