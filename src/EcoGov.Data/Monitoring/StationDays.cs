using EcoGov.Core.Air;
using EcoGov.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace EcoGov.Data.Monitoring;

/// <summary>
/// The materialised station days (<c>air_station_days</c>, <see cref="StationDay"/>): written by the monitoring import
/// in its transaction for every day it adds hours to, computed from all the day's hours (stored and new), and read by
/// every evaluation instead of the hours. A store that has hours but no station days (one made before the table existed)
/// is filled once at start-up (<see cref="FillIfMissing"/>).
/// </summary>
public static class StationDays
{
    /// <summary>
    /// Recomputes the days of each station between the first and last day of <paramref name="fresh"/> from the fresh
    /// hours and <paramref name="stored"/> (which must hold every stored hour of those stations on those days).
    /// </summary>
    internal static async Task ReplaceAsync(EcoGovDbContext db, IEnumerable<(string Station, HourlyObservation Hour)> fresh,
        IEnumerable<AirHourlyObservationEntity> stored, CancellationToken ct)
    {
        var byStation = fresh.GroupBy(f => f.Station, f => f.Hour, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        var rows = new List<AirStationDayEntity>();
        foreach (var group in stored.GroupBy(o => o.StationCode, StringComparer.Ordinal))
            if (byStation.TryGetValue(group.Key, out var hours)) hours.AddRange(group.Select(Hour));
        foreach (var (station, hours) in byStation)
        {
            var (first, last, days) = Compute(station, hours);
            await db.AirStationDays.Where(d => d.StationCode == station && d.Date >= first && d.Date <= last).ExecuteDeleteAsync(ct);
            rows.AddRange(days);
        }
        await BulkInsert.InsertAsync(db, rows, null, ct);
    }

    /// <summary>
    /// Fills the table from the stored hours when it is empty and hours exist (the first start after the upgrade that
    /// added it); returns the number of days written. One transaction: an interrupted fill leaves the table empty and
    /// the next start fills it again. Synchronous: it runs in the start-up initialisation, under the initialisation lock.
    /// </summary>
    public static int FillIfMissing(EcoGovDbContext db)
    {
        if (db.AirStationDays.Any() || !db.AirHourlyObservations.Any()) return 0;
        using var tx = db.Database.BeginTransaction();
        var written = 0;
        foreach (var station in db.AirHourlyObservations.Select(o => o.StationCode).Distinct().ToList())
        {
            var hours = db.AirHourlyObservations.AsNoTracking().Where(o => o.StationCode == station).AsEnumerable().Select(Hour).ToList();
            var (_, _, days) = Compute(station, hours);
            BulkInsert.Insert(db, days);
            written += days.Count;
        }
        tx.Commit();
        return written;
    }

    /// <summary>The station's days from its first to its last hour (the days with an hour), as stored rows.</summary>
    private static (DateOnly First, DateOnly Last, List<AirStationDayEntity> Days) Compute(string station, List<HourlyObservation> hours)
    {
        var first = DateOnly.FromDateTime(hours.Min(h => h.HourStart));
        var last = DateOnly.FromDateTime(hours.Max(h => h.HourStart));
        return (first, last, [.. DailyAirStatistics.StationDays(first, last, hours).Select(d => Entity(station, d))]);
    }

    private static HourlyObservation Hour(AirHourlyObservationEntity o) =>
        new(DateTime.SpecifyKind(o.HourStartCst, DateTimeKind.Unspecified), o.So2, o.No2, o.Co, o.O3, o.Pm10, o.Pm25);

    private static AirStationDayEntity Entity(string station, StationDay d) => new()
    {
        StationCode = station,
        Date = d.Date,
        So2 = d.So2,
        No2 = d.No2,
        Co = d.Co,
        Pm10 = d.Pm10,
        Pm25 = d.Pm25,
        O3LargestEightHourMean = d.O3LargestEightHourMean,
        ValidO3EightHourMeans = d.ValidO3EightHourMeans,
        O3Max1h = d.O3Max1h,
        Hours = d.Hours,
    };

    internal static StationDay Day(AirStationDayEntity e) =>
        new(e.Date, e.So2, e.No2, e.Co, e.Pm10, e.Pm25, e.O3LargestEightHourMean, e.ValidO3EightHourMeans, e.O3Max1h, e.Hours);
}
