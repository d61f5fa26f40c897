using System.Globalization;
using System.Security.Claims;
using System.Text;
using System.Xml;
using System.Xml.Linq;
using CommunityOfPractice.Features.Content;
using CommunityOfPractice.Features.Geography;
using CommunityOfPractice.Features.Live;
using CommunityOfPractice.Features.Practices;
using CommunityOfPractice.Web.Platform;
using System.Text.Json;
using CommunityOfPractice.Features.Membership;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;
using Microsoft.OpenApi;
using Microsoft.Extensions.Localization;

namespace CommunityOfPractice.Web.Features.Practices;

internal static class PracticesWeb
{
    /// <summary>The output-cache policy (and tag) of every anonymous public view of the repository.</summary>
    public const string CachePolicy = "practices";

    public static IServiceCollection AddPracticesWeb(this IServiceCollection services)
    {
        services.AddFeaturePages("Practices");
        services.AddToSlot<Pages.PracticesQueue>(Slots.StaffQueues, order: 20);
        services.AddScoped<IPracticeMail, PracticeMail>();
        services.AddScoped<IPracticePublication, PracticePublication>();
        services.AddSingleton<INodeRelay, PracticeNodeRelay>();
        services.Configure(options => options.AddOperationTransformer((operation, context, _) =>
        {
            if (context.Description.ActionDescriptor.EndpointMetadata.OfType<IEndpointNameMetadata>().Any(n => n.EndpointName == ListOperation))
            {
                operation.Parameters = QueryParameters();
            }
            return Task.CompletedTask;
        }));
        services.AddOutputCache(options =>
        {
            options.AddPolicy(CachePolicy, new PublicRepositoryCachePolicy());
            options.AddPolicy(FeedPolicy, new PublicRepositoryCachePolicy(CachePolicy, AtomFeedEntry.CacheTag));
        });
        return services;
    }

