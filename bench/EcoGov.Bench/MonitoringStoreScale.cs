using System.Diagnostics;
using EcoGov.Application.Air;
using EcoGov.Core.Air;
using EcoGov.Core.Jurisdictions;
using EcoGov.Data;
using EcoGov.Data.Entities;
using EcoGov.Data.Monitoring;
using EcoGov.Data.Queries;
using EcoGov.Ingest.Monitoring;
using EcoGov.Testing;
using Microsoft.EntityFrameworkCore;

namespace EcoGov.Bench;

/// <summary>
/// `store-scale [cityStations] [provinceStations] [--no-postgres] [--no-sqlite]`: the monitoring store at a city's and a province's
/// size, on SQLite and on PostgreSQL (a temporary cluster), Stopwatch figures with their baselines from the same run:
/// <list type="bullet">
/// <item>import: <see cref="MonitoringImporter.ImportAir"/> (bulk insert + station days) in rows/s, against the change
/// tracker's AddRange + SaveChanges of the same rows (how hours were stored before);</item>
/// <item>a city-year evaluation from the store (<see cref="AirEvaluationService.Evaluate(AirEvaluationRequest)"/>, warm,
/// median of 7), against reading the hours from the store and evaluating them (the previous path) and against the
/// same evaluation from the CSV file (read + evaluate);</item>
/// <item>a province-year evaluation from the store (all stations of 11 cities).</item>
/// </list>
/// The hours are <see cref="SyntheticAirNetwork"/>'s (one year, ~3 % missing). Province stations are spread over 11
/// cities 1401–1411: the city's stations are the first <c>cityStations</c>, all in 140500, the others round-robin over the
/// other ten.
/// </summary>
public static class MonitoringStoreScale
{
    private static readonly string[] Cities = [.. Enumerable.Range(1, 11).Select(c => $"14{c:00}00")];

    public static async Task RunAsync(string[] args)
    {
        var ci = System.Globalization.CultureInfo.InvariantCulture;
        var numbers = args.Skip(1).Where(a => !a.StartsWith("--", StringComparison.Ordinal)).Select(a => int.Parse(a, ci)).ToList();
        int city = numbers.ElementAtOrDefault(0) is > 0 and var c ? c : 10;
        int province = numbers.ElementAtOrDefault(1) is > 0 and var p ? p : 150;
        bool postgres = !args.Contains("--no-postgres");
        Console.WriteLine($"{DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, {Environment.ProcessorCount} cores, .NET {Environment.Version}; " +
                          $"city {city} stations, province {province} stations, year {SyntheticAirNetwork.From.Year}");
        var sw = Stopwatch.StartNew();
        var hours = SyntheticAirNetwork.Generate(province);
        Console.WriteLine($"generated {hours.Sum(h => h.Length):N0} hours in {sw.Elapsed.TotalSeconds:F1} s");
        var csv = CityCsv(hours, city);

        var dir = Directory.CreateTempSubdirectory("ecogov-store-scale-");
        try
        {
            if (!args.Contains("--no-sqlite"))
                await MeasureAsync("SQLite", () => EcoGovDatabase.SqliteConnectionString(Path.Combine(dir.FullName, $"{Guid.NewGuid():N}.db")), hours, city, csv);
            if (postgres)
            {
                using var cluster = PostgresCluster.Start();
                var n = 0;
                await MeasureAsync("PostgreSQL", () =>
                {
                    var name = $"scale{++n}";
                    using (var admin = new Npgsql.NpgsqlConnection(cluster.ConnectionString()))
                    {
                        admin.Open();
                        using var create = admin.CreateCommand();
                        create.CommandText = $"CREATE DATABASE {name}";
                        create.ExecuteNonQuery();
                    }
                    return cluster.ConnectionString(name);
                }, hours, city, csv);
            }
        }
        finally { dir.Delete(recursive: true); }
    }

