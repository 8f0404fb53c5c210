using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using EcoGov.Application;
using EcoGov.Application.Monitoring;
using EcoGov.Application.Operations;
using EcoGov.Application.Startup;
using EcoGov.Core.Monitoring;
using EcoGov.Core.Supervision;
using EcoGov.Data.Entities;
using EcoGov.Data.Monitoring;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace EcoGov.Data.Tests;

/// <summary>
/// <c>./ecogov backup</c> and <c>restore</c> (issue "Production", item 4): a store with seed data, zoning layers (WKB),
/// monitoring hours (local and UTC date-times), progress reports (decimals, instants, a row naming an earlier row of its
/// own table), an evidence file and a data-protection key is backed up, restored into an empty store, and backed up
/// again: every table entry is byte-for-byte the same, the files come back, and the restored store takes new rows.
/// On both engines; the PostgreSQL class also restores a SQLite backup into PostgreSQL and that into SQLite again.
/// </summary>
public abstract class BackupRestoreTests : IDisposable
{
    private readonly List<TestStore> stores = [];
    private readonly Func<TestStore> newStore;

    protected BackupRestoreTests(Func<TestStore> newStore) => this.newStore = newStore;

    protected TestStore NewStore(Func<TestStore>? make = null)
    {
        var s = (make ?? newStore)();
        stores.Add(s);
        return s;
    }

    public void Dispose()
    {
        foreach (var s in stores) s.Dispose();
        GC.SuppressFinalize(this);
    }

    internal static readonly byte[] Evidence = Encoding.UTF8.GetBytes("%PDF-1.4 整改佐证 evidence\n");
    internal static readonly string EvidenceSha = Convert.ToHexStringLower(SHA256.HashData(Evidence));
    internal const string KeyXml = "<?xml version=\"1.0\" encoding=\"utf-8\"?><key id=\"0b8f\" version=\"1\"><creationDate>2026-12-05T00:00:00Z</creationDate></key>";

    /// <summary>A store as a running platform has it: seeded, with monitoring data, two progress reports, an evidence file and a key.</summary>
    internal static async Task Populate(TestStore store)
    {
        using var db = store.Open();
        EcoGovStartup.Initialize(db, store.Paths, initialAdminPassword: "Backup-Test-1");
        var csv = Path.Combine(store.Directory, "air.csv");
        File.WriteAllText(csv, "station,time,SO2,NO2,CO,O3,PM10,PM2.5\nS1,2026-01-01 00:00,10,20,0.8,30,60,35\nS1,2026-01-01 01:00,11,21,0.9,31,61,36.5\n");
        await new MonitoringImportService(db).ImportAsync(new MonitoringImportRequest(csv, MonitoringDataKind.AirHourly, "140500"));
        var admin = db.Users.Single();
        var department = db.Departments.First();
        var first = new ProgressReportEntity
        {
            PlanId = db.Plans.First().Id,
            SubjectKind = ReportSubjectKind.Task,
            SubjectSeq = 1,
            JurisdictionCode = department.JurisdictionCode,
            Period = "2026-11",
            Version = 1,
            DepartmentId = department.Id,
            Part = ReportPart.Lead,
            Status = WorkStatus.NotStarted,
            Percent = 40,
            Text = "进展 progress\n第二行",
            InvestmentCompleted = 1.2345m,
            SubmittedById = admin.Id,
            SubmittedAtUtc = new DateTimeOffset(2026, 11, 30, 8, 15, 30, 123, TimeSpan.Zero),
            Review = ReviewState.Submitted,
        };
        db.ProgressReports.Add(first);
        db.SaveChanges();
        var second = new ProgressReportEntity
        {
            PlanId = first.PlanId,
            SubjectKind = first.SubjectKind,
            SubjectSeq = 1,
            JurisdictionCode = first.JurisdictionCode,
            Period = "2026-11",
            Version = 2,
            PreviousId = first.Id,
            DepartmentId = department.Id,
            Part = ReportPart.Lead,
            Status = WorkStatus.NotStarted,
            Text = "修订 revised",
            SubmittedById = admin.Id,
            SubmittedAtUtc = first.SubmittedAtUtc.AddHours(1),
            Review = ReviewState.Submitted,
        };
        db.ProgressReports.Add(second);
        db.SaveChanges();
        db.EvidenceFiles.Add(new EvidenceFileEntity { ReportId = second.Id, FileName = "佐证.pdf", ContentType = "application/pdf", Length = Evidence.Length, Sha256 = EvidenceSha });
        db.SaveChanges();
        var evidence = Path.Combine(EcoGovDatabase.EvidenceDirectory(db, store.Paths), EvidenceSha[..2], EvidenceSha);
        Directory.CreateDirectory(Path.GetDirectoryName(evidence)!);
        File.WriteAllBytes(evidence, Evidence);
        var keys = EcoGovDatabase.KeysDirectory(db, store.Paths);
        Directory.CreateDirectory(keys);
        File.WriteAllText(Path.Combine(keys, "key-0b8f.xml"), KeyXml);
    }

