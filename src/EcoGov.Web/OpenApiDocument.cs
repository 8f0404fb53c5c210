using Microsoft.AspNetCore.OpenApi;

namespace EcoGov.Web;

/// <summary>
/// The OpenAPI document of the /api endpoints, served at <c>/openapi/v1.json</c>: every endpoint with its parameters,
/// its typed result and the problem details it may answer (<see cref="ApplicationProblems"/>). Like /api itself, the
/// document is for signed-in users (anonymous: 401) — it names the platform's operations and data shapes, which are not
/// for the public; a signed-in client (or a tool given the session cookie) reads it. Razor Pages are not in it.
/// </summary>
public static class OpenApiDocument
{
    public const string Path = "/openapi/v1.json";

    public static void Configure(OpenApiOptions options) =>
        options.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "EcoGov API";
            document.Info.Description = "生态环境规划监管平台 /api：与命令行 --json 相同的操作与 JSON；错误为 RFC 9457 problem+json。" +
                " EcoGov plan-supervision /api: the same operations and JSON as the CLI's --json; errors are RFC 9457 problem details." +
                " Every endpoint requires a signed-in session (cookie); without one it answers 401.";
            return Task.CompletedTask;
        });

    /// <summary>Maps <see cref="Path"/>, behind sign-in like the endpoints it describes.</summary>
    public static IEndpointConventionBuilder MapOpenApiDocument(this IEndpointRouteBuilder app) =>
        app.MapOpenApi().RequireAuthorization();
}
