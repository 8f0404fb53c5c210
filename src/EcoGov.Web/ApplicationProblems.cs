using System.Text.Json;
using EcoGov.Application;

namespace EcoGov.Web;

/// <summary>
/// How the web answers an <see cref="ApplicationError"/>: RFC 9457 problem details (<c>application/problem+json</c>),
/// 404 for <see cref="ErrorCode.NotFound"/>, 403 for <see cref="ErrorCode.Forbidden"/> and 400 otherwise; <c>detail</c> is the message the CLI prints after the
/// option, <c>field</c> the request field (also the key of <c>errors</c>), <c>code</c> the error code in camelCase,
/// <c>messageKey</c> the key of the message in the application's catalogue (<see cref="AppMessage"/>; <c>Verbatim</c> for a
/// text not from it), so that a client may show the message in its own language.
/// </summary>
public static class ApplicationProblems
{
    public const string InvalidInputTitle = "输入有误 / invalid input";
    public const string NotFoundTitle = "未找到 / not found";
    public const string ForbiddenTitle = "无权操作 / forbidden";

    public static IResult For(ApplicationError error)
    {
        var extensions = new Dictionary<string, object?>
        {
            ["code"] = JsonNamingPolicy.CamelCase.ConvertName(error.Code.ToString()),
            ["field"] = error.Field,
            ["messageKey"] = error.MessageKey,
        };
        if (error.Code == ErrorCode.Forbidden)
            return TypedResults.Problem(error.Message, statusCode: StatusCodes.Status403Forbidden, title: ForbiddenTitle, extensions: extensions);
        if (error.Code == ErrorCode.NotFound)
            return TypedResults.Problem(error.Message, statusCode: StatusCodes.Status404NotFound, title: NotFoundTitle, extensions: extensions);
        if (error.Field is null)
            return TypedResults.Problem(error.Message, statusCode: StatusCodes.Status400BadRequest, title: InvalidInputTitle, extensions: extensions);
        return TypedResults.ValidationProblem(new Dictionary<string, string[]> { [error.Field] = [error.Message] },
            error.Message, title: InvalidInputTitle, extensions: extensions);
    }

    /// <summary>
    /// Declares, for the OpenAPI document, the refusals <see cref="WithApplicationProblems"/> answers for this endpoint:
    /// 400 (validation problem details naming the field) unless <paramref name="badInput"/> is false, and 404 when
    /// <paramref name="notFound"/>; both <c>application/problem+json</c>.
    /// </summary>
    public static RouteHandlerBuilder ProducesApplicationProblems(this RouteHandlerBuilder builder, bool notFound = false, bool badInput = true, bool forbidden = false)
    {
        if (badInput) builder.ProducesValidationProblem();
        if (notFound) builder.ProducesProblem(StatusCodes.Status404NotFound);
        if (forbidden) builder.ProducesProblem(StatusCodes.Status403Forbidden);
        return builder;
    }

    /// <summary>Answers an <see cref="ApplicationInputException"/> thrown by the group's endpoints as <see cref="For"/> does.</summary>
    public static TBuilder WithApplicationProblems<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.AddEndpointFilter(async (context, next) =>
        {
            try
            {
                return await next(context);
            }
            catch (ApplicationInputException e)
            {
                return For(e.Error);
            }
        });
}
