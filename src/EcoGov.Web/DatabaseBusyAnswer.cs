using System.Net;
using EcoGov.Data;

namespace EcoGov.Web;

/// <summary>
/// Faults of the database and the disk answered as such, never as an internal error (docs/reliability.md, "故障 / Faults"):
/// <list type="bullet">
/// <item>a request whose database work stayed blocked past the busy timeout (another process writing, see
/// <see cref="EcoGovDatabase.BusyTimeoutSeconds"/>): 503 + Retry-After, "数据库正被其他写入占用…";</item>
/// <item>the database unavailable — not initialised yet because it was down at start (<see cref="DatabaseStartup"/>), or
/// a connection refused or lost mid-request: 503 + Retry-After, "数据库暂时无法连接…" (pooled connections are dropped, so the
/// requests after the server is back succeed);</item>
/// <item>the disk full while a file or the database was written: 507, "磁盘空间不足…";</item>
/// <item>more requests at once than <see cref="RequestGate"/> lets work, one waiting past its queue time: 503 + Retry-After,
/// "同时处理的请求过多…" (code serverBusy).</item>
/// </list>
/// <c>/api</c> and <c>/openapi</c> get <c>application/problem+json</c> with a <c>code</c> (databaseBusy,
/// databaseUnavailable, storageFull); pages get a short HTML page with the same message. Nothing was written in each case
/// and the request can be repeated.
/// </summary>
public static class DatabaseBusyAnswer
{
    public const int RetryAfterSeconds = 30;

    public const string UnavailableTitle = "数据库暂不可用 / database unavailable";

    public static IApplicationBuilder UseDatabaseBusyAnswer(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        var startup = context.RequestServices.GetRequiredService<DatabaseStartup>();
        if (!startup.Ready && !Exempt(context) && !await startup.TryInitializeAsync(context.RequestAborted))
        {
            await Answer(context, StatusCodes.Status503ServiceUnavailable, UnavailableTitle, "databaseUnavailable",
                DatabaseUnavailableException.Create().Message);
            return;
        }
        var gate = Exempt(context) ? null : context.RequestServices.GetRequiredService<RequestGate>();
        if (gate is not null && !await gate.EnterAsync(context.RequestAborted))
        {
            Log(context).LogWarning("No request permit within {Seconds} s for {Path} ({Permits} at work): answered 503",
                gate.QueueWait.TotalSeconds, context.Request.Path, gate.Permits);
            await Answer(context, StatusCodes.Status503ServiceUnavailable, "服务器忙 / server busy", "serverBusy",
                "同时处理的请求过多，本请求未能在等待时间内开始处理；未写入任何数据，请稍后重试 (too many requests at once: this one could not start in time; nothing was written, retry later)");
            return;
        }
        try
        {
            await next(context);
        }
        catch (Exception e) when (!context.Response.HasStarted && DatabaseBusyException.Is(e))
        {
            Log(context).LogWarning(e, "Database busy for {Path}: answered 503", context.Request.Path);
            await Answer(context, StatusCodes.Status503ServiceUnavailable, "数据库忙 / database busy", "databaseBusy", DatabaseBusyException.From(e).Message);
        }
        catch (Exception e) when (!context.Response.HasStarted && DatabaseUnavailableException.Is(e))
        {
            Log(context).LogWarning("Database unavailable for {Path} ({Reason}): answered 503", context.Request.Path, e.GetBaseException().Message);
            DatabaseUnavailableException.ResetConnections();
            await Answer(context, StatusCodes.Status503ServiceUnavailable, UnavailableTitle, "databaseUnavailable", DatabaseUnavailableException.From(e).Message);
        }
        catch (Exception e) when (!context.Response.HasStarted && StorageFullException.IsDiskFull(e))
        {
            Log(context).LogError(e, "Disk full for {Path}: answered 507", context.Request.Path);
            await Answer(context, StatusCodes.Status507InsufficientStorage, "磁盘空间不足 / disk full", "storageFull", StorageFullException.From(e).Message);
        }
        finally
        {
            gate?.Leave();
        }
    });

    private static ILogger Log(HttpContext context) =>
        context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger("EcoGov.Database");

    /// <summary>Answered without the database: the health endpoints (they say themselves) and the static files.</summary>
    private static bool Exempt(HttpContext context) =>
        context.Request.Path.StartsWithSegments("/health")
        || context.Request.Path.HasValue && context.RequestServices.GetRequiredService<IWebHostEnvironment>()
            .WebRootFileProvider.GetFileInfo(context.Request.Path.Value).Exists;

    private static bool WantsProblem(HttpContext context) =>
        context.Request.Path.StartsWithSegments("/api") || context.Request.Path.StartsWithSegments("/openapi");

    private static async Task Answer(HttpContext context, int status, string title, string code, string message)
    {
        context.Response.Clear();
        context.Response.StatusCode = status;
        if (status == StatusCodes.Status503ServiceUnavailable)
            context.Response.Headers.RetryAfter = RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        context.Response.Headers.CacheControl = "no-store";
        if (WantsProblem(context))
        {
            await Results.Problem(detail: message, statusCode: status, title: title,
                extensions: new Dictionary<string, object?> { ["code"] = code }).ExecuteAsync(context);
            return;
        }
        context.Response.ContentType = "text/html; charset=utf-8";
        await context.Response.WriteAsync(
            $"""
            <!DOCTYPE html>
            <html lang="zh-CN"><head><meta charset="utf-8"><title>{WebUtility.HtmlEncode(title)} - EcoGov</title>
            <link rel="stylesheet" href="/css/site.css"></head>
            <body><main class="container"><h1>{WebUtility.HtmlEncode(title)}</h1>
            <p class="error">{WebUtility.HtmlEncode(message)}</p>
            <p>请稍后刷新本页重试 / please reload this page later.</p></main></body></html>
            """);
    }
}
