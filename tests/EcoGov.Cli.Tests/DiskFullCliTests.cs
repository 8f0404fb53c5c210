using System.Diagnostics;

namespace EcoGov.Cli.Tests;

/// <summary>
/// Issue "Production", item 7, with a real full disk: the store's evidence folder is a 128 KB tmpfs, so the second
/// evidence file of a `report submit` fails with the operating system's ENOSPC. The command exits 2 with "磁盘空间不足…"
/// naming the file, and keeps nothing: no partial file, not the first file, no report or evidence row. Mounting needs
/// root (the test machine and CI run as root, as the PostgreSQL tests' runuser does).
/// </summary>
[Trait("Category", "Probe")]
public sealed class DiskFullCliTests : IDisposable
{
    private readonly CliRunner cli = new();
    private string Evidence => Path.Combine(Path.GetDirectoryName(cli.Db)!, "evidence");
    private bool mounted;

    public void Dispose()
    {
        if (mounted) Tool("umount", Evidence);
        cli.Dispose();
    }

    private static (int Exit, string Output) Tool(string file, string arguments)
    {
        using var p = Process.Start(new ProcessStartInfo(file, arguments) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false })!;
        var output = p.StandardOutput.ReadToEndAsync();
        var error = p.StandardError.ReadToEnd();
        p.WaitForExit();
        return (p.ExitCode, output.Result + error);
    }

    private long Rows(string table)
    {
        using var c = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={cli.Db};Mode=ReadOnly;Pooling=False");
        c.Open();
        using var cmd = c.CreateCommand();
        cmd.CommandText = $"SELECT COUNT(*) FROM {table}";
        return (long)cmd.ExecuteScalar()!;
    }

    private string Pdf(string name, int bytes)
    {
        var b = new byte[bytes];
        "%PDF-1.4\n"u8.CopyTo(b);
        for (var i = 9; i < b.Length; i++) b[i] = (byte)('a' + i % 26);
        var path = Path.Combine(Path.GetDirectoryName(cli.Db)!, name);
        File.WriteAllBytes(path, b);
        return path;
    }

    [Fact]
    public void A_full_disk_during_report_submit_exits_2_and_keeps_no_file_and_no_row()
    {
        cli.Json("users", "add", "--user-name", "disk-reporter", "--role", "reporter", "--jurisdiction", "140502",
            "--department", "区生态环境分局", "--password", "磁盘满-Test-2026", "--user", "admin");
        Directory.CreateDirectory(Evidence);
        var mount = Tool("mount", $"-t tmpfs -o size=128k ecogov-disk-full {Evidence}");
        Assert.True(mount.Exit == 0, "mount -t tmpfs (needs root): " + mount.Output);
        mounted = true;
        var (reports, files) = (Rows("progress_reports"), Rows("evidence_files"));

        string[] Submit() =>
        [
            "report", "submit", "--task", "chengqu-2023-air/7", "--period", "2023-06", "--status", "推进中", "--percent", "30",
            "--text", "专项检查推进中。", "--file", Pdf("检查记录.pdf", 10_000), "--file", Pdf("现场照片汇编.pdf", 400_000), "--user", "disk-reporter",
        ];
        var (exit, stdout, stderr) = cli.Run(Submit());
        Assert.True(exit == 2, $"exit {exit}: {stderr}");
        Assert.Equal("", stdout);
        Assert.StartsWith("磁盘空间不足", stderr);
        Assert.Contains("现场照片汇编.pdf", stderr);
        Assert.DoesNotContain("   at ", stderr);
        Assert.Empty(Directory.GetFiles(Evidence, "*", SearchOption.AllDirectories)); // neither the partial nor the first file
        Assert.Equal(reports, Rows("progress_reports"));
        Assert.Equal(files, Rows("evidence_files"));

        // Room again (the tmpfs gone, the folder on the ordinary disk): the same command stores the report and both files.
        Assert.Equal(0, Tool("umount", Evidence).Exit);
        mounted = false;
        (exit, _, stderr) = cli.Run(Submit());
        Assert.True(exit == 0, $"exit {exit}: {stderr}");
        Assert.Equal(reports + 1, Rows("progress_reports"));
        Assert.Equal(files + 2, Rows("evidence_files"));
        Assert.Equal(2, Directory.GetFiles(Evidence, "*", SearchOption.AllDirectories).Length);
    }
}
