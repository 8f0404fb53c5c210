using EcoGov.Data;

namespace EcoGov.Web;

/// <summary>
/// Whether the database has been initialised (migrated, seeded, administrator created) by this process. A start with
/// the database unavailable (PostgreSQL not running yet) does not crash the host: it starts, answers 503 "database
/// unavailable" to every request but /health/live and static files, and initialises the database as soon as it answers —
/// on the next request, the next /health/ready or the retry loop (<see cref="DatabaseStartupRetry"/>), whichever comes
/// first; one attempt at a time.
/// </summary>
public sealed class DatabaseStartup(ILogger<DatabaseStartup> log)
{
    private readonly SemaphoreSlim gate = new(1, 1);
    private Func<CancellationToken, Task>? initialize;
    private volatile bool ready;

    /// <summary>True once the initialisation has completed (or there is none to run).</summary>
    public bool Ready => ready;

    /// <summary>The initialisation to run (EcoGovWebApp.InitializeDatabaseAsync), tried at once by <see cref="InitializeNowAsync"/>.</summary>
    public void Attach(Func<CancellationToken, Task> run) => initialize = run;

    /// <summary>
    /// The first attempt, at start: true when done; false (logged) when the database is unavailable, to be retried.
    /// Any other failure (a broken seed file) is thrown, as before: the start stops with its message.
    /// </summary>
    public async Task<bool> InitializeNowAsync(CancellationToken ct = default)
    {
        await gate.WaitAsync(ct);
        try { return await AttemptAsync(rethrow: true, ct); }
        finally { gate.Release(); }
    }

    /// <summary>Tries the initialisation once more unless it is done; false while the database stays unavailable.</summary>
    public async Task<bool> TryInitializeAsync(CancellationToken ct = default)
    {
        if (ready) return true;
        await gate.WaitAsync(ct);
        try { return ready || await AttemptAsync(rethrow: false, ct); }
        finally { gate.Release(); }
    }

    private async Task<bool> AttemptAsync(bool rethrow, CancellationToken ct)
    {
        if (initialize is null) return ready = true;
        try
        {
            await initialize(ct);
            if (!ready) log.LogInformation("Database initialised");
            return ready = true;
        }
        catch (Exception e) when (DatabaseUnavailableException.Is(e) || DatabaseBusyException.Is(e))
        {
            DatabaseUnavailableException.ResetConnections();
            log.LogWarning("Database unavailable ({Reason}): requests are answered 503 until it answers; retrying", e.GetBaseException().Message);
            return false;
        }
        catch (Exception e) when (!rethrow)
        {
            // e.g. a broken seed file found once the database came back: logged, still 503, retried (the host keeps running)
            log.LogError(e, "Database initialisation failed; retrying");
            return false;
        }
    }
}

/// <summary>Retries the database initialisation every <c>EcoGov:DatabaseRetrySeconds</c> (default 5 s) until it succeeds.</summary>
public sealed class DatabaseStartupRetry(DatabaseStartup startup, IConfiguration configuration) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var every = TimeSpan.FromSeconds(Math.Max(1, configuration.GetValue("EcoGov:DatabaseRetrySeconds", 5)));
        try
        {
            while (!startup.Ready && !stoppingToken.IsCancellationRequested)
            {
                await Task.Delay(every, stoppingToken);
                await startup.TryInitializeAsync(stoppingToken);
            }
        }
        catch (OperationCanceledException) { /* host stopping */ }
    }
}
