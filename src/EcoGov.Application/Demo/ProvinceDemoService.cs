using System.Diagnostics;
using System.Globalization;
using System.Text;
using EcoGov.Application.Monitoring;
using EcoGov.Application.Zoning;
using EcoGov.Core.Foresight;
using EcoGov.Core.Monitoring;
using EcoGov.Core.Jurisdictions;
using EcoGov.Core.Text;
using EcoGov.Core.Zoning;
using EcoGov.Data;
using EcoGov.Data.Monitoring;
using EcoGov.Data.Seeding;
using EcoGov.Data.Zoning;
using EcoGov.Spatial.Zoning.Demo;
using EcoGov.Spatial.Zoning.Import;
using NetTopologySuite.Geometries;

namespace EcoGov.Application.Demo;

/// <summary>
/// `demo province` as a host receives it: the years (<c>years</c>, "2021-2023" or one year), the number of air stations
/// (<c>stations</c>), control units per city (<c>unitsPerCity</c>), the folder the files are written to (<c>out</c>) and
/// the seed (<c>seed</c>); blank → the defaults (the full province data set of the load tests).
/// </summary>
public sealed record ProvinceDemoRequest(string? Years = null, string? Stations = null, string? UnitsPerCity = null, string? Out = null, string? Seed = null)
{
    public const string YearsField = "years";
    public const string StationsField = "stations";
    public const string UnitsPerCityField = "unitsPerCity";
    public const string OutField = "out";
    public const string SeedField = "seed";
}

/// <summary>The checked values of a <see cref="ProvinceDemoRequest"/>.</summary>
public sealed record ProvinceDemoOptions(int FromYear, int ToYear, int Stations, int UnitsPerCity, string Out, int Seed);

/// <summary>One city of the data set: its code and name, its stations, units and the files written for it.</summary>
public sealed record ProvinceDemoCity(string Code, string Name, IReadOnlyList<string> Counties, IReadOnlyList<string> Stations, int Units, string UnitsFile, IReadOnlyList<string> AirFiles);

/// <summary>A file the generator writes: path relative to the output folder, size, and whether it was (re)written.</summary>
public sealed record ProvinceDemoFile(string File, long Bytes, bool Written);

/// <summary>
/// What `demo province` did: the jurisdictions added, the files written (or found unchanged), the hours imported (new and
/// already stored), the unit layers imported (created or unchanged) and how long each step took.
/// </summary>
public sealed record ProvinceDemoDto(
    string Out, int Seed, int FromYear, int ToYear, IReadOnlyList<ProvinceDemoCity> Cities,
    IReadOnlyList<string> JurisdictionsAdded, int FilesWritten, int FilesUnchanged,
    int Stations, long AirRows, long HoursStored, long HoursUnchanged,
    int Units, int LayersCreated, int LayersUnchanged,
    double GenerateSeconds, double AirImportSeconds, double LayerImportSeconds)
{
    /// <summary>True when the run stored nothing new (a second run with the same options).</summary>
    public bool NoOp => JurisdictionsAdded.Count == 0 && HoursStored == 0 && LayersCreated == 0;
}

/// <summary>
/// The province-scale load-test data set (示意数据, issue "Production" item 3): Shanxi's 11 prefecture-level cities (real
/// names and GB/T 2260 codes) with their counties — the real ones the seed holds, plus 示意县区 where it holds none
/// (codes NN9k, an unused range, named 示意) —, air stations spread over the cities with hourly data
/// (<see cref="SyntheticAirYears"/>, the generator of `monitoring generate`; stations DEMO-…, told apart as demo data
/// by the dashboard) written as `monitoring import` CSV files and imported through <see cref="MonitoringImportService"/>,
/// and a control-unit layer per city (<see cref="ProvinceUnitPartition"/>; GeoJSON written by <see cref="DemoZoning.GeoJson"/>,
/// with unit-level requirement texts of the demo's 示意 wording in the KJBJYS/PWWPFGK/HJFXFK/ZYKFXLYQ columns)
/// imported through <see cref="ZoningLayerService.Import"/>. Deterministic for a seed: the same options give the same
/// files byte for byte, and a second run stores nothing (unchanged files are not rewritten; the imports are idempotent).
/// </summary>
public static class ProvinceDemoService
{
    public const int DefaultFromYear = 2021, DefaultToYear = 2023, DefaultStations = 150, DefaultUnitsPerCity = 3000;
    public const int DefaultSeed = 20261206;
    /// <summary>
    /// Bounds: 100 stations a city keeps a city-year file under the import's 1,000,000 rows (MonitoringLimits.MaxRows);
    /// 20,000 units a city keeps the 4-digit sequence of the unit codes per county and class.
    /// </summary>
    public const int MaxStations = 1100, MaxUnitsPerCity = 20_000, MaxYears = 10;

