using System.IO.Compression;
using EcoGov.Core.Text;
using static EcoGov.Spatial.Zoning.ZoningInputLimits;

namespace EcoGov.Spatial.Zoning.Import;

/// <summary>
/// A layer file that cannot be read at all (unreadable, over the upload bounds, unknown or missing coordinate system,
/// a path in a zip entry name). <see cref="Text"/> (from <see cref="SpatialText"/>) names the file and, where known,
/// the entry, feature and field; <see cref="Exception.Message"/> is its bilingual line. Nothing is stored when this is
/// thrown.
/// </summary>
public sealed class LayerFileException(Message text) : Exception(text.Bilingual)
{
    /// <summary>What is wrong, in the catalogue's terms (a host renders it in the reader's language).</summary>
    public Message Text { get; } = text;
}

/// <summary>
/// Bounds on an uploaded zoning file, per purpose (<see cref="Layer"/>, <see cref="Site"/>; the figures are
/// <see cref="ZoningInputLimits"/>): the upload itself, the number of zip entries, each entry's and the total
/// uncompressed size, the compression ratio of entries above <see cref="RatioCheckedFromBytes"/> (a .dbf of mostly
/// blank text fields legitimately compresses very well, so small entries are not ratio-checked; their size is still
/// bounded), and the features and vertices read (which bound the memory a read holds).
/// </summary>
public sealed record LayerUploadBounds(
    long MaxUploadBytes = LayerUploadBytes,
    int MaxZipEntries = LayerZipEntries,
    long MaxEntryBytes = LayerEntryBytes,
    long MaxUncompressedBytes = LayerUncompressedBytes,
    double MaxCompressionRatio = ZoningInputLimits.MaxCompressionRatio,
    long RatioCheckedFromBytes = ZoningInputLimits.RatioCheckedFromBytes,
    int MaxFeatures = LayerFeatures,
    int MaxVertices = LayerVertices)
{
    /// <summary>A zoning layer (the import page, `zoning import`).</summary>
    public static LayerUploadBounds Layer { get; } = new();

    /// <summary>A project site given as a file (the assessment page, `zoning assess --site`): small.</summary>
    public static LayerUploadBounds Site { get; } = new(SiteFileBytes, SiteZipEntries, SiteUncompressedBytes, SiteUncompressedBytes,
        MaxFeatures: SiteFeatures, MaxVertices: SiteVertices);

    /// <summary>The layer bounds.</summary>
    public static LayerUploadBounds Default => Layer;

    /// <summary>"20 MB" for a byte count (the messages' unit).</summary>
    internal static Message Megabytes(long bytes) => bytes % MiB == 0 ? SpatialText.Megabytes(bytes / MiB) : SpatialText.Bytes(bytes);
}

/// <summary>
/// A zipped upload opened for reading: the entries' names, sizes and compression ratios checked against the bounds
/// from the central directory, before any content is decompressed. Entries are then read as streams
/// (<see cref="OpenEntry"/>) or, for small side files, whole (<see cref="ReadSideFile"/>); nothing is written to disk.
/// </summary>
public sealed class ZipUpload : IDisposable
{
    private readonly ZipArchive zip;
    private readonly Dictionary<string, ZipArchiveEntry> entries;

    private ZipUpload(string fileName, ZipArchive zip, Dictionary<string, ZipArchiveEntry> entries)
    {
        FileName = fileName;
        this.zip = zip;
        this.entries = entries;
    }

    /// <summary>The upload's file name, for messages.</summary>
    public string FileName { get; }

    /// <summary>Lower-case file names of the file entries (the single top folder, if any, removed).</summary>
    public IEnumerable<string> Names => entries.Keys;

