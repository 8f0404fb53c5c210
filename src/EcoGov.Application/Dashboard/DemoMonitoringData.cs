using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using EcoGov.Core.Air;
using EcoGov.Data;
using EcoGov.Data.Monitoring;
using Microsoft.EntityFrameworkCore;

namespace EcoGov.Application.Dashboard;

/// <summary>
/// What <see cref="DemoMonitoringData.EnsureAsync"/> did: per demo station, the hours stored now and those already stored; per
/// demo water section, the samples.
/// </summary>
public sealed record DemoDataResult(IReadOnlyList<DemoStationResult> Stations, IReadOnlyList<DemoStationResult> Sections, string Notice);

/// <summary>One demo station (or section): code, name, jurisdiction, hours (samples) stored by this call, found stored already; skipped with the reason.</summary>
public sealed record DemoStationResult(string Code, string Name, string Jurisdiction, int Stored, int Unchanged, string? Skipped);

/// <summary>
/// 示意数据: generated hourly air data so that a newcomer's dashboard is populated before real monitoring data are
/// imported (issue 13, done-when). Deterministic (a fixed seed per station), plausible for 晋城 — PM2.5 highest in
/// winter (about 55 μg/m³ in January) and lowest in summer (about 17 in July), O3 the other way round, a few heavy
/// days —, from <see cref="From"/> to <see cref="To"/> (2022 for the year-on-year comparison, 2023 for the seed plans).
/// Told apart from imported data without a migration: the stations' codes start with <see cref="StationPrefix"/>, their
/// names with 示意, and the import record's file name is <see cref="ImportName"/>. Stored through the ordinary
/// <see cref="MonitoringImporter"/>, so a second call finds every hour stored and changes nothing.
/// Water the same way: one sample a month from January to September 2023 for the three sections of the 城区 2023 water
/// plan (002), in sections coded <c>DEMO-140502-…</c> and named as the plan names them (so `progress` matches them),
/// each month's values chosen in the middle of a GB 3838 class (<see cref="SectionClasses"/>) with a small deterministic jitter.
/// Stations and sections are placed at <see cref="Locations"/> (示意 points in their county) for the 监测点位一张图.
/// </summary>
public static class DemoMonitoringData
{
    public const string StationPrefix = "DEMO-";
    public const string ImportName = "示意数据（EcoGov 生成，非监测数据）";
    public static string Notice => AppText.DemoAirNotice.Bilingual;
    public const string WaterImportName = "示意数据（EcoGov 生成，非监测数据）· 水质";
    public static string WaterNotice => AppText.DemoWaterNotice.Bilingual;

    public static readonly DateOnly From = new(2022, 1, 1), To = new(2023, 9, 30);

    /// <summary>The demo stations: two in 城区, one in 泽州县 (both in 晋城市), each with its level factor.</summary>
    public static readonly IReadOnlyList<(string Code, string Name, string Jurisdiction, double Factor, int Seed)> Stations =
    [
        ("DEMO-140502-A", "示意·城区甲站", "140502", 1.00, 140502_1),
        ("DEMO-140502-B", "示意·城区乙站", "140502", 1.08, 140502_2),
        ("DEMO-140525-A", "示意·泽州县站", "140525", 0.94, 140525_1),
    ];

    /// <summary>
    /// The demo sections (those of 002's 城区 2023 water plan) and the GB 3838 class of each month's sample, January to
    /// September 2023 (6 = 劣V): 白水河 (target Ⅲ) slips to Ⅳ in August, 洞头 (target Ⅴ) to 劣Ⅴ in May, 金匠桥 meets Ⅴ throughout.
    /// </summary>
    public static readonly IReadOnlyList<(string Code, string Name, string Jurisdiction, int Seed, int[] Classes)> SectionClasses =
    [
        ("DEMO-140502-白水河", "白水河", "140502", 1405021, [2, 2, 3, 3, 2, 2, 3, 4, 3]),
        ("DEMO-140502-洞头", "洞头", "140502", 1405022, [4, 4, 5, 5, 6, 4, 4, 5, 4]),
        ("DEMO-140502-金匠桥", "金匠桥", "140502", 1405023, [3, 4, 4, 4, 4, 5, 5, 4, 4]),
    ];

    /// <summary>
    /// Where the demo stations and sections are drawn (WGS 84 degrees): plausible points inside their county (城区 and
    /// 泽州县 by the seed boundaries), 示意 as the data — not the places of real stations or sections.
    /// </summary>
    public static readonly IReadOnlyDictionary<string, (double Longitude, double Latitude)> Locations = new Dictionary<string, (double, double)>(StringComparer.Ordinal)
    {
        ["DEMO-140502-A"] = (112.85, 35.49),
        ["DEMO-140502-B"] = (112.875, 35.51),
        ["DEMO-140525-A"] = (112.83, 35.40),
        ["DEMO-140502-白水河"] = (112.80, 35.535),
        ["DEMO-140502-洞头"] = (112.90, 35.555),
        ["DEMO-140502-金匠桥"] = (112.86, 35.455),
    };

