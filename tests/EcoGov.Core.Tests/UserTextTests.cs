using EcoGov.Core.Text;

namespace EcoGov.Core.Tests;

public class UserTextTests
{
    [Fact]
    public void Quote_shows_at_most_32_characters_of_a_long_value_then_an_ellipsis()
    {
        var cell = new string('9', 10_000_000);
        var q = UserText.Quote(cell);
        Assert.Equal(new string('9', UserText.MaxQuotedChars) + "…", q);
        Assert.Equal("S1", UserText.Quote("S1"));
        Assert.Equal("", UserText.Quote(null));
        Assert.Equal(new string('x', 32), UserText.Quote(new string('x', 32)));
    }

    [Fact]
    public void Quote_makes_control_characters_visible_and_does_not_split_a_surrogate_pair()
    {
        Assert.Equal("S\\u0000\\u001B[31mRED\\u0007", UserText.Quote("S\0\u001b[31mRED\a"));
        Assert.Equal("A\\u202EB", UserText.Quote("A\u202EB"));
        var emoji = new string('a', 31) + "😀" + "tail";
        Assert.Equal(new string('a', 31) + "…", UserText.Quote(emoji));
    }

    [Theory]
    [InlineData("城区站", false)]
    [InlineData("S\0", true)]
    [InlineData("\u001b[2J", true)]
    [InlineData("\u0085", true)]    // C1 NEL
    [InlineData("\u202Egnp.exe", true)] // RIGHT-TO-LEFT OVERRIDE
    [InlineData("a\u200Bb", true)]  // zero-width space (Cf)
    [InlineData("a\u2028b", true)]  // line separator
    [InlineData("PM2.5（μg/m³）", false)]
    public void Control_and_format_characters_are_recognised(string text, bool any) =>
        Assert.Equal(any, text.Any(UserText.IsControl));

    [Fact]
    public void EscapeControls_keeps_line_breaks_and_tabs_only_when_asked()
    {
        Assert.Equal("a\\u000Ab\\u0009c\\u000Dd", UserText.EscapeControls("a\nb\tc\rd"));
        Assert.Equal("a\nb\tc\\u000Dd\\u001B", UserText.EscapeControls("a\nb\tc\rd\u001b", keepLineBreaks: true));
        var plain = "晋城市 PM2.5";
        Assert.Same(plain, UserText.EscapeControls(plain));
    }

    [Fact]
    public void FirstLines_lists_the_first_20_then_how_many_more()
    {
        var errors = Enumerable.Range(1, 1_000_000).Select(i => $"error {i}");
        var lines = UserText.FirstLines(errors, 1_000_000);
        Assert.Equal(21, lines.Count);
        Assert.Equal("error 20", lines[19]);
        Assert.Equal("… 另有 999980 处 (and 999980 more)", lines[20]);
        Assert.Equal(["a", "b"], UserText.FirstLines(["a", "b"], 2));
    }
}
