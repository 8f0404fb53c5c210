using System.Collections;
using System.Globalization;
using System.Reflection;
using System.Resources;
using System.Text.RegularExpressions;
using EcoGov.Core.Text;
using EcoGov.Spatial;

namespace EcoGov.Application.Tests;

/// <summary>
/// The engines' and lower layers' message catalogues (<c>src/EcoGov.X/Resources/XText.resx</c>, zh-Hans, and
/// <c>XText.en.resx</c>, read through the project's typed accessor <c>XText</c>): both languages have the same keys, none
/// empty, the same placeholders, no Chinese in English; every accessor member has its entries and every entry its member.
/// And the project's sources build no message from a bilingual literal ("中文 / English" in one string) outside the files
/// still listed: what an engine says, it says through its catalogue (issue 8, item 5; docs/architecture.md §5).
/// </summary>
public sealed partial class EngineCatalogueTests
{
    /// <summary>
    /// A catalogue: the project it belongs to, its accessor, the project's files still holding bilingual literals, and the
    /// keys whose two languages do not name the same values (departures to go; the check fails when a listed key has come
    /// to agree, so the list only shrinks).
    /// </summary>
    public sealed record Catalogue(string Project, Type Accessor, ResourceManager Resources, string[] FilesWithBilingualLiterals,
        IReadOnlySet<string>? PlaceholdersDiffer = null)
    {
        public override string ToString() => Project;
    }

    /// <summary>
    /// Every catalogue of the platform's libraries (the application layer's and those below it), with the files of its project that still hold bilingual literals —
    /// departures to go; the scan fails when a listed file has become clean, so the lists only shrink.
    /// </summary>
    public static readonly TheoryData<string> Projects = new(Catalogues().Select(c => c.Project));

    private static IEnumerable<Catalogue> Catalogues()
    {
        yield return new("EcoGov.Core", typeof(CoreText), CoreText.Catalogue,
        [
        ]);
        yield return new("EcoGov.Spatial", typeof(SpatialText), SpatialText.Catalogue, []);
        yield return new("EcoGov.Ingest", typeof(EcoGov.Ingest.IngestText), EcoGov.Ingest.IngestText.Catalogue, []);
        yield return new("EcoGov.Data", typeof(EcoGov.Data.DataText), EcoGov.Data.DataText.Catalogue, []);
        yield return new("EcoGov.Application", typeof(AppText), AppText.Catalogue, [], ApplicationTextTests.EnglishWithoutAllValues);
    }

    private static Catalogue Of(string project) => Catalogues().Single(c => c.Project == project);

    private static Dictionary<string, string> Entries(ResourceManager resources, CultureInfo culture)
    {
        var set = resources.GetResourceSet(culture, createIfNotExists: true, tryParents: false)
            ?? throw new InvalidOperationException($"no resources for '{culture.Name}' in {resources.BaseName}");
        return set.Cast<DictionaryEntry>().ToDictionary(e => (string)e.Key, e => (string)e.Value!, StringComparer.Ordinal);
    }

    private static Dictionary<string, string> Chinese(ResourceManager r) =>
        Entries(r, CultureInfo.InvariantCulture).Where(e => !e.Key.EndsWith(Message.BilingualSuffix, StringComparison.Ordinal))
            .ToDictionary(e => e.Key, e => e.Value, StringComparer.Ordinal);

    private static Dictionary<string, string> English(ResourceManager r) => Entries(r, new CultureInfo("en"));

    [GeneratedRegex(@"(?<!\{)\{(\d+)(?:[:,][^}]*)?\}")]
    private static partial Regex Placeholder();

