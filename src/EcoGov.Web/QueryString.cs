namespace EcoGov.Web;

/// <summary>Query strings the pages link with: each value escaped, blank values left out, a name repeated for each of its values.</summary>
public static class QueryString
{
    public static string Of(IEnumerable<(string Name, string? Value)> values) =>
        string.Join("&", values.Where(v => !string.IsNullOrWhiteSpace(v.Value)).Select(v => $"{v.Name}={Uri.EscapeDataString(v.Value!)}"));
}
