using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using EcoGov.Core.Air;
using EcoGov.Core.Text;
using TextMessage = EcoGov.Core.Text.Message;

namespace EcoGov.Ingest.Monitoring;

/// <summary>
/// A problem in an air-monitoring CSV: the file, and where known the row (header = 1) and column. <see cref="Message"/>
/// is the bilingual line ("中文 / English") of <see cref="Text"/>, the message in the reader's catalogue
/// (<see cref="IngestText"/>; a text from elsewhere, such as a CSV syntax error, held verbatim).
/// </summary>
public sealed record AirCsvError(string File, int? Row, int? Column, string? ColumnName, string Message)
{
    /// <summary>A problem with its message from a catalogue.</summary>
    public AirCsvError(string file, int? row, int? column, string? columnName, TextMessage text)
        : this(file, row, column, columnName, text.Bilingual) => Text = text;

    /// <summary>The message, to render in one language (<see cref="TextMessage.Format"/>) or as <see cref="Message"/>.</summary>
    public TextMessage Text { get; init; } = CoreText.Verbatim(Message);

    public override string ToString()
    {
        var name = ColumnName is null ? null : UserText.Quote(ColumnName);
        var where = Row is null ? "" : Column is null ? $" row {Row}" : $" row {Row}, column {Column}" + (name is null ? "" : $" ({name})");
        var zh = Row is null ? "" : Column is null ? $"（第 {Row} 行）" : $"（第 {Row} 行第 {Column} 列" + (name is null ? "）" : $" {name}）");
        return $"{File}{where}{zh}: {Message}";
    }
}

/// <summary>The rows read, or the errors found (then no rows are returned).</summary>
public sealed record AirCsvResult<T>(IReadOnlyList<T> Rows, IReadOnlyList<AirCsvError> Errors)
{
    public bool Ok => Errors.Count == 0;
}

/// <summary>
/// Reads station air-quality CSV files for the AQI (UTF-8 with or without BOM, RFC 4180).
/// Daily: <c>station,date,SO2,NO2,CO,PM10,PM2.5,O3_1h,O3_8h</c>; hourly: <c>station,time,SO2,NO2,CO,O3,PM10,PM2.5</c>.
/// Header names are matched case-insensitively, <c>PM25</c> is accepted for PM2.5, pollutant columns may be absent,
/// unknown columns are errors. An empty cell is a missing value. Values must be finite non-negative numbers.
/// Hourly <c>time</c> is the hour's start in China Standard Time, or with <c>hourEnding</c> its end
/// (<c>2023-01-01 01:00</c> = 00:00–01:00; <c>24:00</c> = the next day's 00:00). Read within <see cref="MonitoringLimits"/>:
/// columns and cell length (by the tokenizer), data rows, and station names (length, no control characters).
/// </summary>
public static class AirCsvReader
{
    public const long MaxFileBytes = 100L * 1024 * 1024;
    private const int MaxErrors = 50;

    private static readonly string[] DailyColumns = ["station", "date", "SO2", "NO2", "CO", "PM10", "PM2.5", "O3_1h", "O3_8h"];
    private static readonly string[] HourlyColumns = ["station", "time", "SO2", "NO2", "CO", "O3", "PM10", "PM2.5"];

    private static readonly Regex DatePattern = new(@"^(\d{4})[-/](\d{1,2})[-/](\d{1,2})$", RegexOptions.CultureInvariant);
    private static readonly Regex TimePattern = new(@"^(\d{4})[-/](\d{1,2})[-/](\d{1,2})[ T](\d{1,2}):(\d{2})(?::(\d{2}))?$", RegexOptions.CultureInvariant);

    public static AirCsvResult<AirDailyRecord> ReadDaily(string path) =>
        ReadFile(path, out var text, out var error) ? ParseDaily(text, path) : Fail<AirDailyRecord>(error!);

    public static AirCsvResult<AirHourlyRecord> ReadHourly(string path, bool hourEnding) =>
        ReadFile(path, out var text, out var error) ? ParseHourly(text, path, hourEnding) : Fail<AirHourlyRecord>(error!);

    public static AirCsvResult<AirDailyRecord> ParseDaily(string text, string file) =>
        Parse<AirDailyRecord>(text, file, DailyColumns, "date", FormatDayKey, (cells, errors) =>
        {
            var date = ParseDate(cells.Key, out var msg);
            if (date is null) { errors.Add(cells.KeyError(msg!)); return null; }
            if (!cells.ReadValues(errors)) return null;
            var v = cells.Values;
            return (new AirDailyRecord(cells.Station, date.Value, v[0], v[1], v[2], v[3], v[4], v[5], v[6]), date.Value.DayNumber);
        });

