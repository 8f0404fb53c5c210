using System.Buffers;
using System.Data;
using System.Data.Common;
using System.Globalization;
using System.Text;
using System.Text.Json;
using EcoGov.Core.Text;
using EcoGov.Data.Monitoring;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using NpgsqlTypes;

namespace EcoGov.Data.Backup;

/// <summary>One column of a table in a snapshot: its name, its value kind (<see cref="SnapshotTypes"/>) and nullability.</summary>
public sealed record SnapshotColumn(string Name, string Type, bool Nullable);

/// <summary>One table of the store as a snapshot holds it: the table's name and its columns, in the order of each row.</summary>
public sealed record SnapshotTable(string Name, IReadOnlyList<SnapshotColumn> Columns);

/// <summary>
/// The value kinds of a snapshot, independent of the database engine: how each value is written in a row (a JSON
/// array per line). Instants are UTC; dates <c>yyyy-MM-dd</c>; local date-times without an offset; decimals as text
/// (exact); binary (the WKB of geometries) as base64; JSON columns as their text; a list of values (a PostgreSQL array,
/// JSON text in SQLite) as a JSON array.
/// </summary>
public static class SnapshotTypes
{
    public const string Text = "string", Boolean = "bool", Integer = "int", Real = "double", Decimal = "decimal",
        Date = "date", Time = "time", DateTime = "datetime", Instant = "datetimeoffset", Duration = "timespan",
        Guid = "guid", Bytes = "bytes", Json = "json", Array = "array";
}

/// <summary>
/// A row of a snapshot's table that cannot be read: the table, the line (1-based) and what is wrong
/// (<see cref="Text"/>: <see cref="DataText.SnapshotRowProblem"/>; the exception's message is its bilingual line).
/// </summary>
public sealed class SnapshotFormatException(string table, long line, Message problem)
    : Exception(DataText.SnapshotRowProblem(table, line, problem).Bilingual)
{
    public string Table { get; } = table;
    public long Line { get; } = line;

    /// <summary>The table, the line and what is wrong.</summary>
    public Message Text { get; } = DataText.SnapshotRowProblem(table, line, problem);
}

/// <summary>A value of a snapshot's row that is not of its column's kind (caught and reported with its column).</summary>
internal sealed class SnapshotValueException(Message text) : FormatException(text.Bilingual)
{
    public Message Text { get; } = text;
}

/// <summary>
/// A logical, engine-independent copy of every table of the store (<c>./ecogov backup</c> / <c>restore</c>), driven by
/// the EF Core model: every table the model maps and every column of it, so that a table added later is copied without
/// a change here. Rows are written as JSON lines (one array per row, columns in <see cref="SnapshotTable.Columns"/>
/// order) to streams the caller provides; this class reads and writes the database only.
/// Reading is one read transaction (SQLite: a deferred transaction, one WAL snapshot; PostgreSQL: REPEATABLE READ, read
/// only), so the copy is consistent while the application runs. Loading is one transaction, tables in foreign-key order
/// (parents first), rows in primary-key order; PostgreSQL identity sequences are moved past the loaded keys.
/// </summary>
public static class StoreSnapshot
{
    /// <summary>Longest row line accepted when loading (a feature's WKB as base64 with its attributes).</summary>
    public const int MaxLineChars = 256 * 1024 * 1024;

    // Chinese text stays readable in the row files (JSON-escaped where JSON requires it, no \uXXXX for CJK).
    private static readonly JsonWriterOptions Writing = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private static readonly JsonSerializerOptions ListWriting = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The tables of the model, parents before children (foreign keys), then by name.</summary>
    public static IReadOnlyList<SnapshotTable> Tables(EcoGovDbContext db) =>
        [.. Model(db).Select(t => new SnapshotTable(t.Name, [.. t.Columns.Select(c => new SnapshotColumn(c.Name, c.Type, c.Nullable))]))];

