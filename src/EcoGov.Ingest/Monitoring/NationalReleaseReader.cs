using System.Globalization;
using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using EcoGov.Core.Air;
using EcoGov.Core.Text;
using TextMessage = EcoGov.Core.Text.Message;

namespace EcoGov.Ingest.Monitoring;

/// <summary>The layout of a monitoring CSV, recognised from its header.</summary>
public enum ReleaseLayout
{
    /// <summary>Not a national release: the platform's own layouts (<see cref="AirCsvReader"/>, <see cref="MonitoringTableReader"/>).</summary>
    None,
    /// <summary>One file per hour: <c>timepoint,stationcode,longitude,latitude,area,positionname,primarypollutant,aqi,pm10,…,co_24h</c>.</summary>
    Hourly,
    /// <summary>The wide layout: <c>date,hour,type,1001A,1002A,…</c>, one row per hour and quantity type.</summary>
    Wide,
}

/// <summary>A station as the release files describe it: code, name (<c>positionname</c>), city (<c>area</c>), longitude, latitude.</summary>
public sealed record ReleaseStation(string Code, string? Name, string? City, double? Longitude, double? Latitude);

/// <summary>One file of a release set, read in memory: its name (the entry name in a zip) and its bytes.</summary>
public sealed record ReleaseSource(string Name, byte[] Bytes)
{
    public string Sha256 => Convert.ToHexStringLower(SHA256.HashData(Bytes));
}

/// <summary>One file read: its layout, rows and stations, or its errors (then no rows).</summary>
public sealed record ReleaseFileResult(string File, ReleaseLayout Layout, IReadOnlyList<ReleaseHour> Rows, IReadOnlyList<ReleaseStation> Stations, IReadOnlyList<AirCsvError> Errors)
{
    public bool Ok => Errors.Count == 0;
}

/// <summary>
/// A whole release set (a file, a folder or a zip): the station-hours with duplicates from overlapping files removed
/// (<see cref="Duplicates"/> counts the copies dropped; a copy with other values is an error), the station master, and
/// the errors of every file.
/// </summary>
public sealed record ReleaseSet(int Files, IReadOnlyList<ReleaseHour> Rows, IReadOnlyList<ReleaseStation> Stations, int Duplicates, IReadOnlyList<AirCsvError> Errors)
{
    public bool Ok => Errors.Count == 0;
}

/// <summary>
/// Reads the national hourly air-quality releases (全国城市空气质量实时发布) in their two layouts: the hourly CSV
/// (<see cref="ReleaseLayout.Hourly"/>; <c>timepoint</c> is the hour's END in Beijing time, <c>primarypollutant</c> may be
/// a quoted list such as <c>"PM2.5,PM10"</c>) and the wide layout (<see cref="ReleaseLayout.Wide"/>; <c>date</c> as
/// <c>yyyyMMdd</c> or <c>yyyy-MM-dd</c>, <c>hour</c> 0–23 the same hour-ending label as <c>timepoint</c>'s hour, one row per
/// quantity type <c>AQI, PM2.5, PM2.5_24h, …, CO_24h</c>). Column meanings follow the release (see <see cref="ReleaseColumn"/>:
/// <c>o3_24h</c> is the hour's O3, <c>o3</c> the trailing 24h maximum). Missing values (<c>""</c>, <c>—</c>, <c>-</c>,
/// <c>--</c>) are missing, never zero. A path may be a CSV file, a folder of them (top level, <c>*.csv</c>) or a .zip of
/// them, read in memory and never extracted; bounded: 100 MB a file, 500 MB and 10,000 files in all, zip entries with
/// <c>..</c> or an absolute name and compression above 100:1 refused; every file then within <see cref="MonitoringLimits"/>.
/// </summary>
public static class NationalReleaseReader
{
    public const long MaxFileBytes = MonitoringTableReader.MaxFileBytes;
    public const long MaxTotalBytes = MonitoringTableReader.MaxUncompressedBytes;
    public const int MaxFiles = MonitoringTableReader.MaxZipEntries;
    private const int MaxErrors = 50;

