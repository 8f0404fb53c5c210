using EcoGov.Core.Jurisdictions;

namespace EcoGov.Core.Tests.Jurisdictions;

/// <summary>"This code or below it" in the GB/T 2260 tree, by the code (the one walk the monitoring query, the dashboard, the map and the public pre-check share).</summary>
public sealed class JurisdictionTests
{
    [Theory]
    [InlineData("140502", "140502", true)]  // itself
    [InlineData("140502", "140500", true)]  // a county in its city
    [InlineData("140502", "140000", true)]  // a county in its province
    [InlineData("140500", "140000", true)]  // a city in its province
    [InlineData("140500", "140500", true)]
    [InlineData("140500", "140502", false)] // a city is not below its county
    [InlineData("140824", "140500", false)] // another city's county
    [InlineData("150502", "140000", false)] // another province
    [InlineData("140502", "140501", false)] // a county holds only itself (last two digits not 00)
    [InlineData("140502", "14050", false)]  // not six digits: only an exact match
    [InlineData("140510", "140500", true)]
    public void IsWithin_follows_the_gb2260_tree(string code, string selected, bool expected) =>
        Assert.Equal(expected, Jurisdiction.IsWithin(code, selected));

    [Theory]
    [InlineData("140500", true)]
    [InlineData("14050", false)]
    [InlineData("1405001", false)]
    [InlineData("14050a", false)]
    [InlineData(null, false)]
    public void A_code_is_six_ascii_digits(string? code, bool expected) => Assert.Equal(expected, Jurisdiction.IsValidCode(code));
}
