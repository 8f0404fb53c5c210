namespace EcoGov.Core.Monitoring;

/// <summary>A monitoring station with how many hours are stored for it.</summary>
public sealed record MonitoringStationSummary(string Code, string Name, string Jurisdiction, int Hours, DateTime? FirstHour, DateTime? LastHour,
    string? City = null, double? Longitude = null, double? Latitude = null);
