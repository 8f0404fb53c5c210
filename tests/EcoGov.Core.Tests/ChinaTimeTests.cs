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
}
