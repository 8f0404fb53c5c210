using System.Text.Json;

namespace EcoGov.Cli.Tests;

/// <summary>`migrate`, `backup --out` and `restore` through the CLI: exit codes, messages, --json.</summary>
public sealed class OperationsCommandTests : IDisposable
{
    private readonly string dir = Path.Combine(Path.GetTempPath(), "ecogov-ops-" + Guid.NewGuid().ToString("N"));

    public OperationsCommandTests() => Directory.CreateDirectory(dir);

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(dir, recursive: true); } catch (IOException) { }
    }

    private static (int Exit, string Out, string Err) Run(params string[] args)
    {
        var o = new StringWriter();
        var e = new StringWriter();
        var exit = CliApp.Run(args, o, e);
        return (exit, o.ToString(), e.ToString());
    }

    private string Db(string name) => Path.Combine(dir, name, "ecogov.db");

    [Fact]
    public void Migrate_applies_the_migrations_of_a_new_database_and_names_them_then_finds_nothing_to_do()
    {
        var (exit, stdout, stderr) = Run("migrate", "--db", Db("m"));
        Assert.True(exit == 0, stderr);
        Assert.Contains("_InitialSchema", stdout);
        Assert.Contains("_RealDataImports", stdout);
        Assert.DoesNotContain("seeded", stderr); // migrations only: no seed import, no administrator
        Assert.False(File.Exists(Path.Combine(dir, "m", "initial-admin.txt")));

        (exit, stdout, stderr) = Run("migrate", "--db", Db("m"), "--json");
        Assert.True(exit == 0, stderr);
        using var doc = JsonDocument.Parse(stdout);
        Assert.Equal(0, doc.RootElement.GetProperty("applied").GetArrayLength());
        // the newest migration of this build (the SQLite migrations' file names start with their ids)
        var newest = Directory.GetFiles(Path.Combine(Data.EcoGovPaths.Locate(AppContext.BaseDirectory).Home, "src", "EcoGov.Data", "Migrations"), "2*.cs")
            .Select(Path.GetFileNameWithoutExtension).Where(n => !n!.EndsWith(".Designer", StringComparison.Ordinal)).Order(StringComparer.Ordinal).Last();
        Assert.Equal(newest, doc.RootElement.GetProperty("current").GetString());
    }

    [Fact]
    public void Backup_and_restore_round_trip_and_a_second_restore_is_refused_with_exit_2()
    {
        Assert.Equal(0, Run("plans", "--db", Db("a")).Exit); // creates, migrates and seeds
        var zip = Path.Combine(dir, "a.zip");
        var (exit, stdout, stderr) = Run("backup", "--out", zip, "--db", Db("a"), "--json");
        Assert.True(exit == 0, stderr);
        using (var doc = JsonDocument.Parse(stdout))
            Assert.True(doc.RootElement.GetProperty("tables").EnumerateArray().Single(t => t.GetProperty("table").GetString() == "plans").GetProperty("rows").GetInt64() > 0);

        (exit, stdout, stderr) = Run("backup", "--out", zip, "--db", Db("a"));
        Assert.Equal(2, exit);
        Assert.Contains("--out:", stderr);
        Assert.Contains("已存在", stderr);

        (exit, stdout, stderr) = Run("restore", zip, "--db", Db("b"));
        Assert.True(exit == 0, stderr);
        Assert.Contains("已恢复 / restored", stdout);
        var (plansA, plansB) = (Run("plans", "--json", "--db", Db("a")).Out, Run("plans", "--json", "--db", Db("b")).Out);
        Assert.Equal(plansA, plansB);

        (exit, _, stderr) = Run("restore", zip, "--db", Db("b"));
        Assert.Equal(2, exit);
        Assert.Contains("不是空的", stderr);
        Assert.Contains("nothing was written", stderr);
    }

    [Fact]
    public void A_backup_is_readable_by_its_owner_only_and_a_missing_database_is_not_created()
    {
        Assert.Equal(0, Run("migrate", "--db", Db("p")).Exit);
        var zip = Path.Combine(dir, "p.zip");
        Assert.Equal(0, Run("backup", "--out", zip, "--db", Db("p")).Exit);
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(zip)); // password hashes and keys inside

        var (exit, _, stderr) = Run("backup", "--out", Path.Combine(dir, "q.zip"), "--db", Db("q"));
        Assert.Equal(2, exit);
        Assert.Contains("数据库不存在", stderr);
        Assert.False(File.Exists(Db("q")));
        Assert.False(File.Exists(Path.Combine(dir, "q.zip")));
    }

    [Fact]
    public void A_file_that_is_not_a_backup_is_exit_2_naming_it()
    {
        var file = Path.Combine(dir, "x.zip");
        File.WriteAllText(file, "not a zip");
        var (exit, _, stderr) = Run("restore", file, "--db", Db("c"));
        Assert.Equal(2, exit);
        Assert.Contains("x.zip", stderr);
        Assert.Contains("不是 zip", stderr);
        Assert.False(File.Exists(Db("c")));
    }
}
