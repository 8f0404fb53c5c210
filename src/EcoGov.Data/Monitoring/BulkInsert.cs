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

    public static void Insert<T>(EcoGovDbContext db, IEnumerable<T> rows, Action<long>? progress = null) where T : class
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
        if (db.Database.IsNpgsql()) Copy(db, table, columns, rows, progress);
        else Prepared(db, table, columns, rows, progress);
    }

    private sealed record Column(string Name, IClrPropertyGetter Getter, string StoreType);

    private static string Quote(string name) => "\"" + name.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    private static void Copy<T>(EcoGovDbContext db, string table, List<Column> columns, IEnumerable<T> rows, Action<long>? progress) where T : class
    {
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        var sql = $"COPY {Quote(table)} ({string.Join(", ", columns.Select(c => Quote(c.Name)))}) FROM STDIN (FORMAT BINARY)";
        using var writer = connection.BeginBinaryImport(sql);
        long n = 0;
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
            if (++n % ProgressStep == 0) progress?.Invoke(n);
        }
        writer.Complete();
        if (n >= ProgressStep && n % ProgressStep != 0) progress?.Invoke(n);
    }

    private static void Prepared<T>(EcoGovDbContext db, string table, List<Column> columns, IEnumerable<T> rows, Action<long>? progress) where T : class
    {
        var connection = db.Database.GetDbConnection();
        using var command = connection.CreateCommand();
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
        command.Prepare();
        long n = 0;
        foreach (var row in rows)
        {
            for (int k = 0; k < columns.Count; k++)
                parameters[k].Value = columns[k].Getter.GetClrValue(row) ?? DBNull.Value;
            command.ExecuteNonQuery();
            if (++n % ProgressStep == 0) progress?.Invoke(n);
        }
        if (n >= ProgressStep && n % ProgressStep != 0) progress?.Invoke(n);
    }
}