    /// <summary>Values in the middle of each class (II, III, IV, V, 劣V) for the items GB 3838 classifies by; ±3 % keeps them inside it.</summary>
    private static readonly Dictionary<int, (double DO, double CODMn, double COD, double BOD5, double NH3N, double TP)> ClassValues = new()
    {
        [2] = (7.0, 3, 12, 2, 0.3, 0.05),
        [3] = (5.5, 5, 18, 3.5, 0.8, 0.15),
        [4] = (4.0, 8, 25, 5, 1.2, 0.25),
        [5] = (2.5, 12, 35, 8, 1.8, 0.35),
        [6] = (2.5, 12, 35, 8, 2.5, 0.5),
    };

    /// <summary>A demo section's samples (one on the 10th of each month), the same on every call.</summary>
    public static IReadOnlyList<(DateOnly Date, IReadOnlyDictionary<string, double> Values)> Samples(int[] classes, int seed)
    {
        var random = new Random(seed);
        double J(double v) => Math.Round(v * (0.97 + random.NextDouble() * 0.06), 3);
        return [.. classes.Select((c, i) =>
        {
            var v = ClassValues[c];
            return (new DateOnly(2023, i + 1, 10), (IReadOnlyDictionary<string, double>)new Dictionary<string, double>
            {
                ["pH"] = Math.Round(7.2 + random.NextDouble() * 0.6, 2), ["DO"] = J(v.DO), ["CODMn"] = J(v.CODMn), ["COD"] = J(v.COD),
                ["BOD5"] = J(v.BOD5), ["NH3N"] = J(v.NH3N), ["TP"] = J(v.TP),
            });
        })];
    }

    public static bool IsDemoStation(string code) => code.StartsWith(StationPrefix, StringComparison.Ordinal);

    /// <summary>A station's hours from <see cref="From"/> to <see cref="To"/>, the same on every call.</summary>
    public static IReadOnlyList<HourlyObservation> Hours(double factor, int seed)
    {
        var random = new Random(seed);
        var hours = new List<HourlyObservation>();
        for (var day = From; day <= To; day = day.AddDays(1))
        {
            var winter = Math.Cos((day.DayOfYear - 15) / 365.0 * 2 * Math.PI);      // 1 in mid-January, -1 in mid-July
            var episode = random.NextDouble() < 0.035 ? 2.6 : 1.0;                    // a few heavy-pollution days, mostly felt in winter
            var dayLevel = 0.7 + random.NextDouble() * 0.6;
            var yearLevel = day.Year == 2022 ? 1.08 : 1.0;                            // 2023 a little cleaner than 2022
            for (var h = 0; h < 24; h++)
            {
                var sun = Math.Max(0, Math.Sin((h - 6) / 12.0 * Math.PI));
                var pm25 = Math.Round((36 + 20 * winter) * dayLevel * (winter > 0 ? episode : 1) * factor * yearLevel);
                var pm10 = Math.Round(pm25 * 1.75);
                var so2 = Math.Round((10 + 6 * winter) * dayLevel * factor);
                var no2 = Math.Round((27 + 8 * winter) * dayLevel * factor * (1.2 - 0.4 * sun));
                var co = Math.Round((0.9 + 0.4 * winter) * dayLevel * factor, 1);
                var o3 = Math.Round((62 - 38 * winter) * (0.35 + 1.45 * sun) * dayLevel);
                hours.Add(new HourlyObservation(day.ToDateTime(new TimeOnly(h, 0)), so2, no2, co, o3, pm10, pm25));
            }
        }
        return hours;
    }