    private static readonly string[] HourlyHeader =
    [
        "timepoint", "stationcode", "longitude", "latitude", "area", "positionname", "primarypollutant", "aqi",
        "pm10", "pm10_24h", "pm2_5", "pm2_5_24h", "o3", "o3_24h", "o3_8h", "o3_8h_24h", "no2", "no2_24h", "so2", "so2_24h", "co", "co_24h",
    ];

    /// <summary>The layout a header (the first CSV record, trimmed) announces.</summary>
    public static ReleaseLayout Detect(IReadOnlyList<string> header)
    {
        var h = header.Select(c => c.Trim().TrimStart('\uFEFF').ToLowerInvariant()).ToList();
        if (h.Count >= 3 && h[0] == "date" && h[1] == "hour" && h[2] == "type") return ReleaseLayout.Wide;
        if (h.Contains("timepoint") && h.Contains("stationcode")) return ReleaseLayout.Hourly;
        return ReleaseLayout.None;
    }

    /// <summary>The layout of a CSV text, from its first record; <see cref="ReleaseLayout.None"/> when it has none.</summary>
    public static ReleaseLayout Detect(string text)
    {
        try
        {
            var first = CsvRecords.Parse(text).FirstOrDefault();
            return first is null ? ReleaseLayout.None : Detect(first.Fields);
        }
        catch (CsvSyntaxException) { return ReleaseLayout.None; }
    }

    /// <summary>Whether a path is to be read as a release set: a folder, a .zip, or a CSV whose header is a release layout.</summary>
    public static bool IsRelease(string path)
    {
        if (Directory.Exists(path) || path.EndsWith(".zip", StringComparison.OrdinalIgnoreCase)) return true;
        if (!File.Exists(path) || path.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase)) return false;
        using var reader = new StreamReader(path, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        var buffer = new char[8192];
        var n = reader.ReadBlock(buffer, 0, buffer.Length);
        var text = new string(buffer, 0, n);
        var end = text.IndexOfAny(['\r', '\n']);
        return Detect(end < 0 ? text : text[..end]) != ReleaseLayout.None;
    }

    /// <summary>
    /// The files of a path (a CSV, a folder of CSVs, or a .zip of them), each read in memory within the bounds; throws
    /// <see cref="MonitoringFileException"/> naming the path when a bound is passed or the path cannot be read.
    /// </summary>
    public static IReadOnlyList<ReleaseSource> Sources(string path)
    {
        if (Directory.Exists(path))
        {
            var files = Directory.EnumerateFiles(path, "*.csv", SearchOption.TopDirectoryOnly).Order(StringComparer.Ordinal).ToList();
            if (files.Count > MaxFiles)
                throw new MonitoringFileException(string.Create(CultureInfo.InvariantCulture, $"{path}: 文件 {files.Count} 个，超过 {MaxFiles} (more than {MaxFiles} files)"));
            if (files.Count == 0) throw new MonitoringFileException($"{path}: 文件夹中没有 .csv 文件 (no .csv file in the folder)");
            long total = 0;
            var list = new List<ReleaseSource>(files.Count);
            foreach (var f in files)
            {
                var length = new FileInfo(f).Length;
                if (length > MaxFileBytes)
                    throw new MonitoringFileException(string.Create(CultureInfo.InvariantCulture, $"{f}: 文件超过 100 MB（{length} 字节）(file over 100 MB)"));
                total += length;
                if (total > MaxTotalBytes)
                    throw new MonitoringFileException($"{path}: 文件合计超过 500 MB (files over 500 MB in all)");
                list.Add(new ReleaseSource(Path.GetFileName(f), File.ReadAllBytes(f)));
            }
            return list;
        }
        var info = new FileInfo(path);
        if (!info.Exists) throw new MonitoringFileException($"{path}: 文件不存在 (file not found)");
        if (info.Length > MaxFileBytes)
            throw new MonitoringFileException(string.Create(CultureInfo.InvariantCulture, $"{path}: 文件超过 100 MB（{info.Length} 字节）(file over 100 MB)"));
        return Upload(Path.GetFileName(path), File.ReadAllBytes(path));
    }

