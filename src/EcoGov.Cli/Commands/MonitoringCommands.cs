using System.CommandLine;
using System.Globalization;
using EcoGov.Application.Monitoring;
using EcoGov.Core.Monitoring;
using EcoGov.Core.Text;

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
        kind.AcceptOnlyFromAmong([.. MonitoringDataKinds.Names]);
        var jurisdiction = new Option<string>("--jurisdiction") { Description = "新站点/断面所属行政区划代码 / jurisdiction code for new stations and sections", Required = true };
        var keepGood = new Option<bool>("--keep-good") { Description = "保存合格行，报告不合格行（默认任一行不合格则整个文件拒收）/ store good rows, report bad ones (default: reject the file)" };
        var hourEnding = new Option<bool>("--hour-ending") { Description = "时间列为时段结束时间（24:00 可用）/ time column labels the hour's end" };

        var allStations = new Option<bool>("--all-stations") { Description = "全国发布数据：也导入辖区外的站点 / national releases: import stations outside the jurisdiction too" };

        var import = new Command("import", "导入监测数据（幂等）；全国发布数据可为文件、文件夹或 zip / import monitoring data (idempotent); a national release may be a file, folder or zip")
        {
            file, kind, jurisdiction, keepGood, hourEnding, allStations,
        };
        import.SetAction(async (p, ct) =>
        {
            using var store = Store.Open(p, output);
            if (MonitoringDataKinds.Parse(p.GetValue(kind)) == MonitoringDataKind.AirHourly && MonitoringReleaseService.IsRelease(p.GetValue(file)!))
                return await ImportReleaseAsync(p, output, store, file, kind, jurisdiction, keepGood, allStations, ct);
            var r = await store.Get<MonitoringImportService>().ImportAsync(new MonitoringImportRequest(
                p.GetValue(file)!, MonitoringDataKinds.Parse(p.GetValue(kind))!.Value, p.GetValue(jurisdiction)!, p.GetValue(keepGood), p.GetValue(hourEnding)),
                new WriteProgress(output.Error), ct);
            // At most UserText.MaxListedErrors rejections are listed (JSON, table and stderr); rejectedCount has them all.
            var report = MonitoringImportService.Report(r);
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
        stations.SetAction(async (p, ct) =>
        {
            using var store = Store.Open(p, output);
            var list = await store.Get<MonitoringStationService>().StationsAsync(ct);
            if (p.GetValue(CliApp.Json)) output.Json(list);
            // Output.Table makes control characters visible; codes and names stored before the identifier bound
            // (MonitoringStationService.MaxIdentifierChars) existed are cut to it here, so one bad row cannot flood the terminal.
            else output.Table("空气监测站点 / air-monitoring stations", ["代码 code", "名称 name", "行政区划 jurisdiction", "城市 city", "经纬度 lon,lat", "小时数 hours", "首 first", "末 last"],
                list.Select(s => new[]
                {
                    Output.Cut(s.Code, MonitoringStationService.MaxIdentifierChars), Output.Cut(s.Name, MonitoringStationService.MaxIdentifierChars), s.Jurisdiction,
                    s.City is null ? null : Output.Cut(s.City, MonitoringStationService.MaxIdentifierChars),
                    s.Longitude is { } lon && s.Latitude is { } lat ? string.Create(CultureInfo.InvariantCulture, $"{lon:0.####},{lat:0.####}") : null,
                    s.Hours.ToString(CultureInfo.InvariantCulture),
                    s.FirstHour?.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture), s.LastHour?.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
                }));
            return ExitCodes.Success;
        });

        var checkPath = new Argument<string>("PATH") { Description = "全国发布数据文件、文件夹或 zip / national release file, folder or zip" };
        var check = new Command("check", "复算全国发布数据的 AQI、首要污染物与滑动平均并报告不一致 / recompute a release's published figures and report disagreements") { checkPath };
        check.SetAction(p =>
        {
            var r = MonitoringReleaseService.Check(p.GetValue(checkPath)!);
            if (p.GetValue(CliApp.Json)) output.Json(r);
            else
            {
                output.Table("不一致 / disagreements", ["站点 station", "时间 time", "字段 field", "发布 published", "复算 computed", "原因 reason"],
                    r.Disagreements.Select(d => new[] { d.Station, d.Time, d.Field, d.Published ?? "—", d.Computed ?? "—", d.Reason.Bilingual }));
                output.Line(string.Create(CultureInfo.InvariantCulture,
                    $"文件 files {r.Files}，站点小时 rows {r.Rows}，全部一致 agree {r.Agree}，不一致 disagreements {r.Disagreements.Count}，数据不足未核对 unchecked fields {r.Unchecked}，重复 duplicates {r.Duplicates}"));
            }
            return r.Disagreements.Count == 0 ? ExitCodes.Success : ExitCodes.CheckFailed;
        });

        var outFile = new Option<string>("--out") { Description = "输出 CSV 文件 / output CSV file", Required = true };
        var fromYear = new Option<string>("--from-year") { Description = "起始年份 / first year", Required = true };
        var years = new Option<string>("--years") { Description = "年数（1–20）/ number of years", Required = true };
        var stationCount = new Option<string?>("--stations") { Description = "站点数（1–10，默认 2）/ number of stations" };
        var seed = new Option<string?>("--seed") { Description = $"随机种子（默认 {EcoGov.Core.Foresight.SyntheticAirYears.DefaultSeed}）/ seed" };
        var prefix = new Option<string?>("--prefix") { Description = "站点名前缀（默认 合成站）/ station name prefix" };
        var generate = new Command("generate", "生成确定性的多年合成小时空气数据 CSV（供 monitoring import 与预测回测）/ write a deterministic synthetic multi-year hourly air CSV")
        {
            outFile, fromYear, years, stationCount, seed, prefix,
        };
        generate.SetAction(p =>
        {
            var r = SyntheticAirService.Write(new SyntheticAirRequest(p.GetValue(outFile), p.GetValue(fromYear), p.GetValue(years),
                p.GetValue(stationCount), p.GetValue(seed), p.GetValue(prefix)));
            if (p.GetValue(CliApp.Json)) output.Json(r);
            else output.Line(string.Create(CultureInfo.InvariantCulture,
                $"{r.File}：{r.FromYear}–{r.FromYear + r.Years - 1} 年，站点 {string.Join("、", r.Stations)}，{r.Rows} 行，种子 {r.Seed}"));
            return ExitCodes.Success;
        });

        return new Command("monitoring", "监测数据 / monitoring data") { import, stations, check, generate, DashboardCommands.Demo(output), Calendar(output), Series(output), Map(output) };
    }

    /// <summary>
    /// `monitoring calendar --jurisdiction CODE | --station CODE --year Y [--standard S] [--json] [--out F.xlsx]`: a year of
    /// daily AQI (<see cref="AirCalendarService"/>, as GET /api/monitoring/calendar); the table shows the days by month and level.
    /// </summary>
    private static Command Calendar(Output output)
    {
        var jurisdiction = new Option<string?>("--jurisdiction") { Description = "行政区划代码（各站日均值）/ jurisdiction code (mean of its stations)" };
        var station = new Option<string?>("--station") { Description = "站点代码（单站）/ station code (one station)" };
        var year = new Option<string?>("--year") { Description = "年份 / year" };
        var standard = new Option<string?>("--standard") { Description = "评价标准（默认 GB3095-2012）/ standard" };
        var outFile = new Option<string?>("--out") { Description = "输出数据 .xlsx / write the data as .xlsx" };
        var command = new Command("calendar", "空气质量日历：一年逐日 AQI、级别与首要污染物 / a year of daily AQI") { jurisdiction, station, year, standard, outFile };
        command.SetAction(async (p, ct) =>
        {
            var request = new AirCalendarRequest(p.GetValue(jurisdiction), p.GetValue(station), p.GetValue(year), p.GetValue(standard));
            AirCalendarService.Check(request);
            var path = p.GetValue(outFile) is { } o ? SupervisionCommands.OutFile(o, ".xlsx") : null;
            using var store = Store.Open(p, output);
            var service = store.Get<AirCalendarService>();
            if (path is not null)
            {
                await SupervisionCommands.WriteOut(p, output, await service.WorkbookAsync(request, ct), path, ct);
                return ExitCodes.Success;
            }
            var c = await service.CalendarAsync(request, ct);
            if (p.GetValue(CliApp.Json)) { output.Json(c); return ExitCodes.Success; }
            if (c.Notice is not null) output.Error.WriteLine(c.Notice);
            output.Table(string.Create(CultureInfo.InvariantCulture,
                    $"空气质量日历 / AQI calendar · {(c.Subject == AirCalendarService.StationSubject ? "站点 " + c.Code + " " + c.Name : c.Name + "（" + c.Code + "）")} · {c.Year} · {c.Standard}"),
                ["月 month", "有效 valid", .. c.Levels.Select(l => l.Category), "最高 max AQI", "首要污染物 primary"],
                Enumerable.Range(1, 12).Select(m =>
                {
                    var days = c.Days.Where(d => int.Parse(d.Date.AsSpan(5, 2), CultureInfo.InvariantCulture) == m).ToList();
                    return (IEnumerable<string?>)[
                        m.ToString(CultureInfo.InvariantCulture), days.Count(d => d.Valid).ToString(CultureInfo.InvariantCulture),
                        .. c.Levels.Select(l => days.Count(d => d.Level == l.Level).ToString(CultureInfo.InvariantCulture)),
                        days.Max(d => d.Aqi)?.ToString(CultureInfo.InvariantCulture) ?? "—",
                        string.Join("、", days.SelectMany(d => d.Primary).GroupBy(x => x).OrderByDescending(g => g.Count()).Take(3).Select(g => $"{g.Key} {g.Count()}")),
                    ];
                }));
            output.Line(string.Create(CultureInfo.InvariantCulture, $"有效天数 valid days {c.ValidDays}，优良天数 good days {c.GoodDays}；站点 stations: {(c.Stations.Count == 0 ? "（无数据）" : string.Join("、", c.Stations))}"));
            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>
    /// `monitoring series --station CODE --from D --to D [--resolution day|hour] [--standard S] [--json] [--out F.xlsx]`: a
    /// station's concentrations with the GB 3095 grade II limits (<see cref="StationSeriesService"/>, as the API).
    /// </summary>
    private static Command Series(Output output)
    {
        var station = new Option<string?>("--station") { Description = "站点代码 / station code" };
        var from = new Option<string?>("--from") { Description = "起始日期 yyyy-MM-dd / first day" };
        var to = new Option<string?>("--to") { Description = "终止日期 yyyy-MM-dd / last day" };
        var resolution = new Option<string?>("--resolution") { Description = "day（默认）或 hour（最多 31 天）/ day (default) or hour (at most 31 days)" };
        var standard = new Option<string?>("--standard") { Description = "限值标准（默认 GB3095-2012）/ standard of the limits" };
        var outFile = new Option<string?>("--out") { Description = "输出数据 .xlsx / write the data as .xlsx" };
        var command = new Command("series", "站点浓度时序（逐日或逐时）及 GB 3095 二级浓度限值 / a station's series with the grade II limits")
        {
            station, from, to, resolution, standard, outFile,
        };
        command.SetAction(async (p, ct) =>
        {
            var request = new StationSeriesRequest(p.GetValue(station), p.GetValue(from), p.GetValue(to), p.GetValue(resolution), p.GetValue(standard));
            StationSeriesService.Check(request);
            var path = p.GetValue(outFile) is { } o ? SupervisionCommands.OutFile(o, ".xlsx") : null;
            using var store = Store.Open(p, output);
            var service = store.Get<StationSeriesService>();
            if (path is not null)
            {
                await SupervisionCommands.WriteOut(p, output, await service.WorkbookAsync(request, ct), path, ct);
                return ExitCodes.Success;
            }
            var s = await service.SeriesAsync(request, ct);
            if (p.GetValue(CliApp.Json)) { output.Json(s); return ExitCodes.Success; }
            if (s.Notice is not null) output.Error.WriteLine(s.Notice);
            static string N(decimal? v) => v?.ToString(CultureInfo.InvariantCulture) ?? "—";
            output.Table($"{s.Station} {s.Name} · {s.From} — {s.To} · {(s.Resolution == StationSeriesService.Hour ? "逐时 hourly" : "逐日 daily")}",
                [s.Resolution == StationSeriesService.Hour ? "时间 time" : "日期 date", .. s.Pollutants.Select(x => $"{x.Pollutant} ({x.Unit})")],
                s.Points.Select(x => (IEnumerable<string?>)[x.Time, N(x.So2), N(x.No2), N(x.Co), N(x.O3), N(x.Pm10), N(x.Pm25)]));
            output.Line($"{s.Standard} 二级浓度限值 / grade II limits: " + string.Join("；", s.Pollutants.Select(x => $"{x.Pollutant} {x.Averaging} {(x.Limit is { } l ? l.ToString(CultureInfo.InvariantCulture) + " " + x.Unit : "—")}")));
            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>
    /// `monitoring map --jurisdiction CODE [--as-of D] [--json]`: the stations and sections of a jurisdiction with their
    /// latest values (<see cref="MonitoringMapService"/>, as GET /api/monitoring/map); two tables, those without
    /// coordinates marked 无坐标.
    /// </summary>
    private static Command Map(Output output)
    {
        var jurisdiction = new Option<string?>("--jurisdiction") { Description = "行政区划代码（含下级行政区）/ jurisdiction code (with those below it)" };
        var asOf = new Option<string?>("--as-of") { Description = "截至日期 yyyy-MM-dd（默认今天，北京时间）/ latest values on or before this day (default today in China)" };
        var command = new Command("map", "监测点位一张图：站点与断面的最新数值 / stations and sections with their latest values") { jurisdiction, asOf };
        command.SetAction(async (p, ct) =>
        {
            var request = new MonitoringMapRequest(p.GetValue(jurisdiction), p.GetValue(asOf));
            MonitoringMapService.Check(request);
            using var store = Store.Open(p, output);
            var m = await store.Get<MonitoringMapService>().LatestAsync(request, ct);
            if (p.GetValue(CliApp.Json)) { output.Json(m); return ExitCodes.Success; }
            foreach (var notice in m.Notices) output.Error.WriteLine(notice);
            static string? Place(double? lon, double? lat) =>
                lon is { } x && lat is { } y ? string.Create(CultureInfo.InvariantCulture, $"{x:0.####},{y:0.####}") : "无坐标";
            static string Demo(bool demo) => demo ? "示意" : "";
            output.Table($"空气监测站点 / air stations · {m.Name}（{m.Jurisdiction}）· 截至 as of {m.AsOf}",
                ["代码 code", "名称 name", "行政区划 jurisdiction", "经纬度 lon,lat", "日期 date", "AQI", "类别 category", "首要污染物 primary", "PM2.5 (μg/m³)", ""],
                m.Stations.Concat(m.StationsWithoutCoordinates).Select(x => (IEnumerable<string?>)[
                    Output.Cut(x.Code, MonitoringStationService.MaxIdentifierChars), Output.Cut(x.Name, MonitoringStationService.MaxIdentifierChars), x.Jurisdiction,
                    Place(x.Longitude, x.Latitude), x.Date ?? "无数据", x.Aqi?.ToString(CultureInfo.InvariantCulture) ?? "—", x.Category ?? "—",
                    x.Primary.Count == 0 ? "—" : string.Join("、", x.Primary), x.Pm25?.ToString(CultureInfo.InvariantCulture) ?? "—", Demo(x.Demo),
                ]));
            output.Table($"水质断面 / water sections · {m.Name}（{m.Jurisdiction}）· 截至 as of {m.AsOf}",
                ["代码 code", "名称 name", "类型 kind", "经纬度 lon,lat", "采样日期 date", "当月类别 class", "目标 target", "达标 met", "规划 plan", ""],
                m.Sections.Concat(m.SectionsWithoutCoordinates).Select(x => (IEnumerable<string?>)[
                    Output.Cut(x.Code, MonitoringStationService.MaxIdentifierChars), Output.Cut(x.Name, MonitoringStationService.MaxIdentifierChars),
                    x.Kind == "river" ? "河流" : "湖库", Place(x.Longitude, x.Latitude), x.Date ?? "无数据", x.ClassName ?? "—",
                    x.TargetClassName ?? "—", x.Meets switch { true => "达标", false => "未达标", null => "—" }, x.TargetPlan ?? "—", Demo(x.Demo),
                ]));
            output.Line(string.Create(CultureInfo.InvariantCulture,
                $"站点 stations {m.Stations.Count + m.StationsWithoutCoordinates.Count}（无坐标 without coordinates {m.StationsWithoutCoordinates.Count}），断面 sections {m.Sections.Count + m.SectionsWithoutCoordinates.Count}（无坐标 {m.SectionsWithoutCoordinates.Count}）"));
            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>
    /// A progress bar on stderr while a large import writes its hours (a line every <c>BulkInsert.ProgressStep</c> rows;
    /// nothing for an import smaller than that) or a layer import its features (every <c>ZoningLayerStore.FeatureBatch</c>):
    /// "写入 written [██████░░░░] 60,000". With <paramref name="stepPercent"/> above 0, a line only when the share written
    /// crosses the next such step, and at the end (`demo province`: many imports in a row).
    /// </summary>
    internal sealed class WriteProgress(TextWriter error, int stepPercent = 0) : IProgress<ImportProgress>
    {
        private long lastStep = -1;

        public void Report(ImportProgress p)
        {
            if (p.Total <= 0) return;
            if (stepPercent > 0)
            {
                var step = 100 / stepPercent * Math.Min(p.Written, p.Total) / p.Total;
                if (step == lastStep && p.Written < p.Total) return;
                lastStep = p.Written >= p.Total ? -1 : step;
            }
            var filled = (int)(20 * Math.Min(p.Written, p.Total) / p.Total);
            error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"写入 written [{new string('█', filled)}{new string('░', 20 - filled)}] {p.Written:N0}/{p.Total:N0} ({100 * p.Written / p.Total}%)"));
        }
    }

    /// <summary>`monitoring import PATH --kind air-hourly` of a national release set; a progress line on stderr per file when there are several.</summary>
    private static async Task<int> ImportReleaseAsync(ParseResult p, Output output, Store store, Argument<string> file, Option<string> kind, Option<string> jurisdiction,
        Option<bool> keepGood, Option<bool> allStations, CancellationToken ct)
    {
        var r = await store.Get<MonitoringReleaseService>().ImportAsync(
            new MonitoringImportRequest(p.GetValue(file)!, MonitoringDataKinds.Parse(p.GetValue(kind))!.Value, p.GetValue(jurisdiction)!, p.GetValue(keepGood)),
            p.GetValue(allStations),
            (i, n, name) =>
            {
                if (n > 1) output.Error.WriteLine(UserText.EscapeControls(string.Create(CultureInfo.InvariantCulture, $"[{i}/{n}] {i * 100 / n}% {UserText.Quote(name)}")));
            }, ct);
        if (p.GetValue(CliApp.Json)) output.Json(r);
        else
        {
            if (r.RejectedCount > 0)
            {
                output.Table("不合格 / rejected", ["文件 file", "行 row", "列 column", "原因 reason"],
                    r.Rejected.Select(x => new[] { x.File, x.Row?.ToString(CultureInfo.InvariantCulture), x.Column, x.Reason }));
                if (r.RejectedCount > r.Rejected.Count) output.Line(UserText.More(r.RejectedCount - r.Rejected.Count));
            }
            output.Line(MonitoringReleaseService.Summary(r));
        }
        if (r.FilesRefused > 0)
        {
            output.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{r.FilesRefused} 个文件与已存数据冲突，未写入（其余文件已导入）/ {r.FilesRefused} file(s) conflict with stored data and were not written (the others were):"));
            foreach (var line in UserText.FirstLines(r.Rejected.Select(x => x.ToString()), r.RejectedCount, r.Rejected.Count))
                output.Error.WriteLine(UserText.EscapeControls(line));
            return ExitCodes.BadInput;
        }
        if (!r.Refused) return ExitCodes.Success;
        output.Error.WriteLine("文件有误，未写入任何数据 / bad release files, nothing written:");
        foreach (var line in UserText.FirstLines(r.Rejected.Select(x => x.ToString()), r.RejectedCount, r.Rejected.Count))
            output.Error.WriteLine(UserText.EscapeControls(line));
        return ExitCodes.BadInput;
    }
}
