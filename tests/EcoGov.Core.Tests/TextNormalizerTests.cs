using EcoGov.Core.Text;

namespace EcoGov.Core.Tests;

public class TextNormalizerTests
{
    [Theory]
    [InlineData("水环 境质 量改 善", "水环境质量改善")]
    [InlineData("北 石 店 河 背 荫", "北石店河背荫")]
    [InlineData("PM _{2.5} 年均浓度", "PM _{2.5} 年均浓度")]
    [InlineData("２０２３年", "2023年")]
    [InlineData("  a \t b\n c  ", "a b c")]
    [InlineData("城市 (PM2.5) 浓度", "城市 (PM2.5) 浓度")]
    public void Normalizes_export_spacing(string input, string expected) => Assert.Equal(expected, TextNormalizer.Normalize(input));
}