    /// <summary>The files of an upload held in memory: a .zip of CSVs (by name or by its signature) or one CSV.</summary>
    public static IReadOnlyList<ReleaseSource> Upload(string name, byte[] bytes)
    {
        if (bytes.Length > MaxFileBytes)
            throw new MonitoringFileException(string.Create(CultureInfo.InvariantCulture, $"{UserText.Quote(name)}: 文件超过 100 MB（{bytes.Length} 字节）(file over 100 MB)"));
        var zip = name.EndsWith(".zip", StringComparison.OrdinalIgnoreCase) || (bytes.Length > 3 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4);
        return zip ? ZipSources(name, bytes) : [new ReleaseSource(name, bytes)];
    }

    private static List<ReleaseSource> ZipSources(string name, byte[] bytes)
    {
        var shown = UserText.Quote(name);
        try
        {
            using var zip = new ZipArchive(new MemoryStream(bytes, writable: false), ZipArchiveMode.Read);
            if (zip.Entries.Count > MaxFiles)
                throw new MonitoringFileException(string.Create(CultureInfo.InvariantCulture, $"{shown}: 压缩包条目 {zip.Entries.Count} 个，超过 {MaxFiles} (too many zip entries)"));
            long declared = 0;
            foreach (var e in zip.Entries)
            {
                if (e.FullName.Contains("..", StringComparison.Ordinal) || e.FullName.StartsWith('/') || e.FullName.StartsWith('\\') || e.FullName.Contains(':', StringComparison.Ordinal))
                    throw new MonitoringFileException($"{shown}: 压缩包条目路径不安全“{UserText.Quote(e.FullName)}” (unsafe zip entry name)");
                declared += e.Length;
                if (declared > MaxTotalBytes) throw new MonitoringFileException($"{shown}: 解压后超过 500 MB (uncompressed size over 500 MB)");
                if (e.Length > 0 && (e.CompressedLength == 0 || (double)e.Length / e.CompressedLength > MonitoringTableReader.MaxCompressionRatio))
                    throw new MonitoringFileException($"{shown}: 条目“{UserText.Quote(e.FullName)}”压缩比超过 100:1 (compression ratio over 100, possible zip bomb)");
            }
            var list = new List<ReleaseSource>();
            long total = 0;
            foreach (var e in zip.Entries.Where(e => e.FullName.EndsWith(".csv", StringComparison.OrdinalIgnoreCase)).OrderBy(e => e.FullName, StringComparer.Ordinal))
            {
                // The declared sizes are not trusted: the entry is read up to the bound and refused one byte past it.
                using var s = e.Open();
                using var buffer = new MemoryStream();
                var chunk = new byte[81920];
                int n;
                while ((n = s.Read(chunk, 0, chunk.Length)) > 0)
                {
                    buffer.Write(chunk, 0, n);
                    total += n;
                    if (buffer.Length > MaxFileBytes)
                        throw new MonitoringFileException($"{shown}: 条目“{UserText.Quote(e.FullName)}”超过 100 MB (entry over 100 MB)");
                    if (total > MaxTotalBytes) throw new MonitoringFileException($"{shown}: 解压后超过 500 MB (uncompressed size over 500 MB)");
                }
                list.Add(new ReleaseSource(e.FullName, buffer.ToArray()));
            }
            if (list.Count == 0) throw new MonitoringFileException($"{shown}: 压缩包中没有 .csv 文件 (no .csv file in the zip)");
            return list;
        }
        catch (InvalidDataException)
        {
            throw new MonitoringFileException($"{shown}: 不是有效的 zip 文件 (not a valid zip file)");
        }
    }

