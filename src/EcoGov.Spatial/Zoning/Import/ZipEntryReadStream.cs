using System.IO.Compression;

namespace EcoGov.Spatial.Zoning.Import;

/// <summary>
/// One zip entry read forward only, decompressed as it is read and never buffered whole: it yields exactly the
/// entry's declared (central directory) size and fails when the data are shorter or longer than declared. The first
/// <c>prefixLength</c> bytes (a file header) are kept, so a reader may seek back into them — the NTS shapefile readers
/// peek at the header and rewind to 0 — and otherwise only forward. Each Read fills the buffer as long as the entry
/// has bytes left (the NTS readers assume a single Read returns all they ask for).
/// </summary>
internal class ZipEntryReadStream : Stream
{
    private readonly Stream source;
    private readonly byte[] prefix;
    private long position;
    private long taken;
    private bool endChecked;

    public ZipEntryReadStream(ZipArchiveEntry entry, string fileName, int prefixLength)
    {
        FileName = fileName;
        EntryName = entry.FullName;
        DeclaredLength = entry.Length;
        try { source = entry.Open(); }
        catch (InvalidDataException e) { throw new LayerFileException(SpatialText.EntryCannotDecompress(fileName, EntryName, e.Message)); }
        prefix = new byte[(int)Math.Min(prefixLength, DeclaredLength)];
        var filled = 0;
        while (filled < prefix.Length) filled += ReadSource(prefix.AsSpan(filled));
    }

    protected string FileName { get; }
    protected string EntryName { get; }

    /// <summary>The entry's uncompressed size as its central directory record declares it.</summary>
    public long DeclaredLength { get; }

    /// <summary>The retained first bytes of the entry.</summary>
    public ReadOnlySpan<byte> Prefix => prefix;

    /// <summary>Bytes taken from the decompressor so far (at or ahead of <see cref="Position"/>).</summary>
    protected long Taken => taken;

    public override bool CanRead => true;
    /// <summary>True so that readers may call Seek; only seeks within the retained prefix or forward succeed.</summary>
    public override bool CanSeek => true;
    public override bool CanWrite => false;
    public override long Length => DeclaredLength;

    public override long Position
    {
        get => position;
        set => Seek(value, SeekOrigin.Begin);
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        var total = 0;
        while (total < buffer.Length && position < DeclaredLength)
        {
            int n;
            if (position < prefix.Length)
            {
                n = (int)Math.Min(buffer.Length - total, prefix.Length - position);
                prefix.AsSpan((int)position, n).CopyTo(buffer[total..]);
            }
            else
            {
                var room = (int)Math.Min(buffer.Length - total, DeclaredLength - position);
                n = ReadPastPrefix(buffer.Slice(total, room));
            }
            position += n;
            total += n;
        }
        if (position == DeclaredLength) CheckEnd();
        return total;
    }

    /// <summary>
    /// Reads at least one byte (at most <paramref name="destination"/>'s length) at <see cref="Position"/>, which is past
    /// the prefix. The base reads the entry as it is; a subclass may check structure on the way.
    /// </summary>
    protected virtual int ReadPastPrefix(Span<byte> destination) => ReadSource(destination);

    /// <summary>Reads one or more bytes from the decompressor, failing when the entry ends before its declared size.</summary>
    protected int ReadSource(Span<byte> destination)
    {
        if (destination.IsEmpty) return 0;
        int n;
        try { n = source.Read(destination); }
        catch (InvalidDataException e) { throw new LayerFileException(SpatialText.EntryCorrupt(FileName, EntryName, e.Message)); }
        if (n == 0)
            throw new LayerFileException(SpatialText.EntryShorter(FileName, EntryName, taken, DeclaredLength));
        taken += n;
        return n;
    }

    /// <summary>At the declared end: the entry must hold nothing more (a central directory may under-state the size).</summary>
    private void CheckEnd()
    {
        if (endChecked || taken < DeclaredLength) return;
        endChecked = true;
        Span<byte> one = stackalloc byte[1];
        int n;
        try { n = source.Read(one); }
        catch (InvalidDataException e) { throw new LayerFileException(SpatialText.EntryCorrupt(FileName, EntryName, e.Message)); }
        if (n > 0)
            throw new LayerFileException(SpatialText.EntryLonger(FileName, EntryName, DeclaredLength));
    }

    /// <summary>Reads (and checks) the rest of the entry, keeping nothing.</summary>
    public void ReadToEndOfEntry()
    {
        var scratch = new byte[81920];
        while (Read(scratch) > 0) { }
        CheckEnd();
    }

    public override long Seek(long offset, SeekOrigin origin)
    {
        var target = origin switch
        {
            SeekOrigin.Begin => offset,
            SeekOrigin.Current => position + offset,
            _ => DeclaredLength + offset,
        };
        if (target == position) return position;
        if (target < position)
        {
            if (target < 0 || position > prefix.Length)
                throw new NotSupportedException($"{EntryName}: only the first {prefix.Length} bytes can be read again");
            position = target;
            return position;
        }
        if (target > DeclaredLength) throw new NotSupportedException($"{EntryName}: seek past the end");
        var skip = new byte[(int)Math.Min(81920, target - position)];
        while (position < target)
            if (Read(skip.AsSpan(0, (int)Math.Min(skip.Length, target - position))) == 0) break;
        return position;
    }

    public override void Flush() { }
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing) source.Dispose();
        base.Dispose(disposing);
    }
}