    /// <summary>The unit layers' effective date: the day after the 晋城 demo layer's (2023-12-31), so they are in force after it.</summary>
    public const string UnitsEffective = "2024-01-01";

    /// <summary>The folder under data/ the files go to when --out is not given (data/runtime is not committed).</summary>
    public static readonly string DefaultRelativeOut = Path.Combine("runtime", "province-demo");

    public const string ProvinceCode = "140000";

    /// <summary>The generator named in the unit layers' metadata.</summary>
    public const string Generator = "EcoGov.Application.Demo.ProvinceDemoService";

    /// <summary>
    /// Shanxi's 11 prefecture-level cities (GB/T 2260) and the synthetic extent of each (lon/lat rectangles placed roughly
    /// where the city lies, not its boundary; 晋城 uses its real boundary from data/seed/boundaries). No two overlap.
    /// </summary>
    public static IReadOnlyList<(string Code, string Name, double MinLon, double MinLat, double MaxLon, double MaxLat)> Cities { get; } =
    [
        ("140100", "太原市", 112.2, 37.65, 112.8, 38.15),
        ("140200", "大同市", 113.0, 39.8, 113.6, 40.3),
        ("140300", "阳泉市", 113.3, 37.7, 113.9, 38.1),
        ("140400", "长治市", 112.8, 36.3, 113.4, 36.8),
        ("140500", "晋城市", 0, 0, 0, 0),
        ("140600", "朔州市", 112.1, 39.2, 112.7, 39.7),
        ("140700", "晋中市", 112.5, 37.0, 113.1, 37.5),
        ("140800", "运城市", 110.6, 34.8, 111.2, 35.3),
        ("140900", "忻州市", 112.4, 38.5, 113.0, 39.0),
        ("141000", "临汾市", 111.2, 35.8, 111.8, 36.3),
        ("141100", "吕梁市", 110.9, 37.3, 111.5, 37.8),
    ];

    /// <summary>示意县区 per city that has no county of its own in the seed.</summary>
    public const int SyntheticCountiesPerCity = 4;

    /// <summary>Checks the options against the repository this program runs from, before a host opens the store.</summary>
    public static ProvinceDemoOptions Check(ProvinceDemoRequest r) => Check(r, EcoGovPaths.Locate(AppContext.BaseDirectory));

    public static ProvinceDemoOptions Check(ProvinceDemoRequest r, EcoGovPaths paths)
    {
        int from = DefaultFromYear, to = DefaultToYear;
        if (!RequestValues.Absent(r.Years))
        {
            var text = r.Years!.Trim();
            var parts = text.Split('-');
            if (parts.Length is < 1 or > 2 || !parts.All(p => int.TryParse(p, NumberStyles.None, CultureInfo.InvariantCulture, out var y) && y is >= 2000 and <= 2100))
                throw new ApplicationInputException(ErrorCode.InvalidValue, ProvinceDemoRequest.YearsField,
                    AppText.YearsInvalid(UserText.Quote(text)));
            from = int.Parse(parts[0], CultureInfo.InvariantCulture);
            to = int.Parse(parts[^1], CultureInfo.InvariantCulture);
            if (to < from)
                throw new ApplicationInputException(ErrorCode.InvalidPeriod, ProvinceDemoRequest.YearsField, AppText.LastYearIsBeforeFirst());
            if (to - from + 1 > MaxYears)
                throw new ApplicationInputException(ErrorCode.OutOfRange, ProvinceDemoRequest.YearsField, AppText.AtMostYears(MaxYears));
        }
        int stations = Int(r.Stations, ProvinceDemoRequest.StationsField, AppText.LabelStations, Cities.Count, MaxStations, DefaultStations);
        int units = Int(r.UnitsPerCity, ProvinceDemoRequest.UnitsPerCityField, AppText.LabelUnitsPerCity, 10, MaxUnitsPerCity, DefaultUnitsPerCity);
        int seed = Int(r.Seed, ProvinceDemoRequest.SeedField, AppText.LabelSeed, 0, int.MaxValue - 1_000_000, DefaultSeed);
        var outDir = RequestValues.Absent(r.Out) ? Path.Combine(paths.DataDirectory, DefaultRelativeOut) : r.Out!.Trim();
        return new ProvinceDemoOptions(from, to, stations, units, Path.GetFullPath(outDir), seed);
    }

