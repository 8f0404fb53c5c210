using System.Reflection;
using System.Text.Json.Serialization;

namespace EcoGov.Core.Text;

/// <summary>
/// An enum value's name as JSON writes it: its <see cref="JsonStringEnumMemberNameAttribute"/>, else the member's name.
/// The one place a kind's printed code or name is spelled is that attribute; code that needs the name in text (the CLI's
/// lines, a page's data attribute, a stored column) reads it here rather than spelling it again.
/// </summary>
public static class JsonNames
{
    /// <summary>The JSON name of <paramref name="value"/>; a value that is not a declared member is a bug.</summary>
    public static string Of<T>(T value) where T : struct, Enum =>
        Names<T>.ByValue.TryGetValue(value, out var name) ? name : throw new ArgumentOutOfRangeException(nameof(value), value, null);

    /// <summary>The member whose JSON name is <paramref name="name"/> exactly (ordinal); false for anything else.</summary>
    public static bool TryParse<T>(string? name, out T value) where T : struct, Enum
    {
        if (name is not null && Names<T>.ByName.TryGetValue(name, out value)) return true;
        value = default;
        return false;
    }

    private static class Names<T> where T : struct, Enum
    {
        public static readonly Dictionary<T, string> ByValue = typeof(T).GetFields(BindingFlags.Public | BindingFlags.Static)
            .ToDictionary(f => (T)f.GetValue(null)!, f => f.GetCustomAttribute<JsonStringEnumMemberNameAttribute>()?.Name ?? f.Name);

        public static readonly Dictionary<string, T> ByName = ByValue.ToDictionary(e => e.Value, e => e.Key, StringComparer.Ordinal);
    }
}