    internal static async Task<BackupResult> Backup(TestStore store, string file)
    {
        using var db = store.Open();
        return await new StoreBackupService(db, store.Paths, TimeProvider.System).BackupAsync(file);
    }

    internal static async Task<RestoreResult> Restore(TestStore store, string file)
    {
        using var db = store.Open();
        return await new StoreBackupService(db, store.Paths, TimeProvider.System).RestoreAsync(file);
    }

    /// <summary>The manifest's table entries: name → (rows, SHA-256 of the entry).</summary>
    internal static Dictionary<string, (long Rows, string Sha)> TableHashes(string file)
    {
        using var zip = ZipFile.OpenRead(file);
        using var m = zip.GetEntry("manifest.json")!.Open();
        using var doc = JsonDocument.Parse(m);
        return doc.RootElement.GetProperty("tables").EnumerateArray().ToDictionary(
            t => t.GetProperty("name").GetString()!, t => (t.GetProperty("rows").GetInt64(), t.GetProperty("sha256").GetString()!));
    }

    private string Temp(string name) => Path.Combine(stores[0].Directory, name);

    [Fact]
    public async Task A_backup_restored_into_an_empty_store_backs_up_to_the_same_tables_and_files()
    {
        var source = NewStore();
        await Populate(source);
        var first = await Backup(source, Temp("first.zip"));
        Assert.Equal(2, first.Tables.Single(t => t.Table == "progress_reports").Rows);
        Assert.Equal(2, first.Tables.Single(t => t.Table == "air_hourly_observations").Rows);
        Assert.True(first.Tables.Single(t => t.Table == "zoning_layer_features").Rows > 0);
        Assert.Equal((1, 1), (first.EvidenceFiles, first.KeyFiles));

        var target = NewStore();
        var restored = await Restore(target, Temp("first.zip"));
        Assert.Equal(first.Tables, restored.Tables);
        Assert.NotEmpty(restored.MigrationsApplied); // the empty target was migrated first

        var second = await Backup(target, Temp("second.zip"));
        Assert.Equal(TableHashes(Temp("first.zip")), TableHashes(Temp("second.zip")));
        Assert.Equal((1, 1), (second.EvidenceFiles, second.KeyFiles));

        using var a = source.Open();
        using var b = target.Open();
        Assert.Equal(Evidence, File.ReadAllBytes(Path.Combine(EcoGovDatabase.EvidenceDirectory(b, target.Paths), EvidenceSha[..2], EvidenceSha)));
        Assert.Equal(KeyXml, File.ReadAllText(Path.Combine(EcoGovDatabase.KeysDirectory(b, target.Paths), "key-0b8f.xml")));
        // Geometry (WKB), binary boundaries, dates, instants, decimals and local date-times compare equal through EF.
        Assert.Equal(a.ZoningLayerFeatures.OrderBy(f => f.Id).Select(f => f.GeometryWkb).ToList(), b.ZoningLayerFeatures.OrderBy(f => f.Id).Select(f => f.GeometryWkb).ToList());
        Assert.Equal(a.Jurisdictions.OrderBy(j => j.Code).Select(j => j.BoundaryWkb).ToList(), b.Jurisdictions.OrderBy(j => j.Code).Select(j => j.BoundaryWkb).ToList());
        Assert.Equal(a.ZoningLayerVersions.OrderBy(v => v.Id).Select(v => new { v.EffectiveFrom, v.ImportedAt }).ToList(),
            b.ZoningLayerVersions.OrderBy(v => v.Id).Select(v => new { v.EffectiveFrom, v.ImportedAt }).ToList());
        Assert.Equal(a.AirHourlyObservations.OrderBy(o => o.Id).Select(o => o.HourStartCst).ToList(), b.AirHourlyObservations.OrderBy(o => o.Id).Select(o => o.HourStartCst).ToList());
        var report = b.ProgressReports.OrderBy(r => r.Id).First();
        Assert.Equal((1.2345m, new DateTimeOffset(2026, 11, 30, 8, 15, 30, 123, TimeSpan.Zero), "进展 progress\n第二行"),
            (report.InvestmentCompleted, report.SubmittedAtUtc, report.Text));
        Assert.Equal(a.Users.Single().PasswordHash, b.Users.Single().PasswordHash);

        // Identity sequences moved past the restored keys: new rows get new ids.
        b.AuditEntries.Add(new AuditEntryEntity { AtUtc = DateTimeOffset.UtcNow, UserName = "admin", Action = "test", ObjectType = "t", ObjectId = "1" });
        b.ProgressReports.Add(new ProgressReportEntity
        {
            PlanId = report.PlanId,
            SubjectKind = report.SubjectKind,
            SubjectSeq = 2,
            JurisdictionCode = report.JurisdictionCode,
            Period = "2026-12",
            Version = 1,
            DepartmentId = report.DepartmentId,
            Text = "new",
            SubmittedById = report.SubmittedById,
            SubmittedAtUtc = DateTimeOffset.UtcNow,
        });
        b.SaveChanges();
        Assert.Equal(3, b.ProgressReports.Count());
        // The start after a restore finds the seed current and the administrator present: it changes nothing.
        var (seed, admin) = EcoGovStartup.Initialize(b, target.Paths);
        Assert.False(seed.ChangedAnything);
        Assert.Null(admin);
    }

