using EcoGov.Data;
using EcoGov.Data.Seeding;

namespace EcoGov.Data.Tests;

/// <summary>A throwaway SQLite database file and a copy-able seed folder for one test.</summary>
public sealed class TestStore : IDisposable
{
    public string Directory { get; } = Path.Combine(Path.GetTempPath(), "ecogov-test-" + Guid.NewGuid().ToString("N"));
    public string DatabaseFile => Path.Combine(Directory, "ecogov.db");

    public static string RepoRoot { get; } = FindRepoRoot();

    public TestStore() => System.IO.Directory.CreateDirectory(Directory);

    public EcoGovDbContext Open() => new(EcoGovDatabase.Options(EcoGovDatabase.SqliteConnectionString(DatabaseFile)));

    /// <summary>Paths whose data/seed is a fresh copy of the repository's, which a test may damage.</summary>
    public EcoGovPaths CopyOfSeed()
    {
        var home = Path.Combine(Directory, "home");
        Copy(Path.Combine(RepoRoot, "data", "seed"), Path.Combine(home, "data", "seed"));
        return new EcoGovPaths(home);
    }

    public static EcoGovPaths RepoPaths => new(RepoRoot);

    private static void Copy(string from, string to)
    {
        System.IO.Directory.CreateDirectory(to);
        foreach (var f in System.IO.Directory.GetFiles(from)) File.Copy(f, Path.Combine(to, Path.GetFileName(f)));
        foreach (var d in System.IO.Directory.GetDirectories(from)) Copy(d, Path.Combine(to, Path.GetFileName(d)));
    }

    private static string FindRepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "EcoGov.slnx"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("EcoGov.slnx not found");
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { System.IO.Directory.Delete(Directory, recursive: true); } catch (IOException) { }
    }
}