    private static async Task MeasureAsync(string kind, Func<string> newStore, HourlyObservation[][] hours, int city, string csv)
    {
        Console.WriteLine();
        Console.WriteLine($"## {kind}");
        var cityRows = Rows(hours.Take(city)).ToList();
        var provinceRows = Rows(hours).ToList();

        // Baseline: the change tracker, as the importer stored hours before (city set only).
        using (var db = Open(newStore()))
        {
            var sw = Stopwatch.StartNew();
            using var tx = db.Database.BeginTransaction();
            var import = new MonitoringImportEntity { FileName = "baseline", Sha256 = "baseline", Kind = EcoGov.Core.Monitoring.MonitoringDataKinds.Name(EcoGov.Core.Monitoring.MonitoringDataKind.AirHourly), ImportedAtUtc = DateTime.UtcNow, Rows = cityRows.Count };
            db.MonitoringImports.Add(import);
            db.SaveChanges();
            db.MonitoringStations.AddRange(hours.Take(city).Select((_, k) => new MonitoringStationEntity { Code = SyntheticAirNetwork.StationId(k), Name = SyntheticAirNetwork.StationId(k), JurisdictionCode = "140500" }));
            await HourPartitions.EnsureAsync(db, cityRows.Select(r => r.Hour.HourStart.Year), default); // PostgreSQL: the year's partition
            db.AirHourlyObservations.AddRange(cityRows.Select(r => new AirHourlyObservationEntity
            {
                StationCode = r.Station, HourStartCst = r.Hour.HourStart, ImportId = import.Id,
                So2 = r.Hour.So2, No2 = r.Hour.No2, Co = r.Hour.Co, O3 = r.Hour.O3, Pm10 = r.Hour.Pm10, Pm25 = r.Hour.Pm25,
            }));
            db.SaveChanges();
            tx.Commit();
            Report($"import, city ({city} stations), baseline: EF AddRange + SaveChanges (hours only, no station days)", cityRows.Count, sw.Elapsed);
        }

        // The importer: bulk insert + station days, one import per city file.
        using (var db = Open(newStore()))
        {
            var sw = Stopwatch.StartNew();
            var r = await new MonitoringImporter(db).ImportAirAsync(Import("city", cityRows, "140500"));
            Report($"import, city ({city} stations): MonitoringImporter (bulk + station days)", r.Stored, sw.Elapsed);
        }
        using var store = Open(newStore());
        var total = 0;
        var swProvince = Stopwatch.StartNew();
        foreach (var group in provinceRows.GroupBy(r => CityOf(r.Station)))
            total += (await new MonitoringImporter(store).ImportAirAsync(Import(group.Key, group.ToList(), group.Key))).Stored;
        Report($"import, province ({hours.Length} stations, {Cities.Length} files): MonitoringImporter", total, swProvince.Elapsed);
        Console.WriteLine($"  station days stored: {store.AirStationDays.Count():N0}");

        var catalog = new PlanCatalog(store);
        var query = new MonitoringStoreQuery(store);
        var service = new AirEvaluationService(catalog, query);
        string from = $"{SyntheticAirNetwork.From:yyyy-MM-dd}", to = $"{SyntheticAirNetwork.To:yyyy-MM-dd}";
        var cityRequest = new AirEvaluationRequest("GB3095-2012", from, to, null, Cities[4], []);
        var provinceRequest = new AirEvaluationRequest("GB3095-2012", from, to, null, "140000", []);
        // The city's stations are the first `city` of the network; Cities[4] = 140500 holds them (CityOf).
        var fromDays = await service.EvaluateAsync(cityRequest);
        var selection = AirEvaluationService.Check(cityRequest);
        var fromHours = AirEvaluationService.Evaluate(selection, [.. (await query.AirHoursAsync(Cities[4], null, SyntheticAirNetwork.From, SyntheticAirNetwork.To)).Select(s => (s.Code, s.Hours))]);
        if (System.Text.Json.JsonSerializer.Serialize(fromDays) != System.Text.Json.JsonSerializer.Serialize(fromHours))
            throw new InvalidOperationException("the evaluation from station days differs from the evaluation from hours");
        Console.WriteLine($"  agreement: city evaluation from station days = from hours ({fromDays.Stations.Count} stations, PM2.5 {fromDays.All.Means["PM2.5"]}, index {fromDays.All.Index})");

        await Report7("city-year evaluation from the store (station days), warm", () => service.EvaluateAsync(cityRequest));
        await Report7("  of which: reading the station days (MonitoringStoreQuery.AirDaysAsync)", () => query.AirDaysAsync(Cities[4], null, SyntheticAirNetwork.From, SyntheticAirNetwork.To));
        var series = (await query.AirDaysAsync(Cities[4], null, SyntheticAirNetwork.From, SyntheticAirNetwork.To)).Select(s => (s.Code, s.Series)).ToList();
        await Report7("  of which: evaluating them (AirEvaluationService.Evaluate of the series)", () => Task.FromResult(AirEvaluationService.Evaluate(selection, series)));
        await Report7("city-year evaluation, baseline: hours read from the store, then evaluated", async () =>
            AirEvaluationService.Evaluate(selection, [.. (await query.AirHoursAsync(Cities[4], null, SyntheticAirNetwork.From, SyntheticAirNetwork.To)).Select(s => (s.Code, s.Hours))]));
        var path = Path.Combine(Path.GetTempPath(), $"ecogov-scale-{Guid.NewGuid():N}.csv");
        File.WriteAllText(path, csv);
        try
        {
            await Report7("city-year evaluation, baseline: from the CSV file (read + evaluate)", () =>
            {
                var read = AirCsvReader.ReadHourly(path, hourEnding: false);
                return Task.FromResult(AirEvaluationService.Evaluate(selection, [.. read.Rows.GroupBy(r => r.Station)
                    .Select(g => (g.Key, (IReadOnlyList<HourlyObservation>)g.Select(r => new HourlyObservation(r.HourStart, r.SO2, r.NO2, r.CO, r.O3, r.PM10, r.PM25)).ToList()))]));
            });
        }
        finally { File.Delete(path); }
        await Report7($"province-year evaluation from the store ({hours.Length} stations, 11 cities), warm", () => service.EvaluateAsync(provinceRequest));
    }

