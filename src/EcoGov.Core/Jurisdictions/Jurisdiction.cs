namespace EcoGov.Core.Jurisdictions;

/// <summary>行政区划级别 administrative level in the GB/T 2260 tree.</summary>
public enum JurisdictionLevel { Province, City, County }

/// <summary>
/// 行政区 a jurisdiction identified by its GB/T 2260 code (e.g. 140500 晋城市).
/// </summary>
/// <param name="FormerNames">Names used by older sources, e.g. 长治县 for 上党区 (renamed 2018).</param>
public sealed record Jurisdiction(
    string Code,
    string Name,
    string? ParentCode,
    JurisdictionLevel Level,
    IReadOnlyList<string> FormerNames)
{
    /// <summary>True when <paramref name="code"/> is six digits, as GB/T 2260 requires.</summary>
    public static bool IsValidCode(string? code) =>
        code is { Length: 6 } && code.All(char.IsAsciiDigit);

    /// <summary>
    /// True when <paramref name="code"/> is <paramref name="selected"/> or lies below it in the GB/T 2260 tree, by the
    /// code itself (140500 晋城市 holds every 1405xx; 140000 山西省 every 14xxxx; a county holds only itself).
    /// </summary>
    public static bool IsWithin(string code, string selected)
    {
        if (string.Equals(code, selected, StringComparison.Ordinal)) return true;
        if (selected.Length != 6 || !selected.EndsWith("00", StringComparison.Ordinal)) return false;
        var prefix = selected.EndsWith("0000", StringComparison.Ordinal) ? selected[..2] : selected[..4];
        return code.StartsWith(prefix, StringComparison.Ordinal);
    }
}

/// <summary>A jurisdiction with whether the platform holds its boundary.</summary>
public sealed record JurisdictionInfo(Jurisdiction Jurisdiction, bool HasBoundary);
