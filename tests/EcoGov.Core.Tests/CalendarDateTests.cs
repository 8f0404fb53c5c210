using EcoGov.Core;

namespace EcoGov.Core.Tests;

public class CalendarDateTests
{
    [Theory]
    [InlineData("2023-01-01", 2023, 1, 1)]
    [InlineData("2024-02-29", 2024, 2, 29)] // leap year
    [InlineData("2000-02-29", 2000, 2, 29)] // divisible by 400
    [InlineData("1900-01-01", 1900, 1, 1)] // the first and last years accepted
    [InlineData("2100-12-31", 2100, 12, 31)]
    [InlineData(" 2023-06-30\t", 2023, 6, 30)] // surrounding white space is not part of the value
    public void Accepts_exactly_yyyy_MM_dd(string text, int y, int m, int d)
    {
        Assert.True(CalendarDate.TryParse(text, out var date, out var error), error);
        Assert.Equal(new DateOnly(y, m, d), date);
    }

    [Theory]
    [InlineData("0001-01-01")] // would overflow a period's day arithmetic (hardening review)
    [InlineData("1899-12-31")]
    [InlineData("2101-01-01")]
    [InlineData("9999-12-31")]
    [Trait("Category", "Probe")]
    public void Refuses_years_outside_1900_to_2100(string text)
    {
        Assert.False(CalendarDate.TryParse(text, out _, out var error));
        Assert.Contains("1900", error);
        Assert.Contains("2100", error);
    }

    [Theory]
    [InlineData("2023/1/1")]
    [InlineData("2023/01/01")]
    [InlineData("20230101")]
    [InlineData("2023-1-1")]
    [InlineData("2023-01-1")]
    [InlineData("23-01-01")]
    [InlineData("+2023-01-01")]
    [InlineData("2023-01-01T00:00")]
    [InlineData("2023-01-01 00:00")]
    [InlineData("2023‐01‐01")] // U+2010 hyphens
    [InlineData("２０２３-01-01")] // full-width digits
    [InlineData("٢٠٢٣-01-01")] // Arabic-Indic digits
    [InlineData("yesterday")]
    [InlineData("2023-0a-01")]
    public void Refuses_other_shapes_naming_the_format(string text)
    {
        Assert.False(CalendarDate.TryParse(text, out _, out var error));
        Assert.Contains("yyyy-MM-dd", error);
        Assert.Contains("收到", error);
    }

    [Theory]
    [InlineData("2023-02-29")] // not a leap year
    [InlineData("1900-02-29")] // divisible by 100, not by 400
    [InlineData("2023-02-30")]
    [InlineData("2023-04-31")]
    [InlineData("2023-13-01")]
    [InlineData("2023-00-10")]
    [InlineData("2023-01-00")]
    [InlineData("0000-01-01")]
    public void Refuses_days_that_do_not_exist(string text)
    {
        Assert.False(CalendarDate.TryParse(text, out _, out var error));
        Assert.Contains("not a calendar date", error);
        Assert.Contains(text, error);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void Refuses_nothing(string? text)
    {
        Assert.False(CalendarDate.TryParse(text, out _, out var error));
        Assert.Contains("got nothing", error);
    }

    [Fact]
    [Trait("Category", "Probe")]
    public void A_long_or_hostile_value_is_quoted_short()
    {
        var value = "\u001b[31m" + new string('9', 5000);
        Assert.False(CalendarDate.TryParse(value, out _, out var error));
        Assert.True(error.Length < 400, error);
        Assert.False(error.Contains('\u001b', StringComparison.Ordinal), error);
        Assert.Contains("\\u001B[31m", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Writes_what_it_reads() =>
        Assert.Equal("2023-02-05", CalendarDate.ToText(new DateOnly(2023, 2, 5)));
}
