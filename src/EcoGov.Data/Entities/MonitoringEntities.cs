using EcoGov.Core.Water;

namespace EcoGov.Data.Entities;

/// <summary>空气监测站点 an air-monitoring station, in one jurisdiction.</summary>
public sealed class MonitoringStationEntity
{
    public string Code { get; set; } = "";
    public string Name { get; set; } = "";
    public string JurisdictionCode { get; set; } = "";
    /// <summary>The city the station is in, as a national release names it (area), or null.</summary>
    public string? City { get; set; }
    /// <summary>WGS 84 / CGCS2000 longitude and latitude as the releases give them, or null.</summary>
    public double? Longitude { get; set; }
    public double? Latitude { get; set; }
}

/// <summary>水质断面 a surface-water monitoring section on a river or a lake/reservoir.</summary>
public sealed class WaterSectionEntity
{
    public string Code { get; set; } = "";
    public string Name { get; set; } = "";
    public string JurisdictionCode { get; set; } = "";
    public WaterBodyKind Kind { get; set; }
    /// <summary>WGS 84 / CGCS2000 longitude and latitude of the section as a water-sample file gives them, or null.</summary>
    public double? Longitude { get; set; }
    public double? Latitude { get; set; }
}

/// <summary>One monitoring file imported: its content hash makes a second import of the same file a no-op.</summary>
public sealed class MonitoringImportEntity
{
    public int Id { get; set; }
    public string FileName { get; set; } = "";
    public string Sha256 { get; set; } = "";
    /// <summary>The kind's name (EcoGov.Core.Monitoring.MonitoringDataKinds.Name): air-hourly | water-samples.</summary>
    public string Kind { get; set; } = "";
    public DateTime ImportedAtUtc { get; set; }
    public int Rows { get; set; }
    public int RejectedRows { get; set; }
}

/// <summary>小时空气质量观测 one station-hour; concentrations in μg/m³ (CO in mg/m³), null = missing.</summary>
public sealed class AirHourlyObservationEntity
{
    public long Id { get; set; }
    public string StationCode { get; set; } = "";
    /// <summary>The hour's start in China Standard Time (UTC+8), stored without an offset.</summary>
    public DateTime HourStartCst { get; set; }
    public double? So2 { get; set; }
    public double? No2 { get; set; }
    public double? Co { get; set; }
    public double? O3 { get; set; }
    public double? Pm10 { get; set; }
    public double? Pm25 { get; set; }
    public int ImportId { get; set; }
}

/// <summary>
/// 站点日统计 one station day computed from the stored hours at import (EcoGov.Core.Air.StationDay: the limit-free parts
/// of the HJ 663-2013 daily statistics); recomputed whenever an hour of the day is added. Evaluations read these, not the hours.
/// </summary>
public sealed class AirStationDayEntity
{
    public string StationCode { get; set; } = "";
    public DateOnly Date { get; set; }
    public double? So2 { get; set; }
    public double? No2 { get; set; }
    public double? Co { get; set; }
    public double? Pm10 { get; set; }
    public double? Pm25 { get; set; }
    /// <summary>The largest valid O3 8h moving mean of the day (whatever the number of valid means).</summary>
    public double? O3LargestEightHourMean { get; set; }
    public int ValidO3EightHourMeans { get; set; }
    public double? O3Max1h { get; set; }
    /// <summary>Hours stored for the day.</summary>
    public int Hours { get; set; }
}

/// <summary>水样 one water sample of a section; item values (GB 3838-2002 codes → value) as a JSON object.</summary>
public sealed class WaterSampleEntity
{
    public long Id { get; set; }
    public string SectionCode { get; set; } = "";
    public DateOnly SampledOn { get; set; }
    public string SampleId { get; set; } = "";
    /// <summary>JSON object, item code → value in the item's unit (mg/L; pH none; FC 个/L); absent = not measured.</summary>
    public string ValuesJson { get; set; } = "{}";
    public int ImportId { get; set; }
}
