using System.Text.RegularExpressions;

namespace EcoGov.Architecture.Tests;

/// <summary>
/// The hosts' sources against the layers below the application layer (docs/architecture.md §2, issue 8). Because
/// EcoGov.Application references Data, Spatial, Ingest, Documents and Reports, a host sees their types transitively and
/// compiles with any of them whatever its own project file says; so <see cref="ReferenceRules"/> alone proves nothing about
/// what a page or a command uses. This rule reads the hosts' sources (src/EcoGov.Web and src/EcoGov.Cli, .cs and .cshtml,
/// _ViewImports included): a <c>using EcoGov.Data…</c> (Spatial, Ingest, Documents, Reports; <c>@using</c> in Razor) or a
/// fully-qualified <c>EcoGov.Data.</c>… name is allowed only in the files listed in <see cref="Allowed"/>, each with its
/// reason. The text is read as it is, comments included (a doc comment's <c>cref</c> is a reference too; in prose, name
/// the type without its namespace). A listed file that no longer names such a namespace fails too, so that the list, like the architecture page,
/// says what remains.
/// </summary>
public static class HostSourceRules
{
    private const string Composition = "composition root (ADR 0006)";

    /// <summary>The host source folders, relative to the repository root.</summary>
    public static readonly IReadOnlyList<string> Hosts = ["src/EcoGov.Web", "src/EcoGov.Cli"];

    /// <summary>The projects below the application layer a host may not name (Data.Postgres counts as Data).</summary>
    public static readonly IReadOnlyList<string> Below = ["EcoGov.Data", "EcoGov.Spatial", "EcoGov.Ingest", "EcoGov.Documents", "EcoGov.Reports"];

    private static readonly Regex Named = new(@"(?<![\w.])EcoGov\.(Data|Spatial|Ingest|Documents|Reports)(?!\w)", RegexOptions.CultureInvariant);

    /// <summary>Host files that may name a namespace below the application layer, by path from the root, each with its reason.</summary>
    public static readonly IReadOnlyDictionary<string, string> Allowed = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["src/EcoGov.Cli/Store.cs"] = $"{Composition}: opens the context (EcoGovDatabase, EcoGovPaths, the initialisation and seed import) and registers the stores the application layer is built over",
        ["src/EcoGov.Cli/CliApp.cs"] = $"{Composition}: maps the store's refusals (DatabaseBusyException, DatabaseUnavailableException, StorageFullException, SeedFileException) to exit code 2",
        ["src/EcoGov.Web/EcoGovWebApp.cs"] = $"{Composition}: registers the context, EcoGovPaths and the stores",
        ["src/EcoGov.Web/Program.cs"] = $"{Composition}: the start-up's seed errors (SeedFileException)",
        ["src/EcoGov.Web/DatabaseStartup.cs"] = $"{Composition}: runs EcoGovDatabase.Initialize at start and until it succeeds",
        ["src/EcoGov.Web/HostOperations.cs"] = $"{Composition}: the readiness check opens the store",
        ["src/EcoGov.Web/DatabaseBusyAnswer.cs"] = $"{Composition}: answers the store's busy/unavailable/full exceptions with 503",
    };

    /// <summary>The namespaces below the application layer a source text names (usings, @using, fully-qualified names), in order, each once.</summary>
    public static IReadOnlyList<string> NamedLayers(string text) =>
        Named.Matches(text).Select(m => "EcoGov." + m.Groups[1].Value).Distinct(StringComparer.Ordinal).ToList();

    /// <summary>The host sources under <paramref name="root"/>: every .cs and .cshtml of the hosts but bin/ and obj/, by path from the root.</summary>
    public static IReadOnlyList<(string Path, string Text)> Read(string root) =>
        Hosts.SelectMany(h => Directory.EnumerateFiles(Path.Combine(root, h), "*.*", SearchOption.AllDirectories))
            .Where(f => f.EndsWith(".cs", StringComparison.Ordinal) || f.EndsWith(".cshtml", StringComparison.Ordinal))
            .Select(f => Path.GetRelativePath(root, f).Replace('\\', '/'))
            .Where(f => !f.Split('/').Any(part => part is "bin" or "obj"))
            .Order(StringComparer.Ordinal)
            .Select(f => (f, File.ReadAllText(Path.Combine(root, f))))
            .ToList();

    /// <summary>
    /// Every broken rule, one line each: a host file naming a namespace below the application layer without being listed,
    /// and a listed file that names none (or no longer exists).
    /// </summary>
    public static IReadOnlyList<string> Check(IReadOnlyList<(string Path, string Text)> files)
    {
        var problems = new List<string>();
        var naming = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (path, text) in files)
        {
            var named = NamedLayers(text);
            if (named.Count == 0) continue;
            naming.Add(path);
            if (!Allowed.ContainsKey(path))
                problems.Add($"{path}: names {string.Join(", ", named)}; a host goes through EcoGov.Application (docs/architecture.md §2) — only the files in HostSourceRules.Allowed may, each with its reason");
        }
        foreach (var path in Allowed.Keys.Where(p => !naming.Contains(p)).Order(StringComparer.Ordinal))
            problems.Add($"{path}: listed in HostSourceRules.Allowed but names none of {string.Join(", ", Below)} (or no longer exists); remove it from the list and from docs/architecture.md §7");
        return problems;
    }
}