    public static WebApplication MapPractices(this WebApplication app)
    {
        app.MapMethods("/practices/feed.atom", GetAndHead, async (PracticeReader reader, IEnumerable<IAtomFeedSource> others, MarkdownRenderer markdown, MailComposer composer, IStringLocalizer<SharedResource> L, CancellationToken cancellationToken) =>
        {
            // Other features' publications (the standards) share the one feed the site advertises.
            var lastChanged = await reader.LastChangedAsync(cancellationToken);
            var extra = new List<AtomFeedEntry>();
            foreach (var source in others)
            {
                extra.AddRange(await source.LatestAsync(FeedLength, cancellationToken));
                var changed = await source.LastChangedAsync(cancellationToken);
                lastChanged = changed > lastChanged ? changed : lastChanged;
            }
            return new ConditionalContent(Encoding.UTF8.GetBytes(Feed(await reader.LatestAsync(FeedLength, cancellationToken), extra, markdown, composer.AbsoluteUrl, L)),
                "application/atom+xml; charset=utf-8", lastChanged);
        })
            .AllowAnonymous().CacheOutput(FeedPolicy).WithMetadata(new PublicViewAttribute());

        app.MapGet("/practices/{slug}/attachments/{id:int}", async (string slug, int id, PracticeFiles files, CancellationToken cancellationToken) =>
            await files.PublicAsync(slug, id, cancellationToken) is { } found
                ? Results.Stream(found.Content, found.ContentType, found.FileName)
                : Results.NotFound())
            .AllowAnonymous().WithMetadata(new PublicViewAttribute());
        app.MapGet("/practices/submit/{id:int}/attachments/{attachmentId:int}", async (int id, int attachmentId, ClaimsPrincipal user, PracticeFiles files, CancellationToken cancellationToken) =>
            await files.ForReviewAsync(user.FindFirstValue(ClaimTypes.NameIdentifier)!, id, attachmentId, cancellationToken) is { } found
                ? Results.Stream(found.Content, found.ContentType, found.FileName)
                : Results.NotFound())
            .RequireAuthorization(Policies.Member);

        var api = app.MapGroup("/api/practices").AllowAnonymous().CacheOutput(CachePolicy).WithMetadata(new PublicViewAttribute()).WithTags("Good practices");
        api.MapMethods("", GetAndHead, async (HttpRequest request, PracticeSearch search, PracticeReader reader, IOptions<JsonOptions> json, IStringLocalizer<SharedResource> L, MailComposer composer, CancellationToken cancellationToken) =>
        {
            var query = PracticeQuery.Parse(name => request.Query[name].FirstOrDefault(), out var notices);
            var results = await search.SearchAsync(query, notices, cancellationToken);
            var themes = results.Themes;
            var language = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;
            return Json(json, await reader.LastChangedAsync(cancellationToken), new PracticeListResponse(
                results.Total, results.Query.Page, results.PageCount, PracticeQuery.PageSize,
                results.Notices.Select(n => new PracticeNotice(n.Field, L[n.Message, n.Arguments].Value)).ToList(),
                results.Hits.Select(h => new PracticeListItem(h.Entry.Slug, composer.AbsoluteUrl($"practices/{h.Entry.Slug}"), h.Entry.Title, h.Entry.Summary,
                    h.Entry.Language, h.Entry.Countries, h.Entry.Regions.Select(r => r.ToString()).Order().ToList(),
                    Flags(h.Entry.Areas), Flags(h.Entry.Involvement),
                    h.Entry.Themes.Where(themes.ContainsKey).Select(t => themes[t].Name(language)).ToList(), h.Entry.Years, h.Entry.PublishedAt,
                    h.Snippet?.Replace(PracticeSearchIndex.SnippetStart, "").Replace(PracticeSearchIndex.SnippetEnd, ""))).ToList(),
                new Dictionary<string, IReadOnlyList<PracticeFacetValue>>
                {
                    ["region"] = results.Facets.Regions.Select(f => new PracticeFacetValue(f.Value.ToString(), f.Count)).ToList(),
                    ["country"] = results.Facets.Countries.Select(f => new PracticeFacetValue(f.Value, f.Count)).ToList(),
                    ["area"] = results.Facets.Areas.Select(f => new PracticeFacetValue(f.Value.ToString(), f.Count)).ToList(),
                    ["theme"] = results.Facets.Themes.Select(f => new PracticeFacetValue(f.Value.ToString(CultureInfo.InvariantCulture), f.Count)).ToList(),
                    ["type"] = results.Facets.Involvement.Select(f => new PracticeFacetValue(f.Value.ToString(), f.Count)).ToList(),
                    ["lang"] = results.Facets.Languages.Select(f => new PracticeFacetValue(f.Value, f.Count)).ToList(),
                    ["year"] = results.Facets.Years.Select(f => new PracticeFacetValue(f.Value.ToString(CultureInfo.InvariantCulture), f.Count)).ToList(),
                }));
        })
        .WithName(ListOperation)
        .WithSummary("Published good practices, paged and filtered with the parameters of /practices. HEAD and If-None-Match are answered.")
        .Produces<PracticeListResponse>()
        .Produces(StatusCodes.Status304NotModified);

        api.MapMethods("/{slug}", GetAndHead, async (string slug, PracticeReader reader, MarkdownRenderer markdown, MailComposer composer, IOptions<JsonOptions> json, CancellationToken cancellationToken) =>
            await reader.PublicAsync(slug, cancellationToken) is { } entry
                ? Json(json, entry.Practice.UpdatedAt, ToDetail(entry, markdown, composer.AbsoluteUrl))
                : Results.NotFound())
            .WithName("GetPractice")
            .WithSummary("One published good practice: its latest published revision. HEAD and If-None-Match are answered.")
            .Produces<PracticeDetail>()
            .Produces(StatusCodes.Status304NotModified)
            .ProducesProblem(StatusCodes.Status404NotFound);
        return app;
    }

    private const string ListOperation = "ListPractices";
    private const string FeedPolicy = "practices-feed";
    private const int FeedLength = 50;
    private static readonly string[] GetAndHead = [HttpMethods.Get, HttpMethods.Head];

    private static ConditionalContent Json<T>(IOptions<JsonOptions> options, DateTimeOffset lastModified, T value) =>
        new(JsonSerializer.SerializeToUtf8Bytes(value, options.Value.SerializerOptions), "application/json; charset=utf-8", lastModified);

    /// <summary>The handler reads the query itself (<see cref="PracticeQuery.Parse"/>): the document names what it reads.</summary>
    private static List<IOpenApiParameter> QueryParameters() =>
    [
        ApiDocument.QueryParameter("q", $"Words to look for, up to {PracticeSearchIndex.MaxQueryLength} characters."),
        ApiDocument.QueryParameter("region", "A WHO region.", values: Enum.GetNames<WhoRegion>()),
        ApiDocument.QueryParameter("country", "An ISO 3166-1 alpha-2 country code."),
        ApiDocument.QueryParameter("area", "An NCD area.", values: Enum.GetNames<NcdAreas>().Where(n => n != nameof(NcdAreas.None))),
        ApiDocument.QueryParameter("theme", "A theme id, from the facets.", JsonSchemaType.Integer),
        ApiDocument.QueryParameter("type", "A kind of involvement.", values: Enum.GetNames<InvolvementTypes>().Where(n => n != nameof(InvolvementTypes.None))),
        ApiDocument.QueryParameter("lang", "The entry's language.", values: Languages.Supported),
        ApiDocument.QueryParameter("year", "A year the practice ran (1950 to 2100).", JsonSchemaType.Integer),
        ApiDocument.QueryParameter("sort", "The order: by relevance to q, or newest first.", values: Enum.GetNames<PracticeSort>()),
        ApiDocument.QueryParameter("page", $"The page, from 1; {PracticeQuery.PageSize} entries a page.", JsonSchemaType.Integer),
    ];

