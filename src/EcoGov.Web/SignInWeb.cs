using System.Globalization;
using System.Security.Claims;
using System.Threading.RateLimiting;
using EcoGov.Application.Users;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace EcoGov.Web;

/// <summary>
/// 登录与会话 sign-in throttling and server-side sessions in the web app: the per-address limit on POST /Login, the sign-in
/// cookie (absolute 8-hour lifetime, checked against the user row on every request) and its claims.
/// </summary>
public static class SignInWeb
{
    /// <summary>The rate-limiter policy on the login page: only its POST is limited.</summary>
    public const string SignInRateLimit = "sign-in";

    public const string SecurityStampClaim = "security_stamp";
    public const string AdministratorPolicy = "administrator";

    /// <summary>
    /// An absolute lifetime: a cookie is good for 8 hours from sign-in, a working day, and is not renewed by use
    /// (SlidingExpiration = false). A stolen or forgotten cookie therefore dies at a known time, at the cost of
    /// signing in again after 8 hours; sign-out, disabling and a changed stamp end it sooner (the per-request check).
    /// </summary>
    public static readonly TimeSpan CookieLifetime = TimeSpan.FromHours(8);

    public static void AddSignIn(this WebApplicationBuilder builder)
    {
        var policy = builder.Configuration.GetSection("EcoGov:SignIn").Get<SignInPolicy>() ?? new SignInPolicy();
        if (policy.MaxFailures < 1 || policy.LockoutMinutes < 1 || policy.AddressPermitsPerMinute < 1 || policy.MaxTrackedUnknownNames < 1)
            throw new InvalidOperationException(
                "配置 EcoGov:SignIn 的 MaxFailures、LockoutMinutes、AddressPermitsPerMinute、MaxTrackedUnknownNames 必须是正整数 / " +
                "EcoGov:SignIn settings MaxFailures, LockoutMinutes, AddressPermitsPerMinute and MaxTrackedUnknownNames must be positive");
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddSingleton(policy);
        builder.Services.AddSingleton<UnknownUserFailures>();
        builder.Services.AddScoped<SignInService>();

        builder.Services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme)
            .AddCookie(o =>
            {
                o.LoginPath = "/Login";
                o.LogoutPath = "/Logout";
                o.Cookie.Name = "ecogov.auth";
                o.Cookie.HttpOnly = true;
                o.Cookie.SameSite = SameSiteMode.Strict;
                // Secure whenever the request is HTTPS — directly or through a trusted proxy (TransportSecurity).
                o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                o.SlidingExpiration = false;
                o.ExpireTimeSpan = CookieLifetime;
                // The API and its OpenAPI document answer 401/403 instead of redirecting to the login page.
                o.Events.OnRedirectToLogin = ctx =>
                {
                    if (ctx.Request.Path.StartsWithSegments("/api") || ctx.Request.Path.StartsWithSegments("/openapi")) ctx.Response.StatusCode = StatusCodes.Status401Unauthorized;
                    else ctx.Response.Redirect(ctx.RedirectUri);
                    return Task.CompletedTask;
                };
                o.Events.OnRedirectToAccessDenied = ctx =>
                {
                    ctx.Response.StatusCode = StatusCodes.Status403Forbidden;
                    return Task.CompletedTask;
                };
                o.Events.OnValidatePrincipal = ValidateSession;
            });
        // The cookie's issue and expiry times come from the app's clock (tests move it).
        builder.Services.AddOptions<CookieAuthenticationOptions>(CookieAuthenticationDefaults.AuthenticationScheme)
            .Configure<TimeProvider>((o, clock) => o.TimeProvider = clock);
        builder.Services.AddAuthorization(o => o.AddPolicy(AdministratorPolicy, p => p.RequireRole(Core.Supervision.UserRoles.AdministratorName)));

