using System.Text.Json;
using CommunityOfPractice.Features;
using CommunityOfPractice.Features.Live;
using CommunityOfPractice.Features.Standards;
using CommunityOfPractice.Web.Features.Practices;
using CommunityOfPractice.Web.Platform;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using CommunityOfPractice.Web.Features.Standards.Jobs;
using CommunityOfPractice.Web.Platform.Mail;

namespace CommunityOfPractice.Web.Features.Standards;

/// <summary>
/// The global standard's pages, jobs and public views (issue 18): everything the web side knows about standards
/// registers here, on top of the core's <see cref="CoreServiceCollectionExtensions.AddStandards"/>.
/// </summary>
internal static class StandardsWeb
{
    /// <summary>The output-cache policy (and tag) of every anonymous public view of a standard.</summary>
    public const string CachePolicy = "standards";

    public static IServiceCollection AddStandardsWeb(this IServiceCollection services)
    {
        services.AddFeaturePages("Standards");
        services.AddToSlot<Pages.EndorsementsQueue>(Slots.StaffQueues, order: 25);
        services.AddToSlot<Pages.RoundFlagsQueue>(Slots.StaffQueues, order: 26);
        services.AddScoped<IStandardPublication, StandardPublication>();
        services.AddScoped<IAtomFeedSource, StandardFeedSource>();
        services.AddSingleton<INodeRelay, StandardNodeRelay>();
        services.AddOutputCache(options => options.AddPolicy(CachePolicy, new PublicRepositoryCachePolicy(CachePolicy)));
        services.AddToSlot<Pages.HomeConsultations>(Slots.MemberHome, order: 5);
        services.AddToSlot<Pages.StandardsNavigation>(Slots.MemberNavigation, order: 10);
        services.AddScoped<IRoundMail, RoundMail>();
        services.AddScoped<IRoundScheduler, HangfireRoundScheduler>();
        services.AddScoped<RoundTransitionJob>();
        services.AddScoped<IDigestSection, RoundDigestSection>();
        return services;
    }

    public static WebApplication MapStandards(this WebApplication app)
    {
        app.MapLiveSupportCounts();
        app.MapGet("/standards/{slug}/v{number:int}/report.docx", async (string slug, int number, PublishedStandards standards, MailComposer composer, IStringLocalizer<SharedResource> L, CancellationToken cancellationToken) =>
        {
            if (await standards.ReportAsync(slug, number, cancellationToken) is not { } report)
            {
                return Results.NotFound();
            }
            using var buffer = new MemoryStream();
            await RoundReportDocx.WriteAsync(report, L["Community of Practice"].Value, composer.AbsoluteUrl($"standards/{slug}/v{number}"), buffer, cancellationToken);
            return Results.File(buffer.ToArray(), "application/vnd.openxmlformats-officedocument.wordprocessingml.document", $"{slug}-v{number}-report.docx");
        })
            .AllowAnonymous().CacheOutput(CachePolicy).WithMetadata(new PublicViewAttribute());

        var api = app.MapGroup("/api/standards").AllowAnonymous().CacheOutput(CachePolicy).WithMetadata(new PublicViewAttribute()).WithTags("Standards");
        api.MapMethods("", GetAndHead, async (PublishedStandards standards, MailComposer composer, IOptions<JsonOptions> json, CancellationToken cancellationToken) =>
            Json(json, await standards.LastChangedAsync(cancellationToken), (await standards.ListAsync(cancellationToken)).Select(s => new StandardListItem(
                s.Slug, composer.AbsoluteUrl($"standards/{s.Slug}"), s.Title, s.Summary, s.Language, s.Number, s.IsFinal, s.PublishedAt,
                s.Versions.Select(v => new StandardVersionLink(v.Number, composer.AbsoluteUrl($"standards/{s.Slug}/v{v.Number}"), v.PublishedAt)).ToList())).ToList()))
            .WithName("ListStandards")
            .WithSummary("Every standard with a published version: its final version once there is one, else its latest. Drafts are never listed. HEAD and If-None-Match are answered.")
            .Produces<List<StandardListItem>>()
            .Produces(StatusCodes.Status304NotModified);

        api.MapMethods("/{slug}", GetAndHead, async (string slug, int? version, PublishedStandards standards, MailComposer composer, IOptions<JsonOptions> json, CancellationToken cancellationToken) =>
            await standards.VersionAsync(slug, version, cancellationToken) is { } standard
                ? Json(json, LastChanged(standard), ToDetail(standard, composer.AbsoluteUrl))
                : Results.NotFound())
            .WithName("GetStandard")
            .WithSummary("One standard's published version, numbered sections and paragraphs with their permalinks, and its confirmed endorsements; the final (else latest) version unless version is given. HEAD and If-None-Match are answered.")
            .Produces<StandardDetail>()
            .Produces(StatusCodes.Status304NotModified)
            .ProducesProblem(StatusCodes.Status404NotFound);
        return app;
    }

    private static readonly string[] GetAndHead = [HttpMethods.Get, HttpMethods.Head];

    private static ConditionalContent Json<T>(IOptions<JsonOptions> options, DateTimeOffset lastModified, T value) =>
        new(JsonSerializer.SerializeToUtf8Bytes(value, options.Value.SerializerOptions), "application/json; charset=utf-8", lastModified);

    private static DateTimeOffset LastChanged(PublicStandard standard) =>
        standard.Endorsements.Select(e => e.ConfirmedAt).Append(standard.Version.PublishedAt!.Value).Max();

    /// <summary>
    /// A section of a round's consultation page, and an anchor on it ("p3.4", "comment-12"): the page shows one section at
    /// a time, so a link to a paragraph or a contribution names the section it is in.
    /// </summary>
    public static string ConsultLink(string slug, string sectionNumber, string? anchor = null, string? done = null) =>
        $"standards/{slug}/consult?section={Uri.EscapeDataString(sectionNumber)}"
        + (done is null ? "" : $"&done={done}") + (anchor is null ? "" : $"#{anchor}");

    /// <summary>A paragraph's permalink: the page of its version and the paragraph's anchor.</summary>
    public static string Permalink(string slug, int version, string paragraphNumber) => $"standards/{slug}/v{version}#p{paragraphNumber}";

    private static StandardDetail ToDetail(PublicStandard standard, Func<string, string> absolute)
    {
        var slug = standard.Document.Slug;
        return new StandardDetail(slug, absolute($"standards/{slug}/v{standard.Version.Number}"), standard.Document.Title, standard.Document.Summary, standard.Document.Language,
            standard.Version.Number, standard.IsFinal, standard.Version.PublishedAt!.Value,
            standard.Sections.Select(s => new StandardSectionItem(s.Section.Number, s.Section.Heading, s.Section.Level,
                s.Paragraphs.Select(p => new StandardParagraphItem(p.Number, absolute(Permalink(slug, standard.Version.Number, p.Number)), p.Markdown, p.Html)).ToList())).ToList(),
            standard.Endorsements.Select(e => new StandardEndorsementItem(e.Organisation, e.CountryCode, e.SignatoryRole, e.ConfirmedAt)).ToList(),
            standard.Versions.Select(v => new StandardVersionLink(v.Number, absolute($"standards/{slug}/v{v.Number}"), v.PublishedAt)).ToList(),
            standard.Translations.Select(t => new StandardTranslationItem(t.Language, absolute($"standards/{t.Slug}"))).ToList());
    }
}