    private static List<string> Flags<T>(T flags) where T : struct, Enum =>
        Enum.GetValues<T>().Where(v => Convert.ToInt64(v, CultureInfo.InvariantCulture) != 0 && flags.HasFlag(v)).Select(v => v.ToString()).ToList();

    private static PracticeDetail ToDetail(PublicEntry entry, MarkdownRenderer markdown, Func<string, string> absolute)
    {
        var content = entry.Revision.Content;
        return new PracticeDetail(entry.Practice.Slug, absolute($"practices/{entry.Practice.Slug}"), content.Title, content.Summary, content.Body, markdown.ToSafeHtml(content.Body),
            content.Language, content.CountryList, content.CountryList.Select(CountryCatalog.Find).Where(c => c is not null).Select(c => c!.Region.ToString()).Distinct().Order().ToList(),
            Flags(content.NcdAreas), Flags(content.Involvement), entry.Themes.Select(t => t.NameEn).ToList(), content.TagList, content.OrganisationList,
            content.YearFrom, content.YearTo, content.LinkList, content.ShowContact ? content.ContactName : null, content.ShowContact ? content.ContactEmail : null,
            content.Attribution, entry.Practice.FirstPublishedAt, entry.Revision.PublishedAt, entry.Revision.Number,
            entry.Translations.Select(t => new PracticeTranslationLink(t.Language, absolute($"practices/{t.Slug}"))).ToList(),
            entry.Attachments.Select(a => new PracticeAttachmentLink(a.FileName, a.ContentType, a.Size, absolute($"practices/{entry.Practice.Slug}/attachments/{a.Id}"))).ToList());
    }

    private static string Feed(IReadOnlyList<(Practice Practice, PracticeRevision Revision)> practices, IReadOnlyList<AtomFeedEntry> others, MarkdownRenderer markdown, Func<string, string> absolute, IStringLocalizer L)
    {
        XNamespace atom = "http://www.w3.org/2005/Atom";
        var latest = practices.Select(e => new AtomFeedEntry(e.Revision.Content.Title, $"practices/{e.Practice.Slug}", e.Practice.FirstPublishedAt ?? e.Revision.PublishedAt,
                e.Revision.PublishedAt, e.Revision.Content.Summary, markdown.ToSafeHtml(e.Revision.Content.Body), e.Revision.Content.Language, e.Revision.Content.CountryList))
            .Concat(others)
            .OrderByDescending(e => e.Updated).ThenBy(e => e.Path, StringComparer.Ordinal)
            .Take(FeedLength)
            .ToList();
        var updated = latest.Count > 0 ? latest.Max(e => e.Updated) : DateTimeOffset.UnixEpoch;
        var feed = new XElement(atom + "feed",
            new XElement(atom + "title", L["Good practices"].Value),
            new XElement(atom + "subtitle", L["Good practices in the meaningful involvement of people living with NCDs"].Value),
            new XElement(atom + "id", absolute("practices")),
            new XElement(atom + "updated", XmlConvert.ToString(updated)),
            new XElement(atom + "link", new XAttribute("rel", "self"), new XAttribute("href", absolute("practices/feed.atom"))),
            new XElement(atom + "link", new XAttribute("rel", "alternate"), new XAttribute("type", "text/html"), new XAttribute("href", absolute("practices"))),
            new XElement(atom + "author", new XElement(atom + "name", L["Community of Practice"].Value)),
            latest.Select(e => new XElement(atom + "entry",
                new XElement(atom + "title", e.Title),
                new XElement(atom + "id", absolute(e.Path)),
                new XElement(atom + "link", new XAttribute("rel", "alternate"), new XAttribute("type", "text/html"), new XAttribute("href", absolute(e.Path))),
                new XElement(atom + "published", XmlConvert.ToString(e.Published)),
                new XElement(atom + "updated", XmlConvert.ToString(e.Updated)),
                new XElement(atom + "summary", e.Summary),
                new XElement(atom + "content", new XAttribute("type", "html"), e.Html),
                e.Categories.Select(c => new XElement(atom + "category", new XAttribute("term", c))),
                new XAttribute(XNamespace.Xml + "lang", e.Language))));
        return new XDocument(new XDeclaration("1.0", "utf-8", null), feed).Declaration + "\n" + feed;
    }
}