    /// <summary>
    /// Opens a zip (a seekable stream) and checks every entry against the bounds without decompressing anything: an
    /// entry name may be a plain file name or sit in one top folder ("layer/units.shp"); "..", absolute paths,
    /// backslashes, drive letters and deeper folders are rejected.
    /// </summary>
    public static ZipUpload Open(string fileName, Stream content, LayerUploadBounds bounds)
    {
        if (content.Length > bounds.MaxUploadBytes)
            throw new LayerFileException(SpatialText.ZipTooLarge(fileName, content.Length, LayerUploadBounds.Megabytes(bounds.MaxUploadBytes), bounds.MaxUploadBytes));
        ZipArchive zip;
        try { zip = new ZipArchive(content, ZipArchiveMode.Read, leaveOpen: true); }
        catch (InvalidDataException e) { throw new LayerFileException(SpatialText.NotZip(fileName, e.Message)); }
        try
        {
            if (zip.Entries.Count > bounds.MaxZipEntries)
                throw new LayerFileException(SpatialText.TooManyEntries(fileName, zip.Entries.Count, bounds.MaxZipEntries));
            string? topFolder = null;
            long total = 0;
            var files = new Dictionary<string, ZipArchiveEntry>(StringComparer.Ordinal);
            foreach (var e in zip.Entries)
            {
                var name = e.FullName;
                CheckName(fileName, name, ref topFolder);
                if (name.EndsWith('/')) continue; // the single top folder's own entry
                if (e.Length > bounds.MaxEntryBytes)
                    throw new LayerFileException(SpatialText.EntryTooLarge(fileName, name, e.Length, LayerUploadBounds.Megabytes(bounds.MaxEntryBytes), bounds.MaxEntryBytes));
                total += e.Length;
                if (total > bounds.MaxUncompressedBytes)
                    throw new LayerFileException(SpatialText.UncompressedTooLarge(fileName, LayerUploadBounds.Megabytes(bounds.MaxUncompressedBytes), bounds.MaxUncompressedBytes));
                if (e.Length >= bounds.RatioCheckedFromBytes && (e.CompressedLength == 0 || (double)e.Length / e.CompressedLength > bounds.MaxCompressionRatio))
                    throw new LayerFileException(SpatialText.CompressionRatio(fileName, name, bounds.MaxCompressionRatio));
                var key = name[(name.LastIndexOf('/') + 1)..].ToLowerInvariant();
                if (!files.TryAdd(key, e))
                    throw new LayerFileException(SpatialText.DuplicateEntry(fileName, name));
            }
            return new ZipUpload(fileName, zip, files);
        }
        catch (InvalidDataException e)
        {
            // The central directory is read lazily (zip.Entries): a corrupt one surfaces here, not in the constructor.
            zip.Dispose();
            throw new LayerFileException(SpatialText.NotZip(fileName, e.Message));
        }
        catch
        {
            zip.Dispose();
            throw;
        }
    }

    public bool Contains(string name) => entries.ContainsKey(name);

    /// <summary>The declared (central directory) uncompressed size of an entry.</summary>
    public long Length(string name) => entries[name].Length;

    /// <summary>The entry's name as in the zip, for messages.</summary>
    public string EntryName(string name) => entries[name].FullName;

    /// <summary>Reads a small side file (.prj, .cpg) whole, refusing more than <see cref="ZoningInputLimits.SideFileBytes"/>.</summary>
    public byte[] ReadSideFile(string name)
    {
        var e = entries[name];
        if (e.Length > SideFileBytes)
            throw new LayerFileException(SpatialText.SideFileTooLarge(FileName, e.FullName, e.Length, SideFileBytes));
        using var s = new ZipEntryReadStream(e, FileName, 0);
        var bytes = new byte[e.Length];
        s.ReadExactly(bytes);
        s.ReadToEndOfEntry();
        return bytes;
    }

    /// <summary>A forward-only stream over an entry that keeps its first <paramref name="prefixLength"/> bytes for rewinding.</summary>
    internal ZipEntryReadStream OpenEntry(string name, int prefixLength) => new(entries[name], FileName, prefixLength);

    /// <summary>The .shp entry as a stream that checks its header and each record as it is read (<see cref="ShpRecordStream"/>).</summary>
    internal ShpRecordStream OpenShp(string name, int expectedRecords, int maxVertices) => new(entries[name], FileName, expectedRecords, maxVertices);

    public void Dispose() => zip.Dispose();

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
            throw new LayerFileException(SpatialText.EntryNameWithPath(fileName, name));
    }
}
