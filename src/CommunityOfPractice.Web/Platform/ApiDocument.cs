using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace CommunityOfPractice.Web.Platform;

/// <summary>
/// The OpenAPI document of the public API at <c>/openapi/v1.json</c>. It describes the <c>/api/</c> routes only, not
/// the pages' helper endpoints. Responses and the document share one JSON setting: enumerations are camelCase
/// strings and numbers are numbers, as the synthesis documents are stored (<c>SynthesisComposer.Json</c>), so a client
/// generated from the document reads what the API returns. Features add their parts (security schemes, parameters)
/// with <see cref="Configure"/> and the endpoint's own operation transformers.
/// </summary>
internal static class ApiDocument
{
    public const string Name = "v1";
    public const string Path = "/openapi/{documentName}.json";

    public static IServiceCollection AddApiDocument(this IServiceCollection services)
    {
        services.ConfigureHttpJsonOptions(options =>
        {
            options.SerializerOptions.NumberHandling = JsonNumberHandling.Strict;
            options.SerializerOptions.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase));
        });
        services.AddOpenApi(Name, options =>
        {
            // HEAD, answered beside GET where polling is cheap, is the GET without its body: described once, as GET.
            options.ShouldInclude = description => description.RelativePath?.StartsWith("api/", StringComparison.Ordinal) == true
                && !HttpMethods.IsHead(description.HttpMethod ?? "");
            options.AddDocumentTransformer((document, _, _) =>
            {
                document.Info.Title = "Community of Practice API";
                document.Info.Description = "The public repository of good practices (anonymous) and the coordinating body's finalised syntheses (OAuth 2.0 client credentials).";
                return Task.CompletedTask;
            });
        });
        return services;
    }

    /// <summary>Adds to the document, from the feature that owns the part.</summary>
    public static IServiceCollection Configure(this IServiceCollection services, Action<OpenApiOptions> configure)
    {
        services.AddOptions<OpenApiOptions>(Name).Configure(configure);
        return services;
    }

    public static WebApplication MapApiDocument(this WebApplication app)
    {
        app.MapOpenApi(Path).AllowAnonymous();
        return app;
    }

    /// <summary>
    /// Declares a 200 that is a file of one of <paramref name="contentTypes"/>, beside any typed JSON the operation
    /// already declares (a <c>Produces</c> without a type declares no content at all).
    /// </summary>
    public static RouteHandlerBuilder ProducesFiles(this RouteHandlerBuilder builder, params IEnumerable<string> contentTypes) =>
        builder.AddOpenApiOperationTransformer((operation, _, _) =>
        {
            var ok = (OpenApiResponse)operation.Responses![StatusCodes.Status200OK.ToString(System.Globalization.CultureInfo.InvariantCulture)];
            ok.Content ??= new Dictionary<string, OpenApiMediaType>();
            foreach (var contentType in contentTypes)
            {
                ok.Content[contentType.Split(';')[0]] = new OpenApiMediaType();
            }
            return Task.CompletedTask;
        });

    /// <summary>A query parameter for an operation whose handler reads the query itself; <paramref name="values"/> lists the accepted ones.</summary>
    public static OpenApiParameter QueryParameter(string name, string description, JsonSchemaType type = JsonSchemaType.String, IEnumerable<string>? values = null) => new()
    {
        Name = name,
        In = ParameterLocation.Query,
        Description = description,
        Schema = new OpenApiSchema
        {
            Type = type,
            Enum = values?.Select(v => (System.Text.Json.Nodes.JsonNode)v).ToList(),
        },
    };
}
