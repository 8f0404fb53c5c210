using System.IO.Compression;
using System.Reflection;
using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.RegularExpressions;
using EcoGov.Core.Supervision;
using EcoGov.Data;
using EcoGov.Data.Backup;

namespace EcoGov.Application.Operations;

/// <summary>The manifest of a backup (<c>manifest.json</c>, the archive's last entry).</summary>
public sealed record BackupManifest(
    string Format,
    int FormatVersion,
    string AppVersion,
    string Provider,
    string Migration,
    string Schema,
    DateTimeOffset CreatedUtc,
    IReadOnlyList<BackupTable> Tables,
    IReadOnlyList<BackupFile> Files);

/// <summary>A table in a backup: its entry, row count, size and SHA-256 of the entry, and its columns.</summary>
public sealed record BackupTable(string Name, string Entry, long Rows, long Bytes, string Sha256, IReadOnlyList<SnapshotColumn> Columns);

/// <summary>A file of the store kept outside the database (an evidence file, a data-protection key) in a backup.</summary>
public sealed record BackupFile(string Entry, long Bytes, string Sha256);

/// <summary>What <c>backup</c> wrote.</summary>
public sealed record BackupResult(string File, long Bytes, string Provider, string Migration, DateTimeOffset CreatedUtc,
    IReadOnlyList<BackupTableCount> Tables, int EvidenceFiles, int KeyFiles);

/// <summary>Rows of one table written or restored.</summary>
public sealed record BackupTableCount(string Table, long Rows);

/// <summary>What <c>restore</c> loaded.</summary>
public sealed record RestoreResult(string File, string Database, string FromProvider, string Migration, DateTimeOffset CreatedUtc,
    IReadOnlyList<string> MigrationsApplied, IReadOnlyList<BackupTableCount> Tables, int EvidenceFiles, int KeyFiles);

/// <summary>Bounds a backup archive must keep to be restored (a bad or hostile file is refused before anything is written).</summary>
public static class BackupLimits
{
    public const int MaxEntries = 200_000;
    public const long ManifestBytes = 64L * 1024 * 1024;
    public const long TableBytes = 64L * 1024 * 1024 * 1024;
    public const long EvidenceBytes = ProgressReportLimits.FileBytes;
    public const long KeyBytes = 1024 * 1024;
    public const long TotalBytes = 256L * 1024 * 1024 * 1024;
}

/// <summary>
/// 备份与恢复 backup and restore of a whole store (<c>./ecogov backup --out F</c>, <c>./ecogov restore F</c>): one zip
/// with a row file per table of the model (<see cref="StoreSnapshot"/>, read in one transaction), the evidence files
/// (<see cref="EcoGovDatabase.EvidenceDirectory"/>) and the web's data-protection keys
/// (<see cref="EcoGovDatabase.KeysDirectory"/>), and a manifest (format version, application version, migration,
/// creation time, row counts, SHA-256 and size of every entry). The format does not depend on the engine: a SQLite
/// backup restores into PostgreSQL and back. Zoning layers are rows (WKB geometries), so they are in the tables.
/// Restore writes only into an empty store of the same schema, after the whole archive has been checked; one
/// transaction; a refusal leaves the target as it was.
/// </summary>
public sealed class StoreBackupService(EcoGovDbContext db, EcoGovPaths paths, TimeProvider clock)
{
    public const string Format = "ecogov-backup";
    public const int FormatVersion = 1;
    public const string ManifestEntry = "manifest.json";
    public const string OutField = "out";

