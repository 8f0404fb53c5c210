using EcoGov.Core.Supervision;

namespace EcoGov.Core.Tests.Supervision;

public class DepartmentNamesTests
{
    /// <summary>
    /// The spellings of one unit found in the seeds (002 附件2 line 140 prints "区发改(能源)局", the other rows and the
    /// measures "区发改（能源）局") and the forms a Word export or a typist produces.
    /// </summary>
    [Theory]
    [InlineData("区发改(能源)局", "区发改（能源）局")]
    [InlineData("区发改（能源）局", "区发改（能源）局")]
    [InlineData("区发改 (能源) 局", "区发改（能源）局")]
    [InlineData("区发改（能源)局", "区发改（能源）局")]
    [InlineData(" 区发改（能源）局 ", "区发改（能源）局")]
    [InlineData("区发改\u3000（能源）局", "区发改（能源）局")]
    [InlineData("各镇(街道)", "各镇（街道）")]
    [InlineData("各镇（街道）", "各镇（街道）")]
    [InlineData("相关镇（街道）", "相关镇（街道）")]
    [InlineData("区生态环境分局、", "区生态环境分局")]
    [InlineData("区 生态 环境 分局", "区生态环境分局")]
    [InlineData("区市场监管局\t", "区市场监管局")]
    [InlineData("ＯＢＤ中心１号", "OBD中心1号")]
    [InlineData("[区交通局]", "【区交通局】")]
    public void Normalize_unifies_the_form(string printed, string expected)
    {
        Assert.Equal(expected, DepartmentNames.Normalize(printed));
        Assert.Equal(expected, DepartmentNames.Normalize(expected)); // idempotent
    }

    [Fact]
    public void Names_that_differ_in_words_stay_apart()
    {
        // 002 writes 区城管局 and 区城市管理局, 区发改局 and 区发改（能源）局: probably one unit each (a finding says
        // so), but only a person can merge them.
        Assert.False(DepartmentNames.Same("区城管局", "区城市管理局"));
        Assert.False(DepartmentNames.Same("区发改局", "区发改(能源)局"));
        Assert.True(DepartmentNames.Same("区发改(能源)局", "区发改（能源）局"));
    }

    [Fact]
    public void Empty_stays_empty() => Assert.Equal("", DepartmentNames.Normalize(" \u3000"));
}
