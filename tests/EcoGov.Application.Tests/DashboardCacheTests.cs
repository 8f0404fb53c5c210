using EcoGov.Application.Dashboard;
using EcoGov.Core.Supervision;

namespace EcoGov.Application.Tests;

/// <summary>
/// <see cref="DashboardCache"/>: callers of one key at one generation share one computation; a newer generation computes
/// again and the old answer is never served for it; a request that read an older generation computes for itself and
/// leaves the cache alone; a failed computation is not kept.
/// </summary>
public sealed class DashboardCacheTests
{
    private static readonly DashboardCache.Key City = new("140500", null, new DateOnly(2023, 6, 30), UserRole.Leader, "140500", null);
    private static readonly DashboardCache.Key Office = City with { Role = UserRole.PlanOffice };

    private static DashboardReport Report(string name) =>
        new("140500", name, null, [], "2023-06-30", "requested", 2023, false, [], [], null, [],
            new DashboardTasks(0, 0, [], [], [], []), [], new DashboardWarnings(null, 0, 0, 0, 0, [], []), new DashboardMap("sub", [], []), []);

    [Fact]
    public async Task Concurrent_callers_share_one_computation_and_the_next_generation_computes_again()
    {
        var cache = new DashboardCache();
        var computed = 0;
        var gate = new TaskCompletionSource();
        async Task<DashboardReport> Slow()
        {
            Interlocked.Increment(ref computed);
            await gate.Task;
            return Report("first");
        }
        var callers = Enumerable.Range(0, 20).Select(_ => Task.Run(() => cache.GetAsync(7, City, Slow))).ToList();
        while (Volatile.Read(ref computed) == 0) await Task.Delay(5);
        gate.SetResult();
        var answers = await Task.WhenAll(callers);
        Assert.Equal(1, computed);
        Assert.All(answers, a => Assert.Same(answers[0], a));

        Assert.Same(answers[0], await cache.GetAsync(7, City, () => throw new InvalidOperationException("must not compute")));
        Assert.Equal("office", (await cache.GetAsync(7, Office, () => Task.FromResult(Report("office")))).JurisdictionName);
        Assert.Equal("second", (await cache.GetAsync(8, City, () => Task.FromResult(Report("second")))).JurisdictionName);
        Assert.Equal("second", (await cache.GetAsync(8, City, () => throw new InvalidOperationException("must not compute"))).JurisdictionName);
    }

    [Fact]
    public async Task A_request_behind_the_generation_computes_alone_and_a_failure_is_not_kept()
    {
        var cache = new DashboardCache();
        Assert.Equal("new", (await cache.GetAsync(9, City, () => Task.FromResult(Report("new")))).JurisdictionName);
        Assert.Equal("old", (await cache.GetAsync(8, City, () => Task.FromResult(Report("old")))).JurisdictionName);
        Assert.Equal("new", (await cache.GetAsync(9, City, () => throw new InvalidOperationException("must not compute"))).JurisdictionName);

        await Assert.ThrowsAsync<InvalidOperationException>(() => cache.GetAsync(10, City, () => throw new InvalidOperationException("store unavailable")));
        Assert.Equal("after", (await cache.GetAsync(10, City, () => Task.FromResult(Report("after")))).JurisdictionName);
    }
}
