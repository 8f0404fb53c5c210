using System.Text.RegularExpressions;

namespace EcoGov.Core.Indicators;

/// <summary>
/// Reads a GB 3838 water class written in a plan ("Ⅲ类", "III 类", "V类", "劣Ⅴ类", "达到Ⅲ类水质") as 1..5, 6 for 劣Ⅴ.
/// A target class means "this class or better".
/// </summary>
public static class WaterQualityClassText
{
    private static readonly Regex ClassText = new(@"^(达到或优于|达到|优于|好于)?\s*(?<worse>劣)?\s*(?<c>Ⅰ|Ⅱ|Ⅲ|Ⅳ|Ⅴ|I{1,3}|IV|V)\s*类?(水质|水体)?$", RegexOptions.Compiled);

    public static int? TryParse(string text)
    {
        var m = ClassText.Match(text.Trim());
        if (!m.Success) return null;
        int c = m.Groups["c"].Value switch
        {
            "Ⅰ" or "I" => 1,
            "Ⅱ" or "II" => 2,
            "Ⅲ" or "III" => 3,
            "Ⅳ" or "IV" => 4,
            _ => 5,
        };
        if (m.Groups["worse"].Success) return c == 5 ? 6 : null;
        return c;
    }

    /// <summary>A class 1..6 as GB 3838 writes it: Ⅰ类 … Ⅴ类, 劣Ⅴ类 (the one spelling the warnings, evaluations and documents use).</summary>
    public static string Name(int waterClass) => waterClass switch
    {
        1 => "Ⅰ类",
        2 => "Ⅱ类",
        3 => "Ⅲ类",
        4 => "Ⅳ类",
        5 => "Ⅴ类",
        6 => "劣Ⅴ类",
        _ => throw new ArgumentOutOfRangeException(nameof(waterClass), waterClass, "a water class is 1..6"),
    };
}