    [Fact]
    public async Task A_restore_into_a_store_with_data_is_refused_and_writes_nothing()
    {
        var source = NewStore();
        await Populate(source);
        await Backup(source, Temp("b.zip"));
        var target = NewStore();
        using (var db = target.Open()) EcoGovStartup.Initialize(db, target.Paths); // seeded: not empty
        var before = CountRows(target);

        var e = await Assert.ThrowsAsync<ApplicationInputException>(() => Restore(target, Temp("b.zip")));
        Assert.Equal(ErrorCode.Conflict, e.Error.Code);
        Assert.Contains("不是空的", e.Message);
        Assert.Contains("not empty", e.Message);
        Assert.Equal(before, CountRows(target));
        using var check = target.Open();
        Assert.False(Directory.Exists(EcoGovDatabase.EvidenceDirectory(check, target.Paths)));
    }

    [Fact]
    public async Task A_restore_into_a_store_whose_only_content_is_a_key_file_is_refused()
    {
        var source = NewStore();
        await Populate(source);
        await Backup(source, Temp("b.zip"));
        var target = NewStore();
        using (var db = target.Open())
        {
            var keys = EcoGovDatabase.KeysDirectory(db, target.Paths);
            Directory.CreateDirectory(keys);
            File.WriteAllText(Path.Combine(keys, "key-other.xml"), "<key/>");
        }
        var e = await Assert.ThrowsAsync<ApplicationInputException>(() => Restore(target, Temp("b.zip")));
        Assert.Contains("keys", e.Message);
        Assert.DoesNotContain(CountRows(target), c => c.Value > 0);
    }

