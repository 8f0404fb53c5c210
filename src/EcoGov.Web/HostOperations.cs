using System.Globalization;
using System.Text.Json;
using EcoGov.Data;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Serilog;
using Serilog.Context;
using Serilog.Extensions.Hosting;
using Serilog.Formatting.Compact;

namespace EcoGov.Web;

/// <summary>
/// What an operator needs of the web host (docs/operations.md, docs/deploy/): configuration from a file named by
/// <c>ECOGOV_CONFIG</c>, structured logs (Serilog: CLEF to a daily file, readable console, the request id on every event
/// of a request), and the health endpoints <c>/health/live</c> and <c>/health/ready</c>.
/// </summary>
public static class HostOperations
{
    /// <summary>The environment variable naming an optional JSON settings file (e.g. /etc/ecogov/appsettings.json).</summary>
    public const string ConfigVariable = "ECOGOV_CONFIG";

    /// <summary>The setting for the log folder; default <c>logs/</c> in the data folder (beside the SQLite file, or data/ for PostgreSQL).</summary>
    public const string LogDirectorySetting = "EcoGov:LogDirectory";

    public const string LivePath = "/health/live", ReadyPath = "/health/ready";

    /// <summary>
    /// Adds the file named by <c>ECOGOV_CONFIG</c> (required to exist when named) above appsettings.json and below the
    /// environment variables and the command line: appsettings.json &lt; ECOGOV_CONFIG &lt; environment &lt; command line.
    /// </summary>
    public static void AddConfigurationFile(WebApplicationBuilder builder, string[] args) =>
        AddConfigurationFile(builder, args, Environment.GetEnvironmentVariable(ConfigVariable));

    /// <summary>As above with the file given (tests).</summary>
    public static void AddConfigurationFile(WebApplicationBuilder builder, string[] args, string? file)
    {
        if (string.IsNullOrWhiteSpace(file)) return;
        var path = Path.GetFullPath(file);
        if (!File.Exists(path))
            throw new FileNotFoundException($"{ConfigVariable} 指向的配置文件不存在 / the settings file named by {ConfigVariable} does not exist: {path}", path);
        builder.Configuration.AddJsonFile(path, optional: false, reloadOnChange: false);
        builder.Configuration.AddEnvironmentVariables();
        builder.Configuration.AddCommandLine(args);
    }

    /// <summary>
    /// Serilog in place of the default console provider: levels from the "Serilog" section (appsettings.json), a readable
    /// console, and CLEF (one JSON object per line) to <c>{log folder}/ecogov-YYYYMMDD.clef</c>, a file a day, 31 kept,
    /// 100 MB each at most. Serilog is one provider of the usual logging pipeline ("Logging:LogLevel" still filters), so
    /// messages keep their text and providers added later (tests) receive the same events.
    /// </summary>
    public static string AddLogging(WebApplicationBuilder builder, string dataFolder)
    {
        var folder = Path.GetFullPath(builder.Configuration[LogDirectorySetting] is { Length: > 0 } configured
            ? configured
            : Path.Combine(dataFolder, "logs"));
        var logger = new LoggerConfiguration()
            .ReadFrom.Configuration(builder.Configuration)
            .Enrich.FromLogContext()
            .WriteTo.Console(outputTemplate: "[{Timestamp:HH:mm:ss} {Level:u3}] {SourceContext}: {Message:lj} {RequestId}{NewLine}{Exception}",
                formatProvider: CultureInfo.InvariantCulture)
            .WriteTo.File(new CompactJsonFormatter(), Path.Combine(folder, "ecogov-.clef"), rollingInterval: RollingInterval.Day,
                retainedFileCountLimit: 31, fileSizeLimitBytes: 100L * 1024 * 1024, rollOnFileSizeLimit: true, shared: true)
            .CreateLogger();
        builder.Logging.ClearProviders();
        builder.Logging.AddSerilog(logger, dispose: true);
        builder.Services.AddSingleton(new DiagnosticContext(logger));
        builder.Services.AddSingleton(new RequestLog(logger));
        return folder;
    }

    /// <summary>The Serilog logger of the request-completion events.</summary>
    public sealed record RequestLog(Serilog.ILogger Logger);

    /// <summary>
    /// Every log event written while a request runs carries <c>RequestId</c> (the request's TraceIdentifier), and each
    /// request is logged once when it ends (method, path, status, time).
    /// </summary>
    public static void UseRequestLogging(this WebApplication app)
    {
        app.Use(async (context, next) =>
        {
            using (LogContext.PushProperty("RequestId", context.TraceIdentifier))
                await next(context);
        });
        var logger = app.Services.GetRequiredService<RequestLog>().Logger;
        app.UseSerilogRequestLogging(o =>
        {
            o.Logger = logger;
            o.MessageTemplate = "HTTP {RequestMethod} {RequestPath} → {StatusCode} in {Elapsed:0.0} ms";
        });
    }

    /// <summary>The database check of /health/ready, tagged "ready".</summary>
    public static void AddHealth(IServiceCollection services) =>
        services.AddHealthChecks().AddCheck<DatabaseReadyCheck>("database", tags: ["ready"]);

    /// <summary>
    /// <c>/health/live</c>: the process answers (no database); <c>/health/ready</c>: the database answers and has no
    /// pending migration, else 503. Anonymous; the body is only <c>{"status":"Healthy"}</c> (or Unhealthy) — no names,
    /// versions or errors.
    /// </summary>
    public static void MapHealth(this WebApplication app)
    {
        app.MapHealthChecks(LivePath, new HealthCheckOptions { Predicate = _ => false, ResponseWriter = WriteStatus }).AllowAnonymous();
        app.MapHealthChecks(ReadyPath, new HealthCheckOptions { Predicate = c => c.Tags.Contains("ready"), ResponseWriter = WriteStatus }).AllowAnonymous();
    }

    private static Task WriteStatus(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json; charset=utf-8";
        context.Response.Headers.CacheControl = "no-store";
        return context.Response.WriteAsync(JsonSerializer.Serialize(new { status = report.Status.ToString() }));
    }
}

/// <summary>
/// Ready when the database has been initialised by this process, answers, and every migration of this build is applied
/// (details go to the log only).
/// </summary>
public sealed class DatabaseReadyCheck(EcoGovDbContext db, DatabaseStartup startup, ILogger<DatabaseReadyCheck> log) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            // Not initialised (the database was down at start): try now; not ready until it has been done.
            if (!await startup.TryInitializeAsync(cancellationToken))
            {
                log.LogWarning("Not ready: the database {Database} is not initialised (unavailable)", EcoGovDatabase.Describe(db));
                return HealthCheckResult.Unhealthy();
            }
            if (!await db.Database.CanConnectAsync(cancellationToken))
            {
                log.LogWarning("Not ready: the database {Database} cannot be reached", EcoGovDatabase.Describe(db));
                return HealthCheckResult.Unhealthy();
            }
            var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
            if (pending.Count > 0)
            {
                log.LogWarning("Not ready: {Count} pending migrations ({Migrations}); run ./ecogov migrate", pending.Count, string.Join(", ", pending));
                return HealthCheckResult.Unhealthy();
            }
            return HealthCheckResult.Healthy();
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            log.LogWarning(e, "Not ready: the database check failed");
            return HealthCheckResult.Unhealthy();
        }
    }
}
