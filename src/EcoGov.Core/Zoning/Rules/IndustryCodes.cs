namespace EcoGov.Core.Zoning.Rules;

/// <summary>One code of GB/T 4754-2017 国民经济行业分类 (section letter, then 2-digit division, 3-digit group, 4-digit class).</summary>
public sealed record IndustryCode(string Code, string Name);

/// <summary>
/// The GB/T 4754-2017 codes the rules use (a small extract, not the whole classification) and the prefix match on
/// the hierarchical code.
/// </summary>
public static class IndustryCodes
{
    public static IReadOnlyList<IndustryCode> Known { get; } =
    [
        new("A03", "畜牧业"),
        new("031", "牲畜饲养"),
        new("0311", "牛的饲养"),
        new("0312", "马的饲养"),
        new("0313", "猪的饲养"),
        new("0314", "羊的饲养"),
        new("0319", "其他牲畜饲养"),
        new("032", "家禽饲养"),
        new("0321", "鸡的饲养"),
        new("0322", "鸭的饲养"),
        new("0323", "鹅的饲养"),
        new("0329", "其他家禽饲养"),
        new("033", "狩猎和捕捉动物"),
        new("039", "其他畜牧业"),
        new("0391", "兔的饲养"),
        new("0392", "蜜蜂饲养"),
        new("0399", "其他未列明畜牧业"),
        new("C25", "石油、煤炭及其他燃料加工业"),
        new("252", "煤炭加工"),
        new("2521", "炼焦"),
        new("C26", "化学原料和化学制品制造业"),
        new("C30", "非金属矿物制品业"),
        new("3011", "水泥制造"),
        new("C31", "黑色金属冶炼和压延加工业"),
        new("D44", "电力、热力生产和供应业"),
        new("4411", "火力发电"),
        new("4412", "热电联产"),
        new("4430", "热力生产和供应"),
    ];

    /// <summary>The digits of a code without the section letter: "A0313" → "0313", "A03" → "03", " 0313 " → "0313".</summary>
    public static string? Normalize(string? code)
    {
        if (string.IsNullOrWhiteSpace(code)) return null;
        var t = code.Trim().ToUpperInvariant();
        if (t.Length > 0 && t[0] is >= 'A' and <= 'T') t = t[1..];
        return t.Length is >= 2 and <= 4 && t.All(char.IsAsciiDigit) ? t : null;
    }

    /// <summary>True when <paramref name="code"/> falls under <paramref name="listed"/> (prefix on the digits).</summary>
    public static bool Matches(string code, string listed)
    {
        var c = Normalize(code);
        var l = Normalize(listed);
        return c is not null && l is not null && c.StartsWith(l, StringComparison.Ordinal);
    }

    /// <summary>
    /// True when <paramref name="code"/> is coarser than <paramref name="listed"/> (a proper prefix of it: "A03" or
    /// "03" against "031"): the project may or may not fall under the listed code, so a rule cannot decide on it.
    /// </summary>
    public static bool IsCoarserThan(string code, string listed)
    {
        var c = Normalize(code);
        var l = Normalize(listed);
        return c is not null && l is not null && l.Length > c.Length && l.StartsWith(c, StringComparison.Ordinal);
    }

    /// <summary>The name of the most specific known code the given code falls under, or null.</summary>
    public static string? NameOf(string? code)
    {
        var c = Normalize(code);
        if (c is null) return null;
        return Known.Where(k => Matches(c, k.Code)).OrderByDescending(k => Normalize(k.Code)!.Length).FirstOrDefault()?.Name;
    }
}