    [Fact]
    public async Task Every_table_and_column_of_the_migrated_database_is_in_the_backup()
    {
        var source = NewStore();
        using (var db = source.Open()) EcoGovDatabase.Migrate(db);
        await Backup(source, Temp("b.zip"));
        using var zip = ZipFile.OpenRead(Temp("b.zip"));
        using var m = zip.GetEntry("manifest.json")!.Open();
        using var doc = JsonDocument.Parse(m);
        var inBackup = doc.RootElement.GetProperty("tables").EnumerateArray().ToDictionary(
            t => t.GetProperty("name").GetString()!,
            t => t.GetProperty("columns").EnumerateArray().Select(c => c.GetProperty("name").GetString()!).Order(StringComparer.Ordinal).ToList());
        var inDatabase = DatabaseColumns(source);
        Assert.NotEmpty(inDatabase);
        Assert.Equal(inDatabase.Keys.Order(StringComparer.Ordinal), inBackup.Keys.Order(StringComparer.Ordinal));
        foreach (var (table, columns) in inDatabase) Assert.Equal(columns, inBackup[table]);
    }

    /// <summary>The tables and columns the database really has (its catalogue, not the EF model), EF Core's own tables and the write counter aside.</summary>
    private static Dictionary<string, List<string>> DatabaseColumns(TestStore store)
    {
        using var db = store.Open();
        db.Database.OpenConnection();
        using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = store.Provider == TestProvider.Sqlite
            ? "SELECT m.name, p.name FROM sqlite_master m JOIN pragma_table_info(m.name) p WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite_%'"
            : "SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = 'public'";
        var result = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            var table = reader.GetString(0);
            if (table.StartsWith("__EF", StringComparison.Ordinal)) continue;
            // the write counter the triggers keep (StoreGeneration) is the store's own, not data: a restore moves it on
            if (table == StoreGeneration.Table) continue;
            if (!result.TryGetValue(table, out var list)) result[table] = list = [];
            list.Add(reader.GetString(1));
        }
        foreach (var list in result.Values) list.Sort(StringComparer.Ordinal);
        return result;
    }

    internal static Dictionary<string, long> CountRows(TestStore store)
    {
        using var db = store.Open();
        db.Database.OpenConnection();
        using var command = db.Database.GetDbConnection().CreateCommand();
        var counts = new Dictionary<string, long>();
        foreach (var t in EcoGov.Data.Backup.StoreSnapshot.Tables(db))
        {
            command.CommandText = $"SELECT COUNT(*) FROM \"{t.Name}\"";
            try { counts[t.Name] = Convert.ToInt64(command.ExecuteScalar()); }
            catch (Exception e) when (e is Microsoft.Data.Sqlite.SqliteException or PostgresException) { counts[t.Name] = -1; }
        }
        return counts;
    }
}

public sealed class BackupRestoreTestsSqlite() : BackupRestoreTests(() => new TestStore());

