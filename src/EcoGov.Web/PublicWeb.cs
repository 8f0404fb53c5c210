using System.Globalization;
using System.Text.Json;
using System.Threading.RateLimiting;
using EcoGov.Application;
using EcoGov.Application.Public;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.RateLimiting;

namespace EcoGov.Web;

/// <summary>
/// 公众选址预判 (issue 13): the anonymous /public page and GET /api/public/precheck, both behind the named rate-limiter
/// policy <see cref="RateLimitPolicy"/> — a fixed window per client address (the address <c>UseForwardedHeaders</c> gives,
/// so a trusted proxy's X-Forwarded-For counts). Settings <c>EcoGov:PublicRateLimit:PermitLimit</c> (default 30) and
/// <c>EcoGov:PublicRateLimit:WindowSeconds</c> (default 60). A refused request is answered 429 with Retry-After: a page in
/// Chinese, or problem+json for /api. Everything else of the site stays behind sign-in (the fallback folder convention and
/// <c>RequireAuthorization</c> on every other /api group).
/// </summary>
public static class PublicWeb
{
    public const string RateLimitPolicy = "public";
    public const string PermitSetting = "EcoGov:PublicRateLimit:PermitLimit", WindowSetting = "EcoGov:PublicRateLimit:WindowSeconds";
    public const int DefaultPermits = 30, DefaultWindowSeconds = 60;

    /// <summary>The rate limit as configured.</summary>
    public sealed record PublicRateLimit(int PermitLimit, int WindowSeconds);

    public static void AddPublicPrecheck(this WebApplicationBuilder builder)
    {
        var limit = new PublicRateLimit(
            builder.Configuration.GetValue(PermitSetting, DefaultPermits),
            builder.Configuration.GetValue(WindowSetting, DefaultWindowSeconds));
        if (limit.PermitLimit < 1 || limit.WindowSeconds < 1)
            throw new InvalidOperationException(
                "配置 EcoGov:PublicRateLimit 的 PermitLimit 与 WindowSeconds 必须是正整数 / EcoGov:PublicRateLimit settings PermitLimit and WindowSeconds must be positive");
        builder.Services.AddSingleton(limit);
        builder.Services.AddRateLimiter(o => o.AddPolicy(RateLimitPolicy, ctx =>
            RateLimitPartition.GetFixedWindowLimiter(ctx.Connection.RemoteIpAddress?.ToString() ?? "", _ => new FixedWindowRateLimiterOptions
            {
                PermitLimit = limit.PermitLimit,
                Window = TimeSpan.FromSeconds(limit.WindowSeconds),
                QueueLimit = 0,
            })));
    }

    /// <summary>True when the rejected request was one of the public policy's (the limiter's OnRejected is shared with sign-in).</summary>
    public static bool IsPublic(HttpContext context) =>
        context.GetEndpoint()?.Metadata.GetMetadata<EnableRateLimitingAttribute>()?.PolicyName == RateLimitPolicy;

    /// <summary>The 429 answer of the public policy: Retry-After, then problem+json for /api or a page in Chinese.</summary>
    public static async Task Reject(OnRejectedContext ctx, CancellationToken ct)
    {
        var http = ctx.HttpContext;
        var limit = http.RequestServices.GetRequiredService<PublicRateLimit>();
        http.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger("EcoGov.Public")
            .LogWarning("Public pre-check requests from {Address} over the limit of {Permits} in {Seconds} s: answered 429",
                http.Connection.RemoteIpAddress, limit.PermitLimit, limit.WindowSeconds);
        var retry = ctx.Lease.TryGetMetadata(MetadataName.RetryAfter, out var after) ? after : TimeSpan.FromSeconds(limit.WindowSeconds);
        var seconds = Math.Max(1, (int)Math.Ceiling(retry.TotalSeconds));
        http.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        http.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        var message = $"查询过于频繁：每个网络地址每 {limit.WindowSeconds} 秒最多 {limit.PermitLimit} 次，请 {seconds} 秒后再试。";
        if (http.Request.Path.StartsWithSegments("/api"))
        {
            http.Response.ContentType = "application/problem+json; charset=utf-8";
            await http.Response.WriteAsync(JsonSerializer.Serialize(new Dictionary<string, object>
            {
                ["type"] = "https://tools.ietf.org/html/rfc6585#section-4",
                ["title"] = "请求过于频繁 / too many requests",
                ["status"] = StatusCodes.Status429TooManyRequests,
                ["detail"] = message + $" / too many requests; try again in {seconds} s",
                ["retryAfter"] = seconds,
            }, new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }), ct);
            return;
        }
        http.Response.ContentType = "text/html; charset=utf-8";
        await http.Response.WriteAsync(TooManyRequestsPage(message), ct);
    }

    /// <summary>The 429 page: in Chinese, styled by the site's stylesheet, no inline code.</summary>
    public static string TooManyRequestsPage(string message) => $"""
        <!DOCTYPE html>
        <html lang="zh-CN"><head><meta charset="utf-8" /><title>查询过于频繁 · EcoGov</title><link rel="stylesheet" href="/css/site.css" /></head>
        <body><main><div class="card login" role="alert">
        <h1>查询过于频繁</h1>
        <p>{System.Net.WebUtility.HtmlEncode(message)}</p>
        <p class="src">Too many requests from your address; please wait and try again.</p>
        <p><a href="/public">返回选址预判 Back to the pre-check</a></p>
        </div></main></body></html>
        """;

    /// <summary>GET /api/public/precheck: anonymous, rate-limited; the same answer as the /public page.</summary>
    public static void MapPublicApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/public").AllowAnonymous().RequireRateLimiting(RateLimitPolicy)
            .WithApplicationProblems().WithTags("Public");
        api.MapGet("/precheck", PublicPrecheck).WithName(nameof(PublicPrecheck))
            .ProducesApplicationProblems()
            .Produces(StatusCodes.Status429TooManyRequests, contentType: "application/problem+json");
    }

    /// <summary>GET /api/public/precheck?location=lon,lat&amp;industry=code: <see cref="PublicPrecheckResult"/>.</summary>
    public static async Task<Ok<PublicPrecheckResult>> PublicPrecheck(string? location, string? industry, PublicPrecheckService service, CancellationToken ct) =>
        TypedResults.Ok(await service.PrecheckAsync(new PublicPrecheckRequest(location, industry), ct));
}
