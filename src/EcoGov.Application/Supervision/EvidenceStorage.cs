using System.Security.Cryptography;
using EcoGov.Core.Supervision;
using EcoGov.Data;

namespace EcoGov.Application.Supervision;

/// <summary>An evidence file as a host hands it over: the name the user gave and a way to read its bytes.</summary>
public sealed record EvidenceUpload(string FileName, Func<Stream> Open);

/// <summary>A stored evidence file: where its bytes are, by hash.</summary>
public sealed record StoredEvidence(string FileName, string ContentType, long Length, string Sha256, bool Created);

/// <summary>
/// 佐证材料存储 evidence bytes outside the database, content-addressed: <c>{root}/{sha[0..2]}/{sha}</c>. A name from
/// the user never reaches the file system (it is kept in the row, cleaned, for display and download). A file is
/// refused unless its extension is one of <see cref="ProgressReportLimits.FileTypes"/>, its first bytes match that type,
/// and it is at most <see cref="ProgressReportLimits.FileBytes"/> — counted while copying, so a longer stream is cut off.
/// A file is written under a temporary name and moved into place only when complete; a write that fails — the disk full
/// included (<see cref="StorageFullException"/>, "磁盘空间不足…") — leaves no partial file. <paramref name="createFile"/>
/// opens a new file for writing (default a <see cref="FileStream"/>; tests give one that fails as a full disk does).
/// </summary>
public sealed class EvidenceStorage(string root, Func<string, Stream>? createFile = null)
{
    public const string FilesField = "files";

    public string Root { get; } = Path.GetFullPath(root);

    /// <summary>The name as shown: the last path segment, control and path characters removed, at most 200 characters.</summary>
    public static string CleanName(string name)
    {
        var last = name.Replace('\\', '/').Split('/').LastOrDefault() ?? "";
        var clean = new string([.. last.Where(c => !char.IsControl(c) && c is not ('"' or '<' or '>' or '|' or '*' or '?' or ':'))]).Trim();
        if (clean.Length > ProgressReportLimits.FileNameChars) clean = clean[^ProgressReportLimits.FileNameChars..];
        return clean;
    }

    /// <summary>Checks and stores one upload; refuses (field <c>files</c>) a file of the wrong type or size.</summary>
    public async Task<StoredEvidence> SaveAsync(EvidenceUpload upload, CancellationToken ct = default)
    {
        var name = CleanName(upload.FileName);
        var ext = Path.GetExtension(name);
        if (name.Length == 0 || !ProgressReportLimits.FileTypes.TryGetValue(ext, out var contentType))
            throw Refuse(AppText.EvidenceTypeNotAccepted(name, string.Join(" ", ProgressReportLimits.FileTypes.Keys)));
        Directory.CreateDirectory(Root);
        var temp = Path.Combine(Root, $".upload-{Guid.NewGuid():N}");
        try
        {
            string sha;
            long length = 0;
            var head = new byte[8];
            var headLength = 0;
            using (var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256))
            {
                await using var source = upload.Open();
                await using var target = (createFile ?? CreateFile)(temp);
                var buffer = new byte[81920];
                int read;
                while ((read = await source.ReadAsync(buffer, ct)) > 0)
                {
                    length += read;
                    if (length > ProgressReportLimits.FileBytes)
                        throw Refuse(AppText.EvidenceFileTooLarge(name, ProgressReportLimits.FileBytes / 1024 / 1024));
                    if (headLength < head.Length)
                    {
                        var n = Math.Min(head.Length - headLength, read);
                        Array.Copy(buffer, 0, head, headLength, n);
                        headLength += n;
                    }
                    hash.AppendData(buffer, 0, read);
                    await target.WriteAsync(buffer.AsMemory(0, read), ct);
                }
                await target.FlushAsync(ct);
                sha = Convert.ToHexStringLower(hash.GetHashAndReset());
            }
            if (length == 0) throw Refuse(AppText.EvidenceFileEmpty(name));
            if (!Matches(ext, head.AsSpan(0, headLength)))
                throw Refuse(AppText.ContentDoesNotMatchExtension(name, ext));
            var final = PathOf(sha);
            Directory.CreateDirectory(Path.GetDirectoryName(final)!);
            var created = !File.Exists(final);
            if (created) File.Move(temp, final);
            return new StoredEvidence(name, contentType, length, sha, created);
        }
        catch (IOException e) when (StorageFullException.IsDiskFull(e))
        {
            throw StorageFullException.From(e, AppText.EvidenceFileNamed(name));
        }
        finally
        {
            if (File.Exists(temp)) File.Delete(temp);
        }
    }

    private static Stream CreateFile(string path) =>
        new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, useAsync: true);

    /// <summary>Removes files this request created when the database refused the report (nothing partial is left).</summary>
    public void Discard(IEnumerable<StoredEvidence> stored)
    {
        foreach (var s in stored.Where(s => s.Created))
        {
            var path = PathOf(s.Sha256);
            if (File.Exists(path)) File.Delete(path);
        }
    }

    /// <summary>Opens a stored file by its hash (the hash comes from the database row, never from the request).</summary>
    public Stream Open(string sha256) => new FileStream(PathOf(sha256), FileMode.Open, FileAccess.Read, FileShare.Read);

    private string PathOf(string sha256)
    {
        if (sha256.Length != 64 || !sha256.All(char.IsAsciiHexDigitLower)) throw new ArgumentException("not a SHA-256", nameof(sha256));
        return Path.Combine(Root, sha256[..2], sha256);
    }

    private static bool Matches(string ext, ReadOnlySpan<byte> head) => ext.ToLowerInvariant() switch
    {
        ".pdf" => head.StartsWith("%PDF"u8),
        ".png" => head.StartsWith((ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47]),
        ".jpg" or ".jpeg" => head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF]),
        ".docx" or ".xlsx" => head.StartsWith("PK\u0003\u0004"u8),
        ".txt" => !head.Contains((byte)0),
        _ => false,
    };

    private static ApplicationInputException Refuse(AppMessage message) => new(ErrorCode.InvalidValue, FilesField, message);
}
