using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace EcoGov.Spatial.Zoning.Import;

/// <summary>
/// The structure of a shapefile's .shp, .shx and .dbf (ESRI Shapefile Technical Description, 1998; dBASE III), checked
/// from headers before content is read: the length a header declares must be the entry's length, the .shx and .dbf must
/// count the same records, and the .dbf's record size must agree with its fields. A file that fails is refused at its
/// first error with the entry and what was wrong, before anything large is decompressed.
/// </summary>
internal static class ShapefileStructure
{
    public const int ShpHeaderBytes = 100;
    public const int DbfTableDescriptorBytes = 32;
    private const int FileCode = 9994, Version = 1000;

    /// <summary>Shape types the reader accepts: (Multi)Point, PolyLine, Polygon, with Z or M.</summary>
    private static readonly HashSet<int> ShapeTypes = [1, 3, 5, 8, 11, 13, 15, 18, 21, 23, 25, 28];

    /// <summary>Checks a .shp or .shx header against the entry's length; returns the shape type.</summary>
    public static int CheckMainHeader(ReadOnlySpan<byte> h, long entryLength, string where, string kind)
    {
        if (entryLength < ShpHeaderBytes || h.Length < ShpHeaderBytes)
            throw new LayerFileException(SpatialText.HeaderTooShort(where, entryLength, kind));
        var code = BinaryPrimitives.ReadInt32BigEndian(h);
        if (code != FileCode)
            throw new LayerFileException(SpatialText.NotShapeFile(where, kind, code));
        var declared = 2L * BinaryPrimitives.ReadInt32BigEndian(h[24..]);
        if (declared != entryLength)
            throw new LayerFileException(SpatialText.HeaderLength(where, kind, declared, entryLength));
        var version = BinaryPrimitives.ReadInt32LittleEndian(h[28..]);
        if (version != Version)
            throw new LayerFileException(SpatialText.HeaderVersion(where, kind, version));
        var type = BinaryPrimitives.ReadInt32LittleEndian(h[32..]);
        if (!ShapeTypes.Contains(type))
            throw new LayerFileException(SpatialText.ShapeTypeUnsupported(where, type));
        return type;
    }

    /// <summary>The number of records a .shx indexes (8 bytes each after its header), checked against the .shp's shape type.</summary>
    public static int ShxRecordCount(ReadOnlySpan<byte> h, long entryLength, int shpType, string where)
    {
        var type = CheckMainHeader(h, entryLength, where, ".shx");
        if (type != shpType)
            throw new LayerFileException(SpatialText.ShxShapeType(where, type, shpType));
        if ((entryLength - ShpHeaderBytes) % 8 != 0)
            throw new LayerFileException(SpatialText.ShxLength(where, entryLength));
        return (int)((entryLength - ShpHeaderBytes) / 8);
    }

    /// <summary>A .dbf's record count and sizes.</summary>
    public readonly record struct DbfHeader(int Records, int HeaderBytes, int RecordBytes);

    /// <summary>
    /// Checks a .dbf header (the 32-byte table descriptor and the field descriptors, read from a fresh stream of the
    /// entry) against the entry's length: header + records × record size, with or without the end-of-file mark.
    /// </summary>
    public static DbfHeader CheckDbf(ZipEntryReadStream dbf, string where)
    {
        var length = dbf.DeclaredLength;
        var t = dbf.Prefix;
        if (t.Length < DbfTableDescriptorBytes)
            throw new LayerFileException(SpatialText.DbfTooShort(where, length));
        if (t[0] != 3)
            throw new LayerFileException(SpatialText.DbfVersion(where, t[0]));
        var records = BinaryPrimitives.ReadUInt32LittleEndian(t[4..]);
        int headerBytes = BinaryPrimitives.ReadUInt16LittleEndian(t[8..]);
        int recordBytes = BinaryPrimitives.ReadUInt16LittleEndian(t[10..]);
        if (headerBytes < DbfTableDescriptorBytes + 1 || (headerBytes - DbfTableDescriptorBytes - 1) % 32 != 0 || recordBytes < 1)
            throw new LayerFileException(SpatialText.DbfSizes(where, headerBytes, recordBytes));
        var expected = headerBytes + (long)records * recordBytes;
        if (length != expected && length != expected + 1)
            throw new LayerFileException(SpatialText.DbfLength(where, records, recordBytes, headerBytes, expected, length));
        // The field descriptors: their widths plus the deletion flag make up the record size.
        var fields = (headerBytes - DbfTableDescriptorBytes - 1) / 32;
        var descriptor = new byte[32];
        var width = 1;
        dbf.Seek(DbfTableDescriptorBytes, SeekOrigin.Begin);
        for (var i = 0; i < fields; i++)
        {
            dbf.ReadExactly(descriptor);
            width += descriptor[16];
        }
        if (width != recordBytes)
            throw new LayerFileException(SpatialText.DbfFieldWidths(where, fields, width - 1, recordBytes));
        return new DbfHeader((int)Math.Min(records, int.MaxValue), headerBytes, recordBytes);
    }
}

/// <summary>
/// The .shp entry as a forward-only stream that checks the structure as it is read: the header (in the constructor)
/// against the entry's length, then each record before its content is passed on — the record number, a content length
/// that stays inside the file, the record's shape type (the file's, or null), for multi-part and multi-point shapes the
/// part and point counts against the content length, no more records than the .shx/.dbf count, and the total vertices
/// against a cap. The first error stops the read; nothing beyond the current record's first 52 bytes is buffered here.
/// </summary>
internal sealed class ShpRecordStream : ZipEntryReadStream
{
    /// <summary>Record header (8) + shape type (4) + bounding box (32) + part count (4) + point count (4).</summary>
    private const int HeadBytes = 8 + 44;

