using System.Text.Json;
using EcoGov.Core.Air;
using EcoGov.Core.Water;
using Microsoft.EntityFrameworkCore;
using EcoGov.Core.Jurisdictions;

namespace EcoGov.Data.Monitoring;

/// <summary>One station's stored hours (ordered by hour), as the air engines take them.</summary>
public sealed record StationHours(string Code, string Name, string Jurisdiction, IReadOnlyList<HourlyObservation> Hours);

/// <summary>One station's stored days (<see cref="StationDay"/>, in date order) as a series the air engines take.</summary>
public sealed record StationSeries(string Code, string Name, string Jurisdiction, IReadOnlyList<StationDay> Days)
{
    public StationAirSeries Series { get; } = StationAirSeries.OfDays(Days);
}

/// <summary>One section's stored samples (ordered by date), as the water engines take them.</summary>
public sealed record SectionSamples(string Code, string Name, string Jurisdiction, WaterBodyKind Kind, IReadOnlyList<WaterSample> Samples);

/// <summary>
/// Reads the monitoring store for evaluation: the CLI's <c>--from-store</c> and the web pages and API use this one
/// query, so they evaluate the same data. A jurisdiction selects its own stations and those of the jurisdictions below
/// it by GB/T 2260 code (140500 晋城市 includes 140502 城区; 140000 山西省 includes every 14xxxx).
/// </summary>
public sealed class MonitoringStoreQuery(EcoGovDbContext db)
{
    /// <summary>The codes of the stored air monitoring stations, ordered.</summary>
    public async Task<IReadOnlyList<string>> StationCodesAsync(CancellationToken ct = default) =>
        await db.MonitoringStations.AsNoTracking().OrderBy(s => s.Code).Select(s => s.Code).ToListAsync(ct);

    /// <summary>
    /// Hourly data of the stations selected by jurisdiction and/or codes (both null = all stations), ordered by station
    /// code. <paramref name="from"/>/<paramref name="to"/> bound the days read (inclusive; null = unbounded). Stations
    /// without hours in the range are left out.
    /// </summary>
    public async Task<IReadOnlyList<StationHours>> AirHoursAsync(string? jurisdiction = null, IReadOnlyCollection<string>? stations = null,
        DateOnly? from = null, DateOnly? to = null, CancellationToken ct = default)
    {
        var selected = await SelectStationsAsync(jurisdiction, stations, ct);
        var codes = selected.Select(s => s.Code).ToList();
        var query = db.AirHourlyObservations.AsNoTracking().Where(o => codes.Contains(o.StationCode));
        if (from is { } f)
        {
            var start = f.ToDateTime(TimeOnly.MinValue);
            query = query.Where(o => o.HourStartCst >= start);
        }
        if (to is { } t)
        {
            var end = t.AddDays(1).ToDateTime(TimeOnly.MinValue);
            query = query.Where(o => o.HourStartCst < end);
        }
        var byStation = (await query
            .Select(o => new { o.StationCode, o.HourStartCst, o.So2, o.No2, o.Co, o.O3, o.Pm10, o.Pm25 })
            .ToListAsync(ct))
            .GroupBy(o => o.StationCode, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.OrderBy(o => o.HourStartCst)
                .Select(o => new HourlyObservation(o.HourStartCst, o.So2, o.No2, o.Co, o.O3, o.Pm10, o.Pm25)).ToList(), StringComparer.Ordinal);
        return selected.Where(s => byStation.ContainsKey(s.Code))
            .Select(s => new StationHours(s.Code, s.Name, s.JurisdictionCode, byStation[s.Code]))
            .ToList();
    }

    /// <summary>
    /// The stored station days (materialised at import, <see cref="StationDays"/>) of the stations selected as in
    /// <see cref="AirHoursAsync"/>, days within [<paramref name="from"/>, <paramref name="to"/>] (inclusive; null =
    /// unbounded); stations without days in the range are left out. What every evaluation from the store reads.
    /// </summary>
    public async Task<IReadOnlyList<StationSeries>> AirDaysAsync(string? jurisdiction = null, IReadOnlyCollection<string>? stations = null,
        DateOnly? from = null, DateOnly? to = null, CancellationToken ct = default)
    {
        var selected = await SelectStationsAsync(jurisdiction, stations, ct);
        var codes = selected.Select(s => s.Code).ToList();
        var query = db.AirStationDays.AsNoTracking().Where(d => codes.Contains(d.StationCode));
        if (from is { } f) query = query.Where(d => d.Date >= f);
        if (to is { } t) query = query.Where(d => d.Date <= t);
        var byStation = (await query.ToListAsync(ct))
            .GroupBy(d => d.StationCode, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(StationDays.Day).OrderBy(d => d.Date).ToList(), StringComparer.Ordinal);
        return selected.Where(s => byStation.ContainsKey(s.Code))
            .Select(s => new StationSeries(s.Code, s.Name, s.JurisdictionCode, byStation[s.Code]))
            .ToList();
    }

    private async Task<List<Entities.MonitoringStationEntity>> SelectStationsAsync(string? jurisdiction, IReadOnlyCollection<string>? stations, CancellationToken ct) =>
        (await db.MonitoringStations.AsNoTracking().OrderBy(s => s.Code).ToListAsync(ct))
            .Where(s => jurisdiction is null || Jurisdiction.IsWithin(s.JurisdictionCode, jurisdiction))
            .Where(s => stations is null || stations.Count == 0 || stations.Contains(s.Code))
            .ToList();

    /// <summary>Samples of the sections selected by jurisdiction and/or codes (both null = all), ordered by section code; sections without samples are left out.</summary>
    public async Task<IReadOnlyList<SectionSamples>> WaterSamplesAsync(string? jurisdiction = null, IReadOnlyCollection<string>? sections = null, int? year = null,
        CancellationToken ct = default)
    {
        var selected = (await db.WaterSections.AsNoTracking().OrderBy(s => s.Code).ToListAsync(ct))
            .Where(s => jurisdiction is null || Jurisdiction.IsWithin(s.JurisdictionCode, jurisdiction))
            .Where(s => sections is null || sections.Count == 0 || sections.Contains(s.Code))
            .ToList();
        var codes = selected.Select(s => s.Code).ToList();
        var query = db.WaterSamples.AsNoTracking().Where(s => codes.Contains(s.SectionCode));
        if (year is int y)
        {
            DateOnly first = new(y, 1, 1), last = new(y, 12, 31);
            query = query.Where(s => s.SampledOn >= first && s.SampledOn <= last);
        }
        var bySection = (await query.ToListAsync(ct))
            .GroupBy(s => s.SectionCode, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.OrderBy(s => s.SampledOn).ThenBy(s => s.SampleId, StringComparer.Ordinal)
                .Select(s => new WaterSample(s.SampledOn, Values(s.ValuesJson))).ToList(), StringComparer.Ordinal);
        return selected.Where(s => bySection.ContainsKey(s.Code))
            .Select(s => new SectionSamples(s.Code, s.Name, s.JurisdictionCode, s.Kind, bySection[s.Code]))
            .ToList();
    }

    private static IReadOnlyDictionary<string, double?> Values(string json) =>
        (JsonSerializer.Deserialize<Dictionary<string, double>>(json) ?? [])
            .ToDictionary(kv => kv.Key, kv => (double?)kv.Value, StringComparer.Ordinal);
}
