using EcoGov.Data;
using EcoGov.Data.Monitoring;
using EcoGov.Core.Monitoring;

namespace EcoGov.Application.Monitoring;

/// <summary>
/// The air-monitoring stations held, with how many hours each has and its first and last: the one operation behind
/// `monitoring stations` and /api/monitoring/stations (the same JSON). It takes no input, so it refuses nothing.
/// </summary>
public sealed class MonitoringStationService(EcoGovDbContext db)
{
    /// <summary>
    /// The longest station or section code and name an import accepts (<see cref="Ingest.Monitoring.MonitoringLimits"/>):
    /// a host cuts stored ones to it when it lists them, so one bad row stored before the bound existed cannot flood a terminal.
    /// </summary>
    public const int MaxIdentifierChars = Ingest.Monitoring.MonitoringLimits.MaxIdentifierChars;

    /// <summary>The stations by code.</summary>
    public Task<IReadOnlyList<MonitoringStationSummary>> StationsAsync(CancellationToken ct = default) => MonitoringQueries.StationsAsync(db, ct);
}
