namespace EcoGov.Spatial.Tests;

/// <summary>Locates the repository (the folder holding EcoGov.slnx) and the boundary files in it.</summary>
public static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string Boundaries => Path.Combine(Root, "data", "seed", "boundaries");

    public static string Oracle(string file) => Path.Combine(Root, "tests", "EcoGov.Spatial.Tests", "Oracle", file);

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "EcoGov.slnx"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("EcoGov.slnx not found above " + AppContext.BaseDirectory);
    }
}
