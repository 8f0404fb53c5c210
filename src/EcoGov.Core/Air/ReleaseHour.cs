namespace EcoGov.Core.Air;

/// <summary>
/// The value columns of the national hourly releases (全国城市空气质量实时发布), under the names the release layout
/// gives them. The O3 names do not say what they hold (domain reference air-quality.md, "Correction"; ADR 0005):
/// <c>o3</c> is the largest hourly O3 of the trailing 24 hours, <c>o3_24h</c> the hour's own O3, <c>o3_8h</c> the day's
/// largest 8h moving mean so far (windows ending 01:00 onwards), <c>o3_8h_24h</c> the 8h moving mean ending at the hour.
/// The other <c>_24h</c> columns are the 24h moving means ending at the hour.
/// </summary>
public enum ReleaseColumn
{
    Aqi,
    Pm10,
    Pm10Moving24h,
    Pm25,
    Pm25Moving24h,
    /// <summary>Release column <c>o3</c>: the largest hourly O3 of the trailing 24 hours (not the hour's O3).</summary>
    O3Max24h,
    /// <summary>Release column <c>o3_24h</c>: the hour's own 1h O3.</summary>
    O3,
    /// <summary>Release column <c>o3_8h</c>: the day's largest O3 8h moving mean so far.</summary>
    O3DayMax8h,
    /// <summary>Release column <c>o3_8h_24h</c>: the O3 8h moving mean ending at the hour.</summary>
    O3Moving8h,
    No2,
    No2Moving24h,
    So2,
    So2Moving24h,
    Co,
    CoMoving24h,
}

/// <summary>The release's own names of <see cref="ReleaseColumn"/> (hourly layout; the wide layout's types map onto them).</summary>
public static class ReleaseColumns
{
    public static readonly IReadOnlyList<ReleaseColumn> All = Enum.GetValues<ReleaseColumn>();

    public static string Name(ReleaseColumn c) => c switch
    {
        ReleaseColumn.Aqi => "aqi",
        ReleaseColumn.Pm10 => "pm10",
        ReleaseColumn.Pm10Moving24h => "pm10_24h",
        ReleaseColumn.Pm25 => "pm2_5",
        ReleaseColumn.Pm25Moving24h => "pm2_5_24h",
        ReleaseColumn.O3Max24h => "o3",
        ReleaseColumn.O3 => "o3_24h",
        ReleaseColumn.O3DayMax8h => "o3_8h",
        ReleaseColumn.O3Moving8h => "o3_8h_24h",
        ReleaseColumn.No2 => "no2",
        ReleaseColumn.No2Moving24h => "no2_24h",
        ReleaseColumn.So2 => "so2",
        ReleaseColumn.So2Moving24h => "so2_24h",
        ReleaseColumn.Co => "co",
        _ => "co_24h",
    };

    /// <summary>The column of a release name (case-insensitive; the wide layout's <c>PM2.5</c> is <c>pm2_5</c>), or null.</summary>
    public static ReleaseColumn? FromName(string name)
    {
        var key = name.Trim().ToLowerInvariant().Replace("pm2.5", "pm2_5", StringComparison.Ordinal);
        foreach (var c in All)
            if (Name(c) == key) return c;
        return null;
    }

    /// <summary>The pollutant a column's concentration is of (null for the AQI).</summary>
    public static Pollutant? PollutantOf(ReleaseColumn c) => c switch
    {
        ReleaseColumn.Aqi => null,
        ReleaseColumn.Pm10 or ReleaseColumn.Pm10Moving24h => Pollutant.PM10,
        ReleaseColumn.Pm25 or ReleaseColumn.Pm25Moving24h => Pollutant.PM25,
        ReleaseColumn.No2 or ReleaseColumn.No2Moving24h => Pollutant.NO2,
        ReleaseColumn.So2 or ReleaseColumn.So2Moving24h => Pollutant.SO2,
        ReleaseColumn.Co or ReleaseColumn.CoMoving24h => Pollutant.CO,
        _ => Pollutant.O3,
    };
}

/// <summary>
/// One station-hour of a national release: the station code, the hour's start in China Standard Time (the release's
/// <c>timepoint</c> is the hour's end), the published values by <see cref="ReleaseColumn"/> (null = missing), and the
/// published primary pollutants (null when the layout has no such column; empty when none was published). Where it came
/// from: <see cref="File"/> and <see cref="Row"/> (header = 1).
/// </summary>
public sealed record ReleaseHour(string Station, DateTime HourStart, IReadOnlyList<double?> Values, IReadOnlyList<Pollutant>? Primary, string File, int Row)
{
    public double? this[ReleaseColumn column] => Values[(int)column];

    /// <summary>The hour's end, as the release labels it (<c>timepoint</c>).</summary>
    public DateTime TimePoint => HourStart.AddHours(1);

    /// <summary>The six 1h concentrations the hourly AQI is computed from (O3 from <c>o3_24h</c>, the hour's own value).</summary>
    public AirHourlyRecord ToHourlyRecord() => new(Station, HourStart,
        this[ReleaseColumn.So2], this[ReleaseColumn.No2], this[ReleaseColumn.Co], this[ReleaseColumn.O3],
        this[ReleaseColumn.Pm10], this[ReleaseColumn.Pm25]);

    /// <summary>Whether the published values (and primary pollutants) are the same as <paramref name="other"/>'s.</summary>
    public bool SameValues(ReleaseHour other) =>
        Values.SequenceEqual(other.Values)
        && (Primary is null ? other.Primary is null : other.Primary is not null && Primary.Order().SequenceEqual(other.Primary.Order()));
}