    private static int Int(string? value, string field, AppMessage label, int min, int max, int fallback)
    {
        if (RequestValues.Absent(value)) return fallback;
        if (!int.TryParse(value!.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var v) || v < min || v > max)
            throw new ApplicationInputException(ErrorCode.OutOfRange, field,
                AppText.IntegerOutOfRange(label, min, max, UserText.Quote(value!), field));
        return v;
    }

    /// <summary>The jurisdictions of the data set: the province, the 11 cities, and each city's counties (held or 示意).</summary>
    public static IReadOnlyList<Jurisdiction> Jurisdictions()
    {
        var list = new List<Jurisdiction> { new(ProvinceCode, "山西省", null, JurisdictionLevel.Province, []) };
        foreach (var c in Cities)
        {
            list.Add(new Jurisdiction(c.Code, c.Name, ProvinceCode, JurisdictionLevel.City, []));
            if (c.Code == DemoZoningInputs.JinchengCode) continue; // the seed holds 晋城's six counties with their boundaries
            list.AddRange(SyntheticCounties(c.Code, c.Name).Select(s => new Jurisdiction(s.Code, s.Name, c.Code, JurisdictionLevel.County, [])));
        }
        return list;
    }

    /// <summary>The 示意县区 of a city: codes city prefix + "9" + k (no county of Shanxi uses the 9x range), named 示意.</summary>
    public static IEnumerable<(string Code, string Name)> SyntheticCounties(string cityCode, string cityName) =>
        Enumerable.Range(1, SyntheticCountiesPerCity).Select(k => ($"{cityCode[..4]}9{k}", $"{cityName}示意县区{k}"));

    /// <summary>Stations per city: <paramref name="stations"/> spread as evenly as possible, the first cities getting one more.</summary>
    public static int StationsOf(int cityIndex, int stations) => stations / Cities.Count + (cityIndex < stations % Cities.Count ? 1 : 0);

    public static string StationName(string cityCode, int k) => $"{DemoMonitoringDataPrefix}{cityCode}-{k + 1:000}";

    private const string DemoMonitoringDataPrefix = Dashboard.DemoMonitoringData.StationPrefix;

    /// <summary>A city's file of air hours for one year, relative to the output folder.</summary>
    public static string AirFile(string cityCode, int year) => Path.Combine("air", $"{cityCode}-{year}.csv");

    public static string UnitsFile(string cityCode) => Path.Combine("units", $"{cityCode}-units.geojson");