    private readonly int expectedRecords;
    private readonly int maxVertices;
    private readonly byte[] head = new byte[HeadBytes];
    private int headLength, headServed;
    private long recordEnd = ShapefileStructure.ShpHeaderBytes;

    public ShpRecordStream(ZipArchiveEntry entry, string fileName, int expectedRecords, int maxVertices)
        : base(entry, fileName, ShapefileStructure.ShpHeaderBytes)
    {
        ShapeType = ShapefileStructure.CheckMainHeader(Prefix, DeclaredLength, Where, ".shp");
        this.expectedRecords = expectedRecords;
        this.maxVertices = maxVertices;
    }

    private string Where => $"{FileName}: {EntryName}";

    public int ShapeType { get; }

    /// <summary>Records whose header has been read and checked.</summary>
    public int Records { get; private set; }

    /// <summary>Vertices declared by the records read so far.</summary>
    public long Vertices { get; private set; }

    protected override int ReadPastPrefix(Span<byte> destination)
    {
        if (headServed == headLength && Position == recordEnd) ReadRecordHead();
        if (headServed < headLength)
        {
            var n = Math.Min(destination.Length, headLength - headServed);
            head.AsSpan(headServed, n).CopyTo(destination);
            headServed += n;
            return n;
        }
        return ReadSource(destination[..(int)Math.Min(destination.Length, recordEnd - Taken)]);
    }

    private void ReadRecordHead()
    {
        var start = recordEnd;
        var number = Records + 1;
        if (DeclaredLength - start < 8)
            throw new LayerFileException(SpatialText.RecordHeaderTruncated(Where, number, start));
        ReadExactlyFromSource(head.AsSpan(0, 8));
        var recordNumber = BinaryPrimitives.ReadInt32BigEndian(head);
        var contentBytes = 2L * BinaryPrimitives.ReadInt32BigEndian(head.AsSpan(4));
        if (recordNumber != number)
            throw new LayerFileException(SpatialText.RecordNumber(Where, number, start, recordNumber));
        if (number > expectedRecords)
            throw new LayerFileException(SpatialText.ShpTooManyRecords(Where, expectedRecords));
        if (contentBytes < 4 || start + 8 + contentBytes > DeclaredLength)
            throw new LayerFileException(SpatialText.RecordContentLength(Where, number, start, contentBytes));
        var leading = (int)Math.Min(contentBytes, HeadBytes - 8);
        ReadExactlyFromSource(head.AsSpan(8, leading));
        CheckContent(number, start, head.AsSpan(8, leading), contentBytes);
        Records = number;
        recordEnd = start + 8 + contentBytes;
        headLength = 8 + leading;
        headServed = 0;
    }

    private void ReadExactlyFromSource(Span<byte> destination)
    {
        var filled = 0;
        while (filled < destination.Length) filled += ReadSource(destination[filled..]);
    }

    /// <summary>The record's shape type and, for multi-part and multi-point shapes, its counts against its length.</summary>
    private void CheckContent(int number, long start, ReadOnlySpan<byte> c, long contentBytes)
    {
        var type = BinaryPrimitives.ReadInt32LittleEndian(c);
        if (type == 0) return; // a null shape
        if (type != ShapeType)
            throw new LayerFileException(SpatialText.RecordShapeType(Where, number, start, type, ShapeType));
        long points, min, max;
        var hasZ = type is 11 or 13 or 15 or 18;
        var hasM = type is 21 or 23 or 25 or 28;
        switch (type)
        {
            case 1 or 11 or 21:
                points = 1;
                // X Y; PointM adds M; PointZ adds Z and (usually) M
                min = type switch { 1 => 20, 21 => 28, _ => 28 };
                max = type switch { 1 => 20, 21 => 28, _ => 36 };
                break;
            case 8 or 18 or 28:
                if (c.Length < 40) throw Short(number, start, contentBytes);
                points = BinaryPrimitives.ReadInt32LittleEndian(c[36..]);
                if (points < 0) throw Counts(number, start, 0, points);
                min = 40 + 16 * points + (hasZ ? 16 + 8 * points : 0);
                max = min + (hasZ || hasM ? 16 + 8 * points : 0);
                break;
            default: // 3, 5, 13, 15, 23, 25
                if (c.Length < 44) throw Short(number, start, contentBytes);
                long parts = BinaryPrimitives.ReadInt32LittleEndian(c[36..]);
                points = BinaryPrimitives.ReadInt32LittleEndian(c[40..]);
                if (parts < 0 || points < parts || (parts == 0 && points > 0)) throw Counts(number, start, parts, points);
                min = 44 + 4 * parts + 16 * points + (hasZ ? 16 + 8 * points : 0);
                max = min + (hasZ || hasM ? 16 + 8 * points : 0);
                break;
        }
        if (contentBytes < min || contentBytes > max)
            throw new LayerFileException(SpatialText.RecordPoints(Where, number, start, points, min, max, contentBytes));
        Vertices += points;
        if (Vertices > maxVertices)
            throw new LayerFileException(SpatialText.ShpTooManyVertices(Where, number, Vertices, maxVertices));
    }

    private LayerFileException Short(int number, long start, long contentBytes) =>
        new(SpatialText.RecordTooShort(Where, number, start, contentBytes));

    private LayerFileException Counts(int number, long start, long parts, long points) =>
        new(SpatialText.RecordCounts(Where, number, start, parts, points));
}
