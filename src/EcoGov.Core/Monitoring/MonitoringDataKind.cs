namespace EcoGov.Core.Monitoring;

/// <summary>监测数据类型 the kinds of monitoring file the platform imports.</summary>
public enum MonitoringDataKind
{
    /// <summary>空气质量小时数据: one row per station and hour (HJ 663-2013 inputs).</summary>
    AirHourly,
    /// <summary>地表水水质样品: one row per section, date and sample (GB 3838-2002 items).</summary>
    WaterSamples,
}

/// <summary>
/// The names of <see cref="MonitoringDataKind"/> in one place: the name the CLI's <c>--kind</c> takes, the JSON prints and
/// the store records (<c>monitoring_imports.Kind</c>), and the display name.
/// </summary>
public static class MonitoringDataKinds
{
    public static IReadOnlyList<MonitoringDataKind> All { get; } = Enum.GetValues<MonitoringDataKind>();

    /// <summary>"air-hourly", "water-samples".</summary>
    public static string Name(MonitoringDataKind kind) => kind switch
    {
        MonitoringDataKind.AirHourly => "air-hourly",
        MonitoringDataKind.WaterSamples => "water-samples",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    /// <summary>Every name, in <see cref="All"/>'s order.</summary>
    public static IReadOnlyList<string> Names { get; } = [.. All.Select(Name)];

    public static string DisplayName(MonitoringDataKind kind) => kind switch
    {
        MonitoringDataKind.AirHourly => "空气质量小时数据",
        MonitoringDataKind.WaterSamples => "地表水水质样品",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    /// <summary>The kind of a name (exact, as <see cref="Name"/> gives it), or null.</summary>
    public static MonitoringDataKind? Parse(string? name) =>
        All.Cast<MonitoringDataKind?>().FirstOrDefault(k => string.Equals(Name(k!.Value), name, StringComparison.Ordinal));
}
