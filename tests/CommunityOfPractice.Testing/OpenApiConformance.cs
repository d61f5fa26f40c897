using System.Collections.Concurrent;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Json.Schema;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.OpenApi;

namespace CommunityOfPractice.Testing;

/// <summary>
/// Holds every answer of the API to the app's own OpenAPI document, in every test that calls it. For each request
/// to an operation the document describes, the status must be declared, the content type must be one the document
/// gives for that status, and a JSON body must match the schema the document declares for it. A response that does
/// not is turned into a 500 whose text says why (so the test that made the call fails, and says where), and kept in
/// <see cref="Violations"/>. Nothing is generated from the document: it is read as a client would read it.
/// </summary>
public sealed class OpenApiConformance : IStartupFilter
{
    private readonly ConcurrentQueue<string> violations = new();
    private readonly ConcurrentDictionary<string, JsonSchema> schemas = new();
    private readonly SemaphoreSlim loading = new(1, 1);
    private JsonObject? document;

    public IReadOnlyCollection<string> Violations => violations;

    /// <summary>How many responses were checked against a declared schema, so a test can see the check ran.</summary>
    public int BodiesChecked => bodiesChecked;

    private int bodiesChecked;

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use(async (context, nextMiddleware) =>
        {
            if (!context.Request.Path.StartsWithSegments("/api"))
            {
                await nextMiddleware(context);
                return;
            }
            var original = context.Response.Body;
            using var buffer = new MemoryStream();
            context.Response.Body = buffer;
            try
            {
                await nextMiddleware(context);
            }
            finally
            {
                context.Response.Body = original;
            }
            var problem = await CheckAsync(context, buffer.ToArray());
            if (problem is not null)
            {
                violations.Enqueue(problem);
                Console.Error.WriteLine($"OpenAPI conformance: {problem}");
                context.Response.Clear();
                context.Response.StatusCode = StatusCodes.Status500InternalServerError;
                context.Response.ContentType = "text/plain; charset=utf-8";
                await context.Response.WriteAsync(problem);
                return;
            }
            buffer.Position = 0;
            await buffer.CopyToAsync(original);
        });
        next(app);
    };

    /// <summary>Why this response breaks the document, or null when it keeps it (or the document does not describe the route).</summary>
    private async Task<string?> CheckAsync(HttpContext context, byte[] body)
    {
        var openApi = await DocumentAsync(context.RequestServices);
        var method = HttpMethods.IsHead(context.Request.Method) ? "get" : context.Request.Method.ToLowerInvariant();
        if (Operation(openApi, context.Request.Path.Value!, method) is not { } found)
        {
            return null;
        }
        var (template, operation) = found;
        var status = context.Response.StatusCode;
        var where = $"{context.Request.Method} {context.Request.Path}{context.Request.QueryString} ({method} {template}) answered {status}";
        var responses = operation["responses"]!.AsObject();
        if ((responses[status.ToString(System.Globalization.CultureInfo.InvariantCulture)] ?? responses["default"]) is not JsonObject declared)
        {
            return $"{where}, which the OpenAPI document does not declare (it declares {string.Join(", ", responses.Select(r => r.Key))}).";
        }
        if (body.Length == 0 || HttpMethods.IsHead(context.Request.Method))
        {
            return null;
        }
        var mediaType = MediaType(context.Response.ContentType);
        if (declared["content"] is not JsonObject content || content.FirstOrDefault(c => MediaType(c.Key) == mediaType) is not { Value: JsonObject media })
        {
            return $"{where} with a {mediaType} body, which the document does not declare for {status}.";
        }
        if (media["schema"] is not JsonNode schema || !mediaType.EndsWith("json", StringComparison.Ordinal))
        {
            return null;
        }
        JsonNode? instance;
        try
        {
            instance = JsonNode.Parse(body);
        }
        catch (JsonException e)
        {
            return $"{where} with a body that is not JSON: {e.Message}";
        }
        var results = Schema(openApi, schema).Evaluate(instance, new EvaluationOptions { OutputFormat = OutputFormat.List });
        Interlocked.Increment(ref bodiesChecked);
        if (results.IsValid)
        {
            return null;
        }
        var errors = results.Details.Where(d => d.Errors is { Count: > 0 })
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation} ({d.EvaluationPath}): {e.Value}"))
            .Take(10);
        return $"{where} with a body that does not match its schema {schema.ToJsonString()}:\n{string.Join("\n", errors)}\nBody: {Encoding.UTF8.GetString(body)[..Math.Min(body.Length, 2000)]}";
    }

    private async Task<JsonObject> DocumentAsync(IServiceProvider services)
    {
        if (document is { } loaded)
        {
            return loaded;
        }
        await loading.WaitAsync();
        try
        {
            if (document is null)
            {
                var provider = services.GetRequiredKeyedService<IOpenApiDocumentProvider>("v1");
                var built = await provider.GetOpenApiDocumentAsync();
                var json = await built.SerializeAsJsonAsync(OpenApiSpecVersion.OpenApi3_1);
                document = JsonNode.Parse(json)!.AsObject();
            }
            return document;
        }
        finally
        {
            loading.Release();
        }
    }

    /// <summary>The operation whose path template matches: literal templates first, so schema.json is not taken for an {id}.</summary>
    private static (string Template, JsonObject Operation)? Operation(JsonObject openApi, string path, string method) =>
        openApi["paths"]!.AsObject()
            .OrderBy(p => p.Key.Count(c => c == '{'))
            .Where(p => Regex.IsMatch(path, "^" + Regex.Replace(Regex.Escape(p.Key), @"\\\{[^/]+?}", "[^/]+") + "$"))
            .Select(p => p.Value![method] is JsonObject operation ? (p.Key, operation) : ((string, JsonObject)?)null)
            .FirstOrDefault(o => o is not null);

    private static string MediaType(string? contentType) => (contentType ?? "").Split(';')[0].Trim().ToLowerInvariant();

    /// <summary>The declared schema as a JSON Schema 2020-12 document, its references to the components made local definitions.</summary>
    private JsonSchema Schema(JsonObject openApi, JsonNode schema) => schemas.GetOrAdd(schema.ToJsonString(), _ =>
    {
        var definitions = openApi["components"]?["schemas"]?.ToJsonString() ?? "{}";
        var root = new JsonObject
        {
            ["$schema"] = "https://json-schema.org/draft/2020-12/schema",
            ["$id"] = $"https://openapi.test/{Guid.NewGuid():N}",
            ["$defs"] = JsonNode.Parse(definitions),
            ["allOf"] = new JsonArray(schema.DeepClone()),
        };
        return JsonSchema.FromText(root.ToJsonString().Replace("#/components/schemas/", "#/$defs/", StringComparison.Ordinal));
    });
}