    public static AirCsvResult<AirHourlyRecord> ParseHourly(string text, string file, bool hourEnding) =>
        Parse<AirHourlyRecord>(text, file, HourlyColumns, "time", FormatHourKey, (cells, errors) =>
        {
            var start = ParseHourStart(cells.Key, hourEnding, out var msg);
            if (start is null) { errors.Add(cells.KeyError(msg!)); return null; }
            if (!cells.ReadValues(errors)) return null;
            var v = cells.Values;
            return (new AirHourlyRecord(cells.Station, start.Value, v[0], v[1], v[2], v[3], v[4], v[5]), start.Value.Ticks);
        });

    private static string FormatDayKey(long dayNumber) =>
        DateOnly.FromDayNumber((int)dayNumber).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string FormatHourKey(long ticks) =>
        new DateTime(ticks).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    /// <summary>
    /// A date cell of a monitoring data file: <c>yyyy-MM-dd</c>, or with slashes, one-digit month/day allowed — the
    /// variants monitoring exports use. Lenient on purpose and for data cells only: a date that a person types as an
    /// option or query parameter (<c>--from</c>, <c>asOf</c>) goes through the strict <see cref="Core.CalendarDate"/>.
    /// </summary>
    public static DateOnly? ParseDate(string cell, out TextMessage? error)
    {
        error = null;
        var m = DatePattern.Match(cell.Trim());
        if (m.Success && DateOnly.TryParseExact($"{m.Groups[1].Value}-{int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture):00}-{int.Parse(m.Groups[3].Value, CultureInfo.InvariantCulture):00}",
                "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
            return d;
        error = IngestText.BadDate(UserText.Quote(cell));
        return null;
    }

    /// <summary>
    /// The hour's start from a <c>time</c> cell (<c>yyyy-MM-dd HH:mm[:ss]</c>, on the hour). With
    /// <paramref name="hourEnding"/> the cell is the hour's end and may be <c>24:00</c>.
    /// </summary>
    public static DateTime? ParseHourStart(string cell, bool hourEnding, out TextMessage? error)
    {
        error = null;
        if (TryParseCanonicalHour(cell.AsSpan().Trim(), hourEnding, out var fast)) return fast;
        var m = TimePattern.Match(cell.Trim());
        if (m.Success)
        {
            var date = ParseDate($"{m.Groups[1].Value}-{m.Groups[2].Value}-{m.Groups[3].Value}", out _);
            var hour = int.Parse(m.Groups[4].Value, CultureInfo.InvariantCulture);
            var minute = int.Parse(m.Groups[5].Value, CultureInfo.InvariantCulture);
            var second = m.Groups[6].Success ? int.Parse(m.Groups[6].Value, CultureInfo.InvariantCulture) : 0;
            if (date is not null && minute == 0 && second == 0 && (hour <= 23 || (hour == 24 && hourEnding)))
            {
                var label = date.Value.ToDateTime(TimeOnly.MinValue).AddHours(hour);
                return hourEnding ? label.AddHours(-1) : label;
            }
            if (date is not null && hour == 24 && !hourEnding && minute == 0 && second == 0)
            {
                error = IngestText.BadTime24(UserText.Quote(cell));
                return null;
            }
        }
        error = IngestText.BadTime(UserText.Quote(cell));
        return null;
    }

    /// <summary>
    /// The usual form <c>yyyy-MM-dd HH:mm</c> (ASCII digits, a valid date, minutes 00, hour 00–23 or with
    /// <paramref name="hourEnding"/> 01–24) read without the regex; false for anything else, which then takes the
    /// general path (and its error messages). Gives the same hour start as the general path.
    /// </summary>
    private static bool TryParseCanonicalHour(ReadOnlySpan<char> s, bool hourEnding, out DateTime start)
    {
        start = default;
        if (s.Length != 16 || s[4] != '-' || s[7] != '-' || s[10] != ' ' || s[13] != ':') return false;
        if (!Digits(s, 0, 4, out int year) || !Digits(s, 5, 2, out int month) || !Digits(s, 8, 2, out int day)
            || !Digits(s, 11, 2, out int hour) || !Digits(s, 14, 2, out int minute))
            return false;
        if (year < 2 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month) || minute != 0) return false;
        if (hour > 24 || (hour == 24 && !hourEnding)) return false;
        var label = new DateTime(year, month, day).AddHours(hour);
        start = hourEnding ? label.AddHours(-1) : label;
        return true;

        static bool Digits(ReadOnlySpan<char> s, int at, int count, out int value)
        {
            value = 0;
            for (int i = at; i < at + count; i++)
            {
                int d = s[i] - '0';
                if ((uint)d > 9) return false;
                value = value * 10 + d;
            }
            return true;
        }
    }

    private static bool ReadFile(string path, out string text, out AirCsvError? error)
    {
        text = "";
        error = null;
        var info = new FileInfo(path);
        if (!info.Exists)
        {
            error = new AirCsvError(path, null, null, null, IngestText.FileDoesNotExist());
            return false;
        }
        if (info.Length > MaxFileBytes)
        {
            error = new AirCsvError(path, null, null, null, IngestText.FileOver100MB(info.Length));
            return false;
        }
        try
        {
            using var reader = new StreamReader(path, new UTF8Encoding(false, throwOnInvalidBytes: true), detectEncodingFromByteOrderMarks: true);
            text = reader.ReadToEnd();
            return true;
        }
        catch (DecoderFallbackException)
        {
            error = new AirCsvError(path, null, null, null, IngestText.NotUtf8());
            return false;
        }
    }

    private static AirCsvResult<T> Fail<T>(AirCsvError e) => new([], [e]);

    /// <summary>A row's record and its key (the date's day number or the hour's ticks) for the duplicate check.</summary>
    private delegate (T Record, long Key)? RowParser<T>(Cells cells, List<AirCsvError> errors);

    private static AirCsvResult<T> Parse<T>(string text, string file, string[] columns, string keyColumn, Func<long, string> formatKey, RowParser<T> parseRow)
    {
        var errors = new List<AirCsvError>();
        // Sized once from the line count (a vectorized scan), so neither the rows nor the duplicate check regrow;
        // never beyond the row cap (a file of line breaks must not reserve room for 100 million rows).
        int lines = Math.Min(text.AsSpan().Count('\n') + 1, MonitoringLimits.MaxRows + 1);
        var rows = new List<T>(lines);
        try
        {
            using var records = CsvRecords.Parse(text).GetEnumerator();
            if (!records.MoveNext())
                return Fail<T>(new AirCsvError(file, 1, null, null, IngestText.EmptyFileExpectedHeader(string.Join(",", columns))));
            var header = records.Current;
            var map = MapHeader(file, header, columns, errors);
            if (errors.Count > 0) return new([], errors);

            // Once per file: the columns by index, one Cells reused for every row, station names interned (one string
            // and one number per station), and the duplicate check keyed by (station number, date or hour).
            var cells = new Cells(file, map, keyColumn, columns);
            var stations = new Dictionary<string, int>(StringComparer.Ordinal);
            var stationNames = new List<string>();
            var seen = new Dictionary<(int Station, long Key), int>(lines);
            var read = 0;
            while (records.MoveNext() && errors.Count < MaxErrors)
            {
                var rec = records.Current;
                if (++read > MonitoringLimits.MaxRows)
                {
                    errors.Add(new AirCsvError(file, rec.Row, null, null, IngestText.TooManyRows(MonitoringLimits.MaxRows)));
                    break;
                }
                if (rec.Fields.Count != header.Fields.Count)
                {
                    var col = Math.Min(rec.Fields.Count, header.Fields.Count) + 1;
                    errors.Add(new AirCsvError(file, rec.Row, col, col <= header.Fields.Count ? header.Fields[col - 1].Trim() : null,
                        IngestText.FieldCountDiffers(rec.Fields.Count, header.Fields.Count)));
                    continue;
                }
                var station = rec.Fields[cells.StationIndex].Trim();
                if (station.Length == 0)
                {
                    errors.Add(new AirCsvError(file, rec.Row, cells.StationIndex + 1, "station", IngestText.EmptyStation()));
                    continue;
                }
                if (!stations.TryGetValue(station, out var stationNumber))
                {
                    // Checked once per station, when first seen (a station that fails is never interned, so each of its rows fails).
                    if (MonitoringLimits.IdentifierProblem(station, "站点", "station") is { } problem)
                    {
                        errors.Add(new AirCsvError(file, rec.Row, cells.StationIndex + 1, "station", problem));
                        continue;
                    }
                    stations[station] = stationNumber = stationNames.Count;
                    stationNames.Add(station);
                }
                cells.Set(rec, stationNames[stationNumber]);
                var parsed = parseRow(cells, errors);
                if (parsed is null) continue;
                var key = (stationNumber, parsed.Value.Key);
                if (seen.TryGetValue(key, out var first))
                {
                    errors.Add(cells.KeyError(keyColumn == "date"
                        ? IngestText.DuplicateStationDate(UserText.Quote(cells.Station), formatKey(parsed.Value.Key), first)
                        : IngestText.DuplicateStationHour(UserText.Quote(cells.Station), formatKey(parsed.Value.Key), first)));
                    continue;
                }
                seen[key] = rec.Row;
                rows.Add(parsed.Value.Record);
            }
        }
        catch (CsvSyntaxException e)
        {
            errors.Add(new AirCsvError(file, e.Row, e.Column, null, e.Message));
        }
        return errors.Count > 0 ? new([], errors) : new(rows, []);
    }

    /// <summary>Canonical column name → index in the file.</summary>
    private static Dictionary<string, int> MapHeader(string file, CsvRecord header, string[] columns, List<AirCsvError> errors)
    {
        var map = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < header.Fields.Count; i++)
        {
            var name = header.Fields[i].Trim();
            var canonical = columns.FirstOrDefault(c => string.Equals(c, name, StringComparison.OrdinalIgnoreCase))
                ?? (columns.Contains("PM2.5") && string.Equals(name, "PM25", StringComparison.OrdinalIgnoreCase) ? "PM2.5" : null);
            if (canonical is null)
                errors.Add(new AirCsvError(file, 1, i + 1, name, IngestText.UnknownColumn(UserText.Quote(name), string.Join(",", columns))));
            else if (map.TryGetValue(canonical, out var earlier))
                errors.Add(new AirCsvError(file, 1, i + 1, name, IngestText.DuplicateColumnAlso(canonical, earlier + 1)));
            else
                map[canonical] = i;
        }
        foreach (var required in columns.Take(2).Where(c => !map.ContainsKey(c)))
            errors.Add(new AirCsvError(file, 1, null, required, IngestText.MissingRequiredColumn(required)));
        return map;
    }

