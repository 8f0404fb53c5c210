namespace EcoGov.Web;

/// <summary>
/// 并发上限 at most <see cref="Permits"/> requests are worked on at once; the others wait their turn (up to
/// <see cref="QueueWait"/>, then 503 "服务器忙" + Retry-After). On two cores a few requests at a time finish sooner than
/// two hundred sharing the CPU and a hundred database connections (bench/RESULTS.md, load 2026-12-06): the gate keeps
/// the working set below the connection pool. The health endpoints and static files pass without a permit.
/// Settings: <c>EcoGov:MaxConcurrentRequests</c> (default 4 per processor), <c>EcoGov:RequestQueueSeconds</c> (default 30).
/// </summary>
public sealed class RequestGate(int permits, TimeSpan queueWait) : IDisposable
{
    public const string PermitsSetting = "EcoGov:MaxConcurrentRequests", QueueSetting = "EcoGov:RequestQueueSeconds";

    private readonly SemaphoreSlim permits = new(permits, permits);

    public int Permits { get; } = permits;
    public TimeSpan QueueWait { get; } = queueWait;

    public static RequestGate FromConfiguration(IConfiguration configuration) => new(
        Math.Max(1, configuration.GetValue(PermitsSetting, 4 * Environment.ProcessorCount)),
        TimeSpan.FromSeconds(Math.Max(0, configuration.GetValue(QueueSetting, 30))));

    /// <summary>Waits for a permit; false when none came within the queue wait (the request is answered busy).</summary>
    public Task<bool> EnterAsync(CancellationToken ct) => permits.WaitAsync(QueueWait, ct);

    public void Leave() => permits.Release();

    public void Dispose() => permits.Dispose();
}
