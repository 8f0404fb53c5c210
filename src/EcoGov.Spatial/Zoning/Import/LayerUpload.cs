using System.IO.Compression;

namespace EcoGov.Spatial.Zoning.Import;

/// <summary>
/// A layer file that cannot be read at all (unreadable, over the upload bounds, unknown or missing coordinate system,
/// a path in a zip entry name). The message (Chinese, then English) names the file and, where known, the entry,
/// feature and field. Nothing is stored when this is thrown.
/// </summary>
public sealed class LayerFileException(string message) : Exception(message);

/// <summary>
/// Bounds on an uploaded layer file (zip-bomb defence, same idea as the monitoring .xlsx reader): the upload itself,
/// the number of zip entries, each entry's and the total uncompressed size, and the compression ratio of entries
/// above <see cref="RatioCheckedFromBytes"/> (a .dbf of mostly blank text fields legitimately compresses very well,
/// so small entries are not ratio-checked; their size is still bounded).
/// </summary>
public sealed record LayerUploadBounds(
    long MaxUploadBytes = 100L * 1024 * 1024,
    int MaxZipEntries = 64,
    long MaxEntryBytes = 300L * 1024 * 1024,
    long MaxUncompressedBytes = 500L * 1024 * 1024,
    double MaxCompressionRatio = 200,
    long RatioCheckedFromBytes = 1024 * 1024)
{
    public static LayerUploadBounds Default { get; } = new();
}

/// <summary>The entries of a zipped upload, read into memory (never written to disk), by lower-case file name.</summary>
public static class ZipUpload
{
    /// <summary>
    /// Reads every file entry of the zip into memory after checking the bounds and the names: an entry name may be
    /// a plain file name or sit in one top folder ("layer/units.shp"); "..", absolute paths, backslashes, drive
    /// letters and deeper folders are rejected.
    /// </summary>
    public static IReadOnlyDictionary<string, byte[]> Read(string fileName, byte[] bytes, LayerUploadBounds bounds)
    {
        if (bytes.LongLength > bounds.MaxUploadBytes)
            throw new LayerFileException($"{fileName}: 文件 {bytes.LongLength} 字节，超过上限 {bounds.MaxUploadBytes} / upload larger than {bounds.MaxUploadBytes} bytes");
        ZipArchive zip;
        try { zip = new ZipArchive(new MemoryStream(bytes, writable: false), ZipArchiveMode.Read); }
        catch (InvalidDataException e) { throw new LayerFileException($"{fileName}: 不是有效的 zip 压缩包 / not a valid zip file ({e.Message})"); }
        using (zip)
        {
            if (zip.Entries.Count > bounds.MaxZipEntries)
                throw new LayerFileException($"{fileName}: 压缩包条目 {zip.Entries.Count} 个，超过 {bounds.MaxZipEntries} / too many zip entries");
            string? topFolder = null;
            long total = 0;
            var files = new Dictionary<string, byte[]>(StringComparer.Ordinal);
            foreach (var e in zip.Entries)
            {
                var name = e.FullName;
                CheckName(fileName, name, ref topFolder);
                if (name.EndsWith('/')) continue; // the single top folder's own entry
                if (e.Length > bounds.MaxEntryBytes)
                    throw new LayerFileException($"{fileName}: 条目“{name}”解压后 {e.Length} 字节，超过 {bounds.MaxEntryBytes} / entry too large");
                total += e.Length;
                if (total > bounds.MaxUncompressedBytes)
                    throw new LayerFileException($"{fileName}: 解压后总大小超过 {bounds.MaxUncompressedBytes} 字节 / total uncompressed size over the bound");
                if (e.Length >= bounds.RatioCheckedFromBytes && (e.CompressedLength == 0 || (double)e.Length / e.CompressedLength > bounds.MaxCompressionRatio))
                    throw new LayerFileException($"{fileName}: 条目“{name}”压缩比超过 {bounds.MaxCompressionRatio}:1，疑似压缩炸弹 / compression ratio over {bounds.MaxCompressionRatio}:1 (possible zip bomb)");
                var key = name[(name.LastIndexOf('/') + 1)..].ToLowerInvariant();
                if (!files.TryAdd(key, ReadBounded(fileName, e, bounds.MaxEntryBytes)))
                    throw new LayerFileException($"{fileName}: 条目“{name}”重复 / duplicate entry");
            }
            return files;
        }
    }

    private static void CheckName(string fileName, string name, ref string? topFolder)
    {
        var bad = name.Length == 0 || name.Contains('\\') || name.StartsWith('/') || name.Contains(':') ||
                  name.Split('/').Any(s => s is ".." or ".");
        var parts = name.TrimEnd('/').Split('/');
        if (!bad && parts.Length > 2) bad = true;
        if (!bad && (parts.Length == 2 || name.EndsWith('/')))
        {
            var folder = parts[0];
            if (topFolder is null) topFolder = folder;
            else if (topFolder != folder) bad = true;
        }
        if (bad)
            throw new LayerFileException($"{fileName}: 条目名“{name}”含有路径（只允许文件名或单个顶层文件夹）/ entry name with a path is rejected");
    }

    /// <summary>Reads an entry, never more than its bound even if the header under-states its size.</summary>
    private static byte[] ReadBounded(string fileName, ZipArchiveEntry e, long max)
    {
        using var s = e.Open();
        using var ms = new MemoryStream();
        var buffer = new byte[81920];
        int n;
        while ((n = s.Read(buffer, 0, buffer.Length)) > 0)
        {
            ms.Write(buffer, 0, n);
            if (ms.Length > max || ms.Length > Math.Max(e.Length, 0) + 1)
                throw new LayerFileException($"{fileName}: 条目“{e.FullName}”实际大小与声明不符或超限 / entry larger than declared");
        }
        return ms.ToArray();
    }
}
