using EcoGov.Data;

namespace EcoGov.Web;

/// <summary>
/// A request whose database work stayed blocked past the busy timeout (another process writing, see
/// <see cref="EcoGovDatabase.BusyTimeoutSeconds"/>) is answered 503 with Retry-After and the reason in Chinese and English,
/// not as an internal error: nothing was written and the request can be repeated.
/// </summary>
public static class DatabaseBusyAnswer
{
    public const int RetryAfterSeconds = 30;

    public static IApplicationBuilder UseDatabaseBusyAnswer(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        try
        {
            await next(context);
        }
        catch (Exception e) when (!context.Response.HasStarted && DatabaseBusyException.Is(e))
        {
            var message = DatabaseBusyException.From(e);
            context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger("EcoGov.Database")
                .LogWarning(e, "Database busy for {Path}: answered 503", context.Request.Path);
            context.Response.Clear();
            context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            context.Response.Headers.RetryAfter = RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
            await Results.Problem(detail: message.Message, statusCode: StatusCodes.Status503ServiceUnavailable,
                title: "数据库忙 / database busy").ExecuteAsync(context);
        }
    });
}