    /// <summary>
    /// The cells of the current data row. Made once per file from the header map (canonical column → index), then
    /// pointed at each row in turn.
    /// </summary>
    private sealed class Cells
    {
        private readonly string file;
        private readonly int keyIndex;
        private readonly string keyColumn;
        // Pollutant columns present, in file order (the order their errors are reported in): file index, name, and
        // the slot in Values (the position among the columns after station and date/time).
        private readonly (int Index, string Name, int Slot)[] valueColumns;
        private CsvRecord record = null!;

        public Cells(string file, Dictionary<string, int> map, string keyColumn, string[] columns)
        {
            this.file = file;
            this.keyColumn = keyColumn;
            StationIndex = map["station"];
            keyIndex = map[keyColumn];
            valueColumns = map
                .Where(kv => kv.Key is not ("station" or "date" or "time"))
                .Select(kv => (kv.Value, kv.Key, Array.IndexOf(columns, kv.Key) - 2))
                .ToArray();
            Values = new double?[columns.Length - 2];
        }

        public int StationIndex { get; }

        public string Station { get; private set; } = "";

        public string Key => record.Fields[keyIndex];

        /// <summary>The pollutant values after <see cref="ReadValues"/>, in column order after station and date/time (null = missing or absent column).</summary>
        public double?[] Values { get; }

        public void Set(CsvRecord row, string station)
        {
            record = row;
            Station = station;
        }

        public AirCsvError KeyError(TextMessage message) => new(file, record.Row, keyIndex + 1, keyColumn, message);

        /// <summary>Reads the pollutant values into <see cref="Values"/>; false after adding errors.</summary>
        public bool ReadValues(List<AirCsvError> errors)
        {
            // Absent pollutant columns read as missing.
            Array.Clear(Values);
            var ok = true;
            foreach (var (index, name, slot) in valueColumns)
            {
                var cell = record.Fields[index].AsSpan().Trim();
                if (cell.Length == 0) continue;
                if (!double.TryParse(cell, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) || !double.IsFinite(v))
                {
                    errors.Add(new AirCsvError(file, record.Row, index + 1, name, IngestText.NotANumber(UserText.Quote(cell, cell.Length))));
                    ok = false;
                }
                else if (v < 0)
                {
                    errors.Add(new AirCsvError(file, record.Row, index + 1, name, IngestText.NegativeConcentration(UserText.Quote(cell, cell.Length))));
                    ok = false;
                }
                else Values[slot] = v;
            }
            return ok;
        }
    }
}