    /// <summary>The tables that hold at least one row.</summary>
    public static async Task<IReadOnlyList<string>> NonEmptyTablesAsync(EcoGovDbContext db, CancellationToken ct = default)
    {
        var sql = db.GetService<ISqlGenerationHelper>();
        var found = new List<string>();
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            await using var command = db.Database.GetDbConnection().CreateCommand();
            foreach (var table in Model(db))
            {
                command.CommandText = $"SELECT 1 FROM {sql.DelimitIdentifier(table.Name)} LIMIT 1";
                if (await command.ExecuteScalarAsync(ct) is not null) found.Add(table.Name);
            }
        }
        finally { await db.Database.CloseConnectionAsync(); }
        return found;
    }

    /// <summary>
    /// Writes every table, in <see cref="Tables"/> order, to the stream <paramref name="open"/> returns for it (disposed
    /// after the table), inside one read transaction; <paramref name="whileConsistent"/> runs inside it too, after the
    /// tables (files that only grow can be listed there). Returns the row count of each table.
    /// </summary>
    public static async Task<IReadOnlyDictionary<string, long>> ReadAsync(EcoGovDbContext db, Func<SnapshotTable, Stream> open,
        Action? whileConsistent = null, CancellationToken ct = default)
    {
        var sql = db.GetService<ISqlGenerationHelper>();
        var counts = new Dictionary<string, long>(StringComparer.Ordinal);
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            var connection = db.Database.GetDbConnection();
            await using var tx = await BeginReadAsync(connection, ct);
            foreach (var table in Model(db))
            {
                await using var command = connection.CreateCommand();
                command.Transaction = tx;
                command.CommandText = $"SELECT {string.Join(", ", table.Columns.Select(c => sql.DelimitIdentifier(c.Name)))} " +
                    $"FROM {sql.DelimitIdentifier(table.Name)} ORDER BY {string.Join(", ", table.Key.Select(sql.DelimitIdentifier))}";
                command.CommandTimeout = 0;
                long rows = 0;
                using var target = open(Describe(table));
                await using var reader = await command.ExecuteReaderAsync(ct);
                var buffer = new ArrayBufferWriter<byte>(4096);
                while (await reader.ReadAsync(ct))
                {
                    buffer.ResetWrittenCount();
                    using (var json = new Utf8JsonWriter(buffer, Writing))
                    {
                        json.WriteStartArray();
                        for (var i = 0; i < table.Columns.Count; i++) WriteValue(json, reader, i, table.Columns[i]);
                        json.WriteEndArray();
                    }
                    target.Write(buffer.WrittenSpan);
                    target.WriteByte((byte)'\n');
                    rows++;
                }
                counts[table.Name] = rows;
            }
            whileConsistent?.Invoke();
            await tx.CommitAsync(ct);
        }
        finally { await db.Database.CloseConnectionAsync(); }
        return counts;
    }

    /// <summary>
    /// Loads the rows of a snapshot into this store in one transaction: <paramref name="tables"/> must be exactly this
    /// model's tables with the same columns (in any order), each read from the stream <paramref name="open"/> returns.
    /// <paramref name="beforeCommit"/> runs last inside the transaction (a failure there rolls everything back). The
    /// caller checks first that the store is empty (<see cref="NonEmptyTablesAsync"/>). Returns the rows loaded per table.
    /// </summary>
    public static async Task<IReadOnlyDictionary<string, long>> LoadAsync(EcoGovDbContext db, IReadOnlyList<SnapshotTable> tables,
        Func<SnapshotTable, Stream> open, Action? beforeCommit = null, CancellationToken ct = default)
    {
        var model = Model(db);
        var problems = Compare(model, tables);
        if (problems.Count > 0) throw new InvalidDataException(string.Join("; ", problems.Select(p => p.Bilingual)));
        var byName = tables.ToDictionary(t => t.Name, StringComparer.Ordinal);
        var sql = db.GetService<ISqlGenerationHelper>();
        var postgres = db.Database.IsNpgsql();
        var counts = new Dictionary<string, long>(StringComparer.Ordinal);
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            var connection = db.Database.GetDbConnection();
            await using var tx = await connection.BeginTransactionAsync(ct);
            if (!postgres)
            {
                // Foreign keys checked at commit (a row may name a later row of its own table).
                await using var defer = connection.CreateCommand();
                defer.Transaction = tx;
                defer.CommandText = "PRAGMA defer_foreign_keys = ON";
                await defer.ExecuteNonQueryAsync(ct);
            }
            foreach (var table in model)
            {
                var source = byName[table.Name];
                // The snapshot's column order → this model's columns.
                var columns = source.Columns.Select(c => table.Columns.Single(m => m.Name == c.Name)).ToList();
                await using var command = connection.CreateCommand();
                command.Transaction = tx;
                command.CommandTimeout = 0;
                command.CommandText = $"INSERT INTO {sql.DelimitIdentifier(table.Name)} " +
                    $"({string.Join(", ", columns.Select(c => sql.DelimitIdentifier(c.Name)))}) " +
                    $"VALUES ({string.Join(", ", columns.Select((_, i) => "@p" + i))})";
                var parameters = columns.Select((c, i) => c.Parameter(command, "@p" + i)).ToArray();
                foreach (var p in parameters) command.Parameters.Add(p);
                // PostgreSQL's hours are partitioned by year: a year's partition is created before its first row.
                var partitionKey = postgres && table.Name == HourPartitions.Table
                    ? columns.FindIndex(c => c.Name == HourPartitions.KeyColumn) : -1;
                var partitioned = new HashSet<int>();
                long line = 0, rows = 0;
                using var stream = open(source);
                using var text = new StreamReader(stream, new UTF8Encoding(false, throwOnInvalidBytes: true));
                while (ReadLine(text, table.Name, line + 1) is { } row)
                {
                    line++;
                    if (row.Length == 0) continue;
                    JsonDocument document;
                    try { document = JsonDocument.Parse(row, new JsonDocumentOptions { MaxDepth = 4 }); }
                    catch (JsonException e) { throw new SnapshotFormatException(table.Name, line, DataText.NotJsonArray(e.Message)); }
                    using (document)
                    {
                        var values = document.RootElement;
                        if (values.ValueKind != JsonValueKind.Array || values.GetArrayLength() != columns.Count)
                            throw new SnapshotFormatException(table.Name, line, DataText.ExpectedArrayOfValues(columns.Count));
                        var i = 0;
                        foreach (var value in values.EnumerateArray())
                        {
                            parameters[i].Value = columns[i].Decode(value, table.Name, line) ?? DBNull.Value;
                            i++;
                        }
                    }
                    if (partitionKey >= 0 && parameters[partitionKey].Value is DateTime hour && partitioned.Add(hour.Year))
                        await HourPartitions.EnsureAsync((NpgsqlConnection)connection, [hour.Year], ct);
                    await command.ExecuteNonQueryAsync(ct);
                    rows++;
                }
                counts[table.Name] = rows;
            }
            if (postgres) await ResetIdentitiesAsync(connection, tx, model, sql, ct);
            beforeCommit?.Invoke();
            await tx.CommitAsync(ct);
        }
        finally { await db.Database.CloseConnectionAsync(); }
        return counts;
    }

    /// <summary>
    /// How a snapshot's tables differ from this model's (missing, extra, other columns or kinds), each as its bilingual
    /// line; empty when they match.
    /// </summary>
    public static IReadOnlyList<string> Differences(EcoGovDbContext db, IReadOnlyList<SnapshotTable> tables) =>
        [.. Compare(Model(db), tables).Select(m => m.Bilingual)];

    private static List<Message> Compare(IReadOnlyList<TableInfo> model, IReadOnlyList<SnapshotTable> tables)
    {
        var problems = new List<Message>();
        var byName = new Dictionary<string, SnapshotTable>(StringComparer.Ordinal);
        foreach (var t in tables)
            if (!byName.TryAdd(t.Name, t)) problems.Add(DataText.TableTwice(t.Name));
        foreach (var t in model)
        {
            if (!byName.Remove(t.Name, out var s)) { problems.Add(DataText.TableMissing(t.Name)); continue; }
            var theirs = s.Columns.ToDictionary(c => c.Name, c => c.Type, StringComparer.Ordinal);
            if (theirs.Count != s.Columns.Count) problems.Add(DataText.DuplicateColumns(t.Name));
            foreach (var c in t.Columns)
            {
                if (!theirs.Remove(c.Name, out var type)) problems.Add(DataText.ColumnMissing(t.Name, c.Name));
                else if (type != c.Type) problems.Add(DataText.ColumnTypeDiffers(t.Name, c.Name, type, c.Type));
            }
            foreach (var extra in theirs.Keys) problems.Add(DataText.UnknownColumn(t.Name, extra));
        }
        foreach (var extra in byName.Keys) problems.Add(DataText.UnknownTable(extra));
        return problems;
    }

    private static SnapshotTable Describe(TableInfo t) =>
        new(t.Name, [.. t.Columns.Select(c => new SnapshotColumn(c.Name, c.Type, c.Nullable))]);

    private static async Task<DbTransaction> BeginReadAsync(DbConnection connection, CancellationToken ct)
    {
        if (connection is SqliteConnection sqlite)
        {
            // Deferred: a read transaction (no write lock); its snapshot is fixed at the first read. Synchronous:
            // Microsoft.Data.Sqlite has no asynchronous BEGIN DEFERRED (and its asynchronous methods complete synchronously).
            return sqlite.BeginTransaction(deferred: true);
        }
        var tx = await connection.BeginTransactionAsync(IsolationLevel.RepeatableRead, ct);
        await using var readOnly = connection.CreateCommand();
        readOnly.Transaction = tx;
        readOnly.CommandText = "SET TRANSACTION READ ONLY";
        await readOnly.ExecuteNonQueryAsync(ct);
        return tx;
    }

    private static async Task ResetIdentitiesAsync(DbConnection connection, DbTransaction tx, IReadOnlyList<TableInfo> model, ISqlGenerationHelper sql,
        CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = tx;
        foreach (var table in model)
            foreach (var c in table.Columns.Where(c => c.Identity))
            {
                // pg_get_serial_sequence: NULL (and setval NULL) for a column without a sequence.
                var name = sql.DelimitIdentifier(table.Name);
                command.CommandText = $"SELECT setval(pg_get_serial_sequence('{name}', '{c.Name}'), " +
                    $"COALESCE(MAX({sql.DelimitIdentifier(c.Name)}), 0) + 1, false) FROM {name}";
                await command.ExecuteScalarAsync(ct);
            }
    }

    private static string? ReadLine(StreamReader reader, string table, long line)
    {
        var sb = new StringBuilder();
        int c;
        while ((c = reader.Read()) >= 0)
        {
            if (c == '\n') return sb.ToString();
            if (sb.Length >= MaxLineChars) throw new SnapshotFormatException(table, line, DataText.LineTooLong());
            sb.Append((char)c);
        }
        return sb.Length == 0 ? null : sb.ToString();
    }

    private static void WriteValue(Utf8JsonWriter json, DbDataReader reader, int i, ColumnInfo column)
    {
        if (reader.IsDBNull(i)) { json.WriteNullValue(); return; }
        switch (column.Type)
        {
            case SnapshotTypes.Boolean: json.WriteBooleanValue(reader.GetBoolean(i)); break;
            case SnapshotTypes.Integer: json.WriteNumberValue(Convert.ToInt64(reader.GetValue(i), CultureInfo.InvariantCulture)); break;
            case SnapshotTypes.Real:
                var d = reader.GetDouble(i);
                if (double.IsFinite(d)) json.WriteNumberValue(d);
                else json.WriteStringValue(d.ToString("R", CultureInfo.InvariantCulture));
                break;
            case SnapshotTypes.Decimal:
                // Without trailing zeros (the value, not the engine's scale): 12.50 in PostgreSQL and "12.5" in SQLite are one value.
                json.WriteStringValue((reader.GetDecimal(i) / 1.0000000000000000000000000000m).ToString(CultureInfo.InvariantCulture));
                break;
            case SnapshotTypes.Date: json.WriteStringValue(reader.GetFieldValue<DateOnly>(i).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)); break;
            case SnapshotTypes.Time: json.WriteStringValue(reader.GetFieldValue<TimeOnly>(i).ToString("HH:mm:ss.fffffff", CultureInfo.InvariantCulture)); break;
            case SnapshotTypes.DateTime: json.WriteStringValue(reader.GetDateTime(i).ToString("yyyy-MM-ddTHH:mm:ss.fffffff", CultureInfo.InvariantCulture)); break;
            case SnapshotTypes.Instant:
                json.WriteStringValue(reader.GetFieldValue<DateTimeOffset>(i).UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss.fffffffZ", CultureInfo.InvariantCulture));
                break;
            case SnapshotTypes.Duration: json.WriteStringValue(reader.GetFieldValue<TimeSpan>(i).ToString("c", CultureInfo.InvariantCulture)); break;
            case SnapshotTypes.Guid: json.WriteStringValue(reader.GetGuid(i).ToString("D")); break;
            case SnapshotTypes.Bytes: json.WriteBase64StringValue(reader.GetFieldValue<byte[]>(i)); break;
            case SnapshotTypes.Array:
                // SQLite keeps the list as JSON text, PostgreSQL as an array: both written as the JSON array.
                var list = reader.GetValue(i);
                if (list is string text)
                {
                    using var parsed = JsonDocument.Parse(text);
                    if (parsed.RootElement.ValueKind != JsonValueKind.Array) throw new InvalidDataException($"{column.Name}: not a JSON array");
                    json.WriteRawValue(text);
                }
                else JsonSerializer.Serialize(json, list, list.GetType(), ListWriting);
                break;
            default: json.WriteStringValue(reader.GetString(i)); break;
        }
    }

    private sealed record TableInfo(string Name, IReadOnlyList<ColumnInfo> Columns, IReadOnlyList<string> Key);

    private sealed class ColumnInfo(string name, string type, bool nullable, Type clr, string storeType, RelationalTypeMapping? mapping, bool identity, bool postgres)
    {
        public string Name { get; } = name;
        public string Type { get; } = type;
        public bool Nullable { get; } = nullable;
        public bool Identity { get; } = identity;

        public DbParameter Parameter(DbCommand command, string name)
        {
            if (postgres && Type == SnapshotTypes.Json)
                return new NpgsqlParameter(name, storeType.StartsWith("jsonb", StringComparison.OrdinalIgnoreCase) ? NpgsqlDbType.Jsonb : NpgsqlDbType.Json);
            if (mapping is not null) return mapping.CreateParameter(command, name, null, Nullable);
            var p = command.CreateParameter();
            p.ParameterName = name;
            return p;
        }

        public object? Decode(JsonElement value, string table, long line)
        {
            if (value.ValueKind == JsonValueKind.Null)
                return Nullable ? null : throw Bad(table, line, DataText.MustNotBeNull());
            try
            {
                return Type switch
                {
                    SnapshotTypes.Boolean => value.GetBoolean(),
                    SnapshotTypes.Integer => System.Convert.ChangeType(value.GetInt64(), clr, CultureInfo.InvariantCulture),
                    SnapshotTypes.Real => Real(value),
                    SnapshotTypes.Decimal => decimal.Parse(Text(value), NumberStyles.Number, CultureInfo.InvariantCulture),
                    SnapshotTypes.Date => DateOnly.ParseExact(Text(value), "yyyy-MM-dd", CultureInfo.InvariantCulture),
                    SnapshotTypes.Time => TimeOnly.ParseExact(Text(value), "HH:mm:ss.fffffff", CultureInfo.InvariantCulture),
                    SnapshotTypes.DateTime => System.DateTime.SpecifyKind(
                        System.DateTime.ParseExact(Text(value), "yyyy-MM-ddTHH:mm:ss.fffffff", CultureInfo.InvariantCulture),
                        postgres && WithTimeZone ? DateTimeKind.Utc : DateTimeKind.Unspecified),
                    SnapshotTypes.Instant => DateTimeOffset.ParseExact(Text(value), "yyyy-MM-ddTHH:mm:ss.fffffffZ", CultureInfo.InvariantCulture,
                        DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal),
                    SnapshotTypes.Duration => TimeSpan.ParseExact(Text(value), "c", CultureInfo.InvariantCulture),
                    SnapshotTypes.Guid => System.Guid.ParseExact(Text(value), "D"),
                    SnapshotTypes.Bytes => value.GetBytesFromBase64(),
                    SnapshotTypes.Array => value.ValueKind != JsonValueKind.Array ? throw new SnapshotValueException(DataText.ExpectedArray())
                        : clr == typeof(string) ? value.GetRawText() : value.Deserialize(clr),
                    _ => Text(value),
                };
            }
            catch (Exception e) when (e is FormatException or InvalidOperationException or OverflowException or InvalidCastException or JsonException)
            {
                throw Bad(table, line, DataText.UnreadableValue(e is SnapshotValueException v ? v.Text : e.Message));
            }
        }

        private bool WithTimeZone => storeType.Contains("with time zone", StringComparison.OrdinalIgnoreCase) ||
                                     storeType.StartsWith("timestamptz", StringComparison.OrdinalIgnoreCase);

        private object Real(JsonElement value)
        {
            var d = value.ValueKind == JsonValueKind.String ? double.Parse(Text(value), CultureInfo.InvariantCulture) : value.GetDouble();
            return clr == typeof(float) ? (float)d : d;
        }

        private static string Text(JsonElement value) =>
            value.ValueKind == JsonValueKind.String ? value.GetString()! : throw new SnapshotValueException(DataText.ExpectedString());

        private SnapshotFormatException Bad(string table, long line, Message problem) => new(table, line, DataText.SnapshotColumnProblem(Name, problem));
    }

    private static IReadOnlyList<TableInfo> Model(EcoGovDbContext db)
    {
        var postgres = db.Database.IsNpgsql();
        var source = db.GetService<IRelationalTypeMappingSource>();
        var tables = db.Model.GetRelationalModel().Tables.ToList();
        var infos = new Dictionary<string, TableInfo>(StringComparer.Ordinal);
        foreach (var table in tables)
        {
            var columns = new List<ColumnInfo>();
            foreach (var column in table.Columns)
            {
                var property = column.PropertyMappings.FirstOrDefault()?.Property;
                var mapping = column.PropertyMappings.FirstOrDefault()?.TypeMapping;
                var json = property is null || column.GetType().Name.Contains("Json", StringComparison.Ordinal);
                var clr = System.Nullable.GetUnderlyingType(column.ProviderClrType) ?? column.ProviderClrType;
                var type = json ? SnapshotTypes.Json : property!.IsPrimitiveCollection ? SnapshotTypes.Array : KindOf(clr)
                    ?? throw new NotSupportedException($"column {table.Name}.{column.Name}: no snapshot kind for {clr.Name}");
                // A mapping with a value converter (enum → text) converts model values; the snapshot holds provider values.
                if (mapping?.Converter is not null) mapping = source.FindMapping(clr, column.StoreType);
                var identity = property is not null && property.ValueGenerated == ValueGenerated.OnAdd &&
                               type == SnapshotTypes.Integer && table.PrimaryKey?.Columns.Contains(column) == true;
                columns.Add(new ColumnInfo(column.Name, type, column.IsNullable, clr, column.StoreType, json ? null : mapping, identity, postgres));
            }
            var key = table.PrimaryKey?.Columns.Select(c => c.Name).ToList() ?? [.. columns.Select(c => c.Name)];
            infos[table.Name] = new TableInfo(table.Name, columns, key);
        }
        // Parents first: a table comes after every table its foreign keys point to (its own rows are ordered by key).
        var ordered = new List<TableInfo>();
        var done = new HashSet<string>(StringComparer.Ordinal);
        var pending = tables.OrderBy(t => t.Name, StringComparer.Ordinal).ToList();
        while (pending.Count > 0)
        {
            var ready = pending.FirstOrDefault(t => t.ForeignKeyConstraints.All(fk =>
                fk.PrincipalTable.Name == t.Name || done.Contains(fk.PrincipalTable.Name) || !infos.ContainsKey(fk.PrincipalTable.Name)))
                ?? pending[0]; // a cycle between tables: deferred foreign keys (SQLite) take the rest
            ordered.Add(infos[ready.Name]);
            done.Add(ready.Name);
            pending.Remove(ready);
        }
        return ordered;
    }

    private static string? KindOf(Type clr) =>
        clr == typeof(string) ? SnapshotTypes.Text
        : clr == typeof(bool) ? SnapshotTypes.Boolean
        : clr == typeof(long) || clr == typeof(int) || clr == typeof(short) || clr == typeof(byte) ? SnapshotTypes.Integer
        : clr == typeof(double) || clr == typeof(float) ? SnapshotTypes.Real
        : clr == typeof(decimal) ? SnapshotTypes.Decimal
        : clr == typeof(DateOnly) ? SnapshotTypes.Date
        : clr == typeof(TimeOnly) ? SnapshotTypes.Time
        : clr == typeof(DateTime) ? SnapshotTypes.DateTime
        : clr == typeof(DateTimeOffset) ? SnapshotTypes.Instant
        : clr == typeof(TimeSpan) ? SnapshotTypes.Duration
        : clr == typeof(System.Guid) ? SnapshotTypes.Guid
        : clr == typeof(byte[]) ? SnapshotTypes.Bytes
        : null;
}
