using System.Xml.Linq;

namespace EcoGov.Architecture.Tests;

/// <summary>One reference a project may have; a departure is tolerated for now and names why and where it is going.</summary>
public sealed record AllowedReference(string Project, string? Departure = null)
{
    public static implicit operator AllowedReference(string project) => new(project);
}

/// <summary>A project file as read: its name, its project references (by target name and path), its package references.</summary>
public sealed record ProjectFile(string Name, string Path, IReadOnlyList<(string Name, string Path)> ProjectReferences, IReadOnlyList<string> PackageReferences);

/// <summary>
/// The allowed direction of references between the projects of src/ (docs/architecture.md §2, issue 8): references
/// point inward, hosts → Application → {Data, Documents, Ingest, Reports, Spatial} → Core (Reports also → Spatial;
/// Data.Postgres → Data). Data holds persistence only: it reads no file, renders nothing and holds no geometry engine, so
/// it may reference Core alone (not Documents, Ingest, Reports or Spatial). Every src project must be listed here, so a new project is placed deliberately. Departures are listed exactly: one that no longer exists fails too, so that
/// this list, like the architecture page, says what remains.
/// </summary>
public static class ReferenceRules
{
    public static readonly IReadOnlyDictionary<string, AllowedReference[]> Allowed = new Dictionary<string, AllowedReference[]>
    {
        ["EcoGov.Core"] = [],
        ["EcoGov.Spatial"] = ["EcoGov.Core"],
        // The seed extractors.
        ["EcoGov.Documents"] = ["EcoGov.Core"],
        // The monitoring file readers.
        ["EcoGov.Ingest"] = ["EcoGov.Core"],
        // The siting report (.docx) and map.
        ["EcoGov.Reports"] = ["EcoGov.Core", "EcoGov.Spatial"],
        // Persistence only: geometry is stored and returned as WKB with its envelope; reading, validating, reprojecting,
        // decoding and diffing layers, and decoding the seed's boundaries (ISeedGeometry), happen in the application layer.
        ["EcoGov.Data"] = ["EcoGov.Core"],
        ["EcoGov.Data.Postgres"] = ["EcoGov.Data"],
        ["EcoGov.Application"] = ["EcoGov.Core", "EcoGov.Spatial", "EcoGov.Documents", "EcoGov.Ingest", "EcoGov.Reports", "EcoGov.Data"],
        ["EcoGov.Web"] =
        [
            "EcoGov.Application",
            // The PostgreSQL migrations are loaded by assembly name (EcoGovDatabase.Configure): the host must ship them.
            "EcoGov.Data.Postgres",
            new("EcoGov.Data", "the composition root registers the context, runs the start-up and maps the store's refusals (ADR 0006; the only host files that name Data, listed in HostSourceRules)"),
        ],
        ["EcoGov.Cli"] =
        [
            "EcoGov.Application",
            "EcoGov.Data.Postgres",
            new("EcoGov.Data", "the composition: Store opens the context and composes the application layer over it, CliApp maps the store's refusals to exit code 2 (ADR 0006)"),
        ],
    };

    /// <summary>Projects that may reference no NuGet package at all (Core is BCL only: pure engines).</summary>
    public static readonly IReadOnlySet<string> NoPackages = new HashSet<string>(StringComparer.Ordinal) { "EcoGov.Core" };

    /// <summary>Reads a project file's ProjectReference and PackageReference items (conditions ignored: any reference counts).</summary>
    public static ProjectFile Read(string csproj)
    {
        var doc = XDocument.Load(csproj);
        var dir = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(csproj))!;
        var projects = doc.Descendants().Where(e => e.Name.LocalName == "ProjectReference")
            .Select(e => (string?)e.Attribute("Include"))
            .OfType<string>()
            .Select(include => System.IO.Path.GetFullPath(System.IO.Path.Combine(dir, include.Replace('\\', '/'))))
            .Select(path => (System.IO.Path.GetFileNameWithoutExtension(path), path))
            .ToList();
        var packages = doc.Descendants().Where(e => e.Name.LocalName == "PackageReference")
            .Select(e => (string?)e.Attribute("Include") ?? (string?)e.Attribute("Update"))
            .OfType<string>()
            .ToList();
        return new ProjectFile(System.IO.Path.GetFileNameWithoutExtension(csproj), System.IO.Path.GetFullPath(csproj), projects, packages);
    }

    /// <summary>
    /// Every broken rule, one line each (empty when the graph is as allowed): a reference the table does not allow, a src
    /// project missing from the table, a reference to a test or benchmark project, a reference to a file that does not
    /// exist, a package in a project that may have none, and a listed departure that no longer exists.
    /// <paramref name="inherited"/> are packages every project gets from Directory.Build.props/targets files.
    /// </summary>
    public static IReadOnlyList<string> Check(string root, IReadOnlyList<ProjectFile> projects, IReadOnlyList<string> inherited)
    {
        var problems = new List<string>();
        var src = Norm(System.IO.Path.Combine(root, "src")) + "/";
        foreach (var p in projects.OrderBy(p => p.Name, StringComparer.Ordinal))
        {
            if (!Allowed.TryGetValue(p.Name, out var allowed))
            {
                problems.Add($"{p.Name}: not in the allowed graph (ReferenceRules.Allowed); place the new project there and in docs/architecture.md §2");
                continue;
            }
            foreach (var (name, path) in p.ProjectReferences)
            {
                var target = Norm(path);
                if (!target.StartsWith(src, StringComparison.Ordinal))
                    problems.Add($"{p.Name} → {name}: a src project references a project outside src/ ({Relative(root, path)}); tests and benchmarks reference src, never the other way");
                else if (!File.Exists(path))
                    problems.Add($"{p.Name} → {name}: the referenced project file does not exist ({Relative(root, path)})");
                else if (!allowed.Any(a => a.Project == name))
                    problems.Add($"{p.Name} → {name}: reference not allowed; {p.Name} may reference {Describe(allowed)} (docs/architecture.md §2)");
            }
            foreach (var d in allowed.Where(a => a.Departure is not null && p.ProjectReferences.All(r => r.Name != a.Project)))
                problems.Add($"{p.Name} → {d.Project}: listed as a departure but no longer referenced; remove it from ReferenceRules.Allowed and docs/architecture.md §7");
            if (NoPackages.Contains(p.Name))
                foreach (var package in p.PackageReferences.Concat(inherited))
                    problems.Add($"{p.Name}: references the NuGet package {package}; {p.Name} holds pure engines and references no package");
        }
        return problems;
    }

    private static string Describe(AllowedReference[] allowed) =>
        allowed.Length == 0 ? "nothing" : string.Join(", ", allowed.Select(a => a.Departure is null ? a.Project : a.Project + " (departure)"));

    private static string Norm(string path) => System.IO.Path.GetFullPath(path).Replace('\\', '/').TrimEnd('/');

    private static string Relative(string root, string path) => System.IO.Path.GetRelativePath(root, path).Replace('\\', '/');
}
