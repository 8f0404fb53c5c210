using EcoGov.Core.Air;

namespace EcoGov.Core.Tests.Air;

public class ConcentrationRoundingTests
{
    [Theory]
    [InlineData(0.25, "0.2")]
    [InlineData(0.35, "0.4")]
    [InlineData(0.45, "0.4")]
    [InlineData(0.15, "0.2")]
    [InlineData(1.05, "1.0")]
    [InlineData(0.26, "0.3")]
    [InlineData(0.24, "0.2")]
    [InlineData(2.0, "2.0")]
    public void CO_to_one_decimal_half_to_even(double value, string expected)
    {
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), ConcentrationRounding.Round(Pollutant.CO, value));
    }

    [Theory]
    [InlineData(Pollutant.SO2, 2.5, 2)]
    [InlineData(Pollutant.NO2, 3.5, 4)]
    [InlineData(Pollutant.O3, 0.5, 0)]
    [InlineData(Pollutant.PM10, 1.5, 2)]
    [InlineData(Pollutant.PM25, 100.5, 100)]
    [InlineData(Pollutant.PM25, 101.5, 102)]
    [InlineData(Pollutant.PM25, 2.51, 3)]
    [InlineData(Pollutant.PM25, 2.49, 2)]
    public void Others_to_integers_half_to_even(Pollutant p, double value, int expected)
    {
        Assert.Equal(expected, ConcentrationRounding.Round(p, value));
    }

    [Fact]
    public void Not_a_number_is_rejected()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => ConcentrationRounding.Round(Pollutant.CO, double.NaN));
    }
}
