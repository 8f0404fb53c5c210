using System.Collections.Concurrent;
using EcoGov.Core.Supervision;

namespace EcoGov.Application.Dashboard;

/// <summary>
/// The dashboards computed since the store last changed (one per host process): a dashboard is the same document for
/// every user who sees it the same way — same jurisdiction, day asked for, today, role, own jurisdiction and department —
/// until any write to the store, which moves <see cref="Data.StoreGeneration"/> on; an entry is served only to a
/// request that read the same generation. Requests arriving while one is being computed wait for that computation instead of repeating it; a
/// computation that fails is not kept. At most <see cref="Capacity"/> entries; past that the cache starts again.
/// </summary>
public sealed class DashboardCache
{
    public const int Capacity = 512;

    private readonly ConcurrentDictionary<(long Generation, Key Key), Lazy<Task<DashboardReport>>> entries = new();
    private long generation = -1;
    private readonly Lock gate = new();

    public readonly record struct Key(string Jurisdiction, DateOnly? AsOf, DateOnly Today, UserRole Role, string? ActorJurisdiction, int? Department);

    /// <summary>The entry for the key at the store's generation, computing it (once) when there is none.</summary>
    public async Task<DashboardReport> GetAsync(long storeGeneration, Key key, Func<Task<DashboardReport>> compute)
    {
        bool behind;
        lock (gate)
        {
            // a request that read the number before a write others have already seen computes for itself
            behind = storeGeneration < generation;
            if (!behind && (storeGeneration > generation || entries.Count >= Capacity))
            {
                entries.Clear();
                generation = storeGeneration;
            }
        }
        if (behind) return await compute();
        var slot = (storeGeneration, key);
        var entry = entries.GetOrAdd(slot, _ => new Lazy<Task<DashboardReport>>(compute, LazyThreadSafetyMode.ExecutionAndPublication));
        try
        {
            return await entry.Value;
        }
        catch
        {
            entries.TryRemove(new KeyValuePair<(long, Key), Lazy<Task<DashboardReport>>>(slot, entry));
            throw;
        }
    }
}