public sealed class BackupRestoreTestsPostgreSql(PostgresServer server) : BackupRestoreTests(server.NewStore), IClassFixture<PostgresServer>
{
    /// <summary>The upgrade path: a SQLite backup restored into PostgreSQL, and PostgreSQL's backup into SQLite again.</summary>
    [Fact]
    public async Task A_sqlite_backup_restores_into_postgresql_and_back()
    {
        var sqlite = NewStore(() => new TestStore());
        await Populate(sqlite);
        var dir = sqlite.Directory;
        var fromSqlite = await Backup(sqlite, Path.Combine(dir, "sqlite.zip"));
        Assert.Equal("sqlite", fromSqlite.Provider);

        var postgres = NewStore();
        await Restore(postgres, Path.Combine(dir, "sqlite.zip"));
        var fromPostgres = await Backup(postgres, Path.Combine(dir, "postgres.zip"));
        Assert.Equal("postgresql", fromPostgres.Provider);
        Assert.Equal(fromSqlite.Tables, fromPostgres.Tables); // same rows in every table
        Assert.Equal((1, 1), (fromPostgres.EvidenceFiles, fromPostgres.KeyFiles));

        var sqliteAgain = NewStore(() => new TestStore());
        await Restore(sqliteAgain, Path.Combine(dir, "postgres.zip"));
        await Backup(sqliteAgain, Path.Combine(dir, "again.zip"));
        // Values PostgreSQL holds (microsecond instants) survive SQLite exactly.
        var (pg, again) = (TableHashes(Path.Combine(dir, "postgres.zip")), TableHashes(Path.Combine(dir, "again.zip")));
        var differing = string.Join(", ", pg.Keys.Where(t => pg[t] != again[t]));
        Assert.True(differing.Length == 0, "tables that differ: " + differing);

        using var a = sqlite.Open();
        using var b = postgres.Open();
        Assert.Equal(a.Plans.OrderBy(p => p.Id).Select(p => p.Id).ToList(), b.Plans.OrderBy(p => p.Id).Select(p => p.Id).ToList());
        Assert.Equal(a.ZoningLayerFeatures.OrderBy(f => f.Id).Select(f => f.GeometryWkb).ToList(), b.ZoningLayerFeatures.OrderBy(f => f.Id).Select(f => f.GeometryWkb).ToList());
        Assert.Equal(a.AirHourlyObservations.OrderBy(o => o.Id).Select(o => o.HourStartCst).ToList(), b.AirHourlyObservations.OrderBy(o => o.Id).Select(o => o.HourStartCst).ToList());
        Assert.Equal(1.2345m, b.ProgressReports.OrderBy(r => r.Id).First().InvestmentCompleted);
    }
}

/// <summary>Archives that are not what <c>backup</c> wrote are refused before anything is written, naming the entry.</summary>
public sealed class BackupArchiveCheckTests : IDisposable, IAsyncLifetime
{
    private readonly TestStore source = new();
    private readonly TestStore target = new();
    private readonly string good;

    public BackupArchiveCheckTests() => good = Path.Combine(source.Directory, "good.zip");