    /// <summary>
    /// Generates every file in memory, city by city, and writes those whose content differs from what the folder holds
    /// (a file is written beside and moved into place). Pure apart from the files: reads data/seed (晋城's boundary, counties
    /// and 000's unit statistics) and writes under <see cref="ProvinceDemoOptions.Out"/>.
    /// </summary>
    public static (IReadOnlyList<ProvinceDemoCity> Cities, IReadOnlyList<ProvinceDemoFile> Files, long AirRows) Generate(ProvinceDemoOptions o, string seedDirectory, Action<string>? log = null)
    {
        var jincheng = DemoZoningInputs.Read(seedDirectory);
        // Class proportions by count: 000's statistics table, summed over 晋城's counties (48 : 36 : 6).
        var proportions = new Dictionary<ControlUnitClass, int>
        {
            [ControlUnitClass.Priority] = jincheng.Counties.Sum(c => c.Statistics.Priority),
            [ControlUnitClass.Key] = jincheng.Counties.Sum(c => c.Statistics.Key),
            [ControlUnitClass.General] = jincheng.Counties.Sum(c => c.Statistics.General),
        };
        var factory = DemoUnitPartition.Factory;
        var cities = new List<ProvinceDemoCity>();
        var files = new List<ProvinceDemoFile>();
        long airRows = 0;
        for (int i = 0; i < Cities.Count; i++)
        {
            var c = Cities[i];
            Geometry extent;
            List<ProvinceCounty> counties;
            if (c.Code == DemoZoningInputs.JinchengCode)
            {
                extent = jincheng.CityBoundary;
                counties = [.. jincheng.Counties.Select(k => new ProvinceCounty(k.Code, k.Name, k.Boundary))];
            }
            else
            {
                extent = factory.ToGeometry(new Envelope(c.MinLon, c.MaxLon, c.MinLat, c.MaxLat));
                var synthetic = SyntheticCounties(c.Code, c.Name).ToList();
                double w = (c.MaxLon - c.MinLon) / synthetic.Count;
                counties = [.. synthetic.Select((s, k) => new ProvinceCounty(s.Code, s.Name,
                    factory.ToGeometry(new Envelope(c.MinLon + k * w, c.MinLon + (k + 1) * w, c.MinLat, c.MaxLat))))];
            }

            var units = ProvinceUnitPartition.Build(extent, counties, o.UnitsPerCity, proportions, o.Seed + 7 * (i + 1));
            var layer = new DemoLayer(DemoZoning.UnitsFile,
                $"山西省省域负载测试数据集·{c.Name}环境管控单元示意图层：随机 Voronoi 单元（固定种子），示意范围{(c.Code == DemoZoningInputs.JinchengCode ? "为晋城市界" : "为经纬度矩形，非市界")}，不是正式管控单元边界",
                [.. units.Select(u => new DemoFeature(u.Geometry, UnitProperties(u)))]);
            var unitsFile = UnitsFile(c.Code);
            files.Add(Write(o.Out, unitsFile, DemoZoning.GeoJson(layer, o.Seed, Generator)));

            int n = StationsOf(i, o.Stations);
            var names = Enumerable.Range(0, n).Select(k => StationName(c.Code, k)).ToList();
            var airFiles = new List<string>();
            if (n > 0)
            {
                var data = SyntheticAirYears.Generate(o.FromYear, o.ToYear - o.FromYear + 1, n, o.Seed + 1009 * (i + 1));
                for (int year = o.FromYear; year <= o.ToYear; year++)
                {
                    var csv = new StringBuilder("station,time,SO2,NO2,CO,O3,PM10,PM2.5\n");
                    for (int k = 0; k < n; k++)
                        foreach (var h in data[k])
                        {
                            if (h.HourStart.Year != year) continue;
                            csv.Append(CultureInfo.InvariantCulture, $"{names[k]},{h.HourStart:yyyy-MM-dd HH:mm},{h.So2},{h.No2},{h.Co},{h.O3},{h.Pm10},{h.Pm25}\n");
                            airRows++;
                        }
                    var file = AirFile(c.Code, year);
                    files.Add(Write(o.Out, file, csv.ToString()));
                    airFiles.Add(file);
                }
            }
            cities.Add(new ProvinceDemoCity(c.Code, c.Name, [.. counties.Select(k => k.Code)], names, units.Count, unitsFile, airFiles));
            log?.Invoke(string.Create(CultureInfo.InvariantCulture, $"[{i + 1}/{Cities.Count}] {c.Name} {c.Code}: 单元 units {units.Count:N0}，站点 stations {n}"));
        }
        return (cities, files, airRows);
    }

    /// <summary>The demo's unit properties plus unit-level requirement texts in the 示意 wording of data/seed/zoning/demo/unit-requirements.json.</summary>
    private static IReadOnlyList<KeyValuePair<string, object?>> UnitProperties(DemoUnit u)
    {
        var p = new List<KeyValuePair<string, object?>>
        {
            new("code", u.Code), new("name", u.Name), new("class", u.ClassName), new("countyCode", u.CountyCode),
            new("countyName", u.CountyName), new("areaKm2", Math.Round(EcoGov.Spatial.EqualArea.SquareKilometres(u.Geometry), 3)), new("synthetic", true),
        };
        var (kjbjys, pwwpfgk, hjfxfk, zykfxlyq) = u.Class switch
        {
            ControlUnitClass.Priority => ("（示意）单元内禁止新建、扩建工业项目和规模化畜禽养殖场。", null, null, (string?)null),
            ControlUnitClass.Key => ((string?)null, "（示意）新建涉气项目须实行主要大气污染物排放倍量削减替代。", "（示意）涉危险化学品企业应编制突发环境事件应急预案并备案。", (string?)null),
            _ => (null, null, null, "（示意）新建项目单位产品取水量应达到行业先进水平。"),
        };
        p.Add(new("KJBJYS", kjbjys));
        p.Add(new("PWWPFGK", pwwpfgk));
        p.Add(new("HJFXFK", hjfxfk));
        p.Add(new("ZYKFXLYQ", zykfxlyq));
        return p;
    }