    /// <summary>Reads every file of a path and merges them (<see cref="Merge"/>); a path that cannot be read throws <see cref="MonitoringFileException"/>.</summary>
    public static ReleaseSet ReadAll(string path) => Merge(Sources(path).Select(Parse).ToList());

    /// <summary>
    /// The files merged: a station-hour held by several files with the same values is kept once (the copies counted in
    /// <see cref="ReleaseSet.Duplicates"/>); with other values it is an error naming both places. Stations: the first
    /// description of each code.
    /// </summary>
    public static ReleaseSet Merge(IReadOnlyList<ReleaseFileResult> files)
    {
        var errors = files.SelectMany(f => f.Errors).ToList();
        var rows = new List<ReleaseHour>();
        var seen = new Dictionary<(string, DateTime), ReleaseHour>();
        var duplicates = 0;
        foreach (var r in files.SelectMany(f => f.Rows))
        {
            if (seen.TryGetValue((r.Station, r.HourStart), out var first))
            {
                if (first.SameValues(r)) duplicates++;
                else errors.Add(new AirCsvError(r.File, r.Row, null, null,
                    IngestText.ReleaseValuesDiffer(UserText.Quote(r.Station), r.TimePoint, first.File, first.Row)));
                continue;
            }
            seen[(r.Station, r.HourStart)] = r;
            rows.Add(r);
        }
        var stations = new Dictionary<string, ReleaseStation>(StringComparer.Ordinal);
        foreach (var s in files.SelectMany(f => f.Stations)) stations.TryAdd(s.Code, s);
        rows.Sort((a, b) => a.HourStart != b.HourStart ? a.HourStart.CompareTo(b.HourStart) : string.CompareOrdinal(a.Station, b.Station));
        return new ReleaseSet(files.Count, rows, stations.Values.OrderBy(s => s.Code, StringComparer.Ordinal).ToList(), duplicates, errors);
    }

    /// <summary>One file of a release set, its layout recognised from the header.</summary>
    public static ReleaseFileResult Parse(ReleaseSource source)
    {
        string text;
        try { text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(source.Bytes); }
        catch (DecoderFallbackException) { return Fail(source.Name, ReleaseLayout.None, new(source.Name, null, null, null, IngestText.NotUtf8())); }
        return Parse(source.Name, text);
    }

    public static ReleaseFileResult Parse(string file, string text)
    {
        if (text.Length > 0 && text[0] == '\uFEFF') text = text[1..];
        List<CsvRecord> records;
        try
        {
            records = [];
            foreach (var r in CsvRecords.Parse(text))
            {
                if (records.Count > MonitoringLimits.MaxRows)
                    return Fail(file, ReleaseLayout.None, new(file, r.Row, null, null, IngestText.TooManyRows(MonitoringLimits.MaxRows)));
                records.Add(r);
            }
        }
        catch (CsvSyntaxException e) { return Fail(file, ReleaseLayout.None, new(file, e.Row, e.Column, null, e.Message)); }
        if (records.Count == 0) return Fail(file, ReleaseLayout.None, new(file, 1, null, null, IngestText.EmptyFile()));
        var layout = Detect(records[0].Fields);
        return layout switch
        {
            ReleaseLayout.Hourly => ParseHourly(file, records),
            ReleaseLayout.Wide => ParseWide(file, records),
            _ => Fail(file, layout, new(file, 1, null, null, IngestText.NotAReleaseHeader())),
        };
    }

    private static ReleaseFileResult Fail(string file, ReleaseLayout layout, AirCsvError e) => new(file, layout, [], [], [e]);

    /// <summary>A missing value in a release: empty, or a dash.</summary>
    public static bool IsMissing(string cell) => cell.Trim() is "" or "—" or "-" or "--" or "－" or "——";

