using System.Text.Json;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

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

    public static void Configure(OpenApiOptions options)
    {
        options.AddOperationTransformer(DescribeBodies);
        options.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "EcoGov API";
            document.Info.Description = "生态环境规划监管平台 /api：与命令行 --json 相同的操作与 JSON；错误为 RFC 9457 problem+json。" +
                " EcoGov plan-supervision /api: the same operations and JSON as the CLI's --json; errors are RFC 9457 problem details." +
                " Every endpoint but GET /api/public/precheck (the anonymous, rate-limited public pre-check) requires a signed-in session (cookie); without one it answers 401.";
            return Task.CompletedTask;
        });
    }

    /// <summary>
    /// Declares that the endpoint's 200 <c>application/json</c> answer is one of <paramref name="types"/> (the document says
    /// <c>oneOf</c>): for a handler whose typed result is <c>Ok&lt;object&gt;</c> because the body's type depends on the data.
    /// </summary>
    public static RouteHandlerBuilder ProducesOneOf(this RouteHandlerBuilder builder, params Type[] types) =>
        builder.WithMetadata(new OneOfResponse(types));

    /// <summary>The metadata <see cref="ProducesOneOf"/> adds.</summary>
    public sealed record OneOfResponse(IReadOnlyList<Type> Types);

    /// <summary>
    /// Fills in what the handlers' signatures cannot say: the request body of an endpoint that reads a <see cref="JsonElement"/>
    /// but declares its shape with <c>.Accepts&lt;T&gt;</c>, and the <c>oneOf</c> of <see cref="ProducesOneOf"/>.
    /// </summary>
    private static async Task DescribeBodies(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var metadata = context.Description.ActionDescriptor.EndpointMetadata;
        if (metadata.OfType<IAcceptsMetadata>().LastOrDefault()?.RequestType is { } requestType && requestType != typeof(JsonElement)
            && operation.RequestBody?.Content is { } requestContent)
        {
            foreach (var media in requestContent.Values)
                media.Schema = await Component(requestType, context, cancellationToken);
        }
        if (metadata.OfType<OneOfResponse>().LastOrDefault() is { } oneOf
            && operation.Responses is { } responses && responses.TryGetValue("200", out var ok)
            && ok.Content is { } content && content.TryGetValue("application/json", out var json))
        {
            var schemas = new List<IOpenApiSchema>();
            foreach (var type in oneOf.Types)
                schemas.Add(await Component(type, context, cancellationToken));
            json.Schema = new OpenApiSchema { OneOf = schemas };
        }
    }

    /// <summary>A reference to the schema of <paramref name="type"/> in the document's components (added if not there).</summary>
    private static async Task<IOpenApiSchema> Component(Type type, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var document = context.Document!;
        if (document.Components?.Schemas?.ContainsKey(type.Name) != true)
            document.AddComponent(type.Name, await context.GetOrCreateSchemaAsync(type, null, cancellationToken));
        return new OpenApiSchemaReference(type.Name, document);
    }

    /// <summary>Maps <see cref="Path"/>, behind sign-in like the endpoints it describes.</summary>
    public static IEndpointConventionBuilder MapOpenApiDocument(this IEndpointRouteBuilder app) =>
        app.MapOpenApi().RequireAuthorization();
}
