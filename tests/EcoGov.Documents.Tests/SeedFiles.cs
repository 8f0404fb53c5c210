using EcoGov.Documents.Seeds;

namespace EcoGov.Documents.Tests;

/// <summary>Locates the repository and loads the seed documents kept under data/seed/documents.</summary>
public static class SeedFiles
{
    public static string RepoRoot { get; } = FindRepoRoot();

    public static string DocumentsDir => Path.Combine(RepoRoot, "data", "seed", "documents");

    public static SeedText Load(string id)
    {
        var file = Directory.GetFiles(DocumentsDir, id + "_*.txt").Single();
        return SeedText.Load(file);
    }

    private static string FindRepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "EcoGov.slnx"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("EcoGov.slnx not found above " + AppContext.BaseDirectory);
    }
}
