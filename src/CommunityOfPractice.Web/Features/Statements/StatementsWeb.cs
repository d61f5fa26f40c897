using System.Text.Json;
using CommunityOfPractice.Features;
using CommunityOfPractice.Features.Live;
using CommunityOfPractice.Features.Statements;
using CommunityOfPractice.Web.Features.Practices;
using CommunityOfPractice.Web.Features.Statements.Jobs;
using CommunityOfPractice.Web.Platform;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;

namespace CommunityOfPractice.Web.Features.Statements;

/// <summary>
/// Joint statements' pages, jobs, public views and API (issue 19), on top of the core's
/// <see cref="StatementsCore.AddStatements"/>.
/// </summary>
internal static class StatementsWeb
{
    /// <summary>The output-cache policy (and tag) of every anonymous public view of a statement.</summary>
    public const string CachePolicy = "statements";

    public static IServiceCollection AddStatementsWeb(this IServiceCollection services)
    {
        services.AddFeaturePages("Statements");
        services.AddToSlot<Pages.StatementsNavigation>(Slots.CommunityNavigation, order: 30);
        services.AddScoped<IStatementPublication, StatementPublication>();
        services.AddScoped<IStatementScheduler, HangfireStatementScheduler>();
        services.AddScoped<StatementTransitionJob>();
        services.AddScoped<IAtomFeedSource, StatementFeedSource>();
        services.AddSingleton<INodeRelay, StatementNodeRelay>();
        services.AddOutputCache(options => options.AddPolicy(CachePolicy, new PublicRepositoryCachePolicy(CachePolicy)));
        return services;
    }

    public static WebApplication MapStatements(this WebApplication app)
    {
        app.MapGet("/statements/{slug}/toolkit/{id:int}", async (string slug, int id, PublishedStatements statements, CancellationToken cancellationToken) =>
            await statements.AttachmentAsync(slug, id, cancellationToken) is { } file
                ? Results.Stream(file.Content, file.ContentType, file.FileName)
                : Results.NotFound())
            .AllowAnonymous().WithMetadata(new PublicViewAttribute());

        var api = app.MapGroup("/api/statements").AllowAnonymous().CacheOutput(CachePolicy).WithMetadata(new PublicViewAttribute()).WithTags("Statements");
        api.MapMethods("", GetAndHead, async (PublishedStatements statements, MailComposer composer, IOptions<JsonOptions> json, CancellationToken cancellationToken) =>
            Json(json, await statements.LastChangedAsync(cancellationToken), (await statements.ListAsync(cancellationToken))
                .Select(s => new StatementApiItem(s.Slug, composer.AbsoluteUrl($"statements/{s.Slug}"), s.Title, s.Language, s.PublishedAt!.Value, s.Signatures)).ToList()))
            .WithName("ListStatements")
            .WithSummary("Every published joint statement, newest first, with its number of signatory organisations. Drafts and statements open for signature are never listed. HEAD and If-None-Match are answered.")
            .Produces<List<StatementApiItem>>()
            .Produces(StatusCodes.Status304NotModified);

        // A published statement's toolkit still changes, and a removed file leaves no date behind: the detail says it was
        // last modified when it was made (the output cache keeps that until the statement changes), never earlier than a change.
        api.MapMethods("/{slug}", GetAndHead, async (string slug, PublishedStatements statements, MailComposer composer, IOptions<JsonOptions> json, TimeProvider clock,
                CancellationToken cancellationToken) =>
            await statements.FindAsync(slug, cancellationToken) is { } statement
                ? Json(json, clock.GetUtcNow(), ToDetail(statement, composer.AbsoluteUrl))
                : Results.NotFound())
            .WithName("GetStatement")
            .WithSummary("One published joint statement: its text, its signatory organisations with their kind and WHO region, its translations and campaign toolkit. HEAD and If-None-Match are answered.")
            .Produces<StatementApiDetail>()
            .Produces(StatusCodes.Status304NotModified)
            .ProducesProblem(StatusCodes.Status404NotFound);
        return app;
    }

    private static readonly string[] GetAndHead = [HttpMethods.Get, HttpMethods.Head];

    private static ConditionalContent Json<T>(IOptions<JsonOptions> options, DateTimeOffset lastModified, T value) =>
        new(JsonSerializer.SerializeToUtf8Bytes(value, options.Value.SerializerOptions), "application/json; charset=utf-8", lastModified);

    private static StatementApiDetail ToDetail(PublicStatement published, Func<string, string> absolute)
    {
        var statement = published.Statement;
        return new StatementApiDetail(statement.Slug, absolute($"statements/{statement.Slug}"), statement.Title, statement.Language, statement.Markdown, statement.Html,
            statement.OpensAt, statement.ClosesAt, statement.PublishedAt!.Value,
            published.Signatories.Select(s => new StatementApiSignatory(s.Name, s.Kind.ToString(), s.Region.ToString(), s.CountryCode, s.SignedAt)).ToList(),
            published.Translations.Select(t => new StatementApiTranslation(t.Language, absolute($"statements/{t.Slug}"))).ToList(),
            published.Attachments.Select(a => new StatementApiFile(a.FileName, a.ContentType, a.Length, absolute($"statements/{statement.Slug}/toolkit/{a.Id}"))).ToList());
    }
}
