using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc.Abstractions;

namespace EcoGov.Web;

/// <summary>
/// 防伪令牌 antiforgery on every state-changing call authenticated by the sign-in cookie that is not a Razor page (pages
/// validate the token of their forms themselves): a POST, PUT, PATCH or DELETE from a signed-in user to any other endpoint
/// — the whole of /api — must carry the request token in the <see cref="HeaderName"/> header, matching the antiforgery
/// cookie and the user; otherwise it is answered 400 problem+json (<c>code</c> "antiforgery") naming what was wrong, and
/// the endpoint is not run. The site's scripts take the token from the <see cref="MetaName"/> meta element of every
/// signed-in page (wwwroot/js/forms.js, <c>EcoGov.fetch</c>); other clients GET /api/antiforgery once after sign-in.
/// Applied as middleware to every endpoint rather than per group, so that a new endpoint cannot forget it
/// (<c>tests/EcoGov.Web.Tests/AntiforgeryTests</c> posts to every one without a token).
/// </summary>
public static class ApiAntiforgery
{
    /// <summary>The request header that carries the token (ASP.NET Core's default header name, set explicitly).</summary>
    public const string HeaderName = "RequestVerificationToken";

    /// <summary>The meta element of the layout holding the request token for the page's scripts.</summary>
    public const string MetaName = "request-verification-token";

    public const string Title = "防伪令牌缺失或无效 / antiforgery token missing or invalid";
    public const string Code = "antiforgery";

    /// <summary>GET /api/antiforgery: the header name and the request token for the signed-in user (sets the antiforgery cookie).</summary>
    public sealed record AntiforgeryTokenDto(string HeaderName, string Token);

    public static void MapAntiforgeryApi(this IEndpointRouteBuilder app) =>
        app.MapGroup("/api").RequireAuthorization().WithTags("Antiforgery")
            .MapGet("/antiforgery", AntiforgeryToken).WithName(nameof(AntiforgeryToken));

    /// <summary>GET /api/antiforgery: the token to send in <see cref="HeaderName"/> with every POST of this session.</summary>
    public static Ok<AntiforgeryTokenDto> AntiforgeryToken(HttpContext context, IAntiforgery antiforgery) =>
        TypedResults.Ok(new AntiforgeryTokenDto(HeaderName, antiforgery.GetAndStoreTokens(context).RequestToken!));

    /// <summary>True for a request that must carry the token: state-changing, signed in, to an endpoint that is not a page.</summary>
    public static bool RequiresToken(HttpContext context)
    {
        var method = context.Request.Method;
        if (HttpMethods.IsGet(method) || HttpMethods.IsHead(method) || HttpMethods.IsOptions(method) || HttpMethods.IsTrace(method)) return false;
        if (context.User.Identity?.IsAuthenticated != true) return false;
        var endpoint = context.GetEndpoint();
        // No endpoint: 404/405 follow. Razor pages (MVC action descriptors) check their forms' tokens themselves.
        return endpoint is not null && endpoint.Metadata.GetMetadata<ActionDescriptor>() is null;
    }

    /// <summary>Checks the token of <see cref="RequiresToken"/> requests; after authentication and authorization.</summary>
    public static IApplicationBuilder UseApiAntiforgery(this IApplicationBuilder app) => app.Use(async (HttpContext context, RequestDelegate next) =>
    {
        if (RequiresToken(context))
        {
            var reason = await Problem(context);
            if (reason is not null)
            {
                context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger("EcoGov.Antiforgery").LogWarning(
                    "{Method} {Path} by {User} refused without a valid antiforgery token: {Reason}",
                    context.Request.Method, context.Request.Path, context.User.Identity?.Name, reason);
                await TypedResults.Problem(reason, statusCode: StatusCodes.Status400BadRequest, title: Title,
                    extensions: new Dictionary<string, object?> { ["code"] = Code }).ExecuteAsync(context);
                return;
            }
        }
        await next(context);
    });

    /// <summary>Null when the request's token is valid, else what is wrong with it (Chinese and English).</summary>
    private static async Task<string?> Problem(HttpContext context)
    {
        if (string.IsNullOrEmpty(context.Request.Headers[HeaderName]))
            return $"请求缺少防伪令牌请求头 {HeaderName}（登录后的页面 meta[name={MetaName}] 或 GET /api/antiforgery 给出令牌）/ " +
                $"the {HeaderName} header is missing (the token is in meta[name={MetaName}] of a signed-in page, or from GET /api/antiforgery)";
        try
        {
            await context.RequestServices.GetRequiredService<IAntiforgery>().ValidateRequestAsync(context);
            return null;
        }
        catch (AntiforgeryValidationException e)
        {
            return $"防伪令牌无效（与防伪 cookie 或当前用户不符）/ the antiforgery token is not valid: {e.Message}";
        }
    }
}