    /// <summary>
    /// Stores the demo stations' hours through <see cref="MonitoringImporter"/> (one import per station), unless the
    /// station's jurisdiction already has imported (non-demo) air data. Returns what it did.
    /// </summary>
    public static async Task<DemoDataResult> EnsureAsync(EcoGovDbContext db, CancellationToken ct = default)
    {
        var importer = new MonitoringImporter(db);
        var real = (await db.MonitoringStations.AsNoTracking().Select(s => new { s.Code, s.JurisdictionCode }).ToListAsync(ct))
            .Where(s => !IsDemoStation(s.Code)).Select(s => s.JurisdictionCode).ToHashSet(StringComparer.Ordinal);
        var results = new List<DemoStationResult>();
        foreach (var (code, name, jurisdiction, factor, seed) in Stations)
        {
            if (await SkipReasonAsync(importer, real, jurisdiction, ct) is { } skip)
            {
                results.Add(new(code, name, jurisdiction, 0, 0, skip));
                continue;
            }
            var hours = Hours(factor, seed);
            var rows = hours.Select((h, i) => new AirHourlyImportRow(i + 2, code, h)).ToList();
            var sha = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(
                string.Create(CultureInfo.InvariantCulture, $"ecogov-demo-air-v1|{code}|{factor}|{seed}|{From:yyyy-MM-dd}|{To:yyyy-MM-dd}"))));
            var result = await importer.ImportAirAsync(new AirHourlyImport(ImportName, sha, rows.Count, rows, [], jurisdiction, KeepGood: false, TimeColumn: "time")
            {
                Stations = new Dictionary<string, StationDetails> { [code] = new(name, null, Locations[code].Longitude, Locations[code].Latitude) },
            }, null, ct);
            results.Add(new(code, name, jurisdiction, result.Stored, result.Unchanged, Conflicts(result.Rejected.Count)));
        }
        var sections = await EnsureWaterAsync(db, importer, ct);
        await LocateAsync(db, ct);
        return new DemoDataResult(results, sections, Notice);
    }

    /// <summary>Gives the stored demo stations and sections stored without coordinates (before they had any) their <see cref="Locations"/>.</summary>
    private static async Task LocateAsync(EcoGovDbContext db, CancellationToken ct)
    {
        var codes = Locations.Keys.ToList();
        var changed = false;
        foreach (var s in await db.MonitoringStations.Where(s => codes.Contains(s.Code) && s.Longitude == null).ToListAsync(ct))
        {
            (s.Longitude, s.Latitude) = Locations[s.Code];
            changed = true;
        }
        foreach (var s in await db.WaterSections.Where(s => codes.Contains(s.Code) && s.Longitude == null).ToListAsync(ct))
        {
            (s.Longitude, s.Latitude) = Locations[s.Code];
            changed = true;
        }
        if (changed) await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
    }

    private static string? Conflicts(int rejected) => rejected > 0 ? AppText.DemoConflicts(rejected).Bilingual : null;

    /// <summary>Why a demo station or section is not written: its jurisdiction does not exist, or has imported (real) data.</summary>
    private static async Task<string?> SkipReasonAsync(MonitoringImporter importer, HashSet<string> real, string jurisdiction, CancellationToken ct) =>
        !await importer.JurisdictionExistsAsync(jurisdiction, ct) ? AppText.DemoNoSuchJurisdiction.Bilingual
        : real.Contains(jurisdiction) ? AppText.DemoJurisdictionHasImportedData.Bilingual
        : null;

    /// <summary>The demo water samples, unless the section's jurisdiction has imported (non-demo) sections.</summary>
    private static async Task<List<DemoStationResult>> EnsureWaterAsync(EcoGovDbContext db, MonitoringImporter importer, CancellationToken ct)
    {
        var sections = await db.WaterSections.AsNoTracking().Select(s => new { s.Code, s.JurisdictionCode }).ToListAsync(ct);
        var real = sections.Where(s => !IsDemoStation(s.Code)).Select(s => s.JurisdictionCode).ToHashSet(StringComparer.Ordinal);
        var results = new List<DemoStationResult>();
        foreach (var (code, name, jurisdiction, seed, classes) in SectionClasses)
        {
            if (await SkipReasonAsync(importer, real, jurisdiction, ct) is { } skip)
            {
                results.Add(new(code, name, jurisdiction, 0, 0, skip));
                continue;
            }
            // the section master first, named as the plan names it (an import names a new section by its code)
            if (!sections.Any(s => s.Code == code))
            {
                db.WaterSections.Add(new Data.Entities.WaterSectionEntity
                {
                    Code = code,
                    Name = name,
                    JurisdictionCode = jurisdiction,
                    Kind = Core.Water.WaterBodyKind.River,
                    Longitude = Locations[code].Longitude,
                    Latitude = Locations[code].Latitude,
                });
                await db.SaveChangesAsync(ct);
                db.ChangeTracker.Clear();
            }
            var rows = Samples(classes, seed).Select((x, i) => new WaterSampleImportRow(i + 2, code, x.Date, $"{code}-{x.Date:yyyyMM}", Core.Water.WaterBodyKind.River, x.Values)).ToList();
            var sha = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(
                string.Create(CultureInfo.InvariantCulture, $"ecogov-demo-water-v1|{code}|{seed}|{string.Join(",", classes)}"))));
            var result = await importer.ImportWaterAsync(new WaterSampleImport(WaterImportName, sha, rows.Count, rows, [], jurisdiction, KeepGood: false, TypeColumn: "type", IdColumn: "id"), ct);
            results.Add(new(code, name, jurisdiction, result.Stored, result.Unchanged, Conflicts(result.Rejected.Count)));
        }
        return results;
    }
}
