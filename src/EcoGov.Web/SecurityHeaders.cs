namespace EcoGov.Web;

/// <summary>
/// 安全响应头 the security headers every response carries — pages, API answers, static files, redirects, 401/403/404 and
/// error pages. Set in Response.OnStarting by the first middleware, so they are written last, just before the headers go
/// out: nothing later in the pipeline (the exception handler clears headers; antiforgery sets X-Frame-Options: SAMEORIGIN)
/// can remove or weaken them.
/// </summary>
public static class SecurityHeaders
{
    /// <summary>
    /// Only the platform's own files: no inline script, no inline style attributes (pages and scripts use classes in
    /// wwwroot/css; Leaflet sets element.style through the CSSOM, which CSP allows), images also as data:/blob: URLs
    /// (Leaflet), no framing, forms post to the platform only.
    /// </summary>
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; connect-src 'self'; " +
        "frame-ancestors 'none'; base-uri 'self'; form-action 'self'; object-src 'none'";

    public static readonly IReadOnlyList<KeyValuePair<string, string>> All =
    [
        new("Content-Security-Policy", ContentSecurityPolicy),
        new("X-Content-Type-Options", "nosniff"),
        // The app never reads Referer; no page address (with plan ids or query strings) leaks to other sites.
        new("Referrer-Policy", "no-referrer"),
        new("Permissions-Policy", "geolocation=(), camera=(), microphone=()"),
        new("X-Frame-Options", "DENY"),
    ];

    /// <summary>Adds the headers to every response; call first, before the exception handler.</summary>
    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) => app.Use((HttpContext ctx, RequestDelegate next) =>
    {
        ctx.Response.OnStarting(static state =>
        {
            var response = (HttpResponse)state;
            var headers = response.Headers;
            foreach (var (name, value) in All) headers[name] = value;
            headers.Remove("Server");
            // API answers hold the signed-in user's data (OWASP ASVS 8.2.1): no cache, shared or private, keeps a copy.
            // Pages with a form already get "no-cache, no-store" from antiforgery; static files keep their own caching.
            if (response.HttpContext.Request.Path.StartsWithSegments("/api") && string.IsNullOrEmpty(headers.CacheControl))
                headers.CacheControl = "no-store";
            return Task.CompletedTask;
        }, ctx.Response);
        return next(ctx);
    });
}
