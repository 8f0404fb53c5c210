using EcoGov.Core.Plans;
using EcoGov.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace EcoGov.Data.Plans;

/// <summary>
/// 导入的规划 plans imported from a workbook rather than extracted from a seed document (docs/plan-workbook.md). An import
/// is a source document of its own, id <c>wb-</c> + the file's SHA-256 prefix, file name the uploaded file's, so every
/// record's provenance (document, section = sheet, line = row) reads "imported from this file, this sheet, this row".
/// The rows are written like the seed import writes a document (<see cref="Mapping"/>); the caller holds the
/// transaction (with its audit entry) and saves.
/// </summary>
public sealed class ImportedPlanStore(EcoGovDbContext db)
{
    /// <summary>The id prefix of the source documents that are workbook imports; the seed import leaves them alone.</summary>
    public const string DocumentPrefix = "wb-";

    public static bool IsImportDocument(string documentId) => documentId.StartsWith(DocumentPrefix, StringComparison.Ordinal);

    /// <summary>What a plan holds now (for the audit entry of a replacement): its document and its record counts.</summary>
    public sealed record PlanHolding(string DocumentId, int Indicators, int Tasks, int Projects, int AirTargets, int SectionTargets);

    public async Task<PlanHolding?> HoldingAsync(string planId, CancellationToken ct = default)
    {
        var plan = await db.Plans.AsNoTracking().Where(p => p.Id == planId).Select(p => new { p.DocumentId }).FirstOrDefaultAsync(ct);
        if (plan is null) return null;
        return new PlanHolding(plan.DocumentId,
            await db.Indicators.CountAsync(x => x.PlanId == planId, ct), await db.Tasks.CountAsync(x => x.PlanId == planId, ct),
            await db.Projects.CountAsync(x => x.PlanId == planId, ct), await db.AirTargets.CountAsync(x => x.PlanId == planId, ct),
            await db.SectionTargets.CountAsync(x => x.PlanId == planId, ct));
    }

    /// <summary>
    /// Deletes the plan row and the records a workbook carries (indicators, tasks, projects, monthly air targets, section
    /// targets), whichever document they came from; what a workbook does not carry (supervision rules, task duties and
    /// unit additions, stated totals, findings, access lists) stays with its seed document. An import document left
    /// owning no plan is deleted with it.
    /// </summary>
    public async Task DeletePlanRecordsAsync(string planId, CancellationToken ct = default)
    {
        var documents = await db.Plans.Where(p => p.Id == planId).Select(p => p.DocumentId).ToListAsync(ct);
        await db.Indicators.Where(x => x.PlanId == planId).ExecuteDeleteAsync(ct);
        await db.Tasks.Where(x => x.PlanId == planId).ExecuteDeleteAsync(ct);
        await db.Projects.Where(x => x.PlanId == planId).ExecuteDeleteAsync(ct);
        await db.AirTargets.Where(x => x.PlanId == planId).ExecuteDeleteAsync(ct);
        await db.SectionTargets.Where(x => x.PlanId == planId).ExecuteDeleteAsync(ct);
        await db.Plans.Where(x => x.Id == planId).ExecuteDeleteAsync(ct);
        foreach (var d in documents.Where(IsImportDocument))
            if (!await db.Plans.AnyAsync(p => p.DocumentId == d, ct)) await db.SourceDocuments.Where(s => s.Id == d).ExecuteDeleteAsync(ct);
    }

    /// <summary>
    /// As <see cref="DeletePlanRecordsAsync"/>, synchronously: only for the seed import (<c>SeedImporter</c>), which runs
    /// in the start-up initialisation under the initialisation lock.
    /// </summary>
    internal void DeletePlanRecords(string planId)
    {
        var documents = db.Plans.Where(p => p.Id == planId).Select(p => p.DocumentId).ToList();
        db.Indicators.Where(x => x.PlanId == planId).ExecuteDelete();
        db.Tasks.Where(x => x.PlanId == planId).ExecuteDelete();
        db.Projects.Where(x => x.PlanId == planId).ExecuteDelete();
        db.AirTargets.Where(x => x.PlanId == planId).ExecuteDelete();
        db.SectionTargets.Where(x => x.PlanId == planId).ExecuteDelete();
        db.Plans.Where(x => x.Id == planId).ExecuteDelete();
        foreach (var d in documents.Where(IsImportDocument))
            if (!db.Plans.Any(p => p.DocumentId == d)) db.SourceDocuments.Where(s => s.Id == d).ExecuteDelete();
    }

    /// <summary>Adds the plan and its records (not saved: the caller saves with its audit entry).</summary>
    public async Task AddAsync(SeedDocumentData data, CancellationToken ct = default)
    {
        var id = data.Document.Id;
        if (!IsImportDocument(id)) throw new ArgumentException("not an import document id: " + id, nameof(data));
        db.Plans.AddRange(data.Plans.Select(x => x.ToEntity(id)));
        db.Indicators.AddRange(data.Indicators.Select(x => x.ToEntity(id)));
        db.Tasks.AddRange(data.Tasks.Select(x => x.ToEntity(id)));
        db.Projects.AddRange(data.Projects.Select(x => x.ToEntity(id)));
        db.AirTargets.AddRange(data.AirTargets.Select(x => x.ToEntity(id)));
        db.SectionTargets.AddRange(data.SectionTargets.Select(x => x.ToEntity(id)));
        var existing = await db.SourceDocuments.FindAsync([id], ct);
        var doc = new SourceDocumentEntity
        {
            Id = id,
            FileName = data.Document.FileName,
            Title = data.Document.Title,
            TextSha256 = data.Document.Sha256,
            SeedFileName = "",
            SeedFileSha256 = "",
        };
        if (existing is null) db.SourceDocuments.Add(doc);
        else db.Entry(existing).CurrentValues.SetValues(doc);
    }
}
