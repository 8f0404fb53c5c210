using System.Text.Json;
using EcoGov.Data;
using EcoGov.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace EcoGov.Application.Supervision;

/// <summary>One changed field of an audit entry.</summary>
public sealed record AuditChange(string Field, string? Old, string? New);

/// <summary>One audit entry as read.</summary>
public sealed record AuditEntryView(long Id, DateTimeOffset AtUtc, string UserName, string Action, string ObjectType, string ObjectId, IReadOnlyList<AuditChange> Changes);

/// <summary>
/// 审计留痕 every change recorded — who, when, what, old → new (issue 9 item 6). <see cref="Add"/> is called by the
/// operation that changes something, before its SaveChanges, so the entry commits or rolls back with the change.
/// </summary>
public sealed class AuditTrail(EcoGovDbContext db, TimeProvider clock)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.Create(System.Text.Unicode.UnicodeRanges.All),
    };

    public void Add(Actor actor, string action, string objectType, string objectId, params AuditChange[] changes) =>
        db.AuditEntries.Add(new AuditEntryEntity
        {
            AtUtc = clock.GetUtcNow(),
            UserName = actor.UserName,
            Action = action,
            ObjectType = objectType,
            ObjectId = objectId,
            Changes = JsonSerializer.Serialize(changes, Json),
        });

    /// <summary>The entries of one object, oldest first (no permission check: the caller checked the object).</summary>
    public async Task<IReadOnlyList<AuditEntryView>> OfAsync(string objectType, IReadOnlyCollection<string> objectIds, CancellationToken ct = default)
    {
        var rows = await db.AuditEntries.AsNoTracking().Where(a => a.ObjectType == objectType && objectIds.Contains(a.ObjectId))
            .OrderBy(a => a.Id).ToListAsync(ct);
        return [.. rows.Select(View)];
    }

    /// <summary>The whole log, newest first (administrator only), optionally of one object type.</summary>
    public async Task<IReadOnlyList<AuditEntryView>> LogAsync(Actor actor, string? objectType = null, int take = 500, CancellationToken ct = default)
    {
        AccessPolicy.Demand(actor, SupervisionAction.ReadAuditLog, []);
        var q = db.AuditEntries.AsNoTracking();
        if (!RequestValues.Absent(objectType)) q = q.Where(a => a.ObjectType == objectType);
        var rows = await q.OrderByDescending(a => a.Id).Take(Math.Clamp(take, 1, 5000)).ToListAsync(ct);
        return [.. rows.Select(View)];
    }

    private static AuditEntryView View(AuditEntryEntity a) =>
        new(a.Id, a.AtUtc, a.UserName, a.Action, a.ObjectType, a.ObjectId, JsonSerializer.Deserialize<List<AuditChange>>(a.Changes, Json) ?? []);
}