    public async Task InitializeAsync()
    {
        await BackupRestoreTests.Populate(source);
        await BackupRestoreTests.Backup(source, good);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose()
    {
        source.Dispose();
        target.Dispose();
    }

    /// <summary>A copy of the good archive with <paramref name="change"/> applied (in update mode).</summary>
    private string Altered(string name, Action<ZipArchive> change)
    {
        var path = Path.Combine(source.Directory, name);
        File.Copy(good, path);
        using (var zip = ZipFile.Open(path, ZipArchiveMode.Update)) change(zip);
        return path;
    }

    private static void Replace(ZipArchive zip, string entry, string content)
    {
        zip.GetEntry(entry)?.Delete();
        using var w = new StreamWriter(zip.CreateEntry(entry).Open(), new UTF8Encoding(false));
        w.Write(content);
    }

    private static string Manifest(ZipArchive zip)
    {
        using var r = new StreamReader(zip.GetEntry("manifest.json")!.Open());
        return r.ReadToEnd();
    }

    private async Task AssertRefused(string file, params string[] expected)
    {
        var e = await Assert.ThrowsAsync<ApplicationInputException>(() => BackupRestoreTests.Restore(target, file));
        Assert.Equal(ErrorCode.InvalidValue, e.Error.Code);
        foreach (var text in expected) Assert.Contains(text, e.Message);
        // Checked before the target is touched: not even created.
        Assert.False(File.Exists(target.DatabaseFile), "the target database was created");
    }

    [Fact]
    [Trait("Category", "Probe")]
    public async Task An_entry_with_a_path_outside_the_archive_is_refused_naming_it() =>
        await AssertRefused(Altered("traversal.zip", z => Replace(z, "../../evil.xml", "x")), "../../evil.xml");

    [Fact]
    [Trait("Category", "Probe")]
    public async Task An_absolute_or_backslash_entry_name_is_refused() =>
        await AssertRefused(Altered("abs.zip", z => Replace(z, "files\\keys\\..\\..\\x.xml", "x")), "files\\keys");

    [Fact]
    public async Task A_changed_table_entry_is_refused_by_its_hash_naming_it()
    {
        var file = Altered("tampered.zip", z =>
        {
            string text;
            using (var r = new StreamReader(z.GetEntry("tables/plans.jsonl")!.Open())) text = r.ReadToEnd();
            Replace(z, "tables/plans.jsonl", text.Replace("晋城", "晋域"));
        });
        await AssertRefused(file, "tables/plans.jsonl");
    }

    [Fact]
    public async Task A_bad_row_with_a_matching_hash_is_refused_naming_the_entry_and_line_and_nothing_is_written()
    {
        var bad = "[\"not\",\"enough\"]\n";
        var sha = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(bad)));
        var file = Altered("badrow.zip", z =>
        {
            var manifest = JsonDocument.Parse(Manifest(z)).RootElement;
            var tables = manifest.GetProperty("tables").EnumerateArray().Select(t => t.GetProperty("name").GetString() == "water_samples"
                ? Patch(t, ("rows", 1), ("bytes", bad.Length), ("sha256", sha)) : (object)t).ToList();
            var patched = JsonSerializer.Serialize(new Dictionary<string, object?>(manifest.EnumerateObject().Select(p =>
                new KeyValuePair<string, object?>(p.Name, p.Name == "tables" ? tables : p.Value))));
            Replace(z, "manifest.json", patched);
            Replace(z, "tables/water_samples.jsonl", bad);
        });
        var e = await Assert.ThrowsAsync<ApplicationInputException>(() => BackupRestoreTests.Restore(target, file));
        Assert.Contains("tables/water_samples.jsonl", e.Message);
        Assert.Contains("第 1 行", e.Message);
        // Every table before it was loaded in the same transaction, and rolled back; no file was left.
        Assert.All(BackupRestoreTests.CountRows(target), c => Assert.Equal(0, c.Value));
        using var db = target.Open();
        Assert.False(File.Exists(Path.Combine(EcoGovDatabase.EvidenceDirectory(db, target.Paths), BackupRestoreTests.EvidenceSha[..2], BackupRestoreTests.EvidenceSha)));
        Assert.False(File.Exists(Path.Combine(EcoGovDatabase.KeysDirectory(db, target.Paths), "key-0b8f.xml")));
    }

    private static Dictionary<string, object?> Patch(JsonElement o, params (string Name, object Value)[] changes)
    {
        var d = o.EnumerateObject().ToDictionary(p => p.Name, p => (object?)p.Value);
        foreach (var (name, value) in changes) d[name] = value;
        return d;
    }

    [Fact]
    public async Task An_entry_not_in_the_manifest_is_refused_naming_it() =>
        await AssertRefused(Altered("extra.zip", z => Replace(z, "files/keys/extra.xml", "<key/>")), "files/keys/extra.xml");

    [Fact]
    public async Task A_missing_manifest_an_unknown_format_version_and_a_file_that_is_not_a_zip_are_refused()
    {
        await AssertRefused(Altered("nomanifest.zip", z => z.GetEntry("manifest.json")!.Delete()), "manifest.json");
        await AssertRefused(Altered("v99.zip", z => Replace(z, "manifest.json", Manifest(z).Replace("\"formatVersion\": 1", "\"formatVersion\": 99"))), "99");
        await AssertRefused(Altered("schema.zip", z => Replace(z, "manifest.json", Manifest(z).Replace("\"schema\": \"", "\"schema\": \"Older"))), "Older");
        var notZip = Path.Combine(source.Directory, "not.zip");
        File.WriteAllText(notZip, "plain text");
        await AssertRefused(notZip, "zip");
    }

    [Fact]
    [Trait("Category", "Probe")]
    public async Task An_entry_larger_than_its_bound_is_refused_before_it_is_read()
    {
        // A key entry of 2 MiB of zeros (compresses to a few KB): over the 1 MiB bound for a key file.
        var file = Altered("big.zip", z => Replace(z, "files/keys/key-0b8f.xml", new string('\0', 2 * 1024 * 1024)));
        await AssertRefused(file, "files/keys/key-0b8f.xml");
    }
}
