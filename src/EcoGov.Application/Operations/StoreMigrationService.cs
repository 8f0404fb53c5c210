using EcoGov.Data;

namespace EcoGov.Application.Operations;

/// <summary>What `migrate` did: the database (as <see cref="StoreMigrationService.Describe"/> names it), the migrations applied, the current one, and whether a stale migration lock was cleared.</summary>
public sealed record StoreMigrationResult(string Database, IReadOnlyList<string> Applied, string? Current, bool StaleMigrationLockCleared);

/// <summary>
/// `migrate`: the initialisation lock and the pending migrations of start-up (<see cref="EcoGovDatabase.Migrate"/>), no seed
/// and no user, on a store opened uninitialised by the host (as <see cref="StoreBackupService"/>'s backup and restore are).
/// </summary>
public static class StoreMigrationService
{
    public static StoreMigrationResult Migrate(EcoGovDbContext db)
    {
        var report = EcoGovDatabase.Migrate(db);
        return new StoreMigrationResult(Describe(db), report.Applied, report.Current.Count > 0 ? report.Current[^1] : null, report.StaleMigrationLockCleared);
    }

    /// <summary>A display name for the database in messages: the SQLite file, or host:port/database for PostgreSQL.</summary>
    public static string Describe(EcoGovDbContext db) => EcoGovDatabase.Describe(db);
}
