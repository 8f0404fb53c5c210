using System.CommandLine;
using System.Globalization;
using EcoGov.Application.Monitoring;
using EcoGov.Core.Text;
using EcoGov.Data.Monitoring;
using EcoGov.Ingest.Monitoring;

namespace EcoGov.Cli.Commands;

/// <summary>
/// `monitoring import FILE --kind air-hourly|water-samples --jurisdiction CODE [--keep-good] [--hour-ending]`
/// loads a monitoring CSV or .xlsx into the store (exit 2 when the file is rejected; nothing is written then);
/// `monitoring stations` lists the air-monitoring stations held.
/// </summary>
public static class MonitoringCommands
{
    public static Command Build(Output output)
    {
        var file = new Argument<string>("FILE") { Description = "监测数据文件（.csv 或 .xlsx）/ monitoring file (.csv or .xlsx)" };
        var kind = new Option<string>("--kind") { Description = "数据类型 air-hourly | water-samples / kind of data", Required = true };
        kind.AcceptOnlyFromAmong(MonitoringImporter.AirHourly, MonitoringImporter.WaterSamples);
        var jurisdiction = new Option<string>("--jurisdiction") { Description = "新站点/断面所属行政区划代码 / jurisdiction code for new stations and sections", Required = true };
        var keepGood = new Option<bool>("--keep-good") { Description = "保存合格行，报告不合格行（默认任一行不合格则整个文件拒收）/ store good rows, report bad ones (default: reject the file)" };
        var hourEnding = new Option<bool>("--hour-ending") { Description = "时间列为时段结束时间（24:00 可用）/ time column labels the hour's end" };

        var import = new Command("import", "导入监测数据（幂等）/ import monitoring data (idempotent)") { file, kind, jurisdiction, keepGood, hourEnding };
        import.SetAction(p =>
        {
            using var store = Store.Open(p, output);
            var r = new MonitoringImportService(store.Db).Import(new MonitoringImportRequest(
                p.GetValue(file)!, p.GetValue(kind)!, p.GetValue(jurisdiction)!, p.GetValue(keepGood), p.GetValue(hourEnding)));
            // At most UserText.MaxListedErrors rejections are listed (JSON, table and stderr); rejectedCount has them all.
            var report = MonitoringImportReport.From(r);
            if (p.GetValue(CliApp.Json)) output.Json(report);
            else
            {
                if (report.RejectedCount > 0)
                {
                    output.Table("不合格行 / rejected rows", ["行 row", "列 column", "原因 reason"],
                        report.Rejected.Select(x => new[] { x.Row.ToString(CultureInfo.InvariantCulture), x.Column, x.Reason }));
                    if (report.RejectedCount > report.Rejected.Count) output.Line(UserText.More(report.RejectedCount - report.Rejected.Count));
                }
                output.Line(string.Create(CultureInfo.InvariantCulture,
                    $"{r.File}: 导入 import {(r.Import is { } id ? id.ToString(CultureInfo.InvariantCulture) : "-")}，数据行 rows {r.Rows}，新存 stored {r.Stored}，未变 unchanged {r.Unchanged}，不合格 rejected {report.RejectedCount}"));
            }
            if (!r.FileRejected) return ExitCodes.Success;
            output.Error.WriteLine(UserText.EscapeControls($"文件被拒收，未写入任何数据 / file rejected, nothing written: {r.File}"));
            foreach (var line in report.RejectedLines()) output.Error.WriteLine(UserText.EscapeControls(line));
            return ExitCodes.BadInput;
        });

        var stations = new Command("stations", "列出空气监测站点 / list air-monitoring stations");
        stations.SetAction(p =>
        {
            using var store = Store.Open(p, output);
            var list = new MonitoringStationService(store.Db).Stations();
            if (p.GetValue(CliApp.Json)) output.Json(list);
            // Output.Table makes control characters visible; codes and names stored before the identifier bound
            // (MonitoringLimits.MaxIdentifierChars) existed are cut to it here, so one bad row cannot flood the terminal.
            else output.Table("空气监测站点 / air-monitoring stations", ["代码 code", "名称 name", "行政区划 jurisdiction", "小时数 hours", "首 first", "末 last"],
                list.Select(s => new[]
                {
                    Output.Cut(s.Code, MonitoringLimits.MaxIdentifierChars), Output.Cut(s.Name, MonitoringLimits.MaxIdentifierChars), s.Jurisdiction, s.Hours.ToString(CultureInfo.InvariantCulture),
                    s.FirstHour?.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture), s.LastHour?.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
                }));
            return ExitCodes.Success;
        });

        return new Command("monitoring", "监测数据 / monitoring data") { import, stations };
    }
}
