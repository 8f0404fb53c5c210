using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using NpgsqlTypes;

namespace EcoGov.Data.Monitoring;

/// <summary>
/// Inserts many rows of one entity type inside the caller's transaction, without the change tracker: PostgreSQL binary
/// COPY, SQLite one prepared INSERT whose parameters are rebound per row. Tables and columns come from the EF model
/// (store-generated keys are left to the database), so the rows are exactly what <c>SaveChanges</c> would have written.
/// </summary>
internal static class BulkInsert
{
    /// <summary>How often (rows) <c>progress</c> hears of the rows written so far (and at the end, when it heard before).</summary>
    public const int ProgressStep = 50_000;

    /// <summary>Inserts <paramref name="rows"/> in the caller's transaction; <paramref name="progress"/> hears of the rows written.</summary>
    public static Task InsertAsync<T>(EcoGovDbContext db, IEnumerable<T> rows, Action<long>? progress, CancellationToken ct) where T : class
    {
        var (table, columns) = Target<T>(db);
        return db.Database.IsNpgsql() ? CopyAsync(db, table, columns, rows, progress, ct) : PreparedAsync(db, table, columns, rows, progress, ct);
    }

    /// <summary>
    /// As <see cref="InsertAsync"/>, synchronously: only for <see cref="StationDays.FillIfMissing"/>, which runs in the
    /// start-up initialisation under the initialisation lock (synchronous by design, <c>EcoGovDatabase.Initialize</c>).
    /// </summary>
    public static void Insert<T>(EcoGovDbContext db, IEnumerable<T> rows) where T : class
    {
        var (table, columns) = Target<T>(db);
        if (db.Database.IsNpgsql()) Copy(db, table, columns, rows);
        else Prepared(db, table, columns, rows);
    }

    private static (string Table, List<Column> Columns) Target<T>(EcoGovDbContext db) where T : class
    {
        if (db.Database.CurrentTransaction is null)
            throw new InvalidOperationException("BulkInsert runs inside the caller's transaction");
        var entity = db.Model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not in the model");
        var table = entity.GetTableName()!;
        var store = StoreObjectIdentifier.Table(table, entity.GetSchema());
        var columns = entity.GetProperties()
            .Where(p => p.ValueGenerated == ValueGenerated.Never || !p.IsPrimaryKey())
            .Select(p => new Column(p.GetColumnName(store)!, p.GetGetter(), p.GetRelationalTypeMapping().StoreType))
            .ToList();
        return (table, columns);
    }

    private sealed record Column(string Name, IClrPropertyGetter Getter, string StoreType);

    private static string Quote(string name) => "\"" + name.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    private static async Task CopyAsync<T>(EcoGovDbContext db, string table, List<Column> columns, IEnumerable<T> rows, Action<long>? progress, CancellationToken ct) where T : class
    {
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        var sql = $"COPY {Quote(table)} ({string.Join(", ", columns.Select(c => Quote(c.Name)))}) FROM STDIN (FORMAT BINARY)";
        await using var writer = await connection.BeginBinaryImportAsync(sql, ct);
        long n = 0;
        foreach (var row in rows)
        {
            await writer.StartRowAsync(ct);
            foreach (var c in columns)
            {
                switch (c.Getter.GetClrValue(row))
                {
                    case null: await writer.WriteNullAsync(ct); break;
                    case string s: await writer.WriteAsync(s, NpgsqlDbType.Text, ct); break;
                    case DateTime t: await writer.WriteAsync(DateTime.SpecifyKind(t, DateTimeKind.Unspecified), NpgsqlDbType.Timestamp, ct); break;
                    case DateOnly d: await writer.WriteAsync(d, NpgsqlDbType.Date, ct); break;
                    case double v: await writer.WriteAsync(v, NpgsqlDbType.Double, ct); break;
                    case int i: await writer.WriteAsync(i, NpgsqlDbType.Integer, ct); break;
                    case long l: await writer.WriteAsync(l, NpgsqlDbType.Bigint, ct); break;
                    case var other: throw new NotSupportedException($"BulkInsert: {other.GetType().Name} column {c.Name} ({c.StoreType})");
                }
            }
            if (++n % ProgressStep == 0) progress?.Invoke(n);
        }
        await writer.CompleteAsync(ct);
        if (n >= ProgressStep && n % ProgressStep != 0) progress?.Invoke(n);
    }

