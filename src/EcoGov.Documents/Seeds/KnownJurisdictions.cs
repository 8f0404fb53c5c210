namespace EcoGov.Documents.Seeds;

/// <summary>
/// GB/T 2260 codes of the jurisdictions the seed documents name, for resolving a printed name
/// (including a former name such as 长治县) to its code during extraction. The full tree, with
/// parents and boundaries, is data/seed/jurisdictions.json.
/// </summary>
public static class KnownJurisdictions
{
    private static readonly Dictionary<string, string> ByName = new(StringComparer.Ordinal)
    {
        ["山西省"] = "140000",
        ["晋城市"] = "140500",
        ["城区"] = "140502",
        ["晋城市城区"] = "140502",
        ["沁水县"] = "140521",
        ["阳城县"] = "140522",
        ["陵川县"] = "140524",
        ["泽州县"] = "140525",
        ["高平市"] = "140581",
        ["长治市"] = "140400",
        ["上党区"] = "140404",
        ["长治县"] = "140404",
        ["运城市"] = "140800",
        ["稷山县"] = "140824",
    };

    /// <summary>The code for a printed name, or null when the name is not one of the seed jurisdictions.</summary>
    public static string? CodeOf(string name) => ByName.GetValueOrDefault(name.Replace(" ", "").Trim());
}
