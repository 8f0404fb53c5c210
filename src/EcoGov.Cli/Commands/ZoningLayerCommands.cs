using System.CommandLine;
using System.Globalization;
using EcoGov.Application.Zoning;
using EcoGov.Core.Zoning;

namespace EcoGov.Cli.Commands;

/// <summary>
/// `zoning import FILE --layer L --jurisdiction CODE --effective D [--crs EPSG:n]` (a new layer version; exit 2 when
/// the file is rejected, nothing stored), `zoning versions --layer L --jurisdiction CODE`, `zoning diff --from V1 --to V2`,
/// `zoning export --layer L --jurisdiction CODE [--version V | --date D] --format geojson` (EPSG:4490 on stdout).
/// </summary>
public static class ZoningLayerCommands
{
    private static readonly string LayerCodes = string.Join("|", ZoningLayerKinds.All.Select(k => k.Code));

    public static Command Build(Output output)
    {
        var zoning = new Command("zoning", "生态环境分区管控图层 / zoning-control layers");
        zoning.Subcommands.Add(ImportCommand(output));
        zoning.Subcommands.Add(VersionsCommand(output));
        zoning.Subcommands.Add(DiffCommand(output));
        zoning.Subcommands.Add(ExportCommand(output));
        zoning.Subcommands.Add(ZoningAssessCommand.Build(output));
        zoning.Subcommands.Add(ZoningPrecheckCommand.Build(output));
        return zoning;
    }

    private static Option<string> LayerOption() => new("--layer") { Description = $"图层 / layer: {LayerCodes}", Required = true };
    private static Option<string> JurisdictionOption() => new("--jurisdiction") { Description = "行政区划代码，如 140500 / GB/T 2260 code", Required = true };

    private static Command ImportCommand(Output output)
    {
        var file = new Argument<string>("FILE") { Description = "zip 压缩的 Shapefile 或 .geojson / zipped shapefile or GeoJSON" };
        var layer = LayerOption();
        var jurisdiction = JurisdictionOption();
        var effective = new Option<string>("--effective") { Description = "生效日期 YYYY-MM-DD / effective date", Required = true };
        var crs = new Option<string?>("--crs") { Description = "坐标系（文件无 .prj 时必填），如 EPSG:4526 / coordinate system when the file names none" };
        var fields = new Option<string[]>("--field")
        {
            Description = $"指定列的角色（可多次），如 --field code=HJZHGKDYBM --field countyName=AREA；列名留空取消该角色。角色 / roles: {string.Join(", ", LayerImport.Roles.Select(r => r.Role))}",
        };
        var dryRun = new Option<bool>("--dry-run") { Description = "只显示各列的角色与校验结果，不写入 / print the column roles and the validation report, store nothing" };
        var command = new Command("import", "导入图层为新版本（幂等）/ import a layer file as a new version (idempotent)") { file, layer, jurisdiction, effective, crs, fields, dryRun };
        command.SetAction(async (p, ct) =>
        {
            var path = p.GetValue(file)!;
            if (!File.Exists(path)) throw new CliInputException($"文件不存在 / file not found: {path}");
            // Checked before the file is read into memory (ZoningLimits.LayerUploadBytes).
            if (new FileInfo(path).Length > ZoningLimits.LayerUploadBytes)
                throw new CliInputException($"{path}: 文件超过 {ZoningLimits.LayerUploadBytes / ZoningLimits.MiB} MB / layer file larger than {ZoningLimits.LayerUploadBytes} bytes");
            // Layer, date and coordinate system are refused before the file is read or the store opened.
            ZoningLayerService.CheckImport(p.GetValue(layer), p.GetValue(effective), p.GetValue(crs));
            ZoningLayerService.CheckFields(p.GetValue(fields));
            using var store = Store.Open(p, output);
            var r = await store.Get<ZoningLayerService>().ImportAsync(new LayerImportRequest(p.GetValue(layer), p.GetValue(jurisdiction),
                p.GetValue(effective), p.GetValue(crs), path, File.ReadAllBytes(path), p.GetValue(fields), p.GetValue(dryRun)),
                new MonitoringCommands.WriteProgress(output.Error), ct);
            if (p.GetValue(CliApp.Json))
                output.Json(new { Status = LayerImportStatuses.Code(r.Status), r.Version, Report = new { r.Report.Rejected, r.Report.Errors, r.Report.Warnings, r.Report.Problems }, r.Mapping, r.FirstRows });
            else
            {
                if (r.Mapping is { } m)
                    output.Table($"字段角色 / column roles（县区来自 county from: {LayerImport.County(m.County)}）", ["列 column", "角色 role", "依据 basis", "说明 reason", "示例 samples"],
                        m.Columns.Select(c => new[]
                        {
                            c.Column, c.Role is null ? "（属性）" : $"{c.Role}（{LayerImport.RoleLabel(c.Role)}）", LayerImport.Basis(c.Basis), c.Reason, string.Join(" | ", c.Samples),
                        }));
                if (r.Report.Problems.Count > 0)
                    output.Table("校验结果 / validation report", ["级别 severity", "类型 kind", "要素 feature", "字段 field", "说明 message", "面积 m²"],
                        r.Report.Problems.Select(x => new[]
                        {
                            x.Severity == LayerProblemSeverity.Error ? "错误" : "警告", x.Kind, x.FeatureId, x.Field, x.Message,
                            x.AreaM2?.ToString("0.##", CultureInfo.InvariantCulture),
                        }));
                if (r.Version is { } v)
                    output.Line(r.Status == LayerImportStatus.Created
                        ? $"已导入 imported: {v.Layer} {v.JurisdictionCode} 第 {v.Version} 版 (id {v.Id})，生效 {v.EffectiveFrom:yyyy-MM-dd}，要素 {v.FeatureCount}，坐标系 EPSG:{v.SourceEpsg} → EPSG:4490"
                        : $"未变 unchanged: 同一文件与生效日期已导入为第 {v.Version} 版 (id {v.Id}) / the same file with the same effective date is already version {v.Version}");
            }
            if (r.Status == LayerImportStatus.Checked && !p.GetValue(CliApp.Json))
                output.Line($"校验通过，未写入任何数据（--dry-run）：合格要素 {r.Features} 个，警告 {r.Report.Warnings} 条 / checked, nothing stored");
            if (!r.Rejected) return ExitCodes.Success;
            output.Error.WriteLine($"文件被拒收，未写入任何数据 / file rejected, nothing stored: {Path.GetFileName(path)}");
            foreach (var x in r.Report.Problems.Where(x => x.Severity == LayerProblemSeverity.Error).Take(20)) output.Error.WriteLine(x.ToString());
            return ExitCodes.BadInput;
        });
        return command;
    }

