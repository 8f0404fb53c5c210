namespace EcoGov.Core;

/// <summary>
/// China Standard Time (UTC+8, no daylight saving since 1991): the calendar that plans, monitoring data and zoning
/// versions are dated in. "Today" for a default date is today in China, whatever the server's time zone.
/// </summary>
public static class ChinaTime
{
    public static readonly TimeSpan Offset = TimeSpan.FromHours(8);

    /// <summary>The date in China at an instant.</summary>
    public static DateOnly DateOf(DateTimeOffset instant) => DateOnly.FromDateTime(instant.ToOffset(Offset).DateTime);

    /// <summary>An instant as people in China read it: <c>yyyy-MM-dd HH:mm</c> (with <c>:ss</c> when asked), whatever the culture.</summary>
    public static string ToText(DateTimeOffset instant, bool seconds = false) =>
        instant.ToOffset(Offset).ToString(seconds ? "yyyy-MM-dd HH:mm:ss" : "yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Today's date in China.</summary>
    public static DateOnly Today(TimeProvider? clock = null) => DateOf((clock ?? TimeProvider.System).GetUtcNow());
}