    private static ProvinceDemoFile Write(string outDir, string relative, string content)
    {
        var path = Path.Combine(outDir, relative);
        var bytes = new UTF8Encoding(false).GetBytes(content);
        try
        {
            if (File.Exists(path) && new FileInfo(path).Length == bytes.Length && File.ReadAllBytes(path).AsSpan().SequenceEqual(bytes))
                return new ProvinceDemoFile(relative, bytes.Length, false);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllBytes(path + ".tmp", bytes);
            File.Move(path + ".tmp", path, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ApplicationInputException(ErrorCode.InvalidValue, ProvinceDemoRequest.OutField,
                AppText.CannotWriteFile(UserText.Quote(path), e.Message));
        }
        return new ProvinceDemoFile(relative, bytes.Length, true);
    }

    /// <summary>
    /// The whole command: adds the jurisdictions missing from the store, writes the files, imports the air hours (bulk
    /// path; <paramref name="progress"/> reports the rows written) and the unit layers. <paramref name="log"/> gets a line
    /// per step. A refused file stops the run with an <see cref="ApplicationInputException"/> (the generator's bug, not the user's).
    /// </summary>
    public static async Task<ProvinceDemoDto> RunAsync(EcoGovDbContext db, EcoGovPaths paths, ProvinceDemoRequest request, Action<string>? log = null,
        IProgress<ImportProgress>? progress = null, CancellationToken ct = default)
    {
        var o = Check(request, paths);
        var added = JurisdictionAdditions.AddMissing(db, Jurisdictions());
        log?.Invoke($"行政区划 jurisdictions: 新增 added {added.Count}");

        var sw = Stopwatch.StartNew();
        var (cities, files, airRows) = Generate(o, paths.SeedDirectory, log);
        var generate = sw.Elapsed.TotalSeconds;
        log?.Invoke(string.Create(CultureInfo.InvariantCulture,
            $"文件 files → {o.Out}: 写入 written {files.Count(f => f.Written)}，未变 unchanged {files.Count(f => !f.Written)}（{generate:F1} s）"));

        sw.Restart();
        long stored = 0, unchanged = 0;
        var service = new MonitoringImportService(db);
        var airFiles = cities.SelectMany(c => c.AirFiles.Select(f => (City: c.Code, File: f))).ToList();
        for (int i = 0; i < airFiles.Count; i++)
        {
            var (city, file) = airFiles[i];
            var r = await service.ImportAsync(new MonitoringImportRequest(Path.Combine(o.Out, file), Core.Monitoring.MonitoringDataKind.AirHourly, city), progress, ct);
            if (r.FileRejected || r.Rejected.Count > 0)
                throw new ApplicationInputException(ErrorCode.InvalidValue, null,
                    AppText.ImportRefused(file, string.Join("; ", r.Rejected.Take(3).Select(x => x.ToString()))));
            stored += r.Stored;
            unchanged += r.Unchanged;
            log?.Invoke(string.Create(CultureInfo.InvariantCulture,
                $"[{i + 1}/{airFiles.Count}] {file}: 行 rows {r.Rows:N0}，新存 stored {r.Stored:N0}，未变 unchanged {r.Unchanged:N0}（{sw.Elapsed.TotalSeconds:F0} s）"));
        }
        var airSeconds = sw.Elapsed.TotalSeconds;

        sw.Restart();
        int created = 0, layersUnchanged = 0;
        var layers = new ZoningLayerService(db);
        foreach (var c in cities)
        {
            var path = Path.Combine(o.Out, c.UnitsFile);
            var r = await layers.ImportAsync(new LayerImportRequest(ZoningLayerKinds.Units.Code, c.Code, UnitsEffective, "EPSG:4490",
                Path.GetFileName(path), await File.ReadAllBytesAsync(path, ct)), ct: ct);
            if (r.Status == LayerImportStatus.Created) created++;
            else if (r.Status == LayerImportStatus.Unchanged) layersUnchanged++;
            else
                throw new ApplicationInputException(ErrorCode.InvalidValue, null,
                    AppText.LayerRefused(c.UnitsFile, string.Join("; ", r.Report.Problems.Where(p => p.Severity == LayerProblemSeverity.Error).Take(3))));
            log?.Invoke(string.Create(CultureInfo.InvariantCulture,
                $"{c.UnitsFile}: {r.Status.ToString().ToLowerInvariant()}，版本 version {r.Version?.Version}，单元 units {c.Units:N0}（{sw.Elapsed.TotalSeconds:F0} s）"));
        }
        return new ProvinceDemoDto(o.Out, o.Seed, o.FromYear, o.ToYear, cities, [.. added.Select(j => j.Code)],
            files.Count(f => f.Written), files.Count(f => !f.Written), cities.Sum(c => c.Stations.Count), airRows, stored, unchanged,
            cities.Sum(c => c.Units), created, layersUnchanged, generate, airSeconds, sw.Elapsed.TotalSeconds);
    }
}