    private static Command VersionsCommand(Output output)
    {
        var layer = LayerOption();
        var jurisdiction = JurisdictionOption();
        var command = new Command("versions", "图层的全部版本 / versions of a layer") { layer, jurisdiction };
        command.SetAction(async (p, ct) =>
        {
            var code = ZoningLayerService.CheckLayer(p.GetValue(layer)).Code;
            using var store = Store.Open(p, output);
            var list = await store.Get<ZoningLayerService>().VersionsAsync(new LayerVersionsRequest(code, p.GetValue(jurisdiction)), ct);
            if (p.GetValue(CliApp.Json)) output.Json(list);
            else output.Table($"{code} {p.GetValue(jurisdiction)} 图层版本 / layer versions", ["id", "版本", "生效日期", "导入时间", "文件", "坐标系", "要素数", "合成示意", "SHA-256"],
                list.Select(v => new[]
                {
                    v.Id.ToString(CultureInfo.InvariantCulture), v.Version.ToString(CultureInfo.InvariantCulture), v.EffectiveFrom.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                    v.ImportedAt.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture), v.SourceName, $"EPSG:{v.SourceEpsg}",
                    v.FeatureCount.ToString(CultureInfo.InvariantCulture), v.Synthetic ? "是（合成）" : "否", v.Sha256[..12],
                }));
            return ExitCodes.Success;
        });
        return command;
    }

    private static Command DiffCommand(Output output)
    {
        var from = new Option<long>("--from") { Description = "旧版本 id / older version id", Required = true };
        var to = new Option<long>("--to") { Description = "新版本 id / newer version id", Required = true };
        var command = new Command("diff", "两个版本的差异 / changes between two versions") { from, to };
        command.SetAction(async (p, ct) =>
        {
            using var store = Store.Open(p, output);
            var d = await store.Get<ZoningLayerService>().DiffAsync(new LayerDiffRequest(p.GetValue(from), p.GetValue(to)), ct);
            if (p.GetValue(CliApp.Json))
            {
                output.Json(d);
                return ExitCodes.Success;
            }
            static string A(double m2) => m2.ToString("0.##", CultureInfo.InvariantCulture);
            var rows = new List<string?[]>();
            rows.AddRange(d.Added.Select(a => new[] { "新增", a.Id, a.Name, a.Class, "", A(a.AreaM2) }));
            rows.AddRange(d.Removed.Select(a => new[] { "删除", a.Id, a.Name, a.Class, "", A(-a.AreaM2) }));
            rows.AddRange(d.Reclassified.Select(a => new[] { "类别变更", a.Id, a.Name, $"{a.FromClass} → {a.ToClass}", "", "" }));
            rows.AddRange(d.GeometryChanged.Select(a => new[] { "边界变化", a.Id, a.Name, "", $"{A(a.AreaBeforeM2)} → {A(a.AreaAfterM2)}", A(a.AreaChangeM2) }));
            output.Table($"{d.From.Layer} 第 {d.From.Version} 版 → 第 {d.To.Version} 版 / diff", ["变化", "编码", "名称", "类别", "面积 m²", "面积变化 m²"], rows);
            output.Line($"未变 unchanged: {d.Unchanged}");
            return ExitCodes.Success;
        });
        return command;
    }

    private static Command ExportCommand(Output output)
    {
        var layer = LayerOption();
        var jurisdiction = JurisdictionOption();
        var version = new Option<long?>("--version") { Description = "版本 id（默认最新）/ version id (default: the latest)" };
        var date = new Option<string?>("--date") { Description = "导出该日期有效的版本 YYYY-MM-DD / the version in force on a date" };
        var format = new Option<string>("--format") { Description = "geojson", DefaultValueFactory = _ => "geojson" };
        format.AcceptOnlyFromAmong("geojson");
        var command = new Command("export", "导出图层版本为 GeoJSON（EPSG:4490）/ export a layer version as GeoJSON") { layer, jurisdiction, version, date, format };
        command.SetAction(async (p, ct) =>
        {
            var request = new LayerExportRequest(p.GetValue(layer), p.GetValue(jurisdiction), p.GetValue(version), p.GetValue(date));
            ZoningLayerService.CheckExport(request);
            using var store = Store.Open(p, output);
            output.Raw(await store.Get<ZoningLayerService>().ExportGeoJsonAsync(request, ct));
            return ExitCodes.Success;
        });
        return command;
    }
}
