namespace EcoGov.Architecture.Tests;

/// <summary>The hosts' sources against <see cref="HostSourceRules"/>: pages and commands name no type below the application layer.</summary>
public class HostSourceTests
{
    private static readonly string Root = FindRoot();

    [Fact]
    public void Hosts_name_nothing_below_the_application_layer_but_in_the_listed_files()
    {
        var files = HostSourceRules.Read(Root);
        Assert.Contains(files, f => f.Path == "src/EcoGov.Web/Pages/_ViewImports.cshtml");
        Assert.Contains(files, f => f.Path == "src/EcoGov.Cli/CliApp.cs");
        var problems = HostSourceRules.Check(files);
        Assert.True(problems.Count == 0,
            "Host sources that name a layer below EcoGov.Application (docs/architecture.md §2) / 宿主直接使用了应用层以下的项目:\n" + string.Join("\n", problems));
    }

    [Fact]
    public void Every_listed_file_gives_its_reason() =>
        Assert.All(HostSourceRules.Allowed, a =>
        {
            Assert.True(HostSourceRules.Hosts.Any(h => a.Key.StartsWith(h + "/", StringComparison.Ordinal)), a.Key);
            Assert.Matches("^composition root \\(ADR 0006\\): .{10,}", a.Value);
        });

    [Theory]
    [InlineData("@using EcoGov.Spatial.Zoning.Assessment\n<p>@Model.Result</p>", "EcoGov.Spatial")]
    [InlineData("using EcoGov.Data;\nnamespace X;", "EcoGov.Data")]
    [InlineData("using Q = EcoGov.Data.Queries.PlanCatalog;", "EcoGov.Data")]
    [InlineData("<p>@(EcoGov.Spatial.Zoning.ZoningInputLimits.MiB)</p>", "EcoGov.Spatial")]
    [InlineData("var r = new global::EcoGov.Reports.Supervision.DispatchReport();", "EcoGov.Reports")]
    [InlineData("@using EcoGov.Ingest.Monitoring", "EcoGov.Ingest")]
    [InlineData("using static EcoGov.Documents.Seeds.SeedExtractors;", "EcoGov.Documents")]
    [InlineData("using EcoGov.Data.Postgres;", "EcoGov.Data")]
    public void The_rule_catches_a_page_or_command_naming_a_lower_layer(string text, string layer)
    {
        Assert.Equal([layer], HostSourceRules.NamedLayers(text));
        var problem = Assert.Single(HostSourceRules.Check(Listed().Append(("src/EcoGov.Web/Pages/Index.cshtml", text)).ToList()));
        Assert.StartsWith($"src/EcoGov.Web/Pages/Index.cshtml: names {layer}; a host goes through EcoGov.Application", problem);
    }

    [Theory]
    [InlineData("using EcoGov.Application.Zoning;\nusing EcoGov.Core.Zoning;")]
    [InlineData("var x = EcoGov.DataSet; var y = EcoGov.Application.Data.X;")]
    [InlineData("@using EcoGov.Web.Data")]
    public void The_rule_leaves_the_application_and_core_alone(string text)
    {
        Assert.Empty(HostSourceRules.NamedLayers(text));
        Assert.Empty(HostSourceRules.Check(Listed().Append(("src/EcoGov.Web/Pages/Index.cshtml", text)).ToList()));
    }

    [Fact]
    public void The_rule_catches_a_listed_file_that_no_longer_needs_it()
    {
        var listed = HostSourceRules.Allowed.Keys.Order(StringComparer.Ordinal).First();
        var files = Listed().Select(f => f.Path == listed ? (f.Path, "using EcoGov.Application;") : f).ToList();
        var problem = Assert.Single(HostSourceRules.Check(files));
        Assert.StartsWith($"{listed}: listed in HostSourceRules.Allowed but names none of", problem);
        Assert.Single(HostSourceRules.Check(files.Where(f => f.Path != listed).ToList()));
    }

    /// <summary>Every listed file with a text that names a lower layer: the rule's starting point, no problem.</summary>
    private static IEnumerable<(string Path, string Text)> Listed() =>
        HostSourceRules.Allowed.Keys.Select(p => (p, "using EcoGov.Data;"));

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "EcoGov.slnx"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("EcoGov.slnx not found above " + AppContext.BaseDirectory);
    }
}
