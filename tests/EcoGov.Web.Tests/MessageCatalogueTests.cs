using System.Collections;
using System.Globalization;
using System.Resources;
using System.Text.RegularExpressions;

namespace EcoGov.Web.Tests;

/// <summary>
/// The web UI's message catalogue (SharedText): the neutral (zh-Hans) and English resources have the same keys, none
/// empty, the Chinese value is its key, the placeholders agree; and every literal key a page or the web code asks for
/// (T["…"], text["…"]) is in the catalogue — so no page can silently lose its translation.
/// </summary>
public sealed partial class MessageCatalogueTests
{
    private static readonly ResourceManager Catalogue = new("EcoGov.Web.Resources.SharedText", typeof(SharedText).Assembly);

    private static Dictionary<string, string> Entries(CultureInfo culture)
    {
        var set = Catalogue.GetResourceSet(culture, createIfNotExists: true, tryParents: false)
            ?? throw new InvalidOperationException($"no resources for '{culture.Name}'");
        return set.Cast<DictionaryEntry>().ToDictionary(e => (string)e.Key, e => (string)e.Value!, StringComparer.Ordinal);
    }

    [GeneratedRegex(@"\{\d+\}")]
    private static partial Regex Placeholder();

    [Fact]
    public void Chinese_and_English_have_the_same_keys_and_no_empty_entry()
    {
        var chinese = Entries(CultureInfo.InvariantCulture);
        var english = Entries(new CultureInfo("en"));
        Assert.True(chinese.Count > 200, $"only {chinese.Count} entries");
        Assert.Empty(chinese.Keys.Except(english.Keys, StringComparer.Ordinal));
        Assert.Empty(english.Keys.Except(chinese.Keys, StringComparer.Ordinal));
        Assert.Empty(chinese.Where(e => e.Key != e.Value).Select(e => e.Key));
        Assert.Empty(english.Where(e => string.IsNullOrWhiteSpace(e.Value)).Select(e => e.Key));
        // an English text with other placeholders than its key would drop or invent a value
        Assert.Empty(english.Where(e => !Placeholder().Matches(e.Key).Select(m => m.Value).Order().SequenceEqual(
            Placeholder().Matches(e.Value).Select(m => m.Value).Order())).Select(e => e.Key));
        // the English text is English: no Chinese characters left in it
        Assert.Empty(english.Where(e => e.Value.Any(c => c is >= '\u4e00' and <= '\u9fff')).Select(e => e.Key));
    }

    [GeneratedRegex(@"\b(?:T|text|t)\[""((?:[^""\\]|\\.)*)""")]
    private static partial Regex LiteralKey();

    /// <summary>Razor comments and C# line comments (the catalogue's own doc comment shows an example key).</summary>
    [GeneratedRegex(@"@\*.*?\*@|^[ \t]*//[^\n]*", RegexOptions.Singleline | RegexOptions.Multiline)]
    private static partial Regex Comment();

    [Fact]
    public void Every_key_the_web_code_asks_for_is_in_the_catalogue()
    {
        var keys = Entries(CultureInfo.InvariantCulture).Keys.ToHashSet(StringComparer.Ordinal);
        var web = Path.Combine(Root(), "src", "EcoGov.Web");
        var files = Directory.EnumerateFiles(Path.Combine(web, "Pages"), "*.cshtml", SearchOption.AllDirectories)
            .Concat(Directory.EnumerateFiles(web, "*.cs", SearchOption.AllDirectories))
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                     && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal));
        var asked = files.SelectMany(f => LiteralKey().Matches(Comment().Replace(File.ReadAllText(f), ""))
            .Select(m => (File: Path.GetFileName(f), Key: m.Groups[1].Value))).ToList();
        Assert.True(asked.Count > 200, $"only {asked.Count} keys found");
        Assert.DoesNotContain(asked, a => !keys.Contains(a.Key));
    }

    private static string Root()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "EcoGov.slnx"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("EcoGov.slnx not found above " + AppContext.BaseDirectory);
    }
}