    private static EcoGovDbContext Open(string connectionString)
    {
        var db = new EcoGovDbContext(EcoGovDatabase.Options(connectionString));
        db.Database.Migrate();
        db.Jurisdictions.Add(new JurisdictionEntity { Code = "140000", Name = "山西省", Level = JurisdictionLevel.Province });
        db.Jurisdictions.AddRange(Cities.Select(c => new JurisdictionEntity { Code = c, Name = c, Level = JurisdictionLevel.City, ParentCode = "140000" }));
        db.SaveChanges();
        db.ChangeTracker.Clear();
        return db;
    }

    /// <summary>Station k's city: the first stations (the city set) in 140500, the rest round-robin over the 11 cities.</summary>
    private static string CityOf(string station)
    {
        int k = int.Parse(station.AsSpan(1), System.Globalization.CultureInfo.InvariantCulture) - 1;
        return k < CitySize ? "140500" : Others[k % Others.Length];
    }

    private static readonly string[] Others = [.. Cities.Where(c => c != "140500")];

    private static int CitySize = 10;

    private static IEnumerable<(string Station, HourlyObservation Hour)> Rows(IEnumerable<HourlyObservation[]> stations) =>
        stations.SelectMany((h, k) => h.Select(o => (SyntheticAirNetwork.StationId(k), o)));

    private static AirHourlyImport Import(string name, IReadOnlyList<(string Station, HourlyObservation Hour)> rows, string jurisdiction) =>
        new($"{name}.csv", Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(name + rows.Count))),
            rows.Count, [.. rows.Select((r, i) => new AirHourlyImportRow(i + 2, r.Station, r.Hour))], [], jurisdiction, false, "time");

    private static string CityCsv(HourlyObservation[][] hours, int city)
    {
        CitySize = city;
        var sb = new System.Text.StringBuilder("station,time,SO2,NO2,CO,O3,PM10,PM2.5\n");
        var ci = System.Globalization.CultureInfo.InvariantCulture;
        foreach (var (station, h) in Rows(hours.Take(city)))
            sb.Append(ci, $"{station},{h.HourStart:yyyy-MM-dd HH:mm},{h.So2},{h.No2},{h.Co},{h.O3},{h.Pm10},{h.Pm25}\n");
        return sb.ToString();
    }

    private static void Report(string what, int rows, TimeSpan elapsed) =>
        Console.WriteLine($"| {what} | {rows:N0} rows | {elapsed.TotalSeconds:F2} s | {rows / elapsed.TotalSeconds:N0} rows/s |");

    private static async Task Report7<T>(string what, Func<Task<T>> run)
    {
        for (int i = 0; i < 20; i++) await run(); // warm: past tiered compilation's first tier
        var times = new List<double>();
        for (int i = 0; i < 7; i++)
        {
            var sw = Stopwatch.StartNew();
            await run();
            times.Add(sw.Elapsed.TotalMilliseconds);
        }
        times.Sort();
        Console.WriteLine($"| {what} | median {times[3]:F0} ms | min {times[0]:F0} ms | max {times[^1]:F0} ms |");
    }
}