    private static ReleaseFileResult ParseHourly(string file, List<CsvRecord> records)
    {
        var header = records[0].Fields.Select(f => f.Trim().ToLowerInvariant()).ToList();
        var errors = new List<AirCsvError>();
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < header.Count; i++)
        {
            if (!HourlyHeader.Contains(header[i]))
                errors.Add(new(file, 1, i + 1, header[i], IngestText.ReleaseUnknownColumn(UserText.Quote(header[i]))));
            else if (!index.TryAdd(header[i], i))
                errors.Add(new(file, 1, i + 1, header[i], IngestText.DuplicateColumn(header[i])));
        }
        foreach (var c in HourlyHeader.Where(c => !index.ContainsKey(c)))
            errors.Add(new(file, 1, null, c, IngestText.MissingColumn(c)));
        if (errors.Count > 0) return new(file, ReleaseLayout.Hourly, [], [], errors);

        var rows = new List<ReleaseHour>();
        var stations = new Dictionary<string, ReleaseStation>(StringComparer.Ordinal);
        var seen = new Dictionary<(string, DateTime), int>();
        foreach (var rec in records.Skip(1))
        {
            if (errors.Count >= MaxErrors) break;
            if (rec.Fields.Count != header.Count)
            {
                errors.Add(new(file, rec.Row, Math.Min(rec.Fields.Count, header.Count) + 1, null, IngestText.FieldCountDiffers(rec.Fields.Count, header.Count)));
                continue;
            }
            string Cell(string c) => rec.Fields[index[c]].Trim();
            AirCsvError Error(string c, TextMessage message) => new(file, rec.Row, index[c] + 1, c, message);

            var code = Cell("stationcode");
            if (code.Length == 0) { errors.Add(Error("stationcode", IngestText.EmptyStationCode())); continue; }
            if (MonitoringLimits.IdentifierProblem(code, "站点", "station") is { } problem) { errors.Add(Error("stationcode", CoreText.Verbatim(problem))); continue; }
            var start = AirCsvReader.ParseHourStart(Cell("timepoint"), hourEnding: true, out var timeError);
            if (start is null) { errors.Add(Error("timepoint", timeError!)); continue; }

            var ok = true;
            var values = new double?[ReleaseColumns.All.Count];
            foreach (var c in ReleaseColumns.All)
            {
                var name = ReleaseColumns.Name(c);
                if (!Number(Cell(name), out values[(int)c], out var msg)) { errors.Add(Error(name, msg!)); ok = false; }
            }
            if (!Number(Cell("longitude"), out var lon, out var lonError, allowNegative: true)) { errors.Add(Error("longitude", lonError!)); ok = false; }
            if (!Number(Cell("latitude"), out var lat, out var latError, allowNegative: true)) { errors.Add(Error("latitude", latError!)); ok = false; }
            var primary = PrimaryPollutants(Cell("primarypollutant"), out var primaryError);
            if (primary is null) { errors.Add(Error("primarypollutant", primaryError!)); ok = false; }
            var area = Cell("area");
            var position = Cell("positionname");
            // Names are stored and shown: bounded and free of control characters, as station codes are.
            if (MonitoringLimits.IdentifierProblem(area, "城市", "area") is { } areaProblem) { errors.Add(Error("area", CoreText.Verbatim(areaProblem))); ok = false; }
            if (MonitoringLimits.IdentifierProblem(position, "站点名称", "positionname") is { } nameProblem) { errors.Add(Error("positionname", CoreText.Verbatim(nameProblem))); ok = false; }
            if (!ok) continue;
            if (seen.TryGetValue((code, start.Value), out var first))
            {
                errors.Add(Error("timepoint", IngestText.DuplicateStationTimepoint(UserText.Quote(code), first)));
                continue;
            }
            seen[(code, start.Value)] = rec.Row;
            stations.TryAdd(code, new ReleaseStation(code, NullIfEmpty(position), NullIfEmpty(area), lon, lat));
            rows.Add(new ReleaseHour(code, start.Value, values, primary, file, rec.Row));
        }
        return errors.Count > 0 ? new(file, ReleaseLayout.Hourly, [], [], errors) : new(file, ReleaseLayout.Hourly, rows, stations.Values.ToList(), []);
    }

    private static ReleaseFileResult ParseWide(string file, List<CsvRecord> records)
    {
        var header = records[0].Fields.Select(f => f.Trim()).ToList();
        var errors = new List<AirCsvError>();
        var stationColumns = new List<(int Index, string Code)>();
        var codes = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 3; i < header.Count; i++)
        {
            var code = header[i];
            if (code.Length == 0) { errors.Add(new(file, 1, i + 1, null, IngestText.EmptyStationCodeInHeader())); continue; }
            if (MonitoringLimits.IdentifierProblem(code, "站点", "station") is { } problem) { errors.Add(new(file, 1, i + 1, null, problem)); continue; }
            if (!codes.Add(code)) { errors.Add(new(file, 1, i + 1, code, IngestText.DuplicateStationColumn(UserText.Quote(code)))); continue; }
            stationColumns.Add((i, code));
        }
        if (errors.Count > 0) return new(file, ReleaseLayout.Wide, [], [], errors);

        // (station, hour start) → values, filled type row by type row.
        var hours = new Dictionary<(string, DateTime), (double?[] Values, int Row)>();
        var typeSeen = new Dictionary<(DateTime, ReleaseColumn), int>();
        foreach (var rec in records.Skip(1))
        {
            if (errors.Count >= MaxErrors) break;
            if (rec.Fields.Count != header.Count)
            {
                errors.Add(new(file, rec.Row, Math.Min(rec.Fields.Count, header.Count) + 1, null, IngestText.FieldCountDiffers(rec.Fields.Count, header.Count)));
                continue;
            }
            var dateCell = rec.Fields[0].Trim();
            var date = dateCell.Length == 8 && dateCell.All(char.IsAsciiDigit)
                && DateOnly.TryParseExact(dateCell, "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d8)
                ? d8 : AirCsvReader.ParseDate(dateCell, out _);
            if (date is null) { errors.Add(new(file, rec.Row, 1, "date", IngestText.BadReleaseDate(UserText.Quote(dateCell)))); continue; }
            var hourCell = rec.Fields[1].Trim();
            if (!int.TryParse(hourCell, NumberStyles.None, CultureInfo.InvariantCulture, out var hour) || hour > 23)
            {
                errors.Add(new(file, rec.Row, 2, "hour", IngestText.BadReleaseHour(UserText.Quote(hourCell))));
                continue;
            }
            var typeCell = rec.Fields[2].Trim();
            if (ReleaseColumns.FromName(typeCell) is not { } column)
            {
                errors.Add(new(file, rec.Row, 3, "type", IngestText.UnknownReleaseType(UserText.Quote(typeCell))));
                continue;
            }
            // The hour label is the hour's end, as timepoint's: hour 0 of a date is the last hour of the day before.
            var start = date.Value.ToDateTime(TimeOnly.MinValue).AddHours(hour - 1);
            if (typeSeen.TryGetValue((start, column), out var first))
            {
                errors.Add(new(file, rec.Row, 3, "type", IngestText.DuplicateDateHourType(UserText.Quote(typeCell), first)));
                continue;
            }
            typeSeen[(start, column)] = rec.Row;
            foreach (var (i, code) in stationColumns)
            {
                if (!Number(rec.Fields[i], out var v, out var msg)) { errors.Add(new(file, rec.Row, i + 1, code, msg!)); continue; }
                if (v is null) continue;
                if (!hours.TryGetValue((code, start), out var h)) hours[(code, start)] = h = (new double?[ReleaseColumns.All.Count], rec.Row);
                h.Values[(int)column] = v;
            }
        }
        if (errors.Count > 0) return new(file, ReleaseLayout.Wide, [], [], errors);
        var rows = hours.Select(kv => new ReleaseHour(kv.Key.Item1, kv.Key.Item2, kv.Value.Values, null, file, kv.Value.Row)).ToList();
        return new(file, ReleaseLayout.Wide, rows, stationColumns.Select(s => new ReleaseStation(s.Code, null, null, null, null)).ToList(), []);
    }

    private static bool Number(string cell, out double? value, out TextMessage? error, bool allowNegative = false)
    {
        value = null;
        error = null;
        if (IsMissing(cell)) return true;
        var t = cell.Trim();
        if (!double.TryParse(t, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) || !double.IsFinite(v))
        {
            error = IngestText.NotANumber(UserText.Quote(t));
            return false;
        }
        if (v < 0 && !allowNegative)
        {
            error = IngestText.NegativeValue(UserText.Quote(t));
            return false;
        }
        value = v;
        return true;
    }

    private static string? NullIfEmpty(string s) => IsMissing(s) ? null : s;

    /// <summary>
    /// The published primary pollutants: empty for none (missing cell or a dash); otherwise one or more names separated
    /// by commas, 、, ; or / — PM2.5 (PM2_5, 细颗粒物, 颗粒物(PM2.5)), PM10, O3 (O3_1h, O3_8h, 臭氧, 臭氧1小时, 臭氧8小时), NO2,
    /// SO2, CO. Null (with the error) for an unknown name.
    /// </summary>
    public static IReadOnlyList<Pollutant>? PrimaryPollutants(string cell, out TextMessage? error)
    {
        error = null;
        if (IsMissing(cell)) return [];
        var list = new List<Pollutant>();
        foreach (var part in cell.Split([',', '，', '、', ';', '；', '/'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var key = part.ToUpperInvariant().Replace("（", "(", StringComparison.Ordinal).Replace("）", ")", StringComparison.Ordinal)
                .Replace("可吸入颗粒物(", "", StringComparison.Ordinal).Replace("细颗粒物(", "", StringComparison.Ordinal)
                .Replace("颗粒物(", "", StringComparison.Ordinal).TrimEnd(')');
            Pollutant? p = key switch
            {
                "PM2.5" or "PM2_5" or "PM25" or "细颗粒物" => Pollutant.PM25,
                "PM10" or "可吸入颗粒物" => Pollutant.PM10,
                "O3" or "O3_1H" or "O3_8H" or "O3_8H_24H" or "臭氧" or "臭氧1小时" or "臭氧8小时" => Pollutant.O3,
                "NO2" or "二氧化氮" => Pollutant.NO2,
                "SO2" or "二氧化硫" => Pollutant.SO2,
                "CO" or "一氧化碳" => Pollutant.CO,
                _ => null,
            };
            if (p is null)
            {
                error = IngestText.UnknownPrimaryPollutant(UserText.Quote(part));
                return null;
            }
            if (!list.Contains(p.Value)) list.Add(p.Value);
        }
        return list;
    }

    /// <summary>The hourly records (the six 1h values; O3 from <c>o3_24h</c>) of a release set, for the AQI and the evaluation.</summary>
    public static AirCsvResult<AirHourlyRecord> HourlyRecords(ReleaseSet set) =>
        set.Ok ? new(set.Rows.Select(r => r.ToHourlyRecord()).ToList(), []) : new([], set.Errors);

    /// <summary>
    /// Hourly air data from any layout, recognised from the path and header: a national release file, folder or zip
    /// (<see cref="ReadAll"/>; <paramref name="hourEnding"/> does not apply, the release says hour-ending itself) or the
    /// platform's own hourly CSV (<see cref="AirCsvReader.ReadHourly"/>).
    /// </summary>
    public static AirCsvResult<AirHourlyRecord> ReadHourly(string path, bool hourEnding)
    {
        if (!IsRelease(path)) return AirCsvReader.ReadHourly(path, hourEnding);
        try { return HourlyRecords(ReadAll(path)); }
        catch (MonitoringFileException e) { return new([], [new AirCsvError(path, null, null, null, e.Message)]); }
    }
}
