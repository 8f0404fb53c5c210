using EcoGov.Core;

namespace EcoGov.Core.Tests;

public class ChinaTimeTests
{
    [Theory]
    [InlineData("2026-11-25T15:59:59Z", "2026-11-25")] // 23:59:59 in Beijing
    [InlineData("2026-11-25T16:00:00Z", "2026-11-26")] // midnight in Beijing, still the 25th in UTC
    [InlineData("2026-12-31T20:00:00-05:00", "2027-01-01")] // any offset: the instant decides
    public void The_date_is_the_date_in_China(string instant, string expected) =>
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture),
            ChinaTime.DateOf(DateTimeOffset.Parse(instant, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void An_instant_is_written_in_China_time_whatever_the_offset_it_carries()
    {
        var instant = new DateTimeOffset(2023, 6, 30, 16, 30, 5, TimeSpan.Zero);
        Assert.Equal("2023-07-01 00:30", ChinaTime.ToText(instant));
        Assert.Equal("2023-07-01 00:30:05", ChinaTime.ToText(instant, seconds: true));
        Assert.Equal("2023-07-01 00:30", ChinaTime.ToText(instant.ToOffset(TimeSpan.FromHours(-5))));
    }
}
