using System.Text.Json;

namespace EcoGov.Cli.Tests;

/// <summary>
/// Runs the CLI in-process against a throwaway database, capturing stdout and stderr: a SQLite file, or a new PostgreSQL
/// database when the run asks for it (<see cref="Testing.TestStores"/>).
/// </summary>
public sealed class CliRunner : IDisposable
{
    private readonly string dir = Path.Combine(Path.GetTempPath(), "ecogov-cli-" + Guid.NewGuid().ToString("N"));

    /// <summary>The --db setting the commands run against (for tests that put data there behind the CLI's back).</summary>
    public string Db { get; }

    /// <summary>A folder of the runner's own, for files the commands write.</summary>
    public string Directory => dir;

    public CliRunner()
    {
        System.IO.Directory.CreateDirectory(dir);
        Db = Testing.TestStores.Setting(Path.Combine(dir, "cli.db"));
    }

    public (int Exit, string Out, string Err) Run(params string[] args)
    {
        var o = new StringWriter();
        var e = new StringWriter();
        var exit = CliApp.Run([.. args, "--db", Db], o, e);
        return (exit, o.ToString(), e.ToString());
    }

    /// <summary>Runs with --json, asserts success and that stdout is exactly one JSON document.</summary>
    public JsonElement Json(params string[] args)
    {
        var (exit, stdout, stderr) = Run([.. args, "--json"]);
        Assert.True(exit == 0, $"exit {exit}: {stderr}");
        using var doc = JsonDocument.Parse(stdout); // throws on trailing content
        return doc.RootElement.Clone();
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { System.IO.Directory.Delete(dir, recursive: true); } catch (IOException) { }
    }
}