    private static async Task PreparedAsync<T>(EcoGovDbContext db, string table, List<Column> columns, IEnumerable<T> rows, Action<long>? progress, CancellationToken ct) where T : class
    {
        var (command, parameters) = InsertCommand(db, table, columns);
        await using var _ = command;
        await command.PrepareAsync(ct);
        long n = 0;
        foreach (var row in rows)
        {
            Bind(parameters, columns, row);
            await command.ExecuteNonQueryAsync(ct);
            if (++n % ProgressStep == 0) progress?.Invoke(n);
        }
        if (n >= ProgressStep && n % ProgressStep != 0) progress?.Invoke(n);
    }

    /// <summary>The one INSERT of a table's columns, in the caller's transaction, with a parameter per column ($p0, $p1, …).</summary>
    private static (System.Data.Common.DbCommand Command, System.Data.Common.DbParameter[] Parameters) InsertCommand(EcoGovDbContext db, string table, List<Column> columns)
    {
        var command = db.Database.GetDbConnection().CreateCommand();
        command.Transaction = db.Database.CurrentTransaction!.GetDbTransaction();
        command.CommandText = $"INSERT INTO {Quote(table)} ({string.Join(", ", columns.Select(c => Quote(c.Name)))}) " +
                              $"VALUES ({string.Join(", ", columns.Select((_, k) => "$p" + k))})";
        var parameters = columns.Select((_, k) =>
        {
            var p = command.CreateParameter();
            p.ParameterName = "$p" + k;
            command.Parameters.Add(p);
            return p;
        }).ToArray();
        return (command, parameters);
    }

    /// <summary>A row's values into the INSERT's parameters (null as DBNull).</summary>
    private static void Bind<T>(System.Data.Common.DbParameter[] parameters, List<Column> columns, T row) where T : class
    {
        for (int k = 0; k < columns.Count; k++)
            parameters[k].Value = columns[k].Getter.GetClrValue(row) ?? DBNull.Value;
    }

    private static void Copy<T>(EcoGovDbContext db, string table, List<Column> columns, IEnumerable<T> rows) where T : class
    {
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        var sql = $"COPY {Quote(table)} ({string.Join(", ", columns.Select(c => Quote(c.Name)))}) FROM STDIN (FORMAT BINARY)";
        using var writer = connection.BeginBinaryImport(sql);
        foreach (var row in rows)
        {
            writer.StartRow();
            foreach (var c in columns)
            {
                switch (c.Getter.GetClrValue(row))
                {
                    case null: writer.WriteNull(); break;
                    case string s: writer.Write(s, NpgsqlDbType.Text); break;
                    case DateTime t: writer.Write(DateTime.SpecifyKind(t, DateTimeKind.Unspecified), NpgsqlDbType.Timestamp); break;
                    case DateOnly d: writer.Write(d, NpgsqlDbType.Date); break;
                    case double v: writer.Write(v, NpgsqlDbType.Double); break;
                    case int i: writer.Write(i, NpgsqlDbType.Integer); break;
                    case long l: writer.Write(l, NpgsqlDbType.Bigint); break;
                    case var other: throw new NotSupportedException($"BulkInsert: {other.GetType().Name} column {c.Name} ({c.StoreType})");
                }
            }
        }
        writer.Complete();
    }

    private static void Prepared<T>(EcoGovDbContext db, string table, List<Column> columns, IEnumerable<T> rows) where T : class
    {
        var (command, parameters) = InsertCommand(db, table, columns);
        using var _ = command;
        command.Prepare();
        foreach (var row in rows)
        {
            Bind(parameters, columns, row);
            command.ExecuteNonQuery();
        }
    }
}