    private static string[] Placeholders(string template) =>
        [.. Placeholder().Matches(template).Select(m => m.Groups[1].Value).Distinct().Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(Projects))]
    public void Both_languages_have_the_same_keys_and_placeholders_and_no_empty_entry(string project)
    {
        var c = Of(project);
        var chinese = Chinese(c.Resources);
        var english = English(c.Resources);
        Assert.NotEmpty(chinese);
        Assert.Empty(chinese.Keys.Except(english.Keys, StringComparer.Ordinal));
        Assert.Empty(english.Keys.Except(chinese.Keys, StringComparer.Ordinal));
        Assert.Empty(chinese.Concat(english).Where(e => string.IsNullOrWhiteSpace(e.Value)).Select(e => e.Key));
        Assert.DoesNotContain(english, e => e.Value.Any(Message.IsHan));
        var differ = chinese.Keys.Where(k => !Placeholders(chinese[k]).SequenceEqual(Placeholders(english[k]))).ToHashSet(StringComparer.Ordinal);
        var allowed = c.PlaceholdersDiffer ?? new HashSet<string>(StringComparer.Ordinal);
        Assert.Empty(differ.Except(allowed));
        Assert.Empty(allowed.Except(differ));
        // a bilingual line belongs to a message
        foreach (var key in Entries(c.Resources, CultureInfo.InvariantCulture).Keys.Where(k => k.EndsWith(Message.BilingualSuffix, StringComparison.Ordinal)))
            Assert.True(chinese.ContainsKey(key[..^Message.BilingualSuffix.Length]), $"{key} has no message");
        foreach (var (key, template) in chinese.Concat(english).Concat(Entries(c.Resources, CultureInfo.InvariantCulture)))
            _ = string.Format(CultureInfo.InvariantCulture, template, Enumerable.Repeat<object?>(1, 12).ToArray());
    }

    /// <summary>Every accessor member, called with sample arguments of its parameter types.</summary>
    private static IEnumerable<(string Name, Message Message, int Arguments)> Messages(Type accessor)
    {
        foreach (var m in accessor.GetMethods(BindingFlags.Public | BindingFlags.Static).Where(m => typeof(Message).IsAssignableFrom(m.ReturnType) && !m.IsSpecialName))
        {
            var args = m.GetParameters().Select(p => Sample(p.ParameterType)).ToArray();
            yield return (m.Name, (Message)m.Invoke(null, args)!, args.Length);
        }
        foreach (var p in accessor.GetProperties(BindingFlags.Public | BindingFlags.Static).Where(p => typeof(Message).IsAssignableFrom(p.PropertyType)))
            yield return (p.Name, (Message)p.GetValue(null)!, 0);
    }

    private static object? Sample(Type t)
    {
        t = Nullable.GetUnderlyingType(t) ?? t;
        if (t == typeof(string) || t == typeof(object)) return "值 / value";
        if (t == typeof(int)) return 7;
        if (t == typeof(long)) return 7L;
        if (t == typeof(double)) return 1.5;
        if (t == typeof(decimal)) return 1.5m;
        if (t == typeof(DateOnly)) return new DateOnly(2023, 5, 1);
        if (t == typeof(DateTime)) return new DateTime(2023, 5, 1, 8, 0, 0);
        if (t == typeof(AppMessage)) return AppText.LabelDate;
        if (typeof(Message).IsAssignableFrom(t)) return CoreText.Verbatim("值 / value");
        if (t.IsEnum) return Enum.GetValues(t).GetValue(0);
        if (t.IsValueType) return Activator.CreateInstance(t);
        return "值 / value";
    }

    [Theory]
    [MemberData(nameof(Projects))]
    public void Every_member_of_the_accessor_is_in_the_catalogue_and_every_entry_has_its_member(string project)
    {
        var c = Of(project);
        var chinese = Chinese(c.Resources);
        var english = English(c.Resources);
        var messages = Messages(c.Accessor).ToList();
        Assert.NotEmpty(messages);
        foreach (var (name, message, arguments) in messages)
        {
            Assert.True(name == message.Key || message.Key == nameof(CoreText.Verbatim), $"{name} makes the message {message.Key}");
            Assert.True(chinese.ContainsKey(message.Key), $"no Chinese entry {message.Key}");
            Assert.True(english.ContainsKey(message.Key), $"no English entry {message.Key}");
            var highest = Placeholders(chinese[message.Key]).Select(p => int.Parse(p, CultureInfo.InvariantCulture)).DefaultIfEmpty(-1).Max();
            Assert.True(highest < Math.Max(arguments, message.Arguments.Count), $"{name}: placeholder {highest} with {arguments} arguments");
            Assert.False(string.IsNullOrWhiteSpace(message.Format(Message.Chinese)));
            Assert.DoesNotContain(message.Format(Message.English), ch => Message.IsHan(ch) && !"值".Contains(ch));
            Assert.False(string.IsNullOrWhiteSpace(message.Bilingual));
        }
        Assert.Empty(chinese.Keys.Except(messages.Select(m => m.Name), StringComparer.Ordinal));
    }

    /// <summary>
    /// A string literal that is a bilingual message: Chinese, then " / " or "/ " and a Latin word, or a Latin word, " / "
    /// and Chinese, in one literal (regular, verbatim or interpolated).
    /// </summary>
    [GeneratedRegex(@"""[^""\n]*(?:\p{IsCJKUnifiedIdeographs}[^""\n]*/ [^""\n]*[A-Za-z]{2}|[A-Za-z]{2}[^""\n]* / [^""\n]*\p{IsCJKUnifiedIdeographs})[^""\n]*""")]
    private static partial Regex BilingualLiteral();

    [Theory]
    [MemberData(nameof(Projects))]
    public void The_project_builds_no_message_from_a_bilingual_literal(string project)
    {
        var c = Of(project);
        var root = Path.Combine(Root(), "src", project);
        var offending = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(root, "*.cs", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(root, file).Replace('\\', '/');
            if (relative.StartsWith("obj/", StringComparison.Ordinal) || relative.StartsWith("bin/", StringComparison.Ordinal)
                || relative.StartsWith("Migrations/", StringComparison.Ordinal) || relative.StartsWith("CompiledModel/", StringComparison.Ordinal))
                continue;
            var code = string.Join('\n', File.ReadAllLines(file).Where(l => !l.TrimStart().StartsWith("//", StringComparison.Ordinal)));
            if (BilingualLiteral().IsMatch(code)) offending.Add(relative);
        }
        Assert.Empty(offending.Except(c.FilesWithBilingualLiterals));
        Assert.Empty(c.FilesWithBilingualLiterals.Except(offending));
    }

    [Fact]
    public void The_scan_sees_a_bilingual_literal_in_either_order()
    {
        Assert.Matches(BilingualLiteral(), "throw new X($\"第 {row} 行缺少日期 / row {row}: date missing\");");
        Assert.Matches(BilingualLiteral(), "notes.Add(\"Concentrations used as supplied, not rounded / 浓度未修约\");");
        Assert.Matches(BilingualLiteral(), "Fail(\"须为数字（整数）/ expected a number\")");
        Assert.DoesNotMatch(BilingualLiteral(), "var unit = \"μg/m³\"; var name = \"细颗粒物\";");
        Assert.DoesNotMatch(BilingualLiteral(), "Name(\"城区\", \"140502\")");
    }

    private static string Root()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "EcoGov.slnx"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("repository root not found");
    }
}