    private const string TablePrefix = "tables/", EvidencePrefix = "files/evidence/", KeyPrefix = "files/keys/";
    private static readonly Regex TableEntry = new(@"^tables/[a-z0-9_]{1,63}\.jsonl$", RegexOptions.CultureInvariant);
    private static readonly Regex EvidenceEntry = new(@"^files/evidence/([0-9a-f]{2})/([0-9a-f]{64})$", RegexOptions.CultureInvariant);
    private static readonly Regex KeyEntry = new(@"^files/keys/[A-Za-z0-9][A-Za-z0-9._-]{0,127}\.xml$", RegexOptions.CultureInvariant);
    private static readonly Regex EvidenceFile = new(@"^[0-9a-f]{64}$", RegexOptions.CultureInvariant);

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.Create(System.Text.Unicode.UnicodeRanges.All),
        MaxDepth = 16,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Skip,
    };

    /// <summary>The version of this build, written into every manifest.</summary>
    public static string AppVersion { get; } =
        typeof(StoreBackupService).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0";

    private string ProviderName => db.Database.ProviderName?.Contains("Npgsql", StringComparison.Ordinal) == true ? "postgresql" : "sqlite";

    /// <summary>
    /// Writes a backup of the store to <paramref name="outFile"/> (refused if it exists; written to a temporary file beside
    /// it and renamed when complete). The store must be at the current schema (<c>./ecogov migrate</c>); nothing in it is changed.
    /// </summary>
    public async Task<BackupResult> BackupAsync(string outFile, CancellationToken ct = default)
    {
        if (RequestValues.Absent(outFile))
            throw new ApplicationInputException(ErrorCode.Required, OutField, AppText.BackupFileIsRequired());
        var target = Path.GetFullPath(outFile);
        if (File.Exists(target) || Directory.Exists(target))
            throw new ApplicationInputException(ErrorCode.Conflict, OutField, AppText.ExistsNotOverwritten(target));
        if (!Directory.Exists(Path.GetDirectoryName(target)))
            throw new ApplicationInputException(ErrorCode.InvalidValue, OutField, AppText.FolderNotFound(Path.GetDirectoryName(target)));
        if (!await EcoGovDatabase.ExistsAsync(db, ct))
            throw new ApplicationInputException(ErrorCode.NotFound, null, AppText.DatabaseNotFound(EcoGovDatabase.Describe(db)));
        var applied = await EcoGovDatabase.AppliedMigrationsAsync(db, ct);
        var known = EcoGovDatabase.KnownMigrations(db);
        if (applied.Count == 0 || !applied.SequenceEqual(known))
            throw new ApplicationInputException(ErrorCode.Conflict, null,
                AppText.StoreSchemaOutdated(EcoGovDatabase.Describe(db), applied.Count, known.Count));

        var evidenceRoot = EcoGovDatabase.EvidenceDirectory(db, paths);
        var keysRoot = EcoGovDatabase.KeysDirectory(db, paths);
        var created = clock.GetUtcNow();
        var temp = Path.Combine(Path.GetDirectoryName(target)!, $".{Path.GetFileName(target)}.{Guid.NewGuid():N}.partial");
        try
        {
            var tables = new List<BackupTable>();
            var files = new List<BackupFile>();
            // The archive holds password hashes and the sign-in keys: readable by its owner only.
            using (var zip = new ZipArchive(new FileStream(temp, PrivateFile()), ZipArchiveMode.Create))
            {
                HashingStream? current = null;
                SnapshotTable? currentTable = null;
                void Finish()
                {
                    if (current is null || currentTable is null) return;
                    tables.Add(new BackupTable(currentTable.Name, TablePrefix + currentTable.Name + ".jsonl", 0, current.Length, current.Sha256(), currentTable.Columns));
                    current = null;
                }
                var counts = await StoreSnapshot.ReadAsync(db, table =>
                {
                    Finish();
                    currentTable = table;
                    current = new HashingStream(zip.CreateEntry(TablePrefix + table.Name + ".jsonl", CompressionLevel.Optimal).Open());
                    return new CallbackStream(current, Finish);
                }, whileConsistent: () =>
                {
                    // Inside the read transaction: evidence files only ever appear (content-addressed, written before the
                    // row that names them commits), so every file a row of the snapshot names is listed here.
                    foreach (var (entry, path) in EvidenceFiles(evidenceRoot).Concat(KeyFiles(keysRoot)))
                        files.Add(AddFile(zip, entry, path));
                }, ct);
                tables = [.. tables.Select(t => t with { Rows = counts[t.Name] })];
                var manifest = new BackupManifest(Format, FormatVersion, AppVersion, ProviderName, applied[^1],
                    EcoGovDatabase.MigrationName(applied[^1]), created, tables, files);
                using var m = zip.CreateEntry(ManifestEntry, CompressionLevel.Optimal).Open();
                JsonSerializer.Serialize(m, manifest, Json);
            }
            File.Move(temp, target);
            return new BackupResult(target, new FileInfo(target).Length, ProviderName, applied[^1], created,
                [.. tables.Select(t => new BackupTableCount(t.Name, t.Rows))],
                files.Count(f => f.Entry.StartsWith(EvidencePrefix, StringComparison.Ordinal)),
                files.Count(f => f.Entry.StartsWith(KeyPrefix, StringComparison.Ordinal)));
        }
        finally
        {
            if (File.Exists(temp)) File.Delete(temp);
        }
    }

    /// <summary>
    /// Restores a backup into this store: checks the whole archive first (entries, sizes, names, manifest, SHA-256 of every
    /// entry, schema), migrates the store (a new database is created), refuses unless every table, the evidence folder and
    /// the key folder are empty, then loads all rows in one transaction and writes the files. Refusals change nothing.
    /// </summary>
    public async Task<RestoreResult> RestoreAsync(string file, CancellationToken ct = default)
    {
        var source = Path.GetFullPath(file);
        if (!File.Exists(source)) throw Bad(AppText.BackupFileNotFound(source));
        ZipArchive zip;
        try { zip = ZipFile.OpenRead(source); }
        catch (InvalidDataException) { throw Bad(AppText.NotZipArchive(source)); }
        using (zip)
        {
            var manifest = Check(zip, source);
            var migrated = EcoGovDatabase.Migrate(db);
            using var guard = DatabaseInitializationLock.Acquire(db);
            var evidenceRoot = EcoGovDatabase.EvidenceDirectory(db, paths);
            var keysRoot = EcoGovDatabase.KeysDirectory(db, paths);
            var occupied = (await StoreSnapshot.NonEmptyTablesAsync(db, ct)).ToList();
            if (EvidenceFiles(evidenceRoot).Any()) occupied.Add(evidenceRoot);
            if (KeyFiles(keysRoot).Any()) occupied.Add(keysRoot);
            if (occupied.Count > 0)
                throw new ApplicationInputException(ErrorCode.Conflict, null,
                    AppText.RestoreTargetNotEmpty(EcoGovDatabase.Describe(db), string.Join("、", occupied.Take(8)), (occupied.Count > 8 ? " …" : "")));

            var written = new List<string>();
            var byName = manifest.Tables.ToDictionary(t => t.Name, StringComparer.Ordinal);
            IReadOnlyDictionary<string, long> counts;
            try
            {
                counts = await StoreSnapshot.LoadAsync(db, [.. manifest.Tables.Select(t => new SnapshotTable(t.Name, t.Columns))],
                    table => zip.GetEntry(byName[table.Name].Entry)!.Open(),
                    beforeCommit: () =>
                    {
                        foreach (var f in manifest.Files)
                        {
                            var path = f.Entry.StartsWith(EvidencePrefix, StringComparison.Ordinal)
                                ? Path.Combine(evidenceRoot, f.Entry[EvidencePrefix.Length..].Replace('/', Path.DirectorySeparatorChar))
                                : Path.Combine(keysRoot, f.Entry[KeyPrefix.Length..]);
                            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                            using (var from = zip.GetEntry(f.Entry)!.Open())
                            using (var to = new FileStream(path, PrivateFile()))
                            {
                                written.Add(path);
                                from.CopyTo(to);
                            }
                        }
                    }, ct);
            }
            catch (Exception e)
            {
                foreach (var path in written) File.Delete(path);
                if (e is SnapshotFormatException s)
                    throw Bad(AppText.BackupEntryUnreadable(byName[s.Table].Entry, s.Message));
                throw;
            }
            foreach (var (table, rows) in counts)
                if (rows != byName[table].Rows)
                    throw new InvalidOperationException($"{table}: {rows} rows loaded, manifest says {byName[table].Rows}");
            return new RestoreResult(source, EcoGovDatabase.Describe(db), manifest.Provider, manifest.Migration, manifest.CreatedUtc,
                migrated.Applied, [.. manifest.Tables.Select(t => new BackupTableCount(t.Name, counts[t.Name]))],
                manifest.Files.Count(f => f.Entry.StartsWith(EvidencePrefix, StringComparison.Ordinal)),
                manifest.Files.Count(f => f.Entry.StartsWith(KeyPrefix, StringComparison.Ordinal)));
        }
    }

    /// <summary>
    /// Everything that can be checked without the target: entry names, count and sizes, the manifest, the SHA-256 and
    /// length of every entry, and that the tables and schema are this build's.
    /// </summary>
    private BackupManifest Check(ZipArchive zip, string source)
    {
        if (zip.Entries.Count > BackupLimits.MaxEntries)
            throw Bad(AppText.TooManyEntries(zip.Entries.Count, BackupLimits.MaxEntries));
        var names = new HashSet<string>(StringComparer.Ordinal);
        long total = 0;
        foreach (var entry in zip.Entries)
        {
            var name = entry.FullName;
            var limit = name == ManifestEntry ? BackupLimits.ManifestBytes
                : TableEntry.IsMatch(name) ? BackupLimits.TableBytes
                : EvidenceEntry.IsMatch(name) ? BackupLimits.EvidenceBytes
                : KeyEntry.IsMatch(name) ? BackupLimits.KeyBytes
                : throw Bad(AppText.UnexpectedEntryName(Core.Text.UserText.Quote(name)));
            if (!names.Add(name)) throw Bad(AppText.EntryTwice(name));
            if (entry.Length > limit) throw Bad(AppText.EntryTooLarge(name, entry.Length, limit));
            total += entry.Length;
            if (total > BackupLimits.TotalBytes) throw Bad(AppText.ArchiveTooLarge(BackupLimits.TotalBytes));
        }
        var manifestEntry = zip.GetEntry(ManifestEntry) ?? throw Bad(AppText.ManifestMissing(ManifestEntry, source));
        BackupManifest manifest;
        try
        {
            using var m = new BoundedStream(manifestEntry.Open(), BackupLimits.ManifestBytes, ManifestEntry);
            manifest = JsonSerializer.Deserialize<BackupManifest>(m, Json) ?? throw new JsonException("null");
        }
        catch (JsonException e) { throw Bad(AppText.UnreadableManifest(ManifestEntry, e.Message)); }
        if (manifest.Format != Format || manifest.Tables is null || manifest.Files is null)
            throw Bad(AppText.NotEcoGovBackupManifest(ManifestEntry));
        if (manifest.FormatVersion != FormatVersion)
            throw Bad(AppText.UnsupportedFormatVersion(ManifestEntry, manifest.FormatVersion, FormatVersion));
        var schema = EcoGovDatabase.MigrationName(EcoGovDatabase.KnownMigrations(db)[^1]);
        if (manifest.Schema != schema)
            throw Bad(AppText.BackupSchemaDiffersFromThisBuild(manifest.Schema, manifest.AppVersion, schema));
        var differences = StoreSnapshot.Differences(db, [.. manifest.Tables.Select(t => new SnapshotTable(t.Name, t.Columns ?? []))]);
        if (differences.Count > 0)
            throw Bad(AppText.TablesDiffer(ManifestEntry, string.Join("; ", differences.Take(5))));

        var listed = new Dictionary<string, (long Bytes, string Sha256)>(StringComparer.Ordinal);
        foreach (var t in manifest.Tables)
        {
            if (t.Entry != TablePrefix + t.Name + ".jsonl") throw Bad(AppText.WrongEntryForTable(ManifestEntry, t.Name));
            listed[t.Entry] = (t.Bytes, t.Sha256);
        }
        foreach (var f in manifest.Files)
        {
            var evidence = EvidenceEntry.Match(f.Entry ?? "");
            if (!(evidence.Success && f.Entry!.Substring(EvidencePrefix.Length, 2) == evidence.Groups[2].Value[..2]) && !KeyEntry.IsMatch(f.Entry ?? ""))
                throw Bad(AppText.UnsafeFileEntry(ManifestEntry, Core.Text.UserText.Quote(f.Entry ?? "")));
            if (evidence.Success && f.Sha256 != evidence.Groups[2].Value)
                throw Bad(AppText.EvidenceNameAndHashDiffer(f.Entry));
            if (!listed.TryAdd(f.Entry!, (f.Bytes, f.Sha256 ?? ""))) throw Bad(AppText.ListedTwice(f.Entry));
        }
        foreach (var name in names.Where(n => n != ManifestEntry && !listed.ContainsKey(n)))
            throw Bad(AppText.EntryNotInManifest(name));
        foreach (var (name, (bytes, sha)) in listed)
        {
            var entry = zip.GetEntry(name) ?? throw Bad(AppText.EntryMissing(name));
            if (entry.Length != bytes) throw Bad(AppText.SizeDiffersFromManifest(name, entry.Length, bytes));
            string actual;
            try
            {
                using var s = new BoundedStream(entry.Open(), bytes, name);
                actual = Convert.ToHexStringLower(SHA256.HashData(s));
            }
            catch (InvalidDataException e) { throw Bad(AppText.Damaged(name, e.Message)); }
            if (actual != sha) throw Bad(AppText.SHADiffersFromManifest(name));
        }
        return manifest;
    }

    /// <summary>A new file (never an existing one), mode 600 on Unix.</summary>
    private static FileStreamOptions PrivateFile()
    {
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows()) options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        return options;
    }

    private static ApplicationInputException Bad(AppMessage message) => new(ErrorCode.InvalidValue, null, message);

    private static IEnumerable<(string Entry, string Path)> EvidenceFiles(string root)
    {
        if (!Directory.Exists(root)) yield break;
        foreach (var dir in Directory.EnumerateDirectories(root).Order(StringComparer.Ordinal))
        {
            var prefix = Path.GetFileName(dir);
            foreach (var f in Directory.EnumerateFiles(dir).Order(StringComparer.Ordinal))
            {
                var name = Path.GetFileName(f);
                if (EvidenceFile.IsMatch(name) && name[..2] == prefix) yield return (EvidencePrefix + prefix + "/" + name, f);
            }
        }
    }

    private static IEnumerable<(string Entry, string Path)> KeyFiles(string root)
    {
        if (!Directory.Exists(root)) yield break;
        foreach (var f in Directory.EnumerateFiles(root, "*.xml").Order(StringComparer.Ordinal))
            if (KeyEntry.IsMatch(KeyPrefix + Path.GetFileName(f))) yield return (KeyPrefix + Path.GetFileName(f), f);
    }

    private static BackupFile AddFile(ZipArchive zip, string entry, string path)
    {
        using var to = new HashingStream(zip.CreateEntry(entry, CompressionLevel.Optimal).Open());
        using (var from = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read)) from.CopyTo(to);
        return new BackupFile(entry, to.Length, to.Sha256());
    }

    /// <summary>A write-only stream that counts and hashes what passes through to the inner stream.</summary>
    private sealed class HashingStream(Stream inner) : Stream
    {
        private readonly IncrementalHash hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        private string? digest;
        private long length;
        public override long Length => length;
        public string Sha256() => digest ??= Convert.ToHexStringLower(hash.GetHashAndReset());
        public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));
        public override void Write(ReadOnlySpan<byte> buffer)
        {
            hash.AppendData(buffer);
            length += buffer.Length;
            inner.Write(buffer);
        }
        public override void WriteByte(byte value) => Write([value]);
        public override void Flush() => inner.Flush();
        public override bool CanRead => false;
        public override bool CanSeek => false;
        public override bool CanWrite => true;
        public override long Position { get => length; set => throw new NotSupportedException(); }
        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        protected override void Dispose(bool disposing)
        {
            if (disposing) { Sha256(); inner.Dispose(); hash.Dispose(); }
            base.Dispose(disposing);
        }
    }

    /// <summary>Passes writes on and calls back when disposed (the snapshot closes each table's stream after its rows).</summary>
    private sealed class CallbackStream(HashingStream inner, Action disposed) : Stream
    {
        public override void Write(byte[] buffer, int offset, int count) => inner.Write(buffer, offset, count);
        public override void Write(ReadOnlySpan<byte> buffer) => inner.Write(buffer);
        public override void WriteByte(byte value) => inner.WriteByte(value);
        public override void Flush() => inner.Flush();
        public override bool CanRead => false;
        public override bool CanSeek => false;
        public override bool CanWrite => true;
        public override long Length => inner.Length;
        public override long Position { get => inner.Length; set => throw new NotSupportedException(); }
        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                inner.Dispose();
                disposed();
            }
            base.Dispose(disposing);
        }
    }

    /// <summary>A read-only stream that refuses to yield more than <c>max</c> bytes (an entry longer than it claims).</summary>
    private sealed class BoundedStream(Stream inner, long max, string entry) : Stream
    {
        private long read;
        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));
        public override int Read(Span<byte> buffer)
        {
            var n = inner.Read(buffer);
            read += n;
            if (read > max) throw new InvalidDataException(AppText.EntryLongerThanDeclared(entry).Bilingual);
            return n;
        }
        public override void Flush() { }
        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => read; set => throw new NotSupportedException(); }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        protected override void Dispose(bool disposing)
        {
            if (disposing) inner.Dispose();
            base.Dispose(disposing);
        }
    }
}
