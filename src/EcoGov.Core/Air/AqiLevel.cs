using EcoGov.Core.Text;

namespace EcoGov.Core.Air;

/// <summary>An sRGB colour.</summary>
public readonly record struct Rgb(byte R, byte G, byte B)
{
    public override string ToString() => $"{R},{G},{B}";
}

/// <summary>
/// One AQI band (空气质量指数级别及类别, HJ 633-2012 Table 2 / HJ 633-2026 Table 2; same in both):
/// level (级别), category (类别) and its colour (表示颜色).
/// </summary>
public sealed record AqiLevel(int Number, int MinAqi, int? MaxAqi, string LevelName, string Category, string CategoryEnglish, string ColourName, Rgb Colour);

public static class AqiLevels
{
    /// <summary>
    /// The bands. HJ 633-2026 writes the first band as 1–50; AQI 0 (all concentrations zero) is put in it too.
    /// </summary>
    public static readonly IReadOnlyList<AqiLevel> Table =
    [
        new(1, 0, 50, "一级", "优", "Excellent", "绿色", new(0, 228, 0)),
        new(2, 51, 100, "二级", "良", "Good", "黄色", new(255, 255, 0)),
        new(3, 101, 150, "三级", "轻度污染", "Lightly polluted", "橙色", new(255, 126, 0)),
        new(4, 151, 200, "四级", "中度污染", "Moderately polluted", "红色", new(255, 0, 0)),
        new(5, 201, 300, "五级", "重度污染", "Heavily polluted", "紫色", new(153, 0, 76)),
        new(6, 301, null, "六级", "严重污染", "Severely polluted", "褐红色", new(126, 0, 35)),
    ];

    public static AqiLevel For(int aqi)
    {
        if (aqi < 0) throw new ArgumentOutOfRangeException(nameof(aqi), aqi, CoreText.AqiNegative().Bilingual);
        return Table.Last(l => l.MinAqi <= aqi);
    }
}
