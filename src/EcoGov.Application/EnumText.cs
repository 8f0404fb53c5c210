using System.Text.Json;

namespace EcoGov.Application;

/// <summary>
/// An enum value as the JSON of both hosts writes it (camelCase, the converter of <c>SeedJson.Compact</c> and of the web's
/// JSON options): for the texts that are not JSON values themselves — audit entries, CSS classes, table cells.
/// </summary>
public static class EnumText
{
    public static string Camel(Enum value) => JsonNamingPolicy.CamelCase.ConvertName(value.ToString());
}
