namespace EcoGov.Architecture.Tests;

/// <summary>The project graph of src/ as its project files state it, against <see cref="ReferenceRules"/>.</summary>
public class ProjectReferenceTests
{
    private static readonly string Root = FindRoot();

    private static IReadOnlyList<ProjectFile> SourceProjects() =>
        Directory.GetDirectories(Path.Combine(Root, "src"))
            .SelectMany(d => Directory.GetFiles(d, "*.csproj"))
            .Select(ReferenceRules.Read)
            .ToList();

    /// <summary>Packages that Directory.Build.props/.targets at the root or in src/ give every project.</summary>
    private static IReadOnlyList<string> InheritedPackages() =>
        new[] { Root, Path.Combine(Root, "src") }
            .SelectMany(d => new[] { "Directory.Build.props", "Directory.Build.targets" }.Select(f => Path.Combine(d, f)))
            .Where(File.Exists)
            .SelectMany(f => ReferenceRules.Read(f).PackageReferences.Select(p => $"{p} (from {Path.GetRelativePath(Root, f)})"))
            .ToList();

    [Fact]
    public void References_point_inward_as_docs_architecture_section_2_allows()
    {
        var projects = SourceProjects();
        Assert.Contains(projects, p => p.Name == "EcoGov.Application");
        var problems = ReferenceRules.Check(Root, projects, InheritedPackages());
        Assert.True(problems.Count == 0,
            "Project references that break docs/architecture.md §2 / 项目引用方向不符合架构说明:\n" + string.Join("\n", problems));
    }

    [Fact]
    public void Every_source_project_is_placed_in_the_graph() =>
        Assert.Equal(ReferenceRules.Allowed.Keys.Order(StringComparer.Ordinal), SourceProjects().Select(p => p.Name).Order(StringComparer.Ordinal));

    [Fact]
    public void The_rules_catch_a_reference_that_points_outward()
    {
        var core = Project("EcoGov.Core", refs: ["EcoGov.Data"]);
        var problems = ReferenceRules.Check(Root, [core], []);
        Assert.Contains(problems, p => p.StartsWith("EcoGov.Core → EcoGov.Data: reference not allowed; EcoGov.Core may reference nothing", StringComparison.Ordinal));
    }

    [Fact]
    public void The_rules_catch_a_host_below_the_application_layer_and_a_skipped_layer()
    {
        var data = Project("EcoGov.Data", refs: ["EcoGov.Core", "EcoGov.Spatial", "EcoGov.Documents", "EcoGov.Application"]);
        var spatial = Project("EcoGov.Spatial", refs: ["EcoGov.Core", "EcoGov.Documents"]);
        var problems = ReferenceRules.Check(Root, [data, spatial], []);
        Assert.Contains(problems, p => p.StartsWith("EcoGov.Data → EcoGov.Application: reference not allowed", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("EcoGov.Spatial → EcoGov.Documents: reference not allowed", StringComparison.Ordinal));
    }

    [Fact]
    public void The_rules_catch_a_reference_to_a_test_project()
    {
        var testing = Path.Combine(Root, "tests", "EcoGov.Testing", "EcoGov.Testing.csproj");
        var web = Project("EcoGov.Web", refs: ["EcoGov.Application", "EcoGov.Data.Postgres", "EcoGov.Data"],
            extra: [("EcoGov.Testing", testing)]);
        var problem = Assert.Single(ReferenceRules.Check(Root, [web], []));
        Assert.StartsWith("EcoGov.Web → EcoGov.Testing: a src project references a project outside src/ (tests/EcoGov.Testing/EcoGov.Testing.csproj)", problem);
    }

    [Fact]
    public void The_rules_catch_a_package_in_core_direct_or_inherited()
    {
        var core = Project("EcoGov.Core", packages: ["NetTopologySuite"]);
        Assert.Equal(["EcoGov.Core: references the NuGet package NetTopologySuite; EcoGov.Core holds pure engines and references no package"],
            ReferenceRules.Check(Root, [core], []));
        Assert.Single(ReferenceRules.Check(Root, [Project("EcoGov.Core")], ["Newtonsoft.Json (from Directory.Build.props)"]));
        // Packages are Core's concern only: Spatial has its geometry packages.
        Assert.Empty(ReferenceRules.Check(Root, [Project("EcoGov.Spatial", refs: ["EcoGov.Core"], packages: ["NetTopologySuite"])], []));
    }

    [Fact]
    public void The_rules_catch_an_unplaced_project_and_a_stale_departure()
    {
        var problems = ReferenceRules.Check(Root, [Project("EcoGov.Extra", refs: ["EcoGov.Core"]), Project("EcoGov.Cli", refs: ["EcoGov.Application", "EcoGov.Data.Postgres"])], []);
        Assert.Contains(problems, p => p.StartsWith("EcoGov.Extra: not in the allowed graph", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("EcoGov.Cli → EcoGov.Data: listed as a departure but no longer referenced", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("EcoGov.Documents")]
    [InlineData("EcoGov.Ingest")]
    [InlineData("EcoGov.Reports")]
    [InlineData("EcoGov.Spatial")]
    public void The_rules_keep_persistence_free_of_file_reading_rendering_and_geometry(string project)
    {
        // Data holds persistence only: files are read (Ingest, Documents), reports rendered (Reports) and geometry decoded,
        // validated and reprojected (Spatial) in Application; the store keeps WKB and envelopes.
        var data = Project("EcoGov.Data", refs: ["EcoGov.Core", project]);
        var problem = Assert.Single(ReferenceRules.Check(Root, [data], []));
        Assert.StartsWith($"EcoGov.Data → {project}: reference not allowed; EcoGov.Data may reference EcoGov.Core (docs", problem);
    }

    [Fact]
    public void Reads_references_from_a_project_file()
    {
        var dir = Path.Combine(Path.GetTempPath(), "ecogov-arch-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        try
        {
            var file = Path.Combine(dir, "X.csproj");
            File.WriteAllText(file, """
                <Project Sdk="Microsoft.NET.Sdk">
                  <ItemGroup Condition="'$(Configuration)' == 'Debug'">
                    <ProjectReference Include="..\Y\Y.csproj" />
                    <PackageReference Include="Some.Package" />
                  </ItemGroup>
                </Project>
                """);
            var read = ReferenceRules.Read(file);
            Assert.Equal("X", read.Name);
            Assert.Equal("Y", Assert.Single(read.ProjectReferences).Name);
            Assert.Equal(Path.GetFullPath(Path.Combine(dir, "..", "Y", "Y.csproj")), read.ProjectReferences[0].Path);
            Assert.Equal(["Some.Package"], read.PackageReferences);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    private static ProjectFile Project(string name, string[]? refs = null, string[]? packages = null, (string, string)[]? extra = null) =>
        new(name, Path.Combine(Root, "src", name, name + ".csproj"),
            [.. (refs ?? []).Select(r => (r, Path.Combine(Root, "src", r, r + ".csproj"))), .. extra ?? []],
            packages ?? []);

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "EcoGov.slnx"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("EcoGov.slnx not found above " + AppContext.BaseDirectory);
    }
}
