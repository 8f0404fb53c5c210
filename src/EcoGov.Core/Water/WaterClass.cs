namespace EcoGov.Core.Water;

/// <summary>
/// Water quality classes as numbers, the same numbering as <see cref="Indicators.WaterQualityClassText"/>:
/// 1..5 for Ⅰ..Ⅴ, 6 for 劣Ⅴ (worse than Ⅴ). A smaller number is a better class.
/// </summary>
public static class WaterClass
{
    public const int I = 1;
    public const int II = 2;
    public const int III = 3;
    public const int IV = 4;
    public const int V = 5;

    /// <summary>劣Ⅴ类 worse than class Ⅴ.</summary>
    public const int WorseThanV = 6;

    private static readonly string[] Names = ["Ⅰ类", "Ⅱ类", "Ⅲ类", "Ⅳ类", "Ⅴ类", "劣Ⅴ类"];

    // 2011 evaluation method §2 qualitative status (水质状况) by class: Ⅰ–Ⅱ 优, Ⅲ 良好, Ⅳ 轻度污染, Ⅴ 中度污染, 劣Ⅴ 重度污染.
    private static readonly string[] Statuses = ["优", "优", "良好", "轻度污染", "中度污染", "重度污染"];

    public static bool IsValid(int waterClass) => waterClass is >= I and <= WorseThanV;

    /// <summary>"Ⅲ类", "劣Ⅴ类".</summary>
    public static string Name(int waterClass) => Names[Checked(waterClass) - 1];

    /// <summary>Qualitative status of a section's class (2011 evaluation method §2).</summary>
    public static string Status(int waterClass) => Statuses[Checked(waterClass) - 1];

    /// <summary>A class is no worse than the target when its number is not larger (目标水质 compliance).</summary>
    public static bool Meets(int waterClass, int targetClass) => Checked(waterClass) <= Checked(targetClass);

    private static int Checked(int waterClass) =>
        IsValid(waterClass) ? waterClass : throw new ArgumentOutOfRangeException(nameof(waterClass), waterClass, "水质类别应为 1..6 (class must be 1..6)");
}
