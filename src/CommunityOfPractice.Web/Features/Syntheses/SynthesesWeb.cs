using System.Globalization;
using System.Security.Claims;
using System.Text.Json.Schema;
using CommunityOfPractice.Features.Content;
using CommunityOfPractice.Features.Syntheses;
using CommunityOfPractice.Features.Syntheses.Formats;
using CommunityOfPractice.Web.Features.Syntheses.Api;
using CommunityOfPractice.Web.Platform;
using CommunityOfPractice.Web.Platform.Settings;

namespace CommunityOfPractice.Web.Features.Syntheses;

internal static class SynthesesWeb
{
    public static IServiceCollection AddSynthesesWeb(this IServiceCollection services)
    {
        services.AddFeaturePages("Syntheses");
        services.AddToSlot<Pages.HomeReviewRounds>(Slots.MemberHome, order: 20);
        services.AddToSlot<Pages.SynthesesQueue>(Slots.StaffQueues, order: 30);
        services.AddScoped<ISynthesisScheduler, HangfireSynthesisScheduler>();
        services.AddScoped<ISynthesisMail, SynthesisMail>();
        services.AddScoped<SynthesisJob>();
        services.AddScoped<ApiClients>();
        services.AddSettings<SynthesisOptions>(SynthesisOptions.Section);
        services.AddApiServer();
        return services;
    }

    public static WebApplication MapSyntheses(this WebApplication app)
    {
        app.MapApiServer();

        app.MapGet("/syntheses/exports/{id:int}", async (int id, ClaimsPrincipal user, SynthesisExports exports, CancellationToken cancellationToken) =>
            await exports.FileAsync(user.FindFirstValue(ClaimTypes.NameIdentifier)!, id, cancellationToken) is { } file
                ? Results.Stream(file.Content, file.ContentType, file.FileName)
                : Results.NotFound())
            .RequireAuthorization(Policies.SynthesisEditor);

        app.MapGet("/syntheses/impact.csv", async (HttpContext context, ImpactReport report, CancellationToken cancellationToken) =>
        {
            var from = ParseDay(context.Request.Query["from"]);
            var to = ParseDay(context.Request.Query["to"]);
            if (ImpactReport.Check(from, to).Count > 0)
            {
                return Results.BadRequest();
            }
            var figures = await report.ComputeAsync(new ImpactPeriod(from!.Value, to!.Value), cancellationToken);
            return Results.Stream(stream => ImpactReport.WriteCsvAsync(figures, stream, cancellationToken), "text/csv; charset=utf-8",
                $"impact-{from:yyyy-MM-dd}-{to:yyyy-MM-dd}.csv");
        }).RequireAuthorization(Policies.Coordinator);

        var api = app.MapGroup("/api/syntheses").WithTags("Syntheses");
        api.MapGet("/schema.json", () => Results.Text(
                JsonSchemaExporter.GetJsonSchemaAsNode(SynthesisComposer.Json, typeof(SynthesisDocument), new JsonSchemaExporterOptions { TreatNullObliviousAsNonNullable = true }).ToJsonString(SynthesisComposer.Json), "application/schema+json"))
            .AllowAnonymous()
            .Produces(StatusCodes.Status200OK).ProducesFiles("application/schema+json")
            .WithName("GetSynthesisSchema")
            .WithSummary("The JSON Schema of a synthesis document, as GET /api/syntheses/{id} and the json export return it.");

        api.MapGet("", async (SynthesisReader reader, MailComposer composer, CancellationToken cancellationToken) =>
            Results.Ok((await reader.PublishedAsync(cancellationToken)).Select(p => new SynthesisListEntry(
                p.Version.SynthesisId, p.Version.Number, p.Version.FinalisedAt, p.DebateId, p.DebateTitle,
                composer.AbsoluteUrl($"api/syntheses/{p.Version.SynthesisId}"),
                SynthesisFormats.All.ToDictionary(SynthesisFormats.Extension, f => composer.AbsoluteUrl($"api/syntheses/{p.Version.SynthesisId}/export?format={SynthesisFormats.Extension(f)}")))).ToList()))
            .RequireAuthorization(ApiServer.Policy)
            .WithName("ListSyntheses")
            .WithSummary("Finalised syntheses (latest version of each), newest first. Bearer token with the scope syntheses.read, from /connect/token (client credentials).")
            .Produces<List<SynthesisListEntry>>()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);

        api.MapGet("/{id:int}", async (int id, int? version, SynthesisReader reader, CancellationToken cancellationToken) =>
            await reader.VersionAsync(id, version, cancellationToken) is { } found
                ? Results.Text(found.Document, "application/json; charset=utf-8")
                : NotFinalised(id, version))
            .RequireAuthorization(ApiServer.Policy)
            .WithName("GetSynthesis")
            .WithSummary("A finalised synthesis as JSON (see /api/syntheses/schema.json): its latest version, or ?version=n.")
            .Produces<SynthesisDocument>()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);

        api.MapGet("/{id:int}/export", async (int id, string? format, int? version, SynthesisReader reader, SynthesisExports exports, MarkdownRenderer markdown, Microsoft.Extensions.Options.IOptions<SynthesisOptions> options, CancellationToken cancellationToken) =>
        {
            if (SynthesisFormats.Parse(format) is not { } chosen)
            {
                return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Unknown format.",
                    detail: "Ask for format=docx, md, html, json or csv.");
            }
            if (await reader.VersionAsync(id, version, cancellationToken) is not { } found)
            {
                return NotFinalised(id, version);
            }
            var document = SynthesisReader.Document(found);
            var posts = chosen == ExportFormat.Csv ? await exports.PostsAsync(document.Debate.Id, cancellationToken) : null;
            return Results.Stream(stream => SynthesisFormats.WriteAsync(chosen, document, posts, markdown, stream, null, options.Value.Publisher, cancellationToken),
                SynthesisFormats.ContentType(chosen), SynthesisFormats.FileName(document, chosen));
        })
            .RequireAuthorization(ApiServer.Policy)
            .WithName("ExportSynthesis")
            .WithSummary("A finalised synthesis as a file: format=docx (Word), md, html (print-ready), json or csv (the debate's posts, consent applied).")
            .Produces<SynthesisDocument>(StatusCodes.Status200OK, "application/json")
            // One 200, five kinds of file: the JSON one has the document's schema.
            .ProducesFiles(SynthesisFormats.All.Where(f => f != ExportFormat.Json).Select(SynthesisFormats.ContentType))
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);
        return app;
    }

    /// <summary>Drafts never leave through the API: a synthesis without a finalised version looks like none.</summary>
    private static IResult NotFinalised(int id, int? version) => Results.Problem(statusCode: StatusCodes.Status404NotFound,
        title: "No finalised version.",
        detail: version is null
            ? $"Synthesis {id} does not exist or has no finalised version yet: drafts are not published through the API."
            : $"Synthesis {id} has no finalised version {version}.");

    private static DateOnly? ParseDay(string? value) =>
        DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : null;
}
