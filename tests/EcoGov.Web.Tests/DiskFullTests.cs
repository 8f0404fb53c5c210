using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using EcoGov.Application.Supervision;
using EcoGov.Data;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace EcoGov.Web.Tests;

/// <summary>
/// A file being written that fails as a full disk does: the bytes up to <see cref="FreeBytes"/> reach the real file, the
/// next write throws the <see cref="IOException"/> .NET raises for ENOSPC on Linux (HResult 28, "No space left on device").
/// </summary>
public sealed class FullDiskStream(string path, Func<long> freeBytes) : FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 4096, useAsync: true)
{
    private long written;

    private void Take(int count)
    {
        if (written + count > freeBytes()) throw new IOException($"No space left on device : '{Name}'", StorageFullException.Enospc);
        written += count;
    }

    public override void Write(byte[] buffer, int offset, int count)
    {
        Take(count);
        base.Write(buffer, offset, count);
    }

    public override async ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
    {
        var room = (int)Math.Clamp(freeBytes() - written, 0, buffer.Length);
        if (room < buffer.Length)
        {
            // what still fits is written, as on a real disk, then the write fails
            await base.WriteAsync(buffer[..room], cancellationToken);
            await base.FlushAsync(cancellationToken);
            written += room;
        }
        Take(buffer.Length - room);
        await base.WriteAsync(buffer[room..], cancellationToken);
    }
}

/// <summary>The app whose evidence files are written through <see cref="FullDiskStream"/> with <see cref="FreeBytes"/> free per file.</summary>
public sealed class DiskFullFactory : EcoGovFactory
{
    public long FreeBytes { get; set; } = 64 * 1024;

    public string EvidenceFolder => Path.Combine(Path.GetDirectoryName(DatabaseFile)!, "evidence");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(s => s.AddScoped(sp => new EvidenceStorage(
            EcoGovDatabase.EvidenceDirectory(sp.GetRequiredService<EcoGovDbContext>(), sp.GetRequiredService<EcoGovPaths>()),
            path => new FullDiskStream(path, () => FreeBytes))));
    }
}

/// <summary>
/// Issue "Production", item 7: the disk fills while a progress report's evidence files are uploaded. The answer is 507
/// problem+json (code storageFull, "磁盘空间不足…"), and nothing is kept: no partial file, not the file of the same report
/// that had already been stored, no report or evidence row. Once there is room the same submission succeeds.
/// </summary>
[Trait("Category", "Probe")]
public sealed class DiskFullTests(DiskFullFactory factory) : IClassFixture<DiskFullFactory>
{
    private static byte[] Pdf(int bytes)
    {
        var b = new byte[bytes];
        "%PDF-1.4\n"u8.CopyTo(b);
        for (var i = 9; i < b.Length; i++) b[i] = (byte)('a' + i % 26);
        return b;
    }

    private static MultipartFormDataContent Form(params (string Name, byte[] Bytes)[] files)
    {
        var form = new MultipartFormDataContent
        {
            { new StringContent("chengqu-2023-air/7"), "task" }, { new StringContent("2023-06"), "period" },
            { new StringContent("推进中"), "status" }, { new StringContent("30"), "percent" }, { new StringContent("专项检查推进中。"), "text" },
        };
        foreach (var (name, bytes) in files)
        {
            var content = new ByteArrayContent(bytes);
            content.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
            form.Add(content, "files", name);
        }
        return form;
    }

    private long Rows(string table)
    {
        using var c = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={factory.DatabaseFile};Mode=ReadOnly;Pooling=False");
        c.Open();
        using var cmd = c.CreateCommand();
        cmd.CommandText = $"SELECT COUNT(*) FROM {table}";
        return (long)cmd.ExecuteScalar()!;
    }

    private string[] EvidenceFiles() =>
        Directory.Exists(factory.EvidenceFolder) ? Directory.GetFiles(factory.EvidenceFolder, "*", SearchOption.AllDirectories) : [];

    [Fact]
    public async Task A_full_disk_during_an_evidence_upload_is_a_507_and_leaves_no_file_and_no_row()
    {
        var admin = await factory.SignedInClient();
        var added = await admin.PostAsJsonAsync("/api/users", new
        {
            userName = "disk-reporter",
            role = "reporter",
            jurisdiction = "140502",
            department = "区生态环境分局",
            password = "磁盘满-Test-2026",
        });
        Assert.True(added.IsSuccessStatusCode, await added.Content.ReadAsStringAsync());
        var reporter = factory.NoRedirectClient();
        Assert.Equal(HttpStatusCode.Redirect, (await EcoGovFactory.PostLoginAs(reporter, "disk-reporter", "磁盘满-Test-2026")).StatusCode);
        await EcoGovFactory.SendAntiforgeryHeader(reporter);
        var (reports, files) = (Rows("progress_reports"), Rows("evidence_files"));

        // The first file (10 KB) fits and is stored; the second (300 KB) fills the disk after 64 KB.
        factory.FreeBytes = 64 * 1024;
        var r = await reporter.PostAsync("/api/reports", Form(("检查记录.pdf", Pdf(10_000)), ("现场照片汇编.pdf", Pdf(300_000))));
        var body = await r.Content.ReadAsStringAsync();
        Assert.True(r.StatusCode == HttpStatusCode.InsufficientStorage, $"{(int)r.StatusCode}: {body}");
        Assert.Equal("application/problem+json", r.Content.Headers.ContentType?.MediaType);
        using (var problem = System.Text.Json.JsonDocument.Parse(body))
        {
            Assert.Equal("storageFull", problem.RootElement.GetProperty("code").GetString());
            var detail = problem.RootElement.GetProperty("detail").GetString()!;
            Assert.StartsWith("磁盘空间不足", detail);
            Assert.Contains("现场照片汇编.pdf", detail);
            Assert.Contains("disk full", detail);
        }
        Assert.DoesNotContain("   at ", body);
        Assert.Empty(EvidenceFiles()); // neither the partial file nor the first, complete one
        Assert.Equal(reports, Rows("progress_reports"));
        Assert.Equal(files, Rows("evidence_files"));

        // Room again: the same submission is stored whole, its files beside it.
        factory.FreeBytes = long.MaxValue;
        var again = await reporter.PostAsync("/api/reports", Form(("检查记录.pdf", Pdf(10_000)), ("现场照片汇编.pdf", Pdf(300_000))));
        Assert.True(again.StatusCode == HttpStatusCode.Created, await again.Content.ReadAsStringAsync());
        Assert.Equal(reports + 1, Rows("progress_reports"));
        Assert.Equal(files + 2, Rows("evidence_files"));
        Assert.Equal(2, EvidenceFiles().Length);
    }
}