        builder.Services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.AddPolicy(SignInRateLimit, ctx => HttpMethods.IsPost(ctx.Request.Method)
                ? RateLimitPartition.GetSlidingWindowLimiter(ctx.Connection.RemoteIpAddress?.ToString() ?? "", _ => new SlidingWindowRateLimiterOptions
                {
                    PermitLimit = policy.AddressPermitsPerMinute,
                    Window = TimeSpan.FromMinutes(1),
                    SegmentsPerWindow = 6,
                    QueueLimit = 0,
                })
                : RateLimitPartition.GetNoLimiter(""));
            o.OnRejected = async (ctx, ct) =>
            {
                // The one OnRejected of the app's limiter: the public pre-check's policy answers its own 429 (PublicWeb).
                if (PublicWeb.IsPublic(ctx.HttpContext))
                {
                    await PublicWeb.Reject(ctx, ct);
                    return;
                }
                var log = ctx.HttpContext.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger("EcoGov.SignIn");
                log.LogWarning("Sign-in attempts from {Address} over the limit of {Permits} a minute: answered 429",
                    ctx.HttpContext.Connection.RemoteIpAddress, policy.AddressPermitsPerMinute);
                var retry = ctx.Lease.TryGetMetadata(MetadataName.RetryAfter, out var after) ? after : TimeSpan.FromSeconds(10);
                var seconds = Math.Max(1, (int)Math.Ceiling(retry.TotalSeconds));
                ctx.HttpContext.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
                ctx.HttpContext.Response.ContentType = "text/html; charset=utf-8";
                await ctx.HttpContext.Response.WriteAsync(TooManyAttemptsPage(seconds), ct);
            };
        });
    }

    /// <summary>The 429 answer: a small page in Chinese (and English), styled by the site's stylesheet, no inline code.</summary>
    public static string TooManyAttemptsPage(int seconds) => $"""
        <!DOCTYPE html>
        <html lang="zh-CN"><head><meta charset="utf-8" /><title>登录尝试过于频繁 · EcoGov</title><link rel="stylesheet" href="/css/site.css" /></head>
        <body><main><div class="card login" role="alert">
        <h1>登录尝试过于频繁</h1>
        <p>来自您的网络地址的登录尝试过多，请 {seconds} 秒后再试。</p>
        <p class="src">Too many sign-in attempts from your address; try again in {seconds} seconds.</p>
        <p><a href="/Login">返回登录 Back to sign-in</a></p>
        </div></main></body></html>
        """;

    /// <summary>
    /// The per-request check of the sign-in cookie: the user must still exist, not be disabled, and have the stamp (and
    /// role) the cookie was issued with — sign-out and disabling change the stamp. One lookup by primary key; the cookie
    /// handler runs it once per request.
    /// </summary>
    public static async Task ValidateSession(CookieValidatePrincipalContext ctx)
    {
        var principal = ctx.Principal;
        var valid = principal is not null
            && UserId(principal) is { } id
            && await ctx.HttpContext.RequestServices.GetRequiredService<UserAccounts>().IsSessionValidAsync(
                id, principal.FindFirstValue(SecurityStampClaim) ?? "", principal.FindFirstValue(ClaimTypes.Role) ?? "", ctx.HttpContext.RequestAborted);
        if (valid) return;
        ctx.RejectPrincipal();
        await ctx.HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
    }

    /// <summary>The claims of a sign-in cookie, with the user's current security stamp.</summary>
    public static ClaimsPrincipal Principal(SignedInUser user) => new(new ClaimsIdentity(
    [
        new Claim(ClaimTypes.NameIdentifier, user.Id.ToString(CultureInfo.InvariantCulture)),
        new Claim(ClaimTypes.Name, user.UserName),
        new Claim("display_name", user.DisplayName),
        new Claim(ClaimTypes.Role, user.Role),
        new Claim(SecurityStampClaim, user.SecurityStamp),
    ], CookieAuthenticationDefaults.AuthenticationScheme));

    /// <summary>The signed-in user's id, or null.</summary>
    public static int? UserId(ClaimsPrincipal user) =>
        int.TryParse(user.FindFirstValue(ClaimTypes.NameIdentifier), NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : null;
}
