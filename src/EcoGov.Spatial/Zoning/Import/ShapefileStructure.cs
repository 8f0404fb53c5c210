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
            throw new LayerFileException($"{where}: {entryLength} 字节，不足 {kind} 文件头的 100 字节 / shorter than the 100-byte {kind} header");
        var code = BinaryPrimitives.ReadInt32BigEndian(h);
        if (code != FileCode)
            throw new LayerFileException($"{where}: 文件头标识为 {code}，不是 {kind} 文件（应为 9994）/ not a {kind} file (file code {code}, expected 9994)");
        var declared = 2L * BinaryPrimitives.ReadInt32BigEndian(h[24..]);
        if (declared != entryLength)
            throw new LayerFileException($"{where}: 文件头声明长度 {declared} 字节，实际 {entryLength} 字节 / the {kind} header declares {declared} bytes but the file holds {entryLength}");
        var version = BinaryPrimitives.ReadInt32LittleEndian(h[28..]);
        if (version != Version)
            throw new LayerFileException($"{where}: 文件头版本号 {version}，应为 1000 / {kind} version {version}, expected 1000");
        var type = BinaryPrimitives.ReadInt32LittleEndian(h[32..]);
        if (!ShapeTypes.Contains(type))
            throw new LayerFileException($"{where}: 不支持的几何类型 {type}（支持点、多点、线、面及其 Z/M 形式）/ unsupported shape type {type}");
        return type;
    }

    /// <summary>The number of records a .shx indexes (8 bytes each after its header), checked against the .shp's shape type.</summary>
    public static int ShxRecordCount(ReadOnlySpan<byte> h, long entryLength, int shpType, string where)
    {
        var type = CheckMainHeader(h, entryLength, where, ".shx");
        if (type != shpType)
            throw new LayerFileException($"{where}: 几何类型 {type} 与 .shp 的 {shpType} 不一致 / shape type {type} differs from the .shp's {shpType}");
        if ((entryLength - ShpHeaderBytes) % 8 != 0)
            throw new LayerFileException($"{where}: 长度 {entryLength} 字节不是 100 + 8 × 记录数 / length is not 100 + 8 × records");
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
            throw new LayerFileException($"{where}: {length} 字节，不足 .dbf 文件头的 32 字节 / shorter than the 32-byte .dbf header");
        if (t[0] != 3)
            throw new LayerFileException($"{where}: 版本字节 0x{t[0]:x2}，不是 dBASE III 表（应为 0x03）/ not a dBASE III table (version byte 0x{t[0]:x2})");
        var records = BinaryPrimitives.ReadUInt32LittleEndian(t[4..]);
        int headerBytes = BinaryPrimitives.ReadUInt16LittleEndian(t[8..]);
        int recordBytes = BinaryPrimitives.ReadUInt16LittleEndian(t[10..]);
        if (headerBytes < DbfTableDescriptorBytes + 1 || (headerBytes - DbfTableDescriptorBytes - 1) % 32 != 0 || recordBytes < 1)
            throw new LayerFileException($"{where}: 文件头长度 {headerBytes}、记录长度 {recordBytes} 不合 dBASE III 格式 / header size {headerBytes} or record size {recordBytes} is not dBASE III");
        var expected = headerBytes + (long)records * recordBytes;
        if (length != expected && length != expected + 1)
            throw new LayerFileException($"{where}: 文件头声明 {records} 条记录 × {recordBytes} 字节 + 文件头 {headerBytes} 字节 = {expected} 字节，实际 {length} 字节 / the .dbf header declares {expected} bytes but the file holds {length}");
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
            throw new LayerFileException($"{where}: {fields} 个字段宽度之和 {width - 1} + 1 与记录长度 {recordBytes} 不符 / field widths do not add up to the record size {recordBytes}");
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
            throw new LayerFileException($"{Where}: 第 {number} 条记录头（偏移 {start}）不完整 / record {number} header truncated at offset {start}");
        ReadExactlyFromSource(head.AsSpan(0, 8));
        var recordNumber = BinaryPrimitives.ReadInt32BigEndian(head);
        var contentBytes = 2L * BinaryPrimitives.ReadInt32BigEndian(head.AsSpan(4));
        if (recordNumber != number)
            throw new LayerFileException($"{Where}: 第 {number} 条记录（偏移 {start}）的记录号为 {recordNumber} / record {number} at offset {start} is numbered {recordNumber}");
        if (number > expectedRecords)
            throw new LayerFileException($"{Where}: 记录数多于 .shx/.dbf 的 {expectedRecords} 条 / more records than the {expectedRecords} of the .shx/.dbf");
        if (contentBytes < 4 || start + 8 + contentBytes > DeclaredLength)
            throw new LayerFileException($"{Where}: 第 {number} 条记录（偏移 {start}）声明内容 {contentBytes} 字节，超出文件或不足 4 字节 / record {number} declares {contentBytes} content bytes, outside the file");
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
            throw new LayerFileException($"{Where}: 第 {number} 条记录（偏移 {start}）的几何类型 {type} 与文件的 {ShapeType} 不一致 / record {number} has shape type {type}, the file {ShapeType}");
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
            throw new LayerFileException($"{Where}: 第 {number} 条记录（偏移 {start}）有 {points} 个点，内容应为 {min}–{max} 字节，实际声明 {contentBytes} 字节 / record {number}: {points} points need {min}–{max} content bytes, {contentBytes} declared");
        Vertices += points;
        if (Vertices > maxVertices)
            throw new LayerFileException($"{Where}: 顶点数至第 {number} 条记录已达 {Vertices} 个，超过上限 {maxVertices} / more than {maxVertices} vertices ({Vertices} by record {number})");
    }

    private LayerFileException Short(int number, long start, long contentBytes) =>
        new($"{Where}: 第 {number} 条记录（偏移 {start}）内容只有 {contentBytes} 字节，不足以容纳点数 / record {number}: {contentBytes} content bytes cannot hold its counts");

    private LayerFileException Counts(int number, long start, long parts, long points) =>
        new($"{Where}: 第 {number} 条记录（偏移 {start}）的部分数 {parts}、点数 {points} 不合理 / record {number}: {parts} parts, {points} points");
}
