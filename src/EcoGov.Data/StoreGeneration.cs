using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace EcoGov.Data;

/// <summary>
/// 数据版本号 a number that every committed write to the store increases, whichever process makes it (the web app, a CLI
/// import, a restore) and however (EF Core's SaveChanges, ExecuteUpdate/ExecuteDelete, bulk COPY, raw SQL): a cache of
/// answers computed from the store (the dashboard's, <c>EcoGov.Application.Dashboard.DashboardCache</c>) keys its entries by
/// it, so an answer is never served after a write it does not reflect.
/// <para>
/// It is kept by database triggers, not by the code that writes, so no writer can forget it: table
/// <c>store_generation</c> (one row) and, on every table of the model except those in <see cref="Untracked"/>, a trigger
/// that adds one to it in the writing transaction — on SQLite one per row and operation (SQLite has no statement
/// triggers), on PostgreSQL one per statement. The read and the data a reader then reads are both committed data, so a
/// reader never sees the new number with the old data. <see cref="Ensure"/> creates what is missing; it runs after the
/// migrations (<see cref="EcoGovDatabase.Migrate"/> and every full initialisation), so a table a later migration adds or
/// rebuilds (SQLite rebuilds drop triggers) gets its trigger back at the next start.
/// </para>
/// </summary>
public static class StoreGeneration
{
    public const string Table = "store_generation";
    private const string Prefix = "ecogov_generation_";

    /// <summary>
    /// Tables whose writes do not bump the number: the hours (an import always writes the station days computed from
    /// them, in the same transaction, and a trigger per hour would slow the bulk import) and the users (sign-in writes
    /// counters and stamps; what a user may see is part of every cache key, not of the data).
    /// </summary>
    public static readonly IReadOnlySet<string> Untracked = new HashSet<string>(StringComparer.Ordinal) { "air_hourly_observations", "users" };

    /// <summary>The tables of the model that carry the trigger, in name order.</summary>
    public static IReadOnlyList<string> TrackedTables(EcoGovDbContext db) =>
        [.. db.Model.GetEntityTypes().Select(e => e.GetTableName()).OfType<string>().Distinct(StringComparer.Ordinal)
            .Where(t => !Untracked.Contains(t)).Order(StringComparer.Ordinal)];

    /// <summary>Creates the table and any missing trigger; does nothing (and writes nothing) when all are there.</summary>
    public static void Ensure(EcoGovDbContext db)
    {
        var tables = TrackedTables(db);
        db.Database.OpenConnection();
        try
        {
            var postgres = db.Database.IsNpgsql();
            var present = Triggers(db, postgres);
            // a SQLite table counts only with all three of its triggers
            var missing = tables.Where(t => postgres
                ? !present.Contains(Prefix + t)
                : !(present.Contains(Prefix + t) && present.Contains(Prefix + t + "_update") && present.Contains(Prefix + t + "_delete"))).ToList();
            if (missing.Count == 0) return;
            using var tx = db.Database.BeginTransaction();
            Execute(db, $"CREATE TABLE IF NOT EXISTS {Table} (id INTEGER PRIMARY KEY CHECK (id = 1), generation BIGINT NOT NULL)");
            Execute(db, $"INSERT INTO {Table} (id, generation) SELECT 1, 0 WHERE NOT EXISTS (SELECT 1 FROM {Table})");
            if (postgres)
                Execute(db, $"CREATE OR REPLACE FUNCTION {Prefix}bump() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
                            + $"UPDATE {Table} SET generation = generation + 1 WHERE id = 1; RETURN NULL; END $$");
            foreach (var table in missing)
            {
                // table names come from the EF model, never from input; quoted all the same
                if (postgres)
                    Execute(db, $"CREATE OR REPLACE TRIGGER \"{Prefix}{table}\" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON \"{table}\" "
                                + $"FOR EACH STATEMENT EXECUTE FUNCTION {Prefix}bump()");
                else
                    foreach (var (name, operation) in new[] { ("", "INSERT"), ("_update", "UPDATE"), ("_delete", "DELETE") })
                        Execute(db, $"CREATE TRIGGER IF NOT EXISTS \"{Prefix}{table}{name}\" AFTER {operation} ON \"{table}\" "
                                    + $"BEGIN UPDATE {Table} SET generation = generation + 1 WHERE id = 1; END");
            }
            tx.Commit();
        }
        finally { db.Database.CloseConnection(); }
    }

    /// <summary>The committed number now; 0 on a store whose table is not there yet.</summary>
    public static async Task<long> ReadAsync(EcoGovDbContext db, CancellationToken ct = default)
    {
        var values = await db.Database.SqlQueryRaw<long>($"SELECT generation AS \"Value\" FROM {Table} WHERE id = 1").ToListAsync(ct);
        return values.Count == 0 ? 0 : values[0];
    }

    /// <summary>The names of the generation triggers present.</summary>
    private static HashSet<string> Triggers(EcoGovDbContext db, bool postgres)
    {
        using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = postgres
            ? $"SELECT t.tgname FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid WHERE c.relnamespace = current_schema()::regnamespace "
              + $"AND EXISTS (SELECT 1 FROM pg_class g WHERE g.relname = '{Table}' AND g.relnamespace = current_schema()::regnamespace)"
            : $"SELECT name FROM sqlite_master WHERE type = 'trigger' AND EXISTS (SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '{Table}')";
        var names = new HashSet<string>(StringComparer.Ordinal);
        using var reader = command.ExecuteReader();
        while (reader.Read()) names.Add(reader.GetString(0));
        return names;
    }

    private static void Execute(EcoGovDbContext db, string sql)
    {
        using var command = db.Database.GetDbConnection().CreateCommand();
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
